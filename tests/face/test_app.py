"""The composition root loading content for a server: errors refuse, warnings are summed up."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.check.load import load_content
from bot.face.app import SHOWN_WARNINGS, ContentInvalidError, load_checked_content
from bot.kernel.config import Settings
from tests.support.tree import MINI_EN, mini_tree


def _settings(root: Path, tmp_path: Path) -> Settings:
    return Settings.load(None, {}, data_dir=tmp_path / "data", content_dir=root, cache_dir="off")


def test_load_checked_content_logs_a_few_warnings_and_counts_the_rest(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    en = MINI_EN + "".join(f"unused-{n} = Not said by any flow\n" for n in range(5))
    root = mini_tree(tmp_path / "content", **{"locales__en__main.ftl": en})
    warnings = [p for p in load_content(root, lints=False)[1] if p.level == "warning"]
    assert len(warnings) > SHOWN_WARNINGS
    with caplog.at_level(logging.WARNING, logger="bot.face.app"):
        load_checked_content(_settings(root, tmp_path))
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.face.app"]
    assert logged[:SHOWN_WARNINGS] == [f"content: {p.render()}" for p in warnings][:SHOWN_WARNINGS]
    more = len(warnings) - SHOWN_WARNINGS
    assert logged[SHOWN_WARNINGS:] == [
        f"content: {more} more warning(s); `igubot check` lists them all"
    ]


def test_load_checked_content_refuses_content_with_an_error(tmp_path: Path) -> None:
    root = mini_tree(tmp_path / "content", **{"locales__en__main.ftl": MINI_EN + "broken = {\n"})
    with pytest.raises(ContentInvalidError) as refused:
        load_checked_content(_settings(root, tmp_path))
    assert "main.ftl:" in str(refused.value)
