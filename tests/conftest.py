"""Shared fixtures: a real TinyDB store in a temp dir, a settable clock, and a chat helper."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import DEFAULT_RESOURCES
from bot.content import Encourager, RuleMatcher, load_library
from bot.engine import Engine
from bot.events import ChatKind, Incoming, Platform, Reply, Who
from bot.flows import debrief
from bot.render import Format, Renderer
from bot.store import TinyDBStore


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


@pytest.fixture
def store(data_dir: Path) -> TinyDBStore:
    return TinyDBStore(data_dir)


@pytest.fixture(scope="session")
def library():
    return load_library()


def make_engine(store: TinyDBStore, library, clock: Clock) -> Engine:
    encourager = Encourager(library, RuleMatcher(), store, seed=7)
    return Engine(
        store,
        encourager,
        help_resources=DEFAULT_RESOURCES,
        exports_dir=store.data_dir / "exports",
        clock=clock,
    )


@pytest.fixture
def engine(store: TinyDBStore, library, clock: Clock) -> Engine:
    return make_engine(store, library, clock)


def private_who(user: str = "u1", platform: Platform = Platform.CONSOLE) -> Who:
    return Who(platform, user, user, ChatKind.PRIVATE)


@pytest.fixture
def chat(engine: Engine) -> Chat:
    return Chat(engine, private_who())
