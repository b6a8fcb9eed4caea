"""The staff pages as an aiohttp sub-application, mounted at ``/staff/``.

Server-rendered HTML, no JavaScript. Every response is ``no-store`` (leads are personal data);
errors are HTML pages returned (not raised), so the chat API's JSON error middleware of the
parent application leaves them alone. The pages themselves live in :mod:`bot.staff.signin`,
:mod:`bot.staff.leads` and :mod:`bot.staff.insights`; what they share, in :mod:`bot.staff.pages`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence

from aiohttp import web

from bot.content import Content
from bot.kernel.problems import Problem
from bot.staff import insights, leads, signin
from bot.staff.auth import SignIn
from bot.staff.pages import STAFF_KEY, StaffWeb, staff_middleware, stylesheet
from bot.staff.ratelimit import (
    DAY,
    MAIL_GAP,
    MAILS_PER_DAY,
    PER_ADDRESS,
    WINDOW,
    WindowLimiter,
)
from bot.staff.schedule import RUNNING_KEY, SERVICES_KEY, Running
from bot.staff.services import StaffServices

__all__ = ["make_staff_app"]


async def _drain_mail(app: web.Application) -> None:
    tasks = app[STAFF_KEY].mail_tasks
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


def make_staff_app(
    services: StaffServices,
    content: Callable[[], Content],
    content_errors: Callable[[], Sequence[Problem]] = tuple,
    *,
    limiter_clock: Callable[[], float] | None = None,
    trust_proxy: int = 0,
) -> web.Application:
    """The staff sub-application; mount it with ``web_app.add_subapp("/staff/", ...)``.

    The scheduler is not started here: add :func:`bot.staff.start_scheduler` and
    :func:`bot.staff.stop_scheduler` to its ``on_startup`` / ``on_cleanup``.

    :param services: the staff parts (:func:`bot.staff.build_services`).
    :param content: the content being served now (hot reload swaps it).
    :param content_errors: the errors of the last refused reload, shown on every page.
    :param limiter_clock: monotonic seconds for the sign-in rate limit (tests).
    :param trust_proxy: reverse proxies in front (``IGUBOT_TRUST_PROXY``): the sign-in limit
        keys on the client address the chat API uses.
    """
    tick = limiter_clock or time.monotonic
    shared = StaffWeb(
        services=services,
        content=content,
        content_errors=content_errors,
        signin=SignIn(services),
        per_ip=WindowLimiter(PER_ADDRESS, WINDOW, clock=tick),
        mail_gap=WindowLimiter(1, MAIL_GAP, clock=tick),
        mail_daily=WindowLimiter(MAILS_PER_DAY, DAY, clock=tick),
        trust_proxy=trust_proxy,
    )
    staff_app = web.Application(middlewares=[staff_middleware])
    staff_app[STAFF_KEY] = shared
    staff_app[SERVICES_KEY] = services
    staff_app[RUNNING_KEY] = Running()
    staff_app.on_cleanup.append(_drain_mail)
    staff_app.router.add_get("/static/staff.css", stylesheet)
    signin.add_routes(staff_app)
    leads.add_routes(staff_app)
    insights.add_routes(staff_app)
    return staff_app
