"""Online, consistent backups of the SQLite database (the SQLite backup API), and restore."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from bot.kernel.errors import StoreError
from bot.store.files import private_file, private_folder
from bot.store.store import Store

logger = logging.getLogger(__name__)


def backup(database: Path, target: Path, *, pages_per_step: int = -1) -> int:
    """Copy ``database`` to ``target`` while the bot keeps running.

    The backup API copies a consistent snapshot and includes what sits in the WAL file. By
    default it copies in one step: in WAL mode that read does not block the bot's writes, and a
    stepwise copy could restart for ever under steady writes. The copy is
    written next to ``target`` and renamed into place, so a failed run leaves no half file.

    :return: the size of the backup in bytes.
    :raises StoreError: when the database is missing or the copy fails.
    """
    if not database.is_file():
        msg = f"{database}: no database to back up"
        raise StoreError(msg)
    partial = target.with_name(target.name + ".partial")
    try:
        private_folder(target.parent)
        partial.unlink(missing_ok=True)
        private_file(partial)  # 0600 before SQLite writes a byte into it
    except OSError as exc:
        msg = f"cannot write the backup {target}: {exc}"
        raise StoreError(msg) from exc
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(partial)
            try:
                source.backup(dest, pages=pages_per_step)
                dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
                ok = dest.execute("PRAGMA integrity_check").fetchone()
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        msg = f"backup of {database} failed: {exc}"
        raise StoreError(msg) from exc
    if not ok or ok[0] != "ok":
        partial.unlink(missing_ok=True)
        msg = f"backup of {database} failed its integrity check: {ok}"
        raise StoreError(msg)
    partial.replace(target)
    size = target.stat().st_size
    logger.info("backup written: %d bytes", size)
    return size


def restore(backup_file: Path, database: Path) -> int:
    """Put a backup in place of ``database`` (the bot must be stopped).

    The old database and its ``-wal``/``-shm`` files are moved aside as ``*.before-restore``.
    Then everyone on the list of forgotten people beside the database (:mod:`bot.store.forgotten`)
    is erased again from the restored copy: a backup made before their ``/forget`` still held
    them.

    :return: how many forgotten conversations the backup held (erased again).
    :raises StoreError: when the backup is not a sound SQLite database.
    """
    try:
        check = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            ok = check.execute("PRAGMA integrity_check").fetchone()
        finally:
            check.close()
    except sqlite3.Error as exc:
        msg = f"{backup_file}: not a usable backup: {exc}"
        raise StoreError(msg) from exc
    if not ok or ok[0] != "ok":
        msg = f"{backup_file}: failed its integrity check: {ok}"
        raise StoreError(msg)
    private_folder(database.parent)
    for suffix in ("", "-wal", "-shm"):
        current = database.with_name(database.name + suffix)
        if current.exists():
            current.replace(current.with_name(current.name + ".before-restore"))
    partial = database.with_name(database.name + ".restoring")
    partial.unlink(missing_ok=True)
    private_file(partial)
    partial.write_bytes(backup_file.read_bytes())
    partial.replace(database)
    with Store(database) as store:
        again = store.reapply_forgotten()
        store.checkpoint()
    if again:
        logger.info("restore: %d forgotten conversation(s) erased again", again)
    return again
