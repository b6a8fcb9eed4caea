"""The widget on another site speaks that page's language, in Chromium (Playwright).

The button's label is ``web-widget-button`` of the page's ``<html lang>`` (or of the script
tag's ``data-lang``); a start payload with a language opens the chat in it without asking.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiohttp import web
from playwright.sync_api import Browser, expect

from bot.content import Content
from tests.e2e import test_browser as shared
from tests.support.live import LiveServer

# The browser tests' bot, server and browser (one of each for this module).
bot = shared.bot
server = shared.server

HOST_PAGE = """<!doctype html>
{html}<head><meta charset="utf-8"><title>IGU</title></head>
<body><main><h1>IGU</h1></main>
<script src="{bot}/widget.js" {attrs} defer></script>
</body></html>
"""
HOSTS = {
    "ar": ('<html lang="ar" dir="rtl">', 'data-start="m751_poster_ar"'),
    "fa-IR": ('<html lang="fa-IR" dir="rtl">', ""),
    "da-page-ar-tag": ('<html lang="da">', 'data-lang="ar"'),
}


@pytest.fixture(scope="module")
def host_site(server: LiveServer) -> Iterator[LiveServer]:
    """Another site (another loopback port) with a page per host in ``HOSTS``."""

    async def page(request: web.Request) -> web.Response:
        html, attrs = HOSTS[request.match_info["name"]]
        text = HOST_PAGE.format(html=html, bot=server.origin, attrs=attrs)
        return web.Response(text=text, content_type="text/html")

    app = web.Application()
    app.router.add_get("/{name}", page)
    with LiveServer(app) as live:
        yield live


@pytest.mark.parametrize(("host", "lang"), [("fa-IR", "fa"), ("da-page-ar-tag", "ar")])
def test_browser_widget_label_is_in_the_page_language(
    browser: Browser, host_site: LiveServer, tree_content: Content, host: str, lang: str
) -> None:
    session = shared.open_session(browser)
    session.page.goto(f"{host_site.origin}/{host}")

    label = tree_content.catalog.format(lang, "web-widget-button")
    expect(session.page.locator("#igubot-button")).to_have_text(label)
    assert label != tree_content.catalog.format("en", "web-widget-button")
    session.page.context.close()


def test_browser_widget_on_an_arabic_page_opens_the_chat_in_arabic(
    browser: Browser, host_site: LiveServer, tree_content: Content
) -> None:
    session = shared.open_session(browser)
    page = session.page
    page.goto(host_site.origin + "/ar")
    label = tree_content.catalog.format("ar", "web-widget-button")

    button = page.get_by_role("button", name=label)
    expect(button).to_be_visible()
    button.click()
    frame = page.frame_locator("#igubot-frame")
    # the poster's link says Arabic: no language question, the menu at once, in Arabic
    expect(frame.locator(f'#log {shared.BOT}[data-id="language-preset"]')).to_be_visible()
    expect(frame.locator(f"#log {shared.BOT}").last).to_have_attribute("data-id", "menu-start-ask")
    expect(frame.locator("html")).to_have_attribute("lang", "ar")
    expect(frame.locator("html")).to_have_attribute("dir", "rtl")
    assert not page.frame_locator("#igubot-frame").locator('[data-id="language-choose"]').count()
    assert session.chat_posts()[0]["start"] == "m751_poster_ar"
    shared.screenshot(page, "widget-ar")
    page.context.close()
