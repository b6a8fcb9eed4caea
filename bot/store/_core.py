"""What the store's query mixins need from :class:`~bot.store.store.Store`, and row helpers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import fields
from typing import Any, Protocol

from bot.errors import StoreError
from bot.store.records import LeadRecord
from bot.store.staff_records import StaffLead

LEAD_COLUMNS = tuple(f.name for f in fields(LeadRecord))
_HANDOVER_COLUMNS = tuple(f.name for f in fields(StaffLead) if f.name != "lead")
#: ``SELECT`` list of a :class:`StaffLead` from ``leads AS l``.
STAFF_LEAD_SELECT = ", ".join(f"l.{c}" for c in (*LEAD_COLUMNS, *_HANDOVER_COLUMNS))


class StoreCore(Protocol):
    """The private surface of ``Store`` the mixins use (one connection, one lock)."""

    @property
    def _db(self) -> Any: ...

    def _write(self, doing: str) -> AbstractContextManager[None]: ...

    def _read(self, doing: str) -> AbstractContextManager[None]: ...

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...


def dumps(value: object, what: str) -> str:
    """JSON text of ``value``.

    :raises StoreError: if it is not JSON-serialisable.
    """
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        msg = f"{what} is not JSON-serialisable: {exc}"
        raise StoreError(msg) from exc


def loads(text: str, column: str) -> Any:
    """The value of a JSON column.

    :raises StoreError: if the column holds invalid JSON.
    """
    try:
        return json.loads(text)
    except ValueError as exc:
        msg = f"column {column} holds invalid JSON: {exc}"
        raise StoreError(msg) from exc


def staff_lead(row: dict[str, Any]) -> StaffLead:
    """A :class:`StaffLead` from a row selected with :data:`STAFF_LEAD_SELECT`."""
    lead = LeadRecord(
        **{c: row[c] for c in LEAD_COLUMNS if c != "data"},
        data=loads(row["data"], "leads.data"),
    )
    return StaffLead(lead=lead, **{c: row[c] for c in _HANDOVER_COLUMNS})


def placeholders(values: Sequence[object]) -> str:
    """``?, ?, ?`` for ``values`` (at least one ``?``: ``IN ()`` is a syntax error)."""
    return ", ".join("?" for _ in values) or "NULL"
