"""Declarative steps: what a flow asks, and how an answer is validated.

A flow is a tuple of Steps. The engine walks it; the step decides whether an
answer (typed text or a pressed option) is acceptable and what value to
store. Validation failures carry a template name so the reply stays kind and
specific ("that date is in the future") rather than a generic "invalid".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot.reading import read
from bot.sanitise import MAX_INCOMING_CHARS, ascii_int

MAX_ANSWER_CHARS = 4000


class Kind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"
    DATE = "date"
    SCALE = "scale"
    #: A date and a time still to come ("thursday 2:30pm"), in the person's timezone.
    WHEN = "when"


@dataclass(frozen=True)
class Step:
    key: str
    kind: Kind
    options: tuple[str, ...] = ()
    skippable: bool = True
    #: Typed words accepted for an option, e.g. {"self tape": "selftape"}.
    synonyms: tuple[tuple[str, str], ...] = ()
    #: Template to ask with, when several steps share one (the actor's own questions).
    template: str | None = None
    #: A choice whose buttons are suggestions: typed words that match no option are
    #: kept as written ("Act 2 speech"). A pressed button must still be an option.
    free_text: bool = False

    @property
    def prompt(self) -> str:
        return self.template or f"step/{self.key}"


class Invalid(Exception):
    """An answer that cannot be used; `template` explains why to the person."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template)
        self.template = template
        self.values = values


_DATE_FORMATS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})$"),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})$"),
)


def parse_date(text: str, today: date) -> date:
    """Accept what people type: today, yesterday, 2026-11-20, 20/11/2026, 20.11, and,
    through dateparser, "last friday", "20 Nov", "a week ago".

    The exact formats come first (day before month, as most of the world writes
    it); "11/20/2026" can only be month-first and is read so. Anything else goes
    to dateparser, preferring past dates. The engine echoes back the date it
    understood, so a misreading ("3/4") is visible at once.
    """
    # The turn's one reading (cached): "²³" and "２３" are digits to a person.
    cleaned = read(text).plain
    if cleaned in ("today", "tod"):
        return today
    if cleaned in ("yesterday", "yday", "yest"):
        return today - timedelta(days=1)
    m = re.match(r"^(\d{1,2}) days? ago$", cleaned)
    if m:
        return today - timedelta(days=int(m.group(1)))
    m = re.match(r"^(?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?$", cleaned)
    if m and 1 <= int(m.group(1)) <= 31:  # "the 23rd": the last 23rd that has happened
        return _last_day_of_month_named(int(m.group(1)), today)
    value = _exact(cleaned, text, today)
    if value is None:
        value = _natural(cleaned, text, today)
    if value > today:
        raise Invalid("invalid/date_future", text=text)
    if value < today - timedelta(days=365 * 5):
        raise Invalid("invalid/date_old", text=text)
    return value


def _exact(cleaned: str, text: str, today: date) -> date | None:
    for pattern in _DATE_FORMATS:
        found = pattern.match(cleaned)
        if not found:
            continue
        parts = found.groupdict()
        year, month, day = int(parts.get("y") or today.year), int(parts["m"]), int(parts["d"])
        if month > 12 and day <= 12 and "-" not in cleaned:
            month, day = day, month  # 11/20/2026: only month-first makes it a date
        try:
            value = date(year, month, day)
        except ValueError as exc:
            raise Invalid("invalid/date_unreal", text=text) from exc
        if "y" not in parts and value > today:
            # "20/12" typed in January means last December.
            value = value.replace(year=year - 1)
        return value
    return None


def _natural(cleaned: str, text: str, today: date) -> date:
    """Words people use for dates, read by dateparser (English, past preferred)."""
    if len(cleaned) > 40 or not re.search(r"[a-z0-9]", cleaned):
        raise Invalid("invalid/date_format", text=text)
    import dateparser  # imported on first use: it takes a moment to load

    base = datetime.combine(today, time(12, 0))
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base,
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        parsed = None
    if parsed is None:
        raise Invalid("invalid/date_format", text=text)
    value = parsed.date()
    days_named = {int(d) for d in _DAY_OF_MONTH.findall(cleaned)}
    if value > today and value.day in days_named and not _MORE_THAN_A_DAY.search(cleaned):
        # "the 23rd" typed on the 3rd: dateparser's past preference skips a day of the
        # month alone, but an audition being debriefed has happened, so the last 23rd.
        value = _last_day_of_month_named(value.day, today)
    return value


_DAY_OF_MONTH = re.compile(r"(?<![\w./-])(\d{1,2})(?:st|nd|rd|th)?(?![\w./:-])")
_MORE_THAN_A_DAY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{4}|\d[./-]\d"
    r"|\b(next|tomorrow|coming|in \d+|from now|later)\b"
)


def _last_day_of_month_named(day: int, today: date) -> date:
    """The latest date on or before today whose day of the month is `day` (1-31: within
    two months back, some month has it)."""
    year, month = today.year, today.month
    while True:
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) <= today:
            return date(year, month, day)
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)


#: How far ahead an upcoming audition may be noted.
AHEAD = timedelta(days=366)
_TIME = re.compile(r"\b(\d{1,2})([:.h]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\b|\bnoon\b|\bmidday\b")


def parse_when(text: str, now: datetime) -> datetime:
    """A moment still to come, as people type it: "thursday 2:30pm", "tomorrow 10am",
    "12/12 14:00", "next monday at noon". `now` is the person's local time (aware);
    the answer is in their zone. A day without a time is refused: a reminder the night
    before needs the day, and "how did it go?" needs the hour."""
    cleaned = read(text).plain
    if len(cleaned) > 60 or not re.search(r"[a-z0-9]", cleaned):
        raise Invalid("invalid/when_format", text=text)
    if not _TIME.search(cleaned.replace("tomorrow", "").replace("today", "")):
        raise Invalid("invalid/when_no_time", text=text)
    import dateparser

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    typed = re.sub(r"\b(\d{1,2})[./](\d{1,2})\b(?![./]\d)", r"\1/\2/" + str(now.year), cleaned)
    # "at 11" is an hour, not the year 2011.
    typed = re.sub(r"\bat (\d{1,2})\b(?![:.h]\d|\s*(?:am|pm|a\.m|p\.m))", r"at \1:00", typed)
    try:
        parsed = dateparser.parse(typed, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        parsed = None
    if parsed is None:
        raise Invalid("invalid/when_format", text=text)
    moment = parsed.replace(tzinfo=now.tzinfo, second=0, microsecond=0)
    if (
        moment <= now
        and re.search(r"\d{1,2}[./]\d{1,2}", cleaned)
        and not re.search(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", cleaned)
    ):
        moment = moment.replace(year=moment.year + 1)  # "12/01 10:00" typed in December
    if moment <= now:
        raise Invalid("invalid/when_past", text=text)
    if moment > now + AHEAD:
        raise Invalid("invalid/when_far", text=text)
    return moment


_SCALE_WORDS = {
    "awful": 1,
    "terrible": 1,
    "bad": 2,
    "rough": 2,
    "meh": 3,
    "ok": 3,
    "okay": 3,
    "fine": 3,
    "good": 4,
    "great": 5,
    "amazing": 5,
    "fantastic": 5,
}


#: A score as people type it: "4", "4/5", "4 out of 5", "a 4", "4!".
_SCORE = re.compile(r"^(?:a |an |about |maybe |like )?([0-9])(?:\s*(?:/|out of|of)\s*5)?\s*[.!]*$")
#: Fullwidth digits ("４") and keycap emoji ("3️⃣") are digits too; superscripts are not.
_DIGITS = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"\ufe0f": "", "\u20e3": ""})


def scale_value(text: str) -> int | None:
    """A 1-5 score from what was typed, or None."""
    m = _SCORE.match(text.strip().lower().translate(_DIGITS))
    return int(m.group(1)) if m else None


def accept(
    step: Step, raw: str, *, today: date, pressed: bool, now: datetime | None = None
) -> str | int:
    """Turn an answer into the value to store, or raise Invalid. `now` (the person's
    local time) is needed only by a WHEN step."""
    text = raw.strip()
    if not text:
        raise Invalid("invalid/empty")
    if len(text) > MAX_ANSWER_CHARS:
        # A paste longer than MAX_INCOMING_CHARS arrived cut: its length is not known.
        cut = len(raw) >= MAX_INCOMING_CHARS
        raise Invalid("invalid/too_long", limit=MAX_ANSWER_CHARS, length=len(text), cut=cut)
    if step.kind is Kind.TEXT:
        return text
    if step.kind is Kind.WHEN:
        assert now is not None, "a WHEN step needs the person's local time"
        return parse_when(text, now).isoformat()
    if step.kind is Kind.DATE:
        if pressed and text.isdigit() and text in step.options:
            return (today - timedelta(days=int(text))).isoformat()  # an "N days ago" button
        return parse_date(text, today).isoformat()
    lowered = text.lower()
    if step.kind is Kind.SCALE:
        value = ascii_int(lowered) if pressed else scale_value(lowered)
        if value is None and not pressed:
            value = _SCALE_WORDS.get(lowered.strip(".! "))
        if value is None or not 1 <= value <= 5:
            raise Invalid("invalid/scale")
        return value
    # CHOICE
    if lowered in step.options:
        return lowered
    if not pressed:
        for word, option in step.synonyms:
            if lowered == word:
                return option
        if step.free_text:
            return text
    raise Invalid("invalid/choice")
