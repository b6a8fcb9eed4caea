"""The chat page and the staff pages carry a favicon inline, so no browser asks for /favicon.ico."""

from __future__ import annotations

import re
from urllib.parse import unquote
from xml.etree import ElementTree

import pytest
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.face.app import App
from bot.face.server import build_server

ICON = re.compile(r'<link rel="icon" href="data:image/svg\+xml,([^"]+)">')


def svg_of(html: str) -> ElementTree.Element:
    found = ICON.search(html)
    assert found, "no inline SVG icon link"
    return ElementTree.fromstring(unquote(found.group(1)))


@pytest.mark.slow  # the whole server starts (staff pages, scheduler)
@pytest.mark.parametrize("path", ["/", "/staff/login"])
async def test_favicon_is_an_inline_svg_on_each_page(
    aiohttp_client: AiohttpClient, app: App, path: str
) -> None:
    client: TestClient = await aiohttp_client(build_server(app, watch_interval=None))  # type: ignore[type-arg]

    resp = await client.get(path)

    assert resp.status == 200
    svg = svg_of(await resp.text())
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert "img-src 'self' data:" in resp.headers["Content-Security-Policy"]
