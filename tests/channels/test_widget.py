"""The widget script: its button's label comes from the Fluent files, in every language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.channels.web import make_web_app
from bot.channels.widget import LABELS_SLOT, WIDGET_LABEL, widget_script
from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from tests.support.tree import ROOT

Client = TestClient[web.Request, web.Application]
LABELS = re.compile(r"var LABELS = (\{.*?\});")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, tree_content: Content) -> Iterator[App]:
    """The bot over the project's content with the default settings."""
    settings = Settings.load(None, {}, data_dir=tmp_path_factory.mktemp("data"), content_dir=ROOT)
    built = build_app(settings, content=tree_content)
    yield built
    built.close()


def test_widget_script_carries_the_label_of_every_locale(tree_content: Content) -> None:
    script = widget_script(tree_content.catalog).decode("utf-8")

    found = LABELS.search(script)
    assert found is not None
    labels = json.loads(found.group(1))
    catalog = tree_content.catalog
    assert set(labels) == set(catalog.locales)
    assert labels == {code: catalog.format(code, WIDGET_LABEL) for code in catalog.locales}
    assert labels["ar"] != labels["en"]
    assert LABELS_SLOT not in script


def test_widget_static_file_has_no_button_text_of_its_own() -> None:
    source = (ROOT / "bot" / "static" / "widget.js").read_text(encoding="utf-8")

    assert source.count(LABELS_SLOT) == 1
    assert '"Chat"' not in source


async def test_widget_is_served_with_the_labels(aiohttp_client: AiohttpClient, app: App) -> None:
    client: Client = await aiohttp_client(make_web_app(app.runner, app.settings))

    resp = await client.get("/widget.js")
    text = await resp.text()
    again = await client.get("/widget.js", headers={"If-None-Match": resp.headers["ETag"]})

    assert resp.status == 200
    found = LABELS.search(text)
    assert found is not None
    assert json.loads(found.group(1))["ar"] == app.runner.catalog.format("ar", WIDGET_LABEL)
    assert again.status == 304
