"""Persistence: the SQLite store, its records and lead exports."""

from __future__ import annotations

from bot.store.export import leads_to_csv, leads_to_json
from bot.store.records import Event, LeadRecord, SessionRecord, iso_timestamp
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
    "LEAD_STATUSES",
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
