"""Before the audition: note it, a prep card the night before, "how did it go?" after, a
debrief that is already half filled in, and a calendar.

Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import socket
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from conftest import Chat, Clock, debrief_script, make_engine, private_who
from icalendar import Calendar

from bot.calendar import calendar_bytes
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Who
from bot.journal import export_user, import_into
from bot.ops import OpsServer
from bot.schedule import Scheduler
from bot.store import Store, TinyDBStore

pytestmark = pytest.mark.both_stores

LONDON = ZoneInfo("Europe/London")
KINDS = {"In the room": "room", "Self-tape due": "selftape"}


def note(chat: Chat, project: str, when: str, kind: str = "In the room", place: str = "/skip"):
    chat.say("/upcoming add")
    chat.say(project)
    chat.say("Sonya")
    out = chat.say(when)
    chat.press(f"kind.{KINDS[kind]}")
    chat.say(place)
    return out, chat.say("Bring the sides")


def pending(store: Store, key: str, kind: str) -> list:
    return [c for c in store.list_checkins(key) if c.kind == kind and c.status == "pending"]


def deliver(engine: Engine, store: Store, chat: Chat, clock: Clock, kind: str) -> str:
    """As the scheduler does: the next check-in of this kind, at its time, then delivered."""
    [checkin] = pending(store, chat.who.user_key, kind)
    clock.now = datetime.fromisoformat(checkin.due)
    chat.last = engine.checkin_message(chat.who.user_key, checkin) or []
    engine.checkin_delivered(chat.who.user_key, checkin)
    return "\n\n".join(chat.renderer.render(r) for r in chat.last)


@pytest.fixture
def london(engine: Engine, clock: Clock) -> Chat:
    # Thursday 26 March 2026, 15:30 UTC; the clocks go forward on Sunday 29 March.
    clock.now = datetime(2026, 3, 26, 15, 30, tzinfo=UTC)
    chat = Chat(engine, private_who("up"))
    chat.say("/settings timezone London")
    return chat


def test_a_natural_time_is_echoed_and_the_night_before_is_local_across_dst(
    london: Chat, store: Store
) -> None:
    echoed, saved = note(london, "Uncle Vanya", "monday 10am")
    assert "Noted: on Mon 30 Mar at 10:00." in echoed  # after the change to summer time
    [item] = store.get_user(london.who.user_key).upcoming
    assert datetime.fromisoformat(item.when) == datetime(2026, 3, 30, 10, 0, tzinfo=LONDON)
    [prep] = pending(store, london.who.user_key, "prep")
    [after] = pending(store, london.who.user_key, "after")
    # Sunday 19:00 in London is 18:00 UTC once summer time has begun.
    assert datetime.fromisoformat(prep.due) == datetime(2026, 3, 29, 18, 0, tzinfo=UTC)
    assert datetime.fromisoformat(after.due) == datetime(2026, 3, 30, 11, 0, tzinfo=UTC)
    assert "prep card on Sun 29 Mar at 19:00" in saved


def test_quiet_hours_move_the_reminder_or_the_card_comes_now(london: Chat, store: Store) -> None:
    london.say("/settings quiet 18:00-09:30")
    _, saved = note(london, "Three Sisters", "saturday 9am")
    # 19:00 the night before is quiet, and 09:30 on the day is after the audition: the
    # card comes at once, and "how did it go?" waits until the quiet hours end.
    assert pending(store, london.who.user_key, "prep") == []
    assert london.templates() == ["upcoming/saved", "upcoming/prep"]
    assert "here's your prep card now" in saved
    [after] = pending(store, london.who.user_key, "after")
    assert datetime.fromisoformat(after.due).astimezone(LONDON).hour == 11  # 9:00 + 2 h


def test_the_prep_card_comes_from_the_journal(
    london: Chat, engine: Engine, store: Store, clock: Clock
) -> None:
    for line in debrief_script("The Seagull", learned="Breathe before the last line"):
        london.say(line)
    london.press("details.start")
    london.say("Hart Casting")
    for _ in range(3):
        london.say("/skip")
    note(london, "Uncle Vanya", "monday 2:30pm", place="hart casting")
    card = deliver(engine, store, london, clock, "prep")
    assert london.templates() == ["upcoming/prep"]
    assert "Last time at Hart Casting" in card and "Breathe before the last line" in card
    assert "When: tomorrow at 14:30" in card


def test_a_small_journal_says_less(
    london: Chat, engine: Engine, store: Store, clock: Clock
) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm")
    card = deliver(engine, store, london, clock, "prep")
    assert "Last time" not in card and "doesn't have much to go on" in card


def test_after_it_the_debrief_is_half_done_and_makes_one_entry(
    london: Chat, engine: Engine, store: Store, clock: Clock
) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm")
    out = deliver(engine, store, london, clock, "after")
    assert "How did Uncle Vanya go?" in out
    old_button = london.payload("upcoming.debrief")
    london.press("upcoming.debrief")
    assert london.templates() == ["debrief/begin_planned", "step/wore"]
    for answer in ("A black jumper", "4", "/skip", "/skip", "/skip"):
        london.say(answer)
    [entry] = store.list_auditions(london.who.user_key)
    assert (entry.project, entry.role, entry.date, entry.format) == (
        "Uncle Vanya",
        "Sonya",
        "2026-03-30",
        "room",
    )
    [item] = store.get_user(london.who.user_key).upcoming
    assert (item.status, item.audition_id) == ("done", entry.id)
    # The old button again: settled, nothing twice.
    [reply] = engine.handle(Incoming(london.who, button=old_button))
    assert reply.template == "stale_button"
    assert len(store.list_auditions(london.who.user_key)) == 1


def test_a_debrief_started_by_hand_settles_the_plan(
    london: Chat, store: Store, clock: Clock
) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm")
    clock.now = datetime(2026, 3, 30, 15, 0, tzinfo=UTC)  # that afternoon
    for line in debrief_script("uncle vanya"):
        london.say(line)
    assert len(store.list_auditions(london.who.user_key)) == 1
    [item] = store.get_user(london.who.user_key).upcoming
    assert item.status == "done"
    assert pending(store, london.who.user_key, "after") == []  # it asks nothing more


def test_snooze_didnt_happen_remove_and_change(
    london: Chat, engine: Engine, store: Store, clock: Clock
) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm")
    deliver(engine, store, london, clock, "after")
    london.press("upcoming.snooze")
    assert london.templates() == ["upcoming/snoozed"]
    deliver(engine, store, london, clock, "after")
    london.press("upcoming.missed")
    assert store.get_user(london.who.user_key).upcoming[0].status == "missed"
    assert pending(store, london.who.user_key, "after") == []
    note(london, "Ivanov", "tuesday 11am")
    london.say("/upcoming")
    london.press("upcoming.open")
    london.press("upcoming.edit")
    london.press("upcoming.field.when")
    london.say("wednesday 4pm")
    [prep] = pending(store, london.who.user_key, "prep")  # the reminders followed it
    assert datetime.fromisoformat(prep.due).astimezone(LONDON).date().isoformat() == "2026-03-31"
    london.say("/upcoming")
    london.press("upcoming.open")
    london.press("upcoming.remove")
    assert pending(store, london.who.user_key, "prep") == []
    assert [u.status for u in store.get_user(london.who.user_key).upcoming] == ["missed"]


def test_a_group_is_offered_the_private_chat(engine: Engine) -> None:
    group = Who(Platform.TELEGRAM, "u", "g", ChatKind.GROUP)
    for command in ("upcoming", "calendar"):
        [reply] = engine.handle(Incoming(group, command=command))
        assert reply.template == "group/go_private"


def test_reminders_are_sent_once_through_the_scheduler(
    london: Chat, engine: Engine, store: Store, clock: Clock
) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm")
    sent: list[list] = []

    class Outbox:
        async def send_private(self, user_id: str, replies: list) -> bool:
            sent.append(replies)
            return True

    scheduler = Scheduler(engine, store, {Platform.CONSOLE: Outbox()}, clock=clock)
    clock.now = datetime(2026, 3, 29, 18, 5, tzinfo=UTC)
    asyncio.run(scheduler.run_due())
    asyncio.run(scheduler.run_due())  # a second tick sends nothing again
    assert [r[0].template for r in sent] == ["upcoming/prep"]


def test_the_calendar_file_has_the_local_times(london: Chat, store: Store) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm", place="Hart Casting")
    note(london, "Ivanov", "12/04 18:00", kind="Self-tape due")
    london.say("/calendar")
    [reply] = london.last
    [path] = reply.files
    parsed = Calendar.from_ical(Path(path).read_bytes())
    events = {str(e["summary"]): e for e in parsed.walk("VEVENT")}
    vanya = events["Audition: Uncle Vanya (Sonya)"].decoded("dtstart")
    assert vanya == datetime(2026, 3, 30, 14, 30, tzinfo=LONDON)
    assert str(vanya.tzinfo) == "Europe/London"
    assert str(events["Audition: Uncle Vanya (Sonya)"]["location"]) == "Hart Casting"
    tape = events["Self-tape due: Ivanov (Sonya)"].decoded("dtstart")
    assert tape == datetime(2026, 4, 12, 18, 0, tzinfo=LONDON)
    assert any(c.name == "VTIMEZONE" for c in parsed.subcomponents)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_subscription_link_serves_only_its_owner_until_revoked(
    store: Store, library, clock: Clock, data_dir: Path
) -> None:
    port = free_port()
    engine = make_engine(store, library, clock, data_dir / "exports")
    engine.services.calendar_base = f"http://127.0.0.1:{port}"
    clock.now = datetime(2026, 3, 26, 15, 30, tzinfo=UTC)
    owner, other = Chat(engine, private_who("owner")), Chat(engine, private_who("other"))
    for chat in (owner, other):
        chat.say("/settings timezone London")
    note(owner, "Uncle Vanya", "monday 2:30pm")
    note(other, "Private Project", "tuesday 1pm")
    text = owner.say("/calendar link")
    url = next(w for w in text.split() if w.startswith("http://"))

    async def fetch(server: OpsServer, address: str) -> tuple[int, str]:
        async with aiohttp.ClientSession() as session, session.get(address) as response:
            return response.status, await response.text()

    async def run() -> list[tuple[int, str]]:
        server = OpsServer(store, {}, port=port)
        await server.start()
        try:
            results = [await fetch(server, url)]
            results.append(await fetch(server, url.replace(url[-10:-4], "AAAAAA")))
            await asyncio.to_thread(owner.say, "/calendar revoke")
            results.append(await fetch(server, url))
            return results
        finally:
            await server.stop()

    (ok, body), (wrong, _), (revoked, _) = asyncio.run(run())
    assert ok == 200 and "Uncle Vanya" in body and "Private Project" not in body
    assert wrong == 404 and revoked == 404


def test_export_import_and_forget_carry_the_plans(
    london: Chat, store: Store, tmp_path: Path
) -> None:
    note(london, "Uncle Vanya", "monday 2:30pm")
    key = london.who.user_key
    exported = export_user(store, key)
    elsewhere = TinyDBStore(tmp_path / "elsewhere")
    import_into(elsewhere, exported)
    [item] = elsewhere.get_user(key).upcoming
    assert item.project == "Uncle Vanya"
    assert {c.kind for c in elsewhere.list_checkins(key)} == {"prep", "after"}
    elsewhere.close()
    london.say("/forget")
    london.press("forget.yes")
    assert store.get_user(key) is None
    assert store.list_checkins(key) == []


def test_a_time_that_passed_or_has_no_hour_is_asked_again(london: Chat) -> None:
    london.say("/upcoming add")
    london.say("Uncle Vanya")
    london.say("/skip")
    london.say("yesterday 3pm")
    assert london.templates()[0] == "invalid/when_past"
    london.say("monday")
    assert london.templates()[0] == "invalid/when_no_time"
    london.say("next monday at 11")
    assert london.templates()[0] == "when_understood"


def test_calendar_of_nobody_is_empty_but_valid(clock: Clock) -> None:
    from bot.store import UserProfile

    empty = UserProfile(
        user_key="console:x", timezone="UTC", created_at="2026-01-01T00:00:00+00:00"
    )
    parsed = Calendar.from_ical(calendar_bytes(empty, clock.now))
    assert list(parsed.walk("VEVENT")) == []
    assert parsed["version"] == "2.0"
