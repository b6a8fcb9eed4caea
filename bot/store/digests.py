"""The ``digests`` table: each digest a municipality got, and the leads it claimed.

A digest *claims* its leads (``leads.digest_id``) in the same transaction that queues its
outbox row, so a lead is handed over in exactly one "new" digest. A digest row holds counts
only, no personal data, so ``forget`` leaves it.
"""

from __future__ import annotations

from bot.store.connection import Connection, new_id
from bot.store.staff_records import DigestClaim
from bot.store.where import placeholders

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only placeholders; values are bound as parameters.


class Digests(Connection):
    """Which municipalities a digest is due for, and claiming a digest's leads (part of Store)."""

    def digest_municipalities(self, remind_before: str, quiet_since: str) -> list[str]:
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
        self, municipality: str, now: str, remind_before: str, quiet_since: str
    ) -> DigestClaim | None:
        """Start a digest for one municipality: claim its new and raised leads.

        Run it inside the transaction that queues the digest's outbox row. A digest with only
        reminders is made at most once per day (none since ``quiet_since``).

        :return: what the digest covers, or ``None`` when there is nothing to send.
        :raises StoreError: if the write fails.
        """
        with self._write("starting a digest"):
            new_ids = self._ids(
                "SELECT id FROM leads WHERE municipality = ? AND digest_id IS NULL ORDER BY id",
                [municipality],
            )
            raised_ids = self._ids(
                "SELECT id FROM leads WHERE municipality = ? AND raised_at IS NOT NULL "
                "AND raised_digest_id IS NULL ORDER BY id",
                [municipality],
            )
            reminder_ids = self._ids(
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
            digests = self._db.table("digests").insert(
                {
                    "municipality": municipality,
                    "created": now,
                    "new_count": len(new_ids),
                    "raised_count": len(raised_ids),
                    "reminder_count": len(reminder_ids),
                }
            )
            digest_id = new_id(digests.last_rowid)
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
            digest_id=digest_id,
            municipality=municipality,
            new_ids=tuple(new_ids),
            raised_ids=tuple(raised_ids),
            reminder_ids=tuple(reminder_ids),
        )
