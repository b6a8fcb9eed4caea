"""A restored backup does not bring forgotten people back: /forget adds a keyed tag (no personal
data) to a list beside the database, and ``igubot restore`` erases them again."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.content import Content
from bot.engine import Engine, Inbound
from bot.face.cli import main
from bot.store import Store
from bot.store.backup import backup, restore
from tests.support.tree import ROOT

NAME = "Zainab Qasimova"
OTHER = "Bo Berg"


def _interest(engine: Engine, key: str, name: str) -> None:
    for kw in (
        {"start": ""},
        {"choice": "en"},
        {"choice": "interest"},
        {"text": name},
        {"text": "Aarhus"},
        {"choice": "phone"},
        {"text": "20 12 34 56"},
        {"choice": "yes"},
        {"choice": "little"},
        {"choice": "transport"},
        {"choice": "yes"},  # the check-in a few days later (Telegram only)
        {"choice": "review:ok"},  # the summary of what is sent: all correct
        {"choice": "yes"},
    ):
        engine.handle(Inbound(key, "telegram", **kw))


def _files(folder: Path, prefix: str) -> bytes:
    return b"".join(p.read_bytes() for p in folder.glob(prefix + "*") if p.is_file())


def _backup_then_forget(tree_content: Content, data: Path, tmp_path: Path) -> Path:
    db = data / "igubot.sqlite3"
    with Store(db) as store:
        engine = Engine(tree_content, store)
        _interest(engine, "tg:424242", NAME)
        _interest(engine, "tg:515151", OTHER)
        copy = tmp_path / "backups" / "before.sqlite3"
        backup(db, copy)
        assert [lead.name for lead in store.leads()] == [NAME, OTHER]
        engine.handle(Inbound("tg:424242", "telegram", text="/forget"))
        assert "forget" in engine.handle(Inbound("tg:424242", "telegram", choice="yes")).actions
    return copy


def test_forgotten_restore_erases_them_again(tree_content: Content, tmp_path: Path) -> None:
    data = tmp_path / "data"
    copy = _backup_then_forget(tree_content, data, tmp_path)
    assert NAME.encode() in copy.read_bytes()

    assert restore(copy, data / "igubot.sqlite3") == 1

    with Store(data / "igubot.sqlite3") as store:
        assert [lead.name for lead in store.leads()] == [OTHER]
        assert store.load_session("tg:424242") is None
        assert store.load_session("tg:515151") is not None
    assert NAME.encode() not in _files(data, "igubot.sqlite3")


def test_forgotten_list_holds_no_personal_data(tree_content: Content, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _backup_then_forget(tree_content, data, tmp_path)
    listed = (data / "forgotten.txt").read_text(encoding="ascii")
    [line] = listed.splitlines()
    tag, day = line.split(" ")
    assert len(tag) == 64
    assert len(day) == 10
    for secret in ("424242", NAME, "Zainab", "+4520123456"):
        assert secret not in listed
        assert secret not in (data / "forgotten.key").read_text(encoding="ascii")
    for name in ("forgotten.txt", "forgotten.key"):
        assert stat.S_IMODE(os.stat(data / name).st_mode) == 0o600


def test_forgotten_restore_command_says_how_many(tree_content: Content, tmp_path: Path) -> None:
    data = tmp_path / "data"
    copy = _backup_then_forget(tree_content, data, tmp_path)
    result = CliRunner().invoke(
        main,
        ["restore", str(copy), "--yes"],
        env={"IGUBOT_DATA_DIR": str(data), "IGUBOT_CONTENT_DIR": str(ROOT)},
    )
    assert result.exit_code == 0, result.output
    assert "erased again 1 conversation(s)" in result.output
    with Store(data / "igubot.sqlite3") as store:
        assert [lead.name for lead in store.leads()] == [OTHER]


def test_forgotten_a_list_without_its_key_is_reported(
    tree_content: Content, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    copy = _backup_then_forget(tree_content, data, tmp_path)
    (data / "forgotten.key").unlink()
    with caplog.at_level(logging.WARNING, logger="bot.store.forgotten"):
        assert restore(copy, data / "igubot.sqlite3") == 0
    assert "forgotten.key" in caplog.text
