"""Listening for connections: read timeouts, a cap on connections per address, the access log.

aiohttp has settings for part of this and they are used: ``keepalive_timeout`` closes a
connection that has not sent a whole request head that many seconds after it opened (or after
its last answer), and ``lingering_time`` bounds how long an unread body is drained. It has
none for a slow body (:func:`bot.channels.webguard.body_deadline` answers 408) nor for
connections per address, which :class:`CappedServer` counts here: a client over the cap has
its new connection closed at once, before it costs a request. This one is hand-written
because aiohttp has no hook for it but its ``Server`` class (``AppRunner._make_server`` is
overridden to use the subclass).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

from bot.kernel.clientaddr import client_key
from bot.kernel.config import Settings
from bot.staff.accesslog import RedactingAccessLogger

logger = logging.getLogger(__name__)

__all__ = ["CappedRunner", "CappedServer", "serve", "server_options"]


def server_options(settings: Settings) -> dict[str, Any]:
    """aiohttp's own settings for ``igubot serve``: the access log, the header timeout, and
    how long a body left unread (a 408, a 429) is still drained before the connection closes
    (``lingering_time``, 10 s by default)."""
    return {
        "access_log_class": RedactingAccessLogger,
        "keepalive_timeout": settings.read_timeout,
        "lingering_time": settings.read_timeout,
    }


def connection_cap(settings: Settings) -> int:
    """Connections allowed per socket address (0: none counted, as behind our proxy)."""
    return 0 if settings.trust_proxy else settings.max_connections_per_address


class CappedServer(web.Server):
    """aiohttp's server, closing a new connection from an address that has ``cap`` open.

    :param cap: open connections allowed per address (IPv6: per /64); 0 = no cap.
    """

    def __init__(self, *args: Any, cap: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cap = cap
        self._open: Counter[str] = Counter()
        self._keys: dict[RequestHandler, str] = {}

    def open_from(self, address: str) -> int:
        """How many connections are open from ``address`` (counted only with a cap)."""
        return self._open.get(client_key(address, None, 0), 0)

    def connection_made(self, handler: RequestHandler, transport: asyncio.Transport) -> None:
        """Count the connection, or close it when its address is at the cap."""
        super().connection_made(handler, transport)
        if not self.cap:
            return
        peer = transport.get_extra_info("peername")
        key = client_key(peer[0] if isinstance(peer, tuple) else None, None, 0)
        if self._open[key] >= self.cap:
            logger.info("connection refused: %d already open from one address", self.cap)
            transport.close()
            return
        self._open[key] += 1
        self._keys[handler] = key

    def connection_lost(self, handler: RequestHandler, exc: BaseException | None = None) -> None:
        """Forget the connection."""
        super().connection_lost(handler, exc)
        key = self._keys.pop(handler, None)
        if key is not None:
            self._open[key] -= 1
            if self._open[key] <= 0:
                del self._open[key]


class CappedRunner(web.AppRunner):
    """An ``AppRunner`` whose server is a :class:`CappedServer`.

    :param cap: open connections allowed per address; 0 = no cap.
    :param kwargs: as for ``web.AppRunner`` (:func:`server_options`).
    """

    def __init__(self, app: web.Application, *, cap: int, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self.cap = cap
        self._server_kwargs = {
            k: v for k, v in kwargs.items() if k not in {"handle_signals", "shutdown_timeout"}
        }

    async def _make_server(self) -> web.Server:
        plain = await super()._make_server()  # runs the application's start-up
        return CappedServer(
            plain.request_handler,
            request_factory=plain.request_factory,
            loop=asyncio.get_running_loop(),
            cap=self.cap,
            **self._server_kwargs,
        )


#: Called, without arguments, once the server listens: work that need not hold up its start
#: (on a machine with one Python thread running at a time, it would).
WHEN_LISTENING = web.AppKey("when_listening", list[Callable[[], None]])


async def serve(web_app: web.Application, settings: Settings) -> None:
    """Serve ``web_app`` on ``settings.host:port`` until SIGINT or SIGTERM."""
    runner = CappedRunner(
        web_app, cap=connection_cap(settings), handle_signals=True, **server_options(settings)
    )
    await runner.setup()
    try:
        await web.TCPSite(runner, settings.host, settings.port).start()
        for hook in web_app.get(WHEN_LISTENING, ()):
            hook()
        await asyncio.Event().wait()  # until a signal ends the loop
    finally:
        await runner.cleanup()
