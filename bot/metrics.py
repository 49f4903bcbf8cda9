"""What an operator watches: Prometheus metrics, counted where things happen.

The objects live in one registry of their own (not the client's global one), so a
test can read them and two apps in one process never collide. Counting is cheap
and always on; they are served only when `[ops] port` is set (bot/ops.py).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

TURNS = Counter(
    "callback_turns", "Engine turns handled, by platform.", ["platform"], registry=REGISTRY
)
TURN_SECONDS = Histogram(
    "callback_turn_seconds",
    "Time for one engine turn, including its durable write.",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=REGISTRY,
)
ERRORS = Counter(
    "callback_turn_errors",
    "Turns that ended in a kind error reply, by kind (internal, store, disk, ...).",
    ["kind"],
    registry=REGISTRY,
)
SENDS = Counter(
    "callback_sends",
    "Messages sent, by platform and kind (reply, scheduled, or uncertain: answered too late).",
    ["platform", "kind"],
    registry=REGISTRY,
)
RATE_LIMITED = Counter(
    "callback_rate_limited",
    "Responses of 429 (too many requests) from a platform.",
    ["platform"],
    registry=REGISTRY,
)
SCHEDULED = Counter(
    "callback_scheduled",
    "Check-ins handled by the scheduler, by outcome (sent, missed, skipped, failed).",
    ["outcome"],
    registry=REGISTRY,
)
DUE_BACKLOG = Gauge(
    "callback_due_backlog",
    "Check-ins due and not yet handled at the last scheduler tick.",
    registry=REGISTRY,
)
QUARANTINED = Gauge(
    "callback_quarantined_journals",
    "Journals set aside because they could not be read.",
    registry=REGISTRY,
)
