"""The flow protocol: adding a conversation is one class, and clashes stop the bot at start-up.

docs/architecture.md's "Adding a conversation" is run here as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import Chat, private_who

from bot.config import DEFAULT_RESOURCES
from bot.content import Encourager, RuleMatcher
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Who
from bot.flows import buttons, registry
from bot.flows.base import Command, Flow
from bot.flows.names import FlowName
from bot.store import Store

ARCHITECTURE = Path(__file__).resolve().parent.parent / "docs" / "architecture.md"


def documented_flow() -> type[Flow]:
    """The class in docs/architecture.md's "Adding a conversation", run as written."""
    text = ARCHITECTURE.read_text(encoding="utf-8")
    section = text[text.index("## Adding a conversation") :]
    code = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert code, "no code block under 'Adding a conversation'"
    namespace: dict[str, object] = {}
    exec(compile(code.group(1), str(ARCHITECTURE), "exec"), namespace)
    flow = namespace["WarmUpFlow"]
    assert isinstance(flow, type) and issubclass(flow, Flow)
    return flow


def engine_with(store: Store, library, clock, *extra: type[Flow]) -> Engine:
    encourager = Encourager(library, RuleMatcher(), store, seed=7)
    return Engine(
        store,
        encourager,
        help_resources=DEFAULT_RESOURCES,
        clock=clock,
        flows=registry.FLOWS + extra,
    )


def test_a_new_flow_is_one_class(store: Store, library, clock) -> None:
    chat = Chat(engine_with(store, library, clock, documented_flow()), private_who())
    chat.say("/warmup")
    assert chat.templates() == ["step/learned"]
    assert store.get_state(chat.who.user_key).flow == "warmup"
    chat.say("Breathe out before the first line")
    assert chat.templates() == ["details/saved"]
    assert store.get_state(chat.who.user_key) is None
    # The router's rules apply to it for free: private only, and the safety check first.
    group = Who(chat.who.platform, "u1", "g1", ChatKind.GROUP)
    assert chat.engine.handle(Incoming(group, command="warmup"))[0].template == "group/go_private"
    chat.say("/warmup")
    chat.say("I want to kill myself")
    assert chat.templates()[0] == "safety/crisis"
    assert store.get_state(chat.who.user_key).paused


def test_a_new_flow_stacks_over_an_unfinished_debrief(store: Store, library, clock) -> None:
    """Started mid-debrief, it goes on top; when it ends, the debrief is asked again."""
    chat = Chat(engine_with(store, library, clock, documented_flow()), private_who())
    chat.say("/debrief")
    chat.say("The Seagull")
    chat.say("/warmup")
    assert chat.templates() == ["step/learned"]
    chat.say("Breathe out before the first line")
    assert chat.templates() == ["details/saved", "resume/back_to", "step/role"]
    chat.say("Nina")
    state = store.get_state(chat.who.user_key)
    assert state.flow == "debrief" and state.answers["project"] == "The Seagull"


def test_two_flows_cannot_answer_one_command(store: Store, library, clock) -> None:
    class Thief(Flow):
        name = "thief"
        commands = (Command("journal"),)

    with pytest.raises(ValueError, match="journal"):
        engine_with(store, library, clock, Thief)


def test_a_button_prefix_is_claimed_once() -> None:
    assert buttons.claim("j", "browse") == "j"  # the owner again: fine
    with pytest.raises(ValueError, match="taken by browse"):
        buttons.claim("j", "someone else")
    with pytest.raises(ValueError):
        buttons.claim("x|", "pipes")


def test_every_command_has_a_menu_line_and_every_state_a_flow() -> None:
    menu = registry.menu_descriptions()
    assert {c.name for c in registry.all_commands()} == set(menu)
    owned = {s for flow in registry.FLOWS for s in flow.states}
    # 'forget' is a confirmation step, answered by its buttons; every other state has a flow.
    assert owned == set(FlowName) - {FlowName.FORGET}


def test_a_payload_over_64_bytes_is_refused_when_built() -> None:
    with pytest.raises(ValueError):
        buttons.Payload("e", "a" * 40, "b" * 40).encode()


@pytest.mark.parametrize(
    ("said", "template"),
    [
        ("I'm a bit low today, I thought that tape was my best", "idle_feeling"),
        ("honestly feeling so flat since the recall", "idle_feeling"),
        ("the heating in my flat is broken again", "idle_text"),
        ("I'm down to the last two, wish me luck", None),
        # About the check-ins: how to shape them, not the list of what the bot does.
        ("I won't be around for the check-in next week, I'm on holiday", "idle_checkins"),
        ("can you move my check-ins to the evening?", "idle_checkins"),
        ("please stop the reminders for a bit", "idle_checkins"),
        ("I checked in to the hotel, the room is tiny", "idle_text"),
    ],
)
def test_a_feeling_with_no_clear_theme_is_listened_to(
    engine: Engine, said: str, template: str | None
) -> None:
    """ "I'm a bit low" with no clear theme got the bot's list of what it does; a plain
    remark still gets that, and nothing here is encouragement nobody asked for."""
    chat = Chat(engine, private_who(f"feeling-{said}"))
    chat.say(said)
    if template is None:
        assert "idle_feeling" not in chat.templates()
    else:
        assert chat.templates() == [template]
