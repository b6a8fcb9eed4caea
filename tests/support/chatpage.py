"""The web chat and the staff pages served on 127.0.0.1 for a real browser, and what a learner
and a staff member do there: press a button, type, wait for the bot, sign in by e-mailed link.

Shared by the browser tests in tests/e2e/ (the chat page's own test, the summary before consent,
names, the staff pages).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from aiohttp import web
from playwright.async_api import Browser, Page, expect
from pytest_aiohttp import AiohttpServer

from bot.channels.web import make_web_app
from bot.face.app import App
from bot.face.server import staff_app_for
from bot.staff.web import STAFF_KEY
from bot.store import iso_timestamp
from tests.support.staff import T0, Clock, Inbox, body_text, free_port, staff_config

# The interest form by buttons and typing (tests/dialogues/interest_phone.yaml): what to do,
# then the id of the last message expected back. "$LANG" is the language under test.
INTEREST_STEPS: list[tuple[str, str, str]] = [
    ("choice", "$LANG", "menu-start-ask"),
    ("choice", "interest", "interest-name-ask"),
    ("text", "Amina Hassan", "interest-municipality-ask"),
    ("text", "Aarhus", "interest-contact-ask"),
    ("choice", "phone", "interest-phone-ask"),
    ("text", "20 12 34 56", "interest-interpreter-ask"),
    ("choice", "yes", "interest-danish-ask"),
    ("choice", "little", "interest-work-ask"),
    ("choice", "transport", "common-review"),
    ("choice", "review:ok", "interest-consent-ask"),
    ("choice", "yes", "menu-start-ask"),
]

#: The bot's messages in the chat's log, each with its Fluent id.
BOT = "#log .msg.bot[data-id]"
#: The staff member the served pages know (Aarhus).
STAFF_EMAIL = "igu@aarhus.example"


async def wait_for(page: Page, msg_id: str) -> None:
    """Until the newest bot message is ``msg_id`` and the log is not busy."""
    await expect(page.locator(BOT).last).to_have_attribute("data-id", msg_id, timeout=10_000)
    await expect(page.locator("#log")).to_have_attribute("aria-busy", "false")


async def do(page: Page, kind: str, value: str) -> None:
    """Press the live button of ``value`` (``kind`` "choice"), or type ``value`` and press
    Enter."""
    if kind == "choice":
        await page.locator(f'#log .choices button[data-value="{value}"]').last.click()
    else:
        await page.get_by_role("textbox").fill(value)
        await page.get_by_role("textbox").press("Enter")


@dataclass
class Served:
    """The chat and staff pages of one app on 127.0.0.1, and where their e-mail goes."""

    base: str
    staff_app: web.Application
    inbox: Inbox
    smtp_port: int


async def serve_chat_and_staff(aiohttp_server: AiohttpServer, app: App) -> Served:
    """Serve ``app``'s web chat with its staff pages under ``/staff/``, for
    :data:`STAFF_EMAIL` (Aarhus, 751); the sign-in e-mail goes to the returned SMTP port."""
    smtp_port, http_port = free_port(), free_port()
    base = f"http://127.0.0.1:{http_port}"
    web_app = make_web_app(app.runner, app.settings)
    staff_app = staff_app_for(app, staff_config(smtp_port, base_url=base), clock=Clock())
    web_app.add_subapp("/staff/", staff_app)
    app.store.add_staff_user(STAFF_EMAIL, ["751"], iso_timestamp(T0))
    await aiohttp_server(web_app, host="127.0.0.1", port=http_port)
    return Served(base, staff_app, Inbox(), smtp_port)


async def sign_in(browser: Browser, served: Served) -> Page:
    """A staff page signed in as :data:`STAFF_EMAIL` through the e-mailed link (the SMTP
    server on ``served.smtp_port`` must be running), at the lead list."""
    staff = await browser.new_page(viewport={"width": 1280, "height": 800})
    await staff.goto(f"{served.base}/staff/login")
    await staff.fill("#email", STAFF_EMAIL)
    await staff.click("button[type=submit] >> text=Send mig et link")
    await expect(staff.locator("h1")).to_have_text("Tjek din e-mail")
    await asyncio.gather(*served.staff_app[STAFF_KEY].mail_tasks)
    [link] = re.findall(r"http://\S+token=[\w-]+", body_text(served.inbox.messages[-1]))
    await staff.goto(link)
    await staff.click("#signin")
    await expect(staff).to_have_url(f"{served.base}/staff/")
    return staff
