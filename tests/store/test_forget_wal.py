"""/forget empties the write-ahead log even while another connection reads: the checkpoint is
tried again until it truncates, and when a reader never lets go a warning says so, without
personal data, and the WAL is emptied at the next chance (here: closing the store)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.content import Content
from bot.engine import Engine, Inbound
from bot.store import Store

NAME = "Zainab Qasimova"
KEY = "web:wal-reader"


def _interest(engine: Engine) -> None:
    for kw in (
        {"start": ""},
        {"choice": "en"},
        {"choice": "interest"},
        {"text": NAME},
        {"text": "Aarhus"},
        {"choice": "phone"},
        {"text": "20 12 34 56"},
        {"choice": "yes"},
        {"choice": "little"},
        {"choice": "transport"},
        {"choice": "yes"},
    ):
        engine.handle(Inbound(KEY, "web", **kw))


def _wal(db: Path) -> bytes:
    wal = db.with_name(db.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def _reader(db: Path) -> sqlite3.Connection:
    """Another process's read transaction (a backup, an export, ``igubot stats``)."""
    reader = sqlite3.connect(db, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM leads").fetchone()
    return reader


def _forget(engine: Engine) -> None:
    engine.handle(Inbound(KEY, "web", text="/forget"))
    done = engine.handle(Inbound(KEY, "web", choice="yes"))
    assert "forget" in done.actions


def test_forget_wal_is_emptied_once_the_reader_lets_go(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "igubot.sqlite3"
    waits: list[float] = []
    readers: list[sqlite3.Connection] = []

    def reader_lets_go(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            readers.pop().close()

    with Store(db, sleep=reader_lets_go) as store:
        engine = Engine(tree_content, store)
        _interest(engine)
        assert NAME.encode() in _wal(db)
        readers.append(_reader(db))
        _forget(engine)
        assert waits == [0.05, 0.1]  # busy twice, then emptied
        assert NAME.encode() not in _wal(db)
        assert store.leads() == []


def test_forget_wal_a_reader_that_never_lets_go_is_logged(
    tree_content: Content, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "igubot.sqlite3"
    waits: list[float] = []
    store = Store(db, sleep=waits.append)
    engine = Engine(tree_content, store)
    _interest(engine)
    reader = _reader(db)
    with caplog.at_level(logging.WARNING, logger="bot.store.connection"):
        _forget(engine)
    assert waits == [0.05, 0.1, 0.2, 0.4, 0.8]  # six attempts, 1.55 s of waiting in all
    [warning] = [r for r in caplog.records if "write-ahead log" in r.getMessage()]
    assert "6 attempts" in warning.getMessage()
    for secret in (NAME, "Zainab", "+4520123456", KEY):
        assert secret not in caplog.text
    reader.close()
    store.close()  # the checkpoint it still owed
    assert NAME.encode() not in _wal(db)
