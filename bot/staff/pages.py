"""What every staff page shares: the visitor, sign-in checks, rendering, cookies and headers.

Server-rendered HTML, no JavaScript. Every response is ``no-store`` (leads are personal data);
errors are HTML pages returned (not raised), so the chat API's JSON error middleware of the
parent application leaves them alone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib.resources import files
from typing import Any

from aiohttp import web

from bot.content import Content
from bot.kernel.problems import Problem
from bot.staff.auth import CSRF_COOKIE, LANG_COOKIE, SESSION_COOKIE, SignIn, new_secret, same
from bot.staff.auth import secret_hash as _hash
from bot.staff.ratelimit import WindowLimiter
from bot.staff.render import staff_lang
from bot.staff.services import StaffServices
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

    :param services: the staff parts.
    :param content: the content being served (the funnel's step order).
    :param content_errors: the errors of the last refused content reload (shown to staff).
    :param signin: the sign-in steps.
    :param per_ip: sign-in requests per client address.
    :param mail_gap: sign-in e-mails per staff address: one per cool-down.
    :param mail_daily: sign-in e-mails per staff address and day.
    :param trust_proxy: reverse proxies in front (``IGUBOT_TRUST_PROXY``), for client addresses.
    :param mail_tasks: sign-in links being made and sent (awaited on cleanup).
    """

    services: StaffServices
    content: Callable[[], Content]
    content_errors: Callable[[], Sequence[Problem]]
    signin: SignIn
    per_ip: WindowLimiter
    mail_gap: WindowLimiter
    mail_daily: WindowLimiter
    trust_proxy: int = 0
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
        content_errors=list(shared.content_errors()) if v.session else [],
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
            staff_headers(exc)
            raise
        response = page(
            request, "error.html", status=exc.status, code=exc.status, reason=exc.reason
        )
        allow = exc.headers.get("Allow")
        if allow:
            response.headers["Allow"] = allow
    staff_headers(response)
    return response


def timeout_page(request: web.Request, app: web.Application) -> web.Response:
    """The 408 page of the staff app ``app``: a form's body did not arrive in time.

    The chat API answers JSON; a person in a browser gets a page in their staff language.
    """
    shared = app[STAFF_KEY]
    v = request.get(VISITOR_KEY) or Visitor(None, staff_lang(request.cookies.get(LANG_COOKIE)))
    html = shared.services.renderer.render(
        "error.html",
        v.lang,
        session=v.session,
        path=request.path,
        content_errors=[],
        code=408,
        reason="timeout",
    )
    response = web.Response(text=html, status=408, content_type="text/html")
    staff_headers(response)
    return response


def staff_headers(response: web.StreamResponse) -> None:
    """The headers of every staff response (set them before a response is sent early)."""
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = CSP
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")


async def stylesheet(request: web.Request) -> web.Response:
    """The staff pages' style sheet (no inline styles: CSP ``style-src 'self'``)."""
    text = files("bot.staff").joinpath("static/staff.css").read_text(encoding="utf-8")
    return web.Response(text=text, content_type="text/css")
