"""The cache of parsed .ftl files: a speed-up that never changes what a catalog holds."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from bot.check.load import load_content
from bot.i18n.catalog import Catalog
from bot.i18n.parsecache import ParseCache
from bot.kernel.config import Settings
from tests.support.tree import ROOT

EN = "hello = Hello { $name }!\nbye = Bye\n"
BROKEN_DA = "hello = Hej\nbad = { $x ]\nafter = Efter\n"


def _tree(root: Path) -> Path:
    for name, text in {"en/main.ftl": EN, "da/main.ftl": BROKEN_DA}.items():
        path = root / "locales" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "locales"


def _load(locales: Path, cache: ParseCache) -> tuple[Catalog, list[str]]:
    catalog, errors = Catalog.load(locales, cache=cache)
    return catalog, [e.located() for e in errors]


def test_parse_cache_a_second_load_parses_nothing_and_finds_the_same(tmp_path: Path) -> None:
    locales = _tree(tmp_path)
    first_cache = ParseCache(tmp_path / "cache")
    first, first_errors = _load(locales, first_cache)
    assert first_cache.counters == {"hits": 0, "misses": 2}

    again_cache = ParseCache(tmp_path / "cache")
    again, again_errors = _load(locales, again_cache)
    assert again_cache.counters == {"hits": 2, "misses": 0}
    assert again_errors == first_errors  # the same errors, at the same line:col
    assert again_errors
    assert "main.ftl:2:" in again_errors[0]
    assert again.format("da", "after") == first.format("da", "after") == "Efter"
    assert again.format("en", "hello", {"name": "Amina"}) == "Hello Amina!"
    uncached, plain_errors = Catalog.load(locales)
    assert [e.located() for e in plain_errors] == again_errors
    assert again.message_ids("en") == uncached.message_ids("en")


def test_parse_cache_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    locales = _tree(tmp_path)
    _load(locales, ParseCache(tmp_path / "cache"))
    (locales / "en" / "main.ftl").write_text(EN + "new = New\n", encoding="utf-8")
    cache = ParseCache(tmp_path / "cache")
    catalog, _errors = _load(locales, cache)
    assert cache.counters == {"hits": 1, "misses": 1}
    assert catalog.format("en", "new") == "New"


def test_parse_cache_damaged_entries_are_parsed_again_and_replaced(tmp_path: Path) -> None:
    locales = _tree(tmp_path)
    _load(locales, ParseCache(tmp_path / "cache"))
    entries = sorted((tmp_path / "cache").glob("*.pickle"))
    assert len(entries) == 2
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:40])  # cut short
    cache = ParseCache(tmp_path / "cache")
    catalog, errors = _load(locales, cache)
    assert cache.counters == {"hits": 0, "misses": 2}
    assert catalog.format("da", "after") == "Efter"
    assert len(errors) == 1
    healed = ParseCache(tmp_path / "cache")
    _load(locales, healed)
    assert healed.counters == {"hits": 2, "misses": 0}


def test_parse_cache_a_folder_others_can_write_to_is_not_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    locales = _tree(tmp_path)
    _load(locales, ParseCache(tmp_path / "cache"))
    os.chmod(tmp_path / "cache", 0o777)
    cache = ParseCache(tmp_path / "cache")
    with caplog.at_level(logging.WARNING):
        catalog, _errors = _load(locales, cache)
    assert cache.counters == {"hits": 0, "misses": 2}
    assert "not private to this user" in caplog.text
    assert catalog.format("en", "bye") == "Bye"


def test_parse_cache_a_new_folder_is_private(tmp_path: Path) -> None:
    _load(_tree(tmp_path), ParseCache(tmp_path / "deep" / "cache"))
    assert (tmp_path / "deep" / "cache").stat().st_mode & 0o777 == 0o700


def test_parse_cache_that_cannot_be_created_loads_all_the_same(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    locales = _tree(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way", encoding="utf-8")
    cache = ParseCache(blocker / "cache")
    with caplog.at_level(logging.WARNING):
        catalog, errors = _load(locales, cache)
    assert cache.counters == {"hits": 0, "misses": 2}
    assert "not using the cache folder" in caplog.text
    assert catalog.format("en", "bye") == "Bye"
    assert len(errors) == 1


@pytest.mark.slow
def test_parse_cache_the_projects_own_content_loads_the_same_from_the_cache(
    tmp_path: Path,
) -> None:
    _content, plain = load_content(ROOT)
    _content, cold = load_content(ROOT, cache_dir=tmp_path)
    content, warm = load_content(ROOT, cache_dir=tmp_path)
    assert [p.render() for p in warm] == [p.render() for p in cold] == [p.render() for p in plain]
    assert content.catalog.format("en", "common-error")
    assert len(list((tmp_path / "fluent").glob("*.pickle"))) == len(
        list((ROOT / "locales").rglob("*.ftl"))
    )


@pytest.mark.parametrize(
    ("given", "environ", "expected"),
    [
        ("", {"XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"}, Path("/x/cache/igubot")),
        ("", {"HOME": "/home/a"}, Path("/home/a/.cache/igubot")),
        ("", {}, None),
        ("OFF", {"HOME": "/home/a"}, None),
        ("/srv/igubot-cache", {"HOME": "/home/a"}, Path("/srv/igubot-cache")),
    ],
)
def test_settings_cache_dir_follows_xdg_and_can_be_turned_off(
    given: str, environ: dict[str, str], expected: Path | None
) -> None:
    env = {**environ, "IGUBOT_CACHE_DIR": given} if given else environ
    assert Settings.load(None, env).cache_dir == expected
