"""A fan-out by a fleet: N check-ins fall due at once with two workers on one database.

Two real `python -m bot run` workers (Telegram webhook mode, PostgreSQL) and
the fake Telegram server that enforces 30 messages a second (429 for the 31st
in any second). N check-ins are made due at once; the figure is the time until
every one is sent, against the ideal N / 30 s, with the number of 429s and of
people who got a check-in twice (must be 0). Only the worker holding the
sender lease sends, so the fleet stays under the bot's limit however many
workers there are.

Needs PostgreSQL: CALLBACK_TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test).
Run: python bench/fleet_bench.py [--checkins 5000] [--runs 1]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import psycopg
from fake_telegram import FakeBotAPI
from test_two_workers import TOKEN, RoundRobinProxy, free_port, seed_fanout, start_worker

from bot.store.postgres_store import PostgresStore

DSN = os.environ.get("CALLBACK_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
FIRST_CHAT = 500_000


async def one_run(n: int) -> dict[str, float]:
    schema = f"fleet_{secrets.token_hex(4)}"
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    dsn = f"{DSN}{'&' if '?' in DSN else '?'}options=-csearch_path%3D{schema}"
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    ports = [free_port(), free_port()]
    proxy = RoundRobinProxy(ports)
    await proxy.start()
    store = PostgresStore(dsn, max_connections=2)
    seed_fanout(store, FIRST_CHAT, n)
    fake.enforce_limits = True
    with tempfile.TemporaryDirectory() as tmp:
        workers = [
            start_worker(Path(tmp), k, port, fake.base_url, proxy.port, dsn)
            for k, port in enumerate(ports)
        ]
        try:
            while not any(m["chat"]["id"] >= FIRST_CHAT for m in fake.messages):
                await asyncio.sleep(0.05)
            started = time.monotonic()
            while sum(m["chat"]["id"] >= FIRST_CHAT for m in fake.messages) < n:
                await asyncio.sleep(0.05)
                if time.monotonic() - started > n / 10:
                    break
            elapsed = time.monotonic() - started
            got = Counter(m["chat"]["id"] for m in fake.messages if m["chat"]["id"] >= FIRST_CHAT)
            senders = sum("now sends scheduled" in w.log_path.read_text() for w in workers)
        finally:
            for w in workers:
                w.send_signal(signal.SIGTERM)
            for w in workers:
                w.wait(30)
            await proxy.stop()
            await fake.stop()
            store.close()
            with psycopg.connect(DSN, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {schema} CASCADE")
    ideal = n / 30
    return {
        "sent": float(len(got)),
        "seconds": elapsed,
        "ratio": elapsed / ideal,
        "429s": float(sum(1 for c in fake.calls if c.status == 429)),
        "twice": float(sum(1 for v in got.values() if v > 1)),
        "senders": float(senders),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkins", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    runs = [asyncio.run(one_run(args.checkins)) for _ in range(args.runs)]
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(f"{key:>8}: median {statistics.median(values):.3f}  runs {values}")
    print(f"(ideal {args.checkins / 30:.1f} s at 30 messages/s; two workers, one sender)")


if __name__ == "__main__":
    main()
