"""The README's widget snippet on another site, in Chromium: two servers on 127.0.0.1 with
different ports are different origins.

Without ``IGUBOT_FRAME_ANCESTORS`` the bot's ``frame-ancestors 'self'`` blocks the iframe: the
widget must then show a notice (with a link to the chat) and say in the console which setting to
change, not leave an empty box. With the host site in the setting, the chat runs in the frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Locator,
    Page,
    expect,
)

from bot.channels.web import make_web_app
from bot.content import Content
from bot.face.app import build_app
from bot.i18n.bidi import strip_marks
from bot.kernel.config import Settings
from tests.support.live import LiveServer
from tests.support.tree import ROOT

README_SNIPPET = re.compile(
    r"```html\n(<script src=\"https://bot\.example/widget\.js\"[^\n]*)\n```"
)


def readme_snippet() -> str:
    """The widget tag exactly as the README gives it."""
    found = README_SNIPPET.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README.md has no ```html block with the widget's script tag"
    return found.group(1)


@dataclass
class Sites:
    """A municipality's site and the bot, each on its own loopback port."""

    host: LiveServer
    bot_origin: str = ""

    def page_html(self) -> str:
        snippet = readme_snippet().replace("https://bot.example", self.bot_origin)
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            "<title>Jobs in Aarhus</title></head><body><h1>Jobs in Aarhus</h1>"
            f"{snippet}</body></html>"
        )


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    holder: list[Sites] = []

    async def page(_request: web.Request) -> web.Response:
        return web.Response(text=holder[0].page_html(), content_type="text/html")

    app = web.Application()
    app.router.add_get("/", page)
    with LiveServer(app) as host:
        holder.append(Sites(host))
        yield holder[0]


@contextmanager
def bot_server(data: Path, content: Content, **settings: str) -> Iterator[LiveServer]:
    """The bot's web application on its own loopback port (``settings`` as the environment)."""
    env = {"IGUBOT_DATA_DIR": str(data), "IGUBOT_CONTENT_DIR": str(ROOT), **settings}
    app = build_app(Settings.load(None, env), content=content)
    try:
        with LiveServer(make_web_app(app.runner, app.settings)) as live:
            yield live
    finally:
        app.close()


def open_host_page(browser: Browser, sites: Sites) -> tuple[Page, list[ConsoleMessage]]:
    """The host site in a fresh context; the console's messages are collected."""
    context = browser.new_context(viewport={"width": 1000, "height": 800}, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    console: list[ConsoleMessage] = []
    page.on("console", lambda message: console.append(message))
    page.goto(sites.host.origin + "/")
    return page, console


def chat_button(page: Page, content: Content) -> Locator:
    """The widget's button: its label is the snippet's language's (data-lang="ar")."""
    label = strip_marks(content.catalog.format("ar", "web-widget-button"))
    return page.get_by_role("button", name=label)


def igubot_errors(console: list[ConsoleMessage]) -> list[str]:
    return [m.text for m in console if m.type == "error" and m.text.startswith("igubot:")]


def test_widget_blocked_by_frame_ancestors_says_which_setting_to_change(
    browser: Browser, sites: Sites, tree_content: Content, tmp_path: Path
) -> None:
    with bot_server(tmp_path / "data", tree_content) as bot:
        sites.bot_origin = bot.origin
        page, console = open_host_page(browser, sites)
        chat_button(page, tree_content).click()

        notice = page.get_by_role("alert")
        expect(notice).to_contain_text("The chat cannot be shown on this page")
        expect(notice).to_contain_text(f"add {sites.host.origin}")
        expect(notice).to_contain_text("IGUBOT_FRAME_ANCESTORS")
        expect(page.locator("#igubot-frame")).to_be_hidden()
        link = notice.get_by_role("link", name="Open the chat in a new tab")
        expect(link).to_have_attribute("href", f"{bot.origin}/?lang=ar&start=m751")
        errors = igubot_errors(console)
        assert len(errors) == 1, [m.text for m in console]
        assert f"IGUBOT_FRAME_ANCESTORS={sites.host.origin}" in errors[0]
        # Chromium's own report of the refusal is there too
        assert any("frame-ancestors" in m.text for m in console if m.type == "error")
        # the button closes and reopens the notice, as it does the chat
        chat_button(page, tree_content).click()
        expect(notice).to_be_hidden()
        chat_button(page, tree_content).click()
        expect(notice).to_be_visible()
        page.context.close()


def test_widget_runs_the_chat_when_the_site_is_a_frame_ancestor(
    browser: Browser, sites: Sites, tree_content: Content, tmp_path: Path
) -> None:
    allowed = {"IGUBOT_FRAME_ANCESTORS": sites.host.origin}
    with bot_server(tmp_path / "data", tree_content, **allowed) as bot:
        sites.bot_origin = bot.origin
        page, console = open_host_page(browser, sites)
        chat_button(page, tree_content).click()

        frame = page.frame_locator("#igubot-frame")
        expect(frame.locator("html")).to_have_attribute("dir", "rtl")  # data-lang="ar"
        expect(frame.locator("#log .msg.bot[data-id]").last).to_have_attribute(
            "data-id", "menu-start-ask"
        )
        expect(page.locator("#igubot-frame")).to_be_visible()
        # the chat said "igubot:ready": the widget will not replace it by the notice
        expect(page.locator("#igubot-frame")).to_have_attribute("data-ready", "true")
        expect(page.get_by_role("alert")).to_have_count(0)
        assert igubot_errors(console) == []
        assert not [m.text for m in console if "frame-ancestors" in m.text]
        page.context.close()
