"""Start-up, measured as whole processes: the console, check-config, and their yardstick.

1. `python -m bot console` with an empty data folder: from the start of the
   process to its prompt, and from end of input to its exit, beside
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


def to_prompt(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds until the console shows its prompt, and until it has exited after end of
    input. The exit waits for the chart's warm-up thread (bot/app.py joins it, so no
    native code runs while the interpreter shuts down), so the two differ."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        env=env,
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdin is not None and child.stdout is not None
    seen = b""
    while b"you> " not in seen:
        chunk = os.read(child.stdout.fileno(), 4096)
        if not chunk:
            raise SystemExit(f"{command} ended before its prompt: {seen[-400:]!r}")
        seen += chunk
    prompt = time.perf_counter() - started
    child.stdin.close()
    child.stdout.read()
    if child.wait(timeout=300) != 0:
        raise SystemExit(f"{command} exited {child.returncode}")
    return prompt, time.perf_counter() - started


def row(label: str, xs: list[float], unit: str = "s") -> None:
    print(
        f"  {label:34} min {min(xs):7.3f}{unit}  median {statistics.median(xs):7.3f}{unit}"
        f"  max {max(xs):7.3f}{unit}"
    )


def console(runs: int, env: dict, cwd: Path) -> None:
    command, yardstick = [PYTHON, "-m", "bot", "console"], [PYTHON, "-c", YARDSTICK]
    to_prompt(command, env, cwd)  # warm-up: page cache, .pyc files
    wall(yardstick, env, cwd)
    prompts, exits, yards, ratios = [], [], [], []
    for _ in range(runs):
        prompt, exited = to_prompt(command, env, cwd)
        prompts.append(prompt)
        exits.append(exited)
        yards.append(wall(yardstick, env, cwd))
        ratios.append(prompts[-1] / yards[-1])
    row("-m bot console, to the prompt", prompts)
    waits = [e - p for p, e in zip(prompts, exits, strict=True)]
    row("-m bot console, end of input to exit", waits)
    row("yardstick (imports + model)", yards)
    row("ratio to the prompt, pair by pair", ratios, "x")


def paired(a: list[str], runs: int, env: dict, cwd: Path) -> None:
    wall(a, env, cwd)  # warm-up: page cache, .pyc files
    row(" ".join(a[1:4]), [wall(a, env, cwd) for _ in range(runs)])


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
        console(args.runs, env, root)
        print("check-config, empty data folder:")
        paired([PYTHON, "-m", "bot", "check-config"], args.runs, env, root)
        if args.people:
            print(f"check-config, {args.people:,} people:")
            env["CALLBACK_DATA_DIR"] = str(people_folder(root, args.people))
            paired([PYTHON, "-m", "bot", "check-config"], args.runs, env, root)


if __name__ == "__main__":
    main()
