"""The list of people who asked to be forgotten, kept beside the database for restores.

A backup made before someone's ``/forget`` still holds them; ``igubot restore`` would bring
them back. So every erasure also appends a line to ``forgotten.txt`` in the data folder: an
HMAC-SHA256 of the conversation key (a Telegram chat id, a web session) under a random key kept
in ``forgotten.key`` (both ``0600``), and the date. Neither file holds personal data by itself:
a chat id cannot be read back from the list without the key, and not from the key alone.
After a restore every conversation whose tag is on the list is erased again.

Both files live outside the database on purpose: a restore replaces the database, not them.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

from bot.store.files import private_file, private_folder

logger = logging.getLogger(__name__)

#: The list, one ``tag date`` line per erasure.
LIST_NAME = "forgotten.txt"
#: The HMAC key of the list (64 hex digits).
KEY_NAME = "forgotten.key"


class ForgetList:
    """The list of forgotten conversations in ``folder`` (the database's folder).

    :param folder: the data folder.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.list_path = folder / LIST_NAME
        self.key_path = folder / KEY_NAME

    def _key(self, *, create: bool) -> bytes | None:
        try:
            text = self.key_path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            if not create:
                return None
            private_folder(self.folder)
            private_file(self.key_path)
            text = secrets.token_hex(32)
            self.key_path.write_text(text + "\n", encoding="ascii")
        return bytes.fromhex(text)

    def tag(self, user_key: str, *, key: bytes) -> str:
        """The keyed hash of one conversation key, as written to the list."""
        return hmac.new(key, user_key.encode(), hashlib.sha256).hexdigest()

    def add(self, user_key: str, when: str) -> None:
        """Append one erasure to the list (written and synced before the rows are deleted).

        :param user_key: the conversation key of the person.
        :param when: the date of the erasure (ISO 8601).
        :raises OSError: if the list cannot be written.
        """
        key = self._key(create=True)
        assert key is not None
        private_file(self.list_path)
        line = f"{self.tag(user_key, key=key)} {when[:10]}\n"
        with self.list_path.open("a", encoding="ascii") as out:
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    def forgotten(self, user_keys: set[str]) -> list[str]:
        """Which of ``user_keys`` are on the list.

        :return: those keys, sorted; none when there is no list (or no key).
        :raises OSError: if the list or the key cannot be read.
        """
        key = self._key(create=False)
        if not self.list_path.exists():
            return []
        if key is None:
            logger.warning(
                "%s has no %s beside it: the forgotten people on it cannot be recognised; "
                "put the key back from where it was kept",
                LIST_NAME,
                KEY_NAME,
            )
            return []
        with self.list_path.open(encoding="ascii") as lines:
            tags = {line.split(" ", 1)[0] for line in lines if line.strip()}
        return sorted(k for k in user_keys if self.tag(k, key=key) in tags)
