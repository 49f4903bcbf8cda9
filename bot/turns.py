"""Engine turns off the event loop, one person at a time, in the order they arrived.

The engine is synchronous: journal reads, an fsynced write, charts. Run on
the event loop it would stall Discord heartbeats and Telegram polling for
everyone while one person's answer is saved. Here every turn runs in a worker
thread. A per-person asyncio lock (FIFO) keeps one person's messages in order
and keeps a check-in from being prepared while that person's turn is under
way; the store's own per-person lock backs this up across threads.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import TypeVar

from bot.engine import Engine
from bot.events import Incoming, Reply

log = logging.getLogger(__name__)

T = TypeVar("T")
Deliver = Callable[[list[Reply]], Awaitable[object]]

#: Threads for engine work; store I/O and charts release the GIL for most of their time.
WORKERS = 8


class TurnRunner:
    def __init__(self, engine: Engine, *, workers: int = WORKERS) -> None:
        self.engine = engine
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="turn")
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def person(self, key: str) -> AsyncIterator[None]:
        """Hold this person's place; the lock is dropped once nobody waits for it."""
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    async def in_thread(self, fn: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    async def handle(self, event: Incoming, deliver: Deliver | None = None) -> list[Reply]:
        """Run one turn in a worker thread and deliver its replies, in this person's order."""
        async with self.person(event.who.identity_key):
            replies = await self.in_thread(self.engine.handle, event)
            if deliver is not None:
                await deliver(replies)
            return replies

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
