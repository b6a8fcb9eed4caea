"""The staff pages served in the real web app to aiohttp's client, and signing in to them."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.channels.web import make_web_app
from bot.face.app import App
from bot.face.server import staff_app_for
from bot.staff.config import StaffConfig
from bot.staff.web import STAFF_KEY
from bot.store import Store, iso_timestamp
from tests.support.staff import T0, Clock, Inbox, body_text

Client = TestClient[web.Request, web.Application]
AARHUS = "igu@aarhus.example"
KK = "igu@kk.example"
_HIDDEN = re.compile(r'name="(csrf|token)" value="([^"]*)"')
#: A sign-in link as the e-mail and the log show it.
SIGNIN_LINK = re.compile(r"https?://\S+/staff/signin\?token=[\w-]+")


@dataclass
class Staff:
    """A running server with the staff pages, its database, SMTP inbox and clock."""

    client: Client
    staff_app: web.Application
    store: Store
    inbox: Inbox
    clock: Clock
    ticks: list[float]

    async def mail_sent(self) -> None:
        """Wait for the sign-in e-mails the server is sending (no sleeping)."""
        tasks = self.staff_app[STAFF_KEY].mail_tasks
        await asyncio.gather(*tasks)


def hidden(html: str) -> dict[str, str]:
    """The hidden ``csrf`` and ``token`` fields of a page's forms."""
    return dict(_HIDDEN.findall(html))


async def start(
    aiohttp_client: AiohttpClient, app: App, inbox: Inbox, config: StaffConfig
) -> Staff:
    """Serve the staff pages of ``app`` with ``config``: two staff users (Aarhus; København and
    Frederiksberg), a settable clock and a settable rate-limit clock."""
    clock = Clock()
    ticks = [0.0]
    web_app = make_web_app(app.runner, app.settings)
    staff_app = staff_app_for(app, config, clock=clock, limiter_clock=lambda: ticks[0])
    web_app.add_subapp("/staff/", staff_app)
    client = await aiohttp_client(web_app)
    store = app.store
    store.add_staff_user(AARHUS, ["751"], iso_timestamp(T0))
    store.add_staff_user(KK, ["101", "147"], iso_timestamp(T0))
    return Staff(client, staff_app, store, inbox, clock, ticks)


async def ask_link(s: Staff, email: str) -> str:
    """Request a sign-in link through the form; return the link's path and query."""
    form = hidden(await (await s.client.get("/staff/login")).text())
    r = await s.client.post(
        "/staff/login",
        data={"email": email, "csrf": form["csrf"]},
        cookies={"igubot_staff_csrf": form["csrf"]},  # also when it is Secure (https)
    )
    assert r.status == 200
    await s.mail_sent()
    [link] = SIGNIN_LINK.findall(body_text(s.inbox.to(email)[-1]))
    parts = urlsplit(link)
    return f"{parts.path}?{parts.query}"


async def spend(s: Staff, link: str) -> Any:
    """Open a sign-in link and press its button: the server's answer."""
    page = hidden(await (await s.client.get(link)).text())
    return await s.client.post(
        "/staff/signin",
        data={"token": page["token"], "csrf": page["csrf"]},
        cookies={"igubot_staff_csrf": page["csrf"]},
        allow_redirects=False,
    )


async def sign_in(s: Staff, email: str) -> str:
    """Sign in as ``email``; return the session's CSRF token."""
    r = await spend(s, await ask_link(s, email))
    assert r.status == 303
    assert r.headers["Location"] == "/staff/"
    return hidden(await (await s.client.get("/staff/")).text())["csrf"]
