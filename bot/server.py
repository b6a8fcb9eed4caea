"""The running server: the web app with the Telegram bot, staff pages and hot reload wired in."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator

from aiohttp import web

from bot.app import App
from bot.channels.web import make_web_app
from bot.metrics import render as render_metrics
from bot.reload import Reloader
from bot.staff import make_staff_app, start_scheduler, stop_scheduler
from bot.staff.accesslog import RedactingAccessLogger

logger = logging.getLogger(__name__)

RELOADER_KEY = web.AppKey("reloader", Reloader)


def build_server(app: App, *, watch_interval: float | None = 2.0) -> web.Application:
    """Everything ``igubot serve`` serves, as one aiohttp application.

    :param watch_interval: seconds between checks for changed content files (None: SIGHUP only).
    """
    web_app = make_web_app(app)
    reloader = Reloader(app)
    web_app[RELOADER_KEY] = reloader

    async def reload_context(_web_app: web.Application) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform
            loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(reloader.reload()))
        task = loop.create_task(reloader.watch(watch_interval)) if watch_interval else None
        yield
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGHUP)

    web_app.cleanup_ctx.append(reload_context)

    async def metrics(_request: web.Request) -> web.Response:
        gauges = await app.runner.call(app.store.gauges)
        failures = 1 if reloader.last_errors else 0
        text = render_metrics(app, gauges, failures)
        return web.Response(text=text, content_type="text/plain", charset="utf-8")

    web_app.router.add_get("/metrics", metrics)
    staff_app = make_staff_app(app)
    staff_app.on_startup.append(start_scheduler)
    staff_app.on_cleanup.append(stop_scheduler)
    web_app.add_subapp("/staff/", staff_app)
    if app.settings.telegram_token:
        from bot.channels.telegram import setup_telegram  # loads aiogram only when needed

        setup_telegram(web_app, app)
    return web_app


def run_server(app: App) -> None:
    """Serve until interrupted (the access log leaves out client addresses)."""
    s = app.settings
    logger.info("serving the web chat on http://%s:%d/", s.host, s.port)
    web.run_app(
        build_server(app),
        host=s.host,
        port=s.port,
        print=None,
        access_log_class=RedactingAccessLogger,
    )
