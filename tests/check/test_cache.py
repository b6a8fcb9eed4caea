"""The content checks' result cache: the same problems as a fresh check, a new key for any edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.check.cache import FOLDER, content_key
from bot.check.load import load_content
from bot.content import read_content
from tests.support.tree import MINI_EN, mini_tree

#: A message too long for a phone: a warning the cached checks find (check_locales).
LONG = "form-name-ask = " + "Your name, please? " * 20 + "\n"


def _tree(root: Path, en: str = MINI_EN) -> Path:
    return mini_tree(root / "content", **{"locales__en__main.ftl": en})


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / FOLDER).glob("*.json"))


def test_check_cache_gives_the_problems_of_a_fresh_check(in_dir: Path) -> None:
    root = _tree(in_dir, MINI_EN.replace("form-name-ask = Your name?\n", LONG))
    _content, fresh = load_content(root, strict=True)
    assert any("characters; keep messages under" in p.message for p in fresh)
    _content, first = load_content(root, strict=True, cache_dir=in_dir / "cache")
    _content, second = load_content(root, strict=True, cache_dir=in_dir / "cache")
    assert first == fresh
    assert second == fresh
    assert len(_entries(in_dir / "cache")) == 1


def test_check_cache_answers_from_its_entry_until_a_file_changes(in_dir: Path) -> None:
    root = _tree(in_dir)
    cache = in_dir / "cache"
    load_content(root, strict=True, cache_dir=cache)
    [entry] = _entries(cache)
    planted = {"path": "planted", "line": 1, "col": 1, "level": "warning", "message": "kept"}
    entry.write_text(json.dumps([planted]), encoding="utf-8")
    _content, problems = load_content(root, strict=True, cache_dir=cache)
    assert "kept" in [p.message for p in problems]  # unchanged: read from the entry
    (root / "locales/en/main.ftl").write_text(MINI_EN + "form-extra = More\n", encoding="utf-8")
    _content, problems = load_content(root, strict=True, cache_dir=cache)
    assert "kept" not in [p.message for p in problems]  # changed: checked again
    assert len(_entries(cache)) == 2


@pytest.mark.parametrize("changed", ["flows/form.yaml", "facts.yaml", "locales/en/main.ftl"])
def test_check_cache_key_changes_with_every_file_the_content_came_from(
    in_dir: Path, changed: str
) -> None:
    root = _tree(in_dir)
    before = content_key(read_content(root, strict=True)[0])
    path = root / changed
    path.write_text(path.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    after = content_key(read_content(root, strict=True)[0])
    assert before is not None
    assert after is not None
    assert before != after
    assert content_key(read_content(root, strict=True)[0]) == after


def test_check_cache_key_knows_a_strict_catalog_from_a_lenient_one(in_dir: Path) -> None:
    root = _tree(in_dir)
    strict = content_key(read_content(root, strict=True)[0])
    lenient = content_key(read_content(root, strict=False)[0])
    assert strict != lenient


def test_check_cache_keeps_nothing_when_a_file_is_gone_after_reading(in_dir: Path) -> None:
    root = _tree(in_dir)
    content, _problems = read_content(root, strict=True)
    (root / "facts.yaml").unlink()
    assert content_key(content) is None
