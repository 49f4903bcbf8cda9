"""Editing a past journal entry, one field at a time, with the debrief's own validation.

Reusing the debrief's and details' step definitions means an edited date is
checked exactly like a new one (no future dates, nothing older than five
years), so backdating can't produce an entry the journal couldn't hold.
"""

from __future__ import annotations

from bot.flows import debrief, details
from bot.flows.steps import Step

EDIT_CONV = "e"

#: Field -> the step that validates it, in menu order.
EDITABLE: dict[str, Step] = {
    **{s.key: s for s in debrief.STEPS},
    **{s.key: s for s in details.STATIC},
}
