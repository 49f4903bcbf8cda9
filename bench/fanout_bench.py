"""Replies during a check-in fan-out, against a fake that enforces Telegram's 30/s.

N check-ins fall due at once and go out through the real Telegram adapter
(python-telegram-bot over HTTP) to a local fake Bot API that answers 429 to
the 31st message in any one-second window. Meanwhile five people answer a
debrief, one answer a second each (5 answers/s in all). Reported: each
answer's wait for its reply (p50, p99, max), the fan-out's time against the
ideal (N / 30 s), and the 429s.

Run: python bench/fanout_bench.py [--checkins 3000] [--people 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fake_telegram import FakeBotAPI
from schedule_bench import write_users

from bot.adapters.telegram import TelegramAdapter
from bot.app import build_app
from bot.config import Config, TelegramConfig
from bot.events import Platform
from bot.pacing import Slot
from bot.schedule import Scheduler

TOKEN = "42:BENCH"
ANSWERS = ["/debrief", "The Seagull", "Nina", "today", "/skip", "a grey coat", "4", "the end"]


async def person(fake: FakeBotAPI, uid: int, waits: list[float], stop: asyncio.Event) -> None:
    """Answers once a second; each answer's wait ends when its first reply arrives."""
    n = 0
    while not stop.is_set():
        text = ANSWERS[n % len(ANSWERS)]
        before = sum(1 for m in fake.messages if m["chat"]["id"] == uid)
        start = time.perf_counter()
        fake.push(FakeBotAPI.private_text(uid, text, message_id=n + 1))
        while sum(1 for m in fake.messages if m["chat"]["id"] == uid) == before:
            await asyncio.sleep(0.01)
            if time.perf_counter() - start > 120:
                break
        waits.append(time.perf_counter() - start)
        n += 1
        await asyncio.sleep(max(0.0, 1.0 - (time.perf_counter() - start)))


async def run(checkins: int, people: int, priority: bool) -> dict[str, float]:
    fake = FakeBotAPI(TOKEN)
    await fake.start()
    fake.enforce_limits = True
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        from bot.store import TinyDBStore

        write_users(TinyDBStore(data), checkins, 1, datetime.now(UTC) - timedelta(minutes=1), 0)
        config = Config(
            data_dir=data, telegram=TelegramConfig(token=TOKEN, api_base_url=fake.base_url)
        )
        app = build_app(config)
        adapter = TelegramAdapter(app.engine, config.telegram, app.runner)
        if not priority:  # for comparison: replies queue behind check-ins, as before
            real = adapter.pacer.acquire

            async def fifo(*, bulk: bool, track: bool = False) -> Slot:
                return await real(bulk=True, track=track)

            adapter.pacer.acquire = fifo  # type: ignore[method-assign]
        await adapter.start()
        scheduler = Scheduler(app.engine, app.store, {Platform.TELEGRAM: adapter})
        waits: list[float] = []
        stop = asyncio.Event()
        talkers = [asyncio.create_task(person(fake, 900 + i, waits, stop)) for i in range(people)]
        start = time.perf_counter()
        report = await scheduler.run_due()
        seconds = time.perf_counter() - start
        stop.set()
        await asyncio.gather(*talkers)
        await adapter.stop()
    await fake.stop()
    messages = len(fake.sent("sendMessage"))
    ideal = messages / fake.max_per_second
    waits.sort()
    arrivals = sorted(
        c.at for c in fake.calls if c.method in ("sendMessage", "sendDocument", "sendPhoto")
    )
    busiest, first = 0, 0
    for last, at in enumerate(arrivals):  # the most sends that reached the fake in 1 s
        while at - arrivals[first] >= 1.0:
            first += 1
        busiest = max(busiest, last - first + 1)
    return {
        "sent": report.sent,
        "failed": len(report.failed),
        "429s": sum(1 for c in fake.calls if c.status == 429),
        "busiest second": busiest,
        "seconds": seconds,
        "ratio": seconds / ideal,
        "answers": len(waits),
        "p50": statistics.median(waits),
        "p99": waits[int(len(waits) * 0.99) - 1],
        "max": waits[-1],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkins", type=int, default=3000)
    parser.add_argument("--people", type=int, default=5)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--first-only", action="store_true", help="skip the comparison run")
    args = parser.parse_args()
    print(
        f"fan-out of {args.checkins:,} check-ins; {args.people} people answering once a second"
        f" each; medians of {args.runs} run(s)"
    )
    print(
        "replies   | sent | failed | 429s | busiest 1 s | fan-out s | ratio to ideal"
        " | p50 s | p99 s | max s"
    )
    for priority in (True, False) if not args.first_only else (True,):
        runs = [asyncio.run(run(args.checkins, args.people, priority)) for _ in range(args.runs)]
        m = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        print(
            f"{'first' if priority else 'in line':9} | {m['sent']:.0f} | {m['failed']:.0f} | "
            f"{m['429s']:.0f} (max {max(r['429s'] for r in runs)}) | "
            f"{max(r['busiest second'] for r in runs)} | {m['seconds']:.1f} | "
            f"{m['ratio']:.3f} (max {max(r['ratio'] for r in runs):.3f}) | {m['p50']:.2f} | "
            f"{m['p99']:.2f} | {m['max']:.2f}"
        )


if __name__ == "__main__":
    main()
