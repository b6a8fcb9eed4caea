"""Leads as staff see them: scoped lists and detail, status, follow-ups (queries of the pages).

Scoping is part of every query here (:data:`~bot.store.leads.STAFF_SCOPE`: ``municipality IN``
the user's own), not a check the page has to remember: a lead of another municipality is
simply not found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.kernel.errors import StoreError
from bot.store.lead_notes import LeadNotes
from bot.store.leads import STAFF_LEAD_SELECT, STAFF_SCOPE, as_staff_lead
from bot.store.overview import Overview
from bot.store.staff_records import LEAD_STATUSES, LeadFilter, StaffLead
from bot.store.where import Where, placeholders

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only constants of the store and placeholders; values are bound as parameters.

#: Raised by a follow-up and not acted on since (a status change after the raise clears it).
RAISED = "(raised_at IS NOT NULL AND raised_at > coalesce(status_changed, ''))"


class StaffLeads(LeadNotes, Overview):
    """Leads for staff: lists, detail, status, follow-up answers, counts (part of Store)."""

    def staff_leads(self, user_id: int, flt: LeadFilter | None = None) -> list[StaffLead]:
        """The leads of the user's municipalities that match ``flt``: raised first, then newest.

        :param user_id: the signed-in staff user.
        :param flt: narrows the list (default: everything the user may see).
        :raises StoreError: if the database cannot be read.
        """
        flt = flt or LeadFilter()
        start, end = flt.created_from, flt.created_to
        where = (
            Where(STAFF_SCOPE, user_id)
            .optional("kind = ?", flt.kind)
            .optional("status = ?", flt.status)
            .optional("municipality = ?", flt.municipality)
            .optional("created >= ?", None if start is None else start.isoformat())
            .optional("created < ?", None if end is None else _next_day(end))
        )
        return self._staff_leads(
            "listing leads for staff",
            where,
            order_by=f"{RAISED} DESC, id DESC",
            limit=flt.limit,
            offset=flt.offset,
        )

    def staff_lead(self, user_id: int, lead_id: int) -> StaffLead | None:
        """One lead, if it belongs to one of the user's municipalities; else ``None``."""
        found = self._staff_leads(
            "loading a lead for staff", Where("id = ?", lead_id).add(STAFF_SCOPE, user_id)
        )
        return found[0] if found else None

    def set_lead_status(
        self, user_id: int, lead_id: int, status: str, author: str, now: str
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
                f"UPDATE leads SET status = ?, status_changed = ? WHERE id = ? AND {STAFF_SCOPE}",  # nosec B608
                [status, now, lead_id, user_id],
            ).rowcount
            if changed:
                self._append_note(lead_id, "status", status, author, now)
        return bool(changed)

    def staff_leads_by_ids(self, ids: Sequence[int]) -> list[StaffLead]:
        """Leads by id for a digest being sent (forgotten ones are simply missing), by id."""
        return self._staff_leads("loading a digest's leads", Where().among("id", ids))

    def claim_followups(self, created_before: str, now: str, limit: int = 200) -> list[StaffLead]:
        """Mark Telegram leads older than ``created_before`` as followed up, once each.

        Only leads still ``new`` or ``no_answer`` are asked. Call it inside the transaction that
        queues the follow-up messages, so a lead is asked exactly once.

        :return: the leads to ask now.
        :raises StoreError: if the write fails.
        """
        with self._write("claiming follow-ups"):
            ids = self._ids(
                "SELECT id FROM leads WHERE user_key LIKE 'tg:%' AND followup_at IS NULL "
                "AND created <= ? AND status IN ('new', 'no_answer') ORDER BY id LIMIT ?",
                [created_before, limit],
            )
            self._db.execute(
                f"UPDATE leads SET followup_at = ? WHERE id IN ({placeholders(ids)})",  # nosec B608
                [now, *ids],
            )
            return self.staff_leads_by_ids(ids)

    def record_followup_answer(self, lead_id: int, answer: str, now: str) -> bool:
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
                self._append_note(lead_id, "followup", answer, None, now)
                if answer == "no":
                    self._db.execute(
                        "UPDATE leads SET raised_at = ?, raised_digest_id = NULL WHERE id = ?",
                        [now, lead_id],
                    )
        return found is not None

    def _staff_leads(
        self,
        doing: str,
        where: Where,
        *,
        order_by: str = "id",
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[StaffLead]:
        with self._read(doing):
            rows = list(
                self._db.table("leads").rows_where(
                    where.text,
                    where.params,
                    select=STAFF_LEAD_SELECT,
                    order_by=order_by,
                    # sqlite-utils writes these into the SQL text: int() keeps them numbers.
                    limit=None if limit is None else int(limit),
                    offset=None if offset is None else int(offset),
                )
            )
        return [as_staff_lead(row) for row in rows]


def _next_day(day: dt.date) -> str:
    """The start of the day after ``day``: the end of a range that includes ``day``."""
    return (day + dt.timedelta(days=1)).isoformat()
