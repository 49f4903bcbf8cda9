"""Operator endpoints: /healthz, /readyz and /metrics on a port of their own, and
the private calendar subscriptions (/calendar/<token>.ics) people get with
`/calendar link` when `[ops] public_url` says where this port is reached.

Off unless `[ops] port` is set; never in the console. Liveness says the process
answers; readiness says this worker can serve a person right now (its store
answers and every platform it runs is connected), so a load balancer or an
orchestrator sends traffic only to workers that can use it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics
from bot.calendar import calendar_bytes, link_owner
from bot.clock import utc_now
from bot.store import Store

log = logging.getLogger(__name__)

#: A readiness probe that waits longer than this for the store says "not ready".
STORE_TIMEOUT = 3.0


class OpsServer:
    def __init__(
        self,
        store: Store,
        platforms: dict[str, Callable[[], bool]],
        *,
        host: str = "127.0.0.1",
        port: int = 9090,
    ) -> None:
        self.store = store
        self.platforms = platforms
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        app.router.add_get("/metrics", self.metrics)
        app.router.add_get("/calendar/{token}.ics", self.calendar)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        log.info("operator endpoints on %s:%d: /healthz /readyz /metrics", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def readyz(self, request: web.Request) -> web.Response:
        problems = []
        try:
            await asyncio.wait_for(asyncio.to_thread(self.store.check_shared), STORE_TIMEOUT)
        except Exception as exc:  # any failure means "not ready", with its kind, never its text
            problems.append(f"store: {type(exc).__name__}")
        for name, connected in self.platforms.items():
            if not connected():
                problems.append(f"{name}: not connected")
        body = json.dumps({"ready": not problems, "problems": problems}) + "\n"
        return web.Response(
            status=503 if problems else 200, text=body, content_type="application/json"
        )

    async def calendar(self, request: web.Request) -> web.Response:
        """A person's upcoming auditions, for their calendar app: only with their live
        token. A wrong, revoked or malformed token gets the same 404 as no calendar."""
        token = request.match_info.get("token", "")

        def read() -> bytes | None:
            owner = link_owner(self.store.load_links(), token)
            user = self.store.get_user(owner) if owner else None
            return calendar_bytes(user, utc_now()) if user is not None else None

        try:
            body = await asyncio.to_thread(read)
        except Exception:
            log.warning("calendar request failed", exc_info=True)
            return web.Response(status=503, text="unavailable\n")
        if body is None:
            return web.Response(status=404, text="not found\n")
        return web.Response(
            body=body,
            headers={"Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private"},
        )

    async def metrics(self, request: web.Request) -> web.Response:
        quarantined = await asyncio.to_thread(self.store.quarantined)
        metrics.QUARANTINED.set(len(quarantined))
        return web.Response(
            body=generate_latest(metrics.REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )
