"""Time in one place: what "now" is, and the one way a moment is written down.

Every stored timestamp is UTC to the second, so two workers, a restart and an
export all read the same string the same way. The engine takes a clock (a
function returning an aware datetime) so tests can drive time by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """The one timestamp format the store keeps: UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")
