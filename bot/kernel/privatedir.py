"""A cache folder that is safe to read: a folder, owned by this user, writable by no one else.

Caches hold what the bot would otherwise compute (parsed ``.ftl`` files, the examples' check
results); a folder someone else can write to could hide errors or change messages, so it is not
used. Shared by :mod:`bot.i18n.parsecache` and :mod:`bot.understand.checkcache`.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

logger = logging.getLogger(__name__)


def private_folder(directory: Path, *, create: bool = False) -> bool | str:
    """Whether ``directory`` may be used as a private cache folder.

    :param create: create it (mode ``0700``, with its parents) when it does not exist.
    :returns: ``True`` when it is usable, ``False`` when it does not exist (and was not to be
        created), or the reason it must not be used (for a warning).
    """
    try:
        info = directory.stat()
    except FileNotFoundError:
        if not create:
            return False
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            info = directory.stat()
        except OSError as exc:
            return f"cannot create it ({exc.strerror})"
    except OSError as exc:
        return f"cannot read it ({exc.strerror})"
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "it is not private to this user (chmod 700 it, or remove it)"
    return True


class PrivateFolder:
    """A cache's folder, checked once on first use (:func:`private_folder`), and given up on
    with one warning when it is not safe or a write to it fails.

    :param directory: the folder.
    :param owner: who uses it, for the warning (``i18n``, ``understand``).
    """

    def __init__(self, directory: Path, owner: str) -> None:
        self.directory = directory
        self.owner = owner
        self._usable: bool | None = None  # decided on first use

    def ready(self, *, create: bool = False) -> bool:
        """Whether the folder exists and is private to this user (created when ``create``)."""
        if self._usable is not None:
            return self._usable
        found = private_folder(self.directory, create=create)
        if isinstance(found, str):
            return self.give_up(f"not using the cache folder {self.directory}: {found}")
        if found:
            self._usable = True
        return found

    def give_up(self, why: str) -> bool:
        """Use the folder no more, saying why once; returns False."""
        logger.warning("%s: %s", self.owner, why)
        self._usable = False
        return False
