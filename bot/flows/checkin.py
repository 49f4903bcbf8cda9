"""When to check in: days after the audition, at a local hour, never in quiet hours.

Times are planned in the actor's own timezone and stored in UTC. Planning in
local time is what keeps "18:00" meaning 18:00 across a DST change or in
UTC+13; converting only at the end avoids doing date arithmetic in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.config import QuietHours, parse_quiet_hours
from bot.store import OUTCOMES, UserProfile

OUTCOMES_ASKED = OUTCOMES
#: Outcomes that settle an audition: its remaining check-ins are cancelled.
SETTLED = ("callback", "booked", "released")
DEFAULT_QUIET = QuietHours(time(22, 0), time(9, 0))


@dataclass(frozen=True)
class CheckinPolicy:
    """Deployment defaults; each user may override days and quiet hours in /settings."""

    days: tuple[int, ...] = (3, 7, 14)
    hour: int = 18
    quiet: QuietHours = DEFAULT_QUIET
    grace: timedelta = timedelta(hours=12)

    def days_for(self, user: UserProfile) -> tuple[int, ...]:
        return tuple(user.checkin_days) if user.checkin_days else self.days

    def quiet_for(self, user: UserProfile) -> QuietHours | None:
        if user.quiet_hours == "off":
            return None
        return parse_quiet_hours(user.quiet_hours) if user.quiet_hours else self.quiet


def out_of_quiet(local: datetime, quiet: QuietHours | None) -> datetime:
    """Move a local time that falls in quiet hours to the moment they end."""
    if quiet is None or not quiet.contains(local.time()):
        return local
    end_day = local.date()
    if local.time() >= quiet.end:  # quiet hours wrap past midnight: they end tomorrow
        end_day += timedelta(days=1)
    return datetime.combine(end_day, quiet.end, tzinfo=local.tzinfo)


def plan(
    audition_day: date,
    tz: ZoneInfo,
    days: tuple[int, ...],
    hour: int,
    quiet: QuietHours | None,
    now: datetime,
) -> list[tuple[int, datetime]]:
    """(day, due in UTC) for every check-in still in the future."""
    planned = []
    for day in sorted(set(days)):
        local = datetime.combine(audition_day + timedelta(days=day), time(hour), tzinfo=tz)
        due = out_of_quiet(local, quiet).astimezone(UTC)
        if due > now:
            planned.append((day, due))
    return planned
