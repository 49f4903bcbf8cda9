"""Shared fixtures: a real TinyDB store in a temp dir, a settable clock, and a chat helper."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from bot.config import DEFAULT_RESOURCES
from bot.content import Encourager, Matcher, RuleMatcher, load_library
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Reply, Who
from bot.flows import debrief
from bot.render import Format, Renderer
from bot.store import Store, TinyDBStore
from bot.store.postgres_store import PostgresStore


def debrief_script(project: str, day: str = "today", **answers: str) -> list[str]:
    """What a person types for a whole debrief; optional steps not named are skipped.

    Built from the real step list, so adding a step changes one place, not every test.
    """
    values = {"project": project, "date": day, **answers}
    return ["/debrief", *(values.get(step.key, "/skip") for step in debrief.STEPS)]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Chat:
    """One person talking to the engine, with every reply rendered as the console would."""

    def __init__(self, engine: Engine, who: Who) -> None:
        self.engine = engine
        self.who = who
        self.renderer = Renderer(Format.PLAIN)
        self.last: list[Reply] = []

    def _run(self, event: Incoming) -> str:
        self.last = self.engine.handle(event)
        return "\n\n".join(self.renderer.render(r) for r in self.last)

    def say(self, text: str) -> str:
        return self._run(Incoming.parse_text(self.who, text))

    def debrief(self, project: str, day: str = "today", **answers: str) -> str:
        out = ""
        for line in debrief_script(project, day, **answers):
            out = self.say(line)
        return out

    def press(self, label: str) -> str:
        """Press the button whose label key is `label` in the latest replies."""
        for reply in reversed(self.last):
            for choice in reply.choices:
                if choice.label == label:
                    return self._run(Incoming(self.who, button=choice.payload))
        raise AssertionError(
            f"no button {label!r} in {[c.label for r in self.last for c in r.choices]}"
        )

    def press_nth(self, label: str, **values: str) -> str:
        """Press the button with label key `label` whose values include `values`."""
        for reply in reversed(self.last):
            for choice in reply.choices:
                if choice.label == label and values.items() <= choice.values.items():
                    return self._run(Incoming(self.who, button=choice.payload))
        raise AssertionError(f"no button {label!r} with {values}")

    def payload(self, label: str) -> str:
        for reply in self.last:
            for choice in reply.choices:
                if choice.label == label:
                    return choice.payload
        raise AssertionError(f"no button {label!r}")

    def templates(self) -> list[str]:
        return [r.template for r in self.last]


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 20, 15, 30, tzinfo=UTC))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


PG_ENV = "CALLBACK_TEST_DATABASE_URL"
PG_REQUIRED = os.environ.get("CALLBACK_REQUIRE_PG") == "1"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `both_stores` run once per store, so the two can never drift."""
    definition = metafunc.definition
    if (
        "store_kind" in metafunc.fixturenames
        and definition.get_closest_marker("both_stores")
        and not definition.get_closest_marker("tinydb_only")
        and not any(m.args[0] == "store_kind" for m in definition.iter_markers("parametrize"))
    ):
        metafunc.parametrize(
            "store_kind", ["tinydb", pytest.param("postgres", marks=pytest.mark.postgres)]
        )


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The DSN of a reachable PostgreSQL server, or a skip that says why.

    CI sets CALLBACK_REQUIRE_PG=1, which makes a missing server a failure.
    """
    dsn = os.environ.get(PG_ENV)
    problem = None
    if not dsn:
        problem = f"{PG_ENV} is not set (e.g. postgresql://postgres@127.0.0.1:5432/test)"
    else:
        try:
            psycopg.connect(dsn, connect_timeout=5).close()
        except psycopg.Error as exc:
            problem = f"PostgreSQL at {PG_ENV} is not reachable ({type(exc).__name__})"
    if problem:
        if PG_REQUIRED:
            pytest.fail(f"CALLBACK_REQUIRE_PG=1 but {problem}")
        pytest.skip(f"PostgreSQL tests skipped: {problem}")
    assert dsn is not None
    return dsn


def with_schema(dsn: str, schema: str) -> str:
    """The DSN with a search_path, in the form it came in (a URL stays a URL)."""
    if "://" in dsn:
        return f"{dsn}{'&' if '?' in dsn else '?'}options=-csearch_path%3D{schema}"
    return make_conninfo(dsn, options=f"-csearch_path={schema}")


@pytest.fixture
def pg_dsn(pg_server: str) -> Iterator[str]:
    """A schema of its own for one test, dropped afterwards; the DSN points into it."""
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(pg_server, schema)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store_kind() -> str:
    return "tinydb"


@pytest.fixture
def store(request: pytest.FixtureRequest, data_dir: Path, store_kind: str) -> Iterator[Store]:
    if store_kind == "postgres":
        pg = PostgresStore(request.getfixturevalue("pg_dsn"), max_connections=8)
        yield pg
        pg.close()
    else:
        yield TinyDBStore(data_dir)


@pytest.fixture
def reopen(
    request: pytest.FixtureRequest, data_dir: Path, store_kind: str
) -> Iterator[Callable[[], Store]]:
    """A fresh store over the same data, as a restarted process (or a second worker) sees it."""
    opened: list[Store] = []

    def make() -> Store:
        fresh: Store
        if store_kind == "postgres":
            fresh = PostgresStore(request.getfixturevalue("pg_dsn"), max_connections=4)
        else:
            fresh = TinyDBStore(data_dir)
        opened.append(fresh)
        return fresh

    yield make
    for fresh in opened:
        fresh.close()


@pytest.fixture
def stored_bytes(store: Store, data_dir: Path) -> Callable[[], bytes]:
    """Everything the store holds, as bytes: every file, or every row of every table."""

    def read() -> bytes:
        if isinstance(store, PostgresStore):
            with store.pool.connection() as conn:
                tables = conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                ).fetchall()
                rows = [
                    r[0]
                    for (name,) in tables
                    for r in conn.execute(f"SELECT t::text FROM {name} t").fetchall()
                ]
            return "\n".join(rows).encode()
        return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())

    return read


@pytest.fixture(scope="session")
def library():
    return load_library()


def make_engine(
    store: Store, library, clock: Clock, exports: Path | None = None, matcher: Matcher | None = None
) -> Engine:
    """The rules' matcher unless told (quick, and what most conversations need)."""
    encourager = Encourager(library, matcher or RuleMatcher(), store, seed=7)
    return Engine(
        store,
        encourager,
        help_resources=DEFAULT_RESOURCES,
        exports_dir=exports or store.data_dir / "exports",  # type: ignore[attr-defined]
        clock=clock,
    )


@pytest.fixture
def engine(store: Store, library, clock: Clock, data_dir: Path) -> Engine:
    return make_engine(store, library, clock, data_dir / "exports")


def slow_stats(engine: Engine, monkeypatch: pytest.MonkeyPatch, seconds: float = 0.4) -> None:
    """Make /stats take `seconds` (a first chart on a slow host), and a turn count as slow
    after 0.05 s, to see what each platform shows meanwhile."""
    monkeypatch.setattr("bot.turns.SLOW_AFTER", 0.05)
    journal = engine.services.flows["journal"]
    stats = journal.stats  # type: ignore[attr-defined]

    def slowly(*args: object) -> object:
        time.sleep(seconds)
        return stats(*args)

    monkeypatch.setattr(journal, "stats", slowly)


def damage_journal(store: TinyDBStore, user_key: str, text: str) -> None:
    """A journal that went bad on disk: its snapshot and its log both hold `text`."""
    from bot.store.logged import log_path

    path = store.user_path(user_key)
    path.write_text(text)
    log_path(path).write_text(text)


def private_who(user: str = "u1", platform: Platform = Platform.CONSOLE) -> Who:
    return Who(platform, user, user, ChatKind.PRIVATE)


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine, private_who())
