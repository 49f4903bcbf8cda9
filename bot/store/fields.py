"""The types of a record's fields, with what each may hold: one definition for the store,
the import and the check of a journal read from disk.

The dataclasses in bot/store/base.py are annotated with these. Building a record
in the bot checks nothing (it is fast, and the bot builds valid records);
`bot.store.records.validate` checks a record that comes from outside: an import
file (every rule) or a journal read from disk (its shape, and the values the bot
parses: dates, timezones, quiet hours; a time in the future there is a clock
that was wrong once, not a reason to lock a person out of their journal).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, Strict, StringConstraints, ValidationInfo

from bot.events import Platform
from bot.sanitise import clean_text

MAX_TEXT = 4000
MAX_ITEMS = 20_000
#: How far ahead a date may lie: an audition is noted before it happens, a check-in is
#: planned a few weeks out; a year 9999 or 3000 is a broken or hostile file.
AHEAD = timedelta(days=2 * 366)
EARLIEST = date(1900, 1, 1)
_KEY = re.compile(rf"^({'|'.join(p.value for p in Platform)}):[A-Za-z0-9_.@-]{{1,64}}$")


def importing(info: ValidationInfo) -> bool:
    """Every rule applies to a file from outside; a stored journal is checked for shape."""
    return bool(info.context and info.context.get("import"))


def _now() -> datetime:
    return datetime.now(UTC)


def _user_key(value: str, info: ValidationInfo) -> str:
    if importing(info) and not _KEY.match(value):
        raise ValueError("must be platform:id, e.g. telegram:12345")
    return value


def _aware(value: str, info: ValidationInfo) -> str:
    if not importing(info):
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be an ISO date-time") from exc
    if parsed.tzinfo is None:
        raise ValueError("must carry a UTC offset")
    if importing(info) and (parsed.date() < EARLIEST or parsed > _now() + AHEAD):
        raise ValueError("is not a plausible time (before 1900 or years ahead)")
    return value


def _past(value: str, info: ValidationInfo) -> str:
    """A moment that has happened: written, changed (a minute of clock skew allowed)."""
    if importing(info) and datetime.fromisoformat(value) > _now() + timedelta(minutes=1):
        raise ValueError("lies in the future")
    return value


def _iso_date(value: str, info: ValidationInfo) -> str:
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be a date, YYYY-MM-DD") from exc
    if importing(info) and (parsed < EARLIEST or parsed > (_now() + AHEAD).date()):
        raise ValueError("is not a plausible date (before 1900 or years ahead)")
    return value


def _timezone(value: str) -> str:
    from bot.config import valid_timezone

    if not valid_timezone(value):
        raise ValueError("is not a timezone the tz database knows")
    return value


def _quiet(value: str) -> str:
    from bot.config import parse_quiet_hours

    if value != "off":
        try:
            parse_quiet_hours(value)
        except ValueError as exc:
            raise ValueError("must be a range like 22:00-08:00, or off") from exc
    return value


# Words are cleaned as typed words are (bot/sanitise.py): a NUL or a lone surrogate in a
# file would otherwise reach the journal, and PostgreSQL refuses NUL.
def _limited(longest: int, *, shortest: int = 0, pattern: str | None = None) -> AfterValidator:
    """Lengths and patterns are rules for a file from outside; what the bot stored itself
    (a long pasted title, an old id) is served as it is."""
    compiled = re.compile(pattern) if pattern else None

    def check(value: str, info: ValidationInfo) -> str:
        if importing(info):
            if not shortest <= len(value) <= longest:
                raise ValueError(f"must be {shortest} to {longest} characters")
            if compiled is not None and not compiled.match(value):
                raise ValueError(f"must match {pattern}")
        return value

    return AfterValidator(check)


def _cleaned(value: str, info: ValidationInfo) -> str:
    return clean_text(value) if importing(info) else value


# Strict: a number is not a date, "true" is not a boolean, whatever a file says.
Str = Annotated[str, Strict()]
Int = Annotated[int, Strict()]
Bool = Annotated[bool, Strict()]
Text = Annotated[Str, _limited(MAX_TEXT), AfterValidator(_cleaned)]
Title = Annotated[Str, _limited(MAX_TEXT, shortest=1), AfterValidator(_cleaned)]
Short = Annotated[Str, _limited(200, shortest=1), AfterValidator(_cleaned)]
Id = Annotated[Str, _limited(40, shortest=1, pattern=r"^[A-Za-z0-9_-]+$")]
UserKey = Annotated[Str, AfterValidator(_user_key)]
AwareTime = Annotated[Str, _limited(40), AfterValidator(_aware)]
PastTime = Annotated[AwareTime, AfterValidator(_past)]
IsoDate = Annotated[Str, StringConstraints(max_length=10), AfterValidator(_iso_date)]
Timezone = Annotated[Str, StringConstraints(max_length=64), AfterValidator(_timezone)]
Quiet = Annotated[Str, StringConstraints(max_length=40), AfterValidator(_quiet)]
Country = Annotated[Str, _limited(2, shortest=2, pattern=r"^[A-Z]{2}$")]
Feeling = Annotated[Int, Field(ge=1, le=5)]
Day = Annotated[Int, Field(ge=1, le=365)]
CheckinStatus = Literal["pending", "sending", "sent", "cancelled", "missed", "skipped", "failed"]
