"""Persistence: the SQLite store, its records and lead exports (loaded on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.store.export import leads_to_csv, leads_to_json
    from bot.store.records import (
        IDENTIFYING_FIELDS,
        PERSON_FIELDS,
        Event,
        LeadRecord,
        SessionRecord,
        iso_timestamp,
    )
    from bot.store.staff_records import (
        LEAD_STATUSES,
        DigestClaim,
        FunnelRow,
        LeadFilter,
        LeadNote,
        OutboxItem,
        StaffLead,
        StaffSession,
        StaffUser,
    )
    from bot.store.store import Store

__all__ = [
    "IDENTIFYING_FIELDS",
    "LEAD_STATUSES",
    "PERSON_FIELDS",
    "DigestClaim",
    "Event",
    "FunnelRow",
    "LeadFilter",
    "LeadNote",
    "LeadRecord",
    "OutboxItem",
    "SessionRecord",
    "StaffLead",
    "StaffSession",
    "StaffUser",
    "Store",
    "iso_timestamp",
    "leads_to_csv",
    "leads_to_json",
]

_MODULES = {
    "bot.store.export": ("leads_to_csv", "leads_to_json"),
    "bot.store.records": (
        "IDENTIFYING_FIELDS",
        "PERSON_FIELDS",
        "Event",
        "LeadRecord",
        "SessionRecord",
        "iso_timestamp",
    ),
    "bot.store.staff_records": (
        "LEAD_STATUSES",
        "DigestClaim",
        "FunnelRow",
        "LeadFilter",
        "LeadNote",
        "OutboxItem",
        "StaffLead",
        "StaffSession",
        "StaffUser",
    ),
    "bot.store.store": ("Store",),
}
__getattr__ = lazy_exports(
    __name__, {name: module for module, names in _MODULES.items() for name in names}
)
