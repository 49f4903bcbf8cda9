"""The post-audition debrief: the questions the article suggests journaling.

Order matters: facts first (easy to answer while still buzzing), feelings in
the middle, lessons last when the actor has settled a little.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from bot import dates
from bot.content.select import Moment, outcome_state
from bot.events import Choice, Incoming, Reply, Who
from bot.flows import conversation, tracking
from bot.flows.base import Command
from bot.flows.buttons import CONTROL, PLANNED_DEBRIEF, Payload, button
from bot.flows.cards import extras
from bot.flows.form import FormFlow
from bot.flows.names import FlowName
from bot.flows.questions import DEBRIEF as STEPS
from bot.flows.steps import Step
from bot.store import Audition, ConversationState


class DebriefFlow(FormFlow):
    """/debrief: nine questions, then the journal entry, its check-ins and what next."""

    name = FlowName.DEBRIEF
    commands = (Command("debrief", what="debrief"),)
    prefixes = (PLANNED_DEBRIEF,)
    states = (FlowName.DEBRIEF,)
    cancelled = "debrief/cancelled"
    keeps_place = True

    def steps(self, user_key: str, state: ConversationState) -> tuple[Step, ...]:
        return STEPS

    def on_command(self, event: Incoming) -> list[Reply]:
        who = event.who
        self.s.ensure_user(who)
        # /debrief while a check-in waits on top of a half-done debrief: the person wants
        # their debrief; the check-in's question lapses, the draft never does.
        state = conversation.surface(self.s, who.user_key)
        if state is not None and state.flow == FlowName.DEBRIEF:
            choices = (
                Choice("resume", button(state.conv, CONTROL, "resume")),
                Choice("restart", button(state.conv, CONTROL, "restart")),
            )
            values = {"project": state.answers.get("project")}
            return [Reply("debrief/in_progress", values, choices=choices, private_only=True)]
        state = self.s.new_state(FlowName.DEBRIEF, STEPS[0].key)
        return [Reply("debrief/begin", {"total": len(STEPS)}), self.begin(who, state)]

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        """ "Debrief it now" under "how did it go?": the plan's project, role, day and
        format are in already, so only the questions about the experience are left."""
        user = self.s.ensure_user(who)
        item = next((u for u in user.upcoming if u.id == payload.step), None)
        if item is None or item.status != "planned":
            return [Reply("stale_button")]
        current = conversation.surface(self.s, who.user_key)
        if current is not None and current.flow == FlowName.DEBRIEF:  # one draft at a time
            return self.on_command(Incoming(who=who, command=self.commands[0].name))
        day = datetime.fromisoformat(item.when).astimezone(ZoneInfo(user.timezone)).date()
        answers = {
            "project": item.project,
            "role": item.role,
            "date": day.isoformat(),
            "format": item.kind,
            "upcoming": item.id,
        }
        first = next(s for s in STEPS if s.key not in answers)
        state = self.s.new_state(FlowName.DEBRIEF, first.key, answers)
        conversation.push(self.s, who.user_key, state)
        left = sum(1 for s in STEPS if s.key not in answers)
        begin = Reply("debrief/begin_planned", {"project": item.project, "left": left})
        return [begin, self.ask(who.user_key, state, first)]

    def on_state_button(self, who: Who, state: ConversationState, payload: Payload) -> list[Reply]:
        if payload.step != CONTROL:
            return super().on_state_button(who, state, payload)
        if payload.value == "resume":
            conversation.set_paused(self.s, who.user_key, False)
            return [self.ask(who.user_key, state)]
        if payload.value == "restart":
            conversation.pop(self.s, who.user_key)  # this draft goes; what it interrupted stays
            return self.on_command(Incoming(who=who, command=self.commands[0].name))
        return [Reply("stale_button")]

    def finish(self, who: Who, state: ConversationState, answers: dict) -> list[Reply]:
        now = self.s.now_iso()
        audition = Audition(
            id=secrets.token_hex(4),
            date=str(answers["date"]),
            project=str(answers["project"]),
            created_at=now,
            updated_at=now,
            role=answers.get("role"),
            format=answers.get("format"),
            wore=answers.get("wore"),
            feeling=answers.get("feeling"),
            nailed=answers.get("nailed"),
            learned=answers.get("learned"),
            extra=answers.get("extra"),
            origin=who.identity_key,
        )
        # Save the journal entry before clearing the draft: a crash in between
        # leaves a resumable draft, never a lost debrief.
        self.store.add_audition(who.user_key, audition)
        back = self.end(who, state)
        user = self.s.ensure_user(who)
        upcoming = answers.get("upcoming")
        tracking.settle_upcoming(self.s, user, audition, str(upcoming) if upcoming else None)
        planned = tracking.schedule(self.s, user, audition)
        texts = [t for t in (audition.learned, audition.nailed, audition.extra) if t]
        moment = Moment("debrief", outcome_state(audition.outcome))
        pick = self.s.encourager.pick(who.user_key, texts, long=True, moment=moment)
        first = min((c.due for c in planned), default=None)
        when = None
        if first is not None:  # the person's own clock, so "on Mon 23 Nov at 18:00" is true
            when = dates.moment(datetime.fromisoformat(first), user.timezone, self.s.clock())
        values = {"a": audition.to_dict(), "first_checkin": when, "paused": user.checkins_paused}
        return [
            Reply("debrief/summary", values, private_only=True),
            pick.reply(),
            *filter(None, [extras(self.store, who.user_key, audition)]),
            *back,
        ]
