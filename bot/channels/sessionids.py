"""Conversation ids of the web chat: issued by the server only, recognised by a signature.

An id is 16 random bytes and the first 16 bytes of their HMAC-SHA256 under the server's key,
in URL-safe base64 (43 characters, the length ids always had). The server knows its own ids
without storing them, so a conversation that only sits at its opening question needs no row
(:meth:`bot.engine.Engine.run`), and an id a client made up is never taken: it starts a new
conversation with a new id. The key is 32 random bytes in ``<data_dir>/web-session.key``
(mode 600), made on first use; deleting it makes every id that has no stored conversation
unknown (their holders get the language question again).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from bot.kernel.errors import ConfigError

__all__ = ["KEY_FILE", "TOKEN", "SessionIds"]

KEY_FILE = "web-session.key"
KEY_BYTES = 32
_RANDOM = 16
#: The shape of an id (``fullmatch``: no trailing newline slips through).
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


class SessionIds:
    """Issue ids and tell them from ids the server never issued.

    :param key: the signing key (at least 32 bytes).
    """

    def __init__(self, key: bytes) -> None:
        if len(key) < KEY_BYTES:
            raise ValueError("the session key must be at least 32 bytes")
        self._key = key

    @classmethod
    def in_folder(cls, folder: Path) -> SessionIds:
        """The ids signed with the key kept in ``folder`` (made there if it is missing).

        :raises ConfigError: the key file cannot be read or made, or is not a key.
        """
        path = folder / KEY_FILE
        try:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                key = path.read_bytes()
            else:
                key = secrets.token_bytes(KEY_BYTES)
                with os.fdopen(fd, "wb") as out:
                    out.write(key)
        except OSError as exc:
            msg = f"{path}: cannot read or make the web session key: {exc.strerror}"
            raise ConfigError(msg) from exc
        if len(key) != KEY_BYTES:
            msg = f"{path}: not a web session key ({KEY_BYTES} bytes); delete it to make a new one"
            raise ConfigError(msg)
        return cls(key)

    def _mac(self, raw: bytes) -> bytes:
        return hmac.new(self._key, raw, hashlib.sha256).digest()[:_RANDOM]

    def issue(self) -> str:
        """A new id."""
        raw = secrets.token_bytes(_RANDOM)
        return base64.urlsafe_b64encode(raw + self._mac(raw)).decode("ascii").rstrip("=")

    def issued(self, token: str) -> bool:
        """Whether this server issued ``token`` (exactly as it was issued)."""
        if not TOKEN.fullmatch(token):
            return False
        data = base64.urlsafe_b64decode(token + "=")
        if base64.urlsafe_b64encode(data).decode("ascii").rstrip("=") != token:
            return False  # another spelling of the same bytes
        return hmac.compare_digest(self._mac(data[:_RANDOM]), data[_RANDOM:])
