"""Editing a past journal entry, one field at a time, with the debrief's own validation.

Reusing the debrief's and details' step definitions means an edited date is
checked exactly like a new one (no future dates, nothing older than five
years), so backdating can't produce an entry the journal couldn't hold.
"""

from __future__ import annotations

from dataclasses import replace

from bot.events import Choice, Incoming, Reply, Who
from bot.flows import questions, tracking
from bot.flows.base import Command, entry_values, not_found
from bot.flows.buttons import EDIT, Payload, button, edit_button
from bot.flows.form import FormFlow
from bot.flows.names import FlowName
from bot.flows.steps import Step
from bot.store import Audition, ConversationState

#: Field -> the step that validates it, in menu order.
EDITABLE: dict[str, Step] = {
    **{s.key: s for s in questions.DEBRIEF},
    **{s.key: s for s in questions.DETAILS},
}
MENU_ITEMS = 8


pick_button = edit_button


class EditFlow(FormFlow):
    """/edit: pick an entry, pick a field, answer one step; check-ins follow a new date."""

    name = FlowName.EDIT
    commands = (Command("edit", hint="which audition: start typing its project", suggests=True),)
    prefixes = (EDIT,)
    states = (FlowName.EDIT,)

    def steps(self, user_key: str, state: ConversationState) -> tuple[Step, ...]:
        return (EDITABLE[state.step],)

    def on_command(self, event: Incoming) -> list[Reply]:
        """`/edit` lists recent entries; `/edit Hamlet` goes straight to Hamlet's fields."""
        key = event.who.user_key
        ref = event.args.strip()
        if ref:
            audition = self.s.find_audition(key, ref)
            if audition is None:
                return not_found(self.s, key, ref, "edit.pick", pick_button)
            return self.fields(audition)
        items = self.store.list_auditions(key)[:MENU_ITEMS]
        choices = tuple(Choice("edit.pick", pick_button(a.id), entry_values(a)) for a in items)
        return [Reply("edit/pick", {"items": bool(items)}, choices=choices, private_only=True)]

    def suggest(self, who: Who, typed: str) -> list[Choice]:
        """Entries whose project holds what is typed, for Discord's autocomplete."""
        hits = self.s.auditions_like(who.user_key, typed, MENU_ITEMS)
        return [Choice("edit.pick", a.id, entry_values(a)) for a in hits]

    def fields(self, audition: Audition) -> list[Reply]:
        choices = tuple(
            Choice(f"edit.field.{f}", button(EDIT, audition.id, f"f-{f}")) for f in EDITABLE
        )
        return [Reply("edit/field", {"a": audition.to_dict()}, choices=choices, private_only=True)]

    def ask(self, user_key: str, state: ConversationState, step: Step | None = None) -> Reply:
        """The step's own question, without a step count or a "/skip to leave it out" hint:
        edit/ask already said what sending, skipping and cancelling do here."""
        reply = super().ask(user_key, state, step)
        return replace(reply, values={**reply.values, "skippable": False})

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        audition = self.store.get_audition(who.user_key, payload.step)
        if audition is None:
            return [Reply("stale_button")]
        if payload.value == "pick":
            return self.fields(audition)
        field = payload.value.removeprefix("f-")
        if field not in EDITABLE:
            return [Reply("stale_button")]
        state = self.s.new_state(FlowName.EDIT, field, {"audition": audition.id})
        current = audition.to_dict().get(field)
        labels = {
            "field_label": field,
            "current": "" if current is None else str(current),
            "clearable": EDITABLE[field].skippable,
        }
        return [Reply("edit/ask", labels), self.begin(who, state)]

    def answered(
        self, who: Who, state: ConversationState, step: Step, answers: dict
    ) -> list[Reply] | None:
        back = self.end(who, state)
        value = answers[step.key]
        now = self.s.now_iso()
        before = self.store.get_audition(who.user_key, str(answers["audition"]))
        if before is not None and before.to_dict().get(step.key) == value:
            return [Reply("nothing_changed"), *back]  # "Changed." would not be true
        updated = self.store.update_audition(
            who.user_key, str(answers["audition"]), **{step.key: value, "updated_at": now}
        )
        if updated is None:
            return [Reply("stale_button"), *back]
        replanned = False
        if step.key == "date" and updated.outcome in ("waiting", "hold"):
            self.store.cancel_checkins(who.user_key, updated.id, now)
            tracking.schedule(self.s, self.s.ensure_user(who), updated)
            replanned = True
        return [
            Reply("edit/saved", {"replanned": replanned}),
            Reply("journal/entry", {"a": updated.to_dict()}, private_only=True),
            *back,
        ]
