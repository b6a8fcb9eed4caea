"""Sign-in pages: ask for a link, open it, spend it (POST), sign out; the language switch."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from aiohttp import web

from bot.kernel.clientaddr import client_key
from bot.staff.auth import (
    CSRF_COOKIE,
    LANG_COOKIE,
    SESSION_COOKIE,
    email_tag,
    same,
    secret_hash,
)
from bot.staff.delivery import build_message
from bot.staff.mailer import MailError
from bot.staff.pages import (
    StaffWeb,
    checked_form,
    csrf_cookie,
    page,
    set_cookie,
    staff,
    staff_headers,
    visitor,
)
from bot.staff.render import STAFF_LANGS
from bot.store import StaffUser

logger = logging.getLogger(__name__)

MAX_EMAIL = 254


def _client(request: web.Request) -> str:
    """The client address, decided as the chat API decides it (``IGUBOT_TRUST_PROXY``)."""
    trust = staff(request).trust_proxy
    return client_key(request.remote, request.headers.get("X-Forwarded-For"), trust)


def _with_csrf(
    request: web.Request, name: str, status: int = 200, **context: object
) -> web.Response:
    token = csrf_cookie(request)
    response = page(request, name, status=status, csrf=token, **context)
    set_cookie(response, request, CSRF_COOKIE, token)
    return response


async def login_form(request: web.Request) -> web.StreamResponse:
    """``GET /staff/login``: the address form (or the lead list, when signed in)."""
    if visitor(request).session is not None:
        raise web.HTTPSeeOther(location="/staff/")
    return _with_csrf(request, "login.html", demo=staff(request).services.config.demo)


async def login_submit(request: web.Request) -> web.StreamResponse:
    """``POST /staff/login``: e-mail a sign-in link if the address is a staff user's.

    The answer is the same for known and unknown addresses, and so is the work done before it:
    a look at two in-memory limits. Looking the address up, storing a link and sending it
    happen afterwards, off the request path, so neither the answer nor its timing tells which
    addresses are registered.

    The client address's limit is checked before the body is read. Nothing a stranger sends
    refuses a staff member's sign-in: an address gets at most one e-mail per
    :data:`~bot.staff.ratelimit.MAIL_GAP` (later asks are answered as usual and send nothing;
    the link already in the mailbox keeps working) and :data:`~bot.staff.ratelimit.MAILS_PER_DAY`
    a day.
    """
    s = staff(request)
    if not s.per_ip.hit(_client(request)):
        logger.warning("sign-in requests over the limit of one client address")
        response = page(request, "error.html", status=429, code=429, reason="rate")
        response.headers["Retry-After"] = "900"
        return response
    form = await request.post()
    if not same(str(form.get("csrf", "")), request.cookies.get(CSRF_COOKIE)):
        raise web.HTTPForbidden(reason="csrf")
    email = str(form.get("email", "")).strip()[:MAX_EMAIL]
    if not email:
        return _with_csrf(request, "login.html", status=400, demo=s.services.config.demo)
    tag = email_tag(email)
    send = s.mail_gap.hit(tag) and s.mail_daily.hit(tag)
    response = page(request, "login_sent.html")
    staff_headers(response)
    await response.prepare(request)
    await response.write_eof()  # the whole answer is out before any work on the address
    if send:
        _later(s, _issue_link(s, email, visitor(request).lang))
    else:
        logger.info("sign-in link for staff %s not sent: one was sent a moment ago", tag)
    return response


def _later(s: StaffWeb, work: Coroutine[Any, Any, None]) -> None:
    """Run ``work`` after the answer (awaited on cleanup, and by tests)."""
    task = asyncio.create_task(work)
    s.mail_tasks.add(task)
    task.add_done_callback(s.mail_tasks.discard)


async def _issue_link(s: StaffWeb, email: str, lang: str) -> None:
    """Look the address up; for a staff user, store a link and send it."""
    try:
        found = await s.db(s.signin.request_link, email, s.now())
    except Exception:
        logger.exception("could not make a sign-in link (staff %s)", email_tag(email))
        return
    if found is None:
        logger.info("sign-in asked for an unknown address (staff %s)", email_tag(email))
        return
    user, link = found
    await _send_link(s, user, link, lang)


async def _send_link(s: StaffWeb, user: StaffUser, link: str, lang: str) -> None:
    tag = email_tag(user.email)
    mailer = s.services.mailer
    if mailer is None:
        logger.warning(
            "DEMO MODE (no IGUBOT_SMTP_URL): the sign-in link for staff %s is printed here "
            "instead of e-mailed; it works once, for 15 minutes: %s",
            tag,
            link,
        )
        return
    message = build_message(s.signin.link_email(user, link, lang), s.services.config)
    try:
        await asyncio.to_thread(mailer.send, message)
    except MailError as exc:
        logger.error("sign-in e-mail to staff %s failed: %s", tag, exc)
    else:
        logger.info("sign-in link e-mailed to staff %s", tag)


async def signin_page(request: web.Request) -> web.StreamResponse:
    """``GET /staff/signin?token=…``: a button that spends the link (scanners only GET)."""
    token = request.query.get("token", "")
    return _with_csrf(request, "signin.html", token=token)


async def signin_submit(request: web.Request) -> web.StreamResponse:
    """``POST /staff/signin``: spend the link once and start a session."""
    s = staff(request)
    form = await request.post()
    if not same(str(form.get("csrf", "")), request.cookies.get(CSRF_COOKIE)):
        raise web.HTTPForbidden(reason="csrf")
    token = str(form.get("token", ""))[:100]
    started = await s.db(s.signin.spend_link, token, s.now()) if token else None
    if started is None:
        return page(request, "error.html", status=400, code=400, reason="link")
    logger.info("staff %s signed in", email_tag(started.session.user.email))
    response = web.HTTPSeeOther(location="/staff/")
    hours = s.services.config.session_hours
    set_cookie(response, request, SESSION_COOKIE, started.cookie, max_age=hours * 3600)
    response.del_cookie(CSRF_COOKIE, path="/staff/")
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    """``POST /staff/logout``: end the session here and in the database."""
    s = staff(request)
    await checked_form(request)
    cookie = request.cookies.get(SESSION_COOKIE, "")
    await s.db(s.services.store.delete_staff_session, secret_hash(cookie))
    response = web.HTTPSeeOther(location="/staff/login")
    response.del_cookie(SESSION_COOKIE, path="/staff/")
    raise response


async def switch_language(request: web.Request) -> web.StreamResponse:
    """``GET /staff/lang?set=en``: remember the staff language in a cookie."""
    lang = request.query.get("set", "")
    response = web.HTTPSeeOther(location="/staff/")
    if lang in STAFF_LANGS:
        set_cookie(request=request, response=response, name=LANG_COOKIE, value=lang)
    raise response


def add_routes(app: web.Application) -> None:
    """Register the sign-in routes."""
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login_submit)
    app.router.add_get("/signin", signin_page)
    app.router.add_post("/signin", signin_submit)
    app.router.add_post("/logout", logout)
    app.router.add_get("/lang", switch_language)
