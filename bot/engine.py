"""The conversation engine: one `handle(event) -> replies` entry point, routing to flows.

It knows nothing about any platform and no conversation by name. A turn:
clean the input, resolve the person (linked accounts share a journal), refuse
private things in groups, pass free text through the guard the registry
installs (the safety step, bot/flows/care.py) before any flow sees it, hand
the event to the flow that owns it (bot/flows/registry.py), and turn any
failure into a kind reply. Everything the turn changes is written once at the
end, or not at all.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from bot import metrics
from bot.clock import utc_now
from bot.content import Encourager
from bot.events import Choice, DailyQuote, Incoming, Reply, Who
from bot.failures import kind_reply
from bot.flows import conversation, registry
from bot.flows.base import Flow, Services
from bot.flows.buttons import CONTROL, Payload
from bot.flows.checkin import CheckinPolicy
from bot.flows.form import current_form
from bot.safety import SafetyDetector
from bot.safety.detector import default_detector
from bot.safety.helplines import Directory, load_directory
from bot.store import ChatSettings, CheckIn, ConversationState, DuplicateEvent, Store

log = logging.getLogger(__name__)


class _Guard(Protocol):
    def screen(self, who: Who, state: ConversationState | None, text: str) -> Any: ...


class _Fallback(Protocol):
    def free_words(self, who: Who, text: str) -> list[Reply]: ...


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
        )
        self.routes = registry.build(self.services, flows)
        self.guard: _Guard = self.routes.roles["guard"]  # type: ignore[assignment]
        self.fallback: _Fallback = self.routes.roles["fallback"]  # type: ignore[assignment]
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
                return self._route(event)
        except DuplicateEvent:
            log.info("event %s was applied already; a redelivery, ignored", event.event_id)
            return []
        except Exception as exc:
            return [kind_reply(exc, ref)]

    def _route(self, event: Incoming) -> list[Reply]:
        who = event.who
        if who.private:
            self.services.reachable(who.user_key, who.identity_key)
        if event.attachment is not None:
            found = current_form(self.services, who.user_key) if who.private else None
            again = [found[0].ask(who.user_key, found[1])] if found else []
            return [Reply("unsupported", {"kind": event.attachment}), *again]
        if event.command is not None:
            return self._command(event)
        if event.button is not None:
            return self._button(who, event.button)
        return self._text(who, event.text or "")

    def _command(self, event: Incoming) -> list[Reply]:
        if event.command == "start" and event.who.private and event.args in registry.DEEP_LINKS:
            self.services.ensure_user(event.who)
            event = replace(event, command=event.args, args="")
        route = self.routes.commands.get(event.command or "")
        if route is None:
            return [
                Reply("unknown_command", {"command": event.command, "commands": registry.COMMANDS})
            ]
        command, flow = route
        if command.private and not event.who.private:
            return [Reply("group/go_private", {"what": command.what}, offer_private_chat=True)]
        if command.name == "skip" and event.who.private:
            state = self.store.get_state(event.who.user_key)
            if state is not None and state.paused:
                return [conversation.paused_reply(state)]  # paused means paused
        return flow.on_command(event)

    def _button(self, who: Who, raw: str) -> list[Reply]:
        payload = Payload.decode(raw)
        if payload is None:
            log.info("rejected malformed button payload")
            return [Reply("stale_button")]
        flow = self.routes.prefixes.get(payload.conv)
        if flow is not None:
            if not who.private:
                return [Reply("group/go_private", {"what": flow.what}, offer_private_chat=True)]
            return flow.on_button(who, payload)
        # Otherwise a button of one debrief, details pass or edit: its token must match.
        found = current_form(self.services, who.user_key) if who.private else None
        if found is None or found[1].conv != payload.conv:
            return [Reply("stale_button")]
        if found[1].paused and payload.step != CONTROL:
            return [conversation.paused_reply(found[1])]  # no answer slips in by button
        return found[0].on_state_button(who, found[1], payload)

    def _text(self, who: Who, text: str) -> list[Reply]:
        if not who.private:
            return []  # groups chat among themselves; the bot speaks when addressed
        state = self.store.get_state(who.user_key)
        screened = self.guard.screen(who, state, text)
        if screened.replies is not None:
            return list(screened.replies)
        flow = self.routes.states.get(state.flow) if state is not None else None
        if state is not None and flow is not None:
            replies = flow.on_text(who, state, text)
        else:
            replies = self.fallback.free_words(who, text)
        return [*screened.before, *replies, *screened.after]
