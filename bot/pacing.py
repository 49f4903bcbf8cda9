"""One send budget per bot, shared by replies and scheduled sends, replies first.

Telegram allows a bot about 30 messages a second in all. Check-ins go out in
bursts (a timezone's whole evening at once); if they took the whole budget,
a person answering a debrief would wait minutes for each reply. Here every
message takes a slot from one pacer; whenever a reply and a scheduled send
both wait, the reply goes first, and scheduled sends use what is left.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections import deque

#: Bulk slots this task already holds: the scheduler takes a check-in's send slot
#: before it claims the check-in, and the adapter's own acquire then uses that one.
PREPAID: contextvars.ContextVar[int] = contextvars.ContextVar("prepaid_slots", default=0)


class PriorityPacer:
    """Evenly spaced slots at `rate` per second; waiting replies before waiting bulk.

    Also never more than `rate` slots in any rolling second, counted when granted:
    a message resumes a few milliseconds after its slot, and a busy loop can bunch
    two of them, so the spacing alone leaves too thin a margin under a hard limit.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.per_second = max(1, int(rate))
        self._granted: deque[float] = deque()
        self._next = 0.0
        self._replies: deque[asyncio.Future[None]] = deque()
        self._bulk: deque[asyncio.Future[None]] = deque()
        self._timer: asyncio.TimerHandle | None = None

    async def acquire(self, *, bulk: bool) -> None:
        """Wait for a slot; a cancelled waiter gives its place back."""
        if bulk and (held := PREPAID.get()) > 0:
            PREPAID.set(held - 1)
            return
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        (self._bulk if bulk else self._replies).append(future)
        self._schedule(loop)
        await future

    def hold(self, seconds: float) -> None:
        """The platform said "too many" (a 429 with retry_after): no slot is granted for
        this long, to anyone. A retry then takes a slot like any first try, so a burst of
        retries can never go around the budget and cause the next 429."""
        until = time.monotonic() + max(0.0, seconds)
        if until <= self._next:
            return
        self._next = until
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
            self._schedule(asyncio.get_running_loop())

    def waiting(self) -> tuple[int, int]:
        """(replies, scheduled sends) waiting for a slot, for metrics and tests."""
        return (
            sum(not f.done() for f in self._replies),
            sum(not f.done() for f in self._bulk),
        )

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None:
            return
        now = time.monotonic()
        start = self._next
        while self._granted and self._granted[0] <= now - 1.0:
            self._granted.popleft()
        if len(self._granted) >= self.per_second:
            start = max(start, self._granted[0] + 1.0)
        self._timer = loop.call_later(max(0.0, start - now), self._grant, loop)

    def _grant(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        for queue in (self._replies, self._bulk):
            while queue:
                future = queue.popleft()
                if not future.done():
                    future.set_result(None)
                    now = time.monotonic()
                    self._granted.append(now)
                    self._next = now + self.interval
                    if self._replies or self._bulk:
                        self._schedule(loop)
                    return
