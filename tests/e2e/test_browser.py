"""The web chat in a real browser: Debian's Chromium driven by Playwright.

The real server runs in-process on 127.0.0.1 (aiohttp ``AppRunner`` + ``TCPSite`` on port 0, on
its own event loop in a background thread) over a real SQLite file and the tree's content. One
browser serves the whole module; every test gets a fresh context (empty storage). Screenshots land in ``tests/artifacts/`` (ignored by git).

Without ``/usr/bin/chromium`` the tests skip; with ``IGUBOT_REQUIRE_BROWSER`` set (``.ci/run``)
they fail instead (``tests/support/browser.py``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from aiohttp import web
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, Request, Route, expect

from bot.channels.web import make_web_app, user_key_for
from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from tests.support.chatpage import INTEREST_STEPS
from tests.support.live import LiveServer
from tests.support.tree import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
# auto-waiting assertions: generous for a busy CI machine, instant when things are right
expect.set_options(timeout=10_000)
BOT = ".msg.bot[data-id]"


# -- the server ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, tree_content: Content) -> Iterator[App]:
    """The whole bot over the tree's content (parsed once per session) and a fresh SQLite file."""
    settings = Settings.load(
        None,
        {},
        data_dir=tmp_path_factory.mktemp("data"),
        content_dir=ROOT,
        frame_ancestors="http://127.0.0.1:*",
        chat_rate_per_ip=0,
        chat_rate_per_session=0,
    )
    app = build_app(settings, content=tree_content)
    yield app
    app.close()


@pytest.fixture(scope="module")
def server(bot: App) -> Iterator[LiveServer]:
    """The web application of ``bot`` on a loopback port."""
    with LiveServer(make_web_app(bot.runner, bot.settings)) as live:
        yield live


@dataclass
class Session:
    """A page in a fresh browser context, with every request it made."""

    page: Page
    requests: list[Request] = field(default_factory=list)

    def hosts(self) -> set[str]:
        """``host:port`` of every request."""
        return {urlsplit(r.url).netloc for r in self.requests if not r.url.startswith("data:")}

    def chat_posts(self) -> list[dict[str, Any]]:
        """The bodies sent to the chat API."""
        return [
            json.loads(r.post_data or "{}")
            for r in self.requests
            if r.url.endswith("/api/v1/chat") and r.method == "POST"
        ]


def open_session(
    browser: Browser, width: int = 390, height: int = 760, locale: str = "en-GB"
) -> Session:
    """A new context (empty storage) and page that records its requests."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
    context.set_default_timeout(10_000)
    page = context.new_page()
    session = Session(page)
    page.on("request", lambda request: session.requests.append(request))
    return session


@pytest.fixture
def chat(browser: Browser, server: LiveServer) -> Iterator[Session]:
    """A fresh page; after the test, no request may have left the test server."""
    session = open_session(browser)
    yield session
    session.page.context.close()
    assert session.hosts() <= {f"127.0.0.1:{server.port}"}, session.hosts()


# -- helpers ------------------------------------------------------------------------------------


def last_bot(page: Page) -> Any:
    """The locator of the newest bot message."""
    return page.locator(f"#log {BOT}").last


def wait_for(page: Page, msg_id: str) -> None:
    """Wait until the newest bot message is ``msg_id`` and the log is not busy."""
    expect(last_bot(page)).to_have_attribute("data-id", msg_id)
    expect(page.locator("#log")).to_have_attribute("aria-busy", "false")


def press(page: Page, value: str) -> None:
    """Click the live button whose value is ``value``."""
    page.locator(f'#log .choices button[data-value="{value}"]').click()


def type_and_send(page: Page, text: str) -> None:
    """Type into the message field and press Enter."""
    field_ = page.get_by_role("textbox")
    field_.fill(text)
    field_.press("Enter")


def do(page: Page, kind: str, value: str) -> None:
    """One step of a scripted dialogue."""
    if kind == "choice":
        press(page, value)
    else:
        type_and_send(page, value)


def screenshot(page: Page, name: str) -> Path:
    """Save a full-page screenshot under tests/artifacts/ (created ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    ignore = ARTIFACTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def run_interest_form(page: Page, lang: str) -> None:
    """The interest form from the language menu to a stored lead."""
    wait_for(page, "language-choose")
    for kind, value, expected in INTEREST_STEPS:
        do(page, kind, value.replace("$LANG", lang))
        wait_for(page, expected)


def axe_violations(page: Page, *, contrast: bool = True) -> list[str]:
    """axe-core's violations on the page, one line each (empty when clean)."""
    options = None if contrast else {"rules": {"color-contrast": {"enabled": False}}}
    result = Axe().run(page, options=options)
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in result.response["violations"]
    ]


# -- conversations ------------------------------------------------------------------------------


def test_browser_interest_form_by_clicking_stores_a_lead_en(
    chat: Session, server: LiveServer, bot: App
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    before = bot.store.lead_count()
    run_interest_form(page, "en")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator(f'#log {BOT}[data-id="interest-saved"]')).to_have_count(1)
    expect(page.locator("#log .me bdi").nth(1)).to_have_text("I am interested")
    assert bot.store.lead_count() == before + 1
    lead = bot.store.leads()[-1]
    assert (lead.channel, lead.lang, lead.municipality) == ("web", "en", "751")
    assert (lead.name, lead.phone, lead.work_area) == ("Amina Hassan", "+4520123456", "transport")


def test_browser_interest_form_by_clicking_stores_a_lead_ar(
    chat: Session, server: LiveServer, bot: App
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    before = bot.store.lead_count()
    run_interest_form(page, "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    assert bot.store.lead_count() == before + 1
    assert bot.store.leads()[-1].lang == "ar"


def test_browser_input_follows_the_expected_answer(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    field_ = page.get_by_role("textbox", name="Your message")
    expect(page.locator("#form")).to_have_class(re.compile(r"\bquiet\b"))
    expect(field_).to_be_visible()
    for kind, value, expected in INTEREST_STEPS[:5]:
        do(page, kind, value.replace("$LANG", "en"))
        wait_for(page, expected)
        if expected == "interest-name-ask":
            expect(page.locator("#form")).not_to_have_class(re.compile(r"\bquiet\b"))
            expect(field_).to_have_attribute("type", "text")
            expect(field_).to_be_focused()
    expect(field_).to_have_attribute("type", "tel")
    expect(field_).to_have_attribute("inputmode", "tel")
    expect(field_).to_be_focused()
    type_and_send(page, "20 12 34 56")
    wait_for(page, "interest-interpreter-ask")
    expect(page.locator("#form")).to_have_class(re.compile(r"\bquiet\b"))
    expect(page.locator("#log .choices button").first).to_be_focused()
    # people may type an answer to a buttons-only question too
    type_and_send(page, "yes")
    wait_for(page, "interest-danish-ask")


def test_browser_reload_shows_the_conversation_where_it_was(
    chat: Session, server: LiveServer
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    for kind, value, expected in INTEREST_STEPS[:3]:
        wait_for(page, "language-choose") if kind == "choice" and value == "$LANG" else None
        do(page, kind, value.replace("$LANG", "en"))
        wait_for(page, expected)
    shown = page.locator("#log .msg").all_inner_texts()
    posts = len(chat.chat_posts())
    page.reload()
    expect(page.locator("#log .msg")).to_have_count(len(shown))
    assert page.locator("#log .msg").all_inner_texts() == shown
    assert len(chat.chat_posts()) == posts, "a reload asks the server nothing"
    type_and_send(page, "Aarhus")
    wait_for(page, "interest-contact-ask")
    press(page, "email")
    wait_for(page, "interest-email-ask")
    page.reload()
    expect(page.get_by_role("textbox")).to_have_attribute("type", "email")
    type_and_send(page, "amina@example.org")
    wait_for(page, "interest-interpreter-ask")
    page.reload()
    expect(page.locator('#log .choices button[data-value="yes"]')).to_be_visible()
    press(page, "yes")
    wait_for(page, "interest-danish-ask")


def test_browser_transcript_is_capped(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    press(page, "en")
    wait_for(page, "menu-start-ask")
    for _ in range(17):  # each /help turn adds 3 messages: 51 + the first 3 > 50
        type_and_send(page, "/help")
        wait_for(page, "menu-start-ask")
    stored = page.evaluate("() => JSON.parse(sessionStorage.getItem('igubot:chat:v2'))")
    assert len(stored["items"]) == 50
    page.reload()
    expect(page.locator("#log .msg")).to_have_count(50)


def test_browser_forget_clears_the_device_too(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    press(page, "en")
    wait_for(page, "menu-start-ask")
    type_and_send(page, "/forget")
    wait_for(page, "privacy-forget-ask")
    press(page, "yes")
    wait_for(page, "privacy-forget-done")
    assert page.evaluate("() => sessionStorage.getItem('igubot:chat:v2')") is None
    token = chat.chat_posts()[-1]["session"]
    type_and_send(page, "hello")
    wait_for(page, "language-choose")
    assert chat.chat_posts()[-1]["session"] is None, "a new conversation, not the old token"
    assert token is not None
    page.reload()
    wait_for(page, "language-choose")
    assert page.locator("#log .msg").all_inner_texts()[0].endswith("hello"), "nothing older"
    expect(page.locator("#log .msg")).to_have_count(3)  # "hello", "Hello! 👋", the languages


# -- shared computers: nothing of a conversation outlives the tab ---------------------------------

STORED = "() => JSON.stringify({...localStorage}) + JSON.stringify({...sessionStorage})"


def _start_the_form(page: Page, lang: str) -> None:
    wait_for(page, "language-choose")
    for kind, value, expected in INTEREST_STEPS[:3]:
        do(page, kind, value.replace("$LANG", lang))
        wait_for(page, expected)


def test_browser_shared_computer_keeps_nothing_after_the_tab(
    chat: Session, server: LiveServer
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    _start_the_form(page, "en")
    assert "Amina Hassan" in page.evaluate("() => JSON.stringify({...sessionStorage})")
    assert page.evaluate("() => JSON.stringify({...localStorage})") == "{}"
    page.close()
    # the next person opens the chat on the same computer (same browser profile)
    following = page.context.new_page()
    following.goto(server.origin + "/")
    wait_for(following, "language-choose")
    assert "Amina" not in following.locator("#log").inner_text()
    assert "Amina" not in following.evaluate(STORED)


def test_browser_shared_computer_old_and_idle_transcripts_are_dropped(
    chat: Session, server: LiveServer
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    _start_the_form(page, "en")
    old = {"session": "x", "lang": "en", "dir": "ltr", "start": "", "saved": 1,
           "items": [{"who": "me", "text": "Old Person"}], "last": []}  # fmt: skip
    page.evaluate(
        "(old) => { localStorage.setItem('igubot:chat:v1', JSON.stringify(old));"
        " const s = JSON.parse(sessionStorage.getItem('igubot:chat:v2'));"
        " s.saved = Date.now() - 3601 * 1000;"
        " sessionStorage.setItem('igubot:chat:v2', JSON.stringify(s)); }",
        {**old, "saved": 4102444800000},  # the year 2100: only the key's age matters
    )
    page.reload()
    wait_for(page, "language-choose")
    text = page.locator("#log").inner_text()
    assert "Amina" not in text
    assert "Old Person" not in text
    assert page.evaluate("() => localStorage.getItem('igubot:chat:v1')") is None
    assert chat.chat_posts()[-1]["session"] is None, "an hour idle: a new conversation"


@pytest.mark.parametrize(("lang", "width"), [("en", 320), ("ar", 320), ("fa", 390)])
def test_browser_end_and_clear_leaves_nothing_for_the_next_person(
    browser: Browser, server: LiveServer, bot: App, tree_content: Content, lang: str, width: int
) -> None:
    chat = open_session(browser, width=width, height=640, locale=lang)
    page = chat.page
    page.goto(server.origin + f"/?lang={lang}")
    wait_for(page, "menu-start-ask")
    for kind, value, expected in INTEREST_STEPS[1:3]:
        do(page, kind, value)
        wait_for(page, expected)
    end = page.locator("#end-btn")
    label = tree_content.catalog.format(lang, "web-end")
    expect(end).to_be_visible()
    expect(end).to_have_text(label)
    assert_fits_and_tap_targets(page, width)
    screenshot(page, f"{lang}-{width}-end-and-clear")
    token = chat.chat_posts()[-1]["session"]
    assert token is not None

    end.click()

    wait_for(page, "language-choose")
    expect(page.locator("#status")).to_have_text(tree_content.catalog.format(lang, "web-cleared"))
    assert "Amina" not in page.locator("#log").inner_text()
    assert "Amina" not in page.evaluate(STORED)
    assert chat.chat_posts()[-1]["session"] is None, "a new conversation, not the old token"
    [ended] = [r for r in chat.requests if r.post_data and '"/end"' in r.post_data]
    response = ended.response()
    assert response is not None
    assert response.status == 200
    assert bot.store.load_session(user_key_for(token)) is None, "dropped on the server too"
    page.reload()
    wait_for(page, "language-choose")
    assert "Amina" not in page.locator("#log").inner_text()
    page.context.close()


def test_browser_language_button_offers_the_languages_in_their_names(
    chat: Session, server: LiveServer
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    press(page, "en")
    wait_for(page, "menu-start-ask")
    page.get_by_role("button", name="Language").click()
    wait_for(page, "language-choose")
    ar = page.locator('#log .choices button[data-value="ar"]')
    expect(ar).to_have_text("العربية")
    expect(ar).to_have_attribute("lang", "ar")
    ar.click()
    wait_for(page, "menu-start-ask")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")


# -- layout, screenshots, accessibility ---------------------------------------------------------


def assert_fits_and_tap_targets(page: Page, width: int) -> None:
    """No horizontal scroll at ``width``; every button at least 44×44 px."""
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    for button in page.get_by_role("button").all():
        box = button.bounding_box()
        assert box is not None
        assert box["width"] >= 44, (button.inner_text(), box)
        assert box["height"] >= 44, (button.inner_text(), box)


def test_browser_320px_wide_en_has_no_horizontal_scroll(
    browser: Browser, server: LiveServer
) -> None:
    chat = open_session(browser, width=320, height=640)
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    assert_fits_and_tap_targets(page, 320)
    screenshot(page, "en-320-languages")
    press(page, "en")
    wait_for(page, "menu-start-ask")
    # the new message is scrolled into view from its start
    log_box = page.locator("#log").bounding_box()
    new_box = last_bot(page).bounding_box()
    assert log_box is not None
    assert new_box is not None
    assert log_box["y"] <= new_box["y"] < log_box["y"] + log_box["height"]
    type_and_send(page, "https://example.org/a/very/long/address/without/any/spaces/at/all/x")
    # whatever the bot reads it as, the reply has come when the log is no longer busy
    expect(page.locator("#log .me bdi").last).to_contain_text("very/long/address")
    expect(page.locator("#log")).to_have_attribute("aria-busy", "false")
    assert_fits_and_tap_targets(page, 320)
    screenshot(page, "en-320-menu")
    page.context.close()


def test_browser_rtl_layout_at_320px(browser: Browser, server: LiveServer) -> None:
    chat = open_session(browser, width=320, height=640, locale="ar")
    page = chat.page
    page.goto(server.origin + "/?lang=ar")  # the page's language: the chat starts in it
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    wait_for(page, "menu-start-ask")
    expect(page.locator(f'#log {BOT}[data-id="language-preset"]')).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.get_by_role("textbox").get_attribute("dir") == "auto"
    type_and_send(page, "Hello 123!")
    wait_for(page, "menu-start-ask")
    mine = page.locator("#log .me bdi").last
    expect(mine).to_have_text("Hello 123!")
    # a person's message sits at the inline end: the left in right-to-left
    box = page.locator("#log .me").last.bounding_box()
    assert box is not None
    assert box["x"] < 40
    assert_fits_and_tap_targets(page, 320)
    screenshot(page, "ar-320-menu")
    assert axe_violations(page, contrast=False) == []
    page.context.close()


def test_browser_ethiopic_script_at_320px(browser: Browser, server: LiveServer) -> None:
    chat = open_session(browser, width=320, height=640)
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    press(page, "ti")
    wait_for(page, "menu-start-ask")
    expect(page.locator("html")).to_have_attribute("lang", "ti")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    assert_fits_and_tap_targets(page, 320)
    screenshot(page, "ti-320-menu")
    page.context.close()


def test_browser_axe_finds_no_violations(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    assert axe_violations(page) == []
    press(page, "en")
    wait_for(page, "menu-start-ask")
    assert axe_violations(page) == []
    press(page, "interest")
    wait_for(page, "interest-name-ask")
    page.route("**/api/v1/chat", lambda route: route.abort())
    type_and_send(page, "Amina Hassan")
    expect(page.locator("#retry")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "en-offline")
    page.unroute("**/api/v1/chat")
    page.goto(server.origin + "/?embed=1")
    expect(page.get_by_role("button", name="Close the chat")).to_be_visible()
    assert axe_violations(page) == []


def test_browser_keyboard_only(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    focused = "() => document.activeElement && document.activeElement.dataset.value || ''"
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate(focused):
            break
    assert page.evaluate(focused) == "en", "English comes first for an English browser"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is visible"
    page.keyboard.press("Enter")
    wait_for(page, "menu-start-ask")
    expect(page.locator("#log .choices button").first).to_be_focused()
    for _ in range(8):
        if page.evaluate(focused) == "interest":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    wait_for(page, "interest-name-ask")
    expect(page.get_by_role("textbox")).to_be_focused()
    page.keyboard.type("Amina Hassan")
    page.keyboard.press("Enter")
    wait_for(page, "interest-municipality-ask")
    expect(page.get_by_role("textbox")).to_have_value("")
    expect(page.locator("#log .me bdi").last).to_have_text("Amina Hassan")


def test_browser_typing_indicator_while_waiting(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    held: list[Route] = []
    page.route("**/api/v1/chat", lambda route: held.append(route))
    press(page, "en")
    log = page.locator("#log")
    expect(log).to_have_attribute("aria-busy", "true")
    expect(page.locator("#log .typing")).to_be_visible()
    expect(page.locator("#log .typing")).to_contain_text("Writing")
    assert len(held) == 1
    held[0].continue_()
    page.unroute("**/api/v1/chat")
    wait_for(page, "menu-start-ask")
    expect(page.locator("#log .typing")).to_have_count(0)


def test_browser_network_failure_offers_a_retry_and_keeps_the_text(
    chat: Session, server: LiveServer
) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    press(page, "en")
    wait_for(page, "menu-start-ask")
    press(page, "interest")
    wait_for(page, "interest-name-ask")

    def abort(route: Route) -> None:
        route.abort("internetdisconnected")

    page.route("**/api/v1/chat", abort)
    type_and_send(page, "Amina Hassan")
    retry = page.get_by_role("button", name="Try again")
    expect(retry).to_be_visible()
    expect(retry).to_be_focused()
    expect(page.get_by_role("alert")).to_contain_text("not sent")
    expect(page.get_by_role("textbox")).to_have_value("Amina Hassan")
    expect(page.locator("#log .me")).to_have_count(2)  # "English", "I am interested"
    page.unroute("**/api/v1/chat", abort)
    retry.click()
    wait_for(page, "interest-municipality-ask")
    expect(page.locator("#status")).to_be_empty()
    expect(page.get_by_role("textbox")).to_have_value("")
    expect(page.locator("#log .me bdi").last).to_have_text("Amina Hassan")


def test_browser_rate_limit_answer_offers_a_retry(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")

    def too_many(route: Route) -> None:
        body = {"error": {"code": "rate_limited", "message": "Too many requests."}}
        route.fulfill(status=429, json=body, headers={"Retry-After": "1"})

    page.route("**/api/v1/chat", too_many)
    press(page, "en")
    expect(page.get_by_role("alert")).to_contain_text("Too many messages")
    expect(page.locator('#log .choices button[data-value="en"]')).to_be_visible()
    page.unroute("**/api/v1/chat", too_many)
    page.get_by_role("button", name="Try again").click()
    wait_for(page, "menu-start-ask")


def test_browser_makes_no_third_party_requests(chat: Session, server: LiveServer) -> None:
    page = chat.page
    page.goto(server.origin + "/")
    wait_for(page, "language-choose")
    press(page, "en")
    wait_for(page, "menu-start-ask")
    assert chat.hosts() == {f"127.0.0.1:{server.port}"}
    paths = {urlsplit(r.url).path for r in chat.requests}
    assert paths == {"/", "/static/chat.css", "/static/chat.js", "/api/v1/chat"}


# -- the widget on another site -----------------------------------------------------------------


HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A municipality's page</title></head>
<body><main><h1>Jobs in Aarhus</h1><p>Read about IGU.</p></main>
<script src="{bot}/widget.js" data-lang="en" data-start="m751_poster" defer></script>
</body></html>
"""


@pytest.fixture(scope="module")
def host_site(server: LiveServer) -> Iterator[LiveServer]:
    """Another site (another loopback port) that embeds the bot with one script tag."""

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=HOST_PAGE.format(bot=server.origin), content_type="text/html")

    app = web.Application()
    app.router.add_get("/", page)
    with LiveServer(app) as live:
        yield live


def test_browser_widget_opens_the_chat_in_an_iframe(
    browser: Browser, server: LiveServer, host_site: LiveServer
) -> None:
    chat = open_session(browser)
    page = chat.page
    page.goto(host_site.origin + "/")
    button = page.get_by_role("button", name="Chat")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator("iframe")).to_have_count(0)
    assert chat.chat_posts() == [], "nothing talks to the bot before the button is used"
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    frame = page.frame_locator("#igubot-frame")
    # data-lang="en": the chat starts in English, at the menu, saying how to change it
    expect(frame.locator(f'#log {BOT}[data-id="language-preset"]')).to_be_visible()
    expect(frame.locator("html")).to_have_class("embed")
    expect(frame.locator(f"#log {BOT}").last).to_have_attribute("data-id", "menu-start-ask")
    first = chat.chat_posts()[0]
    assert first["start"] == "m751_poster"
    assert first["lang"] == "en"
    frame.get_by_role("button", name="Close the chat").click()
    expect(page.locator("#igubot-frame")).to_be_hidden()
    expect(button).to_be_focused()
    button.click()
    expect(frame.locator(f"#log {BOT}").last).to_have_attribute("data-id", "menu-start-ask")
    assert chat.hosts() == {f"127.0.0.1:{server.port}", f"127.0.0.1:{host_site.port}"}
    screenshot(page, "widget-en")
    page.context.close()


# -- typed messages -----------------------------------------------------------------------------


def test_browser_typed_question_in_arabic_is_answered_and_a_miss_leads_to_a_person(
    chat: Session, server: LiveServer
) -> None:
    page = chat.page
    page.goto(server.origin + "/?lang=ar")
    wait_for(page, "menu-start-ask")  # the page's language: no language question
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    type_and_send(page, "كم الراتب")
    wait_for(page, "about-pay-ask")
    assert chat.chat_posts()[-1]["text"] == "كم الراتب"
    expect(page.locator("#log .choices button").first).to_be_visible()
    # what the bot cannot place: a kind answer with the answer page's own buttons (the page is
    # not repeated), then one way to a person
    pay_buttons = page.locator("#log .choices").last.locator("button").count()
    type_and_send(page, "qwxz blorp")
    wait_for(page, "common-not-understood")
    expect(page.locator(f'#log {BOT}[data-id="about-pay-ask"]')).to_have_count(1)
    expect(page.locator("#log .choices").last.locator("button")).to_have_count(pay_buttons)
    type_and_send(page, "zzkq vrrp")
    wait_for(page, "common-not-understood")
    ways = page.locator("#log .choices").last.locator("button")
    values = [ways.nth(i).get_attribute("data-value") for i in range(ways.count())]
    assert values == ["/human question", "/menu"], values
    press(page, "/human question")
    expect(page.locator(f"#log {BOT}").last).not_to_have_attribute(
        "data-id", "common-not-understood"
    )
    assert chat.chat_posts()[-1]["choice"] == "/human question"
