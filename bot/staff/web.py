"""The staff pages as an aiohttp sub-application (mounted at ``/staff/``), and its plumbing.

Server-rendered HTML, no JavaScript. Every response is ``no-store`` (leads are personal data);
errors are HTML pages returned (not raised), so the chat API's JSON error middleware of the
parent application leaves them alone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.app import App
from bot.staff.auth import CSRF_COOKIE, LANG_COOKIE, SESSION_COOKIE, SignIn, new_secret, same
from bot.staff.auth import secret_hash as _hash
from bot.staff.config import StaffConfig
from bot.staff.mailer import Mailer
from bot.staff.ratelimit import WindowLimiter
from bot.staff.render import staff_lang
from bot.staff.schedule import RUNNING_KEY, SERVICES_KEY, _Running
from bot.staff.services import Clock, StaffServices, build_services, utcnow
from bot.store import StaffSession, iso_timestamp

logger = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


@dataclass
class StaffWeb:
    """What the staff handlers share.

    :param app: the bot (content for the funnel's step order).
    :param services: the staff parts.
    :param signin: the sign-in steps.
    :param per_ip: sign-in requests per client address.
    :param per_email: sign-in requests per address asked for.
    :param mail_tasks: sign-in e-mails being sent (awaited on cleanup).
    """

    app: App
    services: StaffServices
    signin: SignIn
    per_ip: WindowLimiter
    per_email: WindowLimiter
    mail_tasks: set[asyncio.Task[None]] = field(default_factory=set)

    async def db(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a store call on the database thread."""
        return await self.services.db(partial(fn, *args, **kwargs))

    def now(self) -> dt.datetime:
        """The current time."""
        return self.services.clock()


@dataclass(frozen=True)
class Visitor:
    """Who is asking: their session (``None`` if signed out) and staff language."""

    session: StaffSession | None
    lang: str


STAFF_KEY = web.AppKey("staff_web", StaffWeb)
VISITOR_KEY = web.RequestKey("staff_visitor", Visitor)


def staff(request: web.Request) -> StaffWeb:
    """The shared staff parts of this request's app."""
    return request.config_dict[STAFF_KEY]


def visitor(request: web.Request) -> Visitor:
    """Who is asking (set by the middleware)."""
    return request[VISITOR_KEY]


def signed_in(request: web.Request) -> StaffSession:
    """The session of a signed-in visitor.

    :raises web.HTTPSeeOther: to the sign-in page, for a visitor without a session.
    """
    session = visitor(request).session
    if session is None:
        raise web.HTTPSeeOther(location="/staff/login")
    return session


async def checked_form(request: web.Request) -> tuple[StaffSession, dict[str, str]]:
    """The form of a signed-in POST whose CSRF token matches the session's.

    :raises web.HTTPForbidden: without a session or with a wrong token.
    """
    session = visitor(request).session
    form = {k: str(v) for k, v in (await request.post()).items()}
    if session is None or not same(form.get("csrf"), session.csrf):
        raise web.HTTPForbidden(reason="csrf")
    return session, form


def page(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    """Render template ``name`` in the visitor's language as an HTML response."""
    v = visitor(request)
    shared = staff(request)
    html = shared.services.renderer.render(
        name,
        v.lang,
        session=v.session,
        path=request.path,
        content_errors=shared.app.content_errors if v.session else [],
        **context,
    )
    return web.Response(text=html, status=status, content_type="text/html")


def set_cookie(
    response: web.StreamResponse, request: web.Request, name: str, value: str, **kw: Any
) -> None:
    """Set a staff cookie: HttpOnly, SameSite=Lax, path /staff/, Secure behind https."""
    response.set_cookie(
        name,
        value,
        path="/staff/",
        httponly=True,
        samesite="Lax",
        secure=staff(request).services.config.secure_cookies,
        **kw,
    )


def csrf_cookie(request: web.Request) -> str:
    """The double-submit token of a signed-out visitor (a new one if there is none yet)."""
    return request.cookies.get(CSRF_COOKIE) or new_secret()


@web.middleware
async def staff_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Attach the visitor, render errors as pages, and add the staff headers."""
    s = staff(request)
    lang = staff_lang(request.cookies.get(LANG_COOKIE))
    session = None
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        session = await s.db(s.services.store.staff_session, _hash(cookie), iso_timestamp(s.now()))
    request[VISITOR_KEY] = Visitor(session, lang)
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            _headers(exc)
            raise
        response = page(
            request, "error.html", status=exc.status, code=exc.status, reason=exc.reason
        )
        allow = exc.headers.get("Allow")
        if allow:
            response.headers["Allow"] = allow
    _headers(response)
    return response


def _headers(response: web.StreamResponse) -> None:
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = CSP
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")


async def stylesheet(request: web.Request) -> web.Response:
    """The staff pages' style sheet (no inline styles: CSP ``style-src 'self'``)."""
    text = files("bot.staff").joinpath("static/staff.css").read_text(encoding="utf-8")
    return web.Response(text=text, content_type="text/css")


async def _drain_mail(app: web.Application) -> None:
    tasks = app[STAFF_KEY].mail_tasks
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


def make_staff_app(
    app: App,
    config: StaffConfig | None = None,
    *,
    clock: Clock = utcnow,
    mailer: Mailer | None = None,
    limiter_clock: Callable[[], float] | None = None,
) -> web.Application:
    """The staff sub-application; mount it with ``web_app.add_subapp("/staff/", ...)``.

    The scheduler is not started here: add :func:`bot.staff.start_scheduler` and
    :func:`bot.staff.stop_scheduler` to its ``on_startup`` / ``on_cleanup``.

    :param app: the bot.
    :param config: staff settings (default: :meth:`StaffConfig.load` of ``app.settings``).
    :param clock: the current time (tests pass their own).
    :param mailer: the e-mail client (default: SMTP from ``IGUBOT_SMTP_URL``, if set).
    :param limiter_clock: monotonic seconds for the sign-in rate limit (tests).
    :raises ConfigError: for a bad ``[staff]`` table or SMTP URL.
    """
    from bot.staff import insights, leads, signin

    config = config or StaffConfig.load(app.settings)
    services = build_services(
        app.store,
        lambda: app.engine.content.catalog,  # hot reload swaps the content
        config,
        db=app.runner.call,
        clock=clock,
        mailer=mailer,
    )
    tick = limiter_clock or time.monotonic
    shared = StaffWeb(
        app=app,
        services=services,
        signin=SignIn(services),
        per_ip=WindowLimiter(20, 15 * 60, clock=tick),
        per_email=WindowLimiter(5, 15 * 60, clock=tick),
    )
    staff_app = web.Application(middlewares=[staff_middleware])
    staff_app[STAFF_KEY] = shared
    staff_app[SERVICES_KEY] = services
    staff_app[RUNNING_KEY] = _Running()
    staff_app.on_cleanup.append(_drain_mail)
    staff_app.router.add_get("/static/staff.css", stylesheet)
    signin.add_routes(staff_app)
    leads.add_routes(staff_app)
    insights.add_routes(staff_app)
    return staff_app
