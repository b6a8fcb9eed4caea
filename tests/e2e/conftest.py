"""Every test in tests/e2e/ is marked ``e2e``: ``make test-fast`` leaves them out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from tests.support.browser import CHROMIUM_ARGS, require_chromium
from tests.support.tree import ROOT

HERE = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the items collected from this folder (the hook sees every item of the session)."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def chat_app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    """The real content and a fresh database, with no chat rate limits (a browser test types
    faster than a person)."""
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


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One headless Chromium for a module of synchronous Playwright tests."""
    chromium = require_chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()
