"""Where an event goes: commands, buttons and words to the flow that owns them.

Built from the registry's tables (bot/flows/registry.py); the engine calls
`route` inside the person's turn. The rules every flow gets for free live
here: private things stay out of groups, free text passes the guard (the
safety step, bot/flows/care.py) before any flow sees it, a paused conversation
takes no answer by text, /skip or button, and a button of a finished
conversation is refused.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Protocol

from bot.events import Incoming, Reply, Who
from bot.flows import conversation
from bot.flows.base import Services
from bot.flows.buttons import CONTROL, Payload
from bot.flows.form import current_form
from bot.flows.registry import COMMANDS, DEEP_LINKS, Routes
from bot.store import ConversationState

log = logging.getLogger("bot.engine")


class _Guard(Protocol):
    def screen(self, who: Who, state: ConversationState | None, text: str) -> Any: ...


class _Fallback(Protocol):
    def free_words(self, who: Who, text: str) -> list[Reply]: ...


class Router:
    def __init__(self, services: Services, routes: Routes) -> None:
        self.s = services
        self.routes = routes
        self.guard: _Guard = routes.roles["guard"]  # type: ignore[assignment]
        self.fallback: _Fallback = routes.roles["fallback"]  # type: ignore[assignment]

    def route(self, event: Incoming) -> list[Reply]:
        """The replies to one event from a resolved person, inside their turn."""
        who = event.who
        if who.private:
            self.s.reachable(who.user_key, who.identity_key)
        if event.attachment is not None:
            found = current_form(self.s, who.user_key) if who.private else None
            again = [found[0].ask(who.user_key, found[1])] if found else []
            return [Reply("unsupported", {"kind": event.attachment}), *again]
        if event.command is not None:
            return self._command(event)
        if event.button is not None:
            return self._button(who, event.button)
        return self._text(who, event.text or "")

    def _command(self, event: Incoming) -> list[Reply]:
        if event.command == "start" and event.who.private and event.args in DEEP_LINKS:
            self.s.ensure_user(event.who)
            event = replace(event, command=event.args, args="")
        route = self.routes.commands.get(event.command or "")
        if route is None:
            return [Reply("unknown_command", {"command": event.command, "commands": COMMANDS})]
        command, flow = route
        if command.private and not event.who.private:
            return [Reply("group/go_private", {"what": command.what}, offer_private_chat=True)]
        if command.name == "skip" and event.who.private:
            state = self.s.store.get_state(event.who.user_key)
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
        found = current_form(self.s, who.user_key) if who.private else None
        if found is None or found[1].conv != payload.conv:
            return [Reply("stale_button")]
        if found[1].paused and payload.step != CONTROL:
            return [conversation.paused_reply(found[1])]  # no answer slips in by button
        return found[0].on_state_button(who, found[1], payload)

    def _text(self, who: Who, text: str) -> list[Reply]:
        if not who.private:
            return []  # groups chat among themselves; the bot speaks when addressed
        state = self.s.store.get_state(who.user_key)
        screened = self.guard.screen(who, state, text)
        if screened.replies is not None:
            return list(screened.replies)
        if screened.moved:
            state = self.s.store.get_state(who.user_key)
        flow = self.routes.states.get(state.flow) if state is not None else None
        if state is not None and flow is not None:
            replies = flow.on_text(who, state, text)
        else:
            replies = self.fallback.free_words(who, text)
        return [*screened.before, *replies, *screened.after]
