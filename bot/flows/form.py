"""A conversation that walks a tuple of Steps: the debrief, the details pass, an edit.

Each step is asked with its buttons bound to this conversation's token, then
validated (bot/flows/steps.py); free text and a pressed button arrive at the
same `answer`. A subclass says which steps it has, what to do with an answer
(`answered`), and what happens after the last one (`finish`).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import ClassVar

from bot import dates
from bot.events import Choice, Incoming, Reply, Who
from bot.flows import conversation
from bot.flows.base import Command, Flow, Services
from bot.flows.buttons import Payload, button
from bot.flows.steps import Invalid, Kind, Step, accept
from bot.reading import read
from bot.safety.reading import asks_to_stop, pleasantry_kind
from bot.store import ConversationState

log = logging.getLogger("bot.engine")

#: The value a "Skip" button carries.
SKIP = "-"


class FormFlow(Flow):
    """Steps asked one by one; the draft lives in the person's conversation state."""

    is_form = True

    #: Template for /cancel in the middle of this form.
    cancelled: ClassVar[str] = "nothing_changed"
    #: "Can we stop here?" keeps the answers for later (a debrief), or stops as /cancel does.
    keeps_place: ClassVar[bool] = False

    def steps(self, user_key: str, state: ConversationState) -> tuple[Step, ...]:
        raise NotImplementedError

    def answered(
        self, who: Who, state: ConversationState, step: Step, answers: dict
    ) -> list[Reply] | None:
        """Called with each accepted answer; replies here end the form early."""
        return None

    def finish(self, who: Who, state: ConversationState, answers: dict) -> list[Reply]:
        raise NotImplementedError

    # -- asking ---------------------------------------------------------------

    def custom_questions(self, user_key: str) -> list[str]:
        user = self.store.get_user(user_key)
        return list(user.custom_questions) if user else []

    def question(self, user_key: str, step: Step) -> str | None:
        """The actor's own question behind a `customN` step, if it is one."""
        if not step.key.startswith("custom"):
            return None
        questions = self.custom_questions(user_key)
        index = int(step.key.removeprefix("custom"))
        return questions[index] if index < len(questions) else None

    def step_of(self, user_key: str, state: ConversationState) -> Step:
        for step in self.steps(user_key, state):
            if step.key == state.step:
                return step
        raise KeyError(state.step)

    def ask(self, user_key: str, state: ConversationState, step: Step | None = None) -> Reply:
        """The prompt for a step, with its buttons bound to this conversation."""
        step = step or self.step_of(user_key, state)
        choices = [self._choice(user_key, state, step, option) for option in step.options]
        skip_button = step.skippable and step.kind in (Kind.CHOICE, Kind.SCALE)
        if skip_button:
            choices.append(Choice("skip", button(state.conv, step.key, SKIP)))
        steps = self.steps(user_key, state)
        values = {
            "number": [s.key for s in steps].index(step.key) + 1,
            "total": len(steps),
            "skippable": step.skippable,
            # One way to skip at a time: the button where there is one, /skip otherwise.
            "skip_button": skip_button,
            "answers": state.answers,
            "question": self.question(user_key, step),
        }
        return Reply(step.prompt, values, choices=tuple(choices), private_only=True)

    def _choice(self, user_key: str, state: ConversationState, step: Step, option: str) -> Choice:
        payload = button(state.conv, step.key, option)
        if step.kind is Kind.DATE and option.isdigit():  # "N days ago", as a date they can read
            day = self.s.today(user_key) - timedelta(days=int(option))
            return Choice("date.ago", payload, {"date": dates.day(day)})
        return Choice(f"{step.key}.{option}", payload)

    def begin(self, who: Who, state: ConversationState) -> Reply:
        """Start this form on top of the conversation stack (bot/flows/conversation.py):
        an unfinished form waits underneath and comes back when this one ends."""
        conversation.push(self.s, who.user_key, state)
        return self.ask(who.user_key, state, self.steps(who.user_key, state)[0])

    def end(self, who: Who, state: ConversationState) -> list[Reply]:
        """This form is done (saved or cancelled): back to the one it interrupted, if any."""
        conversation.pop(self.s, who.user_key)
        return conversation.resume_top(self.s, who.user_key)

    def resume(self, who: Who, state: ConversationState) -> list[Reply]:
        return [self.ask(who.user_key, state)]

    # -- answers --------------------------------------------------------------

    def on_text(self, who: Who, state: ConversationState, text: str) -> list[Reply]:
        folded = read(text).folded
        # Not answers: "can we stop here" or "thanks, see you tomorrow" is not a role, and
        # "hello again" is not the name of a project (a title that is a greeting can be
        # sent with a word more: "Hello Again, the musical").
        kind = pleasantry_kind(folded)
        if kind == "see you" or asks_to_stop(folded):
            if self.keeps_place:
                return [Reply("resume/kept", {"command": self.commands[0].name})]
            return self.cancel(who, state)
        if kind == "hello":
            return [Reply("resume/hello"), self.ask(who.user_key, state)]
        return self.answer(who, state, self.step_of(who.user_key, state), text, pressed=False)

    def on_state_button(self, who: Who, state: ConversationState, payload: Payload) -> list[Reply]:
        """A button of this very conversation (the router checked its token and the pause)."""
        if payload.step != state.step:
            return [Reply("already_answered"), self.ask(who.user_key, state)]
        step = self.step_of(who.user_key, state)
        if payload.value == SKIP and step.skippable:
            return self.advance(who, state, step, None)
        if payload.value not in step.options:
            # Only values we offered can arrive by button; anything else was forged.
            log.info("rejected button value not offered for step %s", step.key)
            return [Reply("invalid/not_an_option"), self.ask(who.user_key, state, step)]
        return self.answer(who, state, step, payload.value, pressed=True)

    def skip(self, who: Who, state: ConversationState) -> list[Reply]:
        step = self.step_of(who.user_key, state)
        if not step.skippable:
            return [Reply("invalid/not_skippable"), self.ask(who.user_key, state, step)]
        return self.advance(who, state, step, None)

    def cancel(self, who: Who, state: ConversationState) -> list[Reply]:
        stopped = Reply(self.cancelled, {"project": state.answers.get("project")})
        return [stopped, *self.end(who, state)]

    def answer(
        self, who: Who, state: ConversationState, step: Step, raw: str, *, pressed: bool
    ) -> list[Reply]:
        now = self.s.local_now(who.user_key) if step.kind is Kind.WHEN else None
        try:
            value = accept(step, raw, today=self.s.today(who.user_key), pressed=pressed, now=now)
        except Invalid as exc:
            return [Reply(exc.template, dict(exc.values)), self.ask(who.user_key, state, step)]
        replies = self.advance(who, state, step, value)
        if step.kind is Kind.DATE and not pressed:
            # Say what was understood, so "3/4" read the wrong way round is seen at once.
            return [Reply("date_understood", {"date": value}), *replies]
        if step.kind is Kind.WHEN and now is not None and now.tzinfo is not None:
            moment = dates.moment(datetime.fromisoformat(str(value)), now.tzinfo, now)
            return [Reply("when_understood", {"when": moment}), *replies]
        return replies

    def advance(
        self, who: Who, state: ConversationState, step: Step, value: str | int | None
    ) -> list[Reply]:
        answers = {**state.answers, step.key: value}
        early = self.answered(who, state, step, answers)
        if early is not None:
            return early
        steps = self.steps(who.user_key, state)
        index = [s.key for s in steps].index(step.key) + 1
        if index >= len(steps):
            return self.finish(who, state, answers)
        following = steps[index]
        new_state = ConversationState(
            flow=state.flow,
            conv=state.conv,
            step=following.key,
            answers=answers,
            updated_at=self.s.now_iso(),
        )
        conversation.update(self.s, who.user_key, new_state)
        return [self.ask(who.user_key, new_state, following)]


class FormCommands(Flow):
    """/skip and /cancel: they act on whichever form the person is in."""

    name = "form"
    role = "forms"
    commands = (Command("skip", private=False), Command("cancel", private=False))

    def pending(self, user_key: str) -> list[Reply]:
        """The form question left unanswered, asked again with its buttons (a console's
        buttons do not survive a restart: a bare "1" means nothing until they are back)."""
        found = current_form(self.s, user_key)
        if found is None or found[1].paused:
            return []
        return [Reply("resume/where_we_were"), found[0].ask(user_key, found[1])]

    def on_command(self, event: Incoming) -> list[Reply]:
        who = event.who
        found = current_form(self.s, who.user_key) if who.private else None
        if found is None:
            return [Reply(f"nothing_to_{event.command}")]
        flow, state = found
        if event.command == "cancel":
            return flow.cancel(who, state)
        return flow.skip(who, state)  # the router answers /skip on a paused stack


# -- the person's form ------------------------------------------------------------


def current_form(s: Services, user_key: str) -> tuple[FormFlow, ConversationState] | None:
    """The step-by-step form the person is in (a debrief, details, an edit), if any."""
    state = s.store.get_state(user_key)
    flow = s.flows.get(state.flow) if state is not None else None
    if state is None or not isinstance(flow, FormFlow):
        return None
    return flow, state
