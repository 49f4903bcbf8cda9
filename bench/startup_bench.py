"""Start-up, measured as whole processes: the console, check-config, and their yardstick.

1. `python -m bot console` with an empty data folder and empty input: from the
   start of the process to its exit (the prompt, then end of input), beside
   the yardstick of importing the bot's modules and loading the model in a bare
   Python (`python -c "import ...; shared_model()"`). The issue's bound is
   "at most 3x the yardstick".
2. `python -m bot check-config` on an empty data folder and on one holding
   PEOPLE journals with check-ins (default 100,000), written in the store's
   own format by bench/schedule_bench.py's generator.

Each command runs RUNS times (default 5) after one warm-up run, the two
commands of a pair in turn (A B A B ...), so the ratio is taken pair by pair.
Prints min, median and max; quote the medians.

Run: python bench/startup_bench.py [--runs 5] [--people 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PYTHON = sys.executable
YARDSTICK = (
    "import bot.app, bot.adapters.console, bot.__main__; "
    "from bot.model import shared_model, load_card; shared_model(); load_card()"
)


def wall(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=300
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{command} exited {done.returncode}: {done.stderr.decode()[-400:]}")
    return took


def paired(a: list[str], b: list[str] | None, runs: int, env: dict, cwd: Path) -> None:
    wall(a, env, cwd)  # warm-up: page cache, .pyc files
    if b:
        wall(b, env, cwd)
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        times_a.append(wall(a, env, cwd))
        if b:
            times_b.append(wall(b, env, cwd))
            ratios.append(times_a[-1] / times_b[-1])

    def row(label: str, xs: list[float], unit: str = "s") -> None:
        print(
            f"  {label:34} min {min(xs):7.3f}{unit}  median {statistics.median(xs):7.3f}{unit}"
            f"  max {max(xs):7.3f}{unit}"
        )

    row(" ".join(a[1:4]), times_a)
    if b:
        row("yardstick (imports + model)", times_b)
        row("ratio, pair by pair", ratios, "x")


def people_folder(root: Path, people: int) -> Path:
    from schedule_bench import write_users

    from bot.store import TinyDBStore

    folder = root / "many"
    store = TinyDBStore(folder)
    first = datetime.now(UTC) + timedelta(days=1)
    started = time.perf_counter()
    write_users(store, people, 3, first, 24 * 14)
    store.close()
    print(f"  wrote {people:,} journals in {time.perf_counter() - started:.1f} s")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = {**os.environ, "CALLBACK_DATA_DIR": str(root / "empty")}
        env.pop("TELEGRAM_BOT_TOKEN", None)
        env.pop("DISCORD_BOT_TOKEN", None)
        print(f"console start-up, empty data folder ({args.runs} runs):")
        paired([PYTHON, "-m", "bot", "console"], [PYTHON, "-c", YARDSTICK], args.runs, env, root)
        print("check-config, empty data folder:")
        paired([PYTHON, "-m", "bot", "check-config"], None, args.runs, env, root)
        if args.people:
            print(f"check-config, {args.people:,} people:")
            env["CALLBACK_DATA_DIR"] = str(people_folder(root, args.people))
            paired([PYTHON, "-m", "bot", "check-config"], None, args.runs, env, root)


if __name__ == "__main__":
    main()
