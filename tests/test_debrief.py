"""The actor's story through the engine: debrief, skip, cancel, leave and come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat, make_engine, private_who

from bot.store import TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def full_debrief(chat: Chat) -> str:
    chat.say("/debrief")
    chat.say("The Seagull")
    chat.say("Nina")
    chat.press("date.yesterday")
    chat.press("format.selftape")
    chat.say("green jumper")
    chat.press("feeling.4")
    chat.say("the last speech")
    chat.say("breathe before the turn")
    return chat.say("reader was lovely")


def test_full_debrief_saves_every_answer(chat: Chat, store: TinyDBStore) -> None:
    out = full_debrief(chat)
    assert "Saved to your journal" in out
    assert chat.templates() == ["debrief/summary", "encouragement", "debrief/next"]
    [audition] = store.list_auditions(chat.who.user_key)
    assert audition.project == "The Seagull"
    assert audition.role == "Nina"
    assert audition.date == "2026-11-19"  # clock says 2026-11-20
    assert audition.format == "selftape"
    assert audition.wore == "green jumper"
    assert audition.feeling == 4
    assert audition.nailed == "the last speech"
    assert audition.learned == "breathe before the turn"
    assert audition.extra == "reader was lovely"
    assert audition.outcome == "waiting"
    assert store.get_state(chat.who.user_key) is None


def test_summary_shows_the_answers(chat: Chat) -> None:
    out = full_debrief(chat)
    for expected in ("The Seagull", "Nina", "Thu 19 Nov 2026", "self-tape", "green jumper", "4/5"):
        assert expected in out


def test_start_says_it_is_a_bot_and_what_it_stores(chat: Chat) -> None:
    out = chat.say("/start")
    assert "bot" in out.lower()
    assert "What I store" in out
    assert "Check-ins use the timezone UTC" in out and "/settings timezone" in out


def test_skip_optional_steps_and_refuse_required(chat: Chat, store: TinyDBStore) -> None:
    chat.say("/debrief")
    out = chat.say("/skip")  # project is required
    assert "This one I need" in out
    assert chat.last[-1].template == "step/project"
    chat.say("Hamlet")
    chat.say("/skip")  # role
    chat.say("today")
    chat.press("skip")  # format, via its button
    for _ in range(5):
        chat.say("/skip")
    [audition] = store.list_auditions(chat.who.user_key)
    assert audition.project == "Hamlet"
    assert audition.date == "2026-11-20"
    assert audition.role is None and audition.format is None and audition.feeling is None


def test_cancel_leaves_cleanly_and_saves_nothing(chat: Chat, store: TinyDBStore) -> None:
    chat.say("/debrief")
    chat.say("Hamlet")
    out = chat.say("/cancel")
    assert "Nothing from it was saved" in out
    assert store.get_state(chat.who.user_key) is None
    assert store.list_auditions(chat.who.user_key) == []
    assert "Nothing to cancel" in chat.say("/cancel")


@pytest.mark.parametrize(
    "words",
    [
        "can we stop here?",
        "I'd like to stop for now",
        "let's pick this up later",
        "stop here for now",
    ],
)
def test_asking_to_stop_keeps_the_draft_and_is_not_an_answer(
    chat: Chat, store: TinyDBStore, words: str
) -> None:
    """Until 2026-12-07 "can we stop here" was taken as the role, and "I'd like to stop for
    now" got the crisis reply (the model read it as wanting to die)."""
    chat.say("/debrief")
    chat.say("Macbeth")
    out = chat.say(words)
    assert chat.templates() == ["resume/kept"]
    assert "/debrief" in out and "/cancel" in out
    state = store.get_state(chat.who.user_key)
    assert state is not None and not state.paused
    assert (state.step, state.answers) == ("role", {"project": "Macbeth"})
    chat.say("Lady M")  # the question above is answered as usual
    assert store.get_state(chat.who.user_key).answers["role"] == "Lady M"


@pytest.mark.parametrize(
    "words",
    [
        "thanks, see you tomorrow",
        "bye for now, talk later",
        "ok thank you! see you soon",
        "goodbye for now",
        "ttyl",
    ],
)
def test_a_sign_off_keeps_the_draft_and_is_not_an_answer(
    chat: Chat, store: TinyDBStore, words: str
) -> None:
    """Until 2026-12-06 "thanks, see you tomorrow" was taken as the role."""
    chat.say("/debrief")
    chat.say("Macbeth")
    chat.say(words)
    assert chat.templates() == ["resume/kept"]
    state = store.get_state(chat.who.user_key)
    assert (state.step, state.answers) == ("role", {"project": "Macbeth"})


@pytest.mark.parametrize("words", ["hello again", "hiii", "hey again! how are you?"])
def test_a_greeting_is_not_an_answer(chat: Chat, store: TinyDBStore, words: str) -> None:
    """Until 2026-12-06 "hello again" became the project's name. The question is asked
    again, and a title that is a greeting goes through with a word more."""
    chat.say("/debrief")
    chat.say(words)
    assert chat.templates() == ["resume/hello", "step/project"]
    state = store.get_state(chat.who.user_key)
    assert (state.step, state.answers) == ("project", {})
    chat.say("Hello Again, the musical")
    assert store.get_state(chat.who.user_key).answers == {"project": "Hello Again, the musical"}


def test_resume_after_restart(store: TinyDBStore, library, clock, reopen) -> None:
    who = private_who("actor-7")
    before = Chat(make_engine(store, library, clock, Path("unused")), who)
    before.say("/debrief")
    before.say("Macbeth")
    before.say("Lady M")
    # The process dies; a new store and engine open the same files the next day.
    clock.now = clock.now.replace(day=21)
    restarted = reopen()
    after = Chat(make_engine(restarted, library, clock, Path("unused")), who)
    out = after.say("/debrief")
    assert "in progress" in out and "Macbeth" in out
    out = after.press("resume")
    assert after.last[-1].template == "step/date"
    after.say("yesterday")
    for _ in range(6):
        after.say("/skip")
    [audition] = reopen().list_auditions(who.user_key)
    assert (audition.project, audition.role, audition.date) == ("Macbeth", "Lady M", "2026-11-20")


def test_restart_discards_the_draft(chat: Chat, store: TinyDBStore) -> None:
    chat.say("/debrief")
    chat.say("Old project")
    chat.say("/debrief")
    chat.press("restart")
    assert chat.last[-1].template == "step/project"
    assert store.get_state(chat.who.user_key).answers == {}


def test_typed_answers_for_button_steps(chat: Chat, store: TinyDBStore) -> None:
    chat.say("/debrief")
    chat.say("Ad")
    chat.say("Dad")
    chat.say("18/11/2026")
    chat.say("Self tape")
    chat.say("/skip")
    chat.say("meh")
    for _ in range(3):
        chat.say("/skip")
    [audition] = store.list_auditions(chat.who.user_key)
    assert (audition.date, audition.format, audition.feeling) == ("2026-11-18", "selftape", 3)


def test_journal_lists_pages_and_opens(chat: Chat, store: TinyDBStore) -> None:
    assert "empty" in chat.say("/journal")
    for i in range(7):
        chat.say("/debrief")
        chat.say(f"Project {i}")
        chat.say("/skip")
        chat.say(f"{10 + i}/11/2026")
        for _ in range(6):
            chat.say("/skip")
    out = chat.say("/journal")
    assert "7 auditions" in out and "page 1 of 2" in out
    assert "Project 6" in out and "Project 1" not in out  # newest first, five a page
    out = chat.press("journal.older")
    assert "Project 1" in out and "Project 0" in out and "Project 6" not in out
    chat.press("journal.newer")
    out = chat.press("journal.open")
    assert "Project 6" in out and "Mon 16 Nov 2026" in out


def test_words_outside_a_conversation_get_matched_encouragement(chat) -> None:
    chat.say("/start")
    out = chat.say("I want to quit acting, it's pointless, there are thousands of us")
    assert chat.templates() == ["encouragement", "idle_hint"] and out
    chat.say("hi")
    assert chat.templates() == ["idle_text"]


@pytest.mark.parametrize(
    ("words", "booked"),
    [
        ("I booked it!!", True),
        ("got the part in the tour!", True),
        ("they offered me the role", True),
        ("booked Moritz in Spring Awakening!!", True),
        ("I didn't get the part, someone else booked it", False),
        ("hope I get the part", False),
        ("booked a self tape for friday", False),
        # A phone's curly apostrophe and compatibility letters read as the plain ones.
        ("I didn\u2019t get the part", False),
        ("I\u2019ve been cast!!", True),
        ("\uff49 \uff42\uff4f\uff4f\uff4b\uff45\uff44 \uff49\uff54", True),
    ],
)
def test_good_news_is_congratulated_not_consoled(chat, words: str, booked: bool) -> None:
    """ "Booked Moritz in Spring Awakening!!" was answered with "Being right for a role
    depends on a dozen things you can't change": consolation for a rejection."""
    out = chat.say(words)
    templates = [t for t in chat.templates() if t != "safety/role_note"]
    assert (templates == ["booked_words", "idle_hint"]) is booked, (words, templates)
    if booked:
        assert "Congratulations" in out


def test_privacy_says_plainly_who_can_read_the_journal(chat) -> None:
    out = chat.say("/privacy")
    assert chat.templates() == ["privacy"]
    assert "operator" in out and "/forget" in out and "/export" in out
    intro = chat.say("/start")
    assert "Nothing is shared with anyone" not in intro and "/privacy" in intro


def test_the_summary_says_when_the_first_checkin_comes(chat) -> None:
    out = chat.debrief("Hamlet", day="yesterday")
    summary = chat.last[0]
    assert summary.template == "debrief/summary" and summary.values["first_checkin"]
    assert "I'll check in on" in out and "/settings" in out
    chat.say("/settings pause")
    out = chat.debrief("Macbeth")
    assert "Check-ins are paused" in out


def test_a_redelivered_update_is_answered_once(chat: Chat, engine, store: TinyDBStore) -> None:
    """Telegram redelivers a webhook update that got no answer, maybe to another worker."""
    from dataclasses import replace

    from bot.events import Incoming

    chat.say("/debrief")
    first = replace(Incoming.parse_text(chat.who, "Macbeth"), event_id="telegram:1001")
    assert engine.handle(first)[-1].template == "step/role"
    assert engine.handle(first) == []  # the same update again: nothing happens twice
    chat.say("Lady M")
    assert chat.last[-1].template == "step/date"
    state = store.get_state(chat.who.user_key)
    assert state is not None and state.answers["project"] == "Macbeth"
    assert state.answers["role"] == "Lady M"


def test_the_date_step_offers_the_last_seven_days(chat: Chat, store: TinyDBStore) -> None:
    from datetime import date, timedelta

    from bot.render import Format, Renderer

    chat.say("/debrief")
    chat.say("Macbeth")
    chat.say("/skip")
    labels = [c.label for c in chat.last[-1].choices]
    assert labels == ["date.today", "date.yesterday"] + ["date.ago"] * 5
    today = date(2026, 11, 20)  # the fixture's clock, UTC
    shown = [Renderer(Format.PLAIN).label(c) for c in chat.last[-1].choices]
    assert shown[2] == f"{today - timedelta(days=2):%a} 18 Nov 2026" == "Wed 18 Nov 2026"
    assert shown[6] == "Sat 14 Nov 2026"  # one way to write a day, everywhere
    chat.press("date.ago")  # the first of them: two days ago
    state = store.get_state(chat.who.user_key)
    assert state is not None and state.answers["date"] == "2026-11-18"


def test_a_journal_entry_has_its_next_steps_as_buttons(chat: Chat) -> None:
    full_debrief(chat)
    chat.say("/journal")
    chat.press("journal.open")
    assert [c.label for c in chat.last[-1].choices] == [
        "journal.outcome",
        "journal.edit",
        "journal.prep",
        "journal.back",
    ]
    assert "What happened with" in chat.press("journal.outcome")
    chat.say("/journal")
    chat.press("journal.open")
    assert "Prep card" in chat.press("journal.prep")
    chat.say("/journal")
    chat.press("journal.open")
    assert "What do you want to change" in chat.press("journal.edit")
    chat.say("/cancel")
    chat.say("/journal")
    chat.press("journal.open")
    chat.press("journal.back")
    assert chat.templates() == ["journal/list"]


def test_journal_during_the_first_debrief_says_where_the_entry_is(chat: Chat) -> None:
    assert "send /debrief" in chat.say("/journal")
    chat.say("/debrief")
    chat.say("Hamlet")
    out = chat.say("/journal")
    assert "middle of" in out and "send /debrief" not in out
