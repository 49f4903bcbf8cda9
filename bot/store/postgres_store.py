"""The journal in PostgreSQL: the same `Store` as TinyDB, for many workers on many machines.

Why it is shaped like this:
- A turn is one transaction on one pooled connection that first takes a
  transaction-scoped advisory lock for the person, so two workers handling
  messages from the same person apply them one after the other and lose none.
- Everything personal hangs off one `people` row with ON DELETE CASCADE:
  /forget is one DELETE in one transaction.
- The schedule is the `checkins` table itself (status pending -> sending ->
  sent). A claim is a compare-and-set on the row with SKIP LOCKED, so one
  check-in is sent once across the fleet; only the worker holding the sender
  lease (a session advisory lock, released by PostgreSQL when its connection
  dies) sends scheduled messages, so the fleet stays under the bot's limits.
- Shared things (group settings, links, aliases) commit on their own outside
  a turn; inside one they join its transaction, so a thread never waits for a
  second pooled connection while holding one.

Nothing outside `bot/store/` imports psycopg.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from psycopg.rows import TupleRow
from psycopg.types.json import Jsonb, set_json_dumps
from psycopg_pool import ConnectionPool, PoolTimeout

from bot.store import pg_schema
from bot.store.atomic import StoreUnavailableError
from bot.store.base import (
    Audition,
    ChatSettings,
    CheckIn,
    ConversationState,
    DueEntry,
    DuplicateEvent,
    UserProfile,
    parse_due,
)

log = logging.getLogger(__name__)

R = TypeVar("R")
Conn = psycopg.Connection[TupleRow]

#: The scheduler asks for due check-ins in batches of at most this many a minute.
DUE_BATCH = 20_000
#: Claimed rows are not hourly shards here; one name stands for "the table".
SHARD = "checkins"
#: How long a turn waits for a connection. Healthy, one arrives in milliseconds (16
#: connections, 8 turn threads); longer means the server is down or unreachable.
ACQUIRE_TIMEOUT = 1.0
#: A direct connection's limit when the pool has none (libpq counts whole seconds, at least 2).
CONNECT_TIMEOUT = 2
#: After a failure to reach the server, turns are answered at once for this long
#: (the circuit is open), then one tries again.
OPEN_FOR = 10.0


def _lock_key(namespace: str, name: str) -> int:
    """A signed 64-bit advisory-lock key; the schema is part of it, so two bots (or two
    test schemas) in one database never block each other."""
    digest = hashlib.sha256(f"{namespace}\0{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _scrub(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: it becomes U+FFFD instead of failing the turn.

    Typed and imported words are cleaned long before this; what is left is a
    journal moved over from an old TinyDB file."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(_scrub(value), ensure_ascii=False, separators=(",", ":"))


class _Turn:
    def __init__(self, conn: Conn) -> None:
        self.conn = conn
        #: forget_user ran inside this turn: the person is deleted again at its end,
        #: so nothing written later in the same turn survives (as with TinyDB).
        self.forgotten = False


class PostgresStore:
    """Chosen with DATABASE_URL; see the README's "Beyond one machine"."""

    def __init__(self, dsn: str, *, max_connections: int = 16, migrate: bool = True) -> None:
        self.dsn = dsn
        self.pool: ConnectionPool[Conn] = ConnectionPool(
            dsn,
            min_size=1,
            max_size=max_connections,
            kwargs={"autocommit": True},
            configure=self._configure,
            # A connection is checked before it is handed out: after the server restarts,
            # the first message on an idle worker gets a fresh one, not a dead one.
            check=ConnectionPool.check_connection,
            timeout=ACQUIRE_TIMEOUT,
            open=True,
            name="callback",
        )
        #: monotonic time until which the database is taken to be down (the open circuit).
        self._down_until = 0.0
        #: The server answered a direct connection while the pool had none (_checkout).
        self._pool_catching_up = False
        self._local = threading.local()
        self._sender: Conn | None = None
        self._sender_guard = threading.Lock()
        with self.pool.connection() as conn:
            if migrate:
                pg_schema.upgrade(conn)
            row = conn.execute("SELECT current_schema()").fetchone()
            self.namespace = str(row[0]) if row else "public"

    @staticmethod
    def _configure(conn: Conn) -> None:
        set_json_dumps(_dumps, conn)

    def close(self) -> None:
        with self._sender_guard:
            if self._sender is not None:
                self._sender.close()
                self._sender = None
        self.pool.close()

    # -- plumbing -----------------------------------------------------------

    def _turns(self) -> dict[str, _Turn]:
        turns: dict[str, _Turn] | None = getattr(self._local, "turns", None)
        if turns is None:
            turns = self._local.turns = {}
        return turns

    @contextmanager
    def _connection(self) -> Iterator[Conn]:
        """The connection this thread is already in a transaction on, else one from the pool.

        Work that begins inside a turn (another person's turn while linking, a
        shared row) joins that turn's transaction as a savepoint instead of taking
        a second connection: a thread never holds one connection while waiting for
        another, so a busy pool can slow turns down but never deadlock them.
        """
        stack: list[Conn] = self._local.__dict__.setdefault("stack", [])
        if stack:
            conn = stack[-1]
            with conn.transaction():
                yield conn
            return
        if time.monotonic() < self._down_until:
            raise StoreUnavailableError("the database was unreachable moments ago")
        try:
            conn, pooled = self._checkout()
            try:
                with conn.transaction():
                    stack.append(conn)
                    try:
                        yield conn
                    finally:
                        stack.pop()
            finally:
                if pooled:
                    self.pool.putconn(conn)
                else:
                    conn.close()
        except (PoolTimeout, psycopg.OperationalError) as exc:
            self._down_until = time.monotonic() + OPEN_FOR
            raise StoreUnavailableError(f"the database cannot be reached ({exc})") from exc
        self._down_until = 0.0

    def _checkout(self) -> tuple[Conn, bool]:
        """A connection, and whether it is the pool's.

        When the pool has none to give, the server may be down, or it may be back while
        the pool waits out its reconnection backoff (which doubles: minutes after a long
        outage, every message meanwhile "unavailable"). One direct connection tells them
        apart at once; while the pool is catching up, turns use direct connections and
        ask the pool only briefly.
        """
        wait = 0.05 if self._pool_catching_up else ACQUIRE_TIMEOUT
        try:
            conn = self.pool.getconn(timeout=wait)
        except PoolTimeout:
            conn = psycopg.connect(
                self.dsn, autocommit=True, connect_timeout=CONNECT_TIMEOUT
            )  # an OperationalError here: the server is down, the circuit opens
            self._configure(conn)
            self._pool_catching_up = True
            return conn, False
        self._pool_catching_up = False
        return conn, True

    @contextmanager
    def turn(self, user_key: str, event_id: str | None = None) -> Iterator[None]:
        """One transaction for everything this turn does for the person, behind their lock.

        The advisory lock is transaction-scoped: it is released by the commit or the
        rollback, and by PostgreSQL itself if this worker dies mid-turn.
        """
        turns = self._turns()
        if user_key in turns:
            yield
            return
        with self._connection() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(self.namespace, user_key),))
            if (
                event_id
                and conn.execute(
                    "SELECT 1 FROM events WHERE user_key = %s AND event_id = %s",
                    (user_key, event_id),
                ).fetchone()
            ):
                raise DuplicateEvent(event_id)
            turn = turns[user_key] = _Turn(conn)
            try:
                yield
            finally:
                del turns[user_key]
            if turn.forgotten:
                conn.execute("DELETE FROM events WHERE user_key = %s", (user_key,))
                conn.execute("DELETE FROM people WHERE user_key = %s", (user_key,))
            elif event_id:
                conn.execute(
                    "INSERT INTO events (user_key, event_id) VALUES (%s, %s)"
                    " ON CONFLICT DO NOTHING",
                    (user_key, event_id),
                )
                conn.execute(
                    "DELETE FROM events WHERE user_key = %s AND at < now() - interval '3 days'",
                    (user_key,),
                )

    @contextmanager
    def _person(self, user_key: str) -> Iterator[Conn]:
        """The connection of this person's turn; outside one, the operation is a turn."""
        turn = self._turns().get(user_key)
        if turn is not None:
            yield turn.conn
            return
        with self.turn(user_key):
            yield self._turns()[user_key].conn

    @contextmanager
    def _shared(self) -> Iterator[Conn]:
        """Shared rows: their own transaction, or a savepoint of the turn under way."""
        with self._connection() as conn:
            yield conn

    @staticmethod
    def _ensure_person(conn: Conn, user_key: str) -> None:
        conn.execute(
            "INSERT INTO people (user_key) VALUES (%s) ON CONFLICT DO NOTHING", (user_key,)
        )

    # -- users --------------------------------------------------------------

    def get_user(self, user_key: str) -> UserProfile | None:
        with self._person(user_key) as conn:
            row = conn.execute(
                "SELECT profile FROM people WHERE user_key = %s", (user_key,)
            ).fetchone()
        return UserProfile.from_dict(row[0]) if row and row[0] is not None else None

    def save_user(self, user: UserProfile) -> None:
        with self._person(user.user_key) as conn:
            conn.execute(
                "INSERT INTO people (user_key, profile) VALUES (%s, %s)"
                " ON CONFLICT (user_key) DO UPDATE SET profile = EXCLUDED.profile",
                (user.user_key, Jsonb(user.to_dict())),
            )

    def user_keys(self) -> list[str]:
        with self._shared() as conn:
            rows = conn.execute("SELECT user_key FROM people ORDER BY user_key").fetchall()
        return [r[0] for r in rows]

    def forget_user(self, user_key: str) -> bool:
        """One DELETE: auditions, check-ins, seen items and state go with the person row."""
        turn = self._turns().get(user_key)
        if turn is not None:
            turn.forgotten = True
        with self._person(user_key) as conn:
            conn.execute("DELETE FROM events WHERE user_key = %s", (user_key,))
            row = conn.execute(
                "DELETE FROM people WHERE user_key = %s RETURNING 1", (user_key,)
            ).fetchone()
        return row is not None

    # -- conversation state -------------------------------------------------

    def get_state(self, user_key: str) -> ConversationState | None:
        with self._person(user_key) as conn:
            row = conn.execute(
                "SELECT state FROM people WHERE user_key = %s", (user_key,)
            ).fetchone()
        return ConversationState.from_dict(row[0]) if row and row[0] is not None else None

    def set_state(self, user_key: str, state: ConversationState) -> None:
        with self._person(user_key) as conn:
            conn.execute(
                "INSERT INTO people (user_key, state) VALUES (%s, %s)"
                " ON CONFLICT (user_key) DO UPDATE SET state = EXCLUDED.state",
                (user_key, Jsonb(state.to_dict())),
            )

    def clear_state(self, user_key: str) -> None:
        with self._person(user_key) as conn:
            conn.execute("UPDATE people SET state = NULL WHERE user_key = %s", (user_key,))

    # -- auditions ----------------------------------------------------------

    def add_audition(self, user_key: str, audition: Audition) -> None:
        self.add_auditions(user_key, [audition])

    def add_auditions(self, user_key: str, auditions: list[Audition]) -> None:
        if not auditions:
            return
        with self._person(user_key) as conn:
            self._ensure_person(conn, user_key)
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO auditions (user_key, id, data) VALUES (%s, %s, %s)"
                    " ON CONFLICT (user_key, id) DO UPDATE SET data = EXCLUDED.data",
                    [(user_key, a.id, Jsonb(a.to_dict())) for a in auditions],
                )

    def list_auditions(self, user_key: str) -> list[Audition]:
        """Newest audition first; ties broken by when the debrief was written."""
        with self._person(user_key) as conn:
            rows = conn.execute(
                "SELECT data FROM auditions WHERE user_key = %s", (user_key,)
            ).fetchall()
        items = [Audition.from_dict(r[0]) for r in rows]
        return sorted(items, key=lambda a: (a.date, a.created_at), reverse=True)

    def get_audition(self, user_key: str, audition_id: str) -> Audition | None:
        with self._person(user_key) as conn:
            row = conn.execute(
                "SELECT data FROM auditions WHERE user_key = %s AND id = %s",
                (user_key, audition_id),
            ).fetchone()
        return Audition.from_dict(row[0]) if row else None

    def update_audition(self, user_key: str, audition_id: str, **changes: Any) -> Audition | None:
        with self._person(user_key) as conn:
            row = conn.execute(
                "UPDATE auditions SET data = data || %s WHERE user_key = %s AND id = %s"
                " RETURNING data",
                (Jsonb(changes), user_key, audition_id),
            ).fetchone()
        return Audition.from_dict(row[0]) if row else None

    def remove_auditions(self, user_key: str, audition_ids: set[str]) -> None:
        ids = sorted(audition_ids)
        with self._person(user_key) as conn:
            conn.execute(
                "DELETE FROM auditions WHERE user_key = %s AND id = ANY(%s)", (user_key, ids)
            )
            conn.execute(
                "DELETE FROM checkins WHERE user_key = %s AND audition_id = ANY(%s)",
                (user_key, ids),
            )

    # -- content history (no-repeat selection) ------------------------------

    def seen_items(self, user_key: str) -> set[str]:
        with self._person(user_key) as conn:
            rows = conn.execute("SELECT item FROM seen WHERE user_key = %s", (user_key,))
            return {r[0] for r in rows.fetchall()}

    def mark_seen(self, user_key: str, item_id: str) -> None:
        with self._person(user_key) as conn:
            self._ensure_person(conn, user_key)
            conn.execute(
                "INSERT INTO seen (user_key, item) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (user_key, item_id),
            )

    def reset_seen(self, user_key: str, item_ids: set[str]) -> None:
        with self._person(user_key) as conn:
            conn.execute(
                "DELETE FROM seen WHERE user_key = %s AND item = ANY(%s)",
                (user_key, sorted(item_ids)),
            )

    # -- group chats --------------------------------------------------------

    def get_chat(self, chat_key: str) -> ChatSettings | None:
        with self._shared() as conn:
            row = conn.execute("SELECT data FROM chats WHERE chat_key = %s", (chat_key,))
            found = row.fetchone()
        return ChatSettings.from_dict(found[0]) if found else None

    def save_chat(self, chat: ChatSettings) -> None:
        with self._shared() as conn:
            conn.execute(
                "INSERT INTO chats (chat_key, data) VALUES (%s, %s)"
                " ON CONFLICT (chat_key) DO UPDATE SET data = EXCLUDED.data",
                (chat.chat_key, Jsonb(chat.to_dict())),
            )

    def list_chats(self) -> list[ChatSettings]:
        with self._shared() as conn:
            rows = conn.execute("SELECT data FROM chats ORDER BY chat_key").fetchall()
        return [ChatSettings.from_dict(r[0]) for r in rows]

    def claim_daily(self, chat_key: str, local_date: str, quote_id: str, pool: set[str]) -> bool:
        """Record today's quote before sending it; the row lock makes it once per fleet."""
        with self._shared() as conn:
            row = conn.execute(
                "SELECT data FROM chats WHERE chat_key = %s FOR UPDATE", (chat_key,)
            ).fetchone()
            if row is None or row[0].get("last_sent") == local_date:
                return False
            seen = [q for q in row[0].get("seen_quotes", []) if q in pool]
            seen = [] if len(seen) + 1 >= len(pool) else seen
            conn.execute(
                "UPDATE chats SET data = data || %s WHERE chat_key = %s",
                (Jsonb({"last_sent": local_date, "seen_quotes": [*seen, quote_id]}), chat_key),
            )
            return True

    # -- check-ins ----------------------------------------------------------

    def add_checkins(self, user_key: str, checkins: list[CheckIn]) -> None:
        if not checkins:
            return
        with self._person(user_key) as conn:
            self._ensure_person(conn, user_key)
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO checkins (user_key, id, audition_id, due, status, kind, data)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s)"
                    " ON CONFLICT (user_key, id) DO UPDATE SET audition_id = EXCLUDED.audition_id,"
                    " due = EXCLUDED.due, status = EXCLUDED.status, kind = EXCLUDED.kind,"
                    " data = EXCLUDED.data",
                    [
                        (
                            user_key,
                            c.id,
                            c.audition_id,
                            parse_due(c.due),
                            c.status,
                            c.kind or "checkin",
                            Jsonb(c.to_dict()),
                        )
                        for c in checkins
                    ],
                )

    def list_checkins(self, user_key: str) -> list[CheckIn]:
        with self._person(user_key) as conn:
            rows = conn.execute(
                "SELECT data FROM checkins WHERE user_key = %s", (user_key,)
            ).fetchall()
        return sorted((CheckIn.from_dict(r[0]) for r in rows), key=lambda c: c.due)

    def get_checkin(self, user_key: str, checkin_id: str) -> CheckIn | None:
        with self._person(user_key) as conn:
            row = conn.execute(
                "SELECT data FROM checkins WHERE user_key = %s AND id = %s",
                (user_key, checkin_id),
            ).fetchone()
        return CheckIn.from_dict(row[0]) if row else None

    def transition_checkin(
        self, user_key: str, checkin_id: str, *, from_status: str, to_status: str, now: str
    ) -> bool:
        """Compare-and-set on the row: of all the workers that try, exactly one wins.

        Outside a turn it needs no person lock (one statement is atomic); a row that
        another transaction holds is skipped, not waited for, and stays pending for
        the next minute.
        """
        change = Jsonb({"status": to_status, "updated_at": now})
        sql = (
            "UPDATE checkins SET status = %(to)s, data = data || %(change)s"
            " WHERE user_key = %(u)s AND id = %(c)s AND status = %(from)s"
        )
        args = {
            "to": to_status,
            "change": change,
            "u": user_key,
            "c": checkin_id,
            "from": from_status,
        }
        turn = self._turns().get(user_key)
        if turn is not None:
            return turn.conn.execute(sql + " RETURNING 1", args).fetchone() is not None
        skip_locked = (
            " AND ctid IN (SELECT ctid FROM checkins WHERE user_key = %(u)s AND id = %(c)s"
            " FOR UPDATE SKIP LOCKED)"
        )
        with self._shared() as conn:
            row = conn.execute(sql + skip_locked + " RETURNING 1", args).fetchone()
        return row is not None

    def cancel_checkins(
        self, user_key: str, audition_id: str, now: str, *, kind: str = "checkin"
    ) -> int:
        change = Jsonb({"status": "cancelled", "updated_at": now})
        with self._person(user_key) as conn:
            cur = conn.execute(
                "UPDATE checkins SET status = 'cancelled', data = data || %s"
                " WHERE user_key = %s AND audition_id = %s AND status = 'pending' AND kind = %s",
                (change, user_key, audition_id, kind),
            )
            return cur.rowcount

    def due_entries(self, until: datetime) -> list[tuple[str, list[DueEntry]]]:
        """Pending check-ins due by `until`, oldest first, read straight from the table."""
        with self._shared() as conn:
            rows = conn.execute(
                "SELECT user_key, id, data->>'due' FROM checkins"
                " WHERE status = 'pending' AND due <= %s ORDER BY due LIMIT %s",
                (until, DUE_BATCH),
            ).fetchall()
        return [(SHARD, [DueEntry(u, c, t) for u, c, t in rows])] if rows else []

    def retire_due(self, shard: str, handled: set[tuple[str, str]]) -> None:
        """Nothing to do: a row leaves the schedule when its status leaves pending."""

    def sender_lease(self) -> bool:
        """True while this worker is the fleet's one sender of scheduled messages.

        A session-level advisory lock on a connection of its own: if this worker
        dies, PostgreSQL drops the connection and the lock with it, and another
        worker takes over on its next minute tick.
        """
        key = _lock_key(self.namespace, "sender")
        with self._sender_guard:
            if self._sender is not None:
                try:
                    self._sender.execute("SELECT 1")
                    return True
                except psycopg.Error:
                    log.warning("lost the sender connection; asking for the lease again")
                    self._sender.close()
                    self._sender = None
            conn: Conn = psycopg.connect(self.dsn, autocommit=True)
            row = conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()
            if row and row[0]:
                self._sender = conn
                log.info("this worker now sends scheduled messages")
                return True
            conn.close()
            return False

    # -- linked identities --------------------------------------------------

    def get_alias(self, identity: str) -> str | None:
        with self._shared() as conn:
            row = conn.execute(
                "SELECT account FROM aliases WHERE identity = %s", (identity,)
            ).fetchone()
        return str(row[0]) if row else None

    def set_alias(self, identity: str, account: str | None) -> None:
        with self._shared() as conn:
            if account is None:
                conn.execute("DELETE FROM aliases WHERE identity = %s", (identity,))
            else:
                conn.execute(
                    "INSERT INTO aliases (identity, account) VALUES (%s, %s)"
                    " ON CONFLICT (identity) DO UPDATE SET account = EXCLUDED.account",
                    (identity, account),
                )

    def aliases_of(self, account: str) -> list[str]:
        with self._shared() as conn:
            rows = conn.execute(
                "SELECT identity FROM aliases WHERE account = %s ORDER BY identity", (account,)
            ).fetchall()
        return [r[0] for r in rows]

    def all_aliases(self) -> dict[str, str]:
        with self._shared() as conn:
            rows = conn.execute("SELECT identity, account FROM aliases").fetchall()
        return {r[0]: r[1] for r in rows}

    def load_links(self) -> dict[str, Any]:
        with self._shared() as conn:
            row = conn.execute("SELECT data FROM shared WHERE name = 'links'").fetchone()
        return dict(row[0]) if row else {}

    def update_links(self, change: Callable[[dict[str, Any]], R]) -> R:
        """Read-modify-write under the row's lock: two redemptions never overwrite each other."""
        with self._shared() as conn:
            conn.execute(
                "INSERT INTO shared (name, data) VALUES ('links', '{}') ON CONFLICT DO NOTHING"
            )
            row = conn.execute("SELECT data FROM shared WHERE name = 'links' FOR UPDATE").fetchone()
            data: dict[str, Any] = dict(row[0]) if row else {}
            before = json.dumps(data, sort_keys=True)
            result = change(data)
            if json.dumps(data, sort_keys=True) != before:
                conn.execute("UPDATE shared SET data = %s WHERE name = 'links'", (Jsonb(data),))
            return result

    # -- operations ---------------------------------------------------------

    def check(self) -> int:
        """Rows are typed and checked by PostgreSQL: nothing to quarantine, only count."""
        return self.journal_count()

    def check_shared(self) -> None:
        with self._shared() as conn:
            conn.execute("SELECT 1")

    def journal_count(self) -> int:
        with self._shared() as conn:
            row = conn.execute("SELECT count(*) FROM people").fetchone()
        return int(row[0]) if row else 0

    def writable(self) -> str | None:
        try:
            with self._shared() as conn:
                row = conn.execute(
                    "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on'"
                ).fetchone()
        except psycopg.Error as exc:
            return f"the database cannot be reached ({type(exc).__name__})"
        return "the database is read-only (a standby?)" if row and row[0] else None

    def claim_owner(self) -> None:
        """Many workers may share one database: per-person locks keep them in order."""

    def quarantined(self) -> list[Path]:
        """PostgreSQL checks every row as it is written: there is no quarantine."""
        return []

    def restore(self, name: str) -> Path:
        raise FileNotFoundError("the PostgreSQL store has no quarantine")
