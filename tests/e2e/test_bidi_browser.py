"""A command in right-to-left text shows as ``/language`` in a real browser (Chromium), not as
``language/``: measured by where each character is drawn."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from bot.channels.web import make_web_app
from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from tests.support.live import LiveServer
from tests.support.tree import ROOT


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, tree_content: Content
) -> Iterator[LiveServer]:
    """The web chat over the tree's content and a fresh SQLite file, on a loopback port."""
    settings = Settings.load(
        None,
        {},
        data_dir=tmp_path_factory.mktemp("data"),
        content_dir=ROOT,
        chat_rate_per_ip=0,
        chat_rate_per_session=0,
    )
    app: App = build_app(settings, content=tree_content)
    with LiveServer(make_web_app(app.runner, app.settings)) as live:
        yield live
    app.close()


_POSITIONS = """(id) => {
  const p = document.querySelector(`#log .msg.bot[data-id="${id}"] p`);
  const node = p.firstChild;
  const text = node.data;
  const x = (i) => {
    const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
    return r.getBoundingClientRect().x;
  };
  const at = text.indexOf("/language");
  return {slash: x(at), l: x(at + 1), e: x(at + 8), dot: x(text.indexOf(".", at))};
}"""


def test_browser_shows_a_command_in_arabic_as_slash_language(
    browser: Browser, server: LiveServer
) -> None:
    page = browser.new_context(locale="ar").new_page()
    page.goto(server.origin + "/?lang=ar")
    expect(page.locator("#log .msg.bot[data-id]").last).to_have_attribute(
        "data-id", "menu-start-ask"
    )
    shown = page.evaluate(_POSITIONS, "language-preset")
    # left to right inside the command: "/" then "l" ... "e"; the full stop after it in the
    # sentence sits to its left, as right-to-left text goes on
    assert shown["slash"] < shown["l"] < shown["e"], shown
    assert shown["dot"] < shown["slash"], shown
    # the same sentence without the isolation is what people saw before: "language/"
    page.evaluate(
        """(id) => {
          const p = document.querySelector(`#log .msg.bot[data-id="${id}"] p`);
          p.textContent = p.textContent.replace(/[\u2066-\u2069\u200e\u200f]/g, "");
        }""",
        "language-preset",
    )
    bare = page.evaluate(_POSITIONS, "language-preset")
    assert bare["slash"] > bare["l"], bare
    page.context.close()
