"""The shape every conversation has, so the engine can route without knowing any of them.

A flow declares what it owns (its commands, its button prefixes, the
conversation states it leaves in the store) and answers the events the router
hands it. The router (bot/engine.py) sanitises input, resolves the person,
refuses private things in groups, runs the safety check and maps failures to
kind replies; a flow only does its own work. Adding a conversation means
writing one Flow subclass and listing it in bot/flows/registry.py.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from zoneinfo import ZoneInfo

from bot.clock import iso
from bot.events import Choice, Incoming, Reply, Who
from bot.sanitise import clean_text
from bot.store import Audition, ConversationState, Store, UserProfile
from bot.store.atomic import private_dir

if TYPE_CHECKING:
    from bot.content import Encourager
    from bot.flows.buttons import Payload
    from bot.flows.checkin import CheckinPolicy
    from bot.safety import SafetyDetector
    from bot.safety.helplines import Directory


log = logging.getLogger("bot.engine")


@dataclass(frozen=True)
class Command:
    """One slash command: who answers it, and whether it only makes sense in private.

    `what` names the private thing in the group reply ("open the journal in a
    DM"); `hint` describes the argument (Discord shows it under the option);
    `values` lists the argument's fixed values where it has some (Discord
    offers them as a pick list).
    """

    name: str
    private: bool = True
    what: str = "journal"
    hint: str = ""
    values: tuple[str, ...] = ()
    #: Its argument names something in the person's journal (`Flow.suggest` offers it).
    suggests: bool = False


@dataclass
class Services:
    """What flows share: the store, the clock and the helpers built on them."""

    store: Store
    encourager: Encourager
    policy: CheckinPolicy
    clock: Callable[[], datetime]
    default_timezone: str
    exports_dir: Path
    helplines: Directory
    help_resources: tuple[str, ...] = ()
    #: The safety check every text passes first (bot/safety; run by the guard flow).
    safety: SafetyDetector | None = None
    #: Flow name -> flow, filled by the registry; the router hands over by name.
    flows: dict[str, Flow] = field(default_factory=dict)
    #: Names of the step-by-step forms (a form waits under what interrupts it).
    forms: set[str] = field(default_factory=set)
    #: Where calendar subscription links point ([ops] public_url); None: files only.
    calendar_base: str | None = None

    def files_dir(self, user_key: str) -> Path:
        """Where this person's files wait to be sent (exports, the chart, the calendar):
        folders only the bot's user can enter, named by a hash, removed by /forget."""
        private_dir(self.exports_dir)
        return private_dir(self.exports_dir / hashlib.sha256(user_key.encode()).hexdigest()[:24])

    def now_iso(self) -> str:
        return iso(self.clock())

    def today(self, user_key: str) -> date:
        """Today where this person is (the deployment default until they set a timezone)."""
        return self.local_now(user_key).date()

    def local_now(self, user_key: str) -> datetime:
        """Now, on this person's clock."""
        user = self.store.get_user(user_key)
        zone = ZoneInfo(user.timezone if user else self.default_timezone)
        return self.clock().astimezone(zone)

    def resolve(self, event: Incoming) -> Incoming:
        """The journal this identity belongs to (linked accounts share one), with clean input."""
        who = event.who
        account = self.store.get_alias(who.identity_key)
        if account is not None:
            who = replace(who, account_key=account)
        # Adapters that build events without parse_text (slash commands) are cleaned here too.
        return replace(
            event,
            who=who,
            text=clean_text(event.text) if event.text is not None else None,
            args=clean_text(event.args),
            button=clean_text(event.button) if event.button is not None else None,
        )

    def reachable(self, user_key: str, identity: str | None) -> None:
        """Whether check-ins can reach this person, and where they were last seen.

        Someone who writes to us is reachable, here (check-ins follow them); a
        platform that refuses a message (a blocked bot, closed DMs) makes them
        unreachable (identity None) until they write again. `user_key` is the
        journal's key, already resolved from a linked identity.
        """
        user = self.store.get_user(user_key)
        if user is None:
            return
        if identity is None:
            if user.active:
                user.active = False
                self.store.save_user(user)
                log.info("user marked unreachable; their check-ins are paused")
        elif not user.active or user.last_seen != identity:
            user.active, user.last_seen = True, identity
            self.store.save_user(user)

    def find_audition(self, user_key: str, ref: str) -> Audition | None:
        """An entry by its id (what autocomplete sends) or by its project, however typed."""
        wanted = " ".join(ref.split()).casefold()
        if not wanted:
            return None
        found = self.store.get_audition(user_key, ref.strip())
        if found is not None:
            return found
        items = self.store.list_auditions(user_key)  # newest first
        return next((a for a in items if a.project.casefold() == wanted), None)

    def auditions_like(self, user_key: str, typed: str, most: int = 25) -> list[Audition]:
        """Entries whose project holds what is being typed; those starting with it first."""
        needle = typed.strip().casefold()
        hits = [a for a in self.store.list_auditions(user_key) if needle in a.project.casefold()]
        hits.sort(key=lambda a: not a.project.casefold().startswith(needle))
        return hits[:most]

    def ensure_user(self, who: Who) -> UserProfile:
        user = self.store.get_user(who.user_key)
        if user is None:
            user = UserProfile(
                user_key=who.user_key, timezone=self.default_timezone, created_at=self.now_iso()
            )
            self.store.save_user(user)
        return user

    def new_state(self, flow: str, step: str, answers: dict | None = None) -> ConversationState:
        """A conversation with a fresh token: its buttons answer it and nothing else."""
        return ConversationState(
            flow=flow,
            conv=secrets.token_hex(4),
            step=step,
            answers=dict(answers or {}),
            updated_at=self.now_iso(),
        )


def entry_values(audition: Audition) -> dict[str, str]:
    """What a button or a suggestion naming a journal entry shows (prompts/buttons.toml)."""
    return {"date": audition.date, "project": audition.project}


def not_found(
    s: Services, user_key: str, ref: str, label: str, encode: Callable[[str], str], most: int = 8
) -> list[Reply]:
    """A project name that matches no entry: said so, with the nearest entries (a typo,
    part of the name) to pick from, or the most recent ones when nothing is near."""
    entries = s.store.list_auditions(user_key)
    hits = s.auditions_like(user_key, ref, most)
    if not hits:
        names = {a.project.casefold(): a for a in entries}
        close = difflib.get_close_matches(ref.casefold().strip(), list(names), n=most, cutoff=0.6)
        hits = [names[name] for name in close]
    shown = hits or entries[:most]
    choices = tuple(Choice(label, encode(a.id), entry_values(a)) for a in shown)
    values = {"ref": ref.strip(), "close": bool(hits), "any": bool(entries)}
    return [Reply("journal/not_found", values, choices=choices, private_only=True)]


class Flow:
    """A conversation. Subclasses declare what they own and override what they answer."""

    #: The flow's name in logs and in `Services.flows`.
    name: ClassVar[str]
    commands: ClassVar[tuple[Command, ...]] = ()
    #: Fixed button prefixes (claimed in bot/flows/buttons.py).
    prefixes: ClassVar[tuple[str, ...]] = ()
    #: Conversation states this flow leaves in the store and answers text for.
    states: ClassVar[tuple[str, ...]] = ()
    #: What the group is told the private thing is, for buttons (buttons are private:
    #: pressed in a group, they point to a DM instead).
    what: ClassVar[str] = "journal"
    #: A step-by-step form: it waits underneath when something interrupts it.
    is_form: ClassVar[bool] = False
    #: The part this flow plays for the router, if any: "guard" (reads every text
    #: first), "fallback" (words outside any conversation), "checkins" (the bot's
    #: check-ins), "forms" (/skip, /cancel and the question left open).
    role: ClassVar[str | None] = None

    def __init__(self, services: Services) -> None:
        self.s = services
        self.store = services.store

    def on_command(self, event: Incoming) -> list[Reply]:
        """Only called for the commands this flow declares, so a flow with any overrides it."""
        raise NotImplementedError(f"{type(self).__name__} declares /{event.command}")

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        return [Reply("stale_button")]

    def on_text(self, who: Who, state: ConversationState, text: str) -> list[Reply]:
        """Text while this flow's state is the person's conversation."""
        return [Reply("idle_text")]

    def suggest(self, who: Who, typed: str) -> list[Choice]:
        """Choices for a command argument being typed, from the journal (payload = value)."""
        return []

    def resume(self, who: Who, state: ConversationState) -> list[Reply]:
        """The person chose to go on after a safety pause."""
        return [Reply("safety/resumed")]
