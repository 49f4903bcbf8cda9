"""The conversation stack: interruptions pushed and popped in order, answers intact."""

from __future__ import annotations

import pytest
from conftest import Chat, private_who

from bot.engine import Engine
from bot.events import Platform
from bot.flows import conversation
from bot.flows.names import FlowName
from bot.store import ConversationState, TinyDBStore

pytestmark = pytest.mark.both_stores


def flows(store, chat: Chat) -> list[str]:
    return [f.flow for f in conversation.frames(store.get_state(chat.who.user_key))]


def test_three_conversations_pushed_and_popped_in_order(engine: Engine, store) -> None:
    chat = Chat(engine, private_who("stacker", Platform.TELEGRAM))
    chat.debrief("An old play")  # an entry to edit, and a check-in to come
    [checkin] = [c for c in store.list_checkins(chat.who.user_key) if c.day == 3]
    chat.say("/debrief")
    chat.say("Hamlet")
    chat.say("Ophelia")  # the debrief waits at its date question
    chat.say("/edit")
    chat.press("edit.pick")
    chat.press("edit.field.wore")  # an edit of the old entry, on top of the debrief
    engine.checkin_message(chat.who.user_key, checkin)
    engine.checkin_delivered(chat.who.user_key, checkin)  # the bot asks, on top of both
    assert flows(store, chat) == ["debrief", "edit", "checkin"]

    chat.say("still waiting, thanks")  # answers the check-in: the edit comes back
    assert flows(store, chat) == ["debrief", "edit"]
    assert chat.templates()[-2:] == ["resume/back_to", "step/wore"]
    chat.say("a green coat")  # answers the edit: the debrief comes back where it was
    assert flows(store, chat) == ["debrief"]
    assert chat.templates()[-2:] == ["resume/back_to", "step/date"]
    state = store.get_state(chat.who.user_key)
    assert state.answers == {"project": "Hamlet", "role": "Ophelia"}
    old = next(a for a in store.list_auditions(chat.who.user_key) if a.project == "An old play")
    assert old.wore == "a green coat"


def test_asking_to_stop_an_edit_stops_it_and_the_debrief_comes_back(engine: Engine, store) -> None:
    """An edit keeps nothing for later: "can we stop here" stops it as /cancel does, and
    the debrief it interrupted is asked again where it was."""
    chat = Chat(engine, private_who("stopper", Platform.TELEGRAM))
    chat.debrief("An old play")
    chat.say("/debrief")
    chat.say("Hamlet")
    chat.say("/edit")
    chat.press("edit.pick")
    chat.press("edit.field.wore")
    assert flows(store, chat) == ["debrief", "edit"]
    chat.say("can we stop here please")
    assert flows(store, chat) == ["debrief"]
    assert chat.templates()[-2:] == ["resume/back_to", "step/role"]
    old = next(a for a in store.list_auditions(chat.who.user_key) if a.project == "An old play")
    assert old.wore != "can we stop here please"


def test_a_paused_stack_takes_no_check_in_and_pauses_as_one(engine: Engine, store) -> None:
    chat = Chat(engine, private_who("paused", Platform.TELEGRAM))
    chat.debrief("An old play")
    [checkin] = [c for c in store.list_checkins(chat.who.user_key) if c.day == 3]
    chat.say("/debrief")
    chat.say("Hamlet")
    chat.say("I want to die")
    assert store.get_state(chat.who.user_key).paused
    engine.checkin_delivered(chat.who.user_key, checkin)  # nothing new while paused
    assert flows(store, chat) == ["debrief"]
    chat.press("safety.continue")
    assert not store.get_state(chat.who.user_key).paused


def test_a_conversation_started_over_a_pause_is_answered_and_the_rest_stays_paused(
    engine: Engine, store
) -> None:
    """/debrief after a crisis reply used to ask its first question and then answer the
    answer with "paused": starting it is the person's choice, so it is asked and answered;
    what it interrupted stays paused until they press "Go on"."""
    chat = Chat(engine, private_who("chose", Platform.TELEGRAM))
    chat.say("I want to die")
    assert chat.templates()[0] == "safety/crisis"
    chat.say("/debrief")
    chat.say("Hamlet")
    assert chat.templates() == ["step/role"]  # taken, not "paused"
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}

    chat.say("I want to kill myself")  # a second pause covers the new draft too
    assert chat.templates()[0] == "safety/crisis"
    chat.say("/settings")  # a question the person asks for is answered ...
    chat.press("settings.timezone")
    chat.say("paris")
    assert chat.templates()[0] == "settings/saved"
    assert store.get_user(chat.who.user_key).timezone == "Europe/Paris"
    assert chat.templates()[-1] == "safety/paused"  # ... and the draft stays paused
    assert flows(store, chat) == ["debrief"] and store.get_state(chat.who.user_key).paused
    chat.say("Ophelia")
    assert chat.templates() == ["safety/still_paused"]
    chat.press("safety.continue")
    chat.say("Ophelia")
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet", "role": "Ophelia"}


def test_the_stack_keeps_at_most_its_depth(engine: Engine, store: TinyDBStore) -> None:
    s = engine.services
    key = "console:deep"
    for n in range(conversation.MAX_DEPTH + 2):
        frame = ConversationState(FlowName.DEBRIEF if n % 2 else FlowName.EDIT, f"c{n}", "x")
        conversation.push(s, key, frame)
    stack = conversation.frames(store.get_state(key))
    assert len(stack) == conversation.MAX_DEPTH
    assert stack[-1].conv == f"c{conversation.MAX_DEPTH + 1}"  # the newest is on top


def test_an_old_single_frame_state_is_read_as_a_stack() -> None:
    old = {
        "flow": "checkin",
        "conv": "c1",
        "step": "reply",
        "answers": {
            "audition": "a",
            "under": {"flow": "debrief", "conv": "d", "step": "role", "answers": {"project": "P"}},
        },
    }
    stack = conversation.frames(ConversationState.from_dict(old))
    assert [f.flow for f in stack] == ["debrief", "checkin"]
    assert stack[0].answers == {"project": "P"} and stack[1].answers == {"audition": "a"}


def test_a_message_is_read_once_whoever_reads_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The safety check, the theme matcher and the choice of words all read a message;
    it is normalised once (bot/reading.py), not once by each of them."""
    import sys

    import bot.reading
    from bot.text import normalise

    seen: list[str] = []

    def counting(text: str) -> str:
        seen.append(text)
        return normalise(text)

    # Every module of the bot that imported the normaliser is counted, so the test
    # follows the code when a module stops (or starts) reading text itself.
    readers = [
        module
        for name, module in sorted(sys.modules.items())
        if (name == "bot" or name.startswith("bot."))
        and getattr(module, "normalise", None) is normalise
    ]
    assert bot.reading in readers
    for module in readers:
        monkeypatch.setattr(module, "normalise", counting)
    bot.reading.read.cache_clear()
    chat = Chat(engine, private_who("reader"))
    for line in ("/debrief", "The Seagull", "Nina", "today", "room", "a grey coat", "4"):
        chat.say(line)
    nailed = "The stillness in the letter scene, and I breathed before the turn like we practised"
    learned = "Slow down at the start. I rush the first line when the reader is quick"
    chat.say(nailed)
    chat.say(learned)  # the last answers are read again for the encouragement at the end
    chat.say("My agent says they decide next week")
    assert chat.templates()[0] == "debrief/summary"
    for text in (nailed, learned):
        assert seen.count(text) == 1, (text, seen.count(text))
