"""Check-ins after an audition: the message, the outcome buttons, and the reply to them.

The scheduler asks for the message (inside the person's turn); the router
hands the outcome buttons and the free-text answer here. A check-in that
reached the person while they were in the middle of a form goes on top of it,
and the form comes back once the check-in is answered (bot/flows/conversation.py).
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from bot import dates
from bot.clock import iso
from bot.content.select import Moment, outcome_state
from bot.events import Choice, Reply, Who
from bot.flows import conversation, tracking
from bot.flows.base import Flow, Services
from bot.flows.buttons import (
    CHECKIN,
    Payload,
    checkin_button,
    planned_debrief_button,
    upcoming_button,
)
from bot.flows.checkin import OUTCOMES_ASKED, CheckinPolicy, out_of_quiet
from bot.flows.names import FlowName
from bot.flows.steps import MAX_ANSWER_CHARS
from bot.journal import history_facts
from bot.store import Audition, CheckIn, ConversationState

#: Snooze choices: payload value -> button label key suffix.
SNOOZES = {"z-later": "later", "z-tomorrow": "tomorrow", "z-week": "week"}


encode = checkin_button


def audition_texts(audition: Audition) -> list[str]:
    """What the actor wrote about this audition, for theme matching."""
    return [t for t in (audition.learned, audition.nailed, audition.extra) if t]


class Followup(Flow):
    """Check-ins: planned after a debrief, sent by the scheduler, answered here."""

    name = FlowName.CHECKIN
    role = "checkins"
    prefixes = (CHECKIN,)
    states = (FlowName.CHECKIN,)

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.encourager = services.encourager
        self.policy: CheckinPolicy = services.policy
        self.clock = services.clock

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        return self.outcome(who.user_key, payload.step, payload.value)

    def on_text(self, who: Who, state: ConversationState, text: str) -> list[Reply]:
        return self.reply(who.user_key, state, text)

    # -- the check-in message -------------------------------------------------

    def message(self, user_key: str, checkin: CheckIn) -> list[Reply] | None:
        """The check-in to send, or None when there is nothing left to ask about.

        Building it changes nothing: only a check-in that reached the person takes their
        next words as its answer (`delivered`), so a send that failed never captures a
        message meant for something else.
        """
        if checkin.kind in ("prep", "after"):
            return self.about_upcoming(user_key, checkin)
        audition = self.store.get_audition(user_key, checkin.audition_id)
        if audition is None:
            return None
        if checkin.kind == "thanks":
            reminder = {"who": checkin.note, "a": audition.to_dict()}
            return [Reply("thanks/reminder", reminder, private_only=True)]
        if audition.outcome not in ("waiting", "hold"):
            return None
        choices = tuple(Choice(f"outcome.{o}", encode(checkin.id, o)) for o in OUTCOMES_ASKED)
        choices += (Choice("snooze", encode(checkin.id, "snooze")),)
        today = self.s.today(user_key)
        facts = history_facts(self.store.list_auditions(user_key), audition, today)
        # Counted from the audition to today, not the plan: a snoozed check-in is later.
        since = dates.days(max(1, (today - date.fromisoformat(audition.date)).days))
        return [
            Reply(
                "checkin/ask",
                {"a": audition.to_dict(), "since": since, "facts": facts},
                choices=choices,
                private_only=True,
            )
        ]

    def about_upcoming(self, user_key: str, checkin: CheckIn) -> list[Reply] | None:
        """The night before: the prep card; after it: "how did it go?" with a button that
        starts its debrief already filled in. None once it is settled or removed."""
        user = self.store.get_user(user_key)
        item = (
            next((u for u in user.upcoming if u.id == checkin.audition_id), None) if user else None
        )
        if user is None or item is None or item.status != "planned":
            return None
        if checkin.kind == "prep":
            return [tracking.upcoming_card(self.s, user, item)]
        choices = (
            Choice("upcoming.debrief", planned_debrief_button(item.id)),
            Choice("upcoming.snooze", upcoming_button(item.id, "snooze")),
            Choice("upcoming.missed", upcoming_button(item.id, "missed")),
        )
        return [Reply("upcoming/after", {"u": item.to_dict()}, choices=choices, private_only=True)]

    def delivered(self, user_key: str, checkin: CheckIn) -> None:
        """The check-in reached them: their next free text is read as its answer, and a
        conversation they are in waits underneath until it is answered."""
        if checkin.kind in ("thanks", "prep", "after"):
            return  # a reminder, or buttons only: the next words are not its answer
        asking = ConversationState(
            flow=FlowName.CHECKIN,
            conv=checkin.id,
            step="reply",
            answers={"audition": checkin.audition_id},
            updated_at=self.s.now_iso(),
        )
        conversation.push(self.s, user_key, asking, by_bot=True)

    # -- answers --------------------------------------------------------------

    def outcome(self, user_key: str, checkin_id: str, outcome: str) -> list[Reply]:
        checkin = self.store.get_checkin(user_key, checkin_id)
        if checkin is not None and (outcome == "snooze" or outcome in SNOOZES):
            return self.snooze(user_key, checkin, outcome)
        if checkin is None or outcome not in OUTCOMES_ASKED:
            return [Reply("stale_button")]
        if outcome == "waiting" and not self._asking(user_key, checkin.id):
            # A second tap on a check-in already answered: nothing new, said once.
            audition = self.store.get_audition(user_key, checkin.audition_id)
            if audition is not None and audition.outcome == "waiting":
                return [Reply("journal/outcome_same", {"a": audition.to_dict()})]
        recorded = tracking.record_outcome(self.s, user_key, checkin.audition_id, outcome)
        if recorded is None:
            return [Reply("stale_button")]
        audition, replies = recorded
        if outcome == "waiting":  # about the wait itself, whatever the audition was
            moment = Moment("waiting", "open")
            replies.append(self.encourager.pick(user_key, [], moment=moment).reply())
        elif outcome == "released":
            moment = Moment("released", "released")
            texts = audition_texts(audition)
            replies.append(self.encourager.pick(user_key, texts, moment=moment).reply())
        return replies + self._done(user_key)

    def snooze(self, user_key: str, checkin: CheckIn, choice: str) -> list[Reply]:
        """Ask again later: a new check-in for the same audition, outside quiet hours."""
        if choice == "snooze":
            options = tuple(
                Choice(f"snooze.{name}", encode(checkin.id, code)) for code, name in SNOOZES.items()
            )
            return [Reply("checkin/snooze_menu", choices=options, private_only=True)]
        user = self.store.get_user(user_key)
        if user is None:
            return [Reply("stale_button")]
        tz = ZoneInfo(user.timezone)
        local_now = self.clock().astimezone(tz)
        if choice == "z-later":
            local = local_now + timedelta(hours=3)
        else:
            day = local_now.date() + timedelta(days=1 if choice == "z-tomorrow" else 7)
            local = self.policy.at_checkin_time(day, tz, user)
        local = out_of_quiet(local, self.policy.quiet_for(user))
        again = CheckIn(
            id=secrets.token_hex(4),
            audition_id=checkin.audition_id,
            due=iso(local),
            day=checkin.day,
            updated_at=self.s.now_iso(),
        )
        self.store.add_checkins(user_key, [again])
        snoozed = Reply("checkin/snoozed", {"when": dates.moment(local, tz, self.clock())})
        return [snoozed, *self._done(user_key)]

    def reply(self, user_key: str, state: ConversationState, text: str) -> list[Reply]:
        """Free text after a check-in: answer what they said now; what they wrote in the
        debrief days ago only decides when today's words name no theme."""
        audition = self.store.get_audition(user_key, str(state.answers.get("audition")))
        # Matched, never stored: the first few thousand characters say what it is about.
        texts = [text[:MAX_ANSWER_CHARS]]
        themes: list[str] | None = self.encourager.themes_for(texts)
        if audition and not themes:
            texts += audition_texts(audition)
            themes = None  # ranked again with the debrief's words
        moment = Moment("checkin", outcome_state(audition.outcome) if audition else None)
        pick = self.encourager.pick(user_key, texts, long=True, moment=moment, themes=themes)
        return [Reply("checkin/thanks"), pick.reply(), *self._done(user_key)]

    def _asking(self, user_key: str, checkin_id: str) -> bool:
        """Is this check-in still waiting for its answer (on the conversation stack)?"""
        stack = conversation.frames(self.store.get_state(user_key))
        return any(f.flow == FlowName.CHECKIN and f.conv == checkin_id for f in stack)

    def _done(self, user_key: str) -> list[Reply]:
        """The check-in is answered: back to whatever it interrupted, if anything."""
        state = self.store.get_state(user_key)
        if state is None or state.flow != FlowName.CHECKIN:
            return []
        conversation.pop(self.s, user_key)
        return conversation.resume_top(self.s, user_key)
