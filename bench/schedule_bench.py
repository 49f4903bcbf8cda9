"""Scheduler figures: start-up with many scheduled check-ins, and a paced fan-out.

1. Start-up with N scheduled check-ins (default 100,000 for ~33,000 users):
   time and Python memory (tracemalloc peak) for the store's start-up check
   of every journal file, a scheduler start (catch-up of what is overdue),
   and a scan of the whole due index.
2. Fan-out: M check-ins all due at once (default 5,000), sent through the
   real Telegram adapter (python-telegram-bot over HTTP) to a local fake Bot
   API that enforces Telegram's flood limit strictly (a 429 for the 31st
   message in any one-second window). Reports total time against the ideal
   (M / 30 s) and the 429 count.

Run: python bench/schedule_bench.py [--checkins 100000] [--fanout 5000]
One run on a shared machine: read the ratios, not the milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fake_telegram import FakeBotAPI

from bot.adapters.telegram import TelegramAdapter
from bot.app import build_app
from bot.config import Config, TelegramConfig
from bot.events import Platform
from bot.schedule import Scheduler
from bot.store import TinyDBStore

TOKEN = "42:BENCH"


def write_users(
    store: TinyDBStore, users: int, per_user: int, first_due: datetime, spread_hours: int
) -> int:
    """Journals in the store's own format, plus the due index, written directly (fast)."""
    shards: dict[str, list[dict[str, str]]] = {}
    total = 0
    for u in range(users):
        key = f"telegram:{1_000_000 + u}"
        checkins = {}
        for i in range(per_user):
            due = first_due + timedelta(hours=(u * per_user + i) % max(spread_hours, 1))
            cid = f"{u:06d}{i:02d}"
            due_iso = due.isoformat(timespec="seconds")
            checkins[str(i + 1)] = {
                "id": cid,
                "audition_id": f"a{u}",
                "due": due_iso,
                "day": 3 + i,
                "status": "pending",
                "updated_at": "t",
            }
            shards.setdefault(due.strftime("%Y-%m-%dT%H"), []).append(
                {"u": key, "c": cid, "t": due_iso}
            )
            total += 1
        doc = {
            "meta": {"1": {"schema": 1, "user_key": key}},
            "profile": {"1": {"user_key": key, "timezone": "UTC", "created_at": "t"}},
            "auditions": {
                "1": {
                    "id": f"a{u}",
                    "date": "2026-11-20",
                    "project": "Bench play",
                    "created_at": "t",
                    "outcome": "waiting",
                }
            },
            "checkins": checkins,
        }
        store.user_path(key).write_text(json.dumps(doc))
    for shard, rows in shards.items():
        (store.due_dir / f"{shard}.json").write_text(json.dumps({"due": rows}))
    return total


def timed(label: str, fn, results: dict) -> object:
    """Time a step, then run it again under tracemalloc for its peak (tracing slows it down)."""
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    results[label] = (seconds, peak)
    return value


def drop_caches() -> bool:
    """Cold start: flush and drop the page cache (needs root); False when not allowed."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def startup(n: int, cold: bool = False) -> None:
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = TinyDBStore(data)
        per_user = 3
        write_users(store, -(-n // per_user), per_user, now + timedelta(hours=1), 14 * 24)
        if cold:
            print("page cache dropped: cold start" if drop_caches() else "could not drop caches")
        results: dict[str, tuple[float, float]] = {}
        app = timed(
            "build_app (start-up: journals counted, not read)",
            lambda: build_app(Config(data_dir=data)),
            results,
        )

        async def start_scheduler() -> None:
            scheduler = Scheduler(app.engine, app.store, {})  # type: ignore[attr-defined]
            await scheduler.start()
            scheduler.shutdown()

        timed("scheduler start (catch-up)", lambda: asyncio.run(start_scheduler()), results)
        count = timed(
            "scan of the whole due index",
            lambda: sum(len(rows) for _, rows in store.due_entries(now + timedelta(days=30))),
            results,
        )
        shards = len(list(store.due_dir.glob("*.json")))
    print(f"\nstart-up with {count:,} scheduled check-ins ({-(-n // 3):,} users, {shards} shards)")
    for label, (seconds, peak) in results.items():
        print(f"  {label:<40} {seconds:8.2f} s   peak {peak:7.1f} MB")


async def fanout(m: int) -> None:
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    fake.enforce_limits = True
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        due = datetime.now(UTC) - timedelta(minutes=1)
        write_users(TinyDBStore(data), m, 1, due, 0)
        config = Config(
            data_dir=data, telegram=TelegramConfig(token=TOKEN, api_base_url=fake.base_url)
        )
        app = build_app(config)
        adapter = TelegramAdapter(app.engine, config.telegram)
        await adapter.application.initialize()
        scheduler = Scheduler(app.engine, app.store, {Platform.TELEGRAM: adapter})
        start = time.perf_counter()
        report = await scheduler.run_due()
        seconds = time.perf_counter() - start
        await adapter.application.shutdown()
    await fake.stop()
    ideal = m / fake.max_per_second
    rejected = sum(1 for c in fake.calls if c.status == 429)
    print(f"\nfan-out of {m:,} due check-ins through the Telegram adapter (limit 30/s enforced)")
    print(f"  sent {report.sent:,}, failed {len(report.failed)}, 429s from the fake: {rejected}")
    print(f"  total {seconds:.1f} s, ideal {ideal:.1f} s, ratio {seconds / ideal:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkins", type=int, default=100_000)
    parser.add_argument("--fanout", type=int, default=5_000)
    parser.add_argument("--cold", action="store_true", help="drop the page cache first (root)")
    args = parser.parse_args()
    if args.checkins:
        startup(args.checkins, args.cold)
    if args.fanout:
        asyncio.run(fanout(args.fanout))


if __name__ == "__main__":
    main()
