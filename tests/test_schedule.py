"""Check-ins and daily quotes from a real APScheduler, with the clock under test control."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from conftest import debrief_script

from bot.content import Encourager, Library, RuleMatcher
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Reply, Who
from bot.flows.checkin import CheckinPolicy
from bot.render import Format, Renderer
from bot.schedule import Scheduler
from bot.store import TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


class Outbox:
    """Records what the scheduler delivers; `refuse` plays a user who blocked the bot."""

    def __init__(self) -> None:
        self.private: list[tuple[str, list[Reply]]] = []
        self.chats: list[tuple[str, str, datetime]] = []
        self.refuse: set[str] = set()
        self.renderer = Renderer(Format.PLAIN)

    async def send_private(self, user_id: str, replies: list[Reply]) -> bool:
        if user_id in self.refuse:
            return False
        self.private.append((user_id, replies))
        return True

    async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool:
        self.chats.append((chat_id, replies[0].values["text"], now()))
        return True


class PowerCut(Exception):
    """Stands for the process dying at a chosen line."""


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(datetime(2026, 3, 5, 20, 0, tzinfo=UTC), tick=False) as traveller:
        yield traveller


def build(data_dir, library: Library, **policy) -> tuple[Engine, TinyDBStore, Outbox, Scheduler]:
    store = TinyDBStore(data_dir)
    engine = Engine(
        store,
        Encourager(library, RuleMatcher(), store, seed=1),
        policy=CheckinPolicy(**policy),
        clock=now,
    )
    outbox = Outbox()
    return engine, store, outbox, Scheduler(engine, store, {Platform.TELEGRAM: outbox})


def say(engine: Engine, user: str, text: str, kind: ChatKind = ChatKind.PRIVATE) -> list[Reply]:
    who = Who(
        Platform.TELEGRAM,
        user,
        user if kind is ChatKind.PRIVATE else "-100" + user,
        kind,
        is_chat_admin=True,
    )
    return engine.handle(Incoming.parse_text(who, text))


def debrief(engine: Engine, user: str, project: str, day: str) -> None:
    for text in debrief_script(project, day, learned="I was so nervous"):
        say(engine, user, text)


async def tick(scheduler: Scheduler) -> None:
    """Let the real APScheduler notice the new time and run its minute job once."""
    done: asyncio.Future[object] = asyncio.get_running_loop().create_future()

    def listener(event: object) -> None:
        if getattr(event, "job_id", None) == "tick" and not done.done():
            done.set_result(event)

    scheduler.aps.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    scheduler.aps.wakeup()
    event = await asyncio.wait_for(done, timeout=10)
    scheduler.aps.remove_listener(listener)
    assert getattr(event, "exception", None) is None, event


def local(dt: str, tz: str) -> datetime:
    return datetime.fromisoformat(dt).astimezone(ZoneInfo(tz))


async def test_checkins_at_local_hour_across_dst(clock, data_dir, library) -> None:
    engine, store, outbox, scheduler = build(data_dir, library)
    say(engine, "ny", "/settings timezone America/New_York")
    debrief(engine, "ny", "Spring play", "2026-03-05")  # DST starts in New York on 8 March
    checkins = store.list_checkins("telegram:ny")
    assert [c.day for c in checkins] == [3, 7, 14]
    assert [local(c.due, "America/New_York").hour for c in checkins] == [18, 18, 18]
    assert [c.due[11:16] for c in checkins] == ["22:00", "22:00", "22:00"]  # EDT, UTC-4
    await scheduler.start()
    try:
        clock.move_to(datetime(2026, 3, 8, 21, 59, tzinfo=UTC))
        await tick(scheduler)
        assert outbox.private == []
        clock.move_to(datetime(2026, 3, 8, 22, 0, 30, tzinfo=UTC))
        await tick(scheduler)
        [(user, replies)] = outbox.private
        assert user == "ny" and "3 days since" in outbox.renderer.render(replies[0])
        assert [c.status for c in store.list_checkins("telegram:ny")] == [
            "sent",
            "pending",
            "pending",
        ]
    finally:
        scheduler.shutdown()


@pytest.mark.parametrize(
    ("tz", "expected_utc"),
    [("Pacific/Kiritimati", "04:00"), ("Asia/Kolkata", "12:30"), ("Australia/Lord_Howe", "07:00")],
)
async def test_unusual_offsets(clock, data_dir, library, tz: str, expected_utc: str) -> None:
    engine, store, _, _ = build(data_dir, library)
    say(engine, "u", f"/settings timezone {tz}")
    debrief(engine, "u", "Play", "yesterday")
    first = store.list_checkins("telegram:u")[0]
    assert local(first.due, tz).hour == 18 and first.due[11:16] == expected_utc


async def test_quiet_hours_move_the_checkin(clock, data_dir, library) -> None:
    engine, store, _, _ = build(data_dir, library, hour=23)  # 23:00 sits in 22:00-09:00
    debrief(engine, "q", "Late show", "2026-03-05")
    assert next(c.due for c in store.list_checkins("telegram:q")) == "2026-03-09T09:00:00+00:00"
    say(engine, "q", "/settings quiet 08:00-10:00")  # now 23:00 is fine again
    pending = [c for c in store.list_checkins("telegram:q") if c.status == "pending"]
    assert [c.due[11:16] for c in pending] == ["23:00", "23:00", "23:00"]
    assert "I couldn't read" in Renderer(Format.PLAIN).render(
        say(engine, "q", "/settings quiet 9 till late")[0]
    )
    assert "I don't know the timezone" in Renderer(Format.PLAIN).render(
        say(engine, "q", "/settings timezone Mars/Olympus")[0]
    )


async def test_outcome_cancels_the_remaining_checkins(clock, data_dir, library) -> None:
    engine, store, outbox, scheduler = build(data_dir, library)
    debrief(engine, "c", "Hamlet", "2026-03-05")
    await scheduler.start()
    try:
        clock.move_to(datetime(2026, 3, 8, 18, 1, tzinfo=UTC))
        await tick(scheduler)
        [(_, replies)] = outbox.private
        callback = next(c.payload for c in replies[0].choices if c.label == "outcome.callback")
        who = Who(Platform.TELEGRAM, "c", "c")
        answer = engine.handle(Incoming(who, button=callback))
        text = Renderer(Format.PLAIN).render(answer[0])
        assert "A callback for Hamlet" in text and "won't send more" in text
        assert store.list_auditions("telegram:c")[0].outcome == "callback"
        for day in (12, 19):
            clock.move_to(datetime(2026, 3, day, 18, 1, tzinfo=UTC))
            await tick(scheduler)
        assert len(outbox.private) == 1
        assert [c.status for c in store.list_checkins("telegram:c")] == [
            "sent",
            "cancelled",
            "cancelled",
        ]
    finally:
        scheduler.shutdown()


async def test_reply_to_a_checkin_gets_matched_encouragement(clock, data_dir, library) -> None:
    engine, store, _outbox, scheduler = build(data_dir, library)
    debrief(engine, "r", "Play", "2026-03-05")
    clock.move_to(datetime(2026, 3, 8, 18, 1, tzinfo=UTC))
    await scheduler.run_due()
    replies = say(engine, "r", "still no word, I keep checking my email every hour")
    assert [r.template for r in replies] == ["checkin/thanks", "encouragement"]
    assert replies[1].values["theme"] == "silence"
    assert store.get_state("telegram:r") is None


async def test_rebuild_after_restart_and_grace_policy(clock, data_dir, library) -> None:
    engine, store, outbox, scheduler = build(data_dir, library, days=(3, 4))
    debrief(engine, "g", "Play", "2026-03-05")  # due 8 March and 9 March, 18:00 UTC
    # The bot is down from now until 9 March 05:00: day 3 is 11 h late, day 4 not yet due.
    clock.move_to(datetime(2026, 3, 9, 5, 0, tzinfo=UTC))
    engine, store, outbox, scheduler = build(data_dir, library, days=(3, 4))
    report = await scheduler.start()
    try:
        assert (report.sent, report.missed) == (1, 0)
        assert [user for user, _ in outbox.private] == ["g"]
        # Down again until 10 March 07:00: day 4 is now 13 h late, past the 12 h grace.
        scheduler.shutdown()
        clock.move_to(datetime(2026, 3, 10, 7, 0, tzinfo=UTC))
        engine, store, _outbox, scheduler = build(data_dir, library, days=(3, 4))
        report = await scheduler.start()
        assert (report.sent, report.missed) == (0, 1)
        assert [c.status for c in store.list_checkins("telegram:g")] == ["sent", "missed"]
        assert list(store.due_dir.glob("*")) == []  # the index is drained
    finally:
        scheduler.shutdown()


async def test_no_duplicate_after_a_crash_between_send_and_record(clock, data_dir, library) -> None:
    engine, store, outbox, scheduler = build(data_dir, library, days=(3,))
    debrief(engine, "x", "Play", "2026-03-05")
    clock.move_to(datetime(2026, 3, 8, 18, 1, tzinfo=UTC))
    real = store.transition_checkin

    def crash_on_record(*args, **kwargs) -> bool:
        if kwargs.get("to_status") == "sent":
            raise PowerCut("right after the send, before it was recorded")
        return real(*args, **kwargs)

    store.transition_checkin = crash_on_record  # type: ignore[method-assign]
    report = await scheduler.run_due()  # the minute's run survives one person's failure
    assert report.failed == ["telegram:x"]
    assert len(outbox.private) == 1
    # A new process: the check-in is still marked as being sent, so it is never repeated.
    engine, store, outbox, scheduler = build(data_dir, library, days=(3,))
    await scheduler.run_due()
    assert outbox.private == []
    assert [c.status for c in store.list_checkins("telegram:x")] == ["sending"]


async def test_paused_and_unreachable_users_are_skipped(clock, data_dir, library) -> None:
    engine, store, outbox, scheduler = build(data_dir, library, days=(3,))
    debrief(engine, "p", "Play", "2026-03-05")
    debrief(engine, "b", "Play", "2026-03-05")
    say(engine, "p", "/settings pause")
    outbox.refuse.add("b")
    clock.move_to(datetime(2026, 3, 8, 18, 1, tzinfo=UTC))
    report = await scheduler.run_due()
    assert (report.sent, report.skipped) == (0, 2)
    assert store.list_checkins("telegram:p")[0].status == "skipped"
    assert store.list_checkins("telegram:b")[0].status == "skipped"


async def test_daily_quotes_to_several_chats_once_a_day_without_repeats(
    clock, data_dir, library
) -> None:
    engine, store, outbox, scheduler = build(data_dir, library)
    say(engine, "1", "/daily on 08:00 Europe/London", ChatKind.GROUP)
    say(engine, "2", "/daily on 09:30 Asia/Tokyo", ChatKind.GROUP)
    say(engine, "3", "/daily on 07:15 America/Los_Angeles", ChatKind.GROUP)
    await scheduler.start()
    try:
        start = datetime(2026, 3, 6, 0, 0, tzinfo=UTC)
        for hour in range(0, 24 * 5, 1):  # five days, hour by hour
            clock.move_to(start + timedelta(hours=hour, minutes=16))
            await tick(scheduler)
        settings = {
            "-1001": ("Europe/London", "08:00"),
            "-1002": ("Asia/Tokyo", "09:30"),
            "-1003": ("America/Los_Angeles", "07:15"),
        }
        assert {c for c, _, _ in outbox.chats} == set(settings)
        for chat_id, (tz, at) in settings.items():
            sends = [
                (text, when.astimezone(ZoneInfo(tz)))
                for c, text, when in outbox.chats
                if c == chat_id
            ]
            days = [when.date() for _, when in sends]
            assert len(days) >= 5 and len(set(days)) == len(days)  # at most one a local day
            assert all(when.strftime("%H:%M") >= at for _, when in sends)  # never early
            assert len({text for text, _ in sends}) == len(sends)  # no repeats
        # Los Angeles's 07:15 on 5 March had passed when /daily was set: it starts the next
        # day, as its reply says, instead of posting at once.
        la_days = [
            w.astimezone(ZoneInfo("America/Los_Angeles")).date().day
            for c, _, w in outbox.chats
            if c == "-1003"
        ]
        assert la_days == [6, 7, 8, 9, 10]  # DST began on the 8th; still one a day
        assert store.get_chat("telegram:-1002").last_sent == "2026-03-10"
    finally:
        scheduler.shutdown()


async def test_checkins_are_spread_over_the_window_at_a_stable_minute(
    clock, data_dir, library
) -> None:
    """A timezone's evening is a stream: each person at their own minute after the hour."""
    from bot.app import policy_from
    from bot.config import load_config

    assert policy_from(load_config(env={})).spread == timedelta(minutes=60)
    engine, store, _, _ = build(data_dir, library, spread=timedelta(minutes=60))
    people = [f"p{i}" for i in range(120)]
    for user in people:
        say(engine, user, "/settings timezone America/New_York")
        debrief(engine, user, "Spring play", "2026-03-05")  # day 3 falls on the DST change
    first = {
        u: local(store.list_checkins(f"telegram:{u}")[0].due, "America/New_York") for u in people
    }
    assert all(t.hour == 18 for t in first.values())  # within the hour after 18:00, wall clock
    per_minute = {t.minute for t in first.values()}
    assert len(per_minute) >= 40  # spread, not a cliff at 18:00
    busiest = max(sum(t.minute == m for t in first.values()) for m in per_minute)
    assert busiest <= 10  # was 120 in one minute
    # The same person's minute never moves: all their check-ins come at it.
    for user in people[:10]:
        minutes = {
            local(c.due, "America/New_York").minute for c in store.list_checkins(f"telegram:{user}")
        }
        assert minutes == {first[user].minute}
