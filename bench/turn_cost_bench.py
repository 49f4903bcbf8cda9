"""Does a turn cost the same however big the deployment and the person's history?

One mid-debrief answer (a full engine turn ending in one fsynced atomic write)
is timed in five stores built in the same run, and compared with the floor:
one atomic write of a small file (temp file, fsync, rename, directory fsync).

- 100 people;
- 100,000 people;
- 100 people plus 50,000 linked identities in the alias map;
- 100 people plus 30,000 check-ins due in the same UTC hour (the due index);
- 100 people, where the person answering has 1,000 auditions and 3,000 check-ins.

Medians of --runs runs of --turns turns each. The shipped TinyDB store only.
Run: python bench/turn_cost_bench.py [--runs 3] [--turns 300]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.content import Encourager, NoThemeMatcher, load_library
from bot.engine import Engine
from bot.events import Incoming, Platform, Who
from bot.safety import SafetyDetector
from bot.store import Audition, CheckIn, TinyDBStore
from bot.store.atomic import atomic_write_text
from bot.store.tinydb_store import SCHEMA_VERSION

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def key(u: int) -> str:
    return f"telegram:{100_000 + u}"


def who(u: int) -> Who:
    return Who(Platform.TELEGRAM, str(100_000 + u), str(100_000 + u))


def populate(store: TinyDBStore, people: int) -> None:
    """Journals written in the store's own format directly: set-up speed is not measured."""
    for u in range(people):
        doc = {
            "meta": {"1": {"schema": SCHEMA_VERSION, "user_key": key(u)}},
            "profile": {"1": {"user_key": key(u), "timezone": "UTC", "created_at": "t"}},
        }
        store.user_path(key(u)).write_text(json.dumps(doc), encoding="utf-8")


def big_history(store: TinyDBStore, person: int, auditions: int) -> None:
    with store.turn(key(person)):
        store.add_auditions(
            key(person),
            [
                Audition(
                    id=f"a{i}",
                    date="2026-01-01",
                    project=f"Project number {i}",
                    created_at="2026-01-01T10:00:00+00:00",
                    role="A role with a name",
                    nailed="The turn in the second scene, and the pause before it.",
                    learned="Slow down on the first line.",
                    outcome="waiting",
                )
                for i in range(auditions)
            ],
        )
        store.add_checkins(
            key(person),
            [
                CheckIn(
                    id=f"c{i}",
                    audition_id=f"a{i // 3}",
                    due="2026-01-04T18:00:00+00:00",
                    day=3,
                    status="sent",
                )
                for i in range(auditions * 3)
            ],
        )
    store.get_user(key(person))  # the first turn after moves them to the history file


def engine_for(store: TinyDBStore) -> Engine:
    library = load_library()
    return Engine(
        store,
        Encourager(library, NoThemeMatcher(), store),
        safety=SafetyDetector(None),
        clock=lambda: NOW,
    )


def answer_times(engine: Engine, people: list[int]) -> list[float]:
    times = []
    for u in people:
        engine.handle(Incoming.parse_text(who(u), "/debrief"))
        started = time.perf_counter()
        replies = engine.handle(Incoming.parse_text(who(u), "A new project title"))
        times.append(time.perf_counter() - started)
        assert replies[-1].template == "step/role", [r.template for r in replies]
        engine.handle(Incoming.parse_text(who(u), "/cancel"))
    return times


def floor_times(folder: Path, n: int) -> list[float]:
    text = json.dumps({"state": {"1": {"flow": "debrief", "answers": {"project": "x" * 200}}}})
    times = []
    for i in range(n):
        started = time.perf_counter()
        atomic_write_text(folder / f"floor{i % 10}.json", text)
        times.append(time.perf_counter() - started)
    return times


def scenario(name: str, tmp: Path, turns: int) -> list[float]:
    store = TinyDBStore(tmp / name)
    people = 100_000 if name == "100,000 people" else 100
    populate(store, people)
    sample = [i * (people // 100) for i in range(100)]
    if name == "50,000 linked people":
        aliases = {f"discord:{i}": key(i % people) for i in range(50_000)}
        atomic_write_text(store.data_dir / "aliases.json", json.dumps(aliases))
    if name == "30,000 due rows":
        due = "2026-11-20T18:30:00+00:00"
        rows = "".join(
            json.dumps({"u": f"telegram:{i}", "c": "c", "t": due}) + "\n" for i in range(30_000)
        )
        atomic_write_text(store.due_dir / "2026-11-20T18.jsonl", rows)
    if name == "1,000 auditions":
        big_history(store, 0, 1000)
        sample = [0]
    engine = engine_for(store)
    rounds = max(1, turns // len(sample))
    return answer_times(engine, sample * rounds)


NAMES = (
    "100 people",
    "100,000 people",
    "50,000 linked people",
    "30,000 due rows",
    "1,000 auditions",
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--turns", type=int, default=300)
    args = parser.parse_args()
    p50: dict[str, list[float]] = {n: [] for n in ("atomic write", *NAMES)}
    p90: dict[str, list[float]] = {n: [] for n in p50}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            for name in p50:
                times = (
                    floor_times(base, args.turns)
                    if name == "atomic write"
                    else scenario(name, base, args.turns)
                )
                p50[name].append(statistics.median(times))
                p90[name].append(statistics.quantiles(times, n=10)[-1])
    floor = statistics.median(p50["atomic write"])
    small = statistics.median(p50["100 people"])
    print(f"{'':<22} {'turn p50':>9} {'vs 100 people':>14} {'vs atomic write':>16} {'p90':>9}")
    for name, values in p50.items():
        m = statistics.median(values)
        high = statistics.median(p90[name])
        print(
            f"{name:<22} {m * 1000:8.3f}ms {m / small:13.2f}x {m / floor:15.2f}x "
            f"{high * 1000:7.3f}ms"
        )
    print(f"(medians of {args.runs} runs x {args.turns} turns; {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
