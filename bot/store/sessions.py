"""The ``sessions`` table (one conversation's state) and ``telegram_updates`` (seen updates).

Both are on every turn's path: each method is one prepared statement, with no savepoint of its
own inside the turn's transaction (see the package docstring for why this stays raw SQL).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime

from bot.store.codec import dumps, loads
from bot.store.connection import Connection
from bot.store.records import SessionRecord, iso_timestamp

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column names of SessionRecord; values are bound as parameters.

# Column names come from the record, whose fields mirror the table (see migrations.py).
_COLUMNS = tuple(f.name for f in fields(SessionRecord))
_LOAD = f"SELECT {', '.join(_COLUMNS)} FROM sessions WHERE key = ?"  # nosec B608
_SAVE = (
    f"INSERT INTO sessions ({', '.join(_COLUMNS)}) "  # nosec B608
    f"VALUES ({', '.join(':' + c for c in _COLUMNS)}) "
    "ON CONFLICT (key) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c != "created")
)
_SEEN = (
    "INSERT INTO telegram_updates (update_id, received) VALUES (?, ?) "
    "ON CONFLICT (update_id) DO NOTHING"
)


class Sessions(Connection):
    """Conversation state and seen Telegram updates (part of :class:`~bot.store.Store`)."""

    def load_session(self, key: str) -> SessionRecord | None:
        """Load the state of one conversation.

        :param key: the conversation key.
        :return: the session, or ``None`` if there is none.
        :raises StoreError: if the database cannot be read.
        """
        with self._read("loading a session"):
            rows = self._rows(_LOAD, [key])
        if not rows:
            return None
        row = rows[0]
        history = loads(row["history"], "sessions.history")
        return SessionRecord(
            **{
                **row,
                "vars": loads(row["vars"], "sessions.vars"),
                "history": tuple((str(flow), str(step)) for flow, step in history),
                "waiting": bool(row["waiting"]),
            }
        )

    def save_session(self, rec: SessionRecord) -> None:
        """Insert or replace a conversation's state; an existing row keeps its ``created``.

        :param rec: the session to store.
        :raises StoreError: if a value is not JSON-serialisable or the write fails.
        """
        row = {
            **{name: getattr(rec, name) for name in _COLUMNS},
            "vars": dumps(rec.vars, "session vars"),
            "history": dumps([list(pair) for pair in rec.history], "session history"),
            "waiting": int(rec.waiting),
        }
        with self._write_one("saving a session"):
            self._conn.execute(_SAVE, row)

    def delete_session(self, key: str) -> bool:
        """Delete a conversation's state (e.g. on restart).

        :param key: the conversation key.
        :return: whether there was a session to delete.
        :raises StoreError: if the write fails.
        """
        with self._write_one("deleting a session"):
            cursor = self._conn.execute("DELETE FROM sessions WHERE key = ?", [key])
        return cursor.rowcount > 0

    def mark_update_seen(self, update_id: int, now: str | datetime | None = None) -> bool:
        """Record a Telegram update id, so a redelivered update is handled only once.

        :param update_id: Telegram's ``update_id``.
        :param now: when it was received (default: the current time).
        :return: ``True`` the first time an id is seen, ``False`` afterwards.
        :raises StoreError: if the write fails.
        """
        stamp = iso_timestamp(now)
        with self._write_one("recording a Telegram update"):
            cursor = self._conn.execute(_SEEN, [update_id, stamp])
        return cursor.rowcount == 1
