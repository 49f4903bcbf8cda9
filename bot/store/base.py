"""What the engine needs from storage, independent of TinyDB.

The engine only sees this protocol and these records: the TinyDB store (one
file per person) and the PostgreSQL store (many workers) both implement it,
and one contract suite (tests/test_store_contract.py) runs against both.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal, Protocol, Self, TypeVar

from pydantic import ConfigDict, Field

from bot.store.fields import (
    AwareTime,
    Bool,
    CheckinStatus,
    Country,
    Day,
    Feeling,
    Id,
    Int,
    IsoDate,
    PastTime,
    Quiet,
    Short,
    Str,
    Text,
    Timezone,
    Title,
    UserKey,
)

R = TypeVar("R")

#: The words actors use. "hold" is an avail / on hold; "released" covers passed.
OUTCOMES = ("waiting", "callback", "hold", "booked", "released")
Outcome = Literal["waiting", "callback", "hold", "booked", "released"]


class _Record:
    """asdict/from_dict that tolerate unknown keys written by newer versions.

    The field annotations (bot/store/fields.py) say what each field may hold; they are
    checked only where a record comes from outside (bot/store/records.py).
    """

    __pydantic_config__ = ConfigDict(extra="ignore")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = _NAMES.get(cls)
        if names is None:  # asked on every read: worked out once per class
            names = _NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


_NAMES: dict[type, frozenset[str]] = {}


#: What is coming: an audition in the room, a self-tape due, a callback, a chemistry read.
UpcomingKind = Literal["room", "selftape", "callback", "chemistry"]
#: planned -> done (debriefed), missed ("didn't happen"), or removed by the person.
UpcomingStatus = Literal["planned", "done", "missed"]
#: How many upcoming auditions a person may keep (done ones are dropped first).
MAX_UPCOMING = 50


@dataclass
class Upcoming(_Record):
    """An audition still to come (/upcoming). Kept in the person's profile: a handful
    each, read with the profile, exported, imported, moved and forgotten with it."""

    id: Id
    project: Title
    #: The appointment, or a self-tape's deadline: offset-aware, the person's own zone.
    when: AwareTime
    kind: UpcomingKind
    created_at: PastTime
    role: Text | None = None
    #: Where, or which casting office.
    place: Text | None = None
    note: Text | None = None
    status: UpcomingStatus = "planned"
    #: The journal entry its debrief became.
    audition_id: Id | None = None


@dataclass
class UserProfile(_Record):
    user_key: UserKey
    timezone: Timezone
    created_at: PastTime
    active: Bool = True
    checkins_paused: Bool = False
    quiet_hours: Quiet | None = None
    checkin_days: Annotated[list[Day], Field(max_length=10)] | None = None
    #: Up to three questions of the actor's own, asked in the details pass.
    custom_questions: Annotated[list[Short], Field(max_length=3)] = field(default_factory=list)
    #: The platform identity used most recently: check-ins go there.
    last_seen: UserKey | None = None
    #: ISO 3166 code chosen with /settings country, for the right helplines.
    country: Country | None = None
    #: Auditions still to come, soonest first (bot/flows/upcoming.py).
    upcoming: Annotated[list[Upcoming], Field(max_length=MAX_UPCOMING)] = field(
        default_factory=list
    )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        data = dict(data)
        data["upcoming"] = [
            u if isinstance(u, Upcoming) else Upcoming.from_dict(u)
            for u in data.get("upcoming") or []
        ]
        return super().from_dict(data)


@dataclass
class Audition(_Record):
    id: Id
    date: IsoDate
    project: Title
    created_at: PastTime
    role: Text | None = None
    format: Short | None = None
    wore: Text | None = None
    feeling: Feeling | None = None
    nailed: Text | None = None
    learned: Text | None = None
    extra: Text | None = None
    outcome: Outcome = "waiting"
    updated_at: PastTime | None = None
    #: Optional details, added after the debrief (companion features).
    office: Text | None = None
    room: Text | None = None
    material: Text | None = None
    keep: Text | None = None
    #: The actor's own questions and their answers, question text -> answer.
    custom: dict[Short, Text] | None = None
    #: The platform identity that wrote this entry, so /unlink can give it back.
    origin: UserKey | None = None


@dataclass
class ConversationState(_Record):
    """A conversation in progress, and the stack of those it interrupted.

    Stored as the conversation on top, with `below` holding the ones waiting
    underneath, oldest first (bot/flows/conversation.py pushes and pops them);
    persisted so a restart or a day away loses nothing.
    """

    flow: Str
    conv: Str
    step: Str
    answers: dict[str, Any] = field(default_factory=dict)
    updated_at: Str = ""
    #: Set after a safety reply, for the whole stack: nothing more is stored until the
    #: person chooses to go on.
    paused: Bool = False
    #: The conversations this one interrupted, oldest first, each a ConversationState
    #: as a dict (without its own `below`).
    below: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Reads the old shape too: one conversation waiting inside the answers of the one
        on top (`answers["under"]`), which becomes the first frame below."""
        data = dict(data)
        answers = dict(data.get("answers") or {})
        under = answers.pop("under", None)
        if isinstance(under, dict):
            data["answers"] = answers
            nested = dict(under)
            deeper = dict(nested.get("answers") or {}).pop("under", None)
            nested["answers"] = {
                k: v for k, v in (nested.get("answers") or {}).items() if k != "under"
            }
            data["below"] = [*([deeper] if isinstance(deeper, dict) else []), nested]
        return super().from_dict(data)


@dataclass
class CheckIn(_Record):
    """One planned follow-up. `due` is UTC ISO; the user file's copy is the truth.

    status: pending -> sending (claimed just before the send) -> sent; or
    cancelled (outcome known), missed (bot was down past the grace period),
    skipped (user unreachable or paused when it fell due), failed (the send raised;
    a copy with `tries` + 1 is planned a little later while still on time).
    """

    id: Id
    audition_id: Id
    due: AwareTime
    day: Annotated[Int, Field(ge=0, le=3650)]
    status: CheckinStatus = "pending"
    updated_at: AwareTime | None = None
    #: "checkin" asks how it went; "thanks" reminds the actor to thank someone; "prep"
    #: and "after" are about an upcoming audition (then `audition_id` is its id): its
    #: prep card the night before, and "how did it go?" after it.
    kind: Literal["checkin", "thanks", "prep", "after"] = "checkin"
    #: For "thanks": who to thank ("agent" or "office").
    note: Short | None = None
    #: Sends tried before this one (a failed send is planned again, within the grace).
    tries: Annotated[Int, Field(ge=0, le=20)] = 0
    #: The due time of the first try, so retries stop once it is too late.
    first_due: AwareTime | None = None


def parse_due(text: str) -> datetime | None:
    """A due time as an aware datetime; None for one that cannot be compared (a bad
    import): the schedule skips it and the PostgreSQL store keeps it out of the index."""
    try:
        due = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return due if due.tzinfo is not None else None


@dataclass(frozen=True)
class DueEntry:
    """An index row pointing at a check-in in a user's file."""

    user_key: str
    checkin_id: str
    due: str


@dataclass
class ChatSettings(_Record):
    chat_key: str
    daily_quote: bool = False
    quote_time: str = "09:00"
    timezone: str = "UTC"
    #: Local date of the last quote, claimed before sending so none goes out twice.
    last_sent: str | None = None
    seen_quotes: list[str] = field(default_factory=list)
    active: bool = True


class DuplicateEvent(Exception):
    """This platform event was applied already (a redelivered webhook update)."""


class Conversations(Protocol):
    """A person's turn (the unit of work) and the conversation they are in."""

    def turn(self, user_key: str, event_id: str | None = None) -> AbstractContextManager[None]:
        """One person's changes in a block, written together or not at all.

        With an `event_id`, a turn that changes anything records it with its
        changes; a later turn with the same id raises DuplicateEvent at once.
        """
        ...

    def get_state(self, user_key: str) -> ConversationState | None: ...

    def set_state(self, user_key: str, state: ConversationState) -> None: ...

    def clear_state(self, user_key: str) -> None: ...

    def seen_items(self, user_key: str) -> set[str]: ...

    def mark_seen(self, user_key: str, item_id: str) -> None: ...

    def reset_seen(self, user_key: str, item_ids: set[str]) -> None: ...


class Journal(Protocol):
    """A person's profile and auditions."""

    def get_user(self, user_key: str) -> UserProfile | None: ...

    def save_user(self, user: UserProfile) -> None: ...

    def add_audition(self, user_key: str, audition: Audition) -> None: ...

    def add_auditions(self, user_key: str, auditions: list[Audition]) -> None: ...

    def list_auditions(self, user_key: str) -> list[Audition]: ...

    def get_audition(self, user_key: str, audition_id: str) -> Audition | None: ...

    def update_audition(
        self, user_key: str, audition_id: str, **changes: Any
    ) -> Audition | None: ...

    def remove_auditions(self, user_key: str, audition_ids: set[str]) -> None: ...

    def forget_user(self, user_key: str) -> bool: ...

    def user_keys(self) -> list[str]: ...


class Schedule(Protocol):
    """Check-ins: planned per person, found when due, claimed once across the fleet."""

    def add_checkins(self, user_key: str, checkins: list[CheckIn]) -> None: ...

    def list_checkins(self, user_key: str) -> list[CheckIn]: ...

    def get_checkin(self, user_key: str, checkin_id: str) -> CheckIn | None: ...

    def transition_checkin(
        self, user_key: str, checkin_id: str, *, from_status: str, to_status: str, now: str
    ) -> bool: ...

    def cancel_checkins(
        self, user_key: str, audition_id: str, now: str, *, kind: str = "checkin"
    ) -> int: ...

    def due_entries(self, until: datetime) -> list[tuple[str, list[DueEntry]]]: ...

    def retire_due(self, shard: str, handled: set[tuple[str, str]]) -> None: ...

    def sender_lease(self) -> bool:
        """True while this process is the one that sends scheduled messages."""
        ...


class Identities(Protocol):
    """Linked accounts: which journal an identity writes to, and live link codes."""

    def get_alias(self, identity: str) -> str | None: ...

    def set_alias(self, identity: str, account: str | None) -> None: ...

    def aliases_of(self, account: str) -> list[str]: ...

    def all_aliases(self) -> dict[str, str]: ...

    def load_links(self) -> dict[str, Any]: ...

    def update_links(self, change: Callable[[dict[str, Any]], R]) -> R: ...


class Chats(Protocol):
    """Group and channel settings, and the daily quote's once-a-day claim."""

    def get_chat(self, chat_key: str) -> ChatSettings | None: ...

    def save_chat(self, chat: ChatSettings) -> None: ...

    def list_chats(self) -> list[ChatSettings]: ...

    def claim_daily(
        self, chat_key: str, local_date: str, quote_id: str, pool: set[str]
    ) -> bool: ...


class Operations(Protocol):
    """For the operator and start-up: checks, the folder's owner, quarantine."""

    def check(self) -> int:
        """Verify every journal now; the number that are readable."""
        ...

    def check_shared(self) -> None: ...

    def journal_count(self) -> int: ...

    def writable(self) -> str | None:
        """None when the store accepts writes; else what is wrong, for the operator."""
        ...

    def claim_owner(self) -> None: ...

    def quarantined(self) -> list[Path]: ...

    def restore(self, name: str) -> Path: ...

    def close(self) -> None: ...


class Store(Conversations, Journal, Schedule, Identities, Chats, Operations, Protocol):
    """Every role: what TinyDB and PostgreSQL both are (tests/test_store_contract.py
    checks them role by role). Code that needs less asks for a role."""
