"""A real browser (Debian's Chromium through Playwright) signs in by e-mailed link, reads the
working list (no sideways scrolling of the page on a laptop screen), downloads the .xlsx and
changes a lead's status, against the real server on 127.0.0.1 and a real SMTP server.

Skipped when /usr/bin/chromium is missing, unless IGUBOT_REQUIRE_BROWSER is set (then it
fails). tests/staff/test_web.py runs the same steps through aiohttp's client everywhere.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.async_api import async_playwright, expect
from pytest_aiohttp import AiohttpServer

from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from bot.staff.web import STAFF_KEY
from tests.support.browser import require_chromium
from tests.support.chatpage import serve_chat_and_staff
from tests.support.staff import (
    add_leads,
    body_text,
    lead,
    smtp_server,
)
from tests.support.tree import ROOT


@pytest.fixture
def app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    settings = Settings.load(None, {}, data_dir=tmp_path, content_dir=ROOT)
    built = build_app(settings, content=tree_content)
    yield built
    built.close()


async def test_staff_browser_signs_in_and_changes_a_status(
    aiohttp_server: AiohttpServer, app: App
) -> None:
    chromium = require_chromium()
    served = await serve_chat_and_staff(aiohttp_server, app)
    base, inbox, staff_app = served.base, served.inbox, served.staff_app
    [lead_id] = add_leads(app.store, lead("751"))

    async def mail_sent() -> None:
        await asyncio.gather(*staff_app[STAFF_KEY].mail_tasks)

    with smtp_server(inbox, served.smtp_port):
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"]
            )
            try:
                page = await browser.new_page(
                    viewport={"width": 1280, "height": 800}, accept_downloads=True
                )
                await page.goto(f"{base}/staff/")
                await expect(page).to_have_url(f"{base}/staff/login")
                await page.fill("#email", "igu@aarhus.example")
                await page.click("button[type=submit] >> text=Send mig et link")
                await expect(page.locator("h1")).to_have_text("Tjek din e-mail")
                await mail_sent()
                [link] = re.findall(r"http://\S+token=[\w-]+", body_text(inbox.messages[0]))

                await page.goto(link)
                await page.click("#signin")
                await expect(page).to_have_url(f"{base}/staff/")
                await expect(page.locator("table.leads")).to_contain_text("+4520123456")
                widths = await page.evaluate(
                    "[document.documentElement.scrollWidth, window.innerWidth]"
                )
                assert widths[0] <= widths[1], widths  # the table scrolls in its box, not the page
                async with page.expect_download() as waiting:
                    await page.click("a.button >> text=Hent til Excel (.xlsx)")
                download = await waiting.value
                assert download.suggested_filename == "igubot-leads.xlsx"
                saved = await asyncio.to_thread(Path(await download.path()).read_bytes)
                sheet = load_workbook(io.BytesIO(saved)).worksheets[0]
                assert [c.value for c in sheet[2]][6] == "Amina Hassan"
                await page.get_by_role("link", name="Amina Hassan").click()
                await page.select_option("#status", "contacted")
                await page.click("#save-status")
                await expect(page.locator("ol.notes")).to_contain_text("Status sat til: Kontaktet")
            finally:
                await browser.close()

    [item] = app.store.staff_leads_by_ids([lead_id])
    assert item.lead.status == "contacted"
