"""The database, its WAL and backups are private to the bot's user: 0600 files in a 0700 folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import LeadRecord, Store
from bot.store.backup import backup, restore


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask 022, under which files are created world-readable by default."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _lead() -> LeadRecord:
    return LeadRecord(
        kind="learner",
        user_key="test:files",
        channel="test",
        lang="en",
        municipality="751",
        data={},
        consent_id="interest-consent-ask",
        consent_version="abc123def456",
        created="2026-11-23T12:00:00+00:00",
        name="Private Person",
    )


def test_store_files_database_wal_and_folder_are_private(tmp_path: Path) -> None:
    db = tmp_path / "data" / "igubot.sqlite3"
    with Store(db) as store:
        store.add_lead(_lead())
        wal = db.with_name(db.name + "-wal")
        shm = db.with_name(db.name + "-shm")
        assert wal.exists()
        assert shm.exists()
        assert {p.name: _mode(p) for p in (db, wal, shm)} == {
            db.name: 0o600,
            wal.name: 0o600,
            shm.name: 0o600,
        }
    assert _mode(db.parent) == 0o700


def test_store_files_an_old_world_readable_database_is_tightened(tmp_path: Path) -> None:
    db = tmp_path / "igubot.sqlite3"
    Store(db).close()
    os.chmod(db, 0o644)
    with Store(db) as store:
        store.add_lead(_lead())
        assert _mode(db) == 0o600
        assert _mode(db.with_name(db.name + "-wal")) == 0o600


def test_store_files_backup_and_restore_are_private(tmp_path: Path) -> None:
    db = tmp_path / "data" / "igubot.sqlite3"
    with Store(db) as store:
        store.add_lead(_lead())
    target = tmp_path / "backups" / "igubot-2026-12-06.sqlite3"
    backup(db, target)
    assert (_mode(target), _mode(target.parent)) == (0o600, 0o700)
    os.chmod(db, 0o644)
    restore(target, db)
    assert _mode(db) == 0o600
    with Store(db) as store:
        assert [lead.name for lead in store.leads()] == ["Private Person"]
