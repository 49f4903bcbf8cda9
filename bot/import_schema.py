"""The export format, checked field by field before anything is imported.

An import file comes from outside (another deployment, a person's own
export, or someone hostile). Its records are the store's own dataclasses
(bot/store/base.py), whose field types say what each field may hold
(bot/store/fields.py), checked here with every rule on: offset-aware and
plausible times, real dates, known statuses, IANA timezones, quiet hours that
parse, bounded lengths, text cleaned like typed text; ids unique and every
check-in about an audition in the file. A file that fails any check changes
nothing, and the reasons say where.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.store import Audition, CheckIn, UserProfile
from bot.store.fields import MAX_ITEMS


class ExportIn(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")

    format: Literal["callback-journal"]
    version: Literal[1]
    profile: UserProfile
    auditions: Annotated[list[Audition], Field(max_length=MAX_ITEMS)] = []
    checkins: Annotated[list[CheckIn], Field(max_length=MAX_ITEMS)] = []

    @model_validator(mode="after")
    def _consistent(self) -> ExportIn:
        """Ids unique, and every check-in about an audition in the file."""
        for name, items in (("auditions", self.auditions), ("checkins", self.checkins)):
            ids = [item.id for item in items]
            if len(ids) != len(set(ids)):
                raise ValueError(f"{name}: the same id appears twice")
        upcoming = [u.id for u in self.profile.upcoming]
        if len(upcoming) != len(set(upcoming)):
            raise ValueError("profile.upcoming: the same id appears twice")
        known = {a.id for a in self.auditions} | set(upcoming)
        orphans = sorted({c.audition_id for c in self.checkins} - known)
        if orphans:
            raise ValueError(f"checkins: about auditions not in the file ({orphans[0]})")
        return self


def reasons(exc: ValidationError, limit: int = 8) -> str:
    """Where and why, in a line an operator can act on."""
    parts = []
    for err in exc.errors()[:limit]:
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}" if where else err["msg"])
    more = len(exc.errors()) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def parse_export(text: str) -> tuple[UserProfile, list[Audition], list[CheckIn]]:
    """Validated records, or ValueError with every reason (nothing is half-read)."""
    try:
        data = ExportIn.model_validate_json(text, context={"import": True})
    except ValidationError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid":
            raise ValueError(f"not JSON: {first['msg']}") from exc
        if any(err["loc"][:1] == ("format",) for err in exc.errors()):
            raise ValueError("not a Callback journal export (missing format marker)") from exc
        raise ValueError(reasons(exc)) from exc
    return data.profile, data.auditions, data.checkins
