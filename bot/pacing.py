"""The bot's bulk budget: scheduled sends are paced, replies never wait for it.

Telegram's ~30 messages a second is a limit on bulk notifications to many
people; a reply to someone who just wrote is bounded by the per-chat limit
(python-telegram-bot's rate limiter keeps groups at 20 a minute), not by the
bulk budget. So a reply goes at once, whatever fan-out is under way, and is
counted: scheduled sends (check-ins, daily quotes) take only the slots replies
left in the rolling second, so the two together stay under the limit whenever
replies alone do.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque


class PriorityPacer:
    """Evenly spaced bulk slots at `rate` per second, around the replies already sent.

    Never more than `rate` messages (replies included) in any rolling second when a
    bulk send is granted, counted when granted: a message resumes a few milliseconds
    after its slot, and a busy loop can bunch two of them, so the spacing alone
    leaves too thin a margin under a hard limit.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.per_second = max(1, int(rate))
        self._granted: deque[float] = deque()
        self._next = 0.0
        self._bulk: deque[asyncio.Future[None]] = deque()
        self._timer: asyncio.TimerHandle | None = None

    async def acquire(self, *, bulk: bool) -> None:
        """A reply is counted and goes now; a bulk send waits for a free slot (a cancelled
        waiter gives its place back)."""
        loop = asyncio.get_running_loop()
        if not bulk:
            now = time.monotonic()
            self._forget_before(now - 1.0)
            self._granted.append(now)
            self._next = max(self._next, now + self.interval)
            return
        future: asyncio.Future[None] = loop.create_future()
        self._bulk.append(future)
        self._schedule(loop)
        await future

    def waiting(self) -> int:
        """Scheduled sends waiting for a slot, for metrics and tests."""
        return sum(not f.done() for f in self._bulk)

    def _forget_before(self, cutoff: float) -> None:
        while self._granted and self._granted[0] <= cutoff:
            self._granted.popleft()

    def _free_at(self, now: float) -> float:
        """The earliest moment a bulk send may go: spaced, and under the rolling cap."""
        self._forget_before(now - 1.0)
        start = self._next
        if len(self._granted) >= self.per_second:
            start = max(start, self._granted[-self.per_second] + 1.0)
        return start

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None:
            return
        now = time.monotonic()
        self._timer = loop.call_later(max(0.0, self._free_at(now) - now), self._grant, loop)

    def _grant(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        now = time.monotonic()
        if self._free_at(now) > now:  # replies took the slot meanwhile: wait for the next
            self._schedule(loop)
            return
        while self._bulk:
            future = self._bulk.popleft()
            if not future.done():
                future.set_result(None)
                self._granted.append(now)
                self._next = now + self.interval
                break
        if self._bulk:
            self._schedule(loop)
