"""Sign-in under attack (issue 17, second round): a stranger can neither lock staff out nor flood
their mailbox, the client address is the one the chat API uses, known and unknown addresses cost
the request the same work, and odd input is a 4xx page, never a traceback.

The staff pages run in the real web app with a real SMTP server on loopback and a settable clock
for the limits.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request
from aiosmtpd.controller import Controller
from pytest_aiohttp import AiohttpClient

from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from bot.staff.accesslog import RedactingAccessLogger
from bot.staff.ratelimit import DAY, MAIL_GAP, MAILS_PER_DAY, PER_ADDRESS
from tests.support.staff import Inbox, staff_config
from tests.support.staff_web import AARHUS, KK, Staff, ask_link, hidden, sign_in, spend, start
from tests.support.tree import ROOT

BASE = "http://127.0.0.1:8080"


def make_app(tmp_path: Path, content: Content, **settings: object) -> App:
    return build_app(
        Settings.load(None, {}, data_dir=tmp_path, content_dir=ROOT, **settings), content=content
    )


@pytest.fixture
def app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    built = make_app(tmp_path, tree_content)
    yield built
    built.close()


@pytest.fixture
def proxied(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    """The bot behind one reverse proxy of ours (``IGUBOT_TRUST_PROXY=1``)."""
    built = make_app(tmp_path, tree_content, trust_proxy=1)
    yield built
    built.close()


@pytest.fixture
async def staff(
    aiohttp_client: AiohttpClient, app: App, inbox: Inbox, port: int, smtp: Controller
) -> Staff:
    return await start(aiohttp_client, app, inbox, staff_config(port, base_url=BASE))


async def ask(s: Staff, email: str, forwarded_for: str | None = None) -> int:
    """Post the sign-in form once (as a client behind ``forwarded_for``); the status."""
    form = hidden(await (await s.client.get("/staff/login")).text())
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    r = await s.client.post(
        "/staff/login", data={"email": email, "csrf": form["csrf"]}, headers=headers
    )
    return r.status


# -- 1. the client address behind the proxy -----------------------------------------------------


async def test_signin_limit_behind_the_proxy_is_per_client_not_for_everyone(
    aiohttp_client: AiohttpClient, proxied: App, inbox: Inbox, port: int, smtp: Controller
) -> None:
    s = await start(aiohttp_client, proxied, inbox, staff_config(port, base_url=BASE))
    flooder = "203.0.113.7"
    statuses = [await ask(s, f"x{i}@example.org", flooder) for i in range(PER_ADDRESS + 1)]
    await s.mail_sent()

    assert statuses == [200] * PER_ADDRESS + [429]
    assert await ask(s, AARHUS, "198.51.100.20") == 200, "another client still signs in"
    await s.mail_sent()
    assert len(s.inbox.to(AARHUS)) == 1


async def test_signin_limit_without_a_proxy_ignores_forged_forwarded_for(staff: Staff) -> None:
    statuses = [
        await ask(staff, f"x{i}@example.org", f"192.0.2.{i}") for i in range(PER_ADDRESS + 1)
    ]
    await staff.mail_sent()
    assert statuses[-1] == 429, "a made-up X-Forwarded-For is no new client"


# -- 2. a stranger cannot lock a staff member out, nor flood their mailbox --------------------------


async def test_signin_stranger_asking_for_a_staff_address_neither_locks_out_nor_floods(
    staff: Staff,
) -> None:
    link = await ask_link(staff, AARHUS)  # the real person's link is in their mailbox
    statuses = [await ask(staff, AARHUS, None) for _ in range(10)]
    await staff.mail_sent()

    assert statuses == [200] * 10, "never a 429 for an address someone else typed"
    assert len(staff.inbox.to(AARHUS)) == 1, "one e-mail per cool-down"
    assert (await spend(staff, link)).status == 303, "the link in the mailbox still works"


async def test_signin_mail_per_address_has_a_cool_down_and_a_daily_cap(staff: Staff) -> None:
    for _ in range(MAILS_PER_DAY + 5):
        assert await ask(staff, KK) == 200
        staff.ticks[0] += MAIL_GAP
    await staff.mail_sent()
    assert len(staff.inbox.to(KK)) == MAILS_PER_DAY

    staff.ticks[0] += DAY
    assert await ask(staff, KK) == 200
    await staff.mail_sent()
    assert len(staff.inbox.to(KK)) == MAILS_PER_DAY + 1, "the next day, mail again"


async def test_signin_real_person_signs_in_while_a_stranger_keeps_asking(staff: Staff) -> None:
    for _ in range(3):
        await ask(staff, AARHUS)
        staff.ticks[0] += 60
    await staff.mail_sent()
    staff.ticks[0] += MAIL_GAP
    csrf = await sign_in(staff, AARHUS)  # a fresh link once the cool-down has passed
    assert csrf


# -- 8. known and unknown addresses: the same work before the answer -------------------------------


def login_tokens(app: App) -> int:
    with closing(sqlite3.connect(app.settings.database)) as db:
        return int(db.execute("SELECT count(*) FROM staff_login_tokens").fetchone()[0])


async def test_signin_answer_comes_before_any_database_work_for_both_addresses(
    staff: Staff, app: App
) -> None:
    form = hidden(await (await staff.client.get("/staff/login")).text())
    release, busy = threading.Event(), threading.Event()

    def hold_the_database_thread() -> None:
        busy.set()
        release.wait(30)

    held = asyncio.ensure_future(app.runner.call(hold_the_database_thread))
    await asyncio.to_thread(busy.wait, 30)
    try:
        async with asyncio.timeout(10):  # fails (instead of hanging) if the answer waits
            answers = []
            for email in (AARHUS, "nobody@example.org"):
                r = await staff.client.post(
                    "/staff/login", data={"email": email, "csrf": form["csrf"]}
                )
                answers.append((r.status, await r.text()))
        assert answers[0] == answers[1]
        assert answers[0][0] == 200
        assert login_tokens(app) == 0, "no link stored before the answer"
        assert staff.inbox.messages == []
    finally:
        release.set()
        await held
    await staff.mail_sent()
    assert login_tokens(app) == 1
    assert [str(m["To"]) for m in staff.inbox.messages] == [AARHUS]


# -- 10. odd numbers in staff URLs are 4xx pages --------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/staff/leads/" + "9" * 30, 404),
        ("/staff/leads/" + "9" * 5000, 404),
        ("/staff/?page=" + "9" * 30, 400),
        ("/staff/leads.csv?page=" + "9" * 30, 400),
    ],
)
async def test_staff_huge_numbers_in_urls_are_4xx_pages(
    staff: Staff, path: str, status: int
) -> None:
    await sign_in(staff, AARHUS)
    r = await staff.client.get(path)
    assert r.status == status
    assert r.content_type == "text/html"
    assert r.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    assert "Traceback" not in await r.text()


# -- 11. the access log writes what was sent, escaped -------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "/staff/x%0a[06/Dec/2026:00:00:00 +0000] %22GET /staff/ HTTP/1.1%22 200",
        "/staff/x%0d%0aforged",
        "/api/v1/x%0aforged?q=%0a",
        "/staff/%E2%80%AEevil",
    ],
)
def test_access_log_line_cannot_be_forged_by_an_encoded_newline(
    caplog: pytest.LogCaptureFixture, target: str
) -> None:
    access = RedactingAccessLogger(logging.getLogger("aiohttp.access"), "")
    with caplog.at_level(logging.INFO, logger="aiohttp.access"):
        access.log(make_mocked_request("GET", target), web.Response(text="ok"), 0.01)
    [line] = [r.getMessage() for r in caplog.records]
    assert "\n" not in line
    assert "\r" not in line
    assert "\u202e" not in line
    assert line.count('"') == 2, "the request line stays one quoted field"
    assert "%0a" in line or "%0d" in line or "%E2%80%AE" in line
