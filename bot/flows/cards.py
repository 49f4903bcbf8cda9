"""Replies several flows give about one journal entry: its prep card, and the optional
extras still open under it. Here, not in any one flow, so flows need not import each
other to offer them."""

from __future__ import annotations

from bot.events import Choice, Reply
from bot.flows.buttons import details_button, thanks_button
from bot.store import Audition, Store, Upcoming


def prep_card(audition: Audition) -> Reply:
    """What the actor noted last time, to prepare a callback or a return visit with."""
    return Reply("prep/card", {"a": audition.to_dict()}, private_only=True)


def extras(store: Store, user_key: str, audition: Audition) -> Reply | None:
    """The optional extras still open for this entry: both after a debrief, and the other
    one once one is taken (details not added yet, no thank-you reminder set)."""
    details = not any((audition.office, audition.room, audition.material, audition.keep))
    thanks = not any(
        c.kind == "thanks" and c.audition_id == audition.id and c.status == "pending"
        for c in store.list_checkins(user_key)
    )
    choices = []
    if details:
        choices.append(Choice("details.start", details_button(audition.id)))
    if thanks:
        choices.append(Choice("thanks.offer", thanks_button(audition.id)))
    if not choices:
        return None
    template = "debrief/next" if len(choices) == 2 else "debrief/next_one"
    return Reply(template, {"details": details}, choices=tuple(choices), private_only=True)


#: Recent "what I learned" lines on a prep card, and past visits to the same office.
LEARNED_LINES = 3
VISITS = 2


def upcoming_prep(auditions: list[Audition], item: Upcoming, when: str, line: str) -> Reply:
    """The card for an audition still to come, from the person's own journal: their last
    visits to this office or project, what they told themselves they learned lately,
    and one practical line. With little in the journal it says less, never more."""
    office = " ".join((item.place or "").casefold().split())
    project = " ".join(item.project.casefold().split())
    visits = [
        a.to_dict()
        for a in auditions  # newest first
        if (office and " ".join((a.office or "").casefold().split()) == office)
        or " ".join(a.project.casefold().split()) == project
    ][:VISITS]
    learned = [a.learned for a in auditions if a.learned][:LEARNED_LINES]
    values = {"u": item.to_dict(), "when": when, "visits": visits, "learned": learned, "line": line}
    return Reply("upcoming/prep", values, private_only=True)
