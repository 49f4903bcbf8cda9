"""The export format, checked field by field before anything is imported.

An import file comes from outside (another deployment, a person's own
export, or someone hostile). Each field is validated by type and meaning:
offset-aware times, real dates, known platforms and statuses, timezones the
tz database knows, bounded lengths. A file that fails any check changes
nothing, and the reasons say where.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from bot.config import valid_timezone
from bot.events import Platform
from bot.sanitise import clean_text
from bot.store import OUTCOMES, Audition, CheckIn, UserProfile

MAX_TEXT = 4000
MAX_ITEMS = 20_000
_KEY = re.compile(rf"^({'|'.join(p.value for p in Platform)}):[A-Za-z0-9_.@-]{{1,64}}$")

# Imported words are cleaned as typed words are (bot/sanitise.py): a NUL or a lone
# surrogate in a file would otherwise reach the journal, and PostgreSQL refuses NUL.
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT), AfterValidator(clean_text)]
Short = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(clean_text)]


def _user_key(value: str) -> str:
    if not _KEY.match(value):
        raise ValueError("must be platform:id, e.g. telegram:12345")
    return value


def _aware(value: str) -> str:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be an ISO date-time") from exc
    if parsed.tzinfo is None:
        raise ValueError("must carry a UTC offset")
    return value


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("must be a date, YYYY-MM-DD") from exc
    return value


def _timezone(value: str) -> str:
    if not valid_timezone(value):
        raise ValueError("is not a timezone the tz database knows")
    return value


UserKey = Annotated[str, AfterValidator(_user_key)]
AwareTime = Annotated[str, StringConstraints(max_length=40), AfterValidator(_aware)]
IsoDate = Annotated[str, StringConstraints(max_length=10), AfterValidator(_iso_date)]
Timezone = Annotated[str, StringConstraints(max_length=64), AfterValidator(_timezone)]


Day = Annotated[int, Field(ge=1, le=365)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class ProfileIn(_Strict):
    user_key: UserKey
    timezone: Timezone
    created_at: AwareTime
    active: bool = True
    checkins_paused: bool = False
    quiet_hours: Annotated[str, StringConstraints(max_length=20)] | None = None
    checkin_days: (
        Annotated[list[Annotated[int, Field(ge=1, le=365)]], Field(max_length=10)] | None
    ) = None
    custom_questions: Annotated[list[Short], Field(max_length=3)] = []
    last_seen: UserKey | None = None
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None


class AuditionIn(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,40}$")]
    date: IsoDate
    project: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT)]
    created_at: AwareTime
    role: Text | None = None
    format: Short | None = None
    wore: Text | None = None
    feeling: Annotated[int, Field(ge=1, le=5)] | None = None
    nailed: Text | None = None
    learned: Text | None = None
    extra: Text | None = None
    outcome: Literal[OUTCOMES] = "waiting"  # type: ignore[valid-type]
    updated_at: AwareTime | None = None
    office: Text | None = None
    room: Text | None = None
    material: Text | None = None
    keep: Text | None = None
    custom: dict[Short, Text] | None = None
    origin: UserKey | None = None


class CheckInIn(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,40}$")]
    audition_id: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,40}$")]
    due: AwareTime
    day: Annotated[int, Field(ge=0, le=3650)]
    status: Literal["pending", "sending", "sent", "cancelled", "missed", "skipped"] = "pending"
    updated_at: AwareTime | None = None
    kind: Literal["checkin", "thanks"] = "checkin"
    note: Short | None = None


class ExportIn(_Strict):
    format: Literal["callback-journal"]
    version: Literal[1]
    profile: ProfileIn
    auditions: Annotated[list[AuditionIn], Field(max_length=MAX_ITEMS)] = []
    checkins: Annotated[list[CheckInIn], Field(max_length=MAX_ITEMS)] = []


def reasons(exc: ValidationError, limit: int = 8) -> str:
    """Where and why, in a line an operator can act on."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}")
    more = len(exc.errors()) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def parse_export(text: str) -> tuple[UserProfile, list[Audition], list[CheckIn]]:
    """Validated records, or ValueError with every reason (nothing is half-read)."""
    try:
        data = ExportIn.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            raise ValueError(f"not JSON: {first['msg']}") from exc
        if any(err["loc"][:1] == ("format",) for err in exc.errors()):
            raise ValueError("not a Callback journal export (missing format marker)") from exc
        raise ValueError(reasons(exc)) from exc
    profile = UserProfile.from_dict(data.profile.model_dump())
    auditions = [Audition.from_dict(a.model_dump()) for a in data.auditions]
    checkins = [CheckIn.from_dict(c.model_dump()) for c in data.checkins]
    ids = [a.id for a in auditions]
    if len(ids) != len(set(ids)):
        raise ValueError("auditions: the same id appears twice")
    return profile, auditions, checkins
