"""Counts a manager asks for: conversations started and leads, per hour, language and campaign.

Hours in UTC (``2026-12-06T12``): the staff side sums them into local weeks, so a week starts at
midnight in the staff's zone, not in UTC. Conversations come from the anonymous ``events``
table (no person, no key); leads only from the staff user's own municipalities.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.connection import Connection
from bot.store.leads import STAFF_SCOPE

# bandit B608 (SQL from strings) is not needed here: every statement is a constant.


@dataclass(frozen=True)
class HourCount:
    """How many in one UTC hour for one language and campaign (and lead kind).

    :param hour: ``YYYY-MM-DDTHH`` in UTC.
    :param lang: the conversation's language (``None`` only for a lead without one).
    :param campaign: the start parameter, ``None`` without one.
    :param kind: the lead kind (``learner`` …), ``""`` for conversations.
    :param count: how many.
    """

    hour: str
    lang: str | None
    campaign: str | None
    kind: str
    count: int


class Overview(Connection):
    """Conversations and leads per hour, language and campaign (part of Store)."""

    def conversation_hours(self) -> list[HourCount]:
        """Conversations per hour, language and campaign: each counted once, by its
        ``started`` event (written when it gets its first language, whether from the page, a
        poster's link or the language question).

        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting conversations"):
            rows = self._db.execute(
                "SELECT substr(ts, 1, 13), lang, campaign, count(*) FROM events "
                "WHERE event = 'started' GROUP BY 1, 2, 3 ORDER BY 1"
            ).fetchall()
        return [HourCount(h, lang, campaign, "", int(n)) for h, lang, campaign, n in rows]

    def lead_hours(self, user_id: int) -> list[HourCount]:
        """The leads of the user's municipalities per hour, language, campaign and kind.

        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting leads"):
            rows = self._db.execute(
                "SELECT substr(created, 1, 13), lang, campaign, kind, count(*) FROM leads "
                f"WHERE {STAFF_SCOPE} GROUP BY 1, 2, 3, 4 ORDER BY 1",  # nosec B608
                [user_id],
            ).fetchall()
        return [HourCount(h, lang, c, kind, int(n)) for h, lang, c, kind, n in rows]
