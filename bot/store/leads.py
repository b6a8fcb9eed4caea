"""The ``leads`` table: consented interest handed to a municipality, and how rows become records.

Staff see leads only through :data:`STAFF_SCOPE` (the signed-in user's municipalities); the
queries of the staff pages are in :mod:`bot.store.staff_leads`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from bot.kernel.errors import StoreError
from bot.store.codec import dumps, loads
from bot.store.connection import Connection, new_id
from bot.store.records import LEAD_KINDS, LeadRecord
from bot.store.staff_records import StaffLead
from bot.store.where import Where, placeholders

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column names of LeadRecord and placeholders; values are bound as parameters.

#: The columns of a :class:`LeadRecord`, in table order.
LEAD_COLUMNS = tuple(f.name for f in fields(LeadRecord))
_HANDOVER_COLUMNS = tuple(f.name for f in fields(StaffLead) if f.name != "lead")
#: ``SELECT`` list of a :class:`LeadRecord` from ``leads``.
LEAD_SELECT = ", ".join(LEAD_COLUMNS)
#: ``SELECT`` list of a :class:`StaffLead` from ``leads``.
STAFF_LEAD_SELECT = ", ".join((*LEAD_COLUMNS, *_HANDOVER_COLUMNS))
#: Leads of the staff user bound to its ``?``: scoping is part of every staff query.
STAFF_SCOPE = (
    "leads.municipality IN (SELECT municipality FROM staff_municipalities WHERE user_id = ?)"
)
_INSERT_COLUMNS = tuple(c for c in LEAD_COLUMNS if c != "id")
_ADD = (
    f"INSERT INTO leads ({', '.join(_INSERT_COLUMNS)}) "  # nosec B608
    f"VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})"
)
_MUNICIPALITY_CODE = re.compile(r"\d{3}")


def as_lead(row: dict[str, Any]) -> LeadRecord:
    """A :class:`LeadRecord` from a row selected with :data:`LEAD_SELECT`."""
    return LeadRecord(**{**row, "data": loads(row["data"], "leads.data")})


def as_staff_lead(row: dict[str, Any]) -> StaffLead:
    """A :class:`StaffLead` from a row selected with :data:`STAFF_LEAD_SELECT`."""
    lead = LeadRecord(
        **{c: row[c] for c in LEAD_COLUMNS if c != "data"},
        data=loads(row["data"], "leads.data"),
    )
    return StaffLead(lead=lead, **{c: row[c] for c in _HANDOVER_COLUMNS})


class Leads(Connection):
    """Adding, listing and counting leads (part of :class:`~bot.store.Store`)."""

    def add_lead(self, rec: LeadRecord) -> int:
        """Store a new lead.

        :param rec: the lead; its ``id`` must be ``None``.
        :return: the new lead's id.
        :raises StoreError: if the lead already has an id, its kind or municipality code is
            invalid, ``data`` is not JSON-serialisable, or the write fails.
        """
        if rec.id is not None:
            msg = f"lead already has id {rec.id}; add_lead stores new leads only"
            raise StoreError(msg)
        if rec.kind not in LEAD_KINDS:
            msg = f"unknown lead kind {rec.kind!r}; use one of {sorted(LEAD_KINDS)}"
            raise StoreError(msg)
        if not _MUNICIPALITY_CODE.fullmatch(rec.municipality):
            msg = f"municipality {rec.municipality!r} is not a three-digit code such as '751'"
            raise StoreError(msg)
        values = [getattr(rec, c) for c in _INSERT_COLUMNS]
        values[_INSERT_COLUMNS.index("data")] = dumps(rec.data, "lead data")
        with self._write_one("adding a lead"):
            cursor = self._conn.execute(_ADD, values)
        return new_id(cursor.lastrowid)

    def leads(
        self, *, kind: str | None = None, municipality: str | None = None
    ) -> list[LeadRecord]:
        """List leads, oldest first.

        :param kind: only leads of this kind.
        :param municipality: only leads for this municipality code.
        :return: the leads ordered by id.
        :raises StoreError: if the database cannot be read.
        """
        where = Where().optional("kind = ?", kind).optional("municipality = ?", municipality)
        with self._read("listing leads"):
            rows = list(
                self._db.table("leads").rows_where(
                    where.text, where.params, select=LEAD_SELECT, order_by="id"
                )
            )
        return [as_lead(row) for row in rows]

    def lead_count(self) -> int:
        """Count all leads.

        :return: the number of leads.
        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting leads"):
            return self._db.table("leads").count

    def region_demand(
        self, municipalities: Sequence[str], since: str
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
