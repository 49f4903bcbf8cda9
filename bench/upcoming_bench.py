"""Does planning upcoming auditions cost anything? Side by side in one run.

1. A turn: `/settings` (reads and renders the profile) for a person with no upcoming
   auditions, with 5, and with the most a person may keep (50, in the profile),
   alternating, RUNS x TURNS each; medians.
2. Start-up: build_app plus the scheduler's start (its catch-up of what is due), with
   PEOPLE journals (default 100,000) with nothing planned, and the same people each
   with one upcoming audition and its two reminders (prep, after) in the due index.

Run: python bench/upcoming_bench.py [--people 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from schedule_bench import write_users  # noqa: E402

from bot.app import App, build_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.events import ChatKind, Incoming, Platform, Who  # noqa: E402
from bot.schedule import Scheduler  # noqa: E402
from bot.store import TinyDBStore, Upcoming  # noqa: E402


def upcoming(i: int, when: datetime) -> dict:
    return Upcoming(
        id=f"u{i}",
        project=f"Play {i}",
        when=when.isoformat(timespec="seconds"),
        kind="room",
        created_at="2026-01-01T00:00:00+00:00",
        place="Hart Casting",
        note="Bring the sides",
    ).to_dict()


def turns(runs: int, count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Config(data_dir=Path(tmp)))
        soon = datetime.now(UTC) + timedelta(days=3)
        people = {}
        for planned in (0, 5, 50):
            who = Who(Platform.CONSOLE, f"p{planned}", f"p{planned}", ChatKind.PRIVATE)
            app.engine.handle(Incoming.parse_text(who, "/start"))
            user = app.store.get_user(who.user_key)
            assert user is not None
            user.upcoming = [Upcoming.from_dict(upcoming(i, soon)) for i in range(planned)]
            app.store.save_user(user)
            people[planned] = who
        medians: dict[int, list[float]] = {0: [], 5: [], 50: []}
        for _ in range(runs):
            for planned, who in people.items():
                times = []
                for _ in range(count):
                    started = time.perf_counter()
                    app.engine.handle(Incoming.parse_text(who, "/settings"))
                    times.append(time.perf_counter() - started)
                medians[planned].append(statistics.median(times))
        none, few, full = (statistics.median(medians[n]) for n in (0, 5, 50))
        print(
            f"  /settings turn: no plans {1000 * none:.2f} ms, 5 plans {1000 * few:.2f} ms"
            f" (x{few / none:.2f}), 50 plans, the most kept, {1000 * full:.2f} ms"
            f" (x{full / none:.2f}); medians of {runs} x {count}"
        )


def startup(people: int, runs: int) -> None:
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        folders = {}
        for planned in (False, True):
            folder = Path(tmp) / ("with" if planned else "without")
            store = TinyDBStore(folder)
            write_users(store, people, 5 if planned else 3, now + timedelta(hours=1), 14 * 24)
            if planned:
                for path in (folder / "users").glob("*.json"):
                    doc = json.loads(path.read_text())
                    doc["profile"]["1"]["upcoming"] = [upcoming(0, now + timedelta(days=4))]
                    path.write_text(json.dumps(doc))
            store.close()
            folders[planned] = folder
        results: dict[bool, list[float]] = {False: [], True: []}
        for _ in range(runs):
            for planned, folder in folders.items():
                started = time.perf_counter()
                app = build_app(Config(data_dir=folder))

                async def start(app: App = app) -> None:
                    scheduler = Scheduler(app.engine, app.store, {})
                    await scheduler.start()
                    scheduler.shutdown()

                asyncio.run(start())
                results[planned].append(time.perf_counter() - started)
                app.store.close()
        without, with_ = statistics.median(results[False]), statistics.median(results[True])
        print(
            f"  start-up with {people:,} people: nothing planned {without:.2f} s, each with one"
            f" upcoming audition and two reminders {with_:.2f} s (x{with_ / without:.2f};"
            f" medians of {runs})"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--turns", type=int, default=300)
    args = parser.parse_args()
    turns(args.runs, args.turns)
    startup(args.people, args.runs)


if __name__ == "__main__":
    main()
