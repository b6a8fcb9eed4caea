"""Schema of the igubot database, changed only by adding ``m00N_*`` migrations here."""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.store.codec import dumps

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


# Staff side: who may see which municipality, sign-in links and sessions (only hashes of their
# secrets), append-only notes, and the digests that handed leads over. ``leads`` gains what the
# digests and follow-ups need; each "new" digest claims its leads by setting ``digest_id`` in the
# transaction that queues the digest, so a lead is in exactly one "new" digest.
_STAFF = (
    "ALTER TABLE leads ADD COLUMN digest_id INT",
    "ALTER TABLE leads ADD COLUMN digested_at TEXT",
    "ALTER TABLE leads ADD COLUMN status_changed TEXT",
    "ALTER TABLE leads ADD COLUMN raised_at TEXT",
    "ALTER TABLE leads ADD COLUMN raised_digest_id INT",
    "ALTER TABLE leads ADD COLUMN followup_at TEXT",
    "CREATE INDEX idx_leads_digest_id ON leads (digest_id)",
    """
    CREATE TABLE staff_users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE staff_municipalities (
        user_id INT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
        municipality TEXT NOT NULL,
        PRIMARY KEY (user_id, municipality)
    ) STRICT
    """,
    "CREATE INDEX idx_staff_municipalities_code ON staff_municipalities (municipality)",
    """
    CREATE TABLE staff_login_tokens (
        token_hash TEXT PRIMARY KEY NOT NULL,
        user_id INT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
        created TEXT NOT NULL,
        expires TEXT NOT NULL,
        used_at TEXT
    ) STRICT
    """,
    """
    CREATE TABLE staff_sessions (
        id_hash TEXT PRIMARY KEY NOT NULL,
        user_id INT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created TEXT NOT NULL,
        expires TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE lead_notes (
        id INTEGER PRIMARY KEY,
        lead_id INT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('note', 'status', 'followup')),
        text TEXT NOT NULL,
        author TEXT,
        created TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_lead_notes_lead_id ON lead_notes (lead_id)",
    # Notes are a record of what was done: never edited. Deleting stays possible, for /forget.
    """
    CREATE TRIGGER lead_notes_append_only BEFORE UPDATE ON lead_notes
    BEGIN SELECT RAISE(ABORT, 'lead notes are append-only'); END
    """,
    # Counts only: a digest row holds no personal data, so /forget leaves it.
    """
    CREATE TABLE digests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        municipality TEXT NOT NULL,
        created TEXT NOT NULL,
        new_count INT NOT NULL,
        raised_count INT NOT NULL,
        reminder_count INT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX idx_digests_municipality_created ON digests (municipality, created)",
    "CREATE INDEX idx_outbox_kind ON outbox (kind, sent_at)",
)


@migrations()
def m002_staff(db: Database) -> None:
    """Add staff users, sign-in, notes and digests; digest and follow-up columns on leads.

    :param db: the database, inside the migration's transaction.
    """
    for statement in _STAFF:
        db.execute(statement)


@migrations()
def m003_lead_question(db: Database) -> None:
    """Add ``leads.question``: the person's own question, sent with their consent.

    :param db: the database, inside the migration's transaction.
    """
    db.execute("ALTER TABLE leads ADD COLUMN question TEXT")


# Typed messages the bot could not place, for content authors (``bot/store/misses.py``). No user
# key, step, channel or time: nothing links a row to a person. One row per day, language and
# scrubbed text with a count, WITHOUT ROWID: rows with a rowid would keep the order of the
# misses, which lines up with the funnel's timed "invalid" events and so with conversations.
# The CHECK keeps a timestamp out of ``day``.
_MISSES = """
    CREATE TABLE misses (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        count INT NOT NULL DEFAULT 1 CHECK (count > 0),
        PRIMARY KEY (day, lang, text)
    ) STRICT, WITHOUT ROWID
    """


@migrations()
def m004_misses(db: Database) -> None:
    """Add ``misses``: what learners typed that the bot could not place, scrubbed, by day.

    :param db: the database, inside the migration's transaction.
    """
    db.execute(_MISSES)


# What a lead's ``data`` may keep, by kind: the answers the consent questions name besides the
# lead's own columns (the consent steps' ``sends`` in flows/interest.yaml and employer.yaml when
# this migration was written; frozen here, as a migration must do the same on every database).
# Before, every answer of the chat went into ``data``: a lead made after "Can I join?" held the
# age, years in Denmark and residence permit, which its consent never named.
_CONSENTED_DATA = {"learner": ("followup_ok",), "employer": ("company",), "callback": ()}


@migrations()
def m005_lead_data_consented(db: Database) -> None:
    """Drop from every lead's ``data`` what its consent question did not name.

    :param db: the database, inside the migration's transaction.
    """
    rows = db.execute("SELECT id, kind, data FROM leads").fetchall()
    for lead_id, kind, text in rows:
        data = json.loads(text)
        keep = _CONSENTED_DATA.get(kind, ())
        kept = {k: v for k, v in data.items() if k in keep} if isinstance(data, dict) else {}
        if kept != data:
            db.execute(
                "UPDATE leads SET data = ? WHERE id = ?",
                [dumps(kept, "lead data"), lead_id],
            )


@migrations()
def m006_lead_name_latin(db: Database) -> None:
    """Add ``leads.name_latin``: the name as on the residence card, in Latin letters, given when
    the typed name has letters of another script (identifying, like ``name``).

    :param db: the database, inside the migration's transaction.
    """
    db.execute("ALTER TABLE leads ADD COLUMN name_latin TEXT")
