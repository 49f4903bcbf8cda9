"""Telegram and Discord together in one event loop, as `python -m bot run` runs them."""

from __future__ import annotations

import asyncio
import time

import discord
import yarl
from fake_discord import FakeDiscord
from fake_telegram import FakeBotAPI

from bot.app import build_app, run_platforms
from bot.config import Config, DiscordConfig, TelegramConfig


async def test_both_adapters_share_one_loop_and_stop_cleanly(tmp_path, monkeypatch) -> None:
    tg, dc = FakeBotAPI("1:T"), FakeDiscord()
    await tg.start()
    await dc.start()
    monkeypatch.setattr(discord.http.Route, "BASE", f"{dc.base}/api/v10")
    gateway = yarl.URL(dc.base.replace("http", "ws") + "/gateway")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", gateway)
    config = Config(
        data_dir=tmp_path / "data",
        telegram=TelegramConfig(token="1:T", api_base_url=tg.base_url),
        discord=DiscordConfig(token="d.T.x"),
    )
    app = build_app(config)
    stop = asyncio.Event()
    runner = asyncio.create_task(run_platforms(app, ["telegram", "discord"], stop))
    await dc.wait_connected()
    for _ in range(100):
        if tg.sent("setMyCommands") and dc.sent("sync"):
            break
        await asyncio.sleep(0.05)
    tg.push(
        {
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": 5, "type": "private"},
                "from": {"id": 5, "is_bot": False, "first_name": "A"},
                "text": "/debrief",
            }
        }
    )
    for _ in range(100):
        if app.store.get_state("telegram:5"):
            break
        await asyncio.sleep(0.05)
    assert app.store.get_state("telegram:5").step == "project"
    assert dc.sent("sync")
    stop.set()
    await asyncio.wait_for(runner, timeout=20)
    await tg.stop()
    await dc.stop()


async def test_link_across_the_real_adapters(tmp_path, monkeypatch) -> None:
    """Telegram shows the code, a Discord DM redeems it, Discord then reads the merged journal."""
    import re
    from datetime import UTC, datetime

    tg, dc = FakeBotAPI("1:T"), FakeDiscord()
    await tg.start()
    await dc.start()
    monkeypatch.setattr(discord.http.Route, "BASE", f"{dc.base}/api/v10")
    gateway = yarl.URL(dc.base.replace("http", "ws") + "/gateway")
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", gateway)
    config = Config(
        data_dir=tmp_path / "data",
        telegram=TelegramConfig(token="1:T", api_base_url=tg.base_url),
        discord=DiscordConfig(token="d.T.x"),
    )
    app = build_app(config)
    stop = asyncio.Event()
    runner = asyncio.create_task(run_platforms(app, ["telegram", "discord"], stop))
    await dc.wait_connected()

    async def telegram_says(text: str) -> None:
        before = len(tg.texts())
        tg.push(
            {
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": {"id": 77, "type": "private"},
                    "from": {"id": 77, "is_bot": False, "first_name": "A"},
                    "text": text,
                }
            }
        )
        for _ in range(200):
            if len(tg.texts()) > before:
                return
            await asyncio.sleep(0.02)

    async def discord_says(text: str) -> str:
        before = len(dc.sent("send"))
        await dc.dispatch(
            "MESSAGE_CREATE",
            {
                "id": str(dc.next_id()),
                "channel_id": "89",
                "author": {
                    "id": "88",
                    "username": "a",
                    "discriminator": "0",
                    "global_name": "A",
                    "avatar": None,
                },
                "content": text,
                "timestamp": datetime.now(UTC).isoformat(),
                "edited_timestamp": None,
                "tts": False,
                "mention_everyone": False,
                "mentions": [],
                "mention_roles": [],
                "attachments": [],
                "embeds": [],
                "pinned": False,
                "type": 0,
                "flags": 0,
            },
        )
        for _ in range(200):
            if len(dc.sent("send")) > before:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        return "\n".join(b["content"] for b in dc.sent("send")[before:])

    try:
        for text in (
            "/debrief",
            "Telegram Play",
            "/skip",
            "today",
            "/skip",
            "/skip",
            "/skip",
            "/skip",
            "/skip",
            "/skip",
            "/link",
        ):
            await telegram_says(text)
        code = re.search(r"([A-Z2-9]{4}-[A-Z2-9]{4})", tg.texts()[-1]).group(1)
        assert "Linked" in await discord_says(f"/link {code}")
        journal = await discord_says("/journal")
        assert "Telegram Play" in journal
        assert app.store.get_alias("discord:88") == "telegram:77"
    finally:
        stop.set()
        await asyncio.wait_for(runner, timeout=20)
        await tg.stop()
        await dc.stop()
