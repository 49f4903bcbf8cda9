"""One send budget per bot, shared by replies and scheduled sends, replies first.

Telegram allows a bot about 30 messages a second in all. Check-ins go out in
bursts (a timezone's whole evening at once); if they took the whole budget,
a person answering a debrief would wait minutes for each reply. Here every
message takes a slot from one pacer; whenever a reply and a scheduled send
both wait, the reply goes first, and scheduled sends use what is left.

The hard limit is counted the way the platform counts it: messages arriving
in any one second. A slot's message arrives some time between the grant and
the answer, so a tracked slot counts from its grant until one second after
its request was answered (`Slot.done`): then no one-second window can hold
more than `per_second` arrivals, whatever the network's jitter. A 429 holds
every slot for its retry_after, and the retry takes a slot like a first try.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass(eq=False)
class Slot:
    granted: float
    #: When its request was answered; None while it is on the wire.
    finished: float | None = None
    pacer: PriorityPacer | None = field(default=None, repr=False)

    def done(self) -> None:
        """The request was answered (or will not be made): the slot starts to expire."""
        if self.finished is None:
            self.finished = time.monotonic()
            if self.pacer is not None:
                self.pacer._wake()


#: A slot this task already holds: the scheduler takes a check-in's send slot before it
#: claims the check-in, and the adapter's first acquire then uses that one.
PREPAID: contextvars.ContextVar[Slot | None] = contextvars.ContextVar("prepaid_slot", default=None)


class PriorityPacer:
    """Evenly spaced slots at `rate` per second, waiting replies before waiting bulk, and
    never more than `per_second` slots live in any second (see the module docstring)."""

    def __init__(self, rate: float, per_second: int | None = None) -> None:
        self.interval = 1.0 / rate
        self.per_second = per_second or max(1, int(rate))
        self._live: deque[Slot] = deque()
        self._next = 0.0
        self._replies: deque[tuple[asyncio.Future[Slot], bool]] = deque()
        self._bulk: deque[tuple[asyncio.Future[Slot], bool]] = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        #: Waiting for a slot on the wire to be answered before anything else can go.
        self._blocked = False

    async def acquire(self, *, bulk: bool, track: bool = False) -> Slot:
        """Wait for a slot; a cancelled waiter gives its place back.

        With `track`, the caller calls `done()` when its request is answered; an
        untracked slot counts as answered the moment it is granted.
        """
        if bulk and (held := PREPAID.get()) is not None:
            PREPAID.set(None)
            return held
        loop = self._loop = asyncio.get_running_loop()
        future: asyncio.Future[Slot] = loop.create_future()
        (self._bulk if bulk else self._replies).append((future, track))
        self._schedule(loop)
        try:
            return await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                future.result().done()  # granted, then cancelled: the slot goes unused
            raise

    def hold(self, seconds: float) -> None:
        """The platform said "too many" (a 429 with retry_after): no slot is granted for
        this long, to anyone."""
        until = time.monotonic() + max(0.0, seconds)
        if until <= self._next:
            return
        self._next = until
        if self._timer is not None and self._loop is not None:
            self._timer.cancel()
            self._timer = None
            self._schedule(self._loop)

    def waiting(self) -> tuple[int, int]:
        """(replies, scheduled sends) waiting for a slot, for metrics and tests."""
        return (
            sum(not f.done() for f, _ in self._replies),
            sum(not f.done() for f, _ in self._bulk),
        )

    def _wake(self) -> None:
        if self._blocked and self._loop is not None:
            self._blocked = False
            self._schedule(self._loop)

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._timer is not None or self._blocked:
            return
        now = time.monotonic()
        self._live = deque(s for s in self._live if s.finished is None or s.finished > now - 1.0)
        live = self._live
        start = self._next
        if len(live) >= self.per_second:
            answered = [s.finished for s in live if s.finished is not None]
            if not answered:
                self._blocked = True  # every live slot is on the wire: `done` wakes us
                return
            start = max(start, min(answered) + 1.0)
        self._timer = loop.call_later(max(0.0, start - now), self._grant, loop)

    def _grant(self, loop: asyncio.AbstractEventLoop) -> None:
        self._timer = None
        for queue in (self._replies, self._bulk):
            while queue:
                future, track = queue.popleft()
                if not future.done():
                    now = time.monotonic()
                    slot = Slot(now, None if track else now, self)
                    self._live.append(slot)
                    future.set_result(slot)
                    self._next = now + self.interval
                    if self._replies or self._bulk:
                        self._schedule(loop)
                    return
