"""The neutral vocabulary shared by the engine and every adapter.

Adapters translate platform updates into `Incoming` and render `Reply`
objects back. Nothing here knows about Telegram or Discord, which is what
lets one engine serve every platform identically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from bot.sanitise import clean_text


class Platform(StrEnum):
    CONSOLE = "console"
    TELEGRAM = "telegram"
    DISCORD = "discord"


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"


@dataclass(frozen=True)
class Address:
    """A person or a chat on one platform, written `platform:id` wherever it is stored.

    Built and parsed only here, so a stored key and a live identity always agree.
    """

    platform: Platform
    id: str

    def __str__(self) -> str:
        return f"{self.platform.value}:{self.id}"

    @classmethod
    def parse(cls, key: str) -> Address | None:
        """None for a key no platform of ours wrote (a hand-edited or imported value)."""
        name, sep, ident = key.partition(":")
        known = {p.value: p for p in Platform}
        if not sep or not ident or name not in known:
            return None
        return cls(known[name], ident)


@dataclass(frozen=True)
class Who:
    """Identity of the sender and the chat the event arrived in.

    Ids are strings on purpose: platforms disagree on int sizes and the
    console has no numeric ids at all.
    """

    platform: Platform
    user_id: str
    chat_id: str
    chat_kind: ChatKind = ChatKind.PRIVATE
    display_name: str = ""
    #: Set by adapters from the platform's own permission data, never from text.
    is_chat_admin: bool = False
    #: Set by the engine when this identity is linked to a journal on another platform.
    account_key: str | None = None

    @property
    def identity_key(self) -> str:
        """This platform account, whatever journal it is linked to."""
        return str(Address(self.platform, self.user_id))

    @property
    def user_key(self) -> str:
        """The journal this person's events belong to."""
        return self.account_key or self.identity_key

    @property
    def chat_key(self) -> str:
        return str(Address(self.platform, self.chat_id))

    @property
    def private(self) -> bool:
        return self.chat_kind is ChatKind.PRIVATE


@dataclass(frozen=True)
class Incoming:
    """One thing a person did: exactly one of text/command/button/attachment."""

    who: Who
    text: str | None = None
    command: str | None = None
    args: str = ""
    button: str | None = None
    #: Kind of unsupported content ("sticker", "photo", ...); the engine only reads text.
    attachment: str | None = None
    #: The platform's id for this delivery (a Telegram update id), so a redelivered
    #: one is applied once, whichever worker it reaches.
    event_id: str | None = None

    @classmethod
    def parse_text(cls, who: Who, raw: str) -> Incoming:
        """Split '/cmd args' into a command so adapters share one parser.

        Telegram appends '@botname' to commands in groups; it is dropped here.
        Text is cleaned here, once, for everything downstream (bot/sanitise.py).
        """
        raw = clean_text(raw)
        stripped = raw.strip()
        if stripped.startswith("/") and len(stripped) > 1 and not stripped[1].isspace():
            head, _, rest = stripped[1:].partition(" ")
            name = head.split("@", 1)[0].lower()
            if name and all(c.isalnum() or c == "_" for c in name):
                return cls(who=who, command=name, args=rest.strip())
        return cls(who=who, text=raw)


@dataclass(frozen=True)
class Choice:
    """A button: `label` is a key into prompts/buttons.toml, `payload` is opaque."""

    label: str
    payload: str
    values: dict[str, Any] = field(default_factory=dict)
    #: A layout hint: this button has a long label (a journal entry) and gets a row of
    #: its own where a platform lays buttons out in rows.
    wide: bool = False


@dataclass(frozen=True)
class Reply:
    """Something to show: a template under prompts/ plus its values.

    `private_only` replies carry journal content and must never be sent to a
    group; adapters check this as a last line of defence.
    """

    template: str
    values: dict[str, Any] = field(default_factory=dict)
    choices: tuple[Choice, ...] = ()
    files: tuple[Path, ...] = ()
    private_only: bool = False
    #: Ask the adapter for a way into a private chat (deep link, DM button).
    offer_private_chat: bool = False


@dataclass(frozen=True)
class DailyQuote:
    """The next quote for a chat, its id, and every id it could have been (for no-repeat)."""

    reply: Reply
    id: str
    pool: frozenset[str]
