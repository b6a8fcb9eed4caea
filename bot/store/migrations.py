"""Schema of the igubot database, changed only by adding ``m00N_*`` migrations here."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("igubot")

# Plain DDL rather than ``Table.create()``: it states AUTOINCREMENT, STRICT column types, CHECKs,
# defaults and ON DELETE CASCADE exactly, and reads as the schema it is. Timestamps are ISO-8601
# UTC text (``records.iso_timestamp``); JSON columns hold UTF-8 text. Lead kinds and event names
# are not CHECKed (adding one would need a table rebuild); ``Store`` checks them instead.
_INITIAL = (
    """
    CREATE TABLE sessions (
        key TEXT PRIMARY KEY NOT NULL,
        lang TEXT,
        flow TEXT NOT NULL,
        step TEXT NOT NULL,
        flow_version INT NOT NULL,
        vars TEXT NOT NULL DEFAULT '{}',
        history TEXT NOT NULL DEFAULT '[]',
        attempts INT NOT NULL DEFAULT 0,
        waiting INT NOT NULL DEFAULT 0 CHECK (waiting IN (0, 1)),
        campaign TEXT,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    ) STRICT
    """,
    # AUTOINCREMENT: a forgotten lead's id is never reused, so a stale reference to lead 42
    # (a digest, a staff note) can never point at somebody else.
    """
    CREATE TABLE leads (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        user_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        lang TEXT NOT NULL,
        municipality TEXT NOT NULL,
        name TEXT,
        phone TEXT,
        email TEXT,
        contact TEXT,
        interpreter TEXT,
        danish_level TEXT,
        work_area TEXT,
        data TEXT NOT NULL DEFAULT '{}',
        consent_id TEXT NOT NULL,
        consent_version TEXT NOT NULL,
        campaign TEXT,
        status TEXT NOT NULL DEFAULT 'new',
        created TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_leads_municipality_created ON leads (municipality, created)",
    "CREATE INDEX idx_leads_user_key ON leads (user_key)",
    # No user key and no free text: the funnel must stay anonymous.
    """
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        flow TEXT NOT NULL,
        flow_version INT NOT NULL,
        step TEXT NOT NULL,
        event TEXT NOT NULL,
        lang TEXT,
        channel TEXT NOT NULL,
        campaign TEXT
    ) STRICT
    """,
    "CREATE INDEX idx_events_flow_step ON events (flow, step)",
    # ON DELETE CASCADE: deleting a lead (forget, retention purge) also drops its queued messages.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        user_key TEXT,
        lead_id INT REFERENCES leads (id) ON DELETE CASCADE,
        payload TEXT NOT NULL,
        created TEXT NOT NULL,
        next_attempt TEXT NOT NULL,
        attempts INT NOT NULL DEFAULT 0,
        sent_at TEXT,
        error TEXT
    ) STRICT
    """,
    "CREATE INDEX idx_outbox_sent_at_next_attempt ON outbox (sent_at, next_attempt)",
    "CREATE INDEX idx_outbox_user_key ON outbox (user_key)",
    "CREATE INDEX idx_outbox_lead_id ON outbox (lead_id)",
    """
    CREATE TABLE telegram_updates (
        update_id INTEGER PRIMARY KEY,
        received TEXT NOT NULL
    ) STRICT
    """,
)


@migrations()
def m001_initial(db: Database) -> None:
    """Create sessions, leads, events, outbox and telegram_updates.

    :param db: the database, inside the migration's transaction.
    """
    for statement in _INITIAL:
        db.execute(statement)
