"""Two real worker processes on one PostgreSQL database, behind a round-robin proxy.

The deployment the README describes, end to end: Telegram webhook mode, each
worker on its own port with the same secret, a proxy alternating between them,
the fake Telegram server over real HTTP. Then kill -9 the worker that is
sending a check-in fan-out and watch the other finish it.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from conftest import debrief_script
from fake_telegram import FakeBotAPI

from bot.schedule import IN_FLIGHT
from bot.store import Audition, CheckIn, Store, UserProfile
from bot.store.postgres_store import PostgresStore

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456:TWO-WORKERS-TEST"
SECRET = "webhook_secret_for_tests"
PEOPLE = 200
FANOUT = 2000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RoundRobinProxy:
    """The reverse proxy in front of the workers: each request to the next one in turn."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = itertools.cycle(backends)
        self.hits: Counter[int] = Counter()
        self.runner: web.AppRunner | None = None
        self.port = free_port()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("POST", "/{tail:.*}", self.forward)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        self.session = aiohttp.ClientSession()

    async def forward(self, request: web.Request) -> web.Response:
        port = next(self.backends)
        self.hits[port] += 1
        async with self.session.post(
            f"http://127.0.0.1:{port}{request.path}",
            data=await request.read(),
            headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
        ) as upstream:
            return web.Response(status=upstream.status, body=await upstream.read())

    async def stop(self) -> None:
        await self.session.close()
        if self.runner is not None:
            await self.runner.cleanup()


def start_worker(
    tmp: Path, n: int, port: int, api: str, proxy: int, dsn: str | None, *, polling: bool = False
) -> Any:
    """`python -m bot run` as a deployment runs it; a second start with the same `n` is a
    restart on the same data. `dsn` None: the TinyDB journal in the worker's folder."""
    home = tmp / f"worker{n}"
    home.mkdir(exist_ok=True)
    telegram = 'mode = "polling"'
    if not polling:
        telegram = "\n".join(
            (
                'mode = "webhook"',
                'webhook_listen = "127.0.0.1"',
                f"webhook_port = {port}",
                f'webhook_public_url = "http://127.0.0.1:{proxy}"',
            )
        )
    (home / "config.toml").write_text(
        f"""
[checkins]
tick_seconds = 2
[safety]
learned = false
[content]
matcher = "rules"
[telegram]
{telegram}
""",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "CALLBACK_CONFIG": str(home / "config.toml"),
        "CALLBACK_DATA_DIR": str(home / "data"),
    }
    env.pop("DATABASE_URL", None)
    if dsn is not None:
        env["DATABASE_URL"] = dsn
    log = (home / "stderr.log").open("a")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stderr=log, stdout=log
    )
    proc.log_path = home / "stderr.log"  # type: ignore[attr-defined]
    return proc


def seed_fanout(store: Store, first_chat: int, n: int) -> list[str]:
    """n people, each with one check-in that fell due a minute ago; their keys."""
    due = (datetime.now(UTC) - timedelta(minutes=1)).isoformat(timespec="seconds")
    made = datetime.now(UTC).isoformat(timespec="seconds")
    keys = [f"telegram:{first_chat + i}" for i in range(n)]
    for key in keys:
        with store.turn(key):
            store.save_user(UserProfile(key, "UTC", made))
            store.add_audition(
                key, Audition(id="a", date="2026-11-20", project="Fan-out", created_at=made)
            )
            store.add_checkins(key, [CheckIn(id="c", audition_id="a", due=due, day=3)])
    return keys


def replies_per_answer(tmp: Path) -> list[int]:
    """How many messages the bot sends for each line of the script, from the same engine
    in this process: a person answers only once the whole reply has arrived."""
    from conftest import Chat, Clock, make_engine, private_who

    from bot.content import load_library
    from bot.store import TinyDBStore

    clock = Clock(datetime.now(UTC))
    engine = make_engine(TinyDBStore(tmp / "dry-run"), load_library(), clock, tmp / "exports")
    chat = Chat(engine, private_who("dry"))
    counts = []
    for line in debrief_script("Show 1", role="Role 1", nailed="nailed 1"):
        chat.say(line)
        counts.append(len(chat.last))
    return counts


async def wait_for(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def replies_to(fake: FakeBotAPI, chat_id: int) -> int:
    return sum(1 for m in fake.messages if m["chat"]["id"] == chat_id)


async def test_two_workers_share_people_and_a_fanout_survives_kill_9(
    tmp_path: Path, pg_dsn: str
) -> None:
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    ports = [free_port(), free_port()]
    proxy = RoundRobinProxy(ports)
    await proxy.start()
    seed = PostgresStore(pg_dsn, max_connections=4)  # migrates before the workers start
    workers = [
        start_worker(tmp_path, n, port, fake.base_url, proxy.port, pg_dsn)
        for n, port in enumerate(ports)
    ]
    session = aiohttp.ClientSession()
    update_ids = itertools.count(1)
    expected = replies_per_answer(tmp_path)

    async def deliver(update: dict[str, Any], update_id: int) -> None:
        """What Telegram does in webhook mode: POST the update with the secret header."""
        assert fake.webhook is not None
        body = {"update_id": update_id, **update}
        for _ in range(50):
            try:
                async with session.post(
                    fake.webhook["url"],
                    json=body,
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                ) as resp:
                    assert resp.status == 200, resp.status
                    return
            except aiohttp.ClientConnectorError:
                await asyncio.sleep(0.1)  # a worker not listening yet: never reached it
        raise AssertionError("webhook never answered")

    async def person(i: int) -> None:
        chat_id = 10_000 + i
        for n, line in enumerate(
            debrief_script(f"Show {i}", role=f"Role {i}", nailed=f"nailed {i}"), start=1
        ):
            update = FakeBotAPI.private_text(chat_id, line, message_id=n)
            update_id = next(update_ids)
            await deliver(update, update_id)
            # Every message of this answer's reply, before the person answers again: the
            # next question, not just the first line of the reply, is what they answer.
            target = sum(expected[:n])
            await wait_for(lambda t=target: replies_to(fake, chat_id) >= t, 120, f"{chat_id} #{n}")
            if n == 3:
                # Telegram redelivers an update it thinks was not answered; round robin
                # sends it to the other worker. Applied once, it must change nothing.
                await deliver(update, update_id)

    try:
        await wait_for(
            lambda: sum(c.method == "setWebhook" for c in fake.calls) >= 2, 60, "both workers"
        )
        # -- 200 people, whole debriefs, every message to whichever worker is next --
        started = time.monotonic()
        await asyncio.gather(*(person(i) for i in range(PEOPLE)))
        debrief_seconds = time.monotonic() - started
        assert min(proxy.hits.values()) > PEOPLE  # both workers really served
        per_person = Counter(
            m["chat"]["id"] for m in fake.messages if 10_000 <= m["chat"]["id"] < 20_000
        )
        assert len(set(per_person.values())) == 1, per_person  # same story, no doubles
        for i in range(PEOPLE):
            [entry] = seed.list_auditions(f"telegram:{10_000 + i}")
            assert (entry.project, entry.role, entry.nailed) == (
                f"Show {i}",
                f"Role {i}",
                f"nailed {i}",
            )
            assert seed.get_state(f"telegram:{10_000 + i}") is None

        # -- a fan-out of check-ins, and kill -9 of the worker that sends it --
        fake.enforce_limits = True
        seed_fanout(seed, 50_000, FANOUT)

        def fanout_sent() -> int:
            return sum(1 for m in fake.messages if m["chat"]["id"] >= 50_000)

        await wait_for(lambda: fanout_sent() >= 300, 120, "the fan-out to start")
        [sender] = [w for w in workers if "now sends scheduled" in w.log_path.read_text()]
        sender.send_signal(signal.SIGKILL)
        sender.wait(10)
        killed_at = time.monotonic()
        at_kill = fanout_sent()
        [survivor] = [w for w in workers if w is not sender]

        def settled() -> bool:
            with seed.pool.connection() as conn:
                row = conn.execute(
                    "SELECT count(*) FROM checkins WHERE status = 'pending' AND due <= now()"
                ).fetchone()
            return row is not None and row[0] == 0

        await wait_for(settled, 240, "the other worker to finish the fan-out")
        await asyncio.sleep(3)  # its last claimed check-ins (at most IN_FLIGHT) go out
        assert "now sends scheduled" in survivor.log_path.read_text()
        with seed.pool.connection() as conn:
            statuses = dict(
                conn.execute(
                    "SELECT status, count(*) FROM checkins WHERE due <= now() GROUP BY status"
                ).fetchall()
            )
        received = Counter(m["chat"]["id"] for m in fake.messages if m["chat"]["id"] >= 50_000)
        twice = [c for c, n in received.items() if n > 1]
        lost = FANOUT - len(received)
        print(
            f"\ntwo workers: {PEOPLE} debriefs in {debrief_seconds:.1f} s "
            f"(proxy hits {dict(proxy.hits)}); fan-out {FANOUT}: killed the sender after "
            f"{at_kill} sent; statuses {statuses}; received {len(received)}, "
            f"sent twice {len(twice)}, lost {lost} (in flight at most {IN_FLIGHT}), "
            f"429s {sum(1 for c in fake.calls if c.status == 429)} "
            f"(after the kill {sum(1 for c in fake.calls if c.status == 429 and c.at > killed_at)})"
        )
        assert twice == []
        assert statuses.get("sent", 0) + statuses.get("sending", 0) == FANOUT
        assert statuses.get("sending", 0) <= IN_FLIGHT
        assert lost <= statuses.get("sending", 0)
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(20)
            except subprocess.TimeoutExpired:
                w.kill()
        await session.close()
        await proxy.stop()
        await fake.stop()
        seed.close()
