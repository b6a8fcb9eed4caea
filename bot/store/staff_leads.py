"""Store queries for the staff pages: leads scoped to the user's municipalities, status, notes.

Scoping is part of every query here (``municipality IN`` the user's own), not a check the page
has to remember: a lead of another municipality is simply not found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.errors import StoreError
from bot.store._core import STAFF_LEAD_SELECT, StoreCore, placeholders, staff_lead
from bot.store.staff_records import LEAD_STATUSES, LeadFilter, LeadNote, StaffLead

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column lists, clauses and placeholders that are constants here; values are bound as ?.

_SCOPE = "l.municipality IN (SELECT municipality FROM staff_municipalities WHERE user_id = ?)"
#: Raised by a follow-up and not acted on since (a status change after the raise clears it).
RAISED = "(l.raised_at IS NOT NULL AND l.raised_at > coalesce(l.status_changed, ''))"
MAX_NOTE = 1000


class StaffLeadQueries:
    """Leads for staff: lists, detail, status, notes, follow-up answers (mixed into Store)."""

    def staff_leads(
        self: StoreCore, user_id: int, flt: LeadFilter | None = None
    ) -> list[StaffLead]:
        """The leads of the user's municipalities that match ``flt``: raised first, then newest.

        :param user_id: the signed-in staff user.
        :param flt: narrows the list (default: everything the user may see).
        :raises StoreError: if the database cannot be read.
        """
        flt = flt or LeadFilter()
        where: list[str] = [_SCOPE]
        params: list[object] = [user_id]
        for column, value in (
            ("kind", flt.kind),
            ("status", flt.status),
            ("municipality", flt.municipality),
        ):
            if value is not None:
                where.append(f"l.{column} = ?")
                params.append(value)
        if flt.created_from is not None:
            where.append("l.created >= ?")
            params.append(flt.created_from.isoformat())
        if flt.created_to is not None:
            where.append("l.created < ?")
            params.append((flt.created_to + dt.timedelta(days=1)).isoformat())
        sql = (
            f"SELECT {STAFF_LEAD_SELECT} FROM leads l WHERE {' AND '.join(where)} "
            f"ORDER BY {RAISED} DESC, l.id DESC LIMIT ? OFFSET ?"  # nosec B608
        )
        with self._read("listing leads for staff"):
            rows = self._rows(sql, [*params, flt.limit, flt.offset])
        return [staff_lead(row) for row in rows]

    def staff_lead(self: StoreCore, user_id: int, lead_id: int) -> StaffLead | None:
        """One lead, if it belongs to one of the user's municipalities; else ``None``."""
        with self._read("loading a lead for staff"):
            rows = self._rows(
                f"SELECT {STAFF_LEAD_SELECT} FROM leads l "  # nosec B608
                f"WHERE l.id = ? AND {_SCOPE}",
                [lead_id, user_id],
            )
        return staff_lead(rows[0]) if rows else None

    def set_lead_status(
        self: StoreCore, user_id: int, lead_id: int, status: str, author: str, now: str
    ) -> bool:
        """Change a lead's status and record the change in its history.

        :return: ``False`` if the lead is not one of the user's (nothing changes).
        :raises StoreError: for an unknown status, or if the write fails.
        """
        if status not in LEAD_STATUSES:
            msg = f"unknown status {status!r}; use one of {', '.join(LEAD_STATUSES)}"
            raise StoreError(msg)
        with self._write("changing a lead's status"):
            changed = self._db.execute(
                "UPDATE leads AS l SET status = ?, status_changed = ? "
                f"WHERE l.id = ? AND {_SCOPE}",  # nosec B608
                [status, now, lead_id, user_id],
            ).rowcount
            if changed:
                _note(self, lead_id, "status", status, author, now)
        return bool(changed)

    def add_lead_note(
        self: StoreCore, user_id: int, lead_id: int, text: str, author: str, now: str
    ) -> bool:
        """Append a note to a lead's history (notes are never edited).

        :return: ``False`` if the lead is not one of the user's.
        :raises StoreError: for an empty or too long note, or if the write fails.
        """
        text = text.strip()
        if not text or len(text) > MAX_NOTE:
            msg = f"a note has 1 to {MAX_NOTE} characters"
            raise StoreError(msg)
        with self._write("adding a note"):
            found = self._db.execute(
                f"SELECT 1 FROM leads l WHERE l.id = ? AND {_SCOPE}",  # nosec B608
                [lead_id, user_id],
            ).fetchone()
            if found:
                _note(self, lead_id, "note", text, author, now)
        return found is not None

    def lead_notes(self: StoreCore, user_id: int, lead_id: int) -> list[LeadNote]:
        """A lead's history, oldest first (empty if the lead is not one of the user's)."""
        with self._read("loading notes"):
            rows = self._rows(
                "SELECT n.id, n.lead_id, n.kind, n.text, n.author, n.created FROM lead_notes n "
                f"JOIN leads l ON l.id = n.lead_id WHERE n.lead_id = ? AND {_SCOPE} "
                "ORDER BY n.id",  # nosec B608
                [lead_id, user_id],
            )
        return [LeadNote(**row) for row in rows]

    def staff_leads_by_ids(self: StoreCore, ids: Sequence[int]) -> list[StaffLead]:
        """Leads by id for a digest being sent (forgotten ones are simply missing), by id."""
        with self._read("loading a digest's leads"):
            rows = self._rows(
                f"SELECT {STAFF_LEAD_SELECT} FROM leads l WHERE l.id IN ({placeholders(ids)}) "
                "ORDER BY l.id",  # nosec B608
                list(ids),
            )
        return [staff_lead(row) for row in rows]

    def claim_followups(
        self: StoreCore, created_before: str, now: str, limit: int = 200
    ) -> list[StaffLead]:
        """Mark Telegram leads older than ``created_before`` as followed up, once each.

        Only leads still ``new`` or ``no_answer`` are asked. Call it inside the transaction that
        queues the follow-up messages, so a lead is asked exactly once.

        :return: the leads to ask now.
        :raises StoreError: if the write fails.
        """
        with self._write("claiming follow-ups"):
            ids = [
                row[0]
                for row in self._db.execute(
                    "SELECT id FROM leads WHERE user_key LIKE 'tg:%' AND followup_at IS NULL "
                    "AND created <= ? AND status IN ('new', 'no_answer') ORDER BY id LIMIT ?",
                    [created_before, limit],
                ).fetchall()
            ]
            self._db.execute(
                f"UPDATE leads SET followup_at = ? WHERE id IN ({placeholders(ids)})",  # nosec B608
                [now, *ids],
            )
            rows = self._rows(
                f"SELECT {STAFF_LEAD_SELECT} FROM leads l WHERE l.id IN ({placeholders(ids)}) "
                "ORDER BY l.id",  # nosec B608
                ids,
            )
        return [staff_lead(row) for row in rows]

    def record_followup_answer(self: StoreCore, lead_id: int, answer: str, now: str) -> bool:
        """Record a person's answer to "has the municipality contacted you?".

        ``no`` raises the lead: it is shown first in the next digest and on the staff page.

        :param answer: ``yes`` or ``no``.
        :return: ``False`` if the lead no longer exists (forgotten).
        :raises StoreError: for another answer, or if the write fails.
        """
        if answer not in {"yes", "no"}:
            msg = f"a follow-up answer is 'yes' or 'no', not {answer!r}"
            raise StoreError(msg)
        with self._write("recording a follow-up answer"):
            found = self._db.execute("SELECT 1 FROM leads WHERE id = ?", [lead_id]).fetchone()
            if found:
                _note(self, lead_id, "followup", answer, None, now)
                if answer == "no":
                    self._db.execute(
                        "UPDATE leads SET raised_at = ?, raised_digest_id = NULL WHERE id = ?",
                        [now, lead_id],
                    )
        return found is not None


def _note(
    store: StoreCore, lead_id: int, kind: str, text: str, author: str | None, now: str
) -> None:
    store._db.execute(
        "INSERT INTO lead_notes (lead_id, kind, text, author, created) VALUES (?, ?, ?, ?, ?)",
        [lead_id, kind, text, author, now],
    )
