"""Does the event loop stay responsive while many people answer at once?

N people (200, 1,000) each have a debrief open and send their next answer at
the same moment. Two ways of running the turns are compared side by side in
one run:

- inline: `engine.handle` called on the event loop (how the adapters did it);
- runner: `TurnRunner`, the engine in worker threads, one person at a time.

Each is measured with real fsync and with fsync slowed by 4 ms (a typical
network volume). A ticker on the loop records the longest stall (what a
Discord heartbeat or Telegram poll would suffer); every reply's wait is
recorded; afterwards every journal is checked for the answer (lost = 0).

Run: python bench/turns_bench.py [--people 200 1000] [--runs 3]
Prints medians over runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.content import Encourager, NoThemeMatcher, load_library
from bot.engine import Engine
from bot.events import Incoming, Platform, Who
from bot.safety import SafetyDetector
from bot.safety.detector import default_detector
from bot.store import TinyDBStore
from bot.turns import TurnRunner

REAL_FSYNC = os.fsync
WORKERS = 8


def slow_fsync(fd: int) -> None:
    time.sleep(0.004)
    REAL_FSYNC(fd)


def who(i: int) -> Who:
    return Who(Platform.TELEGRAM, str(10_000 + i), str(10_000 + i))


async def ticker(stop: asyncio.Event, worst: list[float]) -> None:
    """The loop's longest stall: how late a 5 ms sleep wakes up."""
    while not stop.is_set():
        before = time.perf_counter()
        await asyncio.sleep(0.005)
        worst[0] = max(worst[0], time.perf_counter() - before - 0.005)


async def one_run(people: int, mode: str, slow: bool, answer: str, safety: SafetyDetector) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = TinyDBStore(Path(tmp))
        library = load_library()
        engine = Engine(store, Encourager(library, NoThemeMatcher(), store), safety=safety)
        for i in range(people):
            engine.handle(Incoming.parse_text(who(i), "/debrief"))
        os.fsync = slow_fsync if slow else REAL_FSYNC  # type: ignore[assignment]
        runner = TurnRunner(engine, workers=WORKERS)
        stop, worst = asyncio.Event(), [0.0]
        tick = asyncio.create_task(ticker(stop, worst))
        await asyncio.sleep(0.02)
        waits: list[float] = []

        started = time.perf_counter()

        async def send(i: int) -> None:
            # Everyone's message arrived at `started`: a reply's wait includes its queue.
            event = Incoming.parse_text(who(i), f"{answer} {i}")
            if mode == "inline":
                engine.handle(event)
            else:
                await runner.handle(event)
            waits.append(time.perf_counter() - started)

        await asyncio.gather(*(send(i) for i in range(people)))
        elapsed = time.perf_counter() - started
        stop.set()
        await tick
        runner.close()
        os.fsync = REAL_FSYNC
        lost = 0
        for i in range(people):
            state = store.get_state(who(i).user_key)
            if state is None or state.answers.get("project") != f"{answer} {i}":
                lost += 1
        waits.sort()
        return {
            "lag": worst[0] * 1000,
            "p50": waits[len(waits) // 2] * 1000,
            "p99": waits[int(len(waits) * 0.99) - 1] * 1000,
            "total": elapsed,
            "lost": lost,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--answer",
        default="Project",
        help="the answer text; four words or more also runs the learned safety layer",
    )
    parser.add_argument("--rules-only", action="store_true", help="safety rules, no MiniLM")
    parser.add_argument("--workers", type=int, default=8, help="TurnRunner worker threads")
    parser.add_argument("--switch", type=float, default=None, help="sys.setswitchinterval")
    args = parser.parse_args()
    if args.switch:
        sys.setswitchinterval(args.switch)
    global WORKERS
    WORKERS = args.workers
    safety = SafetyDetector(None) if args.rules_only else default_detector()
    print(f"{os.cpu_count()} cores; answer {args.answer!r}; medians of {args.runs} runs")
    print(
        "people | fsync | mode   | max loop lag ms | p50 reply ms | p99 reply ms | total s | lost"
    )
    for people in args.people:
        for slow in (False, True):
            for mode in ("inline", "runner"):
                runs = [
                    asyncio.run(one_run(people, mode, slow, args.answer, safety))
                    for _ in range(args.runs)
                ]
                med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                print(
                    f"{people:6} | {'+4 ms' if slow else 'real':5} | {mode:6} | "
                    f"{med['lag']:15.1f} | {med['p50']:12.1f} | {med['p99']:12.1f} | "
                    f"{med['total']:7.2f} | {max(r['lost'] for r in runs)}"
                )


if __name__ == "__main__":
    main()
