"""Wiring: config -> store -> content -> engine -> adapters, in one event loop.

Kept apart from the CLI so tests can build the exact object graph the bot
runs with, pointed at a temporary data directory.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import signal
import threading
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from bot.config import Config, ConfigError
from bot.content import Encourager, Library, Matcher, RuleMatcher, load_library
from bot.engine import Engine
from bot.events import Platform
from bot.flows.checkin import CheckinPolicy
from bot.safety import SafetyDetector
from bot.safety.detector import default_detector
from bot.schedule import Outbox, Scheduler
from bot.store import Store, open_store
from bot.turns import TurnRunner

log = logging.getLogger(__name__)


@dataclass
class App:
    config: Config
    store: Store
    library: Library
    engine: Engine
    #: Engine turns in worker threads, per person in order; shared by every adapter.
    runner: TurnRunner


def policy_from(config: Config) -> CheckinPolicy:
    return CheckinPolicy(
        days=config.checkin_days,
        hour=config.checkin_hour,
        quiet=config.quiet_hours,
        grace=timedelta(hours=config.grace_hours),
        spread=timedelta(minutes=config.spread_minutes),
        prep_hour=config.prep_hour,
        after=timedelta(hours=config.after_hours),
    )


def build_app(config: Config, *, seed: int | None = None, verify: bool = False) -> App:
    """Open everything a user could hit, so problems surface before the first message.

    Journals are not all read at start-up: each is verified when first opened and
    quarantined then if it is unreadable, so start-up time does not grow with the
    number of people. `verify=True` (check-config) reads every one now.
    """
    store = open_store(
        config.data_dir, config.database_url, max_journal_bytes=config.max_journal_bytes
    )
    problem = store.writable()
    if problem:
        raise ConfigError(f"{'database' if config.database_url else 'data_dir'}: {problem}")
    store.check_shared()
    journals = store.check() if verify else store.journal_count()
    library = load_library()
    encourager = Encourager(library, make_matcher(config), store, seed=seed)
    engine = Engine(
        store,
        encourager,
        default_timezone=config.default_timezone,
        help_resources=config.help_resources,
        policy=policy_from(config),
        exports_dir=config.data_dir / "exports",
        safety=default_detector() if config.safety_learned else SafetyDetector(None),
        calendar_base=config.public_url if config.ops_port else None,
    )
    where = "PostgreSQL" if config.database_url else str(config.data_dir)
    log.info("store at %s holds %d journal(s)", where, journals)
    _start_warm_up()
    return App(
        config=config, store=store, library=library, engine=engine, runner=TurnRunner(engine)
    )


_WARMING: list[threading.Thread] = []


def _start_warm_up() -> None:
    """Off the event loop, beside start-up. Joined at exit: a process that stops at once
    (a rejected token) must not tear down while native code runs in this thread (seen:
    "terminate called without an active exception", exit -6, on a loaded machine)."""
    thread = threading.Thread(target=_warm_up, name="warm-up", daemon=True)
    if not _WARMING:
        atexit.register(_join_warm_up)
    _WARMING.append(thread)
    thread.start()


def _join_warm_up() -> None:
    from bot.journal import stop_warming

    stop_warming()
    for thread in _WARMING:
        thread.join(timeout=10)


def _warm_up() -> None:
    """What the first replies would otherwise wait for (the chart's library, the model's
    tokenizer path), prepared beside the bot as it starts."""
    try:
        from bot.journal import warm_chart

        warm_chart()
    except Exception:  # a warm-up is a courtesy; the real /stats reports its own errors
        log.warning("warm-up of the chart failed", exc_info=True)


def make_matcher(config: Config) -> Matcher:
    """The configured theme matcher; the rules alone if the sentence model cannot load."""
    if config.matcher == "rules":
        return RuleMatcher()
    try:
        from bot.content.learned import HybridMatcher, LearnedMatcher

        if config.matcher == "english":  # an operator's choice: a quarter of the CPU time
            return HybridMatcher(RuleMatcher(), LearnedMatcher(second=None))
        return HybridMatcher(RuleMatcher(), LearnedMatcher())
    except (ImportError, OSError, ValueError, KeyError):
        log.exception("learned matcher unavailable; using the rules alone")
        return RuleMatcher()


class Adapter(Outbox, Protocol):
    platform: Platform

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    def connected(self) -> bool:
        """For /readyz: this platform can receive and send right now."""
        ...


def make_adapters(app: App, platforms: list[str]) -> list[Adapter]:
    """Import platform libraries only for the platforms that will run."""
    adapters: list[Adapter] = []
    if "telegram" in platforms:
        from bot.adapters.telegram import TelegramAdapter

        adapters.append(TelegramAdapter(app.engine, app.config.telegram, app.runner))
    if "discord" in platforms:
        from bot.adapters.discord import DiscordAdapter

        adapters.append(DiscordAdapter(app.engine, app.config.discord, app.runner))
    return adapters


async def run_platforms(app: App, platforms: list[str], stop: asyncio.Event | None = None) -> None:
    """Run every adapter in this one event loop until SIGINT/SIGTERM (or `stop`) arrives."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - non-Unix
            pass
    adapters = make_adapters(app, platforms)
    started: list[Adapter] = []
    scheduler = Scheduler(
        app.engine,
        app.store,
        {a.platform: a for a in adapters},
        tick_seconds=app.config.tick_seconds,
    )
    ops = None
    if app.config.ops_port is not None:
        from bot.ops import OpsServer

        ready = {a.platform.value: a.connected for a in adapters}
        ops = OpsServer(app.store, ready, host=app.config.ops_host, port=app.config.ops_port)
        await ops.start()  # first: /healthz answers while the platforms connect
    try:
        for adapter in adapters:
            await adapter.start()
            started.append(adapter)
        await scheduler.start()
        log.info("running: %s", ", ".join(platforms))
        await stop.wait()
    finally:
        scheduler.shutdown()
        for adapter in reversed(started):
            await adapter.stop()
        if ops is not None:
            await ops.stop()


async def run_console(app: App) -> None:
    """The console chat, with the scheduler beside it so check-ins show up in the terminal."""
    from bot.adapters.console import ConsoleAdapter

    console = ConsoleAdapter(app.engine)
    scheduler = Scheduler(app.engine, app.store, {Platform.CONSOLE: console})
    await scheduler.start()
    try:
        await console.run()
    finally:
        scheduler.shutdown()
