"""Check before consent in a real browser (Debian's Chromium through Playwright): a learner on
the web chat fills in the interest form, sees the summary, corrects the phone number there and
consents; a staff member signed in on the staff pages then sees the corrected number. The real
server on 127.0.0.1, a real SQLite file, a real SMTP server for the sign-in link.

Skipped when /usr/bin/chromium is missing, unless IGUBOT_REQUIRE_BROWSER is set (then it
fails).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import Page, async_playwright, expect
from pytest_aiohttp import AiohttpServer

from bot.channels.web import make_web_app
from bot.content import Content
from bot.face.app import App, build_app
from bot.face.server import staff_app_for
from bot.kernel.config import Settings
from bot.staff.web import STAFF_KEY
from bot.store import iso_timestamp
from tests.support.browser import require_chromium
from tests.support.staff import T0, Clock, Inbox, body_text, free_port, smtp_server, staff_config
from tests.support.tree import ROOT

BOT = "#log .msg.bot[data-id]"

# Up to the summary (tests/dialogues/interest_review_change_phone.yaml): what to do, then the id
# of the newest message expected back.
UP_TO_SUMMARY = [
    ("choice", "en", "menu-start-ask"),
    ("choice", "interest", "interest-name-ask"),
    ("text", "Amina Hassan", "interest-municipality-ask"),
    ("text", "Aarhus", "interest-contact-ask"),
    ("choice", "phone", "interest-phone-ask"),
    ("text", "20 12 34 56", "interest-interpreter-ask"),
    ("choice", "yes", "interest-danish-ask"),
    ("choice", "little", "interest-work-ask"),
    ("choice", "transport", "common-review"),
]


@pytest.fixture
def app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    settings = Settings.load(
        None,
        {},
        data_dir=tmp_path,
        content_dir=ROOT,
        chat_rate_per_ip=0,
        chat_rate_per_session=0,
    )
    built = build_app(settings, content=tree_content)
    yield built
    built.close()


async def wait_for(page: Page, msg_id: str) -> None:
    """Until the newest bot message is ``msg_id`` and the log is not busy."""
    await expect(page.locator(BOT).last).to_have_attribute("data-id", msg_id, timeout=10_000)
    await expect(page.locator("#log")).to_have_attribute("aria-busy", "false")


async def do(page: Page, kind: str, value: str) -> None:
    """Press the live button of ``value``, or type ``value`` and press Enter."""
    if kind == "choice":
        await page.locator(f'#log .choices button[data-value="{value}"]').click()
    else:
        await page.get_by_role("textbox").fill(value)
        await page.get_by_role("textbox").press("Enter")


async def test_review_browser_learner_corrects_the_phone_and_staff_see_the_new_number(
    aiohttp_server: AiohttpServer, app: App
) -> None:
    chromium = require_chromium()
    smtp_port, http_port = free_port(), free_port()
    inbox = Inbox()
    base = f"http://127.0.0.1:{http_port}"
    web_app = make_web_app(app.runner, app.settings)
    staff_app = staff_app_for(app, staff_config(smtp_port, base_url=base), clock=Clock())
    web_app.add_subapp("/staff/", staff_app)
    app.store.add_staff_user("igu@aarhus.example", ["751"], iso_timestamp(T0))
    await aiohttp_server(web_app, host="127.0.0.1", port=http_port)

    with smtp_server(inbox, smtp_port):
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                learner = await browser.new_page(viewport={"width": 390, "height": 760})
                await learner.goto(f"{base}/")
                await wait_for(learner, "language-choose")
                for kind, value, expected in UP_TO_SUMMARY:
                    await do(learner, kind, value)
                    await wait_for(learner, expected)
                summary = learner.locator(BOT).last
                await expect(summary).to_contain_text("Phone: \u2066+45 20 12 34 56\u2069")
                await expect(summary).to_contain_text("Contact by: Phone call")

                # The buttons by their labels, as the learner sees them.
                await learner.get_by_role("button", name="Change an answer").last.click()
                await wait_for(learner, "common-review-which")
                await learner.get_by_role("button", name="Phone", exact=True).click()
                await wait_for(learner, "interest-phone-ask")
                await do(learner, "text", "30 12 34 56")
                await wait_for(learner, "common-review")
                summary = learner.locator(BOT).last
                await expect(summary).to_contain_text("+45 30 12 34 56")
                await expect(summary).not_to_contain_text("+45 20 12 34 56")
                await learner.get_by_role("button", name="All correct").last.click()
                await wait_for(learner, "interest-consent-ask")
                await learner.get_by_role("button", name="Yes, send").last.click()
                await wait_for(learner, "menu-start-ask")
                await expect(learner.locator(f'{BOT}[data-id="interest-saved"]')).to_have_count(1)

                staff = await browser.new_page(viewport={"width": 1280, "height": 800})
                await staff.goto(f"{base}/staff/login")
                await staff.fill("#email", "igu@aarhus.example")
                await staff.click("button[type=submit] >> text=Send mig et link")
                await expect(staff.locator("h1")).to_have_text("Tjek din e-mail")
                await asyncio.gather(*staff_app[STAFF_KEY].mail_tasks)
                [link] = re.findall(r"http://\S+token=[\w-]+", body_text(inbox.messages[0]))
                await staff.goto(link)
                await staff.click("#signin")
                await expect(staff).to_have_url(f"{base}/staff/")
                table = staff.locator("table.leads")
                await expect(table).to_contain_text("+4530123456")
                await expect(table).not_to_contain_text("+4520123456")
            finally:
                await browser.close()

    [lead] = app.store.leads()
    assert (lead.phone, lead.name, lead.municipality) == ("+4530123456", "Amina Hassan", "751")
    assert lead.consent_version == app.content.consent_version("interest-consent-ask")
