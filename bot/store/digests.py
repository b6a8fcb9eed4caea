"""Store queries for digests, the outbox worker, regional demand and the funnel.

A digest *claims* its leads (``leads.digest_id``) in the same transaction that queues its
outbox row, so a lead is handed over in exactly one "new" digest. Delivery claims a due outbox
row by moving its ``next_attempt`` past a lease before sending, so two workers (the scheduler
and ``igubot digest send``) never send the same row at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from bot.store._core import StoreCore, loads, placeholders
from bot.store.staff_records import DigestClaim, FunnelRow, OutboxItem

_OUTBOX_COLUMNS = (
    "id, kind, payload, user_key, lead_id, attempts, created, next_attempt, sent_at, error"
)

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column lists, clauses and placeholders that are constants here; values are bound as ?.
MAX_ERROR = 200


class DigestQueries:
    """Digests, outbox delivery, demand and funnel counts (mixed into Store)."""

    # -- digests -----------------------------------------------------------------------------

    def digest_municipalities(self: StoreCore, remind_before: str, quiet_since: str) -> list[str]:
        """Municipalities a digest run has something for, by code.

        That is: leads never handed over, raised leads not yet shown, or leads still ``new``
        after the reminder period where no digest went out since ``quiet_since``.

        :param remind_before: leads created before this are overdue (ISO-8601 UTC).
        :param quiet_since: the start of today, local time, as ISO-8601 UTC.
        """
        with self._read("finding municipalities with news"):
            rows = self._db.execute(
                "SELECT municipality FROM leads WHERE digest_id IS NULL "
                "UNION SELECT municipality FROM leads "
                "WHERE raised_at IS NOT NULL AND raised_digest_id IS NULL "
                "UNION SELECT municipality FROM leads WHERE status = 'new' AND created <= ? "
                "AND municipality NOT IN (SELECT municipality FROM digests WHERE created >= ?) "
                "ORDER BY municipality",
                [remind_before, quiet_since],
            ).fetchall()
        return [str(row[0]) for row in rows]

    def claim_digest(
        self: StoreCore, municipality: str, now: str, remind_before: str, quiet_since: str
    ) -> DigestClaim | None:
        """Start a digest for one municipality: claim its new and raised leads.

        Run it inside the transaction that queues the digest's outbox row. A digest with only
        reminders is made at most once per day (none since ``quiet_since``).

        :return: what the digest covers, or ``None`` when there is nothing to send.
        :raises StoreError: if the write fails.
        """
        with self._write("starting a digest"):
            new_ids = _ids(
                self,
                "SELECT id FROM leads WHERE municipality = ? AND digest_id IS NULL ORDER BY id",
                [municipality],
            )
            raised_ids = _ids(
                self,
                "SELECT id FROM leads WHERE municipality = ? AND raised_at IS NOT NULL "
                "AND raised_digest_id IS NULL ORDER BY id",
                [municipality],
            )
            reminder_ids = _ids(
                self,
                "SELECT id FROM leads WHERE municipality = ? AND status = 'new' "
                "AND created <= ? AND digest_id IS NOT NULL ORDER BY id",
                [municipality, remind_before],
            )
            reminder_ids = [i for i in reminder_ids if i not in raised_ids]
            if not new_ids and not raised_ids:
                sent_today = self._db.execute(
                    "SELECT 1 FROM digests WHERE municipality = ? AND created >= ?",
                    [municipality, quiet_since],
                ).fetchone()
                if sent_today or not reminder_ids:
                    return None
            digest_id = self._db.execute(
                "INSERT INTO digests "
                "(municipality, created, new_count, raised_count, reminder_count) "
                "VALUES (?, ?, ?, ?, ?)",
                [municipality, now, len(new_ids), len(raised_ids), len(reminder_ids)],
            ).lastrowid
            self._db.execute(
                "UPDATE leads SET digest_id = ?, digested_at = ? "
                f"WHERE id IN ({placeholders(new_ids)})",  # nosec B608
                [digest_id, now, *new_ids],
            )
            self._db.execute(
                f"UPDATE leads SET raised_digest_id = ? WHERE id IN ({placeholders(raised_ids)})",  # nosec B608
                [digest_id, *raised_ids],
            )
        return DigestClaim(
            digest_id=int(digest_id),
            municipality=municipality,
            new_ids=tuple(new_ids),
            raised_ids=tuple(raised_ids),
            reminder_ids=tuple(reminder_ids),
        )

    def region_demand(
        self: StoreCore, municipalities: Sequence[str], since: str
    ) -> list[tuple[str, int, int]]:
        """Learner leads per area of work across some municipalities: counts only.

        :param municipalities: the codes of a region.
        :param since: the start of the "recent" column (ISO-8601 UTC).
        :return: ``(work_area, all, since)`` rows, the most wanted first; ``""`` = not given.
        """
        with self._read("counting demand"):
            rows = self._db.execute(
                "SELECT coalesce(work_area, ''), count(*), sum(created >= ?) FROM leads "
                f"WHERE kind = 'learner' AND municipality IN ({placeholders(municipalities)}) "
                "GROUP BY 1 ORDER BY 2 DESC, 1",  # nosec B608
                [since, *municipalities],
            ).fetchall()
        return [(str(a), int(n), int(r or 0)) for a, n, r in rows]

    # -- outbox delivery ---------------------------------------------------------------------

    def claim_outbox(
        self: StoreCore, kinds: Iterable[str], now: str, lease_until: str, limit: int = 50
    ) -> list[OutboxItem]:
        """Claim due, unsent rows of ``kinds`` for one delivery attempt each.

        Each claimed row has ``attempts`` counted up and ``next_attempt`` set to
        ``lease_until``, so nobody else claims it while it is being sent; the sender then
        marks it sent or failed.

        :raises StoreError: if the write fails.
        """
        kinds = list(kinds)
        with self._write("claiming outbox rows"):
            ids = _ids(
                self,
                f"SELECT id FROM outbox WHERE kind IN ({placeholders(kinds)}) "  # nosec B608
                "AND sent_at IS NULL AND next_attempt <= ? ORDER BY next_attempt, id LIMIT ?",
                [*kinds, now, limit],
            )
            self._db.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt = ? "
                f"WHERE id IN ({placeholders(ids)})",  # nosec B608
                [lease_until, *ids],
            )
            rows = self._rows(
                f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE id IN ({placeholders(ids)}) "
                "ORDER BY id",  # nosec B608
                ids,
            )
        return [_item(row) for row in rows]

    def mark_outbox_sent(self: StoreCore, outbox_id: int, now: str) -> None:
        """Record a delivery; a row is marked sent once and never claimed again."""
        with self._write("marking an outbox row sent"):
            self._db.execute(
                "UPDATE outbox SET sent_at = ?, error = NULL WHERE id = ? AND sent_at IS NULL",
                [now, outbox_id],
            )

    def mark_outbox_failed(self: StoreCore, outbox_id: int, next_attempt: str, error: str) -> None:
        """Record a failed attempt and when to try again (``error``: no personal data)."""
        with self._write("marking an outbox row failed"):
            self._db.execute(
                "UPDATE outbox SET next_attempt = ?, error = ? WHERE id = ? AND sent_at IS NULL",
                [next_attempt, error[:MAX_ERROR], outbox_id],
            )

    def outbox_items(
        self: StoreCore, kinds: Iterable[str], *, pending: bool = False
    ) -> list[OutboxItem]:
        """Outbox rows of ``kinds`` by id; only unsent ones with ``pending``."""
        kinds = list(kinds)
        sql = (
            f"SELECT {_OUTBOX_COLUMNS} FROM outbox "  # nosec B608
            f"WHERE kind IN ({placeholders(kinds)})"
        )
        if pending:
            sql += " AND sent_at IS NULL"
        with self._read("listing outbox rows"):
            rows = self._rows(sql + " ORDER BY id", kinds)
        return [_item(row) for row in rows]

    def next_outbox_attempt(self: StoreCore, kinds: Iterable[str]) -> str | None:
        """When the earliest unsent row of ``kinds`` is due, or ``None`` if none waits."""
        kinds = list(kinds)
        with self._read("finding the next outbox attempt"):
            row = self._db.execute(
                f"SELECT min(next_attempt) FROM outbox WHERE kind IN ({placeholders(kinds)}) "
                "AND sent_at IS NULL",  # nosec B608
                kinds,
            ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    # -- funnel ------------------------------------------------------------------------------

    def funnel_counts(
        self: StoreCore, *, lang: str | None = None, campaign: str | None = None
    ) -> list[FunnelRow]:
        """Funnel events per flow, step and event, optionally for one language or campaign."""
        where: list[str] = ["flow != 'health'"]
        params: list[str] = []
        if lang is not None:
            where.append("lang = ?")
            params.append(lang)
        if campaign is not None:
            where.append("campaign = ?")
            params.append(campaign)
        with self._read("counting the funnel"):
            rows = self._db.execute(
                f"SELECT flow, step, event, count(*) FROM events WHERE {' AND '.join(where)} "
                "GROUP BY flow, step, event ORDER BY flow, step, event",  # nosec B608
                params,
            ).fetchall()
        return [FunnelRow(flow=f, step=s, event=e, count=int(n)) for f, s, e, n in rows]

    def funnel_values(self: StoreCore) -> tuple[list[str], list[str]]:
        """The languages and campaigns that occur in the funnel, sorted."""
        with self._read("listing funnel filters"):
            langs = self._db.execute(
                "SELECT DISTINCT lang FROM events WHERE lang IS NOT NULL ORDER BY 1"
            ).fetchall()
            campaigns = self._db.execute(
                "SELECT DISTINCT campaign FROM events WHERE campaign IS NOT NULL ORDER BY 1"
            ).fetchall()
        return [str(r[0]) for r in langs], [str(r[0]) for r in campaigns]


def _ids(store: StoreCore, sql: str, params: Sequence[Any]) -> list[int]:
    return [int(row[0]) for row in store._db.execute(sql, params).fetchall()]


def _item(row: dict[str, Any]) -> OutboxItem:
    return OutboxItem(**{**row, "payload": loads(row["payload"], "outbox.payload")})
