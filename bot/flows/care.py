"""The safety replies: crisis, "are you okay?", the role note, and the pause they put in place.

The router asks bot/safety before any flow sees a person's words; when either
tier fires it hands the turn here instead. Paused means paused: the person's
conversation keeps its draft but takes no answer until they press "Go on" (or
resume from /debrief).
"""

from __future__ import annotations

import logging

from bot.events import Choice, Incoming, Reply, Who
from bot.flows import buttons
from bot.flows.base import Command, Flow
from bot.flows.buttons import Payload, button
from bot.safety import Assessment, Level
from bot.safety.helplines import country_from_timezone
from bot.store import ConversationState, UserProfile

log = logging.getLogger(__name__)

SAFETY = buttons.claim("s", "safety")


class CareFlow(Flow):
    name = "safety"
    commands = (Command("support", private=False),)
    prefixes = (SAFETY,)

    def on_command(self, event: Incoming) -> list[Reply]:
        profile = self.s.ensure_user(event.who) if event.who.private else None
        return [Reply("safety/support", self.help_values(profile))]

    def help_values(self, user: UserProfile | None) -> dict:
        """The helplines for this person's country, or the directory and a gentle ask."""
        country = None
        if user is not None:
            country = user.country or country_from_timezone(user.timezone)
        local = self.s.helplines.for_country(country)
        return {
            "local": local.line() if local else None,
            "international": self.s.helplines.international.line(),
            "resources": self.s.help_resources,
            "ask_country": user is not None and user.country is None and local is None,
        }

    def reply(self, who: Who, state: ConversationState | None, check: Assessment) -> list[Reply]:
        user = self.s.ensure_user(who)
        log.warning("safety reply sent (tier %s, %s)", check.level.value, check.reason)
        if state is not None and not state.paused:
            state.paused = True
            self.store.set_state(who.user_key, state)
        if check.level is Level.CRISIS:
            replies = [Reply("safety/crisis", self.help_values(user))]
        else:
            help_button = Choice("safety.help", button(SAFETY, "help", "-"))
            replies = [Reply("safety/concern", choices=(help_button,))]
        if state is not None:
            replies.append(self.paused(state))
        return replies

    def paused(self, state: ConversationState) -> Reply:
        go_on = Choice("safety.continue", button(SAFETY, "continue", state.conv))
        return Reply("safety/paused", {"flow": state.flow}, choices=(go_on,))

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        if payload.step == "help":
            return [Reply("safety/support", self.help_values(self.s.ensure_user(who)))]
        state = self.store.get_state(who.user_key)
        if payload.step != "continue" or state is None or state.conv != payload.value:
            return [Reply("stale_button")]
        if state.paused:
            state.paused = False
            self.store.set_state(who.user_key, state)
        flow = self.s.flows.get(state.flow)
        return flow.resume(who, state) if flow is not None else [Reply("safety/resumed")]
