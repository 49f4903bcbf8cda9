"""What only the PostgreSQL store has: migrations, many workers, the sender lease, moving house.

The shared behaviour is in test_store_contract.py (run on both stores); here,
the things a fleet of workers on one database depends on.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psycopg
import pytest
from test_cli import run_bot

from bot.config import ConfigError, load_config
from bot.journal import export_user
from bot.store import (
    Audition,
    ChatSettings,
    CheckIn,
    ConversationState,
    TinyDBStore,
    UserProfile,
    pg_schema,
)
from bot.store.migrate import move
from bot.store.postgres_store import PostgresStore

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-20T15:30:00+00:00"


def audition(i: int) -> Audition:
    return Audition(id=f"a{i}", date="2026-11-01", project=f"P{i}", created_at=NOW)


@pytest.fixture
def pg(pg_dsn: str):
    store = PostgresStore(pg_dsn, max_connections=8)
    yield store
    store.close()


def tables(dsn: str) -> set[str]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
    return {r[0] for r in rows}


# -- migrations ------------------------------------------------------------------


def test_migrations_from_empty_reach_the_latest_version_once(pg_dsn: str) -> None:
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        assert pg_schema.current(conn) == 0
        applied = pg_schema.upgrade(conn)
        assert applied == [name for _, name, _ in pg_schema.migrations()]
        assert pg_schema.current(conn) == pg_schema.latest() >= 2
        assert pg_schema.upgrade(conn) == []  # a second worker starting finds nothing to do
    assert {"people", "auditions", "checkins", "chats", "aliases", "callback_schema"} <= tables(
        pg_dsn
    )


def test_upgrade_from_the_previous_version_keeps_the_data(pg_dsn: str) -> None:
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        pg_schema.upgrade(conn, target=pg_schema.latest() - 1)
        conn.execute("INSERT INTO people (user_key, profile) VALUES ('u', '{}')")
        conn.execute(
            "INSERT INTO checkins (user_key, id, audition_id, due, status, data)"
            " VALUES ('u', 'c1', 'a1', now(), 'pending', '{}')"
        )
        assert pg_schema.upgrade(conn) == [pg_schema.migrations()[-1][1]]
        indexes = conn.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
        ).fetchall()
        assert ("checkins_pending_due",) in indexes
        assert conn.execute("SELECT count(*) FROM checkins").fetchone() == (1,)


def test_workers_starting_together_migrate_once(pg_dsn: str) -> None:
    errors: list[BaseException] = []
    stores: list[PostgresStore] = []

    def start() -> None:
        try:
            stores.append(PostgresStore(pg_dsn, max_connections=2))
        except BaseException as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert errors == [] and len(stores) == 4
    with psycopg.connect(pg_dsn) as conn:
        rows = conn.execute("SELECT version FROM callback_schema ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, pg_schema.latest() + 1))


# -- many workers ----------------------------------------------------------------


def test_two_workers_apply_one_persons_turns_in_order_and_lose_none(pg_dsn: str) -> None:
    """Each turn reads the journal, then appends: interleaving would lose entries."""
    workers = [PostgresStore(pg_dsn, max_connections=4) for _ in range(2)]

    def run(n: int) -> None:
        store = workers[n % 2]
        for i in range(30):
            with store.turn("telegram:1"):
                count = len(store.list_auditions("telegram:1"))
                time.sleep(0.0005)  # widen the window a lost update would need
                store.add_audition("telegram:1", audition(n * 100 + i))
                state = ConversationState("debrief", "d", "role", {"count": count + 1})
                store.set_state("telegram:1", state)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(workers[0].list_auditions("telegram:1")) == 120
    state = workers[1].get_state("telegram:1")
    assert state is not None and state.answers == {"count": 120}
    for w in workers:
        w.close()


def test_each_checkin_is_claimed_once_across_workers(pg_dsn: str) -> None:
    workers = [PostgresStore(pg_dsn, max_connections=4) for _ in range(3)]
    due = "2026-11-20T15:00:00+00:00"
    for u in range(50):
        workers[0].add_checkins(
            f"u{u}", [CheckIn(id=f"c{i}", audition_id="a", due=due, day=3) for i in range(4)]
        )
    wins: list[tuple[str, str]] = []
    guard = threading.Lock()

    def claim(store: PostgresStore) -> None:
        for _, entries in store.due_entries(__import__("datetime").datetime.fromisoformat(NOW)):
            for e in entries:
                won = store.transition_checkin(
                    e.user_key, e.checkin_id, from_status="pending", to_status="sending", now=NOW
                )
                if won:
                    with guard:
                        wins.append((e.user_key, e.checkin_id))

    threads = [threading.Thread(target=claim, args=(w,)) for w in workers for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 200 and len(set(wins)) == 200
    for w in workers:
        w.close()


def test_one_sender_at_a_time_and_the_next_takes_over_when_it_dies(pg_dsn: str) -> None:
    a = PostgresStore(pg_dsn, max_connections=2)
    b = PostgresStore(pg_dsn, max_connections=2)
    assert a.sender_lease() is True
    assert b.sender_lease() is False
    assert a.sender_lease() is True
    a.close()  # the worker stops or dies: PostgreSQL drops its session lock
    assert b.sender_lease() is True
    b.close()


def test_a_worker_killed_mid_turn_loses_that_turn_only_and_frees_the_person(
    pg_dsn: str,
) -> None:
    """kill -9 between the writes of a turn and its commit: nothing half-written stays,
    and the person's lock goes with the dead connection."""
    pg = PostgresStore(pg_dsn, max_connections=2)
    pg.add_audition("telegram:5", audition(1))
    script = textwrap.dedent(
        f"""
        import os, sys
        from bot.store import Audition
        from bot.store.postgres_store import PostgresStore
        s = PostgresStore({pg_dsn!r}, max_connections=1)
        with s.turn("telegram:5"):
            s.add_audition("telegram:5", Audition(id="a2", date="2026-11-02", project="Half",
                                                  created_at="t"))
            s.update_audition("telegram:5", "a1", outcome="booked")
            print("written", flush=True)
            sys.stdin.readline()
            os._exit(9)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "written"
    child.kill()
    child.wait(10)
    started = time.monotonic()
    with pg.turn("telegram:5"):  # would wait forever if the lock outlived the process
        [only] = pg.list_auditions("telegram:5")
    assert time.monotonic() - started < 5
    assert only.id == "a1" and only.outcome == "waiting"
    pg.close()


def test_text_postgresql_cannot_hold_is_kept_readable(pg: PostgresStore) -> None:
    """NUL cannot live in PostgreSQL text; an old journal moved over must not fail."""
    pg.add_audition("u", Audition(id="a1", date="2026-11-01", project="Ham\x00let", created_at=NOW))
    assert pg.get_audition("u", "a1").project == "Ham\ufffdlet"  # type: ignore[union-attr]


# -- choosing the store, moving house ---------------------------------------------


def test_database_url_chooses_postgresql_and_is_kept_out_of_logs(pg_server: str) -> None:
    config = load_config(env={"DATABASE_URL": "postgresql://bot:s3cretpw@db.example:5432/cb"})
    assert config.database_url is not None
    assert "s3cretpw" in config.secrets()
    assert "s3cretpw" not in repr(config)
    with pytest.raises(ConfigError, match="postgresql://"):
        load_config(env={"DATABASE_URL": "mysql://x"})


def fill(store, people: int = 5) -> None:
    for p in range(people):
        key = f"telegram:{1000 + p}"
        with store.turn(key):
            store.save_user(UserProfile(key, "Europe/London", NOW, country="GB"))
            store.add_auditions(key, [audition(i) for i in range(3)])
            store.update_audition(key, "a1", outcome="callback", custom={"Breath?": "yes"})
            store.add_checkins(
                key,
                [CheckIn(id=f"c{i}", audition_id="a0", due=NOW, day=3) for i in range(2)],
            )
            store.mark_seen(key, "msg-1")
            if p == 0:
                store.set_state(key, ConversationState("debrief", "d", "role", {"project": "X"}))
    store.save_chat(ChatSettings("telegram:-100", daily_quote=True, last_sent="2026-11-19"))
    store.set_alias("discord:77", "telegram:1000")
    store.update_links(lambda d: d.update({"codes": {"K3Y": {"account": "telegram:1000"}}}))


def test_migrate_store_round_trip_gives_equal_exports(tmp_path: Path, pg: PostgresStore) -> None:
    source = TinyDBStore(tmp_path / "before")
    fill(source)
    there = move(source, pg)
    assert there.people == 5 and there.copied == 5 and there.mismatched == []
    assert (there.auditions, there.checkins, there.chats, there.aliases) == (15, 10, 1, 1)
    again = move(source, pg)  # a re-run (say, after a cut-off) changes nothing
    assert again.unchanged == 5 and again.copied == 0
    back = TinyDBStore(tmp_path / "after")
    home = move(pg, back)
    assert home.mismatched == [] and home.copied == 5
    for key in source.user_keys():
        assert export_user(back, key) == export_user(source, key)
        assert back.get_state(key) == source.get_state(key)
        assert back.seen_items(key) == source.seen_items(key)
    assert back.list_chats() == source.list_chats()
    assert back.all_aliases() == source.all_aliases()
    assert back.load_links() == source.load_links()


def test_migrate_store_command_and_the_bot_on_postgresql(tmp_path: Path, pg_dsn: str) -> None:
    data = tmp_path / "data"
    fill(TinyDBStore(data), people=3)
    done = run_bot(["migrate-store", "--to", pg_dsn], data)
    assert done.returncode == 0, done.stderr
    assert "3 people (3 copied" in done.stdout and "verified" in done.stdout
    checked = run_bot(["check-config"], data, DATABASE_URL=pg_dsn)
    assert checked.returncode == 0, checked.stderr
    assert "PostgreSQL" in checked.stdout and "3 journals" in checked.stdout
    out = tmp_path / "exported"
    exported = run_bot(["export", "--out", str(out)], data, DATABASE_URL=pg_dsn)
    assert exported.returncode == 0, exported.stderr
    names = {json.loads(p.read_text())["profile"]["user_key"] for p in out.glob("*.json")}
    assert names == {"telegram:1000", "telegram:1001", "telegram:1002"}


# -- a database that comes and goes -------------------------------------------------------


class Cable:
    """A TCP proxy to the PostgreSQL server that a test can cut and reconnect: stands for
    the server going down and coming back, without touching the server other tests use."""

    def __init__(self, host: str, port: int) -> None:
        import socket

        self.target = (host, port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.pipes: list = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket

        while True:
            client, _ = self.listener.accept()
            if not self.up:
                client.close()
                continue
            server = socket.create_connection(self.target)
            self.pipes += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a, b) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.close()
            except OSError:
                pass

    def cut(self) -> None:
        import socket

        self.up = False
        for s in self.pipes:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.pipes = []

    def mend(self) -> None:
        self.up = True


def through(dsn: str, port: int) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(dsn)
    return make_conninfo(**{**parts, "host": "127.0.0.1", "port": str(port)})


def _behind_a_cable(pg_dsn: str, *, max_connections: int) -> tuple[Cable, PostgresStore]:
    """A store whose every connection goes through a cable the test can cut and mend."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(pg_dsn)
    cable = Cable(parts.get("host") or "127.0.0.1", int(parts.get("port") or 5432))
    return cable, PostgresStore(through(pg_dsn, cable.port), max_connections=max_connections)


def test_replies_come_at_once_while_the_database_is_down_and_it_recovers(
    pg_dsn: str, library, clock, tmp_path: Path
) -> None:
    from conftest import Chat, make_engine, private_who

    cable, store = _behind_a_cable(pg_dsn, max_connections=4)
    try:
        engine = make_engine(store, library, clock, tmp_path / "exports")
        chat = Chat(engine, private_who("ada"))
        chat.say("/start")
        cable.cut()
        waits = []
        for line in ("/debrief", "Hamlet", "/journal", "hello?"):
            started = time.perf_counter()
            out = chat.say(line)
            waits.append(time.perf_counter() - started)
            assert chat.templates() == ["error/unavailable"], line
            assert "nothing you saved before is lost" in out.lower()
        # The first message waits for the pool at most once; after it the circuit is open
        # and no message waits for the pool again (each would take ACQUIRE_TIMEOUT if it
        # did). Bounds in those terms, not in milliseconds a busy machine can exceed.
        from bot.store.postgres_store import ACQUIRE_TIMEOUT

        assert waits[0] < ACQUIRE_TIMEOUT + 2.0, waits
        assert max(waits[1:]) < ACQUIRE_TIMEOUT, waits
        cable.mend()
        store._down_until = 0.0  # as if the open circuit's few seconds had passed
        chat.say("/debrief")  # the first message after the server is back just works
        assert chat.templates() and not chat.templates()[0].startswith("error/")
        chat.say("Hamlet")
        assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    finally:
        store.close()


def test_after_a_long_outage_the_first_message_does_not_wait_for_the_pool(
    pg_dsn: str, library, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a long outage the pool retries on a doubling backoff (a minute and more
    apart); the server being back must not wait for its next try."""
    from conftest import Chat, make_engine, private_who
    from psycopg_pool.base import AttemptWithBackoff

    # As the pool's backoff stands after a long outage: its next try is a minute away.
    monkeypatch.setattr(AttemptWithBackoff, "INITIAL_DELAY", 60.0)
    cable, store = _behind_a_cable(pg_dsn, max_connections=1)
    try:
        engine = make_engine(store, library, clock, tmp_path / "exports")
        chat = Chat(engine, private_who("bea"))
        chat.say("/start")
        cable.cut()
        chat.say("/debrief")
        assert chat.templates() == ["error/unavailable"]
        cable.mend()
        store._down_until = 0.0  # the open circuit's seconds have passed
        for line in ("/debrief", "Hamlet"):
            started = time.perf_counter()
            chat.say(line)
            assert chat.templates() and not chat.templates()[0].startswith("error/"), line
            assert time.perf_counter() - started < 5
        assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    finally:
        store.close()
