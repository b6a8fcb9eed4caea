"""Names staff can read, in a real browser (Debian's Chromium through Playwright): a learner on
an Arabic phone-sized web chat types her name in Arabic letters, is asked for it as on the
residence card in Latin letters, sees both in the summary before consent and consents; a second
learner skips the Latin name. A staff member signed in on the staff pages sees both names of
the first, and for the second the name as typed with a spelling marked as approximate.

The real server on 127.0.0.1, a real SQLite file, a real SMTP server for the sign-in link.
Skipped when /usr/bin/chromium is missing, unless IGUBOT_REQUIRE_BROWSER is set (then it fails).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect
from pytest_aiohttp import AiohttpServer

from bot.channels.web import make_web_app
from bot.content import Content
from bot.face.app import App, build_app
from bot.face.server import staff_app_for
from bot.i18n.latin import approximate_latin
from bot.kernel.config import Settings
from bot.staff.web import STAFF_KEY
from bot.store import iso_timestamp
from tests.support.browser import require_chromium
from tests.support.staff import T0, Clock, Inbox, body_text, free_port, smtp_server, staff_config
from tests.support.tree import ROOT

BOT = "#log .msg.bot[data-id]"
AMINA = "أمينة أحمد"
SABA = "سبا تسفاي"


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
        await page.locator(f'#log .choices button[data-value="{value}"]').last.click()
    else:
        await page.get_by_role("textbox").fill(value)
        await page.get_by_role("textbox").press("Enter")


async def learner_form(browser: Browser, base: str, name: str, latin: str | None) -> Page:
    """An Arabic learner through the interest form up to the summary before consent."""
    page = await browser.new_page(viewport={"width": 320, "height": 640})
    await page.goto(f"{base}/")
    await wait_for(page, "language-choose")
    await do(page, "choice", "ar")
    await wait_for(page, "menu-start-ask")
    await do(page, "choice", "interest")
    await wait_for(page, "interest-name-ask")
    await do(page, "text", name)
    await wait_for(page, "interest-name-latin-ask")  # asked: the name is not in Latin letters
    await do(page, "text", latin) if latin else await do(page, "choice", "skip")
    steps = [
        ("text", "Aarhus", "interest-contact-ask"),
        ("choice", "phone", "interest-phone-ask"),
        ("text", "20 12 34 56", "interest-interpreter-ask"),
        ("choice", "yes", "interest-danish-ask"),
        ("choice", "little", "interest-work-ask"),
        ("choice", "food", "common-review"),
    ]
    await wait_for(page, "interest-municipality-ask")
    for kind, value, expected in steps:
        await do(page, kind, value)
        await wait_for(page, expected)
    return page


async def consent(page: Page) -> None:
    await do(page, "choice", "review:ok")
    await wait_for(page, "interest-consent-ask")
    await do(page, "choice", "yes")
    await wait_for(page, "menu-start-ask")


async def test_names_browser_staff_see_the_typed_and_the_latin_name(
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
    spelled = approximate_latin(SABA)
    assert spelled
    assert spelled != SABA

    with smtp_server(inbox, smtp_port):
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                amina = await learner_form(browser, base, AMINA, "Amina Ahmed")
                summary = amina.locator(BOT).last
                await expect(summary).to_contain_text(AMINA)
                await expect(summary).to_contain_text("Amina Ahmed")
                await consent(amina)
                saba = await learner_form(browser, base, SABA, None)
                await consent(saba)

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
                for shown in (AMINA, "Amina Ahmed", SABA, spelled):
                    await expect(table).to_contain_text(shown)

                await staff.get_by_role("link", name=AMINA).click()
                page = staff.locator("main")
                await expect(page).to_contain_text("Navn med latinske bogstaver")
                await expect(page).to_contain_text("Amina Ahmed")
                await expect(page).not_to_contain_text("kan være upræcis")
                await staff.go_back()
                await staff.get_by_role("link", name=SABA).click()
                await expect(page).to_contain_text(spelled)
                await expect(page).to_contain_text("kan være upræcis")
            finally:
                await browser.close()

    leads = {lead.name: lead for lead in app.store.leads()}
    assert leads[AMINA].name_latin == "Amina Ahmed"
    assert leads[SABA].name_latin is None  # the spelling is shown, never stored
