"""Optional details after a debrief: who cast it, who was in the room, what was
performed, what to keep or leave behind, and the actor's own questions.

Kept out of the core debrief so the first nine questions stay quick; offered
right after it is saved, and each answer is written to the journal entry at
once, so leaving halfway loses nothing.
"""

from __future__ import annotations

from bot.events import Incoming, Reply, Who
from bot.flows.base import Command, Flow
from bot.flows.buttons import DETAILS, Payload
from bot.flows.cards import extras, prep_card
from bot.flows.form import FormFlow
from bot.flows.names import FlowName
from bot.flows.questions import DETAILS as STATIC
from bot.flows.questions import MAX_CUSTOM, MAX_QUESTION_CHARS, details_steps
from bot.flows.steps import Step
from bot.journal import normalise_office
from bot.sanitise import ascii_int
from bot.store import ConversationState


class DetailsFlow(FormFlow):
    """Optional questions after a debrief; each answer is written to the entry at once."""

    name = FlowName.DETAILS
    prefixes = (DETAILS,)
    states = (FlowName.DETAILS,)
    cancelled = "details/stopped"

    def steps(self, user_key: str, state: ConversationState) -> tuple[Step, ...]:
        return details_steps(self.custom_questions(user_key))

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        audition = self.store.get_audition(who.user_key, payload.step)
        if audition is None:
            return [Reply("stale_button")]
        state = self.s.new_state(FlowName.DETAILS, STATIC[0].key, {"audition": audition.id})
        return [Reply("details/begin", {"project": audition.project}), self.begin(who, state)]

    def answered(
        self, who: Who, state: ConversationState, step: Step, answers: dict
    ) -> list[Reply] | None:
        value = answers[step.key]
        if value is None:
            return None
        audition_id = str(answers["audition"])
        question = self.question(who.user_key, step)
        if question is not None:
            audition = self.store.get_audition(who.user_key, audition_id)
            custom = dict((audition.custom if audition else None) or {})
            custom[question] = str(value)
            self.store.update_audition(who.user_key, audition_id, custom=custom)
        else:
            self.store.update_audition(who.user_key, audition_id, **{step.key: value})
        return None

    def finish(self, who: Who, state: ConversationState, answers: dict) -> list[Reply]:
        back = self.end(who, state)
        audition = self.store.get_audition(who.user_key, str(answers["audition"]))
        replies = [Reply("details/saved")]
        # The other extra (a thank-you reminder), last, if it is still open.
        other = extras(self.store, who.user_key, audition) if audition is not None else None
        offer = [other] if other is not None else []
        if audition is None or not audition.office:
            return replies + offer + back
        office = normalise_office(audition.office)
        before = [
            a
            for a in self.store.list_auditions(who.user_key)
            if a.id != audition.id and normalise_office(a.office) == office
        ]
        if before:
            # As they wrote it the last time ("Hart Casting", not today's "hart casting").
            values = {"office": before[0].office, "n": len(before)}
            replies.append(Reply("prep/returning", values, private_only=True))
            replies.append(prep_card(before[0]))  # list_auditions is newest first
        return replies + offer + back


class QuestionsFlow(Flow):
    """/questions [add TEXT | remove N]: the actor's own questions for the details pass."""

    name = "questions"
    commands = (Command("questions", hint="add <your question> or remove <number>"),)

    def on_command(self, event: Incoming) -> list[Reply]:
        user = self.s.ensure_user(event.who)
        action, _, rest = event.args.strip().partition(" ")
        rest = " ".join(rest.split())
        limits = {"max": MAX_CUSTOM, "limit": MAX_QUESTION_CHARS}
        if action.lower() == "add":
            if len(user.custom_questions) >= MAX_CUSTOM:
                return [Reply("questions/full", limits)]
            if not rest or len(rest) > MAX_QUESTION_CHARS:
                return [Reply("questions/bad", limits)]
            user.custom_questions = [*user.custom_questions, rest]
            self.store.save_user(user)
        elif action.lower() == "remove":
            number = ascii_int(rest)
            if number is None or not 1 <= number <= len(user.custom_questions):
                return [Reply("questions/bad", limits)]
            user.custom_questions = [
                q for i, q in enumerate(user.custom_questions, start=1) if i != number
            ]
            self.store.save_user(user)
        elif action:
            return [Reply("questions/bad", limits)]
        return [Reply("questions/show", {"questions": user.custom_questions, **limits})]
