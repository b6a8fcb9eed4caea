"""A fake Telegram Bot API server on 127.0.0.1, for aiogram's real HTTP client.

Point a bot at it with ``AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url))`` (or
``TELEGRAM_API_BASE``). It answers the methods igubot uses, serves queued updates to
``getUpdates`` (a long poll that wakes when an update is pushed, honouring ``offset``), records
every call with its parameters and a monotonic timestamp, and can be told to fail the next calls
of a method (``429`` with ``retry_after``, or a ``400``). Tests wait on it with :meth:`wait_for`
instead of sleeping.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

TOKEN = "123456:TEST-token_for-the-fake-api"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "igubot test",
    "username": "igubot_test_bot",
}
#: Parameters that aiogram sends JSON-encoded inside the form.
_JSON_FIELDS = frozenset({"reply_markup", "commands", "allowed_updates", "scope"})
#: The longest a getUpdates call is held open, whatever timeout the client asked for.
LONG_POLL_CAP = 1.0


@dataclass
class Call:
    """One request the fake received."""

    method: str
    params: dict[str, Any]
    at: float  # time.monotonic() when it arrived
    status: int = 200
    result: Any = None


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None


@dataclass
class FakeBotAPI:
    """The fake server; use as ``async with FakeBotAPI() as fake:``."""

    token: str = TOKEN
    calls: list[Call] = field(default_factory=list)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _failures: dict[str, list[_Failure]] = field(default_factory=dict)
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _closing: asyncio.Event = field(default_factory=asyncio.Event)
    _server: TestServer | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeBotAPI:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._closing.set()
        self._notify()
        if self._server is not None:
            await self._server.close()

    @property
    def base_url(self) -> str:
        """What ``TELEGRAM_API_BASE`` should be."""
        assert self._server is not None, "use the fake inside 'async with'"
        return str(self._server.make_url("")).rstrip("/")

    # -- what tests tell it ------------------------------------------------------------------

    def push_update(self, *updates: dict[str, Any]) -> None:
        """Queue updates for getUpdates (served in order; the same id may come twice)."""
        self._updates.extend(updates)
        self._notify()

    def fail_next(
        self,
        method: str,
        count: int = 1,
        *,
        status: int = 429,
        description: str = "Too Many Requests: retry after 1",
        retry_after: int | None = 1,
    ) -> None:
        """Answer the next ``count`` calls of ``method`` with an error instead of a result."""
        failure = _Failure(status, description, retry_after if status == 429 else None)
        self._failures.setdefault(method, []).extend([failure] * count)

    # -- what tests read ---------------------------------------------------------------------

    def of(self, method: str, *, chat_id: int | None = None, ok: bool = True) -> list[Call]:
        """The calls of ``method`` (only successful ones unless ``ok=False``), optionally to
        one chat."""
        return [
            c
            for c in self.calls
            if c.method == method
            and (chat_id is None or c.params.get("chat_id") == chat_id)
            and (not ok or c.status == 200)
        ]

    async def wait_for(
        self, condition: Callable[[], bool], within: float = 5.0, what: str = "condition"
    ) -> None:
        """Wait until ``condition()`` holds (checked after every recorded call)."""
        try:
            async with asyncio.timeout(within):
                while not condition():
                    changed = self._changed
                    await changed.wait()
        except TimeoutError:
            seen = ", ".join(c.method for c in self.calls) or "no calls"
            msg = f"timed out after {within} s waiting for {what}; the fake saw: {seen}"
            raise AssertionError(msg) from None

    async def wait_calls(
        self, method: str, count: int, *, chat_id: int | None = None, within: float = 5.0
    ) -> list[Call]:
        """Wait until ``count`` successful calls of ``method`` were recorded; return them."""
        await self.wait_for(
            lambda: len(self.of(method, chat_id=chat_id)) >= count,
            within,
            f"{count} x {method}",
        )
        return self.of(method, chat_id=chat_id)

    # -- the server --------------------------------------------------------------------------

    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = _decode(dict(await request.post()))
        call = Call(method=method, params=params, at=time.monotonic())
        if request.match_info["token"] != self.token:
            return self._record(
                call, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            )
        if method == "getUpdates":
            # Not recorded: the polling loop would drown everything else.
            return web.json_response({"ok": True, "result": await self._get_updates(params)})
        failures = self._failures.get(method)
        if failures:
            failure = failures.pop(0)
            body: dict[str, Any] = {
                "ok": False,
                "error_code": failure.status,
                "description": failure.description,
            }
            if failure.retry_after is not None:
                body["parameters"] = {"retry_after": failure.retry_after}
            return self._record(call, failure.status, body)
        result = self._result(method, params)
        if result is None:
            body = {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
            return self._record(call, 404, body)
        call.result = result
        return self._record(call, 200, {"ok": True, "result": result})

    def _record(self, call: Call, status: int, body: dict[str, Any]) -> web.Response:
        call.status = status
        self.calls.append(call)
        self._notify()
        return web.json_response(body, status=status)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            return {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": params["chat_id"], "type": "private"},
                "from": BOT_USER,
                "text": params["text"],
            }
        if method in {
            "answerCallbackQuery",
            "editMessageReplyMarkup",
            "sendChatAction",
            "setMyCommands",
            "setWebhook",
            "deleteWebhook",
        }:
            return True
        return None

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = params.get("offset")
        if offset is not None:  # "all updates with update_id less than offset are confirmed"
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        wait = min(float(params.get("timeout", 0)), LONG_POLL_CAP)
        if not self._updates and wait > 0 and not self._closing.is_set():
            changed = self._changed
            try:
                async with asyncio.timeout(wait):
                    await changed.wait()
            except TimeoutError:
                pass
        limit = int(params.get("limit", 100))
        return list(self._updates[:limit])


def _decode(form: dict[str, Any]) -> dict[str, Any]:
    """Form fields as the API would read them: ints, booleans and JSON fields decoded."""
    out: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            out[key] = value
        elif key in _JSON_FIELDS:
            out[key] = json.loads(value)
        elif key in {"chat_id", "message_id", "offset", "limit", "timeout"}:
            out[key] = int(value)
        elif value in {"true", "false"}:
            out[key] = value == "true"
        else:
            out[key] = value
    return out
