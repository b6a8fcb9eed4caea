"""The ``misses`` table: typed messages the bot could not place, scrubbed, for content authors.

A row is a day, a language, a scrubbed text and how often it was typed that day: nothing else.
No user key, step, channel or time of day, and no rowid (the table is ``WITHOUT ROWID``, so
not even the order of the misses is kept): no row can be traced to a person or conversation,
so :meth:`~bot.store.privacy.Privacy.forget` has nothing to delete here. The text comes in
scrubbed (:func:`bot.understand.scrub.scrub`, called by the engine: the store does not import
the understanding layer and cannot check it). ``igubot purge`` deletes rows after 30 days
(:meth:`Misses.purge_misses`); ``igubot questions`` lists them (:meth:`Misses.misses`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.kernel.errors import StoreError
from bot.store.connection import Connection
from bot.store.where import Where

_ADD = (
    "INSERT INTO misses (day, lang, text) VALUES (?, ?, ?) "
    "ON CONFLICT (day, lang, text) DO UPDATE SET count = count + 1"
)


@dataclass(frozen=True, kw_only=True)
class MissCount:
    """One text the bot could not place, counted over the days asked for.

    :param text: the scrubbed text.
    :param lang: the language the conversation was in.
    :param count: how often it was typed.
    :param last_day: the last day it was typed (ISO ``YYYY-MM-DD``, UTC).
    """

    text: str
    lang: str
    count: int
    last_day: str


def iso_day(day: str | dt.date) -> str:
    """A day as ``YYYY-MM-DD``.

    :raises StoreError: if ``day`` is a string that is not a date alone (a timestamp is not).
    """
    if isinstance(day, dt.datetime):
        msg = f"a miss keeps a day, not a time: pass {day.date().isoformat()!r}"
        raise StoreError(msg)
    if isinstance(day, dt.date):
        return day.isoformat()
    try:
        return dt.date.fromisoformat(day).isoformat()
    except ValueError as exc:
        msg = f"day {day!r} is not a date such as '2026-11-23' (a miss keeps no time)"
        raise StoreError(msg) from exc


class Misses(Connection):
    """Misses: added by a turn, listed for content authors, purged (part of Store)."""

    def add_miss(self, lang: str, text: str, day: str | dt.date) -> None:
        """Count one miss.

        :param lang: the conversation's language code.
        :param text: the typed text, already scrubbed.
        :param day: the day of the turn (UTC), never a time.
        :raises StoreError: if ``day`` is not a date alone, or the write fails.
        """
        row = [iso_day(day), lang, text]
        with self._write_one("counting a miss"):
            self._conn.execute(_ADD, row)

    def misses(self, since_day: str | dt.date, lang: str | None = None) -> list[MissCount]:
        """The misses from ``since_day`` on, one per language and text, most often typed first.

        :param since_day: the first day counted.
        :param lang: only this language (all when ``None``).
        :raises StoreError: if ``since_day`` is not a date, or the database cannot be read.
        """
        where = Where("day >= ?", iso_day(since_day)).optional("lang = ?", lang)
        with self._read("listing misses"):
            rows = self._db.execute(
                f"SELECT text, lang, sum(count), max(day) FROM misses{where.clause} "  # nosec B608
                "GROUP BY lang, text ORDER BY 3 DESC, 4 DESC, lang, text",
                where.params,
            ).fetchall()
        return [MissCount(text=t, lang=g, count=int(n), last_day=d) for t, g, n, d in rows]

    def purge_misses(self, before_day: str | dt.date, *, dry_run: bool = False) -> int:
        """Delete the misses of days before ``before_day``.

        :param dry_run: count only; delete nothing.
        :return: rows (to be) deleted (one per day, language and text).
        :raises StoreError: if ``before_day`` is not a date, or the write fails.
        """
        params = [iso_day(before_day)]
        if dry_run:
            with self._read("counting old misses"):
                return int(
                    self._db.execute(
                        "SELECT count(*) FROM misses WHERE day < ?", params
                    ).fetchone()[0]
                )
        with self._write("deleting old misses"):
            return int(self._db.execute("DELETE FROM misses WHERE day < ?", params).rowcount)
