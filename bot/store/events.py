"""The ``events`` table: the anonymous funnel (no user key, no free text), written every turn."""

from __future__ import annotations

from dataclasses import fields

from bot.kernel.errors import StoreError
from bot.store.connection import Connection
from bot.store.records import EVENT_NAMES, Event
from bot.store.staff_records import FunnelRow
from bot.store.where import Where

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column names of Event and conditions from Where; values are bound as parameters.

_COLUMNS = tuple(f.name for f in fields(Event))
_ADD = (
    f"INSERT INTO events ({', '.join(_COLUMNS)}) "  # nosec B608
    f"VALUES ({', '.join('?' for _ in _COLUMNS)})"
)


class Events(Connection):
    """Funnel events: one added per step a turn passes, counted for staff (part of Store)."""

    def add_event(self, event: Event) -> None:
        """Append one anonymous funnel event.

        :param event: the event.
        :raises StoreError: if ``event.event`` is not a known event name, or the write fails.
        """
        if event.event not in EVENT_NAMES:
            msg = f"unknown funnel event {event.event!r}; use one of {sorted(EVENT_NAMES)}"
            raise StoreError(msg)
        with self._write_one("adding a funnel event"):
            self._conn.execute(_ADD, [getattr(event, c) for c in _COLUMNS])

    def event_counts(self) -> list[tuple[str, str, str, int]]:
        """Count funnel events per flow, step and event name.

        :return: ``(flow, step, event, count)`` tuples ordered by flow, step and event.
        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting funnel events"):
            rows = self._db.execute(
                "SELECT flow, step, event, count(*) FROM events "
                "GROUP BY flow, step, event ORDER BY flow, step, event"
            ).fetchall()
        return [(str(f), str(s), str(e), int(n)) for f, s, e, n in rows]

    def funnel_counts(
        self, *, lang: str | None = None, campaign: str | None = None
    ) -> list[FunnelRow]:
        """Funnel events per flow, step and event, optionally for one language or campaign.

        The store's own health checks (flow ``health``, rolled back anyway) are left out.
        """
        where = (
            Where("flow != 'health'").optional("lang = ?", lang).optional("campaign = ?", campaign)
        )
        with self._read("counting the funnel"):
            rows = self._db.execute(
                f"SELECT flow, step, event, count(*) FROM events{where.clause} "  # nosec B608
                "GROUP BY flow, step, event ORDER BY flow, step, event",
                where.params,
            ).fetchall()
        return [FunnelRow(flow=f, step=s, event=e, count=int(n)) for f, s, e, n in rows]

    def funnel_values(self) -> tuple[list[str], list[str]]:
        """The languages and campaigns that occur in the funnel, sorted."""
        with self._read("listing funnel filters"):
            langs = self._db.execute(
                "SELECT DISTINCT lang FROM events WHERE lang IS NOT NULL ORDER BY 1"
            ).fetchall()
            campaigns = self._db.execute(
                "SELECT DISTINCT campaign FROM events WHERE campaign IS NOT NULL ORDER BY 1"
            ).fetchall()
        return [str(r[0]) for r in langs], [str(r[0]) for r in campaigns]
