"""Wiring: config -> store -> content -> engine -> adapters, in one event loop.

Kept apart from the CLI so tests can build the exact object graph the bot
runs with, pointed at a temporary data directory.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.config import Config
from bot.content import Encourager, Library, RuleMatcher, load_library
from bot.engine import Engine
from bot.store import TinyDBStore

log = logging.getLogger(__name__)


@dataclass
class App:
    config: Config
    store: TinyDBStore
    library: Library
    engine: Engine


def build_app(config: Config, *, seed: int | None = None) -> App:
    """Open and check everything a user could hit, so problems surface before the first message."""
    store = TinyDBStore(config.data_dir)
    journals = store.check()
    library = load_library()
    encourager = Encourager(library, RuleMatcher(), store, seed=seed)
    engine = Engine(
        store,
        encourager,
        default_timezone=config.default_timezone,
        help_resources=config.help_resources,
    )
    log.info("store at %s holds %d journal(s)", config.data_dir, journals)
    return App(config=config, store=store, library=library, engine=engine)
