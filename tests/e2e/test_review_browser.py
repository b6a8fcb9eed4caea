"""Check before consent in a real browser (Debian's Chromium through Playwright): a learner on
the web chat fills in the interest form, sees the summary, corrects the phone number there and
consents; a staff member signed in on the staff pages then sees the corrected number. The real
server on 127.0.0.1, a real SQLite file, a real SMTP server for the sign-in link.

Skipped when /usr/bin/chromium is missing, unless IGUBOT_REQUIRE_BROWSER is set (then it
fails).
"""

from __future__ import annotations

from playwright.async_api import async_playwright, expect
from pytest_aiohttp import AiohttpServer

from bot.face.app import App
from tests.support.browser import require_chromium
from tests.support.chatpage import (
    BOT,
    INTEREST_STEPS,
    do,
    serve_chat_and_staff,
    sign_in,
    wait_for,
)
from tests.support.staff import smtp_server

# Up to the summary (tests/dialogues/interest_review_change_phone.yaml): what to do, then the id
# of the newest message expected back.
UP_TO_SUMMARY = [
    (kind, value.replace("$LANG", "en"), then) for kind, value, then in INTEREST_STEPS[:9]
]


async def test_review_browser_learner_corrects_the_phone_and_staff_see_the_new_number(
    aiohttp_server: AiohttpServer, chat_app: App
) -> None:
    chromium = require_chromium()
    served = await serve_chat_and_staff(aiohttp_server, chat_app)
    base = served.base

    with smtp_server(served.inbox, served.smtp_port):
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

                staff = await sign_in(browser, served)
                table = staff.locator("table.leads")
                await expect(table).to_contain_text("+4530123456")
                await expect(table).not_to_contain_text("+4520123456")
            finally:
                await browser.close()

    [lead] = chat_app.store.leads()
    assert (lead.phone, lead.name, lead.municipality) == ("+4530123456", "Amina Hassan", "751")
    assert lead.consent_version == chat_app.content.consent_version("interest-consent-ask")
