"""The names of the conversations flows leave in the store (`ConversationState.flow`)."""

from __future__ import annotations

from enum import StrEnum


class FlowName(StrEnum):
    """Conversation states a flow leaves in the store (`ConversationState.flow`)."""

    DEBRIEF = "debrief"
    DETAILS = "details"
    EDIT = "edit"
    CHECKIN = "checkin"
    SETTINGS = "settings"
    #: Noting an upcoming audition, or changing one of its fields.
    UPCOMING = "upcoming"
    FORGET = "forget"
    #: "Are you okay?" asked outside any conversation: the next words answer it.
    CARE = "care"


__all__ = ["FlowName"]
