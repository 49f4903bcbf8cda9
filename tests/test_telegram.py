"""The real python-telegram-bot Application, polling a local fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from conftest import debrief_script, slow_stats
from fake_telegram import BOT_USER, FakeBotAPI
from telegram import Update
from telegram.ext import TypeHandler

from bot.adapters.telegram import TelegramAdapter
from bot.config import TelegramConfig
from bot.engine import Engine
from bot.events import Reply
from bot.store import TinyDBStore

TOKEN = "123456:TEST-token"
GROUP = -100777


class Harness:
    def __init__(self, fake: FakeBotAPI, adapter: TelegramAdapter, store: TinyDBStore) -> None:
        self.fake, self.adapter, self.store = fake, adapter, store
        self._done: dict[int, asyncio.Event] = {}
        self._ids = itertools.count(1)
        adapter.application.add_handler(TypeHandler(Update, self._mark), group=1)

    async def _mark(self, update: Update, context: Any) -> None:
        self._done.setdefault(update.update_id, asyncio.Event()).set()

    async def push(self, update: dict[str, Any]) -> None:
        update_id = self.fake.push(update)
        event = self._done.setdefault(update_id, asyncio.Event())
        await asyncio.wait_for(event.wait(), timeout=15)

    @staticmethod
    def user(uid: int) -> dict[str, Any]:
        return {"id": uid, "is_bot": False, "first_name": f"Actor{uid}"}

    def _message(self, uid: int, chat_id: int | None, **content: Any) -> dict[str, Any]:
        chat_id = chat_id or uid
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id < 0:
            chat["title"] = "Actors' group"
        return {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(uid),
            **content,
        }

    async def text(self, uid: int, text: str, chat_id: int | None = None) -> None:
        entities = []
        if text.startswith("/"):
            entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        msg = self._message(uid, chat_id, text=text, entities=entities)
        await self.push({"message": msg})

    async def sticker(self, uid: int) -> None:
        sticker = {
            "file_id": "s1",
            "file_unique_id": "u1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        await self.push({"message": self._message(uid, None, sticker=sticker)})

    def last_keyboard_message(self, uid: int) -> dict[str, Any]:
        for msg in reversed(self.fake.messages):
            if msg["chat"]["id"] == uid and msg.get("reply_markup"):
                return msg
        raise AssertionError("no message with buttons")

    async def press(self, uid: int, label: str, message: dict[str, Any] | None = None) -> None:
        message = message or self.last_keyboard_message(uid)
        buttons = [b for row in message["reply_markup"]["inline_keyboard"] for b in row]
        data = next(b["callback_data"] for b in buttons if b["text"] == label)
        await self.press_data(uid, data, message)

    async def press_data(self, uid: int, data: str, message: dict[str, Any]) -> None:
        query = {
            "id": f"cq{next(self._ids)}",
            "from": self.user(uid),
            "chat_instance": "ci",
            "data": data,
            "message": message,
        }
        await self.push({"callback_query": query})


@pytest.fixture
async def tg(engine: Engine, store: TinyDBStore) -> AsyncIterator[Harness]:
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    adapter = TelegramAdapter(engine, TelegramConfig(token=TOKEN, api_base_url=fake.base_url))
    harness = Harness(fake, adapter, store)
    await adapter.start()
    try:
        yield harness
    finally:
        await adapter.stop()
        await fake.stop()


async def test_start_registers_the_command_menu(tg: Harness) -> None:
    [commands] = tg.fake.sent("setMyCommands")
    names = [c["command"] for c in commands["commands"]]
    assert {"debrief", "journal", "cancel", "help", "daily"} <= set(names)


@pytest.mark.parametrize("code", [400, 404, 500])
async def test_a_server_without_the_command_menu_still_runs_the_bot(
    engine: Engine, store: TinyDBStore, code: int
) -> None:
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    fake.fail_next["setMyCommands"] = [code]
    adapter = TelegramAdapter(engine, TelegramConfig(token=TOKEN, api_base_url=fake.base_url))
    tg = Harness(fake, adapter, store)
    await adapter.start()
    try:
        await tg.text(601, "/debrief")
        assert fake.messages and fake.messages[-1]["chat"]["id"] == 601
        assert not fake.sent("setMyCommands")  # it was refused, and that was all
    finally:
        await adapter.stop()
        await fake.stop()


async def test_whole_debrief_with_buttons(tg: Harness) -> None:
    uid = 501
    await tg.text(uid, "/debrief")
    await tg.text(uid, "Twelfth Night")
    await tg.text(uid, "Viola")
    await tg.press(uid, "Yesterday")
    await tg.press(uid, "Self-tape")
    await tg.text(uid, "a grey coat")
    await tg.press(uid, "4")
    await tg.text(uid, "the ring speech")
    await tg.text(uid, "less is more")
    await tg.text(uid, "/skip")
    [audition] = tg.store.list_auditions(f"telegram:{uid}")
    assert (audition.project, audition.role, audition.format, audition.feeling) == (
        "Twelfth Night",
        "Viola",
        "selftape",
        4,
    )
    assert "Saved to your journal" in "".join(tg.fake.texts())
    # Every button press was answered, and its keyboard replaced by the chosen label.
    assert len(tg.fake.sent("answerCallbackQuery")) == 3
    edits = tg.fake.sent("editMessageText")
    assert len(edits) == 3 and edits[0]["text"].endswith("<i>→ Yesterday</i>")
    assert all("reply_markup" not in e for e in edits)


async def test_resume_after_leaving(tg: Harness, engine: Engine) -> None:
    uid = 502
    await tg.text(uid, "/debrief")
    await tg.text(uid, "Our Town")
    await tg.text(uid, "/debrief")
    assert "in progress" in tg.fake.texts()[-1] and "<b>Our Town</b>" in tg.fake.texts()[-1]
    await tg.press(uid, "Carry on")
    assert tg.fake.texts()[-1].startswith("2/9")


async def test_stale_button_pressed_twice_changes_nothing(tg: Harness) -> None:
    uid = 503
    await tg.text(uid, "/debrief")
    await tg.text(uid, "Play")
    await tg.text(uid, "/skip")
    date_message = tg.last_keyboard_message(uid)
    await tg.press(uid, "Today", date_message)
    await tg.press(uid, "Yesterday", date_message)  # an old client still showing the buttons
    state = tg.store.get_state(f"telegram:{uid}")
    assert state.answers["date"] == "2026-11-20"
    assert "already answered" in " ".join(tg.fake.texts()[-2:])


async def test_forged_callback_data(tg: Harness) -> None:
    uid = 504
    await tg.text(uid, "/debrief")
    message = tg.fake.messages[-1]
    await tg.press_data(uid, "deadbeef|project|<b>x</b>", message)
    await tg.press_data(uid, "A" * 200, message)
    assert tg.store.get_state(f"telegram:{uid}").answers == {}
    assert len(tg.fake.sent("answerCallbackQuery")) == 2


async def test_html_in_user_text_is_escaped(tg: Harness) -> None:
    uid = 505
    await tg.text(uid, "/debrief")
    await tg.text(uid, "<script>alert(1)</script> & <b>Bold</b>")
    await tg.text(uid, "/debrief")
    text = tg.fake.texts()[-1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Bold&lt;/b&gt;" in text
    assert tg.fake.sent()[-1]["parse_mode"] == "HTML"


async def test_sticker_gets_a_text_only_reply(tg: Harness) -> None:
    await tg.sticker(506)
    assert "I can only read text" in tg.fake.texts()[-1]
    assert "sticker" in tg.fake.texts()[-1]


async def test_oversized_reply_is_split_under_the_limit(tg: Harness) -> None:
    uid = 507
    long_answer = " ".join(["word"] * 790)  # 3,949 chars: under the answer limit
    await tg.text(uid, "/debrief")
    await tg.text(uid, "Long play")
    for answer in ("/skip", "today", "/skip", "/skip", "/skip"):  # role .. feeling
        await tg.text(uid, answer)
    for _ in range(3):  # nailed, learned, extra
        await tg.text(uid, long_answer.replace("word", "&lt;"))
    summary_parts = [t for t in tg.fake.texts() if "&amp;lt;" in t]
    assert len(summary_parts) >= 2
    assert all(len(t) <= 4096 for t in tg.fake.texts())
    # Only the last part of a split reply carries buttons, and nothing was lost.
    joined = " ".join(tg.fake.texts())
    assert joined.count("&amp;lt;") >= 790 * 3


async def test_blocked_user_is_marked_and_not_retried(tg: Harness) -> None:
    uid = 508
    await tg.text(uid, "/start")
    tg.fake.fail_next["sendMessage"] = [403]
    await tg.text(uid, "/help")
    user = tg.store.get_user(f"telegram:{uid}")
    assert user is not None and user.active is False
    assert [c.status for c in tg.fake.calls if c.method == "sendMessage"][-1] == 403


async def test_429_is_retried_after_the_servers_delay(tg: Harness) -> None:
    uid = 509
    tg.fake.fail_next["sendMessage"] = [429]
    started = time.monotonic()
    await tg.text(uid, "/help")
    statuses = [c.status for c in tg.fake.calls if c.method == "sendMessage"]
    assert statuses == [429, 200]
    assert time.monotonic() - started >= 1.0  # waited retry_after before trying again


async def test_group_admin_sets_daily_quote_non_admin_refused(tg: Harness) -> None:
    admin, member = 601, 602
    tg.fake.admins.add((GROUP, admin))
    await tg.text(member, "/daily on 08:00 Europe/Berlin", GROUP)
    assert "only an admin" in tg.fake.texts()[-1]
    assert tg.store.get_chat(f"telegram:{GROUP}") is None
    await tg.text(admin, "/daily@callback_test_bot on 08:00 Europe/Berlin", GROUP)
    chat = tg.store.get_chat(f"telegram:{GROUP}")
    assert (chat.daily_quote, chat.quote_time, chat.timezone) == (True, "08:00", "Europe/Berlin")
    checked = {(int(p["chat_id"]), int(p["user_id"])) for p in tg.fake.sent("getChatMember")}
    assert checked == {(GROUP, admin), (GROUP, member)}


async def test_debrief_in_group_offers_a_private_chat(tg: Harness) -> None:
    await tg.text(603, "/debrief", GROUP)
    last = tg.fake.sent()[-1]
    assert int(last["chat_id"]) == GROUP
    assert "Debriefs are private" in last["text"] and "one to one" in last["text"]
    button = last["reply_markup"]["inline_keyboard"][-1][0]
    assert button["url"] == f"https://t.me/{BOT_USER['username']}?start=debrief"
    assert tg.store.get_state("telegram:603") is None
    # The deep link starts the debrief in private.
    await tg.text(603, "/start debrief")
    assert tg.store.get_state("telegram:603").step == "project"


async def test_one_failing_update_does_not_stop_the_bot(tg: Harness) -> None:
    tg.fake.fail_next["sendMessage"] = [400]
    await tg.text(510, "/help")
    await tg.text(510, "/help")
    assert "Here is what I understand" in tg.fake.texts()[-1]


async def test_python_m_bot_run_serves_telegram_and_never_logs_the_token(tmp_path) -> None:
    """The real CLI process, DEBUG logging on, talking to the fake; SIGTERM stops it cleanly."""
    import os
    import signal
    import sys
    from pathlib import Path

    fake = FakeBotAPI(TOKEN)
    await fake.start()
    config = tmp_path / "config.toml"
    config.write_text('[bot]\nlog_level = "DEBUG"\n')
    env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        CALLBACK_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "--config",
        str(config),
        "run",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        fake.push(FakeBotAPI.private_text(42, "/start", message_id=1))
        for _ in range(200):
            if fake.texts():
                break
            await asyncio.sleep(0.05)
        assert "bot (not a person)" in fake.texts()[0]
        fake.fail_next["sendMessage"] = [500]  # an error with a traceback, at DEBUG level
        fake.push(FakeBotAPI.private_text(42, "/help", message_id=2))
        for _ in range(100):
            if any(c.status == 500 for c in fake.calls):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
        await fake.stop()
    log = (out + err).decode()
    assert proc.returncode == 0, log[-2000:]
    assert "telegram adapter started" in log and "update failed" in log
    assert TOKEN not in log and "TEST-token" not in log


async def test_scheduled_checkin_over_telegram_and_its_outcome_button(
    tg: Harness, engine, clock
) -> None:
    from datetime import UTC, datetime

    from bot.events import Platform
    from bot.schedule import Scheduler

    for uid in (701, 702):
        for text in debrief_script("Cabaret"):
            await tg.text(uid, text)
    tg.fake.fail_next["sendMessage"] = []
    # The engine and the scheduler read one clock in the bot: three days on, for both.
    clock.now = datetime(2026, 11, 23, 18, 1, tzinfo=UTC)
    scheduler = Scheduler(engine, tg.store, {Platform.TELEGRAM: tg.adapter}, clock=clock)
    tg.fake.fail_next["sendMessage"] = [403]  # the first of the two has blocked the bot
    report = await scheduler.run_due()
    assert (report.sent, report.skipped) == (1, 1)
    blocked = 701 if tg.store.get_user("telegram:701").active is False else 702
    reachable = 701 + 702 - blocked
    message = tg.last_keyboard_message(reachable)
    assert "3 days since <b>Cabaret</b>" in message["text"]
    await tg.press(reachable, "Got a callback!", message)
    assert tg.store.list_auditions(f"telegram:{reachable}")[0].outcome == "callback"
    assert "A callback for <b>Cabaret</b>" in tg.fake.texts()[-2]
    assert tg.fake.texts()[-1].startswith("<b>Prep card</b>: Cabaret, Fri 20 Nov 2026")
    statuses = [c.status for c in tg.store.list_checkins(f"telegram:{reachable}")]
    assert statuses == ["sent", "cancelled", "cancelled"]


async def test_stats_and_export_arrive_as_files(tg: Harness) -> None:
    uid = 801
    for text in [*debrief_script("Pippin"), "/stats", "/export"]:
        await tg.text(uid, text)
    [photo] = tg.fake.sent("sendPhoto")
    assert photo["photo"]["size"] > 5000
    names = sorted(d["document"]["filename"] for d in tg.fake.sent("sendDocument"))
    assert [n.rsplit(".", 1)[1] for n in names] == ["csv", "json", "md"]
    assert not list((tg.store.data_dir / "exports").rglob("*.*"))  # local copies are gone


async def test_webhook_mode_registers_and_checks_the_secret(
    engine: Engine, store: TinyDBStore
) -> None:
    import socket

    import aiohttp

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    config = TelegramConfig(
        token=TOKEN,
        api_base_url=fake.base_url,
        mode="webhook",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_path_secret="s3cret-path-123",
        webhook_public_url="https://bot.example.test/tg",
    )
    adapter = TelegramAdapter(engine, config)
    await adapter.start()
    try:
        [registered] = fake.sent("setWebhook")
        assert registered["url"] == "https://bot.example.test/tg/s3cret-path-123"
        assert registered["secret_token"] == "s3cret-path-123"
        update = {"update_id": 1, **FakeBotAPI.private_text(901, "/help")}
        url = f"http://127.0.0.1:{port}/s3cret-path-123"
        async with aiohttp.ClientSession() as session:
            async with session.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            ) as r:
                assert r.status == 403  # forged update: refused
            async with session.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-path-123"}
            ) as r:
                assert r.status == 200
        for _ in range(100):
            if fake.texts():
                break
            await asyncio.sleep(0.02)
        assert len(fake.texts()) == 1 and "Here is what I understand" in fake.texts()[0]
    finally:
        await adapter.stop()
        await fake.stop()


async def test_adapter_refuses_to_send_journal_content_to_a_group(tg: Harness) -> None:
    """The last line of defence: even if a private reply were routed to a group, it stays unsent."""
    from bot.events import Reply
    from bot.store import Audition

    entry = Reply(
        "journal/entry",
        {"a": Audition(id="s", date="2026-11-01", project="Secret", created_at="t").to_dict()},
        private_only=True,
    )
    assert await tg.adapter.send_chat(str(GROUP), [entry, Reply("help")]) is True
    [sent] = tg.fake.sent()
    assert int(sent["chat_id"]) == GROUP and "Secret" not in sent["text"]


async def test_paused_means_paused_over_telegram(tg: Harness) -> None:
    uid = 531
    await tg.text(uid, "/debrief")
    await tg.text(uid, "Hamlet")
    await tg.text(uid, "I want to sleep and never wake up")
    assert "I'm a bot" in tg.fake.texts()[-2] and "paused" in tg.fake.texts()[-1]
    await tg.text(uid, "I just feel so alone right now")
    assert "paused" in tg.fake.texts()[-1]
    state = tg.store.get_state(f"telegram:{uid}")
    assert state.answers == {"project": "Hamlet"} and state.paused
    await tg.press(uid, "Go on where I left off")
    await tg.text(uid, "Laertes")
    assert tg.store.get_state(f"telegram:{uid}").answers["role"] == "Laertes"


async def test_rejected_token_is_one_scrubbed_line_and_exit_2(tmp_path) -> None:
    import os
    import sys
    from pathlib import Path

    fake = FakeBotAPI(TOKEN)
    await fake.start()
    wrong = "999999:WRONG-secret-token-value"
    env = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    env.update(
        TELEGRAM_BOT_TOKEN=wrong,
        TELEGRAM_API_BASE_URL=fake.base_url,
        CALLBACK_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(Path(__file__).resolve().parent.parent),
    )
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    finally:
        await fake.stop()
    text = (out + err).decode()
    assert proc.returncode == 2, text[-2000:]
    assert "Cannot start" in text and "Traceback" not in text
    assert wrong not in text and "WRONG-secret" not in text


async def test_journal_in_group_links_to_the_journal_not_a_debrief(tg: Harness) -> None:
    await tg.text(604, "/journal", GROUP)
    button = tg.fake.sent()[-1]["reply_markup"]["inline_keyboard"][-1][0]
    assert button["url"] == f"https://t.me/{BOT_USER['username']}?start=journal"
    await tg.text(604, "/start journal")
    assert "journal" in tg.fake.texts()[-1].lower()
    assert tg.store.get_state("telegram:604") is None


async def test_a_slow_turn_shows_typing_then_answers(
    tg: Harness, engine: Engine, monkeypatch
) -> None:
    """A first chart can take a while: "typing…" meanwhile, then the answer."""
    slow_stats(engine, monkeypatch)
    await tg.text(560, "/stats")
    [action] = tg.fake.sent("sendChatAction")
    assert action["action"] == "typing" and str(action["chat_id"]) == "560"
    sent = [c.method for c in tg.fake.calls if c.method in ("sendChatAction", "sendMessage")]
    assert sent[0] == "sendChatAction" and "sendMessage" in sent[1:]
    await tg.text(560, "/help")  # a quick turn shows nothing extra
    assert len(tg.fake.sent("sendChatAction")) == 1


async def test_a_late_answer_from_telegram_counts_as_sent_never_twice(
    engine: Engine, store: TinyDBStore, caplog
) -> None:
    """A request Telegram answers after our timeout was most likely delivered: counting it
    as failed marked fan-out check-ins 'skipped' that people had received (seen under
    load). It counts as sent and is never tried again."""
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    config = TelegramConfig(token=TOKEN, api_base_url=fake.base_url)
    adapter = TelegramAdapter(engine, config, read_timeout=0.3)
    await adapter.start()
    try:
        fake.delay_next["sendMessage"] = [1.0]
        ok = await adapter.send_private("777", [Reply("idle_text")])
        assert ok
        assert len(fake.sent("sendMessage")) == 1  # delivered once, not retried
        assert "counted as delivered" in caplog.text
    finally:
        await adapter.stop()
        await fake.stop()
