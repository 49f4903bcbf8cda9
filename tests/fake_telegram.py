"""A local fake of the Telegram Bot API, served over real HTTP on 127.0.0.1.

It answers the methods the adapter uses, queues updates for getUpdates, and
records every call so tests can assert on what a real user would have seen.
Failures are injected per method: `fail_next["sendMessage"] = [403]`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {
    "id": 999000,
    "is_bot": True,
    "first_name": "Callback",
    "username": "callback_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}

ADMIN_RIGHTS = dict.fromkeys(
    (
        "can_be_edited",
        "is_anonymous",
        "can_manage_chat",
        "can_delete_messages",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_promote_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
    ),
    False,
)


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int
    at: float = field(default_factory=time.monotonic)


class FakeBotAPI:
    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.messages: list[dict[str, Any]] = []  # every message the bot sent, as returned
        self.admins: set[tuple[int, int]] = set()  # (chat_id, user_id)
        self.fail_next: dict[str, list[int]] = {}
        #: Seconds to hold the answer to the next calls of a method (done, but answered late).
        self.delay_next: dict[str, list[float]] = {}
        #: Telegram's flood limit, enforced strictly: at most this many sends in any 1 s window.
        self.enforce_limits = False
        self.max_per_second = 30
        self._recent: list[float] = []
        self._new_update = asyncio.Event()
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._runner: web.AppRunner | None = None
        self.base_url = ""
        self.webhook: dict[str, Any] | None = None

    # -- server ---------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
            return web.json_response(body, status=401)
        method = request.match_info["method"]
        params: dict[str, Any] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                params = await request.json()
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, str):
                        try:
                            params[key] = json.loads(value)
                        except json.JSONDecodeError:
                            params[key] = value
                    else:
                        params[key] = {"filename": value.filename, "size": len(value.file.read())}
        if method in ("sendMessage", "sendDocument", "sendPhoto") and self.enforce_limits:
            now = time.monotonic()
            self._recent = [t for t in self._recent if now - t < 1.0]
            if len(self._recent) >= self.max_per_second:
                self.calls.append(Call(method, params, 429))
                return web.json_response(_error(429), status=429)
            self._recent.append(now)
        failures = self.fail_next.get(method)
        if failures:
            code = failures.pop(0)
            self.calls.append(Call(method, params, code))
            return web.json_response(_error(code), status=code)
        if method != "getUpdates":
            self.calls.append(Call(method, params, 200))
        result = await getattr(self, f"_m_{method}", self._m_default)(params)
        delays = self.delay_next.get(method)
        if delays:
            await asyncio.sleep(delays.pop(0))
        return web.json_response({"ok": True, "result": result})

    # -- methods --------------------------------------------------------------

    async def _m_default(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_getMe(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout=0.5)
            except TimeoutError:
                return []
        return list(self.updates)

    def _message(self, params: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        msg = {
            "message_id": message_id or next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": BOT_USER,
        }
        if "text" in params:
            msg["text"] = params["text"]
        if params.get("reply_markup"):
            msg["reply_markup"] = params["reply_markup"]
        return msg

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        msg = self._message(params)
        self.messages.append(msg)
        return msg

    async def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        return self._message(params)

    async def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        return self._message(params)

    async def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        return self._message(params, int(params["message_id"]))

    async def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        """Webhook mode: remembered, so a test can deliver updates the way Telegram does."""
        self.webhook = {"url": params["url"], "secret": params.get("secret_token")}
        return True

    async def _m_getChatMember(self, params: dict[str, Any]) -> Any:
        chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
        user = {"id": user_id, "is_bot": False, "first_name": f"user{user_id}"}
        if (chat_id, user_id) in self.admins:
            return {"status": "administrator", "user": user, **ADMIN_RIGHTS}
        return {"status": "member", "user": user}

    # -- helpers for tests ----------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        update_id = next(self._ids)
        self.updates.append({"update_id": update_id, **update})
        self._new_update.set()
        return update_id

    @staticmethod
    def private_text(chat_id: int, text: str, message_id: int = 1) -> dict[str, Any]:
        """An update: user `chat_id` sends `text` in their private chat with the bot."""
        user = {"id": chat_id, "is_bot": False, "first_name": f"Actor{chat_id}"}
        chat = {"id": chat_id, "type": "private"}
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        return {"message": message}

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method and c.status == 200]

    def texts(self) -> list[str]:
        return [p["text"] for p in self.sent()]


def _error(code: int) -> dict[str, Any]:
    if code == 429:
        return {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        }
    if code == 403:
        return {
            "ok": False,
            "error_code": 403,
            "description": "Forbidden: bot was blocked by the user",
        }
    return {"ok": False, "error_code": code, "description": "Bad Request: injected"}
