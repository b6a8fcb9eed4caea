"""Shared fixtures of the channel tests: the whole bot over the tree's content, and a client of
its web application."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_aiohttp import AiohttpClient

from bot.channels.web import make_web_app
from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from tests.support.staff_web import Client
from tests.support.tree import ROOT


@pytest.fixture
def app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    """The whole bot over the tree's content (parsed once per session) and a fresh SQLite file.
    A test file that needs other settings defines its own."""
    settings = Settings.load(None, {}, data_dir=tmp_path, content_dir=ROOT)
    built = build_app(settings, content=tree_content)
    yield built
    built.close()


@pytest.fixture
async def client(aiohttp_client: AiohttpClient, app: App) -> Client:
    """A client of the web application on a loopback test server."""
    return await aiohttp_client(make_web_app(app.runner, app.settings))
