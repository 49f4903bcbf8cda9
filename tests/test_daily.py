"""Group daily-quote settings through the engine: admins only, values validated."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Who
from bot.flows.daily import parse_time
from bot.render import Format, Renderer
from bot.store import TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def group(admin: bool, user: str = "u1") -> Who:
    return Who(Platform.TELEGRAM, user, "-1001", ChatKind.GROUP, is_chat_admin=admin)


def say(engine: Engine, who: Who, text: str) -> str:
    replies = engine.handle(Incoming.parse_text(who, text))
    return "\n".join(Renderer(Format.PLAIN).render(r) for r in replies)


def test_admin_turns_it_on_with_time_and_timezone(engine: Engine, store: TinyDBStore) -> None:
    out = say(engine, group(True), "/daily on 07:45 Pacific/Auckland")
    assert "07:45 (Pacific/Auckland)" in out
    chat = store.get_chat("telegram:-1001")
    assert (chat.daily_quote, chat.quote_time, chat.timezone) == (True, "07:45", "Pacific/Auckland")
    assert "07:45" in say(engine, group(False, "u2"), "/daily")
    say(engine, group(True), "/daily off")
    assert store.get_chat("telegram:-1001").daily_quote is False


def test_non_admin_is_refused_politely_and_nothing_changes(
    engine: Engine, store: TinyDBStore
) -> None:
    out = say(engine, group(False), "/daily on 09:00")
    assert "only an admin" in out
    assert store.get_chat("telegram:-1001") is None


def test_typed_claims_of_admin_do_not_count(engine: Engine, store: TinyDBStore) -> None:
    say(engine, group(False), "/daily on 09:00 admin=true")
    assert store.get_chat("telegram:-1001") is None


def test_bad_values_are_explained(engine: Engine, store: TinyDBStore) -> None:
    assert 'couldn\'t use "Mars/Base"' in say(engine, group(True), "/daily on Mars/Base")
    assert 'couldn\'t use "25:00"' in say(engine, group(True), "/daily on 25:00")
    assert "Try /daily on" in say(engine, group(True), "/daily sometimes")
    assert store.get_chat("telegram:-1001") is None


def test_in_private_it_explains_it_is_for_groups(engine: Engine) -> None:
    who = Who(Platform.TELEGRAM, "u1", "u1", ChatKind.PRIVATE)
    assert "for group chats" in say(engine, who, "/daily on")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8:30", "08:30"), ("0830", "08:30"), ("20h15", "20:15"), ("23.59", "23:59"), ("24:00", None)],
)
def test_parse_time(text: str, expected: str | None) -> None:
    assert parse_time(text) == expected


def test_unreachable_user_is_reactivated_when_they_write(
    engine: Engine, store: TinyDBStore
) -> None:
    who = Who(Platform.TELEGRAM, "u5", "u5", ChatKind.PRIVATE)
    engine.handle(Incoming.parse_text(who, "/start"))
    engine.mark_unreachable(who.user_key)
    assert store.get_user(who.user_key).active is False
    engine.handle(Incoming.parse_text(who, "hello"))
    assert store.get_user(who.user_key).active is True


def test_a_non_admin_is_told_the_command_they_asked_for(engine) -> None:
    from bot.events import ChatKind, Incoming, Platform, Who

    member = Who(Platform.TELEGRAM, "m", "-77", ChatKind.GROUP, is_chat_admin=False)
    [reply] = engine.handle(Incoming.parse_text(member, "/daily off"))
    assert reply.template == "group/daily_not_admin" and reply.values["action"] == "off"


def quotes_sent(engine: Engine, store: TinyDBStore, at) -> list[str]:
    import asyncio

    from test_schedule import Outbox

    from bot.schedule import Scheduler

    outbox = Outbox()
    asyncio.run(Scheduler(engine, store, {Platform.TELEGRAM: outbox}, clock=lambda: at).run_due())
    return [chat for chat, _, _ in outbox.chats]


def test_turned_on_after_todays_time_it_starts_tomorrow_and_says_so(
    engine: Engine, store: TinyDBStore, clock
) -> None:
    from datetime import UTC, datetime, timedelta

    clock.now = datetime(2026, 11, 20, 16, 37, tzinfo=UTC)
    out = say(engine, group(True), "/daily on 08:30 Europe/London")
    assert "the first tomorrow at 08:30" in out
    assert quotes_sent(engine, store, clock.now) == []  # not at once, 8 hours late
    tomorrow = datetime(2026, 11, 21, 8, 30, tzinfo=UTC)
    assert quotes_sent(engine, store, tomorrow) == ["-1001"]
    # Later the same day: the time moved a minute ahead of now posts today, and says so.
    clock.now = datetime(2026, 11, 22, 7, 0, tzinfo=UTC)
    assert "the first today at 07:01" in say(engine, group(True), "/daily on 07:01")
    assert quotes_sent(engine, store, clock.now + timedelta(minutes=1)) == ["-1001"]
    # Already sent today: a time later today waits for tomorrow, and the reply says so.
    assert "the first tomorrow at 09:00" in say(engine, group(True), "/daily on 09:00")


@pytest.mark.parametrize(
    ("typed", "time", "zone"),
    [
        ("/daily on 8:30am london", "08:30", "Europe/London"),
        ("/daily on 8.30 pm New York", "20:30", "America/New_York"),
        ("/daily on Tokyo 7am", "07:00", "Asia/Tokyo"),
    ],
)
def test_daily_reads_times_and_cities_like_settings(
    engine: Engine, store: TinyDBStore, typed: str, time: str, zone: str
) -> None:
    say(engine, group(True), typed)
    chat = store.get_chat("telegram:-1001")
    assert (chat.quote_time, chat.timezone) == (time, zone)


def test_daily_suggests_a_near_place(engine: Engine) -> None:
    assert "Did you mean Europe/London" in say(engine, group(True), "/daily on 09:00 Londn")
