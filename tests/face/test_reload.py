"""Hot reload: edited content is checked and swapped in only when clean; the last good keeps serving."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.engine import Inbound
from bot.face.app import App, build_app
from bot.face.reload import Reloader
from bot.face.server import RELOADER_KEY, build_server
from bot.kernel.config import Settings
from tests.support.tree import ROOT

#: Slow: every test loads and checks a copy of the whole tree, most of them twice (the .ftl files
#: parsed once per session, from ``shared_cache``, as ``igubot serve`` reads its cache).
pytestmark = pytest.mark.slow


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    for name in ("flows", "locales"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "facts.yaml", root / "facts.yaml")
    return root


@pytest.fixture
def app(tmp_path: Path, content_dir: Path, shared_cache: Path) -> Iterator[App]:
    settings = Settings.load(
        None, {}, data_dir=tmp_path / "data", content_dir=content_dir, cache_dir=shared_cache
    )
    built = build_app(settings)
    yield built
    built.close()


def _menu_text(app: App) -> str:
    result = app.engine.handle(Inbound("test:reload", "test", text="/menu"))
    return result.reply.messages[-1].text


def _edit_menu(content_dir: Path, new: str) -> None:
    path = content_dir / "locales" / "en" / "menu.ftl"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("menu-start-ask ="))
    lines[index] = f"menu-start-ask = {new}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


async def test_reload_swaps_in_clean_content(app: App, content_dir: Path) -> None:
    app.engine.handle(Inbound("test:reload", "test", start=""))
    app.engine.handle(Inbound("test:reload", "test", choice="en"))
    reloader = Reloader(app)
    assert await reloader.check_once() is None  # nothing changed yet
    _edit_menu(content_dir, "Edited menu question?")
    assert await reloader.check_once() is True
    assert _menu_text(app) == "Edited menu question?"
    assert app.content is app.engine.content


async def test_reload_refuses_broken_content_and_keeps_serving(
    app: App, content_dir: Path
) -> None:
    app.engine.handle(Inbound("test:reload", "test", start=""))
    app.engine.handle(Inbound("test:reload", "test", choice="en"))
    before = _menu_text(app)
    flow = content_dir / "flows" / "menu.yaml"
    flow.write_text(
        flow.read_text(encoding="utf-8").replace("next:", "nxet:", 1), encoding="utf-8"
    )
    reloader = Reloader(app)
    assert await reloader.reload() is False
    assert any(p.path.endswith("flows/menu.yaml") for p in reloader.last_errors)
    assert app.content_errors == reloader.last_errors  # shown on the staff pages
    assert _menu_text(app) == before


@pytest.fixture
async def server(app: App) -> AsyncIterator[TestClient]:
    client = TestClient(TestServer(build_server(app, watch_interval=None), host="127.0.0.1"))
    await client.start_server()
    yield client
    await client.close()


async def test_reload_on_sighup(server: TestClient, app: App, content_dir: Path) -> None:
    reloader = server.app[RELOADER_KEY]
    _edit_menu(content_dir, "Menu after SIGHUP?")
    os.kill(os.getpid(), signal.SIGHUP)
    await asyncio.wait_for(reloader.wait_for_attempts(1), timeout=10)
    response = await server.post("/api/v1/chat", json={"session": None})
    token = (await response.json())["session"]
    response = await server.post("/api/v1/chat", json={"session": token, "choice": "en"})
    assert (await response.json())["messages"][-1]["text"] == "Menu after SIGHUP?"


async def test_metrics_count_turns_leads_and_backlog(server: TestClient, app: App) -> None:
    response = await server.post("/api/v1/chat", json={"session": None})
    assert response.status == 200
    session = (await response.json())["session"]  # stored once it has something to keep:
    response = await server.post("/api/v1/chat", json={"session": session, "choice": "en"})
    assert response.status == 200
    metrics = await server.get("/metrics")
    text = await metrics.text()
    assert metrics.status == 200
    assert "igubot_turns_total 2" in text
    assert "igubot_turn_errors_total 0" in text
    assert "igubot_sessions 1" in text
    assert 'igubot_leads{kind="none"} 0' in text
    assert "web:" not in text  # no conversation keys, no personal data
