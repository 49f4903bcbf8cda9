"""Never silent, never lose a word: each failure mode found in review, reproduced.

Faults are injected at the storage layer (a write that fails, a process killed
at a chosen write) rather than reasoned about.
"""

from __future__ import annotations

import asyncio
import errno
import json
import os
import stat
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import Chat, damage_journal, debrief_script, make_engine, private_who

from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Who
from bot.flows.buttons import Payload
from bot.journal import export_json, import_into
from bot.store import Audition, CheckIn, TinyDBStore, UserProfile, atomic, logged
from bot.turns import TurnRunner

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = debrief_script(
    "Hamlet", role="Ophelia", wore="black", nailed="the mad scene", learned="breathe"
)


def journal_of(store: TinyDBStore, key: str) -> tuple[dict | None, list[tuple]]:
    """What a person would call their words: the draft and the entries."""
    state = store.get_state(key)
    entries = [(a.project, a.role, a.wore, a.nailed, a.learned) for a in store.list_auditions(key)]
    return (state.answers if state else None), entries


def no_temp_files(store: TinyDBStore) -> bool:
    return not [p for p in store.data_dir.rglob("*.tmp")]


# -- input that used to crash a turn ----------------------------------------------------


@pytest.mark.parametrize("digit", ["²", "①", "٣٣", "3²"])
def test_unusual_digits_get_a_reply_never_a_crash(chat: Chat, digit: str) -> None:
    for line in ["/debrief", "Play", "/skip", "today", "/skip", "/skip"]:
        chat.say(line)
    chat.say(digit)  # at the 1-5 question
    assert chat.templates()[0] in ("invalid/scale", "step/nailed")
    chat.say(f"/questions remove {digit}")
    assert chat.templates() == ["questions/bad"]
    chat.say(f"/settings days {digit} 7")
    assert chat.templates() == ["settings/bad_days"]
    forged = Payload("j", "page", digit).encode()
    assert chat.engine.handle(Incoming(chat.who, button=forged))[0].template == "stale_button"


def test_lone_surrogates_and_control_characters_are_stored_cleanly(
    chat: Chat, store: TinyDBStore
) -> None:
    chat.say("/debrief")
    chat.say("Ham\ud800let\x00\x1b[31m")
    state = store.get_state(chat.who.user_key)
    assert state.answers["project"] == "Ham\ufffdlet"  # the colour code goes whole, not ESC alone
    assert no_temp_files(store)


def test_a_300_character_timezone_is_refused_kindly(engine: Engine, chat: Chat) -> None:
    chat.say("/settings timezone " + "Europe/" + "x" * 300)
    assert chat.templates() == ["settings/bad_timezone"]
    group = Who(Platform.TELEGRAM, "a", "-5", ChatKind.GROUP, is_chat_admin=True)
    replies = engine.handle(Incoming.parse_text(group, "/daily on 08:30 " + "A" * 300))
    assert [r.template for r in replies] == ["group/daily_bad_value"]


def test_a_megabyte_checkin_reply_is_answered_quickly(chat: Chat, store: TinyDBStore) -> None:
    from bot.store import ConversationState

    chat.say("/start")
    store.set_state(
        chat.who.user_key,
        ConversationState(flow="checkin", conv="c1", step="reply", answers={"audition": "x"}),
    )
    started = time.perf_counter()
    chat.say("so nervous " * 100_000)
    assert time.perf_counter() - started < 3
    assert chat.templates()[0] == "checkin/thanks"


def test_console_survives_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    env = {**os.environ, "CALLBACK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    env = {k: v for k, v in env.items() if not k.endswith("_BOT_TOKEN")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input=b"/start\n\xff\xfe\xfd broken\n/help\n/quit\n",
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()[-1000:]
    assert done.stdout.decode().count("you>") >= 4
    assert b"Here is what I understand" in done.stdout


def test_an_unexpected_error_is_a_kind_reply_with_a_reference(
    chat: Chat, engine: Engine, caplog
) -> None:
    chat.say("/debrief")

    def boom(*args, **kwargs):
        raise RuntimeError("a bug")

    engine.services.flows["journal"].stats = boom  # type: ignore[attr-defined]
    out = chat.say("/stats")
    assert chat.templates() == ["error/internal"]
    ref = chat.last[0].values["ref"]
    assert ref in out and any(ref in r.getMessage() for r in caplog.records)


# -- one durable write per turn: fault injection --------------------------------------


#: Every durable change goes through one of these: the rename of a whole-file write, the
#: write of an append (a person's log, the due index's hourly logs), emptying a log.
HOOKED = ("replace", "write", "ftruncate")
REAL = {name: getattr(os, name) for name in HOOKED}


def on_each_write(hook) -> None:
    """Route every durable write through `hook(real, *args)`; undo with `restore_writes`."""
    for name, real in REAL.items():
        setattr(atomic.os, name, lambda *args, real=real: hook(real, *args))


def restore_writes() -> None:
    for name, real in REAL.items():
        setattr(atomic.os, name, real)


#: The default, and a log so short that every other turn writes the snapshot and empties
#: the log: a fault is injected at each step of both ways a turn is written.
LOG_LIMITS = [(logged.LOG_LIMIT, logged.LOG_RATIO), (1, 0)]


class DiskFault:
    """Makes the Nth durable write fail, as a full disk would."""

    def __init__(self, fail_at: int, err: int) -> None:
        self.count = 0

        def hook(real, *args):
            self.count += 1
            if self.count == fail_at:
                raise OSError(err, os.strerror(err))
            return real(*args)

        on_each_write(hook)


def count_writes(store: TinyDBStore, library, clock) -> int:
    """Durable writes (journal renames, index appends) in one undisturbed debrief."""
    engine = make_engine(store, library, clock)
    calls = 0

    def counting(real, *args):
        nonlocal calls
        calls += 1
        return real(*args)

    on_each_write(counting)
    try:
        chat = Chat(engine, private_who("count"))
        for line in SCRIPT:
            chat.say(line)
    finally:
        restore_writes()
    return calls


@pytest.mark.parametrize("log_limit", LOG_LIMITS)
def test_a_failed_write_at_any_point_of_a_debrief_loses_nothing(
    tmp_path: Path, library, clock, log_limit: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logged, "LOG_LIMIT", log_limit[0])
    monkeypatch.setattr(logged, "LOG_RATIO", log_limit[1])
    writes = count_writes(TinyDBStore(tmp_path / "count"), library, clock)
    assert writes >= len(SCRIPT)
    expected = None
    for fail_at in range(1, writes + 1):
        store = TinyDBStore(tmp_path / f"run{fail_at}")
        engine = make_engine(store, library, clock)
        DiskFault(fail_at, errno.ENOSPC)
        try:
            chat = Chat(engine, private_who("actor"))
            for line in SCRIPT:
                before = journal_of(store, chat.who.user_key)
                chat.say(line)
                if chat.templates()[0].startswith("error/"):
                    # The failed turn changed nothing; the person sends it again.
                    assert journal_of(store, chat.who.user_key) == before, fail_at
                    chat.say(line)
                assert not chat.templates()[0].startswith("error/")
        finally:
            restore_writes()
        assert no_temp_files(store)
        result = journal_of(store, "console:actor")
        expected = expected or result
        assert result == expected and result[1], fail_at


KILLER = r"""
import os, sys
from datetime import UTC, datetime
sys.path.insert(0, sys.argv[3])
from conftest import Chat, Clock, debrief_script, make_engine, private_who
from bot.content import load_library
from bot.store import TinyDBStore, atomic, logged
kill_at, data = int(sys.argv[1]), sys.argv[2]
logged.LOG_LIMIT, logged.LOG_RATIO = int(sys.argv[4]), int(sys.argv[5])
count = 0
def killing(real):
    def call(*args):
        global count
        count += 1
        if count == kill_at:
            os._exit(137)
        return real(*args)
    return call
for name in ("replace", "write", "ftruncate"):
    setattr(atomic.os, name, killing(getattr(os, name)))
store = TinyDBStore(data)
engine = make_engine(store, load_library(), Clock(datetime(2026, 11, 20, 15, 30, tzinfo=UTC)))
chat = Chat(engine, private_who("actor"))
script = debrief_script("Hamlet", role="Ophelia", wore="black", nailed="the mad scene",
                        learned="breathe")
for n, line in enumerate(script):
    chat.say(line)
    print(n, flush=True)  # acknowledged: the reply was ready to send
"""


@pytest.mark.parametrize("log_limit", LOG_LIMITS)
def test_killed_at_any_write_the_journal_is_the_old_turn_or_the_new(
    tmp_path: Path, library, clock, log_limit: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logged, "LOG_LIMIT", log_limit[0])
    monkeypatch.setattr(logged, "LOG_RATIO", log_limit[1])
    # The draft after each turn of an undisturbed run: what "old" and "new" can be.
    store = TinyDBStore(tmp_path / "reference")
    chat = Chat(make_engine(store, library, clock), private_who("actor"))
    after = [journal_of(store, "console:actor")]
    for line in SCRIPT:
        chat.say(line)
        after.append(journal_of(store, "console:actor"))
    writes = count_writes(TinyDBStore(tmp_path / "count"), library, clock)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill_at in range(1, writes + 1):
        data = tmp_path / f"kill{kill_at}"
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                KILLER,
                str(kill_at),
                str(data),
                str(ROOT / "tests"),
                str(log_limit[0]),
                str(log_limit[1]),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 137, done.stderr[-1500:]
        acked = len(done.stdout.split())
        survivor = TinyDBStore(data)
        survivor.check()
        assert survivor.quarantined() == []
        got = journal_of(survivor, "console:actor")
        assert got in (after[acked], after[acked + 1]), (kill_at, acked, got)


def test_full_disk_reads_still_work_and_nothing_is_lost(
    chat: Chat, store: TinyDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat.debrief("Hamlet", role="Ophelia")
    chat.say("/debrief")
    chat.say("Macbeth")
    before = journal_of(store, chat.who.user_key)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    # Both ways a turn writes: a whole file renamed in, or an append to the person's log.
    monkeypatch.setattr(atomic.os, "replace", full)
    monkeypatch.setattr(atomic.os, "write", full)
    out = chat.say("Lady Macbeth")
    assert chat.templates() == ["error/disk_full"] and "Nothing you saved" in out
    chat.say("/journal")
    assert chat.templates() == ["journal/list"]
    chat.say("/help")
    assert chat.templates() == ["help"]
    assert journal_of(store, chat.who.user_key) == before
    assert no_temp_files(store)


def test_read_only_storage_gets_a_clear_reply(
    chat: Chat, store: TinyDBStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat.say("/start")

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "replace", read_only)
    monkeypatch.setattr(atomic.os, "write", read_only)
    chat.say("/debrief")
    assert chat.templates() == ["error/disk"]
    new = Chat(chat.engine, private_who("newcomer"))
    new.say("/start")
    assert new.templates() == ["error/disk"]


def test_check_config_refuses_a_data_dir_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.__main__ import main

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setenv("CALLBACK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(atomic.os, "replace", read_only)
    assert main(["check-config"]) == 2


# -- one person at a time, and one process per folder ----------------------------------


def test_a_second_process_on_the_same_folder_is_refused_with_the_holder(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path / "data")
    store.claim_owner()
    env = {
        **os.environ,
        "CALLBACK_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    env = {k: v for k, v in env.items() if not k.endswith("_BOT_TOKEN")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input=b"/start\n",
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert f"pid {os.getpid()}" in done.stderr.decode()


def test_link_codes_issued_at_once_are_all_kept(engine: Engine, store: TinyDBStore) -> None:
    people = [Chat(engine, private_who(f"p{i}", Platform.TELEGRAM)) for i in range(60)]
    threads = [threading.Thread(target=p.say, args=("/link",)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = store.load_links()["codes"]
    assert {c["account"] for c in codes.values()} == {p.who.user_key for p in people}


async def test_two_answers_from_one_person_at_once_land_in_order(
    engine: Engine, store: TinyDBStore
) -> None:
    runner = TurnRunner(engine)
    for trial in range(10):
        who = private_who(f"fast{trial}")
        await runner.handle(Incoming.parse_text(who, "/debrief"))
        await asyncio.gather(
            runner.handle(Incoming.parse_text(who, "Hamlet")),
            runner.handle(Incoming.parse_text(who, "Ophelia")),
        )
        answers = store.get_state(who.user_key).answers
        assert answers == {"project": "Hamlet", "role": "Ophelia"}, trial
    runner.close()


def test_a_checkin_never_loses_a_conversation_under_way(engine: Engine, store: TinyDBStore) -> None:
    chat = Chat(engine, private_who("busy"))
    chat.debrief("Hamlet")
    [audition] = store.list_auditions(chat.who.user_key)
    checkin = CheckIn(id="c1", audition_id=audition.id, due="2026-11-23T18:00:00+00:00", day=3)
    store.add_checkins(chat.who.user_key, [checkin])
    chat.say("/debrief")
    started = threading.Event()
    done = threading.Event()

    def scheduler_side() -> None:
        started.wait()
        engine.checkin_message(chat.who.user_key, checkin)
        engine.checkin_delivered(chat.who.user_key, checkin)  # the platform took it
        done.set()

    worker = threading.Thread(target=scheduler_side)
    worker.start()
    with store.turn(chat.who.user_key):  # the person's turn is under way
        started.set()
        time.sleep(0.2)
        assert not done.is_set()  # the check-in waits for the turn
        chat.say("Macbeth")
    worker.join()
    # The check-in asks now; the debrief waits underneath, whole, and comes back after.
    state = store.get_state(chat.who.user_key)
    assert state.flow == "checkin"
    assert state.below[-1]["flow"] == "debrief"
    assert state.below[-1]["answers"] == {"project": "Macbeth"}
    chat.say("still waiting, all good")
    state = store.get_state(chat.who.user_key)
    assert state.flow == "debrief" and state.answers == {"project": "Macbeth"}


# -- start-up and the schedule never fail on one person's data ---------------------------


async def test_minute_run_survives_a_journal_that_went_bad(
    engine: Engine, store: TinyDBStore
) -> None:
    from test_schedule import Outbox

    from bot.schedule import Scheduler

    for name in ("good", "bad"):
        key = f"telegram:{name}"
        store.save_user(UserProfile(key, "UTC", "2026-01-01T00:00:00+00:00", last_seen=key))
        store.add_audition(key, Audition(id="a", date="2026-11-01", project="P", created_at="t"))
        store.add_checkins(key, [CheckIn("c", "a", "2026-11-20T10:00:00+00:00", 3)])
    damage_journal(store, "telegram:bad", "{torn")
    outbox = Outbox()
    scheduler = Scheduler(engine, store, {Platform.TELEGRAM: outbox}, clock=engine.clock)
    report = await scheduler.run_due()
    assert [uid for uid, _ in outbox.private] == ["good"] and report.sent == 1
    assert store.due_entries(engine.clock()) == []  # both retired: none retried each minute
    assert [p.name for p in store.quarantined()] == [store.user_path("telegram:bad").name]


def test_a_due_row_without_an_offset_never_stops_the_schedule(
    engine: Engine, store: TinyDBStore
) -> None:
    from test_schedule import Outbox

    from bot.schedule import Scheduler

    shard = store.due_dir / "2026-11-20T10.json"
    shard.write_text(json.dumps({"due": [{"u": "telegram:x", "c": "c", "t": "2026-11-20T10:00"}]}))
    scheduler = Scheduler(engine, store, {Platform.TELEGRAM: Outbox()}, clock=engine.clock)
    asyncio.run(scheduler.run_due())
    assert store.due_entries(engine.clock()) == []


# -- import ------------------------------------------------------------------------------


def export_with(**changes) -> str:
    data = json.loads(
        export_json(
            UserProfile("telegram:7", "Europe/London", "2026-01-01T00:00:00+00:00"),
            [Audition("a1", "2026-11-01", "Play", "2026-11-01T10:00:00+00:00")],
            [CheckIn("c1", "a1", "2026-11-04T18:00:00+00:00", 3)],
        )
    )
    for path, value in changes.items():
        target = data
        *parents, last = path.split(".")
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        target[int(last) if last.isdigit() else last] = value
    return json.dumps(data)


@pytest.mark.parametrize(
    "change",
    [
        {"profile": [1, 2]},
        {"auditions": ["x"]},
        {"checkins.0.due": 5},
        {"checkins.0.due": "2026-11-04T18:00:00"},
        {"profile.timezone": "Mars/Olympus"},
        {"auditions.0.date": 20261101},
        {"profile.last_seen": "evil:1"},
        {"auditions.0.feeling": 9},
        {"auditions.0.project": "x" * 5000},
    ],
)
def test_a_bad_import_is_explained_and_changes_nothing(store: TinyDBStore, change: dict) -> None:
    from bot.journal import JournalImportError

    with pytest.raises(JournalImportError) as info:
        import_into(store, export_with(**change))
    assert str(info.value) and "Traceback" not in str(info.value)
    assert store.user_keys() == []


def test_import_cli_reports_bad_files_and_imports_the_rest(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(export_with())
    bad.write_text(export_with(**{"checkins.0.due": 5}))
    env = {**os.environ, "CALLBACK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "import", str(bad), str(good)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1
    assert "bad.json: not imported (checkins.0.due" in done.stderr
    assert "good.json: 1 audition(s) added" in done.stdout and "Traceback" not in done.stderr


def test_five_thousand_entries_import_in_seconds_with_one_write(store: TinyDBStore) -> None:
    entries = [
        Audition(f"a{i}", "2026-11-01", f"Play {i}", "2026-11-01T10:00:00+00:00")
        for i in range(5000)
    ]
    text = export_json(UserProfile("telegram:9", "UTC", "2026-01-01T00:00:00+00:00"), entries, [])
    started = time.perf_counter()
    done = import_into(store, text)
    key, added = done.user_key, done.added
    assert added == 5000 and time.perf_counter() - started < 10
    assert len(store.list_auditions(key)) == 5000


# -- privacy ------------------------------------------------------------------------------


def test_forget_leaves_no_byte_behind(engine: Engine, store: TinyDBStore) -> None:
    chat = Chat(engine, private_who("leaver", Platform.TELEGRAM))
    chat.debrief("Zanzibar Nights", role="Quentinella", nailed="xylophone bit")
    chat.say("/link WRONGCODE")  # leaves a failure record
    copy = store.quarantine_dir / (store.user_path(chat.who.user_key).name + ".20260101T000000Z")
    copy.write_bytes(store.user_path(chat.who.user_key).read_bytes())
    chat.say("/forget")
    chat.press("forget.yes")
    blob = b"".join(p.read_bytes() for p in store.data_dir.rglob("*") if p.is_file())
    for needle in (b"leaver", b"Zanzibar", b"Quentinella", b"xylophone"):
        assert needle not in blob, needle


def test_journal_files_and_folders_are_private(chat: Chat, store: TinyDBStore) -> None:
    chat.debrief("Hamlet")
    path = store.user_path(chat.who.user_key)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(logged.log_path(path).stat().st_mode) == 0o600
    for folder in (store.data_dir, store.users_dir, store.due_dir, store.quarantine_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


HOSTILE = [
    "",
    " ",
    "\x00",
    "\ud83d",
    "\u202eevil",
    "@everyone",
    "<b>bold</b>",
    "[x](javascript:alert(1))",
    "${{7*7}}",
    "{{ config }}",
    "²",
    "①②",
    "-1",
    "999999999999999999999",
    "1e309",
    "/",
    "//",
    "/skip extra words",
    "/settings timezone",
    "/settings days",
    "/outcome ²",
    "/journal 99999999999",
    "/edit \x00",
    "/link ' OR 1=1 --",
    "/questions add " + "q" * 500,
    "/daily on 25:99 Mars/Base",
    "x" * 20_000,
    "🎭" * 3000,
    "لا أعرف",
    "ｆｕｌｌｗｉｄｔｈ",
    "\r\n\r\n",
    "yesterday",
    "31/02",
    "0000-00-00",
]


def test_anything_at_any_step_gets_a_reply_and_never_an_internal_error(
    engine: Engine, store: TinyDBStore
) -> None:
    import random

    rng = random.Random(7)
    lines = [line for step in range(len(SCRIPT)) for line in [*SCRIPT[: step + 1], *HOSTILE]]
    alphabet = [chr(c) for c in (*range(0, 0x80), 0x2028, 0xFEFF, 0xD800, 0x1F600, 0x0301)]
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    chat = Chat(engine, private_who("fuzz"))
    for line in lines:
        chat.say(line)
        assert chat.last, repr(line)
        assert "error/internal" not in chat.templates(), repr(line)
    # Buttons with junk in them, too.
    for junk in ["", "|", "||", "a|b|c|d", "j|open|../../etc", "s|continue|²", "\ud800|x|y"]:
        replies = engine.handle(Incoming(chat.who, button=junk))
        assert replies and replies[0].template != "error/internal", repr(junk)


# -- hostile imports: meaning, not only types ---------------------------------------------


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"profile.quiet_hours": "garbage"}, "profile.quiet_hours"),
        ({"profile.timezone": "localtime"}, "profile.timezone"),
        ({"profile.timezone": "posixrules"}, "profile.timezone"),
        ({"checkins.0.due": "9999-01-01T00:00:00+00:00"}, "checkins.0.due"),
        ({"checkins.0.audition_id": "nowhere"}, "about auditions not in the file"),
        ({"auditions.0.date": "2099-01-01"}, "auditions.0.date"),
        ({"auditions.0.created_at": "3000-01-01T00:00:00+00:00"}, "auditions.0.created_at"),
        ({"profile.created_at": "2999-01-01T00:00:00+00:00"}, "profile.created_at"),
    ],
)
def test_an_import_that_would_break_a_person_for_good_is_refused(
    store: TinyDBStore, change: dict, where: str
) -> None:
    from bot.journal import JournalImportError

    with pytest.raises(JournalImportError, match=where.replace(".", r"\.")):
        import_into(store, export_with(**change))
    assert store.user_keys() == []


def test_two_checkins_with_one_id_are_refused(store: TinyDBStore) -> None:
    from bot.journal import JournalImportError

    data = json.loads(export_with())
    data["checkins"].append(dict(data["checkins"][0]))
    with pytest.raises(JournalImportError, match="checkins: the same id appears twice"):
        import_into(store, json.dumps(data))


def test_imported_text_is_cleaned_like_typed_text(store: TinyDBStore) -> None:
    done = import_into(store, export_with(**{"auditions.0.project": "Ham\x00let\x07\u202e"}))
    [audition] = store.list_auditions(done.user_key)
    assert audition.project == "Hamlet"


def test_an_import_cannot_send_one_persons_journal_to_another(
    engine: Engine, store: TinyDBStore
) -> None:
    from test_schedule import Outbox

    from bot.schedule import Scheduler

    victim = Chat(engine, private_who("victim", Platform.TELEGRAM))
    victim.say("/start")
    due = (engine.clock() - timedelta(minutes=5)).isoformat()
    text = export_with(
        **{
            "profile.last_seen": victim.who.user_key,
            "auditions.0.project": "The Importer's Secret Play",
            "auditions.0.origin": victim.who.user_key,
            "checkins.0.due": due,
        }
    )
    done = import_into(store, text)
    assert done.dropped and all("identit" in reason for reason in done.dropped)
    assert store.get_user("telegram:7").last_seen is None
    assert store.list_auditions("telegram:7")[0].origin is None
    outbox = Outbox()
    report = asyncio.run(
        Scheduler(engine, store, {Platform.TELEGRAM: outbox}, clock=engine.clock).run_due()
    )
    assert report.sent == 1
    assert [uid for uid, _ in outbox.private] == ["7"]  # the importer's own identity


def test_the_scheduler_never_follows_an_identity_that_is_not_linked(
    engine: Engine, store: TinyDBStore
) -> None:
    from test_schedule import Outbox

    from bot.schedule import Scheduler

    owner = Chat(engine, private_who("owner", Platform.TELEGRAM))
    owner.debrief("Hamlet")
    user = store.get_user(owner.who.user_key)
    user.last_seen = "telegram:stranger"  # written by some old import or a bug
    store.save_user(user)
    [checkin] = [c for c in store.list_checkins(owner.who.user_key) if c.day == 3]
    outbox = Outbox()
    at = datetime.fromisoformat(checkin.due)
    scheduler = Scheduler(engine, store, {Platform.TELEGRAM: outbox}, clock=lambda: at)
    asyncio.run(scheduler.run_due())
    assert [uid for uid, _ in outbox.private] == ["owner"]


# -- journals of the wrong shape ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"auditions": "oops", "profile": 7}',
        '{"profile": {"1": {"user_key": "console:shape", "timezone": "UTC"}}}',  # no created_at
        '{"profile": {"1": {"user_key": "console:shape", "timezone": "Mars/Base",'
        ' "created_at": "2026-01-01T00:00:00+00:00"}}}',
        '{"auditions": {"1": {"id": "a", "date": "yesterday", "project": "P",'
        ' "created_at": "2026-01-01T00:00:00+00:00"}}}',
        '{"auditions": {"1": {"id": "a", "date": "2026-11-01", "project": "P",'
        ' "created_at": "2026-01-01T00:00:00+00:00", "feeling": "high"}}}',
        '{"profile": {"1": {"user_key": "console:shape", "timezone": "UTC",'
        ' "created_at": "2026-01-01T00:00:00+00:00", "quiet_hours": "garbage"}}}',
    ],
)
def test_a_journal_of_the_wrong_shape_is_quarantined_not_served(
    engine: Engine, store: TinyDBStore, text: str
) -> None:
    chat = Chat(engine, private_who("shape"))
    chat.say("/start")
    damage_journal(store, chat.who.user_key, text)
    chat.say("hello")
    assert chat.templates() == ["error/quarantined"]
    assert [p.name for p in store.quarantined()] == [store.user_path(chat.who.user_key).name]
    chat.say("/debrief")  # a fresh start is not offered over a journal that is set aside
    assert chat.templates() == ["error/quarantined"]


def test_check_config_agrees_with_the_bot_on_what_is_corrupt(
    engine: Engine, store: TinyDBStore
) -> None:
    served = Chat(engine, private_who("logged"))
    served.debrief("Hamlet")
    served.debrief("Macbeth")  # the second turn is an append to the log
    path = store.user_path(served.who.user_key)
    assert logged.log_path(path).stat().st_size > 0
    path.write_text('{"torn')  # the snapshot is damaged; the log's newest line is intact
    wrong = Chat(engine, private_who("wrong"))
    wrong.say("/start")
    damage_journal(store, wrong.who.user_key, '{"auditions": "oops"}')
    assert store.check() == 1  # the logged journal is readable, as a turn would find it
    assert [p.name for p in store.quarantined()] == [store.user_path(wrong.who.user_key).name]
    served.say("/journal")
    assert served.templates()[0] == "journal/list"


# -- a check-in whose send fails ---------------------------------------------------------


def test_a_failed_checkin_send_never_takes_the_next_message_and_is_tried_again(
    engine: Engine, store: TinyDBStore
) -> None:
    from test_schedule import Outbox

    from bot.schedule import RETRY_BACKOFF, Scheduler

    class Flaky(Outbox):
        """The platform answers 502 the first time."""

        def __init__(self) -> None:
            super().__init__()
            self.failures = 1

        async def send_private(self, user_id: str, replies: list) -> bool:
            if self.failures:
                self.failures -= 1
                raise ConnectionError("502 Bad Gateway")
            return await super().send_private(user_id, replies)

    chat = Chat(engine, private_who("flaky", Platform.TELEGRAM))
    chat.debrief("The Seagull")
    [first] = [c for c in store.list_checkins(chat.who.user_key) if c.day == 3]
    at = datetime.fromisoformat(first.due)
    outbox = Flaky()
    report = asyncio.run(
        Scheduler(engine, store, {Platform.TELEGRAM: outbox}, clock=lambda: at).run_due()
    )
    assert report.sent == 0 and report.retried == 1 and outbox.private == []
    assert store.get_checkin(chat.who.user_key, first.id).status == "failed"
    # They start a new debrief; their words are the debrief's, not a reply to a check-in
    # they never saw.
    chat.say("/debrief")
    chat.say("Hamlet")
    assert store.get_state(chat.who.user_key).answers == {"project": "Hamlet"}
    [again] = [
        c for c in store.list_checkins(chat.who.user_key) if c.status == "pending" and c.tries
    ]
    assert again.tries == 1 and again.first_due == first.due
    assert datetime.fromisoformat(again.due) == at + RETRY_BACKOFF
    later = at + RETRY_BACKOFF
    report = asyncio.run(
        Scheduler(engine, store, {Platform.TELEGRAM: outbox}, clock=lambda: later).run_due()
    )
    assert report.sent == 1 and [uid for uid, _ in outbox.private] == ["flaky"]
    state = store.get_state(chat.who.user_key)
    assert state.flow == "checkin" and state.below[-1]["answers"] == {"project": "Hamlet"}


def test_a_failing_checkin_is_given_up_once_it_is_too_late(
    engine: Engine, store: TinyDBStore
) -> None:
    from test_schedule import Outbox

    from bot.schedule import Scheduler

    class Down(Outbox):
        async def send_private(self, user_id: str, replies: list) -> bool:
            raise ConnectionError("502 Bad Gateway")

    chat = Chat(engine, private_who("down", Platform.TELEGRAM))
    chat.debrief("The Seagull")
    [first] = [c for c in store.list_checkins(chat.who.user_key) if c.day == 3]
    at = datetime.fromisoformat(first.due)
    for _ in range(12):
        now = at
        asyncio.run(
            Scheduler(engine, store, {Platform.TELEGRAM: Down()}, clock=lambda n=now: n).run_due()
        )
        pending = [c for c in store.list_checkins(chat.who.user_key) if c.status == "pending"]
        retries = [c for c in pending if c.tries]
        if not retries:
            break
        at = datetime.fromisoformat(retries[0].due)
    tried = [c for c in store.list_checkins(chat.who.user_key) if c.first_due == first.due]
    assert tried and all(c.status == "failed" for c in tried)
    last = max(datetime.fromisoformat(c.due) for c in tried)
    assert last - datetime.fromisoformat(first.due) <= engine.grace
    assert store.get_state(chat.who.user_key) is None


def test_a_journal_over_the_size_limit_is_refused_kindly_and_left_alone(
    tmp_path: Path, library, clock
) -> None:
    store = TinyDBStore(tmp_path / "data")
    engine = make_engine(store, library, clock, tmp_path / "exports")
    chat = Chat(engine, private_who("hoarder"))
    for n in range(3):
        chat.debrief(f"Hamlet {n}", extra="x" * 3500)
    store.max_journal_bytes = 8_000  # the operator's limit, and this journal is over it
    before = store.user_path(chat.who.user_key).read_bytes()
    chat.say("/journal")
    assert chat.templates() == ["error/too_large"]
    assert store.user_path(chat.who.user_key).read_bytes() == before


def test_an_import_file_over_the_limit_is_refused_with_a_reason(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(export_with(**{"auditions.0.extra": "x" * 3000}))
    config = tmp_path / "config.toml"
    config.write_text("[bot]\nmax_import_mb = 0.001\n")
    env = {**os.environ, "CALLBACK_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "import", str(big)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1 and "over the limit" in done.stderr
    assert "Traceback" not in done.stderr


def test_moving_thousands_of_imported_rows_to_history_is_one_write_not_quadratic(
    engine: Engine, store: TinyDBStore
) -> None:
    entries = [
        Audition(f"a{i}", "2026-11-01", f"Play {i}", "2026-11-01T10:00:00+00:00")
        for i in range(4000)
    ]
    checkins = [
        CheckIn(f"c{i}", f"a{i}", "2026-11-04T18:00:00+00:00", 3, status="sent")
        for i in range(4000)
    ]
    profile = UserProfile("console:many", "UTC", "2026-01-01T00:00:00+00:00")
    import_into(store, export_json(profile, entries, checkins))
    assert store.due_entries(datetime.fromisoformat("2030-01-01T00:00:00+00:00")) == []
    chat = Chat(engine, private_who("many"))
    started = time.perf_counter()
    chat.say("/journal")  # the first turn moves 8,000 rows into the history file
    assert time.perf_counter() - started < 5  # was 86 s for 4,000 entries, measured
    assert store._history_path("console:many").exists()
    assert len(store.list_auditions("console:many")) == 4000
