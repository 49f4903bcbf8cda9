"""The encoder beside a busy neighbour, and answers a second through TurnRunner.

1. The shipped encoder (ONNX Runtime, one thread) on 200 answers of 10-18 words,
   quiet, then beside one CPU-bound neighbour process, then one per core; median per
   text and the busy/quiet ratios, alternating RUNS times.
2. Throughput: PEOPLE people (default 40) each answer a debrief question with a
   10-18-word answer at once, through TurnRunner (the adapters' path: engine in
   worker threads, one person at a time); answers a second, medians of RUNS.

Run: python bench/load_bench.py [--runs 3] [--people 40]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import _join_warm_up, build_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.embedding import shared_encoder  # noqa: E402
from bot.events import ChatKind, Incoming, Platform, Who  # noqa: E402
from training import corpus  # noqa: E402


def answers() -> list[str]:
    lines = sorted({t for _, label, _, t in corpus.safety() if label == "ordinary"})
    return [t for t in lines if 10 <= len(t.split()) <= 18][:200]


def _spin(stop: float) -> None:
    while time.time() < stop:
        pass


def encoder(runs: int) -> None:
    texts = answers()
    model = shared_encoder()
    model.encode(["warm up"])
    crowds = sorted({0, 1, os.cpu_count() or 1})
    walls: dict[int, list[float]] = {n: [] for n in crowds}
    for run in range(runs):
        for neighbours in crowds:
            procs = [
                multiprocessing.Process(target=_spin, args=(time.time() + 60,))
                for _ in range(neighbours)
            ]
            for p in procs:
                p.start()
            times = []
            for text in texts:
                started = time.perf_counter()
                model.encode([f"{text} ({run}, {neighbours})"])
                times.append(time.perf_counter() - started)
            for p in procs:
                p.terminate()
                p.join()
            walls[neighbours].append(statistics.median(times))
    quiet = statistics.median(walls[0])
    print(
        f"  encoder ({model.runtime}), a 10-18-word answer, wall, medians of {runs}:"
        f" quiet {1000 * quiet:.1f} ms"
    )
    for n in crowds[1:]:
        busy = statistics.median(walls[n])
        print(
            f"    with {n} CPU-bound neighbour process(es) on {os.cpu_count()} cores:"
            f" {1000 * busy:.1f} ms (x{busy / quiet:.2f})"
        )


async def burst(app: object, whos: list[Who], texts: list[str], tag: str) -> float:
    """Everyone answers at once; answers a second until the last reply."""
    runner = app.runner  # type: ignore[attr-defined]

    async def answer(who: Who, text: str) -> None:
        await runner.handle(Incoming.parse_text(who, f"{text} {tag}"))

    started = time.perf_counter()
    await asyncio.gather(*(answer(w, texts[i % len(texts)]) for i, w in enumerate(whos)))
    return len(whos) / (time.perf_counter() - started)


def throughput(runs: int, people: int) -> None:
    texts = answers()
    rates = []
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            app = build_app(Config(data_dir=Path(tmp)))
            _join_warm_up()  # start-up's chart warm-up is not the turns' work
            whos = [
                Who(Platform.CONSOLE, f"p{i}", f"p{i}", ChatKind.PRIVATE) for i in range(people)
            ]
            for who in whos:  # each at the "what did you nail?" question
                for line in ("/debrief", "Play", "/skip", "today", "room", "/skip", "3"):
                    app.engine.handle(Incoming.parse_text(who, line))
            rates.append(asyncio.run(burst(app, whos, texts, str(run))))
            app.store.close()
    print(
        f"  TurnRunner, {people} people answering 10-18 words at once: "
        f"{statistics.median(rates):.0f} answers a second (median of {runs})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--people", type=int, default=40)
    args = parser.parse_args()
    encoder(args.runs)
    throughput(args.runs, args.people)


if __name__ == "__main__":
    main()
