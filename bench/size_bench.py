"""One person with a very large journal: import, the first turn, and start-up.

A person with 10,000 entries and 10,000 check-ins (9,000 of them sent long ago,
1,000 pending ahead) is imported with `python -m bot import`, then sends one
message (the first turn moves the imported rows into the history file), then
the bot starts again (the scheduler's catch-up). Each step is timed as the
median of several fresh runs; the same steps with an empty data folder are
timed beside them for start-up.

Run: python bench/size_bench.py [--entries 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.app import build_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.events import ChatKind, Incoming, Platform, Who  # noqa: E402
from bot.journal import export_json  # noqa: E402
from bot.schedule import Scheduler  # noqa: E402
from bot.store import Audition, CheckIn, UserProfile  # noqa: E402

KEY = "telegram:4242"


def big_export(entries: int) -> str:
    now = datetime.now(UTC)
    start = now - timedelta(days=entries // 3 + 30)
    auditions, checkins = [], []
    for i in range(entries):
        day = (start + timedelta(hours=8 * i)).date()
        made = datetime.combine(day, datetime.min.time(), UTC).isoformat()
        auditions.append(
            Audition(f"a{i}", day.isoformat(), f"Play {i}", made, role="Lead", feeling=3)
        )
        ahead = i >= entries - entries // 10
        due = now + timedelta(days=3) if ahead else datetime.fromisoformat(made) + timedelta(3)
        checkins.append(
            CheckIn(f"c{i}", f"a{i}", due.isoformat(), 3, status="pending" if ahead else "sent")
        )
    profile = UserProfile(KEY, "Europe/London", (start - timedelta(days=1)).isoformat())
    return export_json(profile, auditions, checkins)


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def one_run(text: str, folder: Path) -> dict[str, float]:
    data = folder / "data"
    file = folder / "big.json"
    file.write_text(text, encoding="utf-8")
    env = {**os.environ, "CALLBACK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    out: dict[str, float] = {}
    out["import (CLI, whole process)"] = timed(
        lambda: subprocess.run(
            [sys.executable, "-m", "bot", "import", str(file)],
            env=env,
            check=True,
            capture_output=True,
        )
    )
    config = Config(data_dir=data)
    app = build_app(config)
    who = Who(Platform.TELEGRAM, "4242", "4242", ChatKind.PRIVATE)
    out["first turn (moves rows to history)"] = timed(
        lambda: app.engine.handle(Incoming(who, command="start"))
    )
    out["second turn"] = timed(lambda: app.engine.handle(Incoming(who, command="help")))
    scheduler = Scheduler(app.engine, app.store, {})
    out["scheduler catch-up"] = timed(lambda: asyncio.run(scheduler.run_due()))
    app.store.close()
    out["start-up (build_app)"] = timed(lambda: build_app(config).store.close())
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    text = big_export(args.entries)
    print(f"export: {args.entries} entries, {args.entries} check-ins, {len(text) / 1e6:.1f} MB")
    runs = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(one_run(text, Path(tmp)))
    with tempfile.TemporaryDirectory() as tmp:
        empty = Config(data_dir=Path(tmp) / "data")
        build_app(empty).store.close()  # warm imports, as in the runs above
        baseline = statistics.median(
            timed(lambda: build_app(empty).store.close()) for _ in range(args.runs)
        )
    for key in runs[0]:
        values = sorted(r[key] for r in runs)
        middle = statistics.median(values)
        print(f"{key:36} median {middle:7.3f} s  (min {values[0]:.3f}, max {values[-1]:.3f})")
    print(f"{'start-up, empty data folder':36} median {baseline:7.3f} s")


if __name__ == "__main__":
    main()
