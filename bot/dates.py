"""One way to write a day and a moment, everywhere a person reads one.

Before this there were four ("Wed 02 Dec" on a button, "Thu 03 Dec, 16:35" after
a snooze, "Thu 16:47" with no date on a reminder, "Tue 1 Dec" elsewhere). Now: a
day is "Wed 2 Dec 2026"; a moment is said from where the person is, in their
timezone, and always names its day unless it is today: "today at 16:35",
"tomorrow at 09:00", "on Thu 3 Dec at 16:35" (the year only when it differs).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo


def day(value: date) -> str:
    """2026-12-02 -> "Wed 2 Dec 2026"."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def day_text(value: object) -> str:
    """An ISO date as `day` would write it; anything else as it is (a filter for prompts)."""
    try:
        return day(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def moment(at: datetime, zone: str | tzinfo, now: datetime) -> str:
    """When something will happen, for the person in `zone`, seen from `now`.

    Reads after a verb: "I'll check in again tomorrow at 09:00", "... on Thu 3 Dec at 16:35".
    """
    tz: tzinfo = ZoneInfo(zone) if isinstance(zone, str) else zone
    local = at.astimezone(tz)
    today = now.astimezone(tz).date()
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return f"today at {clock}"
    if local.date() == today + timedelta(days=1):
        return f"tomorrow at {clock}"
    year = f" {local.year}" if local.year != today.year else ""
    return f"on {local:%a} {local.day} {local:%b}{year} at {clock}"


def days(count: int) -> str:
    """3 -> "3 days", 1 -> "1 day"."""
    return f"{count} day{'' if count == 1 else 's'}"
