"""The running server: the web chat, the staff pages, Telegram and hot reload wired together.

This is where the parts meet (with :mod:`bot.face.app`): channels get the ``Conversations`` port,
the staff side gets the store and the catalog, Telegram's notifier is handed to the staff's
notice worker, and the staff's follow-up answers to the Telegram channel.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web

from bot.channels.web import make_web_app
from bot.channels.webguard import TIMEOUT_PAGE_KEY
from bot.face.app import App
from bot.face.listen import WHEN_LISTENING, serve
from bot.face.metrics import allowed as metrics_allowed
from bot.face.metrics import render as render_metrics
from bot.face.readiness import Deployment, readiness
from bot.face.reload import Reloader
from bot.staff import StaffConfig, build_services, make_staff_app, start_scheduler, stop_scheduler
from bot.staff.followup import FollowupAnswers
from bot.staff.mailer import Mailer
from bot.staff.notices import POLL_INTERVAL, NoticeWorker
from bot.staff.pages import timeout_page
from bot.staff.services import Clock, utcnow

if TYPE_CHECKING:  # aiogram loads only when Telegram runs
    from bot.channels.telegram import TelegramChannel

logger = logging.getLogger(__name__)

RELOADER_KEY = web.AppKey("reloader", Reloader)
NOTICES_KEY = web.AppKey("notices", NoticeWorker)


def staff_app_for(
    app: App,
    config: StaffConfig | None = None,
    *,
    clock: Clock = utcnow,
    mailer: Mailer | None = None,
    limiter_clock: Callable[[], float] | None = None,
) -> web.Application:
    """The staff pages of ``app`` (mount at ``/staff/``).

    :param config: staff settings (default: :meth:`StaffConfig.load` of ``app.settings``).
    :param clock: the current time (tests pass their own).
    :param mailer: the e-mail client (default: SMTP from ``IGUBOT_SMTP_URL``, if set).
    :param limiter_clock: monotonic seconds for the sign-in rate limit (tests).
    :raises ConfigError: for a bad ``[staff]`` table or SMTP URL.
    """
    services = build_services(
        app.store,
        lambda: app.engine.content.catalog,  # hot reload swaps the content
        config or StaffConfig.load(app.settings),
        db=app.runner.call,
        clock=clock,
        mailer=mailer,
    )
    return make_staff_app(
        services,
        lambda: app.engine.content,
        lambda: app.content_errors,
        limiter_clock=limiter_clock,
        trust_proxy=app.settings.trust_proxy,
    )


@dataclass(frozen=True)
class Telegram:
    """The Telegram channel of a server and the worker that sends it the staff's notices."""

    channel: TelegramChannel
    notices: NoticeWorker


def add_telegram(
    web_app: web.Application,
    app: App,
    *,
    chat_interval: float | None = None,
    polling_timeout: int | None = None,
    notice_interval: float | None = POLL_INTERVAL,
) -> Telegram:
    """Run the Telegram bot inside ``web_app``, with follow-ups and staff-chat notes.

    :param chat_interval: seconds between two messages to one chat (tests use less).
    :param polling_timeout: seconds one long poll waits for updates.
    :param notice_interval: seconds between looks at the outbox for notices; ``None``: no
        background loop (tests call ``NoticeWorker.deliver`` themselves).
    :raises ConfigError: the token is missing or malformed.
    """
    from bot.channels.telegram import TelegramNotifier, setup_telegram  # loads aiogram
    from bot.channels.telegram.channel import POLLING_TIMEOUT
    from bot.channels.telegram.sender import CHAT_INTERVAL

    catalog = lambda: app.engine.content.catalog  # noqa: E731 - read at each use
    answers = FollowupAnswers(app.store, app.runner.call, catalog, app.engine.clock)
    channel = setup_telegram(
        web_app,
        app.runner,
        app.settings,
        notices=answers,
        chat_interval=CHAT_INTERVAL if chat_interval is None else chat_interval,
        polling_timeout=POLLING_TIMEOUT if polling_timeout is None else polling_timeout,
    )
    worker = NoticeWorker(
        app.store, app.runner.call, catalog, TelegramNotifier(channel.sender), app.engine.clock
    )
    web_app[NOTICES_KEY] = worker
    if notice_interval is not None:

        async def start(_web_app: web.Application) -> None:
            worker.start(notice_interval)

        async def stop(_web_app: web.Application) -> None:
            await worker.stop()

        web_app.on_startup.append(start)
        # Before the channel's cleanup closes the bot session: registered first, run first.
        web_app.on_cleanup.insert(0, stop)
    return Telegram(channel, worker)


def build_server(app: App, *, watch_interval: float | None = 2.0) -> web.Application:
    """Everything ``igubot serve`` serves, as one aiohttp application.

    :param watch_interval: seconds between checks for changed content files (None: SIGHUP only).
    """
    web_app = make_web_app(app.runner, app.settings)
    reloader = Reloader(app)
    web_app[RELOADER_KEY] = reloader

    warming: list[asyncio.Future[object]] = []

    def warm_matcher() -> None:
        # The matcher (a few tenths of a second of CPU) is built once the server listens: built
        # during start-up, its thread took the GIL from the rest of it, and /healthz answered
        # about 0.3 s later. A typed message that comes first waits for it (cached_property).
        loop = asyncio.get_running_loop()
        warming.append(loop.run_in_executor(None, lambda: app.content.matcher))

    web_app[WHEN_LISTENING] = [warm_matcher]

    async def reload_context(_web_app: web.Application) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform
            loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(reloader.reload()))
        task = loop.create_task(reloader.watch(watch_interval)) if watch_interval else None
        yield
        for warm in warming:
            await warm
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGHUP)

    web_app.cleanup_ctx.append(reload_context)

    async def metrics(request: web.Request) -> web.Response:
        if not metrics_allowed(app.settings, request.remote, dict(request.headers)):
            raise web.HTTPForbidden(reason="Metrics are for the server's own monitoring.")
        gauges = await app.runner.call(app.store.gauges)
        failures = 1 if reloader.last_errors else 0
        text = render_metrics(app, gauges, failures)
        return web.Response(text=text, content_type="text/plain", charset="utf-8")

    web_app.router.add_get("/metrics", metrics)
    staff_app = staff_app_for(app)
    staff_app.on_startup.append(start_scheduler)
    staff_app.on_cleanup.append(stop_scheduler)
    staff_app[TIMEOUT_PAGE_KEY] = timeout_page  # a person in a browser: a page, not JSON
    web_app.add_subapp("/staff/", staff_app)
    if app.settings.telegram_token:
        add_telegram(web_app, app)
    return web_app


def warn_not_ready(app: App) -> int:
    """Log a warning for each piece a real deployment lacks (see ``igubot doctor``).

    :returns: how many warnings were logged.
    :raises ConfigError: for a bad ``[staff]`` table.
    """
    missing = [f for f in readiness(Deployment.load(app.settings)) if not f.ok]
    for finding in missing:
        logger.warning("not ready for a real deployment: %s: %s", finding.what, finding.fix)
    return len(missing)


def run_server(app: App) -> None:
    """Serve until interrupted (the access log leaves out client addresses; the read timeouts
    and the cap on connections per address are in :mod:`bot.face.listen`).

    First logs what a real deployment still lacks (:func:`warn_not_ready`).
    """
    s = app.settings
    warn_not_ready(app)
    logger.info("serving the web chat on http://%s:%d/", s.host, s.port)
    web_app = build_server(app)
    with contextlib.suppress(web.GracefulExit, KeyboardInterrupt):
        asyncio.run(serve(web_app, s))
