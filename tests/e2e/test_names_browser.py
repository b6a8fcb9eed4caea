"""Names staff can read, in a real browser (Debian's Chromium through Playwright): a learner on
an Arabic phone-sized web chat types her name in Arabic letters, is asked for it as on the
residence card in Latin letters, sees both in the summary before consent and consents; a second
learner skips the Latin name. A staff member signed in on the staff pages sees both names of
the first, and for the second the name as typed with a spelling marked as approximate.

The real server on 127.0.0.1, a real SQLite file, a real SMTP server for the sign-in link.
Skipped when /usr/bin/chromium is missing, unless IGUBOT_REQUIRE_BROWSER is set (then it fails).
"""

from __future__ import annotations

from playwright.async_api import Browser, Page, async_playwright, expect
from pytest_aiohttp import AiohttpServer

from bot.face.app import App
from bot.i18n.latin import approximate_latin
from tests.support.browser import require_chromium
from tests.support.chatpage import BOT, do, serve_chat_and_staff, sign_in, wait_for
from tests.support.staff import smtp_server

AMINA = "أمينة أحمد"
SABA = "سبا تسفاي"


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
    aiohttp_server: AiohttpServer, chat_app: App
) -> None:
    chromium = require_chromium()
    served = await serve_chat_and_staff(aiohttp_server, chat_app)
    base = served.base
    spelled = approximate_latin(SABA)
    assert spelled
    assert spelled != SABA

    with smtp_server(served.inbox, served.smtp_port):
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

                staff = await sign_in(browser, served)
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

    leads = {lead.name: lead for lead in chat_app.store.leads()}
    assert leads[AMINA].name_latin == "Amina Ahmed"
    assert leads[SABA].name_latin is None  # the spelling is shown, never stored
