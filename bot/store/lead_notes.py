"""The ``lead_notes`` table: a lead's append-only history (staff notes, status changes, answers).

Notes go with their lead (``ON DELETE CASCADE``), so ``forget`` removes them too; a trigger
keeps them from being edited.
"""

from __future__ import annotations

from bot.kernel.errors import StoreError
from bot.store.connection import Connection
from bot.store.leads import STAFF_SCOPE
from bot.store.staff_records import LeadNote

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only the constant STAFF_SCOPE; values are bound as parameters.

MAX_NOTE = 1000


class LeadNotes(Connection):
    """Notes on leads, scoped to the staff user's municipalities (part of Store)."""

    def add_lead_note(self, user_id: int, lead_id: int, text: str, author: str, now: str) -> bool:
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
                f"SELECT 1 FROM leads WHERE leads.id = ? AND {STAFF_SCOPE}",  # nosec B608
                [lead_id, user_id],
            ).fetchone()
            if found:
                self._append_note(lead_id, "note", text, author, now)
        return found is not None

    def lead_notes(self, user_id: int, lead_id: int) -> list[LeadNote]:
        """A lead's history, oldest first (empty if the lead is not one of the user's)."""
        with self._read("loading notes"):
            rows = self._rows(
                "SELECT n.id, n.lead_id, n.kind, n.text, n.author, n.created FROM lead_notes n "
                f"JOIN leads ON leads.id = n.lead_id WHERE n.lead_id = ? AND {STAFF_SCOPE} "
                "ORDER BY n.id",  # nosec B608
                [lead_id, user_id],
            )
        return [LeadNote(**row) for row in rows]

    def _append_note(
        self, lead_id: int, kind: str, text: str, author: str | None, now: str
    ) -> None:
        """Add a history entry; run inside the transaction of what it records."""
        self._db.table("lead_notes").insert(
            {"lead_id": lead_id, "kind": kind, "text": text, "author": author, "created": now}
        )
