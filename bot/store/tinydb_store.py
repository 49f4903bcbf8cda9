"""The TinyDB journal: one small file per user, so a write never grows with the user count.

TinyDB rewrites a whole file on every write. With one shared file, 10,000
users would make every answer rewrite everyone's journal; with a file per
user, an answer rewrites only that user's few kilobytes. The directory
listing is the index of users; group settings live in one small chats file.

Nothing outside `bot/store/` imports tinydb.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from tinydb import Query, TinyDB

from bot.clock import iso, utc_now
from bot.store.atomic import (
    AtomicJSONStorage,
    BufferedJSONStorage,
    CorruptStoreError,
    JournalTooLargeError,
    QuarantinedError,
    append_lines,
    atomic_write_text,
    fsync_dir,
    load_json_file,
    private_dir,
    read_lines,
)
from bot.store.base import (
    Audition,
    ChatSettings,
    CheckIn,
    ConversationState,
    DueEntry,
    DuplicateEvent,
    UserProfile,
)
from bot.store.logged import LoggedJSONStorage, log_path, newest_on_disk, read_log
from bot.store.records import journal_problem, structure_problem

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
#: Entries kept in a person's hot file before older ones move to their history file.
COMPACT_AT = 40
#: Event ids remembered per person: far more than a platform ever redelivers.
KEEP_EVENTS = 200

Migration = Callable[[TinyDB], None]
R = TypeVar("R")


def _v0_to_v1(db: TinyDB) -> None:
    """v0 journals predate the outcome field; an unknown outcome means still waiting."""
    table = db.table("auditions")
    for doc in table.all():
        if "outcome" not in doc:
            table.update({"outcome": "waiting"}, doc_ids=[doc.doc_id])


def _v1_to_v2(db: TinyDB) -> None:
    """v2 speaks actors' outcome words: 'passed' became 'released' (shown as released / passed)."""
    db.table("auditions").update({"outcome": "released"}, Query().outcome == "passed")


#: MIGRATIONS[n] upgrades a file from schema n to n + 1.
MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1, 1: _v1_to_v2}


_USER_LOCKS: dict[tuple[str, str], threading.RLock] = {}
_USER_LOCKS_GUARD = threading.Lock()


def _row(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


class DataDirBusyError(RuntimeError):
    """Another process already owns this data folder."""


class _Turn:
    """One person's file, open for the length of a turn in one thread."""

    def __init__(self, db: TinyDB, absent: bool) -> None:
        self.db = db
        #: The file did not exist when the turn began and nothing has been written yet.
        self.absent = absent
        #: forget_user ran inside this turn: nothing may be written back.
        self.forgotten = False
        #: The person's history file, opened only by a turn that reads old entries.
        self.history: TinyDB | None = None

    @property
    def storage(self) -> LoggedJSONStorage:
        storage = self.db.storage
        assert isinstance(storage, LoggedJSONStorage)
        return storage


def _as_is(path: Path) -> Path:
    return path


class TinyDBStore:
    def __init__(
        self, data_dir: Path, *, max_journal_bytes: int | None = None, read_only: bool = False
    ) -> None:
        """`read_only`: touch nothing on disk (no folders made, no locks, no writes, no
        quarantine), for exporting out of a folder that cannot be written."""
        self.max_journal_bytes = max_journal_bytes
        self.read_only = read_only
        folder: Callable[[Path], Path] = _as_is if read_only else private_dir
        self.data_dir = folder(Path(data_dir))
        self.users_dir = folder(self.data_dir / "users")
        #: Entries moved out of the hot file (see `_compact`): read only when needed.
        self.history_dir = folder(self.users_dir / "history")
        self._chats_path = self.data_dir / "chats.json"
        #: Due check-ins indexed by UTC hour: a write touches one small shard.
        self.due_dir = folder(self.data_dir / "due")
        #: Journals that could not be read, moved aside once; the person is told, others go on.
        self.quarantine_dir = folder(self.data_dir / "quarantine")
        self._thread_lock = threading.RLock()
        self._lock_path = self.data_dir / ".write.lock"
        self._local = threading.local()
        #: Kept open: POSIX record locks on it stand for one person each, across processes.
        self._lock_fd = (
            None if read_only else os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        )
        self._dir_id = str(self.data_dir.resolve())
        if not read_only:
            self._remove_stale_temp_files()

    def _remove_stale_temp_files(self) -> None:
        """Temp copies an atomic write left when the process was killed mid-write (each a
        whole journal, personal data): gone at start-up once they are a minute old, so a
        write in progress in another process is never touched."""
        cutoff = time.time() - 60
        for folder in (self.data_dir, self.users_dir, self.history_dir, self.due_dir):
            for stray in folder.glob(".*.tmp"):
                try:
                    if stray.stat().st_mtime < cutoff:
                        stray.unlink()
                except OSError:
                    continue

    # -- plumbing -----------------------------------------------------------

    def user_path(self, user_key: str) -> Path:
        """Hash the key so file names carry no user identifiers or odd characters."""
        digest = hashlib.sha256(user_key.encode("utf-8")).hexdigest()[:40]
        return self.users_dir / f"{digest}.json"

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise writers across threads and processes (e.g. the import CLI)."""
        with self._thread_lock:
            if self._lock_fd is None:
                yield
                return
            fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    @contextmanager
    def _user_lock(self, user_key: str) -> Iterator[None]:
        """One person at a time: a thread lock shared by every store on this folder in
        this process, and a one-byte record lock for other processes."""
        with _USER_LOCKS_GUARD:
            lock = _USER_LOCKS.setdefault((self._dir_id, user_key), threading.RLock())
        offset = int(self.user_path(user_key).stem[:8], 16)
        held: dict[str, int] = self._local.__dict__.setdefault("held", {})
        with lock:
            # Record locks do not nest: only the outermost hold takes and releases it.
            if not held.get(user_key) and self._lock_fd is not None:
                fcntl.lockf(self._lock_fd, fcntl.LOCK_EX, 1, offset)
            held[user_key] = held.get(user_key, 0) + 1
            try:
                yield
            finally:
                held[user_key] -= 1
                if not held[user_key] and self._lock_fd is not None:
                    fcntl.lockf(self._lock_fd, fcntl.LOCK_UN, 1, offset)

    def _turns(self) -> dict[str, _Turn]:
        turns: dict[str, _Turn] | None = getattr(self._local, "turns", None)
        if turns is None:
            turns = self._local.turns = {}
        return turns

    @contextmanager
    def turn(self, user_key: str, event_id: str | None = None) -> Iterator[None]:
        """A unit of work on one person's file: read once, written once, all or nothing.

        Everything the engine does for this person inside the block is applied to
        one in-memory copy and written atomically when the block ends; if the block
        raises, nothing is written. The person's lock is held throughout, so the
        scheduler or a second message from the same person waits its turn.
        """
        turns = self._turns()
        if user_key in turns:  # nested: the outer turn writes
            yield
            return
        with self._user_lock(user_key):
            path = self.user_path(user_key)
            self._refuse_quarantined(path)
            self._refuse_too_large(path)
            absent = not path.exists()
            db = TinyDB(path, storage=LoggedJSONStorage)
            if not absent:
                self._open_existing(db, path, user_key)
                if event_id and db.table("events").contains(Query().id == event_id):
                    raise DuplicateEvent(event_id)
            turn = turns[user_key] = _Turn(db, absent)
            if not absent and not self.read_only and self._recent_rows(db) > COMPACT_AT:
                try:
                    self._compact(user_key, turn)
                except BaseException:
                    del turns[user_key]
                    raise
            try:
                yield
            finally:
                del turns[user_key]
            if not turn.forgotten and not self.read_only:
                if event_id and turn.storage.dirty:
                    self._record_event(db, event_id)
                self._commit(turn.storage)

    @contextmanager
    def _user_db(self, user_key: str, *, write: bool = False) -> Iterator[TinyDB | None]:
        """This person's journal for one operation; None when it does not exist and the
        operation only reads. Outside a turn, the operation is a turn of its own."""
        turn = self._turns().get(user_key)
        if turn is None:
            with self.turn(user_key), self._user_db(user_key, write=write) as db:
                yield db
            return
        if turn.absent:
            if not write:
                yield None
                return
            self._migrate(turn.db, fresh=True, user_key=user_key)
            turn.absent = False
        yield turn.db

    def _open_existing(self, db: TinyDB, path: Path, user_key: str) -> None:
        """Read and upgrade a journal; an unreadable or wrongly shaped one goes to
        quarantine, once."""
        try:
            problem = structure_problem(db.storage.read())
            if problem is None:
                self._migrate(db, fresh=False, user_key=user_key)
                problem = journal_problem(db.storage.read())
            if problem is not None:
                raise CorruptStoreError(path, None, problem)
        except CorruptStoreError as exc:
            raise self._quarantine(path, str(exc)) from exc

    def _quarantine(self, path: Path, reason: str) -> CorruptStoreError:
        """Move the journal aside for the operator: its snapshot and, beside it, its log."""
        if self.read_only:
            return CorruptStoreError(path, None, reason)
        target = self.quarantine_dir / path.name
        if target.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            target = self.quarantine_dir / f"{path.name}.{stamp}"
        with self._locked():
            # The snapshot first: once it is gone the person is refused, whatever the log.
            if path.exists():
                os.replace(path, target)
                log.error("journal %s quarantined at %s: %s", path.name, target, reason)
            if log_path(path).exists():
                os.replace(log_path(path), self._log_beside(target))
            fsync_dir(path.parent)
        return QuarantinedError(path, target, reason)

    @staticmethod
    def _log_beside(snapshot: Path) -> Path:
        """`abc.json[.stamp]` -> `abc.log[.stamp]`: a quarantined journal's log."""
        stem, _, rest = snapshot.name.partition(".json")
        return snapshot.with_name(f"{stem}.log{rest}")

    def _refuse_too_large(self, path: Path) -> None:
        if self.max_journal_bytes is None:
            return
        size = sum(p.stat().st_size for p in (path, log_path(path)) if p.exists())
        if size > self.max_journal_bytes:
            raise JournalTooLargeError(path, size, self.max_journal_bytes)

    def _refuse_quarantined(self, path: Path) -> None:
        """A person whose journal is in quarantine is told so; a fresh empty journal would
        look like everything they wrote was gone."""
        for name in (path.name, f"{path.stem}.history.json"):
            held = self.quarantine_dir / name
            if held.exists():
                raise QuarantinedError(path, held)

    def quarantined(self) -> list[Path]:
        """The set-aside journals, by the names `restore` takes (a log travels with its
        journal; see `quarantined_log`)."""
        if not self.quarantine_dir.exists():
            return []
        return sorted(p for p in self.quarantine_dir.iterdir() if p.is_file() and ".json" in p.name)

    def quarantined_log(self, journal: Path) -> Path | None:
        held = self._log_beside(journal)
        return held if held.exists() else None

    def restore(self, name: str) -> Path:
        """Put a repaired journal back (with its log, if it had one); refused while
        either still does not parse."""
        source = self.quarantine_dir / Path(name).name
        if ".json" not in source.name:
            raise FileNotFoundError(f"{name}: restore the .json file of the same name")
        if not source.is_file():
            raise FileNotFoundError(f"no quarantined file named {name}")
        load_json_file(source)  # raises CorruptStoreError if still unreadable
        held_log = self._log_beside(source)
        if held_log.exists():
            read_log(held_log)
        stem = source.name.split(".")[0]
        if ".history.json" in source.name:
            target = self.history_dir / f"{stem}.history.json"
        else:
            target = self.users_dir / f"{stem}.json"
        if target.exists():
            raise FileExistsError(f"{target} exists; move it aside first")
        with self._locked():
            if held_log.exists():
                os.replace(held_log, log_path(target))
            os.replace(source, target)
            fsync_dir(target.parent)
        return target

    @staticmethod
    def _record_event(db: TinyDB, event_id: str) -> None:
        """Only turns that changed something are recorded (a repeated read is harmless),
        so a read-only turn still costs no write; the newest KEEP_EVENTS are kept."""
        table = db.table("events")
        table.insert({"id": event_id})
        ids = sorted(doc.doc_id for doc in table.all())  # doc ids grow with insertion
        if len(ids) > KEEP_EVENTS:
            table.remove(doc_ids=ids[: len(ids) - KEEP_EVENTS])

    @staticmethod
    def _commit(storage: LoggedJSONStorage) -> None:
        """Write a person's file if anything changed; reads never touch the disk's write path.

        The caller holds that person's lock, which is all a per-person file needs: the
        store-wide lock is for shared files, and holding it here would queue every
        person's fsync behind everyone else's.
        """
        if storage.dirty:
            storage.commit()

    @staticmethod
    def _migrate(db: TinyDB, *, fresh: bool, user_key: str) -> None:
        meta = db.table("meta")
        if fresh:
            meta.insert({"schema": SCHEMA_VERSION, "user_key": user_key})
            return
        doc = meta.get(doc_id=1)
        version = int(doc.get("schema", 0)) if isinstance(doc, dict) else 0
        if version >= SCHEMA_VERSION:
            return
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](db)
            version += 1
        meta.upsert({"schema": version, "user_key": user_key}, Query().noop())

    # -- users --------------------------------------------------------------

    def get_user(self, user_key: str) -> UserProfile | None:
        with self._user_db(user_key) as db:
            if db is None:
                return None
            doc = db.table("profile").get(doc_id=1)
            return UserProfile.from_dict(dict(doc)) if isinstance(doc, dict) else None

    def save_user(self, user: UserProfile) -> None:
        with self._user_db(user.user_key, write=True) as db:
            assert db is not None
            table = db.table("profile")
            if table.contains(doc_id=1):
                table.update(user.to_dict(), doc_ids=[1])
            else:
                table.insert(user.to_dict())

    def user_keys(self) -> list[str]:
        keys = []
        for path in sorted(self.users_dir.glob("*.json")):
            try:
                data = load_json_file(path) or {}
            except CorruptStoreError as exc:
                self._quarantine(path, str(exc))
                continue
            meta = data.get("meta", {}).get("1", {})
            if "user_key" in meta:
                keys.append(meta["user_key"])
        return keys

    def forget_user(self, user_key: str) -> bool:
        """Remove the user's file, their index rows and stray temp copies: nothing remains."""
        path = self.user_path(user_key)
        turn = self._turns().get(user_key)
        if turn is not None:
            turn.forgotten = True
        with self._locked():
            for shard in self._shards():
                rows = self._shard_rows(shard)
                left = [r for r in rows if r["u"] != user_key]
                if len(left) != len(rows):
                    self._rewrite_shard(shard, left)
            existed = path.exists()
            history = self._history_path(user_key)
            for folder, name in ((path.parent, path.name), (history.parent, history.name)):
                for stray in folder.glob(f".{name}.*.tmp"):
                    stray.unlink(missing_ok=True)
                for copy in folder.glob(f"{name}.corrupt-*"):
                    copy.unlink(missing_ok=True)
            for held in self.quarantine_dir.glob(f"{path.stem}.*"):
                existed = True
                held.unlink(missing_ok=True)
            history.unlink(missing_ok=True)
            log_path(path).unlink(missing_ok=True)
            path.unlink(missing_ok=True)
            return existed

    # -- conversation state -------------------------------------------------

    def get_state(self, user_key: str) -> ConversationState | None:
        with self._user_db(user_key) as db:
            if db is None:
                return None
            doc = db.table("state").get(doc_id=1)
            return ConversationState.from_dict(dict(doc)) if isinstance(doc, dict) else None

    def set_state(self, user_key: str, state: ConversationState) -> None:
        with self._user_db(user_key, write=True) as db:
            assert db is not None
            table = db.table("state")
            table.truncate()
            table.insert(state.to_dict())

    def clear_state(self, user_key: str) -> None:
        with self._user_db(user_key) as db:
            if db is not None:
                db.table("state").truncate()

    # -- auditions and check-ins: a hot file and a history file ---------------
    # New and changed entries live in the person's hot file (the one every turn
    # reads and writes). Once it holds more than COMPACT_AT of them, a turn first
    # moves them into `users/history/<same name>`, which only turns that look at
    # old entries open. Reads overlay the hot copies on the history (hot wins);
    # removals are tombstones in the hot file until the next move. The move writes
    # the history file first and then drops the moved rows from the hot file with
    # the turn's own write: a crash between leaves rows in both, and the overlay
    # reads them once. So a mid-debrief answer costs the same with 10 entries or
    # with 1,000.

    def _history_path(self, user_key: str) -> Path:
        return self.history_dir / f"{self.user_path(user_key).stem}.history.json"

    def _history(self, user_key: str) -> TinyDB | None:
        """The person's history, opened once per turn; None when they have none."""
        turn = self._turns()[user_key]
        if turn.history is None:
            path = self._history_path(user_key)
            if not path.exists():
                return None
            history = TinyDB(path, storage=BufferedJSONStorage)
            try:
                problem = journal_problem(history.storage.read())
                if problem is not None:
                    raise CorruptStoreError(path, None, problem)
            except CorruptStoreError as exc:
                raise self._quarantine(path, str(exc)) from exc
            turn.history = history
        return turn.history

    @staticmethod
    def _recent_rows(db: TinyDB) -> int:
        return len(db.table("auditions")) + len(db.table("checkins"))

    def _entries(self, user_key: str, table: str) -> dict[str, dict[str, Any]]:
        """Every entry of `table` by id: history, overlaid by the hot file, minus removals."""
        with self._user_db(user_key) as db:
            if db is None:
                return {}
            history = self._history(user_key)
            merged = (
                {d["id"]: dict(d) for d in history.table(table).all()}
                if history is not None
                else {}
            )
            merged.update({d["id"]: dict(d) for d in db.table(table).all()})
            for gone in db.table("removed").search(Query().table == table):
                merged.pop(gone["id"], None)
            return merged

    def _entry(self, user_key: str, table: str, item_id: str) -> dict[str, Any] | None:
        """One entry, from the hot file if it is there (no history read), else the history."""
        with self._user_db(user_key) as db:
            if db is None:
                return None
            doc = db.table(table).get(Query().id == item_id)
            if isinstance(doc, dict):
                return dict(doc)
            if db.table("removed").contains((Query().table == table) & (Query().id == item_id)):
                return None
            history = self._history(user_key)
            old = history.table(table).get(Query().id == item_id) if history is not None else None
            return dict(old) if isinstance(old, dict) else None

    def _put(self, user_key: str, table: str, doc: dict[str, Any]) -> None:
        """Write an entry's new version into the hot file (replacing a hot copy)."""
        with self._user_db(user_key, write=True) as db:
            assert db is not None
            db.table(table).upsert(doc, Query().id == doc["id"])

    def _compact(self, user_key: str, turn: _Turn) -> None:
        """Move the hot file's entries into the history file (see the section comment)."""
        path = self._history_path(user_key)
        # (`is None`, not `or`: a TinyDB is falsy when its default table is empty.)
        history = self._history(user_key)
        if history is None:
            history = TinyDB(path, storage=BufferedJSONStorage)
        turn.history = history
        db = turn.db
        removed = db.table("removed").all()
        for table in ("auditions", "checkins"):
            # One merge in memory and one table write: an upsert a row searched the whole
            # history each time (4,000 imported entries took 86 s, measured).
            target = history.table(table)
            merged = {doc["id"]: dict(doc) for doc in target.all()}
            merged.update((doc["id"], dict(doc)) for doc in db.table(table).all())
            for row in removed:
                if row.get("table") == table:
                    merged.pop(row["id"], None)
            target.truncate()
            target.insert_multiple(merged.values())
        storage = history.storage
        assert isinstance(storage, BufferedJSONStorage)
        storage.commit()
        for table in ("auditions", "checkins", "removed"):
            db.table(table).truncate()

    def add_audition(self, user_key: str, audition: Audition) -> None:
        self.add_auditions(user_key, [audition])

    def add_auditions(self, user_key: str, auditions: list[Audition]) -> None:
        if auditions:
            with self._user_db(user_key, write=True) as db:
                assert db is not None
                db.table("auditions").insert_multiple(a.to_dict() for a in auditions)

    def list_auditions(self, user_key: str) -> list[Audition]:
        """Newest audition first; ties broken by when the debrief was written."""
        items = [Audition.from_dict(d) for d in self._entries(user_key, "auditions").values()]
        return sorted(items, key=lambda a: (a.date, a.created_at), reverse=True)

    def get_audition(self, user_key: str, audition_id: str) -> Audition | None:
        doc = self._entry(user_key, "auditions", audition_id)
        return Audition.from_dict(doc) if doc is not None else None

    def update_audition(self, user_key: str, audition_id: str, **changes: Any) -> Audition | None:
        with self.turn(user_key):
            doc = self._entry(user_key, "auditions", audition_id)
            if doc is None:
                return None
            doc.update(changes)
            self._put(user_key, "auditions", doc)
            return Audition.from_dict(doc)

    def remove_auditions(self, user_key: str, audition_ids: set[str]) -> None:
        """Drop entries and their check-ins (index rows left behind are skipped when due)."""
        with self.turn(user_key), self._user_db(user_key) as db:
            if db is None:
                return
            checkins = self._entries(user_key, "checkins")
            gone_checkins = [c for c, d in checkins.items() if d.get("audition_id") in audition_ids]
            ids = sorted(audition_ids)
            db.table("auditions").remove(Query().id.one_of(ids))
            db.table("checkins").remove(Query().id.one_of(gone_checkins))
            db.table("removed").insert_multiple(
                [{"table": "auditions", "id": i} for i in ids]
                + [{"table": "checkins", "id": c} for c in gone_checkins]
            )

    # -- content history (no-repeat selection) ------------------------------

    def seen_items(self, user_key: str) -> set[str]:
        with self._user_db(user_key) as db:
            if db is None:
                return set()
            return {d["item"] for d in db.table("seen").all()}

    def mark_seen(self, user_key: str, item_id: str) -> None:
        with self._user_db(user_key, write=True) as db:
            assert db is not None
            table = db.table("seen")
            if not table.contains(Query().item == item_id):
                table.insert({"item": item_id})

    def reset_seen(self, user_key: str, item_ids: set[str]) -> None:
        with self._user_db(user_key) as db:
            if db is not None:
                db.table("seen").remove(Query().item.one_of(sorted(item_ids)))

    # -- group chats --------------------------------------------------------

    def get_chat(self, chat_key: str) -> ChatSettings | None:
        with self._locked():
            doc = TinyDB(self._chats_path, storage=AtomicJSONStorage).get(
                Query().chat_key == chat_key
            )
        return ChatSettings.from_dict(dict(doc)) if isinstance(doc, dict) else None

    def save_chat(self, chat: ChatSettings) -> None:
        with self._locked():
            db = TinyDB(self._chats_path, storage=AtomicJSONStorage)
            db.upsert(chat.to_dict(), Query().chat_key == chat.chat_key)

    def claim_daily(self, chat_key: str, local_date: str, quote_id: str, pool: set[str]) -> bool:
        """Record today's quote before sending it; False if today's was already claimed.

        `pool` is every quote id: when the chat has seen them all, its history restarts.
        """
        with self._locked():
            db = TinyDB(self._chats_path, storage=AtomicJSONStorage)
            doc = db.get(Query().chat_key == chat_key)
            if not isinstance(doc, dict) or doc.get("last_sent") == local_date:
                return False
            seen = [q for q in doc.get("seen_quotes", []) if q in pool]
            seen = [] if len(seen) + 1 >= len(pool) else seen
            db.update(
                {"last_sent": local_date, "seen_quotes": [*seen, quote_id]},
                Query().chat_key == chat_key,
            )
            return True

    def list_chats(self) -> list[ChatSettings]:
        with self._locked():
            docs = TinyDB(self._chats_path, storage=AtomicJSONStorage).all()
        return [ChatSettings.from_dict(dict(d)) for d in docs]

    # -- check-ins ----------------------------------------------------------

    @staticmethod
    def _shard_name(due: str) -> str:
        return datetime.fromisoformat(due).astimezone(UTC).strftime("%Y-%m-%dT%H")

    def add_checkins(self, user_key: str, checkins: list[CheckIn]) -> None:
        """Index first, then the user's file: a crash in between leaves a harmless orphan row."""
        by_shard: dict[str, list[CheckIn]] = {}
        for c in checkins:
            if c.status == "pending":  # only these can fall due (an imported "sent" cannot)
                by_shard.setdefault(self._shard_name(c.due), []).append(c)
        with self._locked():
            for shard, items in by_shard.items():
                rows = [{"u": user_key, "c": c.id, "t": c.due} for c in items]
                append_lines(self.due_dir / f"{shard}.jsonl", [_row(r) for r in rows])
        with self._user_db(user_key, write=True) as db:
            assert db is not None
            db.table("checkins").insert_multiple(c.to_dict() for c in checkins)

    def list_checkins(self, user_key: str) -> list[CheckIn]:
        items = [CheckIn.from_dict(d) for d in self._entries(user_key, "checkins").values()]
        return sorted(items, key=lambda c: c.due)

    def get_checkin(self, user_key: str, checkin_id: str) -> CheckIn | None:
        doc = self._entry(user_key, "checkins", checkin_id)
        return CheckIn.from_dict(doc) if doc is not None else None

    def transition_checkin(
        self, user_key: str, checkin_id: str, *, from_status: str, to_status: str, now: str
    ) -> bool:
        """Compare-and-set under the person's lock: only one caller can claim a check-in."""
        with self.turn(user_key):
            doc = self._entry(user_key, "checkins", checkin_id)
            if doc is None or doc.get("status") != from_status:
                return False
            doc.update(status=to_status, updated_at=now)
            self._put(user_key, "checkins", doc)
            return True

    def cancel_checkins(
        self, user_key: str, audition_id: str, now: str, *, kind: str = "checkin"
    ) -> int:
        """Cancel an audition's pending check-ins of one kind; a thank-you reminder the
        person asked for is not a check-in and survives an outcome or a re-plan."""
        with self.turn(user_key):
            cancelled = 0
            for doc in self._entries(user_key, "checkins").values():
                if (
                    doc.get("audition_id") == audition_id
                    and doc.get("status") == "pending"
                    and (doc.get("kind") or "checkin") == kind
                ):
                    doc.update(status="cancelled", updated_at=now)
                    self._put(user_key, "checkins", doc)
                    cancelled += 1
            return cancelled

    def due_entries(self, until: datetime) -> list[tuple[str, list[DueEntry]]]:
        """Index shards whose hour has begun by `until`, oldest first, with their rows."""
        limit = until.astimezone(UTC).strftime("%Y-%m-%dT%H")
        out = []
        for shard in self._shards():
            if shard > limit:
                break
            rows = self._shard_rows(shard)
            out.append((shard, [DueEntry(r["u"], r["c"], r["t"]) for r in rows]))
        return out

    # The due index: one append-only log per UTC hour (`2026-11-20T18.jsonl`), so
    # planning a check-in costs one small append however many share its hour; the
    # minute tick rewrites a shard once to drop what it handled. `.json` shards
    # from before the logs are still read, and replaced on their first rewrite.

    def _shards(self) -> list[str]:
        return sorted(
            {
                p.name.rsplit(".", 1)[0]
                for p in self.due_dir.iterdir()
                if p.suffix in (".json", ".jsonl") and not p.name.startswith(".")
            }
        )

    def _shard_rows(self, shard: str) -> list[dict[str, Any]]:
        legacy = (load_json_file(self.due_dir / f"{shard}.json") or {}).get("due", [])
        rows = [*legacy, *read_lines(self.due_dir / f"{shard}.jsonl")]
        return [r for r in rows if isinstance(r.get("u"), str) and isinstance(r.get("c"), str)]

    def _rewrite_shard(self, shard: str, rows: list[dict[str, Any]]) -> None:
        path = self.due_dir / f"{shard}.jsonl"
        if rows:
            atomic_write_text(path, "".join(f"{_row(r)}\n" for r in rows))
        else:
            path.unlink(missing_ok=True)
        (self.due_dir / f"{shard}.json").unlink(missing_ok=True)

    def sender_lease(self) -> bool:
        """One process owns a TinyDB folder (claim_owner), so it is always the sender."""
        return True

    def retire_due(self, shard: str, handled: set[tuple[str, str]]) -> None:
        """Drop handled rows from a shard; the file goes when it is empty."""
        with self._locked():
            rows = self._shard_rows(shard)
            left = [r for r in rows if (r["u"], r["c"]) not in handled]
            if len(left) != len(rows) or not left:
                self._rewrite_shard(shard, left)

    # -- linked identities ----------------------------------------------------
    # Small files: aliases grow with linked people only; links hold live codes.

    @property
    def _aliases_path(self) -> Path:
        return self.data_dir / "aliases.json"

    def _aliases(self) -> dict[str, Any]:
        """The alias map, parsed again only when the file changed (a stat per event,
        not a parse of a file that grows with every linked person)."""
        try:
            st = self._aliases_path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            stamp = None
        cached = self.__dict__.get("_alias_cache")
        if cached is not None and cached[0] == stamp:
            return cached[1]
        data = (load_json_file(self._aliases_path) or {}) if stamp else {}
        self.__dict__["_alias_cache"] = (stamp, data)
        return data

    def get_alias(self, identity: str) -> str | None:
        value = self._aliases().get(identity)
        return value if isinstance(value, str) else None

    def set_alias(self, identity: str, account: str | None) -> None:
        with self._locked():
            data = load_json_file(self._aliases_path) or {}
            if account is None:
                data.pop(identity, None)
            else:
                data[identity] = account
            atomic_write_text(self._aliases_path, json.dumps(data, separators=(",", ":")))
            self.__dict__.pop("_alias_cache", None)

    def aliases_of(self, account: str) -> list[str]:
        return sorted(k for k, v in self._aliases().items() if v == account)

    def all_aliases(self) -> dict[str, str]:
        return {k: v for k, v in self._aliases().items() if isinstance(v, str)}

    def load_links(self) -> dict[str, Any]:
        return load_json_file(self.data_dir / "links.json") or {}

    def update_links(self, change: Callable[[dict[str, Any]], R]) -> R:
        """Read-modify-write of the link codes under the store's lock: two people redeeming
        or issuing at once can never overwrite each other's codes."""
        path = self.data_dir / "links.json"
        with self._locked():
            data = load_json_file(path) or {}
            before = json.dumps(data, sort_keys=True)
            result = change(data)
            if json.dumps(data, sort_keys=True) != before:
                atomic_write_text(path, json.dumps(data, separators=(",", ":")))
            return result

    # -- start-up -----------------------------------------------------------

    def check(self) -> int:
        """Look at every journal once at start-up; unreadable ones go to quarantine.

        One person's damaged file never stops the bot for everyone else. Returns
        the number of readable journals. A damaged shared file (group settings)
        still raises CorruptStoreError: it is not one person's to lose.
        """
        self.check_shared()
        for path in self.history_dir.glob("*.json"):
            self._verify(path, load_json_file)
        return sum(self._verify(path, newest_on_disk) for path in self.users_dir.glob("*.json"))

    def unreadable(self) -> list[Path]:
        """Journals a turn could not serve, found by reading each as a turn would; moves
        nothing (check-config reports them; the bot sets one aside when it meets it)."""
        found = []
        for path in sorted(self.users_dir.glob("*.json")):
            try:
                if journal_problem(newest_on_disk(path)) is not None:
                    found.append(path)
            except CorruptStoreError:
                found.append(path)
        return found

    def _verify(self, path: Path, read: Callable[[Path], object]) -> bool:
        """Read a journal as a turn would (the log's newest line over a damaged snapshot),
        check its shape, and quarantine it if a turn could not serve it: check-config and
        the running bot agree on what is corrupt."""
        try:
            problem = journal_problem(read(path))
            if problem is not None:
                raise CorruptStoreError(path, None, problem)
        except CorruptStoreError as exc:
            self._quarantine(path, str(exc))
            return False
        return True

    def close(self) -> None:
        """Nothing to release: files are closed after every write, locks with the process."""

    def claim_owner(self) -> None:
        """Be the only process writing this folder, for as long as this store lives.

        Two workers on one folder would interleave journals; a second one
        (an overlapping deploy, a stray process) is refused with who holds it.
        """
        path = self.data_dir / ".owner.lock"
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "unknown"
            os.close(fd)
            raise DataDirBusyError(
                f"{self.data_dir} is in use by another process: {holder}"
            ) from None
        started = iso(utc_now())
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, since {started}".encode(), 0)
        self._owner_fd = fd  # held until the process exits

    def check_shared(self) -> None:
        """The group-settings file is everyone's: a damaged one stops start-up, named."""
        load_json_file(self._chats_path)

    def journal_count(self) -> int:
        """How many journals there are, without reading any (the folder is the index)."""
        if not self.users_dir.exists():
            return 0
        with os.scandir(self.users_dir) as entries:
            return sum(1 for e in entries if e.name.endswith(".json"))

    def writable(self) -> str | None:
        """None when the data folder accepts an atomic write; else what went wrong."""
        probe = self.data_dir / ".write-probe"
        try:
            atomic_write_text(probe, "ok")
            probe.unlink()
        except OSError as exc:
            return f"{self.data_dir} is not writable ({exc.strerror or exc})"
        return None
