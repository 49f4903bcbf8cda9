"""The conversation stack: which conversation is on top, and which wait underneath.

A person can start an edit in the middle of a debrief; the bot can ask "how
did it go?" in the middle of either. Each conversation is a frame (flow,
token, step, answers). Starting one pushes it, finishing one pops it, and the
one underneath is asked again where it stopped, its answers intact. Every rule
of who may interrupt whom lives here, and no flow moves frames itself:

- The bot's check-in goes on top of whatever the person is in, but never onto
  a paused stack (after a safety reply nothing new is asked until they choose),
  and a second check-in replaces the first instead of piling up.
- Something the person starts goes on top of an unfinished form, which waits.
  A check-in on top lapses (they moved on), and a one-question conversation
  (a settings question, /forget's confirmation, "are you okay?") is replaced.
- At most MAX_DEPTH conversations are kept; the oldest goes first.

A safety reply pauses every conversation on the stack and "Go on" resumes them all.
A conversation the person starts themselves over a pause is their choice: it is asked and
answered as usual, and what it interrupted stays paused underneath until they choose.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any, Protocol

from bot.events import Choice, Reply
from bot.flows.buttons import SAFETY, button
from bot.flows.names import FlowName
from bot.store import ConversationState, Store

log = logging.getLogger("bot.engine")

#: Conversations kept at once: a debrief, an edit over it, a check-in over that, and one.
MAX_DEPTH = 4


class Services(Protocol):
    """What the stack needs from the flows' shared services (bot/flows/base.py)."""

    store: Store
    #: Flow name -> flow (a form on top is asked again through it).
    flows: dict[str, Any]
    #: Names of the step-by-step forms, which wait underneath what interrupts them.
    forms: set[str]


def frames(state: ConversationState | None) -> list[ConversationState]:
    """The stack, bottom to top (each frame without `below`)."""
    if state is None:
        return []
    below = [ConversationState.from_dict(f) for f in state.below]
    return [*below, replace(state, below=[])]


def _store(s: Services, user_key: str, stack: list[ConversationState]) -> None:
    """Each frame keeps its own pause: a form started over a paused one is not paused."""
    if len(stack) > MAX_DEPTH:
        log.info("conversation stack over %d deep; the oldest lapses", MAX_DEPTH)
        stack = stack[-MAX_DEPTH:]
    if not stack:
        s.store.clear_state(user_key)
        return
    *below, top = stack
    s.store.set_state(
        user_key,
        replace(top, below=[replace(f, below=[]).to_dict() for f in below]),
    )


def current(s: Services, user_key: str) -> ConversationState | None:
    return s.store.get_state(user_key)


def push(s: Services, user_key: str, frame: ConversationState, *, by_bot: bool = False) -> bool:
    """Start `frame` over what the person is in, by the rules in the module docstring.
    False when the bot may not interrupt now (a paused stack)."""
    state = current(s, user_key)
    stack = frames(state)
    paused = state is not None and state.paused
    if by_bot:
        if paused:
            return False
        if stack and stack[-1].flow == FlowName.CHECKIN:
            stack.pop()  # a second check-in replaces the first, same stack beneath
    else:
        if stack and stack[-1].flow == FlowName.CHECKIN:
            stack.pop()  # the person moved on: the check-in's question lapses
        if stack and not (stack[-1].flow in s.forms and stack[-1].flow != frame.flow):
            stack.pop()  # a one-question conversation, or the same flow again: replaced
        if paused:  # what this interrupts stays paused beneath it
            stack = [replace(f, paused=True) for f in stack]
    _store(s, user_key, [*stack, replace(frame, paused=False, below=[])])
    return True


def surface(s: Services, user_key: str) -> ConversationState | None:
    """The person came back to what they were doing (/debrief over a check-in): a
    check-in's question on top lapses; what it interrupted is on top again."""
    state = current(s, user_key)
    if state is not None and state.flow == FlowName.CHECKIN and state.below:
        return pop(s, user_key)
    return state


def update(s: Services, user_key: str, frame: ConversationState) -> None:
    """The conversation on top moved on (a new step, new answers); the stack stays."""
    state = current(s, user_key)
    stack = frames(state)
    paused = state is not None and state.paused
    if stack and stack[-1].conv == frame.conv:
        stack[-1] = replace(frame, paused=paused, below=[])
    else:
        stack.append(replace(frame, paused=paused, below=[]))
    _store(s, user_key, stack)


def pop(s: Services, user_key: str) -> ConversationState | None:
    """The conversation on top is done: the one underneath (now on top), if any."""
    state = current(s, user_key)
    stack = frames(state)
    if stack:
        stack.pop()
    _store(s, user_key, stack)
    return current(s, user_key)


def resume_top(s: Services, user_key: str) -> list[Reply]:
    """After a pop: the conversation now on top, asked again where it stopped (or, on a
    paused stack, why nothing is asked yet)."""
    state = current(s, user_key)
    if state is None:
        return []
    if state.paused:
        return [paused_reply(state, again=False)]
    flow = s.flows.get(state.flow)
    ask = getattr(flow, "ask", None) if state.flow in s.forms else None
    return [Reply("resume/back_to"), ask(user_key, state)] if ask is not None else []


def paused_reply(state: ConversationState, *, again: bool = True) -> Reply:
    """Why nothing is being stored, said once in full; after that, a short line."""
    go_on = Choice("safety.continue", button(SAFETY, "continue", state.conv))
    template = "safety/still_paused" if again else "safety/paused"
    return Reply(template, {"flow": state.flow}, choices=(go_on,))


def set_paused(s: Services, user_key: str, paused: bool) -> None:
    """A safety reply pauses the whole stack; "Go on" resumes the whole stack."""
    stack = frames(current(s, user_key))
    if any(f.paused != paused for f in stack):
        _store(s, user_key, [replace(f, paused=paused) for f in stack])
