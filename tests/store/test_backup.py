"""Backups are consistent while the bot writes, and restore brings every lead back."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.face.cli import main
from bot.kernel.errors import StoreError
from bot.store import LeadRecord, Store
from bot.store.backup import backup, restore


def _lead(n: int) -> LeadRecord:
    return LeadRecord(
        kind="learner",
        user_key=f"test:{n}",
        channel="test",
        lang="en",
        municipality="751",
        data={},
        consent_id="interest-consent-ask",
        consent_version="abc123def456",
        created="2026-11-23T12:00:00+00:00",
    )


def test_backup_while_another_connection_writes(tmp_path: Path) -> None:
    db = tmp_path / "igubot.sqlite3"
    store = Store(db)
    for n in range(50):
        store.add_lead(_lead(n))
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        other = Store(db)
        n = 1000
        while not stop.is_set():
            other.add_lead(_lead(n))
            written.append(n)
            n += 1
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for i in range(3):
            backup(db, tmp_path / f"copy{i}.sqlite3")
    finally:
        stop.set()
        thread.join()
    store.close()
    for i in range(3):
        copy = sqlite3.connect(tmp_path / f"copy{i}.sqlite3")
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count = copy.execute("SELECT count(*) FROM leads").fetchone()[0]
        assert 50 <= count <= 50 + len(written)
        copy.close()


def test_restore_brings_the_leads_back(tmp_path: Path) -> None:
    db = tmp_path / "data" / "igubot.sqlite3"
    with Store(db) as store:
        lead_id = store.add_lead(_lead(1))
    backup(db, tmp_path / "backup.sqlite3")
    accident = sqlite3.connect(db)  # lost by mistake (a /forget is not undone by a restore)
    accident.execute("DELETE FROM leads")
    accident.commit()
    accident.close()
    restore(tmp_path / "backup.sqlite3", db)
    with Store(db) as store:
        assert [lead.id for lead in store.leads()] == [lead_id]
    assert (tmp_path / "data" / "igubot.sqlite3.before-restore").exists()


def test_restore_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        restore(bogus, tmp_path / "igubot.sqlite3")
    assert not (tmp_path / "igubot.sqlite3").exists()


def test_backup_cli_without_a_database_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["backup", str(tmp_path / "b.sqlite3")], env={"IGUBOT_DATA_DIR": str(tmp_path)}
    )
    assert result.exit_code == 1
    assert "no database to back up" in result.output


def test_backup_and_restore_cli_round_trip(tmp_path: Path) -> None:
    env = {"IGUBOT_DATA_DIR": str(tmp_path / "data")}
    with Store(tmp_path / "data" / "igubot.sqlite3") as store:
        store.add_lead(_lead(7))
    runner = CliRunner()
    made = runner.invoke(main, ["backup", str(tmp_path / "b.sqlite3")], env=env)
    assert made.exit_code == 0, made.output
    (tmp_path / "data" / "igubot.sqlite3").unlink()
    back = runner.invoke(main, ["restore", str(tmp_path / "b.sqlite3"), "--yes"], env=env)
    assert back.exit_code == 0, back.output
    exported = runner.invoke(main, ["leads", "export", "--format", "json"], env=env)
    assert '"municipality": "751"' in exported.output
