"""Peak memory of the console, as a person uses it: `python -m bot console` run as a
whole process through a session (a debrief with long answers, /stats with its chart,
/journal, a few long free-text messages, one of them needing the language check's word table),
its peak resident set read from the kernel (`wait4`'s ru_maxrss) when it exits.

The /stats chart is drawn by a short-lived child (bot/chart.py); the kernel's figure for
the console is the larger of its own peak and its children's, so the chart child's peak is
also measured on its own, drawing a year of auditions.

Each encoder runtime is run RUNS times (default 5), in turn (onnx numpy onnx ...), each
in a fresh data folder. Prints min, median and max in MiB; quote the medians. The
performance issue's bound is a peak of 160 MiB.

Run: python bench/memory_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LONG = (
    "I walked in and the reader was already halfway through the sides, so I slowed the "
    "first line down and let the pause sit, and the director laughed at the bit with the "
    "letter, which I had not planned, and then asked me to do it again angrier, which I did"
)
SESSION = "\n".join(
    [
        "/start",
        "/debrief",
        "The Seagull",
        "Nina",
        "1",
        "2",
        "a grey coat and the boots I always wear",
        "4",
        LONG,
        LONG.replace("angrier", "quieter"),
        "/skip",
        "/stats",
        "/journal",
        LONG,
        "honestly I keep thinking about the callback list and whether they have cast it yet",
        # Few common English words: the language check's word table is read (one line
        # in fifteen by the English-writing authors), so it is part of the session.
        "Booked Moritz in Spring Awakening!!",
        "/quit",
        "",
    ]
)


def _anon_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            status = dict(line.split(":", 1) for line in fh)
        return int(status["RssAnon"].split()[0]) / 1024
    except (OSError, KeyError, ValueError):  # the process has gone
        return 0.0


def peak_mib(runtime: str) -> tuple[float, float]:
    """One console session, start to exit: its peak resident set in MiB, and the largest
    anonymous part seen (sampled every 2 ms): the rest is file-backed (the model and
    language files mapped, libraries), pages the kernel can drop and read again."""
    with tempfile.TemporaryDirectory() as folder:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.endswith("_BOT_TOKEN") and k != "DATABASE_URL"
        }
        env.update(
            CALLBACK_DATA_DIR=str(Path(folder) / "data"),
            CALLBACK_ENCODER=runtime,
            PYTHONPATH=str(ROOT),
        )
        child = subprocess.Popen(
            [sys.executable, "-m", "bot", "console"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=folder,
            env=env,
        )
        assert child.stdin is not None
        anon = [0.0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                anon[0] = max(anon[0], _anon_mib(child.pid))
                time.sleep(0.002)

        sampler = threading.Thread(target=sample)
        sampler.start()
        child.stdin.write(SESSION.encode())
        child.stdin.close()
        _, status, usage = os.wait4(child.pid, 0)
        done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise SystemExit(f"console exited {child.returncode} ({runtime})")
        return usage.ru_maxrss / 1024, anon[0]  # Linux reports KiB


def chart_child_mib() -> float:
    """One chart child, as /stats starts it, drawing both panels; its peak in MiB."""
    from datetime import date, timedelta

    from bot.journal import chart_spec, start_chart_child
    from bot.store import Audition

    today = date(2026, 12, 4)
    year = [
        Audition(
            id=str(i),
            date=(today - timedelta(days=9 * i)).isoformat(),
            project="p",
            created_at="-",
            outcome=("waiting", "released", "callback")[i % 3],
            feeling=1 + i % 5,
        )
        for i in range(40)
    ]
    with tempfile.TemporaryDirectory() as folder:
        spec = chart_spec(year, today, Path(folder) / "stats.png")
        child = start_chart_child()
        assert child.stdin is not None
        child.stdin.write(json.dumps(spec).encode())
        child.stdin.close()
        _, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit("the chart child failed")
        return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runtimes = ("onnx", "numpy")
    peaks: dict[str, list[float]] = {r: [] for r in runtimes}
    anon: dict[str, list[float]] = {r: [] for r in runtimes}
    charts: list[float] = []
    for _ in range(args.runs):
        for runtime in runtimes:
            total, anonymous = peak_mib(runtime)
            peaks[runtime].append(total)
            anon[runtime].append(anonymous)
        charts.append(chart_child_mib())
    print(f"console peak RSS over {args.runs} sessions (MiB): min / median / max")
    for runtime in runtimes:
        values = peaks[runtime]
        print(
            f"  {runtime:6} {min(values):6.1f} / {statistics.median(values):6.1f}"
            f" / {max(values):6.1f}; anonymous at most {statistics.median(anon[runtime]):6.1f}"
        )
    print(
        f"  chart child, alive while a /stats chart is drawn: {min(charts):6.1f} /"
        f" {statistics.median(charts):6.1f} / {max(charts):6.1f}"
    )


if __name__ == "__main__":
    main()
