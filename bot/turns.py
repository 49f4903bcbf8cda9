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
import queue
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from bot.engine import Engine
from bot.events import Incoming, Reply

log = logging.getLogger(__name__)

T = TypeVar("T")
Deliver = Callable[[list[Reply]], Awaitable[object]]

#: Threads for engine work; store I/O and charts release the GIL for most of their time.
WORKERS = 8
#: Seconds before a turn counts as slow (Discord wants an answer to a slash command in 3).
SLOW_AFTER = 1.0


class TurnRunner:
    def __init__(self, engine: Engine, *, workers: int = WORKERS) -> None:
        self.engine = engine
        # A plain queue and long-lived threads: handing a turn over costs the loop one
        # put, where ThreadPoolExecutor.submit took ~70 us of bookkeeping each. At
        # 1,000 turns arriving at once that was the difference between an 80 ms and a
        # 16 ms stall of the loop.
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"turn-{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            fn, args, future, loop = job
            try:
                result = fn(*args)
            except BaseException as exc:  # delivered to the awaiting coroutine
                loop.call_soon_threadsafe(_settle, future, None, exc)
            else:
                loop.call_soon_threadsafe(_settle, future, result, None)

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
        future: asyncio.Future[T] = loop.create_future()
        self._jobs.put((fn, args, future, loop))
        return await future

    async def handle(
        self,
        event: Incoming,
        deliver: Deliver | None = None,
        on_slow: Callable[[], Awaitable[object]] | None = None,
    ) -> list[Reply]:
        """Run one turn in a worker thread and deliver its replies, in this person's order.

        A turn that takes longer than `SLOW_AFTER` (a first chart, a large export)
        calls `on_slow` once: the adapter shows the platform's own "working on it"
        sign, and Discord gets the answer it needs within three seconds.
        """
        async with self.person(event.who.identity_key):
            turn = asyncio.ensure_future(self.in_thread(self.engine.handle, event))
            if on_slow is not None:
                done, _ = await asyncio.wait({turn}, timeout=SLOW_AFTER)
                if not done:
                    try:
                        await on_slow()
                    except Exception as exc:  # a courtesy: never a reason to lose the turn
                        log.warning("could not show that a turn is under way: %r", exc)
            replies = await turn
            if deliver is not None:
                await deliver(replies)
            return replies

    def close(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)


_Job = tuple[
    Callable[..., Any], tuple[object, ...], "asyncio.Future[Any]", asyncio.AbstractEventLoop
]


def _settle(future: asyncio.Future[Any], result: object, error: BaseException | None) -> None:
    if future.cancelled():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
