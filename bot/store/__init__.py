"""Persistence: the SQLite store, its records and lead exports (loaded on first use).

One module per table or concern, each a part of :class:`Store` over one shared connection:
``connection`` (opening, pragmas, transactions and savepoints, checkpoint, health), ``sessions``
(conversations and seen Telegram updates), ``events`` (the funnel), ``misses`` (typed
messages not understood, scrubbed, with no link to a person), ``leads``, ``lead_notes``
and ``staff_leads`` (leads as staff see them), ``outbox``, ``digests``, ``staff_users`` and
``staff_signin`` (sign-in links, staff sessions), ``privacy`` (forget, retention) and
``gauges`` (counts for ``/metrics``). ``codec`` is the one pair of JSON column helpers,
``where`` the one WHERE builder; ``records`` defines the rows, and the lead's person fields
once (:data:`PERSON_FIELDS`).

sqlite-utils: ``Database`` wraps the connection and ``Migrations`` applies the schema. Its
table API is used where it says a cold statement plainly: single-row inserts on the staff side
(``Table.insert``: lead notes, sign-in links, staff sessions, digests) and filtered reads of one
table (``rows_where``: lead lists, staff lead lists, outbox items). Raw SQL stays

- on a turn's path (``sessions``, ``telegram_updates``, ``events``, and the lead and outbox row
  a turn may add): every table API call looks its table up in ``sqlite_master`` and wraps
  itself in a savepoint. A turn's store work (one update id, one session read, two events, one
  session write) is 7 statements and about 150 µs CPU as prepared statements, 35 statements
  and about 710 µs through ``insert``/``rows_where``/``upsert`` (scratch measurement, best of
  7 x 1000 turns, ``synchronous=OFF``, on the shared 2-core development machine);
- where the API cannot say it: an upsert that keeps ``created`` (``upsert`` sets every column
  it is given, and the insert needs ``created``); ``ON CONFLICT DO NOTHING`` (``insert(
  ignore=True)`` is ``INSERT OR IGNORE``, which also swallows NOT NULL and CHECK failures);
  updates whose row count or ``RETURNING`` row is the answer (``Table.update`` looks the row
  up first and reports neither); deletes whose counts ``forget`` and ``purge`` report; joins
  and ``GROUP BY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kernel.lazy import lazy_exports

if TYPE_CHECKING:
    from bot.store.export import leads_to_csv, leads_to_json
    from bot.store.misses import MissCount
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
    "MissCount",
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
    "bot.store.misses": ("MissCount",),
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
