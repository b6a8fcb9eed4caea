"""Erasure across tables: forgetting one person, and retention (purging what is no longer needed).

Both run in one transaction: either everything planned is deleted or nothing is. Deleted rows
are zeroed in the file (``secure_delete``); :meth:`~bot.store.connection.Connection.checkpoint`
then empties the write-ahead log of their last copies.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.kernel.errors import StoreError
from bot.store.connection import Connection
from bot.store.forgotten import ForgetList
from bot.store.records import iso_timestamp

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only table names and conditions that are constants here; values are bound as ?.

#: Leads closed (started, not relevant, no answer) before the ``?``.
_CLOSED = "status IN ('started', 'not_relevant', 'no_answer') AND status_changed < ?"


class Privacy(Connection):
    """``forget`` and ``purge`` (part of :class:`~bot.store.Store`)."""

    def forget(self, user_key: str, *, remember: bool = True) -> dict[str, int]:
        """Delete everything stored about one person, in one transaction.

        Removes their session, their leads (with their notes), and outbox rows queued for them
        or for their leads. Funnel events hold no personal data and stay. First the person's
        keyed tag is added to the list beside the database (:mod:`bot.store.forgotten`), so
        that a restored backup forgets them again.

        :param user_key: the person's conversation key (the session key).
        :param remember: add them to that list (not when re-applying it).
        :return: rows deleted per table: ``sessions``, ``leads``, ``outbox``.
        :raises StoreError: if the list or the write fails (then nothing is deleted).
        """
        if remember and self.path is not None:
            try:
                ForgetList(self.path.parent).add(user_key, iso_timestamp())
            except OSError as exc:
                msg = f"cannot add to the list of forgotten people in {self.path.parent}: {exc}"
                raise StoreError(msg) from exc
        with self._write("forgetting a person"):
            outbox = self._db.execute(
                "DELETE FROM outbox WHERE user_key = ? "
                "OR lead_id IN (SELECT id FROM leads WHERE user_key = ?)",
                [user_key, user_key],
            ).rowcount
            leads = self._db.execute("DELETE FROM leads WHERE user_key = ?", [user_key]).rowcount
            sessions = self._db.execute("DELETE FROM sessions WHERE key = ?", [user_key]).rowcount
        return {"sessions": sessions, "leads": leads, "outbox": outbox}

    def reapply_forgotten(self) -> int:
        """Forget again everyone on the list beside the database (after a restore).

        :return: how many conversations were on the list and erased again.
        :raises StoreError: if the list cannot be read or a write fails.
        """
        if self.path is None:
            return 0
        with self._read("listing conversation keys"):
            rows = self._db.execute(
                "SELECT key FROM sessions UNION SELECT user_key FROM leads "
                "UNION SELECT user_key FROM outbox WHERE user_key IS NOT NULL"
            ).fetchall()
        try:
            again = ForgetList(self.path.parent).forgotten({str(row[0]) for row in rows})
        except (OSError, ValueError) as exc:
            msg = f"cannot read the list of forgotten people in {self.path.parent}: {exc}"
            raise StoreError(msg) from exc
        for user_key in again:
            self.forget(user_key, remember=False)
        return len(again)

    def purge(
        self,
        now: str | datetime,
        *,
        idle_session_days: int,
        closed_lead_days: int,
        seen_update_days: int = 2,
        sent_outbox_days: int = 30,
        dry_run: bool = False,
    ) -> dict[str, int]:
        """Apply retention: delete what is no longer needed, in one transaction.

        - conversations idle for more than ``idle_session_days``;
        - leads closed (started, not relevant, no answer) more than ``closed_lead_days`` ago,
          with their notes and queued messages;
        - Telegram update ids older than ``seen_update_days`` (Telegram keeps updates 24 h);
        - outbox rows sent more than ``sent_outbox_days`` ago.

        :param dry_run: count only; delete nothing.
        :return: rows (to be) deleted per table.
        :raises StoreError: if the write fails (then nothing is deleted).
        """
        moment = datetime.fromisoformat(iso_timestamp(now))

        def before(days: int) -> str:
            return iso_timestamp(moment - timedelta(days=days))

        plan = [
            (
                "outbox",
                f"lead_id IN (SELECT id FROM leads WHERE {_CLOSED})",  # nosec B608
                [before(closed_lead_days)],
            ),
            ("outbox", "sent_at IS NOT NULL AND sent_at < ?", [before(sent_outbox_days)]),
            ("leads", _CLOSED, [before(closed_lead_days)]),
            ("sessions", "updated < ?", [before(idle_session_days)]),
            ("telegram_updates", "received < ?", [before(seen_update_days)]),
        ]
        counts: dict[str, int] = {}
        with self._write("applying retention"):
            for table, where, params in plan:
                verb = "SELECT count(*) FROM" if dry_run else "DELETE FROM"
                cursor = self._db.execute(f"{verb} {table} WHERE {where}", params)
                n = cursor.fetchone()[0] if dry_run else cursor.rowcount
                counts[table] = counts.get(table, 0) + int(n)
        return counts
