"""Private files of the store: the data folder (0700), the database, its WAL and backups (0600).

SQLite creates the ``-wal`` and ``-shm`` files with the permissions of the database file, so a
database created here ``0600`` keeps its write-ahead log private too. An existing file that
others may read (made by an older version) is tightened when it is opened.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

logger = logging.getLogger(__name__)

#: Mode of the data folder (and of a backup folder this module creates).
FOLDER_MODE = 0o700
#: Mode of the database, its ``-wal``/``-shm`` files and backups.
FILE_MODE = 0o600
_SIDE_FILES = ("-wal", "-shm", "-journal")


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if missing; a folder made here is ``0700``.

    An existing folder keeps its mode: it may be a mounted volume or a folder shared on
    purpose, and it is not the store's to change.

    :raises OSError: if it cannot be created.
    """
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except FileExistsError:
        return
    os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered through the umask


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode ``0600`` if it is missing; tighten it if others may read it.

    :raises OSError: if it cannot be created or its mode changed.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        _tighten(path)
        return
    os.close(fd)


def private_database(path: Path) -> None:
    """The database ``path`` and its side files: created or tightened to ``0600``.

    :raises OSError: if a file cannot be created or its mode changed.
    """
    private_folder(path.parent)
    private_file(path)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            _tighten(side)


def _tighten(path: Path) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        tight = mode & ~(stat.S_IRWXG | stat.S_IRWXO)
        os.chmod(path, tight)
        logger.info("%s was open to others (mode %o): now %o", path.name, mode, tight)
