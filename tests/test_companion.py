"""Companion stories through the engine: details, prep cards, history, snooze, thanks."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from conftest import Chat, private_who

from bot.engine import Engine
from bot.events import Platform, Reply
from bot.journal import history_facts
from bot.render import Format, Renderer
from bot.schedule import Scheduler
from bot.store import Audition, TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores

PLAIN = Renderer(Format.PLAIN)


def debrief(chat: Chat, project: str, day: str = "today", wore: str = "/skip") -> None:
    chat.debrief(project, day, wore=wore)


def details(chat: Chat, *answers: str) -> str:
    chat.press("details.start")
    out = ""
    for answer in answers:
        out = chat.press(answer) if answer.startswith("material.") else chat.say(answer)
    return out


def checkin_over_a_debrief(chat: Chat, store: TinyDBStore, first_line: str) -> list[Reply]:
    """A saved debrief (so a check-in is planned), a new debrief with one line said, then
    the scheduler's check-in message for the first one, built in the person's turn."""
    debrief(chat, "Play")
    chat.say("/debrief")
    chat.say(first_line)
    key = chat.who.user_key
    checkin = next(c for c in store.list_checkins(key) if c.status == "pending")
    sent = chat.engine.checkin_message(key, checkin) or []
    chat.engine.checkin_delivered(key, checkin)
    return sent


def test_details_pass_with_an_own_question(chat: Chat, store: TinyDBStore) -> None:
    assert "How was my breath?" in chat.say("/questions add How was my breath?")
    debrief(chat, "Hedda Gabler", wore="the green dress")
    assert chat.last[-1].template == "debrief/next"
    out = details(
        chat,
        "Jane Doe Casting",
        "director and a reader",
        "material.monologue",
        "keep the slow start; leave the apologising",
        "steady, finally",
    )
    assert "Details saved" in out
    [a] = store.list_auditions(chat.who.user_key)
    assert (a.office, a.room, a.material) == (
        "Jane Doe Casting",
        "director and a reader",
        "monologue",
    )
    assert a.keep == "keep the slow start; leave the apologising"
    assert a.custom == {"How was my breath?": "steady, finally"}
    assert store.get_state(chat.who.user_key) is None


def test_leaving_the_details_pass_keeps_what_was_added(chat: Chat, store: TinyDBStore) -> None:
    debrief(chat, "Play")
    chat.press("details.start")
    chat.say("Some Office")
    assert "you added so far is saved" in chat.say("/cancel")
    assert store.list_auditions(chat.who.user_key)[0].office == "Some Office"


def test_own_questions_are_limited_and_removable(chat: Chat) -> None:
    for q in ("One?", "Two?", "Three?"):
        chat.say(f"/questions add {q}")
    assert "already have 3" in chat.say("/questions add Four?")
    assert "1. One?" in chat.say("/questions")
    out = chat.say("/questions remove 2")
    assert "Two?" not in out and "2. Three?" in out
    assert "couldn't use that" in chat.say("/questions remove 9")
    assert "couldn't use that" in chat.say("/questions add " + "x" * 201)


def test_returning_casting_office_gets_a_prep_card(chat: Chat) -> None:
    debrief(chat, "First play", "2026-10-01", wore="the lucky boots")
    details(
        chat,
        "Jane Doe Casting",
        "/skip",
        "/skip",
        "keep the stillness",
    )
    debrief(chat, "Second play", "2026-11-01", wore="a grey suit")
    details(chat, "jane  doe CASTING", "/skip", "/skip", "/skip")
    debrief(chat, "Third play", "yesterday")
    out = details(chat, "Jane Doe Casting ", "/skip", "/skip", "/skip")
    # ... and the extra not taken yet, offered once more.
    assert [r.template for r in chat.last] == [
        "details/saved",
        "prep/returning",
        "prep/card",
        "debrief/next_one",
    ]
    assert "2 times already" in out
    assert "Second play" in out and "a grey suit" in out  # the latest earlier visit


def test_first_visit_to_an_office_gets_no_prep_card(chat: Chat) -> None:
    debrief(chat, "Play")
    details(chat, "New Office", "/skip", "/skip", "/skip")
    assert [r.template for r in chat.last] == ["details/saved", "debrief/next_one"]


def test_after_one_extra_is_taken_the_other_is_still_offered(chat: Chat) -> None:
    debrief(chat, "Play")
    chat.press("thanks.offer")
    chat.press("thanks.agent")
    assert chat.templates() == ["thanks/scheduled", "debrief/next_one"]
    assert [c.label for c in chat.last[-1].choices] == ["details.start"]
    details(chat, "New Office", "/skip", "/skip", "/skip")
    assert chat.templates() == ["details/saved"]  # both taken: nothing more to offer


def test_prep_card_after_a_callback_and_on_request(chat: Chat) -> None:
    debrief(chat, "Cabaret", wore="black jeans")
    details(chat, "/skip", "the MD and the director", "material.sides", "/skip")
    chat.say("/outcome")
    chat.press("outcome.pick")
    out = chat.press("outcome.callback")
    assert [r.template for r in chat.last] == ["checkin/outcome_callback", "prep/card"]
    assert "You wore: black jeans" in out and "In the room: the MD and the director" in out
    assert "You performed: sides" in out
    chat.say("/prep")
    assert "Cabaret" in chat.press("prep.pick")


def scheduler_for(engine: Engine, store: TinyDBStore, when: datetime) -> tuple[Scheduler, list]:
    sent: list[tuple[str, list[Reply]]] = []

    class Outbox:
        async def send_private(self, user_id: str, replies: list[Reply]) -> bool:
            sent.append((user_id, replies))
            return True

        async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool:
            raise AssertionError("no group messages in these stories")

    return Scheduler(engine, store, {Platform.CONSOLE: Outbox()}, clock=lambda: when), sent


def seed_history(store: TinyDBStore, key: str, n: int, office: str | None, called: int) -> None:
    for i in range(n):
        store.add_audition(
            key,
            Audition(
                id=f"h{i}",
                date=f"2026-{9 + i % 3:02d}-{10 + i:02d}",
                project=f"Old {i}",
                created_at="t",
                office=office,
                outcome="callback" if i < called else "released",
            ),
        )


async def test_history_grounded_checkin(engine: Engine, store: TinyDBStore) -> None:
    chat = Chat(engine, private_who("veteran"))
    chat.say("/start")
    seed_history(store, chat.who.user_key, 8, "Jane Doe Casting", called=2)
    debrief(chat, "New play")
    details(chat, "Jane Doe Casting", "/skip", "/skip", "/skip")
    scheduler, sent = scheduler_for(engine, store, datetime(2026, 11, 23, 18, 1, tzinfo=UTC))
    await scheduler.run_due()
    [(_, replies)] = sent
    text = PLAIN.render(replies[0])
    assert "Jane Doe Casting has brought you in 9 times" in text
    assert "auditions in the last three months" in text
    assert "2 of 9 auditions led to a callback or better" in text


async def test_small_sample_claims_no_numbers(chat: Chat, store: TinyDBStore, clock) -> None:
    debrief(chat, "Only play")
    details(chat, "Jane Doe Casting", "/skip", "/skip", "/skip")
    clock.now = datetime(2026, 11, 23, 18, 1, tzinfo=UTC)
    scheduler, sent = scheduler_for(chat.engine, store, clock.now)
    await scheduler.run_due()
    [(_, replies)] = sent
    text = PLAIN.render(replies[0])
    assert replies[0].values["facts"] == []
    assert re.findall(r"\d+", text) == ["3"]  # only "3 days since", no statistics


async def test_a_year_ago_today_is_said_only_on_the_day(
    chat: Chat, store: TinyDBStore, clock
) -> None:
    from bot.store import Audition

    old = Audition(id="old", date="2025-11-23", project="The Crucible", created_at="t")
    store.add_audition(chat.who.user_key, old)
    debrief(chat, "New play")  # 2026-11-20; the day-3 check-in falls on 23 Nov 2026
    clock.now = datetime(2026, 11, 23, 18, 1, tzinfo=UTC)
    scheduler, sent = scheduler_for(chat.engine, store, clock.now)
    await scheduler.run_due()
    text = PLAIN.render(sent[0][1][0])
    assert "A year ago today you were auditioning for The Crucible" in text
    store.update_audition(chat.who.user_key, "old", date="2025-11-22")
    assert history_facts(store.list_auditions(chat.who.user_key), None, date(2026, 11, 23)) == []
    assert history_facts([old], None, date(2028, 2, 29)) == []  # no 29 Feb a year before


async def test_snooze_a_checkin(chat: Chat, store: TinyDBStore) -> None:
    debrief(chat, "Play")
    scheduler, sent = scheduler_for(chat.engine, store, datetime(2026, 11, 23, 18, 1, tzinfo=UTC))
    await scheduler.run_due()
    chat.last = sent[0][1]
    assert "No rush" in chat.press("snooze")
    out = chat.press("snooze.tomorrow")
    assert "Snoozed" in out
    pending = [c for c in store.list_checkins(chat.who.user_key) if c.status == "pending"]
    # The engine's clock says 20 Nov 15:30 UTC: tomorrow at the check-in hour is 21 Nov 18:00.
    assert "2026-11-21T18:00:00+00:00" in [c.due for c in pending]
    chat.last = sent[0][1]
    chat.press("snooze")
    chat.press("snooze.later")  # 18:30 would be fine; the engine clock says 15:30 + 3 h
    assert "2026-11-20T18:30:00+00:00" in [c.due for c in store.list_checkins(chat.who.user_key)]


async def test_thank_you_reminder_reaches_only_the_actor(chat: Chat, store: TinyDBStore) -> None:
    debrief(chat, "Pilot")
    chat.press("thanks.offer")
    # The fixture's clock says Fri 20 Nov: a day is always named, "tomorrow" here.
    assert "remind you tomorrow at 18:00 to thank your agent" in chat.press("thanks.agent")
    [reminder] = [c for c in store.list_checkins(chat.who.user_key) if c.kind == "thanks"]
    assert reminder.due == "2026-11-21T18:00:00+00:00"
    scheduler, sent = scheduler_for(
        chat.engine, store, datetime(2026, 11, 21, 18, 0, 30, tzinfo=UTC)
    )
    await scheduler.run_due()
    [(user_id, replies)] = sent
    assert user_id == chat.who.user_id
    text = PLAIN.render(replies[0])
    assert "thank-you to your agent for Pilot" in text and "I won't send anything myself" in text


def test_edit_and_backdate_a_past_entry(chat: Chat, store: TinyDBStore) -> None:
    debrief(chat, "Hamlet", "today")
    key = chat.who.user_key
    assert [c.due[:10] for c in store.list_checkins(key)] == [
        "2026-11-23",
        "2026-11-27",
        "2026-12-04",
    ]
    chat.say("/edit")
    chat.press("edit.pick")
    out = chat.press("edit.field.date")
    assert "Editing the date. Right now it says: 2026-11-20" in out
    assert "still to come" in chat.say("2026-12-01")  # validated like a new debrief
    out = chat.say("2026-11-15")  # backdated
    assert "Its check-ins now follow the new date" in out and "Date: Sun 15 Nov 2026" in out
    audition = store.list_auditions(key)[0]
    assert audition.date == "2026-11-15" and audition.updated_at is not None
    pending = [c.due[:10] for c in store.list_checkins(key) if c.status == "pending"]
    assert pending == ["2026-11-22", "2026-11-29"]  # day 3 (18 Nov) is already past
    chat.say("/edit")
    chat.press("edit.pick")
    chat.press("edit.field.feeling")
    chat.press("feeling.2")
    assert store.list_auditions(key)[0].feeling == 2
    chat.say("/edit")
    chat.press("edit.pick")
    chat.press("edit.field.role")
    assert "Nothing was changed" in chat.say("/cancel")
    assert store.list_auditions(key)[0].role is None


async def test_a_checkin_mid_details_takes_the_answer_then_goes_back(
    chat: Chat, store: TinyDBStore
) -> None:
    """A check-in that arrives while a details pass is half done: the person's reply is
    read as the answer to the check-in, then the details pass comes back where it was."""
    debrief(chat, "Play")
    debrief(chat, "Second play")
    details(chat, "Jane Doe Casting")  # one answer in, the next question waiting
    key = chat.who.user_key
    assert store.get_state(key).step == "room"
    checkin = next(c for c in store.list_checkins(key) if c.status == "pending")
    asked = chat.engine.checkin_message(key, checkin)
    assert asked is not None and asked[0].template == "checkin/ask"
    chat.engine.checkin_delivered(key, checkin)
    out = chat.say("Heard no from my agent today. Gutted, but fine.")
    assert chat.templates()[0] == "checkin/thanks"
    assert "pick one of the buttons" not in out.lower()
    assert chat.templates()[-2:] == ["resume/back_to", "step/room"]
    state = store.get_state(key)
    assert state.flow == "details" and state.step == "room"
    chat.say("a director and a reader")
    [a] = [a for a in store.list_auditions(key) if a.project == "Second play"]
    assert (a.office, a.room) == ("Jane Doe Casting", "a director and a reader")


async def test_an_outcome_button_on_a_checkin_mid_debrief_goes_back_too(
    chat: Chat, store: TinyDBStore
) -> None:
    chat.last = checkin_over_a_debrief(chat, store, "Next project")
    key = chat.who.user_key
    chat.press("outcome.callback")
    assert chat.templates()[-2:] == ["resume/back_to", "step/role"]
    assert store.get_state(key).answers["project"] == "Next project"


async def test_a_checkin_leaves_a_safety_pause_alone(chat: Chat, store: TinyDBStore) -> None:
    checkin_over_a_debrief(chat, store, "I want to kill myself")
    state = store.get_state(chat.who.user_key)
    assert state.flow == "debrief" and state.paused  # nothing new is asked over a pause


async def test_debrief_over_a_checkin_finds_the_draft_underneath(
    chat: Chat, store: TinyDBStore
) -> None:
    """/debrief while a check-in sits on top of a half-done debrief: the draft is offered
    back (resume or restart), never replaced by a new, empty one."""
    checkin_over_a_debrief(chat, store, "Half done")
    key = chat.who.user_key
    chat.say("/debrief")
    assert chat.templates() == ["debrief/in_progress"]
    chat.press("resume")
    assert chat.templates() == ["step/role"]
    assert store.get_state(key).answers == {"project": "Half done"}


async def test_an_edit_in_the_middle_of_a_debrief_never_drops_it(
    chat: Chat, store: TinyDBStore
) -> None:
    """Editing an old entry mid-debrief used to replace the draft; now the draft waits
    under the edit and comes back, and so does a paused one (without asking)."""
    debrief(chat, "Old play")
    key = chat.who.user_key
    chat.say("/debrief")
    chat.say("New play")
    chat.say("/edit")
    chat.press("edit.pick")
    chat.press("edit.field.role")
    assert chat.templates() == ["edit/ask", "step/role"]
    chat.say("Masha")
    assert chat.templates()[-2:] == ["resume/back_to", "step/role"]
    state = store.get_state(key)
    assert state.flow == "debrief" and state.answers == {"project": "New play"}
    [old] = [a for a in store.list_auditions(key) if a.project == "Old play"]
    assert old.role == "Masha"
    # A paused draft comes back paused: nothing is asked until the person chooses.
    chat.say("I want to kill myself")
    chat.say("/edit")
    chat.press("edit.pick")
    chat.press("edit.field.role")
    chat.say("/cancel")
    assert chat.templates()[-1] == "safety/paused"
    state = store.get_state(key)
    assert state.flow == "debrief" and state.paused and state.answers == {"project": "New play"}


async def test_settings_and_forget_asked_mid_debrief_give_it_back(
    chat: Chat, store: TinyDBStore
) -> None:
    """A settings question or /forget's confirmation in the middle of a debrief used to
    replace its draft; now the debrief comes back once they are answered."""
    key = chat.who.user_key
    chat.say("/debrief")
    chat.say("New play")
    chat.say("/settings")
    chat.press("settings.timezone")
    chat.say("paris")
    assert chat.templates()[0] == "settings/saved"
    assert chat.templates()[-2:] == ["resume/back_to", "step/role"]
    assert store.get_user(key).timezone == "Europe/Paris"
    chat.say("/forget")
    chat.press("forget.no")
    assert chat.templates() == ["forget/kept", "resume/back_to", "step/role"]
    state = store.get_state(key)
    assert state.flow == "debrief" and state.answers == {"project": "New play"}
