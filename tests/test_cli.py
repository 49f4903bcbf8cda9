"""The real `python -m bot` process, as a person would start it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.store.logged import newest_on_disk

ROOT = Path(__file__).resolve().parent.parent


def run_bot(
    args: list[str], data_dir: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess:
    # Tokens and a database of the developer's own never leak into a test's bot.
    clean = {
        k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN") and k != "DATABASE_URL"
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=data_dir.parent,
        env={**clean, "CALLBACK_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT), **env},
        timeout=60,
    )


def test_run_without_tokens_is_a_console_debrief(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = (
        "/start\n/debrief\nThe Seagull\nNina\n1\n2\nblue shirt\n4\nthe monologue\n/skip\n/skip\n"
    )
    result = run_bot(["run"], data, stdin=script)
    assert result.returncode == 0, result.stderr
    assert "bot (not a person)" in result.stdout
    assert "Saved to your journal" in result.stdout
    assert "self-tape" in result.stdout  # [2] on the format step
    files = list((data / "users").glob("*.json"))
    assert len(files) == 1 and "The Seagull" in json.dumps(newest_on_disk(files[0]))
    assert result.stderr == ""  # logs went to the log file, not into the chat
    assert (data / "callback.log").exists()


def test_console_resumes_after_quitting(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_bot(["console"], data, stdin="/debrief\nKing Lear\n/quit\n")
    result = run_bot(["console"], data, stdin="/debrief\n1\n")
    assert "King Lear" in result.stdout and "2/9" in result.stdout


def test_a_restarted_console_puts_the_pending_choice_back(tmp_path: Path) -> None:
    """Numbered buttons do not survive a restart; the question comes back with them,
    so a bare "1" presses a button instead of getting a canned reply."""
    data = tmp_path / "data"
    run_bot(["console"], data, stdin="/debrief\nKing Lear\nCordelia\n/quit\n")
    result = run_bot(["console"], data, stdin="1\n")
    assert "Welcome back" in result.stdout and "3/9" in result.stdout
    assert "[1] Today" in result.stdout
    assert "4/9" in result.stdout and "[1] In the room" in result.stdout  # "1" pressed Today


def test_check_config_reports_ok(tmp_path: Path) -> None:
    result = run_bot(["check-config"], tmp_path / "data", TELEGRAM_BOT_TOKEN="123:SECRET")
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout and "telegram" in result.stdout
    assert "SECRET" not in result.stdout + result.stderr


def test_bad_config_is_explained(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[checkins]\nlocal_hour = 99\n")
    result = run_bot(["--config", str(cfg), "check-config"], tmp_path / "data")
    assert result.returncode == 2
    assert "checkins.local_hour" in result.stderr and "Traceback" not in result.stderr


def test_one_corrupt_journal_is_quarantined_and_start_up_goes_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "users").mkdir(parents=True)
    bad = data / "users" / "abc.json"
    bad.write_text("{torn")
    result = run_bot(["check-config", "--journals"], data)
    assert result.returncode == 0, result.stderr
    assert "0 readable, 1 would be set aside (abc.json)" in result.stdout
    assert "Traceback" not in result.stderr
    assert bad.read_text() == "{torn" and not (data / "quarantine").exists()  # changes nothing
    moved = run_bot(["quarantine", "check"], data)  # the operator sets them aside
    assert moved.returncode == 0 and "1 set aside" in moved.stdout, moved.stderr
    assert (data / "quarantine" / "abc.json").read_text() == "{torn"
    again = run_bot(["quarantine", "check"], data)  # once, not a new copy every time
    assert again.returncode == 0 and len(list((data / "quarantine").iterdir())) == 1
    listed = run_bot(["quarantine", "list"], data)
    assert "abc.json" in listed.stdout
    refused = run_bot(["quarantine", "restore", "abc.json"], data)
    assert refused.returncode == 3 and "not valid JSON" in refused.stderr


def test_corrupt_group_settings_still_stop_start_up_named(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "chats.json").write_text("{torn")
    result = run_bot(["check-config"], data)
    assert result.returncode == 3
    assert str(data / "chats.json") in result.stderr and "Traceback" not in result.stderr
    assert (data / "chats.json").read_text() == "{torn"


# -- a data folder that is missing, not a folder, or read-only ------------------------------

COMMANDS = (
    ["run"],
    ["console"],
    ["check-config"],
    ["import", "nothing.json"],
    ["quarantine", "list"],
    ["migrate-store", "--to", "elsewhere"],
)


def one_line_refusal(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_a_data_path_that_is_a_file_stops_every_command_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder")
    for args in (*COMMANDS, ["export", "--out", str(tmp_path / "out")]):
        assert "is not a folder" in one_line_refusal(run_bot(args, data)), args


def test_export_from_a_missing_folder_says_so(tmp_path: Path) -> None:
    result = run_bot(["export", "--out", str(tmp_path / "out")], tmp_path / "data")
    assert "does not exist" in one_line_refusal(result)


def read_only(data: Path, args: list[str]) -> subprocess.CompletedProcess:
    """`python -m bot ...` with `data` mounted read-only (a private mount namespace)."""
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_BOT_TOKEN")}
    clean.pop("DATABASE_URL", None)
    bot = " ".join([sys.executable, "-m", "bot", *args])
    script = f"mount --bind {data} {data} && mount -o remount,bind,ro {data} && exec {bot}"
    return subprocess.run(
        ["unshare", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        cwd=data.parent,
        env={**clean, "CALLBACK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_a_read_only_data_folder_stops_writers_in_one_line_and_export_still_works(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    script = "/debrief\nKing Lear\nCordelia\n1\n2\nblue shirt\n4\nthe storm\n/skip\n/skip\n"
    made = run_bot(["console"], data, stdin=script)
    assert made.returncode == 0, made.stderr
    probe = subprocess.run(
        ["unshare", "--mount", "sh", "-c", f"mount --bind {data} {data}"], capture_output=True
    )
    if probe.returncode != 0:
        import pytest

        pytest.skip(f"no private mount namespace here to make a read-only folder: {probe.stderr!r}")
    for args in COMMANDS:
        assert "read-only" in one_line_refusal(read_only(data, args)), args
    out = tmp_path / "rescued"
    result = read_only(data, ["export", "--out", str(out)])
    assert result.returncode == 0, result.stderr
    [exported] = list(out.glob("*.json"))
    assert "King Lear" in exported.read_text()
    assert oct(out.stat().st_mode & 0o777) == "0o700"
    assert oct(exported.stat().st_mode & 0o777) == "0o600"


def test_temp_copies_left_by_a_kill_are_removed_at_start_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_bot(["console"], data, stdin="/start\n/quit\n")
    stale = data / "users" / ".abc.json.999.tmp"
    fresh = data / "users" / ".def.json.998.tmp"
    stale.write_text("a whole journal, personal data")
    fresh.write_text("a write in progress")
    os.utime(stale, (os.path.getmtime(stale) - 120,) * 2)
    run_bot(["console"], data, stdin="/quit\n")
    assert not stale.exists() and fresh.exists()


def test_a_button_copied_as_shown_or_by_its_words_is_pressed(tmp_path: Path) -> None:
    """ "[1]" at "carry on or start over?" was taken by the debrief's date step as the 1st of
    the month; a button's number as shown, or its words typed out, press it."""
    data = tmp_path / "data"
    run_bot(["console"], data, stdin="/debrief\nKing Lear\nCordelia\n/quit\n")
    result = run_bot(["console"], data, stdin="/debrief\n[1]\n")
    after = result.stdout.split("Carry on where you left off")[-1]
    assert "3/9" in after and "4/9" not in after  # the date is asked, not answered
    again = run_bot(["console"], tmp_path / "other", stdin="/debrief\nHamlet\n/debrief\ncarry on\n")
    after = again.stdout.split("Carry on where you left off")[-1]
    assert "2/9" in after and "1/9" not in after
