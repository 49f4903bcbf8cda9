"""Operator signals: /healthz, /readyz, /metrics, and JSON logs that keep secrets out."""

from __future__ import annotations

import io
import json
import logging
import socket

import aiohttp
import pytest
from conftest import Chat

from bot.config import Config, setup_logging
from bot.ops import OpsServer

pytestmark = pytest.mark.both_stores


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def get(port: int, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}{path}") as resp,
    ):
        return resp.status, await resp.text()


async def test_health_readiness_and_metrics(store, chat: Chat) -> None:
    connected = {"telegram": True}
    port = free_port()
    ops = OpsServer(store, {"telegram": lambda: connected["telegram"]}, port=port)
    await ops.start()
    try:
        assert await get(port, "/healthz") == (200, "ok\n")
        status, body = await get(port, "/readyz")
        assert status == 200 and json.loads(body) == {"ready": True, "problems": []}
        connected["telegram"] = False
        status, body = await get(port, "/readyz")
        assert status == 503 and json.loads(body)["problems"] == ["telegram: not connected"]

        chat.say("/help")
        status, text = await get(port, "/metrics")
        assert status == 200
        assert 'callback_turns_total{platform="console"}' in text
        assert "callback_turn_seconds_bucket" in text
        assert "callback_quarantined_journals 0.0" in text
    finally:
        await ops.stop()


@pytest.mark.postgres
@pytest.mark.parametrize("store_kind", ["postgres"])
async def test_a_worker_whose_database_is_gone_is_not_ready(store) -> None:
    port = free_port()
    ops = OpsServer(store, {}, port=port)
    await ops.start()
    try:
        assert (await get(port, "/readyz"))[0] == 200
        store.pool.close()  # the database is unreachable from here on
        status, body = await get(port, "/readyz")
        assert status == 503 and json.loads(body)["problems"][0].startswith("store: ")
        assert "postgresql://" not in body
        assert (await get(port, "/healthz"))[0] == 200  # alive, just not ready
    finally:
        await ops.stop()


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


@pytest.mark.tinydb_only
def test_json_logs_are_one_object_a_line_without_secrets(restore_logging) -> None:
    token = "123456:SECRET-TOKEN-VALUE"
    config = Config(json_logs=True, database_url="postgresql://bot:pw-hunter2@db/cb")
    config = Config(**{**config.__dict__, "telegram": config.telegram.__class__(token=token)})
    setup_logging(config)
    stream = io.StringIO()
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    log = logging.getLogger("bot.test")
    try:
        raise RuntimeError(f"https://api.telegram.org/bot{token}/sendMessage pw-hunter2")
    except RuntimeError:
        log.exception("send failed for %s", token)
    [line] = stream.getvalue().strip().splitlines()
    record = json.loads(line)
    assert record["level"] == "ERROR" and record["logger"] == "bot.test"
    assert token not in line and "pw-hunter2" not in line and "[REDACTED]" in line
    assert "RuntimeError" in record["exc_info"]
