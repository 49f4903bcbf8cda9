"""The conversation engine: one `handle(event) -> replies` entry point, routing to flows.

It knows nothing about any platform and no conversation by name. A turn:
clean the input, resolve the person (linked accounts share a journal), let
the router (bot/flows/router.py) hand the event to the flow that owns it, and
turn any failure into a kind reply. Everything the turn changes is written
once at the end, or not at all.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from bot import metrics
from bot.clock import utc_now
from bot.content import Encourager
from bot.events import Choice, DailyQuote, Incoming, Reply, Who
from bot.failures import kind_reply
from bot.flows import registry
from bot.flows.base import Flow, Services
from bot.flows.checkin import CheckinPolicy
from bot.flows.router import Router
from bot.safety import SafetyDetector
from bot.safety.detector import default_detector
from bot.safety.helplines import Directory, load_directory
from bot.store import ChatSettings, CheckIn, DuplicateEvent, Store

log = logging.getLogger(__name__)


class _Checkins(Protocol):
    def message(self, user_key: str, checkin: CheckIn) -> list[Reply] | None: ...

    def delivered(self, user_key: str, checkin: CheckIn) -> None: ...


class _Forms(Protocol):
    def pending(self, user_key: str) -> list[Reply]: ...


class Engine:
    def __init__(
        self,
        store: Store,
        encourager: Encourager,
        *,
        default_timezone: str = "UTC",
        help_resources: tuple[str, ...] = (),
        policy: CheckinPolicy | None = None,
        exports_dir: Path | None = None,
        clock: Callable[[], datetime] = utc_now,
        safety: SafetyDetector | None = None,
        helplines: Directory | None = None,
        flows: tuple[type[Flow], ...] = registry.FLOWS,
        calendar_base: str | None = None,
    ) -> None:
        self.store, self.encourager, self.clock = store, encourager, clock
        self.policy = policy or CheckinPolicy()
        self.services = Services(
            store=store,
            encourager=encourager,
            policy=self.policy,
            clock=clock,
            default_timezone=default_timezone,
            exports_dir=exports_dir or Path(tempfile.gettempdir()) / "callback-exports",
            helplines=helplines or load_directory(),
            help_resources=help_resources,
            safety=safety or default_detector(),
            calendar_base=calendar_base,
        )
        self.routes = registry.build(self.services, flows)
        self.router = Router(self.services, self.routes)
        self.checkins: _Checkins = self.routes.roles["checkins"]  # type: ignore[assignment]
        self.forms: _Forms = self.routes.roles["forms"]  # type: ignore[assignment]

    @property
    def safety(self) -> SafetyDetector:
        assert self.services.safety is not None
        return self.services.safety

    # -- for the scheduler and the console ----------------------------------

    def checkin_message(self, user_key: str, checkin: CheckIn) -> list[Reply] | None:
        """The words of a check-in about to be sent (nothing changes until it is sent)."""
        with self.store.turn(user_key):
            return self.checkins.message(user_key, checkin)

    def checkin_delivered(self, user_key: str, checkin: CheckIn) -> None:
        """The platform took the check-in: the person's next words answer it."""
        with self.store.turn(user_key):
            self.checkins.delivered(user_key, checkin)

    def pending_question(self, user_key: str) -> list[Reply]:
        """The question a person left unanswered, asked again (for the console's restart)."""
        try:
            with self.store.turn(user_key):
                return self.forms.pending(user_key)
        except Exception:  # a welcome back is a courtesy: never a reason not to start
            log.exception("could not re-ask the pending question")
            return []

    @property
    def grace(self) -> timedelta:
        """How late a check-in or quote may still go out (the scheduler reads it)."""
        return self.policy.grace

    def daily_quote(self, chat: ChatSettings) -> DailyQuote:
        """The next quote for a chat, and the pool it came from for the no-repeat history."""
        quote = self.encourager.pick_quote(chat.seen_quotes)
        pool = frozenset(q.id for q in self.encourager.library.quotes)
        return DailyQuote(Reply("daily_quote", {"text": quote.text}), quote.id, pool)

    def suggest(self, who: Who, command: str, typed: str) -> list[Choice]:
        """Values from the person's own journal for a command's argument (autocomplete)."""
        route = self.routes.commands.get(command)
        who = self.services.resolve(Incoming(who)).who
        return route[1].suggest(who, typed) if route and who.private else []

    def mark_unreachable(self, user_key: str) -> None:
        """The platform says we can't message this person: check-ins pause until they write."""
        self.services.reachable(self.store.get_alias(user_key) or user_key, None)

    # -- a turn -------------------------------------------------------------

    def handle(self, event: Incoming) -> list[Reply]:
        """One turn, counted and timed for the operator (bot/metrics.py)."""
        started = time.perf_counter()
        replies = self._handle(event)
        metrics.TURN_SECONDS.observe(time.perf_counter() - started)
        metrics.TURNS.labels(event.who.platform.value).inc()
        if replies and replies[0].template.startswith("error/"):
            metrics.ERRORS.labels(replies[0].template.removeprefix("error/")).inc()
        return replies

    def _handle(self, event: Incoming) -> list[Reply]:
        """Never raises and never answers with silence; a failed turn writes nothing."""
        ref = secrets.token_hex(3)
        try:
            event = self.services.resolve(event)
            with self.store.turn(event.who.user_key, event.event_id):
                return self.router.route(event)
        except DuplicateEvent:
            log.info("event %s was applied already; a redelivery, ignored", event.event_id)
            return []
        except Exception as exc:
            return [kind_reply(exc, ref)]
