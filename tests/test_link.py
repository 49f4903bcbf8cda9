"""One actor on both platforms: link codes, merged journals, unlinking, and where check-ins go."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from conftest import Chat, Clock

from bot.engine import Engine
from bot.events import ChatKind, Platform, Reply, Who
from bot.schedule import Scheduler
from bot.store import Audition, TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores


def person(engine: Engine, platform: Platform, uid: str) -> Chat:
    chat = Chat(engine, Who(platform, uid, uid, ChatKind.PRIVATE))
    chat.say("/start")
    return chat


def code_from(text: str) -> str:
    return re.search(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b", text).group(1)


def debrief(chat: Chat, project: str) -> None:
    chat.debrief(project)


def test_link_merges_journals_without_duplicates(engine: Engine, store: TinyDBStore) -> None:
    tg = person(engine, Platform.TELEGRAM, "100")
    dc = person(engine, Platform.DISCORD, "200")
    debrief(tg, "Telegram play")
    debrief(dc, "Discord play")
    shared = Audition(id="same1", date="2026-10-10", project="Imported twice", created_at="t")
    store.add_audition("telegram:100", shared)
    store.add_audition("discord:200", shared)
    code = code_from(tg.say("/link"))
    out = dc.say(f"/link {code.lower()}")  # case and dash don't matter
    assert "Linked" in out and "1 entry moved" in out  # the duplicate stays single
    projects = sorted(a.project for a in store.list_auditions("telegram:100"))
    assert projects == ["Discord play", "Imported twice", "Telegram play"]
    assert store.list_auditions("discord:200") == []  # one journal now
    assert "3 auditions" in dc.say("/journal") and "3 auditions" in tg.say("/journal")
    assert "already linked" in dc.say(f"/link {code_from(tg.say('/link'))}")
    # The code was single use.
    assert "didn't match" in person(engine, Platform.DISCORD, "201").say(f"/link {code}")


async def test_checkins_go_where_the_actor_talked_last(engine: Engine, store: TinyDBStore) -> None:
    tg = person(engine, Platform.TELEGRAM, "110")
    dc = person(engine, Platform.DISCORD, "210")
    debrief(tg, "Play")
    dc.say(f"/link {code_from(tg.say('/link'))}")
    sent: list[tuple[str, str]] = []

    def outbox(name: str) -> object:
        class Box:
            async def send_private(self, user_id: str, replies: list[Reply]) -> bool:
                sent.append((name, user_id))
                return True

            async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool:
                return False

        return Box()

    boxes = {Platform.TELEGRAM: outbox("telegram"), Platform.DISCORD: outbox("discord")}
    first = Scheduler(engine, store, boxes, clock=lambda: datetime(2026, 11, 23, 18, 1, tzinfo=UTC))
    await first.run_due()
    assert sent == [("discord", "210")]  # linked last from Discord
    tg.say("/help")  # now Telegram is where they were last
    later = Scheduler(engine, store, boxes, clock=lambda: datetime(2026, 11, 27, 18, 1, tzinfo=UTC))
    await later.run_due()
    assert sent[-1] == ("telegram", "110")


def test_expired_code(engine: Engine, clock: Clock) -> None:
    tg = person(engine, Platform.TELEGRAM, "120")
    code = code_from(tg.say("/link"))
    clock.now += timedelta(minutes=11)
    dc = person(engine, Platform.DISCORD, "220")
    assert "expired" in dc.say(f"/link {code}")


def test_wrong_codes_are_limited(engine: Engine, clock: Clock) -> None:
    tg = person(engine, Platform.TELEGRAM, "130")
    code = code_from(tg.say("/link"))
    dc = person(engine, Platform.DISCORD, "230")
    for left in (4, 3, 2, 1):
        assert f"{left} tr" in dc.say("/link ABCD-EFGH")
    # The fifth wrong code says at once that linking is paused, not "try again".
    assert "Too many wrong codes" in dc.say("/link ABCD-EFGH")
    assert "Too many wrong codes" in dc.say(f"/link {code}")  # even the right one, for now
    clock.now += timedelta(minutes=61)
    assert "expired" in dc.say(f"/link {code}")  # the lock lifts; the code has run out by now


def test_code_must_be_used_on_the_other_platform(engine: Engine) -> None:
    tg = person(engine, Platform.TELEGRAM, "140")
    code = code_from(tg.say("/link"))
    assert "other platform" in person(engine, Platform.TELEGRAM, "141").say(f"/link {code}")
    assert "Linked" in person(engine, Platform.DISCORD, "240").say(f"/link {code}")


def test_unlink_gives_each_account_its_own_entries(engine: Engine, store: TinyDBStore) -> None:
    tg = person(engine, Platform.TELEGRAM, "150")
    dc = person(engine, Platform.DISCORD, "250")
    debrief(tg, "From Telegram")
    debrief(dc, "From Discord before linking")
    dc.say(f"/link {code_from(tg.say('/link'))}")
    debrief(dc, "From Discord after linking")
    assert len(store.list_auditions("telegram:150")) == 3
    out = dc.say("/unlink")
    assert "2 entries" in out
    assert [a.project for a in store.list_auditions("telegram:150")] == ["From Telegram"]
    assert sorted(a.project for a in store.list_auditions("discord:250")) == [
        "From Discord after linking",
        "From Discord before linking",
    ]
    assert "isn't linked" in dc.say("/unlink")
    assert "1 audition" in tg.say("/journal")


def test_forget_on_a_linked_account_removes_the_link(
    engine: Engine, store: TinyDBStore, data_dir
) -> None:
    tg = person(engine, Platform.TELEGRAM, "160")
    dc = person(engine, Platform.DISCORD, "260777")
    dc.say(f"/link {code_from(tg.say('/link'))}")
    tg.say("/link")  # a live code, too
    dc.say("/forget")
    dc.press("forget.yes")
    blob = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"260777" not in blob and b"telegram:160" not in blob


def test_guessing_codes_from_many_new_accounts_hits_a_bot_wide_limit(
    engine: Engine, store: TinyDBStore
) -> None:
    from bot.flows.link import GLOBAL_FAILURES, MAX_FAILURES

    owner = person(engine, Platform.TELEGRAM, "owner")
    code = code_from(owner.say("/link"))
    guessers = GLOBAL_FAILURES // (MAX_FAILURES - 1) + 1
    for n in range(guessers):  # each account stays under its own limit
        guesser = person(engine, Platform.DISCORD, f"g{n}")
        for _ in range(MAX_FAILURES - 1):
            guesser.say("/link AAAA-BBBB")
    latecomer = person(engine, Platform.DISCORD, "latecomer")
    latecomer.say(f"/link {code}")  # even the right code waits while the budget is spent
    assert latecomer.templates() == ["link/busy"]
    assert store.get_alias(latecomer.who.identity_key) is None
