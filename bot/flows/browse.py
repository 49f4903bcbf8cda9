"""/journal: past debriefs, five to a page, each one tap from its outcome, edit and prep card."""

from __future__ import annotations

from bot.events import Choice, Incoming, Reply, Who
from bot.flows.base import Command, Flow, entry_values
from bot.flows.buttons import BROWSE, Payload, button, prep_button
from bot.flows.buttons import edit_button as pick_button
from bot.flows.buttons import outcome_pick_button as outcome_button
from bot.flows.names import FlowName
from bot.sanitise import ascii_int
from bot.store import Audition

PAGE = 5


class BrowseFlow(Flow):
    name = "browse"
    commands = (Command("journal"),)
    prefixes = (BROWSE,)

    def on_command(self, event: Incoming) -> list[Reply]:
        return self.page(event.who, 0)

    def on_button(self, who: Who, payload: Payload) -> list[Reply]:
        page = ascii_int(payload.value)
        if payload.step == "page" and page is not None:
            return self.page(who, page)
        if payload.step == "open":
            audition = self.store.get_audition(who.user_key, payload.value)
            if audition is not None:
                return [entry(audition)]
        return [Reply("stale_button")]

    def page(self, who: Who, page: int) -> list[Reply]:
        items = self.store.list_auditions(who.user_key)
        if not items:
            state = self.store.get_state(who.user_key)
            drafting = state is not None and state.flow == FlowName.DEBRIEF
            return [Reply("journal/empty", {"drafting": drafting})]
        pages = max(1, -(-len(items) // PAGE))
        page = min(max(page, 0), pages - 1)
        shown = items[page * PAGE : (page + 1) * PAGE]
        choices = [
            Choice("journal.open", button(BROWSE, "open", a.id), entry_values(a), wide=True)
            for a in shown
        ]
        if page + 1 < pages:
            choices.append(Choice("journal.older", button(BROWSE, "page", str(page + 1))))
        if page > 0:
            choices.append(Choice("journal.newer", button(BROWSE, "page", str(page - 1))))
        values = {
            "items": [a.to_dict() for a in shown],
            "page": page + 1,
            "pages": pages,
            "total": len(items),
        }
        return [Reply("journal/list", values, choices=tuple(choices), private_only=True)]


def entry(audition: Audition) -> Reply:
    """One journal entry, with what a person does next with it one tap away."""
    choices = (
        Choice("journal.outcome", outcome_button(audition.id)),
        Choice("journal.edit", pick_button(audition.id)),
        Choice("journal.prep", prep_button(audition.id)),
        Choice("journal.back", button(BROWSE, "page", "0")),
    )
    return Reply("journal/entry", {"a": audition.to_dict()}, choices=choices, private_only=True)
