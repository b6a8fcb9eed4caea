"""Misses kept for content authors: counted by day, language and scrubbed text with no link to
a person, listed most asked first, purged after their days; typed at the menu, they are written
by the turn, and `igubot questions` shows them without personal data."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.face.cli import MISS_RETENTION_DAYS, main
from bot.kernel.errors import StoreError
from bot.store import MissCount, Store
from tests.support.tree import ROOT

KEY = "web:misses-4520123456"
RAW_NUMBERS = ("20123456", "٢٠١٢٣٤٥٦", "010190", "1234")


@pytest.fixture(autouse=True)
def _keep_root_logger() -> Iterator[None]:
    """``igubot`` configures the root logger; give it back as it was."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    root.handlers[:] = handlers


def igubot(args: list[str], data: Path) -> Result:
    """Run ``igubot args`` in-process on the database in ``data``."""
    env = {"IGUBOT_DATA_DIR": str(data), "IGUBOT_CONTENT_DIR": str(ROOT), "IGUBOT_CONFIG": None}
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False, prog_name="igubot")


def file_bytes(db: Path) -> bytes:
    """The database file and its write-ahead log."""
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if p.is_file())


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


# -- a scripted run: the engine writes misses, `igubot questions` lists them ----------------


class Learner:
    """One person on the web chat, at the menu in their language."""

    def __init__(self, engine: Engine, lang: str, key: str) -> None:
        self.engine, self.lang, self.key = engine, lang, key
        self.send(start="")
        self.send(choice=lang)

    def send(self, **what: str) -> TurnResult:
        return self.engine.handle(Inbound(self.key, "web", lang_hint=self.lang, **what))


def test_misses_of_a_scripted_run_are_listed_scrubbed_and_counted(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "igubot.sqlite3"
    moment = dt.datetime.now(dt.UTC)
    today = moment.date().isoformat()
    with Store(db) as store:
        engine = Engine(tree_content, store, clock=lambda: moment)
        learner = Learner(engine, "en", KEY)
        replies = [learner.send(text="qwxz"), learner.send(text="blorp 20123456 zzkq")]
        assert all(r.reply.messages[0].id == "common-not-understood" for r in replies)
        assert learner.send(text="how much is the salary").step == "pay"
        learner.send(text="qwxz")  # at the pay question: the same miss again
        arabic = Learner(engine, "ar", "web:misses-ar")
        arabic.send(text="خخخ ٢٠١٢٣٤٥٦ ققق")
        arabic.send(text="ززز ٠١٠١٩٠-١٢٣٤")

    result = igubot(["questions", "--format", "json"], db.parent)

    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"text": "qwxz", "lang": "en", "count": 2, "last_day": today},
        {"text": "خخخ # ققق", "lang": "ar", "count": 1, "last_day": today},
        {"text": "ززز #", "lang": "ar", "count": 1, "last_day": today},
        {"text": "blorp # zzkq", "lang": "en", "count": 1, "last_day": today},
    ]
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT * FROM misses").fetchall()
    assert len(rows) == 4
    for secret in (*RAW_NUMBERS, KEY, "web:"):
        assert not any(secret in str(value) for row in rows for value in row), secret
    arabic_only = igubot(["questions", "--lang", "ar"], db.parent)
    assert arabic_only.output.splitlines()[1:] == [
        f"    1  ar    {today}  خخخ # ققق",
        f"    1  ar    {today}  ززز #",
    ]


def test_misses_stay_after_forget_and_the_raw_text_is_nowhere_in_the_file(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "igubot.sqlite3"
    with Store(db) as store:
        engine = Engine(tree_content, store)
        learner = Learner(engine, "en", KEY)
        learner.send(text="blorp 20123456 zzkq")
        learner.send(text="/forget")
        assert "forget" in learner.send(choice="yes").actions
        assert store.load_session(KEY) is None
        assert [(m.text, m.count) for m in store.misses("2000-01-01")] == [("blorp # zzkq", 1)]
        store.checkpoint()
    data = file_bytes(db)
    assert b"blorp # zzkq" in data
    for secret in (b"20123456", KEY.encode()):
        assert secret not in data, secret


def test_misses_are_kept_without_characters_that_cannot_be_stored(
    tree_content: Content, tmp_path: Path
) -> None:
    with Store(tmp_path / "igubot.sqlite3") as store:
        learner = Learner(Engine(tree_content, store), "en", KEY)
        result = learner.send(text="\ud800qwxz\u200b 2\u200b0\x00123456")
        assert result.reply.messages[0].id == "common-not-understood"
        assert [m.text for m in store.misses("2000-01-01")] == ["qwxz #"]


def test_misses_are_not_kept_for_what_was_understood_or_answered(
    tree_content: Content, tmp_path: Path
) -> None:
    with Store(tmp_path / "igubot.sqlite3") as store:
        learner = Learner(Engine(tree_content, store), "en", KEY)
        learner.send(text="how much is the salary")
        learner.send(text="hi")
        assert store.misses("2000-01-01") == []


def test_questions_says_so_when_nothing_was_missed(tmp_path: Path) -> None:
    result = igubot(["questions"], tmp_path / "data")

    assert result.exit_code == 0
    assert result.output == "Nothing typed in the last 30 days went unanswered.\n"
    assert json.loads(igubot(["questions", "--format", "json"], tmp_path / "data").output) == []


def test_questions_refuses_an_unknown_language(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["questions", "--lang", "xx"], env={"IGUBOT_DATA_DIR": str(tmp_path)}
    )

    assert result.exit_code == 2
    assert "Invalid value for --lang: use one of da, en, ar" in result.output


@pytest.mark.slow
def test_purge_deletes_misses_older_than_their_retention_days(tmp_path: Path) -> None:
    db = tmp_path / "data" / "igubot.sqlite3"
    today = dt.datetime.now(dt.UTC).date()
    with Store(db) as store:
        for age, text in [(MISS_RETENTION_DAYS + 1, "too old"), (MISS_RETENTION_DAYS, "old")]:
            store.add_miss("en", text, today - dt.timedelta(days=age))
        store.add_miss("en", "new", today)

    dry = igubot(["purge", "--dry-run"], db.parent)
    assert "would delete 1 misses" in dry.output
    done = igubot(["purge"], db.parent)
    assert "deleted 1 misses" in done.output

    with Store(db) as store:
        assert sorted(m.text for m in store.misses("2000-01-01")) == ["new", "old"]
