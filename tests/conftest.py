"""Shared fixtures: real content from the tree, a real SQLite file, the engine over both, one
cache folder for the session, and aiogram's session closing at once against the fake Bot API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.check.load import load_content
from bot.content import Content
from bot.engine import Engine
from bot.store import Store
from tests.support.tree import ROOT, fixed_clock


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder (``IGUBOT_CACHE_DIR``) for the session, each xdist worker its own.

    Loading the tree parses every ``.ftl`` file and runs every check (about 2.5 s); from a warm
    cache it takes about 0.3 s. Tests that are not about the cache but load content (``doctor``,
    hot reload, the CLI) use this folder, so the tree is parsed and checked once per session.
    The cache is keyed by the files' text (and the checks' by their paths too), so an edited copy
    of the tree is simply a miss. Tests about the cache use a folder of their own.
    """
    return tmp_path_factory.mktemp("igubot-cache")


@pytest.fixture(scope="session", autouse=True)
def _session_cache_dir(shared_cache: Path) -> Iterator[None]:
    """``IGUBOT_CACHE_DIR`` in the environment of the session: the CLI run in-process (click's
    CliRunner) and any subprocess read :func:`shared_cache`, never the user's ~/.cache/igubot.
    Settings loaded from an explicit environment (``Settings.load(None, {...})``) are not
    affected: they name ``cache_dir`` themselves or have none."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IGUBOT_CACHE_DIR", str(shared_cache))
        yield


@pytest.fixture(scope="session")
def tree_content() -> Content:
    """The project's own flows, locales and facts, strictly loaded (a render error raises)."""
    content, problems = load_content(ROOT, strict=True)
    errors = [p.render() for p in problems if p.level == "error"]
    assert not errors, "\n".join(errors)
    return content


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real SQLite file in a temporary folder."""
    s = Store(tmp_path / "igubot.sqlite3")
    yield s
    s.close()


@pytest.fixture
def engine(tree_content: Content, store: Store) -> Engine:
    """The engine over the real content and a fresh database."""
    return Engine(tree_content, store, clock=fixed_clock)


@pytest.fixture
def in_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run inside ``tmp_path``, so that problems name paths relative to it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def aiogram_closes_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """aiogram's ``AiohttpSession.close`` without its wait of 250 ms (``asyncio.sleep(0.25)``)
    for TLS connections to finish closing: the fake Bot API (tests/support/fake_bot_api.py)
    speaks plain HTTP on 127.0.0.1, so there is nothing to wait for, and every test that stops a
    bot (the Telegram channel's cleanup, ``bot.face.botname``) waited a quarter of a second.
    The aiohttp session is still closed, as aiogram's ``close`` closes it (should aiogram rename
    ``_session``, this raises instead of leaving it open). Product code is unchanged."""
    from aiogram.client.session.aiohttp import AiohttpSession

    async def close(self: AiohttpSession) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    monkeypatch.setattr(AiohttpSession, "close", close)
