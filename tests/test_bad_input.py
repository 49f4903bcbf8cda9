"""Odd, hostile or accidental input: a kind reply every time, and nothing stored is lost."""

from __future__ import annotations

import pytest
from conftest import Chat, private_who

from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Who
from bot.flows.buttons import Payload
from bot.render import Format, Renderer
from bot.store import TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def start(chat: Chat) -> None:
    chat.say("/debrief")
    chat.say("Hamlet")


def test_empty_text_is_asked_again(chat: Chat, store: TinyDBStore) -> None:
    start(chat)
    out = chat.say("   ")
    assert "didn't catch anything" in out
    assert chat.last[-1].template == "step/role"
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}


def test_ten_thousand_characters_rejected_kindly_draft_kept(chat: Chat, store: TinyDBStore) -> None:
    start(chat)
    out = chat.say("x" * 10_000)
    assert "That's 10,000 characters" in out and "(4,000)" in out
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    # A megabyte arrives cut at 16,000 characters: the reply does not claim to know more.
    out = chat.say("x" * 1_000_000)
    assert "That's over 16,000 characters" in out
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    chat.say("Ophelia")
    assert store.get_state(chat.who.user_key).answers["role"] == "Ophelia"


def test_emoji_rtl_and_markup_stored_verbatim_escaped_on_output(
    chat: Chat, store: TinyDBStore
) -> None:
    raw_project = "<b>Hamlet</b> **bold** _x_ 🎭 שלום"
    chat.say("/debrief")
    chat.say(raw_project)
    chat.say("/skip")
    chat.say("today")
    for _ in range(6):
        chat.say("/skip")
    [audition] = store.list_auditions(chat.who.user_key)
    assert audition.project == raw_project
    summary = chat.last[0]
    html = Renderer(Format.HTML).render(summary)
    assert "&lt;b&gt;Hamlet&lt;/b&gt;" in html and "<b>Hamlet</b>" not in html
    assert "🎭 שלום" in html
    md = Renderer(Format.MARKDOWN).render(summary)
    assert r"\*\*bold\*\*" in md and r"\_x\_" in md


def test_bad_dates(chat: Chat) -> None:
    start(chat)
    chat.say("/skip")
    assert "isn't a date on the calendar" in chat.say("31/02/2026")
    assert "couldn't read" in chat.say("next tuesday-ish")
    assert "still to come" in chat.say("2026-12-25")
    assert "more than five years ago" in chat.say("2001-01-01")
    assert chat.last[-1].template == "step/date"


def test_bad_scale_and_choice(chat: Chat) -> None:
    start(chat)
    chat.say("/skip")
    chat.say("today")
    assert "pick one of the buttons" in chat.say("interpretive dance")
    chat.say("room")
    chat.say("/skip")
    assert "1 to 5" in chat.say("11")
    assert chat.last[-1].template == "step/feeling"


def test_unknown_command(chat: Chat) -> None:
    out = chat.say("/dance now")
    assert "don't know the command /dance" in out and "/debrief" in out


def test_sticker_gets_text_only_reply_and_step_repeated(chat: Chat, store: TinyDBStore) -> None:
    start(chat)
    chat.last = chat.engine.handle(Incoming(chat.who, attachment="sticker"))
    assert [r.template for r in chat.last] == ["unsupported", "step/role"]
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}


def test_forged_and_malformed_button_data(chat: Chat, store: TinyDBStore) -> None:
    start(chat)
    state = store.get_state(chat.who.user_key)
    for raw in ("", "|||", "x" * 500, "nope", f"{state.conv}|role|<script>", "j|open|missing"):
        replies = chat.engine.handle(Incoming(chat.who, button=raw))
        assert replies, raw
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    assert store.list_auditions(chat.who.user_key) == []


def test_button_from_a_finished_conversation_is_stale(chat: Chat, store: TinyDBStore) -> None:
    chat.say("/debrief")
    chat.say("A")
    chat.say("B")
    old_today = chat.payload("date.today")
    chat.press("date.today")
    chat.say("/cancel")
    replies = chat.engine.handle(Incoming(chat.who, button=old_today))
    assert [r.template for r in replies] == ["stale_button"]


def test_pressing_an_answered_button_again_does_not_overwrite(
    chat: Chat, store: TinyDBStore
) -> None:
    chat.say("/debrief")
    chat.say("A")
    chat.say("B")
    yesterday = chat.payload("date.yesterday")
    chat.press("date.today")
    replies = chat.engine.handle(Incoming(chat.who, button=yesterday))
    assert replies[0].template == "already_answered"
    assert store.get_state(chat.who.user_key).answers["date"] == "2026-11-20"


def test_someone_elses_button_does_nothing(engine: Engine, store: TinyDBStore) -> None:
    alice, mallory = Chat(engine, private_who("alice")), Chat(engine, private_who("mallory"))
    alice.say("/debrief")
    alice.say("Alice's project")
    alice.say("role")
    forged = alice.payload("date.today")
    mallory.say("/debrief")
    replies = engine.handle(Incoming(mallory.who, button=forged))
    assert [r.template for r in replies] == ["stale_button"]
    assert store.get_state(alice.who.user_key).step == "date"
    assert "date" not in store.get_state(mallory.who.user_key).answers


def test_group_never_runs_a_debrief_or_shows_the_journal(
    engine: Engine, store: TinyDBStore
) -> None:
    me = Chat(engine, private_who("actor"))
    me.say("/debrief")
    me.say("Secret project")
    group = Who(Platform.TELEGRAM, "actor", "-100", ChatKind.GROUP)
    for command in ("/debrief", "/journal"):
        replies = engine.handle(Incoming.parse_text(group, command))
        assert [r.template for r in replies] == ["group/go_private"]
        assert replies[0].offer_private_chat
    # Text in a group is not taken as a debrief answer, and no journal button works there.
    assert engine.handle(Incoming.parse_text(group, "my answer")) == []
    forged = Payload("j", "open", "anything").encode()
    assert engine.handle(Incoming(group, button=forged))[0].template == "group/go_private"
    assert store.get_state("console:actor").answers == {"project": "Secret project"}


def test_distress_pauses_the_debrief_and_points_to_help(chat: Chat, store: TinyDBStore) -> None:
    start(chat)
    out = chat.say("honestly I want to die")
    assert chat.templates() == ["safety/crisis", "safety/paused"]
    assert "not a counsellor" in out and "findahelpline.com" in out
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    assert store.get_state(chat.who.user_key).step == "role"


def test_a_forged_value_for_the_current_step_is_named_as_such(chat: Chat, store) -> None:
    chat.say("/debrief")
    chat.say("Hamlet")
    chat.say("Ophelia")
    state = store.get_state(chat.who.user_key)
    forged = Payload(state.conv, state.step, "tomorrow-ish").encode()
    replies = chat.engine.handle(Incoming(chat.who, button=forged))
    assert replies[0].template == "invalid/not_an_option"
    assert store.get_state(chat.who.user_key).step == state.step


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("2026-11-20", "2026-11-20"),
        ("20/11/2026", "2026-11-20"),
        ("11/20/2026", "2026-11-20"),
        ("20.11", "2026-11-20"),
        ("yesterday", "2026-11-19"),
        ("3 days ago", "2026-11-17"),
        ("last friday", "2026-11-13"),
        ("a week ago", "2026-11-13"),
        ("20 Nov", "2026-11-20"),
        ("Nov 18th", "2026-11-18"),
        ("monday", "2026-11-16"),
        ("3/4", "2026-04-03"),
        # A day of the month alone is the last one that has happened, not the next one.
        ("the 23rd", "2026-10-23"),
        ("²³", "2026-10-23"),
        ("5th", "2026-11-05"),
        ("the 31st", "2026-10-31"),
    ],
)
def test_dates_people_type(chat: Chat, store, typed: str, saved: str) -> None:
    chat.say("/debrief")
    chat.say("Hamlet")
    chat.say("/skip")
    out = chat.say(typed)
    assert store.get_state(chat.who.user_key).answers["date"] == saved, out
    assert chat.templates()[0] == "date_understood" and "Saved as" in out


@pytest.mark.parametrize("typed", ["next tuesday", "hamlet", "31/02/2026", "tomorrow", "in 3 days"])
def test_dates_that_cannot_be_used_are_refused_kindly(chat: Chat, typed: str) -> None:
    chat.say("/debrief")
    chat.say("Hamlet")
    chat.say("/skip")
    chat.say(typed)
    assert chat.templates()[0].startswith("invalid/date"), typed


def to_the_feeling_step(chat: Chat) -> None:
    start(chat)
    for answer in ("/skip", "today", "room", "/skip"):  # role, date, format, what you wore
        chat.say(answer)


@pytest.mark.parametrize(
    ("typed", "score"),
    [("4/5", 4), ("4 out of 5", 4), ("a 3", 3), ("\uff14", 4), ("3\ufe0f\u20e3", 3), ("5!", 5)],
)
def test_feeling_scores_as_people_type_them(chat: Chat, store: TinyDBStore, typed, score) -> None:
    to_the_feeling_step(chat)
    chat.say(typed)
    assert chat.last[-1].template == "step/nailed", typed
    assert store.get_state(chat.who.user_key).answers["feeling"] == score


@pytest.mark.parametrize("typed", ["6/5", "\u00b2", "45", "4/10"])
def test_what_is_not_a_score_is_still_refused(chat: Chat, typed: str) -> None:
    to_the_feeling_step(chat)
    chat.say(typed)
    assert chat.templates()[0] == "invalid/scale", typed


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Ham\x1b[1;31mlet\x1b[0m", "Hamlet"),  # colour, as a terminal paste brings it
        ("Ham\x1b[2J\x1b[Hlet", "Hamlet"),  # clear the screen, move the cursor
        ("Ham\x1b]0;owned\x07let", "Hamlet"),  # set the window title
        ("Ham\x9b31mlet", "Hamlet"),  # the one-byte form of the same
        ("Ham\x1bclet", "Hamlet"),  # reset the terminal
        ("Ham\x1blet", "Hamlet"),  # a lone escape
    ],
)
def test_terminal_escape_sequences_go_whole(raw: str, clean: str) -> None:
    """A project title pasted from a terminal kept "[31m" when only ESC was removed."""
    from bot.sanitise import clean_text

    assert clean_text(raw) == clean


def test_the_safety_rules_look_a_bounded_distance_ahead() -> None:
    """A rule that scanned to the end of a sentence from every match ("took ... [anything]
    ... all my pills") made a 16,000-character message with no full stop cost time in its
    length squared: 0.9 s for a repeated "took 40 of my ", and more for a longer message.
    Every pattern now looks at most 300 characters ahead within a sentence."""
    import re

    from bot.safety import rules

    patterns = (
        [rx.pattern for _, rx, _ in rules._CRISIS_RX]
        + [unless.pattern for _, _, unless in rules._CRISIS_RX if unless is not None]
        + [v.pattern for v in vars(rules).values() if isinstance(v, re.Pattern)]
    )
    unbounded = [p[:80] for p in patterns if "[^.!?]*" in p]
    assert not unbounded, unbounded


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\u202eedicius", "suicide"),
        ("I want to \u202eeid\u202c tonight", "I want to die tonight"),
        ("a\u202ebc\u2066d", "acbd"),  # an isolate ends the override
        ("x \u202eab\ncd", "x ba\ncd"),  # so does the end of the line
        ("Ham\x00let\x07\u202e", "Hamlet"),
    ],
)
def test_a_right_to_left_override_is_kept_as_it_was_shown(raw: str, shown: str) -> None:
    from bot.sanitise import clean_text

    assert clean_text(raw) == shown
