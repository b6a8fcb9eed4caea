"""What the web server checks before it does work: rate limits, slow bodies, bad JSON.

The limits are token buckets (:mod:`bot.channels.ratelimit`): one per conversation (the limit a
person meets), and one per client address set far higher, because a class or an asylum centre
shares one address. The address's limit is checked before a body is read; a body must then
arrive within ``read_timeout`` seconds, or the answer is a 408 and the connection is closed.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.channels.ratelimit import RateLimiter, retry_after
from bot.kernel.config import Settings

__all__ = ["TIMEOUT_PAGE_KEY", "ApiError", "Limits", "body_deadline", "read_json"]

_UTF8 = {"utf-8", "utf8"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


#: A sub-application's own answer to a body that came too late (the staff pages: an HTML page
#: for a person in a browser), given the request and that sub-application; without one: JSON.
class TimeoutPage(Protocol):
    """Renders a sub-application's 408 answer."""

    def __call__(self, request: web.Request, app: web.Application) -> web.StreamResponse: ...


TIMEOUT_PAGE_KEY = web.AppKey("timeout_page", TimeoutPage)


class ApiError(web.HTTPException):
    """A 4xx answered with the contract's JSON error shape."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        self.status_code = status
        super().__init__(
            headers=headers,
            text=json.dumps({"error": {"code": code, "message": message}}),
            content_type="application/json",
        )


@dataclass(frozen=True)
class Limits:
    """The rate limiters of one web application."""

    per_ip: RateLimiter
    per_session: RateLimiter
    trust_proxy: int

    @classmethod
    def from_settings(
        cls, settings: Settings, clock: Callable[[], float] = time.monotonic
    ) -> Limits:
        """Limiters with the configured rates (0 = off).

        :param clock: monotonic seconds (tests pass their own).
        """
        return cls(
            per_ip=RateLimiter(settings.chat_rate_per_ip, clock=clock),
            per_session=RateLimiter(settings.chat_rate_per_session, clock=clock),
            trust_proxy=settings.trust_proxy,
        )

    def admit_address(self, address: str) -> None:
        """Count a request from ``address`` (before its body is read).

        :raises ApiError: 429 with ``Retry-After`` over the address's limit.
        """
        _limit(self.per_ip, address)

    def admit_conversation(self, user_key: str) -> None:
        """Count a turn of an existing conversation.

        :raises ApiError: 429 with ``Retry-After`` over the conversation's limit.
        """
        _limit(self.per_session, user_key)


def _limit(limiter: RateLimiter, key: str) -> None:
    wait = limiter.hit(key)
    if wait > 0:
        seconds = retry_after(wait)
        raise ApiError(
            429,
            "rate_limited",
            f"Too many requests; try again in {seconds} s.",
            {"Retry-After": seconds},
        )


def body_deadline(seconds: float) -> Middleware:
    """A middleware: a request whose body is not all there ``seconds`` after its headers is
    answered 408 and its connection closed, whether or not the handler is reading it yet.

    The answer is the contract's JSON, unless the request's (sub-)application has its own page
    under :data:`TIMEOUT_PAGE_KEY`."""

    @web.middleware
    async def deadline(request: web.Request, handler: Handler) -> web.StreamResponse:
        if not request.body_exists:
            return await handler(request)
        task = asyncio.current_task()
        assert task is not None
        expired = False

        def expire() -> None:
            nonlocal expired
            if not request.content.is_eof():
                expired = True
                task.cancel()

        timer = asyncio.get_running_loop().call_later(seconds, expire)
        try:
            return await handler(request)
        except asyncio.CancelledError:
            if not expired:
                raise
            task.uncancel()
            for app in reversed(request.match_info.apps):
                own: TimeoutPage | None = app.get(TIMEOUT_PAGE_KEY)
                if own is not None:
                    response = own(request, app)
                    response.force_close()
                    return response
            raise web.HTTPRequestTimeout(headers={"Connection": "close"}) from None
        finally:
            timer.cancel()

    return deadline


async def read_json(request: web.Request) -> Any:
    """The JSON body of a request, or a JSON 4xx that says what is wrong with it.

    :raises ApiError: 415 for another type or charset than UTF-8, 400 for bytes that are not
        JSON (or a number too long to read).
    """
    if request.content_type != "application/json":
        raise ApiError(415, "unsupported_media_type", "Send application/json.")
    if (request.charset or "utf-8").lower() not in _UTF8:
        raise ApiError(415, "unsupported_media_type", "Send UTF-8 JSON.")
    body = await request.read()
    try:
        return json.loads(body.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, digits
        raise ApiError(400, "bad_json", "The body is not valid JSON.") from exc
