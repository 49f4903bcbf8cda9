"""Telegram and Discord together in one event loop, as `python -m bot run` runs them."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from conftest import debrief_script
from fake_discord import FakeDiscord
from fake_telegram import FakeBotAPI

from bot.app import App, build_app, run_platforms
from bot.config import Config, DiscordConfig, TelegramConfig


@dataclass
class Both:
    tg: FakeBotAPI
    dc: FakeDiscord
    app: App


@pytest.fixture
async def both(tmp_path, monkeypatch) -> AsyncIterator[Both]:
    """Both fakes, and `run_platforms` serving Telegram and Discord in this test's loop."""
    tg, dc = FakeBotAPI("1:T"), FakeDiscord()
    await tg.start()
    await dc.start()
    dc.point_discord_py_here(monkeypatch)
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
    try:
        yield Both(tg, dc, app)
    finally:
        stop.set()
        await asyncio.wait_for(runner, timeout=20)  # stops cleanly, or the test fails
        await tg.stop()
        await dc.stop()


async def test_both_adapters_share_one_loop_and_stop_cleanly(both: Both) -> None:
    both.tg.push(FakeBotAPI.private_text(5, "/debrief"))
    for _ in range(100):
        if both.app.store.get_state("telegram:5"):
            break
        await asyncio.sleep(0.05)
    assert both.app.store.get_state("telegram:5").step == "project"
    assert both.dc.sent("sync")


async def test_link_across_the_real_adapters(both: Both) -> None:
    """Telegram shows the code, a Discord DM redeems it, Discord then reads the merged journal."""
    tg, dc, app = both.tg, both.dc, both.app

    async def telegram_says(text: str) -> None:
        """Wait for the whole answer: replies are paced, so they arrive a few ms apart."""
        before = len(tg.texts())
        tg.push(FakeBotAPI.private_text(77, text))
        for _ in range(200):
            if len(tg.texts()) > before:
                break
            await asyncio.sleep(0.02)
        while True:
            seen = len(tg.texts())
            await asyncio.sleep(0.15)
            if len(tg.texts()) == seen:
                return

    async def discord_says(text: str) -> str:
        before = len(dc.sent("send"))
        await dc.dispatch("MESSAGE_CREATE", dc.dm(88, text))
        for _ in range(200):
            if len(dc.sent("send")) > before:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.1)
        return "\n".join(b["content"] for b in dc.sent("send")[before:])

    for text in [*debrief_script("Telegram Play"), "/link"]:
        await telegram_says(text)
    code = re.search(r"([A-Z2-9]{4}-[A-Z2-9]{4})", tg.texts()[-1]).group(1)
    assert "Linked" in await discord_says(f"/link {code}")
    assert "Telegram Play" in await discord_says("/journal")
    assert app.store.get_alias("discord:88") == "telegram:77"
