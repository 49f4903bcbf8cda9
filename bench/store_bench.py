"""Does one engine turn stay fast as the number of users grows?

Builds journals for 100, 1,000 and 10,000 users (about 10 auditions each),
then times single engine turns that each end in a durable (fsynced) write.
The baseline is plain TinyDB with its default JSONStorage holding every user
in one file, doing only the equivalent state write of a turn, without
fsync: a lower bound for the one-file design.

Run: python bench/store_bench.py [--sizes 100 1000 10000] [--turns 300]
Prints medians and p95s; read them as ratios from one run, not absolutes.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tinydb import Query, TinyDB

from bot.content import Encourager, NoThemeMatcher, load_library
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Who
from bot.store import TinyDBStore

AUDITIONS_PER_USER = 10


def audition_doc(u: int, i: int) -> dict:
    return {
        "id": f"{u:05d}{i:02d}",
        "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "project": f"Project {i} for user {u}",
        "created_at": "2026-11-01T10:00:00+00:00",
        "role": "A role with a name",
        "format": "selftape",
        "wore": "black jeans, a grey jumper and the lucky boots",
        "feeling": 1 + i % 5,
        "nailed": "The turn in the second scene, and I kept eye contact with the reader.",
        "learned": "Slow down on the first line; I rushed it and lost the laugh.",
        "extra": "Casting assistant was kind. Room was cold. Waited forty minutes.",
        "outcome": "waiting",
        "updated_at": "2026-11-01T10:00:00+00:00",
    }


def user_key(u: int) -> str:
    return f"telegram:{100000 + u}"


def populate(store: TinyDBStore, users: int) -> None:
    """Write files in the store's own format directly: setup speed is not what we measure."""
    for u in range(users):
        key = user_key(u)
        doc = {
            "meta": {"1": {"schema": 1, "user_key": key}},
            "profile": {"1": {"user_key": key, "timezone": "UTC", "created_at": "t"}},
            "auditions": {str(i + 1): audition_doc(u, i) for i in range(AUDITIONS_PER_USER)},
        }
        store.user_path(key).write_text(json.dumps(doc), encoding="utf-8")


def populate_single_file(path: Path, users: int) -> TinyDB:
    data = {
        "users": {str(u + 1): {"user_key": user_key(u), "timezone": "UTC"} for u in range(users)},
        "auditions": {
            str(u * AUDITIONS_PER_USER + i + 1): {**audition_doc(u, i), "user_key": user_key(u)}
            for u in range(users)
            for i in range(AUDITIONS_PER_USER)
        },
        "state": {},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return TinyDB(path)  # default JSONStorage


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_engine_turns(store: TinyDBStore, users: int, turns: int) -> list[float]:
    library = load_library()
    engine = Engine(
        store,
        Encourager(library, NoThemeMatcher(), store, seed=1),
        clock=lambda: datetime(2026, 11, 20, 12, tzinfo=UTC),
    )
    rng = random.Random(42)
    sample = [rng.randrange(users) for _ in range(turns)]
    timings: list[float] = []
    for u in sample:
        who = Who(Platform.TELEGRAM, str(100000 + u), str(100000 + u), ChatKind.PRIVATE)
        engine.handle(Incoming(who, command="debrief"))
        state = store.get_state(who.user_key)
        if state is None or state.step != "project":  # resumed draft: restart it
            engine.handle(Incoming(who, command="cancel"))
            engine.handle(Incoming(who, command="debrief"))
        start = time.perf_counter()
        replies = engine.handle(Incoming(who, text="A new project title"))  # the measured turn
        timings.append(time.perf_counter() - start)
        assert replies[-1].template == "step/role", replies
    return timings


def time_single_file_turns(db: TinyDB, users: int, turns: int) -> list[float]:
    rng = random.Random(42)
    state = db.table("state")
    timings = []
    for _ in range(turns):
        key = user_key(rng.randrange(users))
        start = time.perf_counter()
        state.get(Query().user_key == key)
        state.upsert(
            {"user_key": key, "step": "role", "answers": {"project": "x"}}, Query().user_key == key
        )
        timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--baseline-turns", type=int, default=30)
    args = parser.parse_args()
    rows = []
    for users in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            store = TinyDBStore(Path(tmp) / "data")
            populate(store, users)
            ours = time_engine_turns(store, users, args.turns)
            single = populate_single_file(Path(tmp) / "single.json", users)
            base = time_single_file_turns(single, users, args.baseline_turns)
            single_mb = (Path(tmp) / "single.json").stat().st_size / 1e6
        rows.append(
            (
                users,
                statistics.median(ours),
                percentile(ours, 0.95),
                statistics.median(base),
                single_mb,
            )
        )
    print(f"engine turn incl. fsynced write; {args.turns} turns per size")
    print(
        f"{'users':>7} {'p50 ms':>8} {'p95 ms':>8} {'1-file TinyDB p50 ms':>21} "
        f"{'1-file MB':>9} {'1-file / ours':>13}"
    )
    for users, p50, p95, base50, mb in rows:
        print(
            f"{users:>7} {p50 * 1e3:>8.2f} {p95 * 1e3:>8.2f} {base50 * 1e3:>21.2f} "
            f"{mb:>9.1f} {base50 / p50:>12.1f}x"
        )
    first, last = rows[0], rows[-1]
    print(f"p50 at {last[0]} users / p50 at {first[0]} users: {last[1] / first[1]:.2f}x")


if __name__ == "__main__":
    main()
