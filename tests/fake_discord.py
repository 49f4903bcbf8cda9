"""A local fake of Discord: REST API and gateway websocket on 127.0.0.1.

discord.py logs in over REST, asks /gateway/bot where to connect, and opens a
real websocket here: HELLO, IDENTIFY, READY, heartbeats. Tests then dispatch
gateway events (MESSAGE_CREATE, INTERACTION_CREATE) and read back the REST
calls the bot made. Failures are injected per route name: `fail_next["send"] = [403]`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = 700000000000000001
BOT_USER = {
    "id": str(APP_ID),
    "username": "Callback",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
    "flags": 0,
}


@dataclass
class Call:
    name: str
    path: str
    body: dict[str, Any]
    status: int


def user(uid: int) -> dict[str, Any]:
    return {
        "id": str(uid),
        "username": f"actor{uid}",
        "discriminator": "0",
        "global_name": f"Actor {uid}",
        "avatar": None,
    }


class FakeDiscord:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.messages: dict[int, dict[str, Any]] = {}
        self.fail_next: dict[str, list[int]] = {}
        self._ids = itertools.count(900000000000000000)
        self._seq = itertools.count(1)
        self._ws: web.WebSocketResponse | None = None
        self._identified = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.base = ""

    # -- server ---------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def next_id(self) -> int:
        return next(self._ids)

    # -- gateway --------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            if data["op"] == 1:
                await ws.send_json({"op": 11})
            elif data["op"] == 2:
                ready = {
                    "v": 10,
                    "user": BOT_USER,
                    "guilds": [],
                    "session_id": "s1",
                    "resume_gateway_url": self.base.replace("http", "ws") + "/gateway",
                    "application": {"id": str(APP_ID), "flags": 0},
                }
                await self.dispatch("READY", ready)
                self._identified.set()
        return ws

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        assert self._ws is not None, "the bot has not connected"
        await self._ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def settle(self, before: int, expect: int = 1, timeout: float = 10) -> None:
        """Wait for `expect` new REST calls since `before`, then for a short quiet spell."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self.calls) < before + expect:
            if loop.time() > deadline:
                raise AssertionError(f"expected {expect} calls, got {self.calls[before:]}")
            await asyncio.sleep(0.01)
        seen = -1
        while seen != len(self.calls):
            seen = len(self.calls)
            await asyncio.sleep(0.08)

    # -- REST -----------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["path"]
        body: dict[str, Any] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
            else:
                form = await request.post()
                body = json.loads(str(form.get("payload_json", "{}")))
                body["_files"] = [k for k in form if k != "payload_json"]
        name, result = self._route(request.method, path, body)
        failures = self.fail_next.get(name)
        if failures:
            code = failures.pop(0)
            self.calls.append(Call(name, path, body, code))
            error = {
                "code": 50007 if code == 403 else 0,
                "message": "Cannot send messages to this user",
            }
            return _json(error, status=code)
        self.calls.append(Call(name, path, body, 200))
        if result is None:
            return web.Response(status=204)
        return _json(result)

    def _payload(
        self,
        channel_id: str,
        author: dict[str, Any],
        content: str,
        mid: int | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A message object as Discord sends it."""
        return {
            "id": str(mid or self.next_id()),
            "channel_id": str(channel_id),
            "author": author,
            "content": content,
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "components": [],
            **extra,
        }

    def _message(
        self, channel_id: str, body: dict[str, Any], mid: int | None = None
    ) -> dict[str, Any]:
        """A message the bot sent, recorded for the tests."""
        msg = self._payload(
            channel_id,
            BOT_USER,
            body.get("content") or "",
            mid,
            components=body.get("components") or [],
            flags=body.get("flags", 0),
        )
        self.messages[int(msg["id"])] = msg
        return msg

    def _route(self, method: str, path: str, body: dict[str, Any]) -> tuple[str, Any]:
        parts = path.strip("/").split("/")
        if path == "/users/@me":
            return "me", BOT_USER
        if path == "/oauth2/applications/@me":
            return "app", {
                "id": str(APP_ID),
                "name": "Callback",
                "icon": None,
                "description": "",
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "k",
                "flags": 0,
                "owner": user(1),
                "team": None,
                "summary": "",
            }
        if path == "/gateway/bot":
            return "gateway", {
                "url": self.base.replace("http", "ws") + "/gateway",
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        if parts[0] == "applications" and parts[-1] == "commands":
            synced = [
                {
                    **c,
                    "id": str(self.next_id()),
                    "application_id": str(APP_ID),
                    "version": "1",
                    "type": c.get("type", 1),
                }
                for c in body
            ]  # type: ignore[union-attr]
            return "sync", synced
        if path == "/users/@me/channels":
            uid = int(body["recipient_id"])
            return "open_dm", {"id": str(uid + 1), "type": 1, "recipients": [user(uid)]}
        if parts[0] == "users" and len(parts) == 2:
            return "user", user(int(parts[1]))
        if parts[0] == "channels" and parts[2:] == ["messages"] and method == "POST":
            return "send", self._message(parts[1], body)
        if parts[0] == "channels" and method == "PATCH":
            return "edit", self._message(parts[1], body, int(parts[3]))
        if parts[0] == "interactions":
            response_type = body.get("type")
            data = body.get("data") or {}
            resource: dict[str, Any] = {"type": response_type}
            if "content" in data:
                resource["message"] = self._message("0", data)
            return f"respond:{response_type}", {
                "interaction": {"id": parts[1], "type": 2},
                "resource": resource,
            }
        if parts[0] == "webhooks" and method == "POST":
            return "followup", self._message("0", body)
        if parts[0] == "webhooks" and method == "PATCH":
            return "edit_original", self._message("0", body)
        return f"{method} {path}", {}

    # -- helpers for tests ----------------------------------------------------

    def point_discord_py_here(self, monkeypatch: Any) -> None:
        """discord.py's two endpoint constants, aimed here (as PTB's base_url is for Telegram)."""
        import discord
        import yarl

        monkeypatch.setattr(discord.http.Route, "BASE", f"{self.base}/api/v10")
        gateway = yarl.URL(self.base.replace("http", "ws") + "/gateway")
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", gateway)

    def dm(self, uid: int, text: str, **extra: Any) -> dict[str, Any]:
        """A MESSAGE_CREATE payload: user `uid` writes in their DM channel (id uid + 1)."""
        return self._payload(str(uid + 1), user(uid), text, **extra)

    async def wait_connected(self) -> None:
        await asyncio.wait_for(self._identified.wait(), timeout=10)

    def sent(self, *names: str) -> list[dict[str, Any]]:
        return [c.body for c in self.calls if c.name in names and c.status == 200]


def _json(data: Any, status: int = 200) -> web.Response:
    """Discord sends exactly `application/json`; discord.py checks for that exact value."""
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})
