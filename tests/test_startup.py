"""Start-up trains nothing and check-config changes nothing.

The matcher used to train its classifier at every start (32 s on a busy machine);
the model now ships trained (bot/models/). These run the real start-up in a child
process with the training stack made unimportable, so any training at start-up
is an ImportError, not a slow test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

START = textwrap.dedent(
    """
    import sys, importlib.abc

    class Refuse(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("torch", "training", "sklearn"):
                raise ImportError(f"{name} imported at start-up")
            return None

    sys.meta_path.insert(0, Refuse())
    from pathlib import Path
    from bot.app import build_app
    from bot.config import Config
    from bot.events import ChatKind, Incoming, Platform, Who

    app = build_app(Config(data_dir=Path(sys.argv[1])))
    who = Who(Platform.CONSOLE, "s", "s", ChatKind.PRIVATE)
    replies = app.engine.handle(Incoming.parse_text(who, "I was so nervous my hands shook"))
    print(replies[0].template, app.engine.safety.scorer is not None)
    """
)


def test_start_up_trains_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    template, scored = done.stdout.split()
    assert template == "encouragement" and scored == "True"  # the shipped model answered


def test_check_config_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "not-yet"
    env = {**os.environ, "CALLBACK_DATA_DIR": str(data)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    env.pop("DISCORD_BOT_TOKEN", None)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check-config"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not created yet" in done.stdout and done.stdout.rstrip().endswith("OK")
    assert not data.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_warm_up_still_drawing_is_stopped_at_exit(monkeypatch, tmp_path) -> None:
    """Exit waits for the warm-up thread; it must not wait for a picture nobody sees
    (a child that would take 30 s here)."""
    import threading
    import time

    import bot.journal as journal

    slow = tmp_path / "slow-python"
    slow.write_text("#!/bin/sh\nexec sleep 30\n")
    slow.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(slow))
    monkeypatch.setattr(journal, "_WARM_ENOUGH", threading.Event())
    failures: list[BaseException] = []

    def warm() -> None:
        try:
            journal.warm_chart()
        except BaseException as exc:  # the thread's outcome, checked below
            failures.append(exc)

    thread = threading.Thread(target=warm)
    thread.start()
    deadline = time.monotonic() + 10
    while not journal._WARM_CHILD and time.monotonic() < deadline:
        time.sleep(0.01)
    assert journal._WARM_CHILD, "the warm-up child never started"
    started = time.monotonic()
    journal.stop_warming()
    thread.join(timeout=10)
    assert not thread.is_alive() and time.monotonic() - started < 5
    assert failures == []  # stopped on purpose is not a failure
    assert journal._WARM_CHILD == []


def test_the_warm_up_draws_nothing_beside_a_real_chart_or_at_exit(monkeypatch, tmp_path) -> None:
    """The warm-up draws a sample chart in a child so the first /stats finds matplotlib's
    font cache built; a sample drawn beside a real chart would only halve the speed of
    both, and at exit it is wasted time."""
    import threading
    from datetime import date

    import bot.journal as journal
    from bot.app import _join_warm_up

    drawn: list[Path] = []
    monkeypatch.setattr(
        journal, "_draw", lambda spec, warm_up=False: drawn.append(Path(spec["path"]))
    )
    monkeypatch.setattr(journal, "_WARM_ENOUGH", threading.Event())
    journal.warm_chart()
    assert len(drawn) == 1  # nothing else was drawing: the sample is drawn

    journal.render_chart([], date.today(), tmp_path / "stats.png")  # a real /stats
    journal.warm_chart()
    assert len(drawn) == 2  # the real chart only

    monkeypatch.setattr(journal, "_WARM_ENOUGH", threading.Event())
    _join_warm_up()  # what the process does at exit
    journal.warm_chart()
    assert len(drawn) == 2
