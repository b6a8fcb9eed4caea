"""Times as staff read them: one zone (Europe/Copenhagen by default), one format, one function.

The store keeps UTC (``2026-12-06T12:07:00+00:00``); a person never reads that. Pages, e-mails
and the spreadsheet export show ``2026-12-06 13:07 CET`` in the staff's zone, every time with
the abbreviation of its own moment (``CEST`` in summer), never a heading's zone taken from
"now"; the CSV for systems
(:mod:`bot.store.export`) carries the same local time with its offset (ISO 8601). The zone
database comes from the ``tzdata`` package where the system has none (slim container images).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

#: The zone of the staff's times unless ``[staff] timezone`` says otherwise.
STAFF_ZONE = ZoneInfo("Europe/Copenhagen")


def local(moment: str | dt.datetime, zone: ZoneInfo = STAFF_ZONE) -> dt.datetime:
    """``moment`` (an aware datetime or the store's ISO-8601 text) in ``zone``.

    :raises ValueError: for text that is not ISO-8601 or a moment without a UTC offset.
    """
    when = dt.datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    if when.tzinfo is None:
        msg = f"{moment!r} has no UTC offset"
        raise ValueError(msg)
    return when.astimezone(zone)


def staff_time(
    moment: str | dt.datetime | None, zone: ZoneInfo = STAFF_ZONE, *, with_zone: bool = True
) -> str:
    """The one way a time is written for staff: ``2026-12-06 13:07 CET``.

    Sorts as text, reads the same in Danish and English, and says its zone (a summer and a
    winter time in one list each carry their own).

    :param moment: an aware datetime or the store's ISO-8601 text; ``None`` gives ``–``.
    :param zone: the staff's zone (``[staff] timezone``).
    :param with_zone: append the zone's abbreviation (``CET`` in winter, ``CEST`` in summer).
    """
    if moment is None or moment == "":
        return "–"
    when = local(moment, zone)
    text = when.strftime("%Y-%m-%d %H:%M")
    return f"{text} {when.tzname()}" if with_zone else text


def waiting_days(since: str, now: dt.datetime, zone: ZoneInfo = STAFF_ZONE) -> int:
    """Whole calendar days in ``zone`` from ``since`` to ``now`` (0 on the same day)."""
    return (local(now, zone).date() - local(since, zone).date()).days
