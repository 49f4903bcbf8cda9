"""What a person waits for: the safety check and the matcher per message, and the first
/stats after start-up against a warm one.

1. Per message: CPU time (time.process_time) of `default_detector().assess` and of the
   matcher's `rank`, each message new to the process (no cache hit), for short lines
   (a few words) and long ones (a whole debrief in one message). Medians and p90 over
   every line of tests/data/authors/, RUNS times.
2. A debrief, turn by turn: CPU time of whole engine turns (built as `build_app`
   builds it, TinyDB on disk) for a two-word answer, a 13-39-word answer, a
   10-18-word answer and the last step, 40 people a run.
3. First /stats: a fresh process builds the app as `python -m bot run` does (the
   chart warms up in a background thread), a person with 30 auditions asks /stats
   once the console would show its prompt, then again. Median of RUNS processes,
   and the first/warm ratio per process.

Run: python bench/reply_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STATS_CHILD = r"""
import json, sys, tempfile, time
from datetime import date, timedelta
from pathlib import Path
from bot.app import build_app
from bot.config import Config
from bot.events import ChatKind, Incoming, Platform, Who
from bot.store import Audition

folder = Path(tempfile.mkdtemp())
app = build_app(Config(data_dir=folder))
who = Who(Platform.CONSOLE, "bench", "bench", ChatKind.PRIVATE)
key = who.user_key
app.engine.handle(Incoming.parse_text(who, "/start"))
time.sleep(float(sys.argv[1]))  # how long after the prompt the person asks
today = date.today()
for i in range(30):
    day = (today - timedelta(days=3 * i)).isoformat()
    app.store.add_audition(key, Audition(id=f"a{i}", date=day, project=f"Play {i}",
                                         created_at="2026-01-01T00:00:00+00:00",
                                         updated_at="2026-01-01T00:00:00+00:00",
                                         outcome=["waiting", "callback", "released"][i % 3]))
times = []
for _ in range(2):
    started = time.perf_counter()
    replies = app.engine.handle(Incoming.parse_text(who, "/stats"))
    times.append(time.perf_counter() - started)
    assert replies[0].template == "journal/stats", replies
print(json.dumps(times))
"""


def per_message(runs: int) -> None:
    from bot.content.learned import HybridMatcher, LearnedMatcher
    from bot.content.rules import RuleMatcher
    from bot.safety.detector import default_detector
    from training import corpus

    detector = default_detector()
    matcher = HybridMatcher(RuleMatcher(), LearnedMatcher())
    lines = sorted({text for _, _, _, text in corpus.safety()})
    buckets = (
        ("short (<= 12 words)", [t for t in lines if len(t.split()) <= 12]),
        ("an answer (13-39 words)", [t for t in lines if 13 <= len(t.split()) <= 39]),
        ("long (>= 40 words)", [t for t in lines if len(t.split()) >= 40]),
    )
    detector.assess("warm up")
    for label, texts in buckets:
        safety: list[float] = []
        themes: list[float] = []
        for run in range(runs):
            for text in texts:
                line = f"{text} ({run})"  # new to the process: no cached vectors
                started = time.process_time()
                detector.assess(line)
                safety.append(time.process_time() - started)
                started = time.process_time()
                matcher.rank([line])
                themes.append(time.process_time() - started)
        for what, xs in (("safety check", safety), ("matcher (after it)", themes)):
            xs.sort()
            print(
                f"  {label:24} {what:20} p50 {1000 * statistics.median(xs):6.1f} ms"
                f"  p90 {1000 * xs[int(0.9 * len(xs))]:6.1f} ms  ({len(texts)} lines x {runs})"
            )


def debrief_steps(runs: int, people: int) -> None:
    """CPU of whole engine turns (safety, matcher, templates, the journal write) in a
    debrief with long answers: a two-word answer, a 13-39-word answer, a 10-18-word
    answer (the performance issue's "long answer"), and the last step (summary,
    encouragement from every answer, the entry saved)."""
    from bot.app import _join_warm_up, build_app
    from bot.config import Config
    from bot.engine import Engine
    from bot.events import ChatKind, Incoming, Platform, Who
    from training import corpus

    lines = sorted({t for _, label, _, t in corpus.safety() if label == "ordinary"})
    answers = [t for t in lines if 13 <= len(t.split()) <= 39]
    # The performance issue's "long answer": 10-18 words.
    issue_long = [t for t in lines if 10 <= len(t.split()) <= 18]
    steps: dict[str, list[float]] = {
        "two words": [],
        "13-39 words": [],
        "10-18 words": [],
        "last step": [],
    }
    for run in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            app = build_app(Config(data_dir=Path(folder)))
            _join_warm_up()  # the chart's warm-up thread would count as the turns' CPU
            for i in range(people):
                who = Who(Platform.CONSOLE, f"p{run}-{i}", f"p{run}-{i}", ChatKind.PRIVATE)

                def say(text: str, who: Who = who, engine: Engine = app.engine) -> float:
                    started = time.process_time()
                    engine.handle(Incoming.parse_text(who, text))
                    return time.process_time() - started

                say("/debrief")
                steps["two words"].append(say(f"Play {run}-{i}"))
                for line in ("/skip", "today", "room", "/skip", "3"):
                    say(line)
                nailed = answers[(2 * i) % len(answers)]
                learned = issue_long[(7 * i + run) % len(issue_long)]
                steps["13-39 words"].append(say(f"{nailed} ({run}, {i})"))
                steps["10-18 words"].append(say(f"{learned} ({run}, {i})"))
                steps["last step"].append(say("/skip"))
            app.store.close()
    for what, xs in steps.items():
        xs.sort()
        print(
            f"  {what:12} p50 {1000 * statistics.median(xs):6.1f} ms"
            f"  p90 {1000 * xs[int(0.9 * len(xs))]:6.1f} ms  ({people} people x {runs})"
        )


def first_stats(runs: int, after: float) -> None:
    firsts, warms, ratios = [], [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", STATS_CHILD, str(after)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise SystemExit(done.stderr[-600:])
        first, warm = json.loads(done.stdout.strip().splitlines()[-1])
        firsts.append(first)
        warms.append(warm)
        ratios.append(first / warm)
    print(
        f"  asked {after:.1f} s after the prompt: first /stats median"
        f" {1000 * statistics.median(firsts):.0f} ms, warm"
        f" {1000 * statistics.median(warms):.0f} ms, first/warm median"
        f" {statistics.median(ratios):.2f}x (range {min(ratios):.2f}-{max(ratios):.2f}x,"
        f" {runs} processes)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("per message, CPU time:")
    per_message(args.runs)
    print("a debrief, CPU per whole turn:")
    debrief_steps(args.runs, 40)
    print("first /stats after start-up:")
    first_stats(args.runs, 0.0)
    first_stats(args.runs, 1.0)


if __name__ == "__main__":
    main()
