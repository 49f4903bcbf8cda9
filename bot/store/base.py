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
from typing import Any, Protocol, Self, TypeVar

R = TypeVar("R")

#: The words actors use. "hold" is an avail / on hold; "released" covers passed.
OUTCOMES = ("waiting", "callback", "hold", "booked", "released")


class _Record:
    """asdict/from_dict that tolerate unknown keys written by newer versions."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class UserProfile(_Record):
    user_key: str
    timezone: str
    created_at: str
    active: bool = True
    checkins_paused: bool = False
    quiet_hours: str | None = None
    checkin_days: list[int] | None = None
    #: Up to three questions of the actor's own, asked in the details pass.
    custom_questions: list[str] = field(default_factory=list)
    #: The platform identity used most recently: check-ins go there.
    last_seen: str | None = None
    #: ISO 3166 code chosen with /settings country, for the right helplines.
    country: str | None = None


@dataclass
class Audition(_Record):
    id: str
    date: str
    project: str
    created_at: str
    role: str | None = None
    format: str | None = None
    wore: str | None = None
    feeling: int | None = None
    nailed: str | None = None
    learned: str | None = None
    extra: str | None = None
    outcome: str = "waiting"
    updated_at: str | None = None
    #: Optional details, added after the debrief (companion features).
    office: str | None = None
    room: str | None = None
    material: str | None = None
    keep: str | None = None
    #: The actor's own questions and their answers, question text -> answer.
    custom: dict[str, str] | None = None
    #: The platform identity that wrote this entry, so /unlink can give it back.
    origin: str | None = None


@dataclass
class ConversationState(_Record):
    """A flow in progress; persisted so a restart or a day away loses nothing."""

    flow: str
    conv: str
    step: str
    answers: dict[str, Any] = field(default_factory=dict)
    updated_at: str = ""
    #: Set after a safety reply: nothing more is stored until the person chooses to go on.
    paused: bool = False


@dataclass
class CheckIn(_Record):
    """One planned follow-up. `due` is UTC ISO; the user file's copy is the truth.

    status: pending -> sending (claimed just before the send) -> sent; or
    cancelled (outcome known), missed (bot was down past the grace period),
    skipped (user unreachable or paused when it fell due).
    """

    id: str
    audition_id: str
    due: str
    day: int
    status: str = "pending"
    updated_at: str | None = None
    #: "checkin" asks how it went; "thanks" reminds the actor to thank someone.
    kind: str = "checkin"
    #: For "thanks": who to thank ("agent" or "office").
    note: str | None = None


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


class Store(Protocol):
    def turn(self, user_key: str, event_id: str | None = None) -> AbstractContextManager[None]:
        """One person's changes in a block, written together or not at all.

        With an `event_id`, a turn that changes anything records it with its
        changes; a later turn with the same id raises DuplicateEvent at once.
        """
        ...

    def get_user(self, user_key: str) -> UserProfile | None: ...

    def save_user(self, user: UserProfile) -> None: ...

    def get_state(self, user_key: str) -> ConversationState | None: ...

    def set_state(self, user_key: str, state: ConversationState) -> None: ...

    def clear_state(self, user_key: str) -> None: ...

    def add_audition(self, user_key: str, audition: Audition) -> None: ...

    def add_auditions(self, user_key: str, auditions: list[Audition]) -> None: ...

    def list_auditions(self, user_key: str) -> list[Audition]: ...

    def get_audition(self, user_key: str, audition_id: str) -> Audition | None: ...

    def update_audition(
        self, user_key: str, audition_id: str, **changes: Any
    ) -> Audition | None: ...

    def seen_items(self, user_key: str) -> set[str]: ...

    def mark_seen(self, user_key: str, item_id: str) -> None: ...

    def reset_seen(self, user_key: str, item_ids: set[str]) -> None: ...

    def forget_user(self, user_key: str) -> bool: ...

    def user_keys(self) -> list[str]: ...

    def get_chat(self, chat_key: str) -> ChatSettings | None: ...

    def save_chat(self, chat: ChatSettings) -> None: ...

    def list_chats(self) -> list[ChatSettings]: ...

    def claim_daily(
        self, chat_key: str, local_date: str, quote_id: str, pool: set[str]
    ) -> bool: ...

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

    def remove_auditions(self, user_key: str, audition_ids: set[str]) -> None: ...

    def get_alias(self, identity: str) -> str | None: ...

    def set_alias(self, identity: str, account: str | None) -> None: ...

    def aliases_of(self, account: str) -> list[str]: ...

    def all_aliases(self) -> dict[str, str]: ...

    def load_links(self) -> dict[str, Any]: ...

    def update_links(self, change: Callable[[dict[str, Any]], R]) -> R: ...

    # -- operations: start-up checks, the data folder's owner, quarantine ------

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
