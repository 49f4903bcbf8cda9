"""The one button codec: `<prefix>|<step>|<value>`, at most 64 bytes (Telegram's limit).

A prefix names the flow a button belongs to. Flows whose buttons answer one
conversation (a debrief, a details pass) use that conversation's random token
instead, so a button from an abandoned debrief can never answer a new one.
Every fixed prefix is claimed here, once: a second claim of the same letter is
refused at import, so two flows can never read each other's buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64

_CLAIMED: dict[str, str] = {}


def claim(prefix: str, owner: str) -> str:
    """Reserve a prefix for one flow; the same owner may claim it again (a reload)."""
    if not prefix or "|" in prefix or len(prefix) > 2:
        raise ValueError(f"button prefix {prefix!r} must be one or two characters without '|'")
    holder = _CLAIMED.setdefault(prefix, owner)
    if holder != owner:
        raise ValueError(f"button prefix {prefix!r} is taken by {holder}, not {owner}")
    return prefix


def owner_of(prefix: str) -> str | None:
    return _CLAIMED.get(prefix)


@dataclass(frozen=True)
class Payload:
    """What a button carries. The prefix ties it to a flow or to one conversation."""

    conv: str
    step: str
    value: str

    def encode(self) -> str:
        raw = f"{self.conv}|{self.step}|{self.value}"
        if len(raw.encode()) > MAX_BYTES:
            raise ValueError(f"button payload over {MAX_BYTES} bytes: {raw!r}")
        return raw

    @classmethod
    def decode(cls, raw: str) -> Payload | None:
        parts = raw.split("|")
        if len(parts) != 3 or not all(parts) or len(raw) > MAX_BYTES:
            return None
        return cls(*parts)


def button(conv: str, step: str, value: str) -> str:
    return Payload(conv, step, value).encode()


#: The step token of a conversation's own control buttons ("carry on", "start over"):
#: they answer no question, so they work on a paused conversation too, and are the
#: person's way of choosing to go on.
CONTROL = "_"


# -- every fixed prefix, claimed once, and the buttons other flows put in their replies --
# Kept here so a flow can offer another flow's button (an entry's Edit, Outcome and Prep
# card; the extras under a debrief) without importing that flow: flows are peers.

BROWSE = claim("j", "browse")
SAFETY = claim("s", "safety")
THANKS = claim("t", "companion")
PREP = claim("p", "companion")
DETAILS = claim("d", "details")
EDIT = claim("e", "edit")
CHECKIN = claim("c", "checkin")
OUTCOME = claim("o", "journal")
FORGET = claim("f", "journal")
SETTINGS = claim("g", "settings")
UPCOMING = claim("u", "upcoming")
#: "Debrief it now" under "how did it go?": a debrief with what was planned filled in.
PLANNED_DEBRIEF = claim("b", "debrief")


def prep_button(audition_id: str) -> str:
    """Shows an entry's prep card (/prep's pick list, the entry view)."""
    return button(PREP, audition_id, "card")


def edit_button(audition_id: str) -> str:
    """Opens an entry's field menu (/edit's pick list, the entry view)."""
    return button(EDIT, audition_id, "pick")


def outcome_pick_button(audition_id: str) -> str:
    """Asks what happened with an entry (/outcome's pick list, the entry view)."""
    return button(OUTCOME, audition_id, "pick")


def outcome_button(audition_id: str, value: str) -> str:
    """/outcome's answers: an outcome, "!outcome" once confirmed, or "keep"."""
    return button(OUTCOME, audition_id, value)


def checkin_button(checkin_id: str, value: str) -> str:
    """A check-in's answers: an outcome or a snooze."""
    return button(CHECKIN, checkin_id, value)


def details_button(audition_id: str) -> str:
    return button(DETAILS, audition_id, "start")


def thanks_button(audition_id: str, value: str = "menu") -> str:
    return button(THANKS, audition_id, value)


def upcoming_button(upcoming_id: str, value: str) -> str:
    """An upcoming audition's buttons: view, edit, remove, snooze, missed, add."""
    return button(UPCOMING, upcoming_id, value)


def planned_debrief_button(upcoming_id: str) -> str:
    """Starts the debrief of an upcoming audition, its plan already filled in."""
    return button(PLANNED_DEBRIEF, upcoming_id, "go")
