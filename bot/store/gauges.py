"""Counts across tables for ``/metrics``: how many, never who."""

from __future__ import annotations

from bot.store.connection import Connection


class Gauges(Connection):
    """Row counts for monitoring (part of :class:`~bot.store.Store`)."""

    def gauges(self) -> dict[str, dict[str, int]]:
        """Counts for ``/metrics``: leads per kind, unsent outbox rows per kind, sessions.

        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting for metrics"):
            leads = self._rows("SELECT kind AS k, count(*) AS n FROM leads GROUP BY kind")
            backlog = self._rows(
                "SELECT kind AS k, count(*) AS n FROM outbox WHERE sent_at IS NULL GROUP BY kind"
            )
            sessions = self._rows("SELECT 'all' AS k, count(*) AS n FROM sessions")
        return {
            "leads": {r["k"]: int(r["n"]) for r in leads},
            "outbox_backlog": {r["k"]: int(r["n"]) for r in backlog},
            "sessions": {r["k"]: int(r["n"]) for r in sessions},
        }
