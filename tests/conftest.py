"""Shared fixtures: real content from the tree, a real SQLite file, the engine over both."""

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
