"""What ties an actor's follow-up to what happened: prep cards and thank-you reminders.

The offer under a saved debrief (add details, get a reminder) is built in
bot/flows/cards.py; the details pass is its own flow. Nothing here ever
contacts a third party: a thank-you reminder is a message to the actor, who
decides whether and how to send it.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from zoneinfo import ZoneInfo

from bot import dates
from bot.clock import iso
from bot.events import Choice, Incoming, Reply, Who
from bot.flows.base import Command, Flow, entry_values, not_found
from bot.flows.buttons import PREP, THANKS, Payload, button, prep_button
from bot.flows.cards import extras, prep_card
from bot.store import CheckIn, UserProfile

PREP_CHOICES = 8
#: Discord shows at most 25 autocomplete choices.
SUGGESTIONS = 25


class Companion(Flow):
    """/prep, and a thank-you reminder."""

    name = "companion"
    commands = (Command("prep", hint="a past audition: start typing its project", suggests=True),)
    prefixes = (THANKS, PREP)

    def on_command(self, event: Incoming) -> list[Reply]:
        self.s.ensure_user(event.who)
        if not event.args.strip():
            return self.prep_menu(event.who.user_key)
        found = self.s.find_audition(event.who.user_key, event.args)
        if found is None:
            return not_found(self.s, event.who.user_key, event.args, "prep.pick", prep_button)
        return [prep_card(found)]

    def suggest(self, who: Who, typed: str) -> list[Choice]:
        """Past auditions whose project holds what is typed, for Discord's autocomplete."""
        hits = self.s.auditions_like(who.user_key, typed, SUGGESTIONS)
        return [Choice("prep.pick", a.id, entry_values(a)) for a in hits]

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        if payload.conv == PREP:
            return self.prep_button(who.user_key, payload.step)
        return self.thanks_button(self.s.ensure_user(who), payload.step, payload.value)

    # -- prep cards -----------------------------------------------------------

    def prep_menu(self, user_key: str) -> list[Reply]:
        items = self.store.list_auditions(user_key)[:PREP_CHOICES]
        choices = tuple(Choice("prep.pick", prep_button(a.id), entry_values(a)) for a in items)
        return [Reply("prep/pick", {"items": bool(items)}, choices=choices, private_only=True)]

    def prep_button(self, user_key: str, audition_id: str) -> list[Reply]:
        audition = self.store.get_audition(user_key, audition_id)
        return [prep_card(audition)] if audition else [Reply("stale_button")]

    # -- thank-you reminders --------------------------------------------------

    def thanks_button(self, user: UserProfile, audition_id: str, value: str) -> list[Reply]:
        audition = self.store.get_audition(user.user_key, audition_id)
        if audition is None:
            return [Reply("stale_button")]
        if value == "menu":
            return [
                Reply(
                    "thanks/menu",
                    choices=(
                        Choice("thanks.agent", button(THANKS, audition.id, "agent")),
                        Choice("thanks.office", button(THANKS, audition.id, "office")),
                    ),
                    private_only=True,
                )
            ]
        if value not in ("agent", "office"):
            return [Reply("stale_button")]
        tz = ZoneInfo(user.timezone)
        tomorrow = self.s.clock().astimezone(tz).date() + timedelta(days=1)
        due = self.s.policy.at_checkin_time(tomorrow, tz, user)
        reminder = CheckIn(
            id=secrets.token_hex(4),
            audition_id=audition.id,
            due=iso(due),
            day=0,
            kind="thanks",
            note=value,
            updated_at=self.s.now_iso(),
        )
        self.store.add_checkins(user.user_key, [reminder])
        other = extras(self.store, user.user_key, audition)
        scheduled = Reply(
            "thanks/scheduled",
            {"who": value, "when": dates.moment(due, tz, self.s.clock()), "a": audition.to_dict()},
        )
        return [scheduled] if other is None else [scheduled, other]
