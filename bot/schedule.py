"""APScheduler glue: wake up every minute, send what the store says is due.

The store is the schedule. APScheduler runs one job in the bot's event loop
that reads the due index, so a restart loses nothing and needs no job
persistence of its own. Every send is claimed in the store first (pending ->
sending), so a crash right after a send can lose a message but can never
repeat one. Fan-out goes through a per-platform limiter that paces sends
below the platform's flood limits instead of bouncing off 429s.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot import metrics
from bot.clock import iso
from bot.events import Address, DailyQuote, Platform, Reply
from bot.pacing import PREPAID, PriorityPacer
from bot.store import ChatSettings, CheckIn, CorruptStoreError, DueEntry
from bot.store.base import Chats, Conversations, Identities, Journal, Schedule, parse_due

log = logging.getLogger(__name__)

#: Sends per second we allow ourselves, a little under each platform's limit:
#: Telegram ~30 messages/s overall; Discord 50 requests/s per bot.
RATES: dict[Platform, float] = {
    Platform.TELEGRAM: 29.0,
    Platform.DISCORD: 45.0,
    Platform.CONSOLE: 1000.0,
}


#: Check-ins claimed and not yet sent, at most: what a crash mid-fan-out can lose.
IN_FLIGHT = 12
#: A check-in whose send failed is tried again after this, then twice as long each time,
#: while it is still within the grace period.
RETRY_BACKOFF = timedelta(minutes=2)
SENT, REFUSED, FAILED = "sent", "refused", "failed"


class SchedulerStore(Conversations, Journal, Schedule, Identities, Chats, Protocol):
    """The store roles the scheduler uses (not the operator's)."""


class Messages(Protocol):
    """What the scheduler needs from the engine: the words to send, and how late is too late."""

    @property
    def grace(self) -> timedelta: ...

    def checkin_message(self, user_key: str, checkin: CheckIn) -> list[Reply] | None: ...

    def checkin_delivered(self, user_key: str, checkin: CheckIn) -> None: ...

    def daily_quote(self, chat: ChatSettings) -> DailyQuote: ...


class Outbox(Protocol):
    """What an adapter offers the scheduler: send to a person, or to a group/channel."""

    async def send_private(self, user_id: str, replies: list[Reply]) -> bool: ...

    async def send_chat(self, chat_id: str, replies: list[Reply]) -> bool: ...


@dataclass
class RunReport:
    sent: int = 0
    missed: int = 0
    skipped: int = 0
    quotes: int = 0
    #: Sends that failed and were planned again.
    retried: int = 0
    failed: list[str] = field(default_factory=list)


class Scheduler:
    def __init__(
        self,
        engine: Messages,
        store: SchedulerStore,
        outboxes: dict[Platform, Outbox],
        *,
        clock: Callable[[], datetime] | None = None,
        rates: dict[Platform, float] | None = None,
        tick_seconds: int = 60,
    ) -> None:
        self.engine = engine
        self.store = store
        self.outboxes = outboxes
        self.clock = clock or (lambda: datetime.now(UTC))
        self.rates = rates or RATES
        self.tick_seconds = tick_seconds
        self.pacers: dict[Platform, PriorityPacer] = {}
        self._in_flight = asyncio.Semaphore(IN_FLIGHT)
        self.aps = AsyncIOScheduler(timezone=UTC)
        self._lock = asyncio.Lock()

    async def start(self) -> RunReport:
        """Catch up on what fell due while we were down, then tick every minute."""
        report = await self.run_due()
        self.aps.add_job(
            self.run_due,
            CronTrigger(
                second="0" if self.tick_seconds >= 60 else f"*/{self.tick_seconds}",
                timezone=UTC,
            ),
            id="tick",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,  # a late tick still runs; the grace policy is ours
        )
        self.aps.start()
        log.info("scheduler started: %d sent, %d missed on catch-up", report.sent, report.missed)
        return report

    def shutdown(self) -> None:
        if self.aps.running:
            self.aps.shutdown(wait=False)

    # -- one tick -----------------------------------------------------------

    async def run_due(self) -> RunReport:
        """Send every due check-in and daily quote once; safe to call at any time.

        One person's failure (an unreadable journal, a send that raises) never
        stops the others: every job runs, and the index rows of those that
        finished are retired. A row whose job failed for a passing reason (a
        full disk) stays and is tried again next minute.
        """
        async with self._lock:
            now = self.clock()
            report = RunReport()
            # With many workers on one database, one of them sends (the platform
            # limits are per bot); the others take over within a minute if it dies.
            if not await asyncio.to_thread(self.store.sender_lease):
                return report
            jobs: list[Awaitable[None]] = []
            owners: list[tuple[str, tuple[str, str]] | None] = []
            handled_by_shard: dict[str, set[tuple[str, str]]] = {}
            late: dict[str, list[DueEntry]] = {}
            for shard, entries in self.store.due_entries(now):
                for entry in entries:
                    due = parse_due(entry.due)
                    if due is not None and due > now:
                        continue
                    row = (entry.user_key, entry.checkin_id)
                    handled_by_shard.setdefault(shard, set()).add(row)
                    if due is None:
                        log.error("dropped an index row with an unreadable due time")
                    elif now - due > self.engine.grace:
                        late.setdefault(entry.user_key, []).append(entry)
                    else:
                        jobs.append(self._checkin(entry, False, report))
                        owners.append((shard, row))
            # Too late to send: one turn per person, however many (a catch-up after a long
            # stop, or an old journal imported, opens each journal once, not once a row).
            for user_key, entries in late.items():
                jobs.append(asyncio.to_thread(self._miss_all, user_key, entries, report))
                owners.append(None)
            for chat in self.store.list_chats():
                if self._quote_due(chat, now):
                    jobs.append(self._quote(chat, now, report))
                    owners.append(None)
            results = await asyncio.gather(*jobs, return_exceptions=True)
            for owner, result in zip(owners, results, strict=True):
                if not isinstance(result, BaseException):
                    continue
                log.error("scheduled job failed", exc_info=result)
                report.failed.append(owner[1][0] if owner else "daily quote")
                if owner is not None and not isinstance(result, CorruptStoreError):
                    handled_by_shard[owner[0]].discard(owner[1])  # try again next minute
            for shard, handled in handled_by_shard.items():
                if handled:
                    self.store.retire_due(shard, handled)
            _count(report, backlog=len(owners) - sum(o is None for o in owners))
            return report

    async def _checkin(self, entry: DueEntry, too_late: bool, report: RunReport) -> None:
        """Take the send slot, then claim, then send: never a batch claimed up front.

        At most IN_FLIGHT check-ins are being worked on at once. Each waits for its
        slot from the platform's pacer (the adapter's, so replies are never held up)
        before it is claimed (pending -> sending), so a claimed check-in is one whose
        message is being built or is on the wire: a crash loses at most those, and
        everything still waiting is pending and goes out after a restart.
        """
        async with self._in_flight:
            # Routing happens here too, not for the whole batch up front: thousands of
            # queued store reads would stand in front of every claim and every "sent".
            route = await asyncio.to_thread(self._route, entry, too_late, report)
            if route is None:
                return
            platform, user_id = route
            slot = await self.pacer(platform).acquire(bulk=True, track=True)
            try:
                replies = await asyncio.to_thread(self._claim_and_build, entry)
                if replies is None:
                    return  # handled meanwhile; its slot goes unused
                held = PREPAID.set(slot)  # the adapter's first acquire uses this slot
                try:
                    send = self.outboxes[platform].send_private(user_id, replies)
                    outcome = await self._try_send(send, entry.user_key, report)
                finally:
                    PREPAID.reset(held)
            finally:
                slot.done()  # the adapter marks it when answered; a no-op then
            await asyncio.to_thread(self._settle, entry, outcome)
        if outcome == SENT:
            report.sent += 1
        elif outcome == REFUSED:
            report.skipped += 1
        else:
            report.retried += 1

    def _settle(self, entry: DueEntry, outcome: str) -> None:
        """After the send: only a delivered check-in counts as sent and takes the person's
        next words as its answer; a failed one is tried again while it is still on time."""
        key = entry.user_key
        checkin = self.store.get_checkin(key, entry.checkin_id)
        if outcome == SENT:
            if checkin is not None:
                self.engine.checkin_delivered(key, checkin)
            self._move(entry, "sent", "sending")
            return
        if outcome == REFUSED or checkin is None:
            self._move(entry, "skipped", "sending")
            return
        now = self.clock()
        first = parse_due(checkin.first_due or checkin.due) or now
        wait = RETRY_BACKOFF * 2**checkin.tries
        if not self._move(entry, "failed", "sending"):
            return
        if now + wait - first > self.engine.grace:
            log.warning("a check-in could not be delivered in time; given up")
            return
        again = replace(
            checkin,
            id=secrets.token_hex(4),
            due=iso(now + wait),
            status="pending",
            tries=checkin.tries + 1,
            first_due=checkin.first_due or checkin.due,
            updated_at=iso(now),
        )
        self.store.add_checkins(key, [again])

    def _miss_all(self, user_key: str, entries: list[DueEntry], report: RunReport) -> None:
        try:
            with self.store.turn(user_key):
                for entry in entries:
                    if self._move(entry, "missed"):
                        report.missed += 1
        except CorruptStoreError:
            log.error("a journal could not be read while marking missed check-ins")

    def pacer(self, platform: Platform) -> PriorityPacer:
        """The platform's shared send budget (the adapter's, so replies can go first)."""
        pacer = getattr(self.outboxes.get(platform), "pacer", None)
        if isinstance(pacer, PriorityPacer):
            return pacer
        return self.pacers.setdefault(platform, PriorityPacer(self.rates[platform]))

    def _move(self, entry: DueEntry, to: str, frm: str = "pending") -> bool:
        stamp = iso(self.clock())
        return self.store.transition_checkin(
            entry.user_key, entry.checkin_id, from_status=frm, to_status=to, now=stamp
        )

    def _route(
        self, entry: DueEntry, too_late: bool, report: RunReport
    ) -> tuple[Platform, str] | None:
        """Where this check-in would go; None when there is nothing to send. No claim yet."""
        if too_late:
            if self._move(entry, "missed"):
                report.missed += 1
            return None
        key = entry.user_key
        user = self.store.get_user(key)
        checkin = self.store.get_checkin(key, entry.checkin_id)
        if user is None or checkin is None or checkin.status != "pending":
            return None  # forgotten user, orphan index row, or already handled
        # A linked actor is messaged wherever they talked to the bot last, and only
        # there if that identity is theirs: never someone else's, whatever a file says.
        address = Address.parse(self._own_identity(key, user.last_seen))
        if (
            address is None
            or address.platform not in self.outboxes
            or not user.active
            or user.checkins_paused
        ):
            if self._move(entry, "skipped"):
                report.skipped += 1
            return None
        return address.platform, address.id

    def _own_identity(self, key: str, last_seen: str | None) -> str:
        if last_seen is None or last_seen == key:
            return key
        if self.store.get_alias(last_seen) == key:
            return last_seen
        log.error("a journal names an identity that is not linked to it; sending to its own")
        return key

    def _claim_and_build(self, entry: DueEntry) -> list[Reply] | None:
        """Claim (pending -> sending) and build the message, right before it is sent."""
        key = entry.user_key
        checkin = self.store.get_checkin(key, entry.checkin_id)
        if checkin is None or not self._move(entry, "sending"):
            return None  # handled meanwhile (an outcome, a forget, another worker)
        replies = self.engine.checkin_message(key, checkin)
        if replies is None:
            self._move(entry, "cancelled", "sending")
            return None
        return replies

    # -- daily quotes -------------------------------------------------------

    def _quote_due(self, chat: ChatSettings, now: datetime) -> bool:
        if not (chat.daily_quote and chat.active):
            return False
        local = now.astimezone(ZoneInfo(chat.timezone))
        at = _scheduled(local.date(), chat)
        return at <= now and now - at <= self.engine.grace and chat.last_sent != str(local.date())

    async def _quote(self, chat: ChatSettings, now: datetime, report: RunReport) -> None:
        address = Address.parse(chat.chat_key)
        outbox = self.outboxes.get(address.platform) if address else None
        if address is None or outbox is None:
            return
        platform, chat_id = address.platform, address.id
        quote = self.engine.daily_quote(chat)
        local_day = str(now.astimezone(ZoneInfo(chat.timezone)).date())
        if not self.store.claim_daily(chat.chat_key, local_day, quote.id, set(quote.pool)):
            return
        if not isinstance(getattr(outbox, "pacer", None), PriorityPacer):
            await self.pacer(platform).acquire(bulk=True)
        ok = await self._safe_send(outbox.send_chat(chat_id, [quote.reply]), chat.chat_key, report)
        if ok:
            report.quotes += 1
        else:
            fresh = self.store.get_chat(chat.chat_key)
            if fresh is not None:
                fresh.active = False  # removed from the group: stop until re-enabled
                self.store.save_chat(fresh)

    @staticmethod
    async def _safe_send(send: Awaitable[bool], key: str, report: RunReport) -> bool:
        """One failing send must not stop the others in the batch."""
        return await Scheduler._try_send(send, key, report) == SENT

    @staticmethod
    async def _try_send(send: Awaitable[bool], key: str, report: RunReport) -> str:
        """SENT; REFUSED (the platform said no for good: blocked, removed); or FAILED
        (an error on the way, a 5xx: worth another try)."""
        try:
            return SENT if await send else REFUSED
        except Exception:
            log.exception("scheduled send failed")
            report.failed.append(key)
            return FAILED


def _count(report: RunReport, backlog: int) -> None:
    metrics.DUE_BACKLOG.set(backlog)
    for outcome, n in (
        ("sent", report.sent),
        ("missed", report.missed),
        ("skipped", report.skipped),
        ("failed", len(report.failed)),
    ):
        if n:
            metrics.SCHEDULED.labels(outcome).inc(n)


def _scheduled(day: date, chat: ChatSettings) -> datetime:
    hour, minute = (int(x) for x in chat.quote_time.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(chat.timezone))
