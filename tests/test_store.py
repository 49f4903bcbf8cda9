"""The journal on disk: one file per user, atomic writes, loud corruption, migrations."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from conftest import Chat, private_who

from bot.events import Incoming
from bot.store import Audition, CorruptStoreError, QuarantinedError, TinyDBStore, UserProfile
from bot.store.logged import newest_on_disk
from bot.store.tinydb_store import SCHEMA_VERSION


def audition(i: int) -> Audition:
    return Audition(
        id=f"a{i}", date="2026-11-01", project=f"P{i}", created_at="2026-11-01T10:00:00"
    )


def test_each_user_has_their_own_small_file(store: TinyDBStore) -> None:
    for user in ("telegram:1", "discord:2"):
        store.save_user(UserProfile(user, "UTC", "2026-11-01T00:00:00"))
        store.add_audition(user, audition(1))
    files = sorted(store.users_dir.glob("*.json"))
    assert len(files) == 2
    # File names carry no user identifier.
    assert not any("telegram" in f.name or "discord" in f.name for f in files)
    assert sorted(store.user_keys()) == ["discord:2", "telegram:1"]
    assert json.loads(files[0].read_text())["meta"]["1"]["schema"] == SCHEMA_VERSION


def test_reads_of_an_unknown_user_create_nothing(store: TinyDBStore) -> None:
    assert store.get_user("telegram:404") is None
    assert store.list_auditions("telegram:404") == []
    assert store.get_state("telegram:404") is None
    assert list(store.users_dir.glob("*.json")) == []


def test_update_and_forget(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    changed = store.update_audition("u", "a1", outcome="callback")
    assert changed is not None and changed.outcome == "callback"
    assert store.update_audition("u", "missing", outcome="booked") is None
    assert store.forget_user("u") is True
    assert store.list_auditions("u") == []
    assert [p for p in store.users_dir.rglob("*") if p.is_file()] == []


def test_corrupt_file_is_quarantined_once_unchanged_and_others_go_on(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    store.add_audition("other", audition(2))
    path = store.user_path("u")
    path.write_text('{"auditions": {"1": {"id": "a1", "proj')
    damaged = path.read_bytes()
    assert store.check() == 1  # start-up goes on with everyone else
    [held] = store.quarantined()
    assert held.read_bytes() == damaged and not path.exists()
    assert store.check() == 1 and store.quarantined() == [held]  # once, not per restart
    with pytest.raises(QuarantinedError):
        store.add_audition("u", audition(3))  # never a fresh, empty journal over it
    assert [a.id for a in store.list_auditions("other")] == ["a2"]
    held.write_text(json.dumps({"meta": {"1": {"user_key": "u", "schema": SCHEMA_VERSION}}}))
    store.restore(held.name)
    assert store.get_user("u") is None and store.quarantined() == []


def test_journal_gone_bad_while_running_gets_a_kind_reply(engine, store: TinyDBStore) -> None:
    chat = Chat(engine, private_who("u9"))
    chat.say("/debrief")
    store.user_path("console:u9").write_text("not json at all")
    replies = engine.handle(Incoming.parse_text(chat.who, "Hamlet"))
    assert [r.template for r in replies] == ["error/quarantined"]
    assert store.quarantined()[0].read_text() == "not json at all"


def test_top_level_must_be_an_object(store: TinyDBStore) -> None:
    store.user_path("u").write_text("[1, 2, 3]")
    with pytest.raises(CorruptStoreError, match="not an object"):
        store.get_user("u")


def test_v0_journal_is_migrated(store: TinyDBStore) -> None:
    legacy = {
        "meta": {"1": {"user_key": "u"}},
        "auditions": {"1": {"id": "old", "date": "2025-01-01", "project": "X", "created_at": "t"}},
    }
    store.user_path("u").write_text(json.dumps(legacy))
    [item] = store.list_auditions("u")
    assert item.outcome == "waiting"
    assert newest_on_disk(store.user_path("u"))["meta"]["1"]["schema"] == SCHEMA_VERSION


def test_records_ignore_fields_from_newer_versions(store: TinyDBStore) -> None:
    data = {
        "meta": {"1": {"user_key": "u", "schema": SCHEMA_VERSION}},
        "profile": {"1": {"user_key": "u", "timezone": "UTC", "created_at": "t", "future": 1}},
    }
    store.user_path("u").write_text(json.dumps(data))
    assert store.get_user("u") == UserProfile("u", "UTC", "t")


def test_concurrent_writers_lose_nothing(data_dir: Path) -> None:
    stores = [TinyDBStore(data_dir), TinyDBStore(data_dir)]

    def write(n: int) -> None:
        for i in range(40):
            stores[n].add_audition("shared", audition(n * 1000 + i))

    threads = [threading.Thread(target=write, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(TinyDBStore(data_dir).list_auditions("shared")) == 80


def test_v1_journal_speaks_the_new_outcome_words(store: TinyDBStore) -> None:
    legacy = {
        "meta": {"1": {"user_key": "u", "schema": 1}},
        "auditions": {
            "1": {
                "id": "p",
                "date": "2025-01-01",
                "project": "X",
                "created_at": "t",
                "outcome": "passed",
            },
            "2": {
                "id": "b",
                "date": "2025-02-01",
                "project": "Y",
                "created_at": "t",
                "outcome": "booked",
            },
        },
    }
    store.user_path("u").write_text(json.dumps(legacy))
    assert {a.id: a.outcome for a in store.list_auditions("u")} == {"p": "released", "b": "booked"}
    assert newest_on_disk(store.user_path("u"))["meta"]["1"]["schema"] == 2


def test_due_index_is_an_append_only_log_that_reads_old_shards_and_torn_lines(
    store: TinyDBStore,
) -> None:
    from datetime import UTC, datetime

    from bot.store import CheckIn

    due = "2026-11-28T18:30:00+00:00"
    # A shard written before the logs, and a crash that tore the log's last line.
    (store.due_dir / "2026-11-28T18.json").write_text(
        json.dumps({"due": [{"u": "telegram:old", "c": "c0", "t": due}]})
    )
    store.add_checkins("telegram:1", [CheckIn(id="c1", audition_id="a", due=due, day=3)])
    log = store.due_dir / "2026-11-28T18.jsonl"
    before, inode = log.read_bytes(), log.stat().st_ino
    store.add_checkins("telegram:2", [CheckIn(id="c2", audition_id="a", due=due, day=3)])
    after = log.read_bytes()
    # Appended in place: same file, old bytes untouched (a rewrite renames a new file in).
    assert log.stat().st_ino == inode and after.startswith(before) and len(after) > len(before)
    with log.open("a") as fh:
        fh.write('{"u": "telegram:3", "c"')
    [(shard, entries)] = store.due_entries(datetime(2026, 11, 28, 19, tzinfo=UTC))
    assert [(e.user_key, e.checkin_id) for e in entries] == [
        ("telegram:old", "c0"),
        ("telegram:1", "c1"),
        ("telegram:2", "c2"),
    ]
    store.retire_due(shard, {("telegram:old", "c0"), ("telegram:1", "c1")})
    assert sorted(p.name for p in store.due_dir.iterdir()) == ["2026-11-28T18.jsonl"]
    [(_, left)] = store.due_entries(datetime(2026, 11, 28, 19, tzinfo=UTC))
    assert [(e.user_key, e.checkin_id) for e in left] == [("telegram:2", "c2")]
    store.retire_due(shard, {("telegram:2", "c2")})
    assert list(store.due_dir.iterdir()) == []


def test_old_entries_move_to_a_history_file_that_a_mid_debrief_turn_never_opens(
    engine, store: TinyDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.store.tinydb_store import COMPACT_AT

    key = "console:busy"
    store.add_auditions(key, [audition(i) for i in range(300)])
    store.get_user(key)  # any turn moves them: the hot file is small again
    hot = newest_on_disk(store.user_path(key))
    assert len(hot.get("auditions", {})) <= COMPACT_AT
    assert len(store.list_auditions(key)) == 300
    # An old entry changed and another removed: overlay and tombstone until the next move.
    store.update_audition(key, "a7", outcome="booked")
    store.remove_auditions(key, {"a8"})
    ids = {a.id for a in store.list_auditions(key)}
    assert len(ids) == 299 and "a8" not in ids
    assert store.get_audition(key, "a7").outcome == "booked"  # type: ignore[union-attr]
    assert store.get_audition(key, "a8") is None
    # A mid-debrief answer reads and writes the hot file only.
    opened: list[str] = []
    real = TinyDBStore._history
    monkeypatch.setattr(TinyDBStore, "_history", lambda self, k: opened.append(k) or real(self, k))
    chat = Chat(engine, private_who("busy"))
    chat.say("/debrief")
    chat.say("Hamlet")
    assert chat.last[-1].template == "step/role" and opened == []


def test_a_crash_between_the_history_write_and_the_hot_write_loses_and_doubles_nothing(
    store: TinyDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from bot.store import atomic

    key = "console:moving"
    store.add_auditions(key, [audition(i) for i in range(100)])
    calls = []

    def second_fails(real):
        def call(*args):
            calls.append(args)
            if len(calls) == 2:  # the history file was written; the hot file is not
                raise OSError(errno.ENOSPC, "No space left on device")
            return real(*args)

        return call

    with monkeypatch.context() as m:
        # Durable writes: a whole-file rename (the history) or a log append (the hot file).
        m.setattr(atomic.os, "replace", second_fails(os.replace))
        m.setattr(atomic.os, "write", second_fails(os.write))
        with pytest.raises(OSError):
            store.mark_seen(key, "m1")
    assert store._history_path(key).exists()
    got = [a.id for a in store.list_auditions(key)]
    assert sorted(got) == sorted(f"a{i}" for i in range(100))  # each once
    store.mark_seen(key, "m1")  # the next turn finishes the move
    assert len(store.list_auditions(key)) == 100 and store.seen_items(key) == {"m1"}


def test_an_unreadable_history_is_quarantined_and_the_person_told(
    engine, store: TinyDBStore
) -> None:
    key = "console:h"
    store.add_auditions(key, [audition(i) for i in range(60)])
    store.get_user(key)
    store._history_path(key).write_text("{ torn")
    replies = engine.handle(Incoming.parse_text(private_who("h"), "/journal"))
    assert [r.template for r in replies] == ["error/quarantined"]
    # Never an empty journal in its place: the next turn is refused too, until restored.
    replies = engine.handle(Incoming.parse_text(private_who("h"), "/journal"))
    assert [r.template for r in replies] == ["error/quarantined"]
    assert store.forget_user(key) is True
    assert not list(store.quarantine_dir.iterdir()) and not store._history_path(key).exists()


# -- the person's log: one append a turn ------------------------------------------------


def _log_of(store: TinyDBStore, key: str) -> Path:
    from bot.store.logged import log_path

    return log_path(store.user_path(key))


def test_a_turn_appends_to_the_log_and_leaves_the_snapshot_alone(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))  # a first turn writes the snapshot
    snapshot = store.user_path("u").read_bytes()
    store.add_audition("u", audition(2))
    store.add_audition("u", audition(3))
    assert store.user_path("u").read_bytes() == snapshot
    assert len(_log_of(store, "u").read_bytes().splitlines()) == 2
    assert {a.id for a in store.list_auditions("u")} == {"a1", "a2", "a3"}


def test_an_unfinished_append_is_skipped_and_cut_off_by_the_next(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    store.add_audition("u", audition(2))
    log = _log_of(store, "u")
    whole = log.read_bytes()
    with log.open("ab") as fh:  # a crash in the middle of the next append
        fh.write(whole.splitlines()[-1][:30])
    assert {a.id for a in store.list_auditions("u")} == {"a1", "a2"}
    store.add_audition("u", audition(3))
    assert log.read_bytes().startswith(whole) and log.read_bytes().count(b"\n") == 2
    assert {a.id for a in store.list_auditions("u")} == {"a1", "a2", "a3"}


def test_a_damaged_last_line_falls_back_two_mean_quarantine(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    for i in (2, 3):
        store.add_audition("u", audition(i))
    log = _log_of(store, "u")
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(lines[0] + lines[1].replace(b"a3", b"a9"))  # checksum no longer matches
    assert {a.id for a in store.list_auditions("u")} == {"a1", "a2"}
    log.write_bytes(lines[0].replace(b"a2", b"a8") + lines[1].replace(b"a3", b"a9"))
    with pytest.raises(QuarantinedError):
        store.list_auditions("u")
    [held] = store.quarantined()
    assert store.quarantined_log(held) is not None and not log.exists()


def test_a_quarantined_journal_comes_back_with_its_log(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    store.add_audition("u", audition(2))
    log = _log_of(store, "u")
    good = log.read_bytes()
    log.write_bytes(b"00000000 {}\n00000000 {}\n")
    with pytest.raises(QuarantinedError):
        store.get_user("u")
    [held] = store.quarantined()
    held_log = store.quarantined_log(held)
    assert held_log is not None
    with pytest.raises(CorruptStoreError):
        store.restore(held.name)  # the log still does not read
    held_log.write_bytes(good)
    store.restore(held.name)
    assert store.quarantined() == [] and {a.id for a in store.list_auditions("u")} == {"a1", "a2"}


def test_a_stray_log_without_its_snapshot_is_never_a_journal(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    store.add_audition("u", audition(2))
    store.user_path("u").unlink()  # e.g. a crash between the two moves into quarantine
    assert store.list_auditions("u") == []
    store.add_audition("u", audition(7))
    assert [a.id for a in store.list_auditions("u")] == ["a7"]
    assert not _log_of(store, "u").exists()  # the first write removed the stray log


def test_forget_removes_the_log_too(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    store.add_audition("u", audition(2))
    assert _log_of(store, "u").exists()
    store.forget_user("u")
    assert [p for p in store.data_dir.rglob("*") if p.is_file() and p.suffix != ".lock"] == []


def test_a_long_log_becomes_the_snapshot(store: TinyDBStore, monkeypatch) -> None:
    from bot.store import logged
    from bot.store.atomic import dump_json

    monkeypatch.setattr(logged, "LOG_LIMIT", 2000)
    monkeypatch.setattr(logged, "LOG_RATIO", 2)
    for i in range(12):
        store.add_audition("u", audition(i))
    log = _log_of(store, "u")
    in_log = log.read_bytes().count(b"\n")
    in_snapshot = len(json.loads(store.user_path("u").read_text())["auditions"])
    # Some turns wrote the snapshot (and emptied the log); each later one added a line.
    assert in_snapshot > 1 and in_snapshot + in_log == 12
    state = len(dump_json(newest_on_disk(store.user_path("u"))))
    assert log.stat().st_size <= max(2000, 2 * state) + state
    assert len(store.list_auditions("u")) == 12


def test_the_full_check_reads_logs_too(store: TinyDBStore) -> None:
    store.add_audition("u", audition(1))
    store.add_audition("u", audition(2))
    store.add_audition("other", audition(3))
    _log_of(store, "u").write_bytes(b"00000000 {}\n00000000 {}\n")
    assert store.check() == 1
    [held] = store.quarantined()
    assert held.name == store.user_path("u").name and store.quarantined_log(held) is not None
