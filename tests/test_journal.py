"""The actor's record: outcomes, stats on hand-checked fixtures, chart, exports, /forget."""

from __future__ import annotations

import csv
import io
import json
import struct
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import Chat, private_who

import bot.journal as journal_module
from bot.engine import Engine
from bot.events import Incoming
from bot.journal import (
    chart_spec,
    compute_stats,
    export_csv,
    export_user,
    import_into,
    render_chart,
)
from bot.store import Audition, TinyDBStore

# Every test here runs against TinyDB and against PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_stores

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 20)


def a(
    i: int, day: str, outcome: str = "waiting", feeling: int | None = None, fmt: str | None = None
) -> Audition:
    return Audition(
        id=f"a{i}",
        date=day,
        project=f"P{i}",
        created_at=f"{day}T12:00:00",
        outcome=outcome,
        feeling=feeling,
        format=fmt,
    )


def debrief(chat: Chat, project: str, day: str = "today") -> None:
    chat.debrief(project, day)


def test_stats_with_zero_auditions() -> None:
    s = compute_stats([], TODAY)
    assert s.total == 0 and s.callback_rate is None and s.days_since_last is None
    assert len(s.per_month) == 12 and all(n == 0 for _, n in s.per_month)


def test_stats_with_a_single_audition() -> None:
    s = compute_stats([a(1, "2026-11-18", "booked", 4, "selftape")], TODAY)
    assert (s.total, s.callback_rate, s.booking_rate) == (1, 1.0, 1.0)
    assert (s.days_since_last, s.feeling_all, s.feeling_earlier) == (2, 4.0, None)
    assert s.formats == [("selftape", 1)] and s.per_month[-1] == ("2026-11", 1)
    assert s.week_streak == 1


def test_stats_on_a_hand_checked_fixture() -> None:
    items = [
        a(1, "2026-11-17", "callback", 5, "room"),  # this week (Mon 16 Nov)
        a(2, "2026-11-10", "released", 2, "selftape"),  # last week
        a(3, "2026-11-04", "waiting", 3, "selftape"),  # the week before
        a(4, "2026-10-01", "booked", 4, "room"),
        a(5, "2026-06-01", "released", 1, "selftape"),  # more than 90 days ago
        a(6, "2025-12-24", "waiting", None, None),  # more than 90 days ago
    ]
    s = compute_stats(items, TODAY)
    assert s.total == 6
    # Rates are over auditions with news (4 of 6; two are still waiting).
    assert s.callback_rate == 2 / 4 and s.booking_rate == 1 / 4 and s.open == 2
    assert s.recent_total == 4  # 22 Aug .. 20 Nov
    assert s.recent_callback_rate == 2 / 3 and s.recent_booking_rate == 1 / 3
    assert s.feeling_all == 3.0  # (5 + 2 + 3 + 4 + 1) / 5
    assert (s.feeling_recent, s.feeling_earlier) == (3.5, 1.0)
    assert s.formats == [("selftape", 3), ("room", 2), ("unknown", 1)]
    assert s.days_since_last == 3
    assert s.week_streak == 3
    months = dict(s.per_month)
    assert months["2026-11"] == 3 and months["2026-10"] == 1 and months["2025-12"] == 1
    assert "2025-11" not in months  # twelve months, ending with this one


def test_chart_is_a_sensible_png(tmp_path: Path) -> None:
    path = render_chart(
        [a(1, "2026-11-17", "callback"), a(2, "2026-09-02", "released")], TODAY, tmp_path / "c.png"
    )
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (800, 400)
    assert 5_000 < len(data) < 300_000


def test_with_enough_rated_auditions_the_chart_shows_feeling_over_time(tmp_path: Path) -> None:
    rated = [
        replace(a(i, f"2026-{m:02d}-10", "waiting"), feeling=f)
        for i, (m, f) in enumerate([(6, 2), (8, 4), (10, 3), (11, 5)])
    ]
    data = render_chart(rated, TODAY, tmp_path / "c.png").read_bytes()
    assert struct.unpack(">II", data[16:24]) == (800, 700)  # a second panel
    few = render_chart(rated[:2], TODAY, tmp_path / "d.png").read_bytes()
    assert struct.unpack(">II", few[16:24]) == (800, 400)  # two points are not a trend


def test_stats_command_sends_text_and_chart(chat: Chat) -> None:
    assert "No auditions" in chat.say("/stats") and not chat.last[0].files
    debrief(chat, "Hamlet", "yesterday")
    out = chat.say("/stats")
    assert "1 audition" in out and "Days since your last audition: 1" in out
    [png] = chat.last[0].files
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_the_chart_is_drawn_outside_the_bot_process(chat: Chat) -> None:
    """matplotlib's 30 MiB live in a child that exits, not in the bot for its whole life."""
    debrief(chat, "Hamlet", "yesterday")
    chat.say("/stats")
    [png] = chat.last[0].files
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_mode & 0o077 == 0
    # Nothing in the bot imports matplotlib itself any more, so no other test can have
    # loaded it into this process either.
    assert "matplotlib" not in sys.modules


def test_a_chart_that_cannot_be_drawn_costs_the_chart_not_the_figures(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    debrief(chat, "Hamlet", "yesterday")
    monkeypatch.setattr(journal_module, "CHART_TIMEOUT", 0.001)  # killed before it draws
    out = chat.say("/stats")
    assert "1 audition" in out and "chart" not in out
    assert not chat.last[0].files
    monkeypatch.setattr(journal_module, "CHART_TIMEOUT", 60.0)
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")  # cannot start at all
    out = chat.say("/stats")
    assert "1 audition" in out and not chat.last[0].files


def test_the_chart_child_gets_no_secrets(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only what finding Python and fonts needs crosses to the child: a traceback or a
    plotting library's log there can never print a token or a database address."""
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:secret")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u:pw@db/x")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    seen: dict[str, str] = {}
    real_popen = subprocess.Popen

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.clear()
        seen.update(kwargs["env"])
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", spy)
    render_chart([a(1, "2026-11-17", "callback")], TODAY, tmp_path / "c.png")
    assert "TELEGRAM_BOT_TOKEN" not in seen and "DATABASE_URL" not in seen
    assert seen["LC_ALL"] == "C.UTF-8" and "PATH" in seen
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert "MPLCONFIGDIR" not in seen  # a writable home keeps matplotlib's own cache

    # With no home to write to, the font cache still outlives one chart: a private folder.
    monkeypatch.delenv("HOME")
    render_chart([a(1, "2026-11-17", "callback")], TODAY, tmp_path / "d.png")
    cache = Path(seen["MPLCONFIGDIR"])
    assert cache.is_dir() and cache.stat().st_mode & 0o077 == 0
    assert (tmp_path / "d.png").read_bytes()[:4] == b"\x89PNG"


def test_the_chart_numbers_are_worked_out_before_the_child(tmp_path: Path) -> None:
    rated = [
        replace(a(i, f"2026-{m:02d}-10", o), feeling=f)
        for i, (m, o, f) in enumerate([(6, "released", 2), (11, "callback", 4), (11, "waiting", 5)])
    ]
    spec = chart_spec(rated, TODAY, tmp_path / "c.png")
    assert spec["months"][-1] == "26-11" and len(spec["months"]) == 12
    assert spec["counts"]["callback"][-1] == 1 and spec["counts"]["waiting"][-1] == 1
    assert spec["counts"]["released"][spec["months"].index("26-06")] == 1
    assert spec["feelings"] == [["2026-06-10", 2], ["2026-11-10", 4], ["2026-11-10", 5]]
    assert chart_spec(rated[:2], TODAY, tmp_path / "c.png")["feelings"] == []


def test_outcome_command_updates_and_cancels_checkins(chat: Chat, store: TinyDBStore) -> None:
    debrief(chat, "Hamlet")
    key = chat.who.user_key
    assert [c.status for c in store.list_checkins(key)] == ["pending"] * 3
    chat.say("/outcome")
    chat.press("outcome.pick")
    out = chat.press("outcome.booked")
    assert "You booked Hamlet" in out
    assert store.list_auditions(key)[0].outcome == "booked"
    assert [c.status for c in store.list_checkins(key)] == ["cancelled"] * 3
    forged = Incoming(chat.who, button="o|nope|booked")
    assert chat.engine.handle(forged)[0].template == "stale_button"


def test_csv_defuses_formulas_and_keeps_text() -> None:
    evil = Audition(
        id="x",
        date="2026-11-01",
        project='=HYPERLINK("http://x")',
        created_at="t",
        role="+1",
        nailed="-2",
        learned="@SUM(A1)",
        extra='plain, with "quotes"\nand a newline',
    )
    text = export_csv([evil])
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0]["project"] == '\'=HYPERLINK("http://x")'
    assert (rows[0]["role"], rows[0]["nailed"], rows[0]["learned"]) == ("'+1", "'-2", "'@SUM(A1)")
    assert rows[0]["extra"] == 'plain, with "quotes"\nand a newline'


def test_export_command_writes_three_files(chat: Chat) -> None:
    debrief(chat, "<b>Cats</b> & **dogs**")
    chat.say("/export")
    files = {p.suffix: p for p in chat.last[0].files}
    assert set(files) == {".json", ".csv", ".md"}
    assert (
        json.loads(files[".json"].read_text())["auditions"][0]["project"]
        == "<b>Cats</b> & **dogs**"
    )
    diary = files[".md"].read_text()
    assert diary.startswith("# Audition journal") and r"\*\*dogs\*\*" in diary


def test_export_import_round_trip(engine: Engine, store: TinyDBStore, tmp_path: Path) -> None:
    chat = Chat(engine, private_who("roundtrip"))
    debrief(chat, "Macbeth", "yesterday")
    debrief(chat, "Ad 🎭 שלום", "2026-11-02")
    key = chat.who.user_key
    original = export_user(store, key)
    other = TinyDBStore(tmp_path / "elsewhere")
    first = import_into(other, original)
    assert (first.user_key, first.added, first.dropped) == (key, 2, [])
    assert import_into(other, original).added == 0  # importing again adds nothing
    assert json.loads(export_user(other, key)) == json.loads(original)


@pytest.mark.tinydb_only  # the CLI reads the data folder; PostgreSQL: test_postgres.py
def test_operator_cli_export_and_import(
    engine: Engine, store: TinyDBStore, data_dir: Path, tmp_path: Path
) -> None:
    for user in ("a", "b"):
        debrief(Chat(engine, private_who(user)), f"Play {user}")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}

    def cli(*args: str, data: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            capture_output=True,
            text=True,
            env={**env, "CALLBACK_DATA_DIR": str(data)},
            timeout=60,
        )

    out = tmp_path / "out"
    result = cli("export", "--out", str(out), data=data_dir)
    assert result.returncode == 0 and "exported 2" in result.stdout, result.stderr
    files = sorted(out.glob("*.json"))
    assert len(files) == 2
    new_data = tmp_path / "new"
    result = cli("import", *map(str, files), data=new_data)
    assert result.returncode == 0 and result.stdout.count("1 audition(s) added") == 2
    moved = TinyDBStore(new_data)
    assert sorted(moved.user_keys()) == ["console:a", "console:b"]
    for key in ("console:a", "console:b"):
        assert json.loads(export_user(moved, key)) == json.loads(export_user(store, key))
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    result = cli("import", str(bad), data=new_data)
    assert result.returncode == 1 and "not a Callback journal export" in result.stderr


def test_forget_leaves_no_trace(
    engine: Engine, store: TinyDBStore, data_dir: Path, stored_bytes
) -> None:
    me = Chat(engine, private_who("forgetme-4242"))
    other = Chat(engine, private_who("stays"))
    debrief(me, "Secret Project Zebra")
    debrief(other, "Other Play")
    me.say("/stats")
    me.say("/export")
    me.say("/settings quiet 23:00-07:00")
    out = me.say("/forget")
    assert "1 journal entry" in out and "can't be undone" in out
    me.press("forget.no")
    assert store.list_auditions(me.who.user_key)
    me.say("/forget")
    old_yes = me.payload("forget.yes")
    me.say("/forget")  # a newer confirmation replaces the old one
    assert engine.handle(Incoming(me.who, button=old_yes))[0].template == "stale_button"
    assert "deleted" in me.press("forget.yes")
    blob = stored_bytes()
    for trace in (b"forgetme-4242", b"Secret Project Zebra", b"23:00-07:00"):
        assert trace not in blob
    assert b"Other Play" in blob  # the other actor's journal is untouched
    assert store.list_checkins(me.who.user_key) == []
    assert all(b"forgetme" not in p.read_bytes() for p in (data_dir / "due").glob("*"))


@pytest.mark.parametrize("fmt", ["plain", "html", "markdown"])
def test_journal_list_puts_each_entry_on_its_own_line(fmt: str) -> None:
    from bot.events import Reply
    from bot.render import Format, Renderer

    items = [
        {"date": "2026-11-20", "project": "Hamlet", "role": "Ophelia"},
        {"date": "2026-11-19", "project": "The Cherry Orchard", "role": None},
        {"date": "2026-11-18", "project": "Riverside", "role": "Nurse"},
    ]
    out = Renderer(Format(fmt)).render(
        Reply("journal/list", {"items": items, "page": 1, "pages": 1, "total": 3})
    )
    entries = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(entries) == 3, out


def test_stats_rates_count_holds_and_leave_open_auditions_out(chat) -> None:
    chat.debrief("Hamlet")
    chat.debrief("Macbeth")
    out = chat.say("/stats")
    assert "0%" not in out and "2 still open" in out
    chat.say("/outcome")
    chat.press("outcome.pick")
    chat.press("outcome.hold")
    out = chat.say("/stats")
    assert "callbacks (incl. holds and bookings): 100%" in out and "1 still open" in out


def test_markdown_diary_escapes_only_what_markdown_needs(chat) -> None:
    chat.debrief("Riverside (BBC drama)", role="self-tape reader", learned="# breathe *first*")
    chat.say("/export")
    diary = next(p for r in chat.last for p in r.files if p.suffix == ".md").read_text()
    assert "Riverside (BBC drama)" in diary and "self-tape reader" in diary
    assert "2026-11-20" in diary and "\\-" not in diary.replace("\\# breathe", "")
    assert "\\# breathe \\*first\\*" in diary


def test_callbacks_by_format_and_office_only_with_enough_news() -> None:
    from bot.events import Reply
    from bot.render import Format, Renderer

    items = [
        replace(
            a(i, "2026-10-01", "callback" if i < 2 else "released"),
            format="selftape",
            office="Jane Doe Casting" if i % 2 else " jane doe casting ",
        )
        for i in range(6)
    ] + [replace(a(10 + i, "2026-10-02", "booked"), format="room") for i in range(2)]
    s = compute_stats(items, TODAY)
    assert s.by_format == [("selftape", 2, 6)]  # "room" has 2 with news: too few to show
    assert s.by_office == [("jane doe casting", 2, 6)]  # one office, however it was typed
    out = Renderer(Format.PLAIN).render(Reply("journal/stats", {"s": s, "chart": False}))
    assert "Callbacks by format (auditions with news): self-tape 2 of 6" in out
    assert "Callbacks by casting office: jane doe casting 2 of 6" in out
    few = compute_stats(items[:4], TODAY)
    assert few.by_format == [] and few.by_office == []
    assert "Callbacks by" not in Renderer(Format.PLAIN).render(
        Reply("journal/stats", {"s": few, "chart": False})
    )


def test_outcome_typed_in_one_go(chat: Chat, store) -> None:
    """/outcome <word> <project>: no menu when both halves are there; whatever half was
    typed is kept when one is missing."""
    chat.debrief("The Seagull")
    chat.debrief("Hamlet")
    a = next(x for x in store.list_auditions(chat.who.user_key) if x.project == "The Seagull")
    chat.say("/outcome hold")  # the outcome is kept: its buttons record it, no second ask
    assert chat.templates() == ["journal/outcome_pick"]
    assert "note it as avail / on hold" in chat.say("/outcome hold")
    chat.press_nth("outcome.pick", project="The Seagull")
    assert chat.templates()[0] == "checkin/outcome_hold"
    chat.say("/outcome callback the seagull")
    assert chat.templates()[0] == "checkin/outcome_callback"
    assert store.get_audition(chat.who.user_key, a.id).outcome == "callback"
    chat.say(f"/outcome booked {a.id}")
    assert store.get_audition(chat.who.user_key, a.id).outcome == "booked"
    chat.say("/outcome The Seagull")  # the entry is kept: only the news is asked
    assert chat.templates() == ["journal/outcome_choose"]
    chat.say("/outcome")
    assert chat.templates() == ["journal/outcome_pick"]
    out = chat.say("/outcome maybe The Seagull")  # not an outcome: read as a name
    assert chat.templates() == ["journal/not_found"] and "Did you mean" in out
    # A name that matches nothing is said so, with the entries to pick from.
    out = chat.say("/outcome released Macbeth")
    assert chat.templates() == ["journal/not_found"] and '"Macbeth"' in out
    assert {c.label for c in chat.last[0].choices} == {"outcome.pick"}
    assert store.get_audition(chat.who.user_key, a.id).outcome == "booked"


def test_a_typo_in_a_project_name_offers_the_near_one(chat: Chat, store) -> None:
    chat.debrief("The Seagull")
    chat.debrief("Hamlet")
    out = chat.say("/outcome callback The Seagul")
    assert chat.templates() == ["journal/not_found"] and "Did you mean" in out
    assert [c.values["project"] for c in chat.last[0].choices] == ["The Seagull"]
    out = chat.say("/prep Seagll")
    assert chat.templates() == ["journal/not_found"] and "Did you mean" in out
    out = chat.say("/prep nothing like it")
    assert "or anything close" in out and len(chat.last[0].choices) == 2


def test_the_same_news_twice_is_said_once_and_booked_is_not_quietly_undone(
    chat: Chat, store
) -> None:
    chat.debrief("The Seagull")
    [a] = store.list_auditions(chat.who.user_key)
    chat.say(f"/outcome booked {a.id}")
    assert chat.templates()[0] == "checkin/outcome_booked"
    chat.say(f"/outcome booked {a.id}")
    assert chat.templates() == ["journal/outcome_same"]  # no second "Congratulations"
    chat.say(f"/outcome callback {a.id}")
    assert chat.templates() == ["journal/outcome_confirm"]
    assert store.get_audition(chat.who.user_key, a.id).outcome == "booked"
    chat.press("outcome.keep")
    assert chat.templates() == ["journal/outcome_kept"]
    assert store.get_audition(chat.who.user_key, a.id).outcome == "booked"
    chat.say(f"/outcome callback {a.id}")
    chat.press("outcome.change")
    assert chat.templates()[0] == "checkin/outcome_callback"
    assert store.get_audition(chat.who.user_key, a.id).outcome == "callback"


def test_exports_are_private_and_nothing_is_exported_for_nobody(
    engine: Engine, store: TinyDBStore
) -> None:
    import stat

    chat = Chat(engine, private_who("private-export"))
    chat.say("/export")
    assert chat.templates() == ["journal/export_empty"] and not chat.last[0].files
    debrief(chat, "Macbeth", "yesterday")
    chat.say("/export")
    [ready] = chat.last
    for path in ready.files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    chat.say("/forget")
    chat.press("forget.yes")
    chat.say("/export")  # after /forget: nothing, not three empty files
    assert chat.templates() == ["journal/export_empty"]
