"""PostgreSQL beside TinyDB: turn latency at 10,000 people, and throughput with 1 and 2 workers.

Latency: both stores hold N people with a debrief open; one thread sends
mid-debrief answers to a sample of them (each a full engine turn with its
durable write: an fsync'd file, or a committed transaction) and records each
turn's time. Both stores are measured in the same run, alternating, so the
ratio is not skewed by the machine's mood; medians of --runs runs are printed.

Throughput: 1 and then 2 worker processes, each its own engine and connection
pool on one database, answer as fast as they can for --seconds; turns per
second in total. Every answer is checked afterwards (lost = 0).

Needs PostgreSQL: CALLBACK_TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test).
Run: python bench/pg_bench.py [--people 10000] [--sample 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg

from bot.content import Encourager, NoThemeMatcher, load_library
from bot.engine import Engine
from bot.events import Incoming, Platform, Who
from bot.safety import SafetyDetector
from bot.store import Store, TinyDBStore
from bot.store.postgres_store import PostgresStore

DSN = os.environ.get("CALLBACK_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")


def who(i: int) -> Who:
    return Who(Platform.TELEGRAM, str(100_000 + i), str(100_000 + i))


def engine_for(store: Store) -> Engine:
    library = load_library()
    return Engine(store, Encourager(library, NoThemeMatcher(), store), safety=SafetyDetector(None))


def with_schema(schema: str) -> str:
    return f"{DSN}{'&' if '?' in DSN else '?'}options=-csearch_path%3D{schema}"


def fill(engine: Engine, people: int) -> None:
    for i in range(people):
        engine.handle(Incoming.parse_text(who(i), "/debrief"))


def turn_times(engine: Engine, people: list[int], tag: str) -> list[float]:
    """Each person answers the project question (timed); /cancel and /debrief put them back."""
    times = []
    for i in people:
        started = time.perf_counter()
        engine.handle(Incoming.parse_text(who(i), f"{tag} {i}"))
        times.append(time.perf_counter() - started)
        engine.handle(Incoming.parse_text(who(i), "/cancel"))
        engine.handle(Incoming.parse_text(who(i), "/debrief"))
    return times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] * 1000


def latency(people: int, sample: int, runs: int) -> None:
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    pg = PostgresStore(with_schema(schema), max_connections=4)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            stores: dict[str, Store] = {"tinydb": TinyDBStore(Path(tmp)), "postgresql": pg}
            engines = {name: engine_for(store) for name, store in stores.items()}
            for name, engine in engines.items():
                started = time.perf_counter()
                fill(engine, people)
                print(
                    f"{name}: {people} people with a debrief open in "
                    f"{time.perf_counter() - started:.1f} s",
                    flush=True,
                )
            results: dict[str, list[tuple[float, float]]] = {n: [] for n in engines}
            step = max(1, people // sample)
            for run in range(runs):
                chosen = list(range(run % step, people, step))[:sample]
                for name, engine in engines.items():
                    times = turn_times(engine, chosen, f"Run{run}")
                    results[name].append((pct(times, 0.5), pct(times, 0.99)))
            for name, rows in results.items():
                p50 = statistics.median(r[0] for r in rows)
                p99 = statistics.median(r[1] for r in rows)
                print(
                    f"{name:<11} turn p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  "
                    f"(median of {runs} runs x {sample} turns, {people} people)"
                )
            ratio = statistics.median(
                p[0] / t[0] for p, t in zip(results["postgresql"], results["tinydb"], strict=True)
            )
            print(f"postgresql / tinydb p50 ratio, same runs: {ratio:.2f}")
    finally:
        pg.close()
        with psycopg.connect(DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def worker(dsn: str, first: int, count: int, seconds: float, out: mp.Queue) -> None:
    store = PostgresStore(dsn, max_connections=2, migrate=False)
    engine = engine_for(store)
    done = 0
    deadline = time.perf_counter() + seconds
    i = 0
    while time.perf_counter() < deadline:
        person = first + i % count
        engine.handle(Incoming.parse_text(who(person), f"Answer {person}"))
        engine.handle(Incoming.parse_text(who(person), "/cancel"))
        engine.handle(Incoming.parse_text(who(person), "/debrief"))
        done += 3
        i += 1
    store.close()
    out.put(done)


def throughput(people: int, seconds: float, runs: int) -> None:
    schema = f"bench_{secrets.token_hex(4)}"
    with psycopg.connect(DSN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    dsn = with_schema(schema)
    store = PostgresStore(dsn, max_connections=2)
    fill(engine_for(store), people)
    store.close()
    ctx = mp.get_context("spawn")
    try:
        rates: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(runs):
            for n in (1, 2):
                out: mp.Queue = ctx.Queue()
                share = people // n
                procs = [
                    ctx.Process(target=worker, args=(dsn, k * share, share, seconds, out))
                    for k in range(n)
                ]
                for p in procs:
                    p.start()
                total = sum(out.get() for _ in procs)
                for p in procs:
                    p.join()
                rates[n].append(total / seconds)
        one, two = (statistics.median(rates[n]) for n in (1, 2))
        print(
            f"throughput on PostgreSQL: 1 worker {one:.0f} turns/s, 2 workers {two:.0f} "
            f"turns/s ({two / one:.2f}x; median of {runs} runs of {seconds:.0f} s, "
            f"{os.cpu_count()} cores shared with the database)"
        )
    finally:
        with psycopg.connect(DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    latency(args.people, args.sample, args.runs)
    throughput(min(args.people, 2_000), args.seconds, args.runs)


if __name__ == "__main__":
    main()
