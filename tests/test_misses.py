"""Misses kept for content authors: counted by day, language and scrubbed text with no link to
a person, listed most asked first, purged after their days; typed at the menu, they are written
by the turn, and `igubot questions` shows them without personal data."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot.kernel.errors import StoreError
from bot.store import MissCount, Store


def columns(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(misses)")]


def test_misses_table_has_day_language_text_and_a_count_only(store: Store) -> None:
    assert store.path is not None
    assert columns(store.path) == ["day", "lang", "text", "count"]


def test_misses_are_counted_per_language_and_text_most_asked_first(store: Store) -> None:
    store.add_miss("ar", "متى أبدأ", "2026-11-20")
    for day in ("2026-11-20", "2026-11-21", "2026-11-21"):
        store.add_miss("en", "qwxz", day)
    store.add_miss("ar", "متى أبدأ", "2026-11-22")
    store.add_miss("en", "metro card?", "2026-11-19")

    assert store.misses("2026-11-01") == [
        MissCount(text="qwxz", lang="en", count=3, last_day="2026-11-21"),
        MissCount(text="متى أبدأ", lang="ar", count=2, last_day="2026-11-22"),
        MissCount(text="metro card?", lang="en", count=1, last_day="2026-11-19"),
    ]


def test_misses_are_listed_from_a_day_and_for_one_language(store: Store) -> None:
    store.add_miss("en", "old one", "2026-10-01")
    store.add_miss("en", "new one", "2026-11-20")
    store.add_miss("da", "ny", "2026-11-20")

    assert [m.text for m in store.misses("2026-11-01")] == ["ny", "new one"]
    assert [m.text for m in store.misses("2026-11-01", lang="en")] == ["new one"]
    assert store.misses("2026-11-21") == []


@pytest.mark.parametrize("day", ["2026-11-23T12:00:00+00:00", "23/11/2026", "today"])
def test_misses_keep_a_day_never_a_time(store: Store, day: str) -> None:
    with pytest.raises(StoreError, match="not a date"):
        store.add_miss("en", "qwxz", day)
    assert store.misses("2000-01-01") == []


def test_misses_purge_deletes_days_before_the_limit_and_dry_run_only_counts(
    store: Store,
) -> None:
    for day, text in [("2026-10-23", "oldest"), ("2026-10-24", "older"), ("2026-11-23", "new")]:
        store.add_miss("en", text, day)

    assert store.purge_misses("2026-10-24", dry_run=True) == 1
    assert len(store.misses("2000-01-01")) == 3
    assert store.purge_misses("2026-10-24") == 1
    assert sorted(m.last_day for m in store.misses("2000-01-01")) == ["2026-10-24", "2026-11-23"]
