"""When to check in: days after the audition, at a local hour, never in quiet hours.

Times are planned in the actor's own timezone and stored in UTC. Planning in
local time is what keeps "18:00" meaning 18:00 across a DST change or in
UTC+13; converting only at the end avoids doing date arithmetic in UTC.
"""

from __future__ import annotations

import hashlib
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
    #: Each person's check-ins come at a fixed point of this window after the hour,
    #: so a timezone's evening is a stream, not one burst at 18:00 sharp. The
    #: deployment default is 60 minutes (`[checkins] spread_minutes`); a policy built
    #: by hand keeps the exact hour.
    spread: timedelta = timedelta(0)
    #: Upcoming auditions: the prep card at this local hour the night before (or the
    #: morning of, when noted later), "how did it go?" this long after.
    prep_hour: int = 19
    morning_hour: int = 8
    after: timedelta = timedelta(hours=2)

    def offset_for(self, user: UserProfile) -> timedelta:
        """Stable per person (a hash of their key, not random): the same minute every time,
        so "your next check-in is at 18:23" stays true after a restart or a re-plan."""
        minutes = int(self.spread.total_seconds() // 60)
        if minutes <= 0:
            return timedelta(0)
        digest = hashlib.sha256(user.user_key.encode("utf-8")).digest()
        return timedelta(minutes=int.from_bytes(digest[:4], "big") % minutes)

    def at_checkin_time(self, day: date, tz: ZoneInfo, user: UserProfile) -> datetime:
        """This person's check-in moment on a local day, moved out of their quiet hours."""
        local = datetime.combine(day, time(self.hour), tzinfo=tz) + self.offset_for(user)
        return out_of_quiet(local, self.quiet_for(user))

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
    offset: timedelta = timedelta(0),
) -> list[tuple[int, datetime]]:
    """(day, due in UTC) for every check-in still in the future.

    `offset` is added in local time (wall-clock minutes after the hour), so it
    means the same on the day the clocks change."""
    planned = []
    for day in sorted(set(days)):
        local = datetime.combine(audition_day + timedelta(days=day), time(hour), tzinfo=tz)
        due = out_of_quiet(local + offset, quiet).astimezone(UTC)
        if due > now:
            planned.append((day, due))
    return planned
