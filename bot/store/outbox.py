"""The ``outbox`` table: notifications queued in a turn's or a digest's transaction, then sent.

Delivery claims a due row by moving its ``next_attempt`` past a lease before sending, so two
workers (the scheduler and ``igubot digest send``) never send the same row at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from bot.store.codec import dumps, loads
from bot.store.connection import Connection, new_id
from bot.store.records import iso_timestamp
from bot.store.staff_records import OutboxItem
from bot.store.where import Where, placeholders

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only placeholders; values are bound as parameters.

_SELECT = "id, kind, payload, user_key, lead_id, attempts, created, next_attempt, sent_at, error"
_ADD = (
    "INSERT INTO outbox (kind, user_key, lead_id, payload, created, next_attempt) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
MAX_ERROR = 200


class Outbox(Connection):
    """Queueing and delivering notifications (part of :class:`~bot.store.Store`)."""

    def add_outbox(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        user_key: str | None = None,
        lead_id: int | None = None,
        now: str | datetime | None = None,
    ) -> int:
        """Queue a notification for the outbox worker, due at once.

        :param kind: what to send (e.g. ``lead_digest``, ``staff_login``).
        :param payload: what the sender needs, JSON-serialisable.
        :param user_key: the person it concerns, so ``forget`` can remove it.
        :param lead_id: the lead it concerns; the row is deleted with the lead.
        :param now: creation time (default: the current time).
        :return: the outbox row's id.
        :raises StoreError: if ``payload`` is not JSON-serialisable, ``lead_id`` names no lead,
            or the write fails.
        """
        stamp = iso_timestamp(now)
        body = dumps(payload, "outbox payload")
        with self._write_one("queueing an outbox message"):
            cursor = self._conn.execute(_ADD, [kind, user_key, lead_id, body, stamp, stamp])
        return new_id(cursor.lastrowid)

    def claim_outbox(
        self, kinds: Iterable[str], now: str, lease_until: str, limit: int = 50
    ) -> list[OutboxItem]:
        """Claim due, unsent rows of ``kinds`` for one delivery attempt each.

        Each claimed row has ``attempts`` counted up and ``next_attempt`` set to
        ``lease_until``, so nobody else claims it while it is being sent; the sender then
        marks it sent or failed.

        :raises StoreError: if the write fails.
        """
        kinds = list(kinds)
        with self._write("claiming outbox rows"):
            ids = self._ids(
                f"SELECT id FROM outbox WHERE kind IN ({placeholders(kinds)}) "  # nosec B608
                "AND sent_at IS NULL AND next_attempt <= ? ORDER BY next_attempt, id LIMIT ?",
                [*kinds, now, limit],
            )
            self._db.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt = ? "
                f"WHERE id IN ({placeholders(ids)})",  # nosec B608
                [lease_until, *ids],
            )
            return self._items("reading claimed outbox rows", Where().among("id", ids))

    def mark_outbox_sent(self, outbox_id: int, now: str) -> None:
        """Record a delivery; a row is marked sent once and never claimed again."""
        with self._write("marking an outbox row sent"):
            self._db.execute(
                "UPDATE outbox SET sent_at = ?, error = NULL WHERE id = ? AND sent_at IS NULL",
                [now, outbox_id],
            )

    def mark_outbox_failed(self, outbox_id: int, next_attempt: str, error: str) -> None:
        """Record a failed attempt and when to try again (``error``: no personal data)."""
        with self._write("marking an outbox row failed"):
            self._db.execute(
                "UPDATE outbox SET next_attempt = ?, error = ? WHERE id = ? AND sent_at IS NULL",
                [next_attempt, error[:MAX_ERROR], outbox_id],
            )

    def outbox_items(self, kinds: Iterable[str], *, pending: bool = False) -> list[OutboxItem]:
        """Outbox rows of ``kinds`` by id; only unsent ones with ``pending``."""
        kinds = list(kinds)
        where = Where().among("kind", kinds)
        if pending:
            where.add("sent_at IS NULL")
        return self._items("listing outbox rows", where)

    def next_outbox_attempt(self, kinds: Iterable[str]) -> str | None:
        """When the earliest unsent row of ``kinds`` is due, or ``None`` if none waits."""
        kinds = list(kinds)
        with self._read("finding the next outbox attempt"):
            row = self._db.execute(
                f"SELECT min(next_attempt) FROM outbox WHERE kind IN ({placeholders(kinds)}) "
                "AND sent_at IS NULL",  # nosec B608
                kinds,
            ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    def _items(self, doing: str, where: Where) -> list[OutboxItem]:
        with self._read(doing):
            rows = list(
                self._db.table("outbox").rows_where(
                    where.text, where.params, select=_SELECT, order_by="id"
                )
            )
        return [
            OutboxItem(**{**row, "payload": loads(row["payload"], "outbox.payload")})
            for row in rows
        ]
