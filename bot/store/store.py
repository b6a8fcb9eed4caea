"""The SQLite store: the only place with SQL (sessions, leads, events, outbox, updates)."""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlite_utils import Database

from bot.errors import StoreError
from bot.store.digests import DigestQueries
from bot.store.migrations import migrations
from bot.store.records import (
    EVENT_NAMES,
    LEAD_KINDS,
    Event,
    LeadRecord,
    SessionRecord,
    iso_timestamp,
)
from bot.store.staff_auth import StaffAuthQueries
from bot.store.staff_leads import StaffLeadQueries

# bandit B608 (SQL from strings) is marked nosec where it fires in this module: the f-strings
# join only column lists, clauses and placeholders that are constants here; values are bound as ?.

logger = logging.getLogger(__name__)

# Column names come from the records, whose fields mirror the tables (see migrations.py).
_SESSION_COLUMNS = tuple(f.name for f in fields(SessionRecord))
_LEAD_COLUMNS = tuple(f.name for f in fields(LeadRecord))
_LEAD_INSERT_COLUMNS = tuple(c for c in _LEAD_COLUMNS if c != "id")
_EVENT_COLUMNS = tuple(f.name for f in fields(Event))
_MUNICIPALITY_CODE = re.compile(r"\d{3}")
_SAVE_SESSION = (
    f"INSERT INTO sessions ({', '.join(_SESSION_COLUMNS)}) "  # nosec B608
    f"VALUES ({', '.join(':' + c for c in _SESSION_COLUMNS)}) "
    "ON CONFLICT (key) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _SESSION_COLUMNS if c != "created")
)
_ADD_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "  # nosec B608
    f"VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
)
_LOAD_SESSION = f"SELECT {', '.join(_SESSION_COLUMNS)} FROM sessions WHERE key = ?"  # nosec B608


class _DiscardError(Exception):
    """Raised inside a transaction only to roll it back (see :meth:`Store.healthy`)."""


class Store(StaffAuthQueries, StaffLeadQueries, DigestQueries):
    """Typed access to the igubot SQLite database.

    One ``Store`` owns one connection. It may be created on one thread and then used from one
    other worker thread (the async shell's database thread); an internal lock keeps a
    transaction from interleaving with calls from elsewhere. Every write runs in a transaction:
    the caller's, if :meth:`transaction` is open, otherwise its own.

    :param path: the database file (parent directories are created), or ``None`` (or
        ``":memory:"``) for a private in-memory database (tests, ``igubot chat``).
    :param busy_timeout_ms: how long to wait for another connection's write lock before
        raising :class:`~bot.errors.StoreError`.
    :raises StoreError: if the file cannot be opened or migrated.
    """

    def __init__(self, path: str | Path | None, *, busy_timeout_ms: int = 5000) -> None:
        self.path = None if path is None or str(path) == ":memory:" else Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._lock = threading.RLock()
        self._depth = 0
        self._closed = False
        # isolation_level=None: the driver never opens transactions behind our back;
        # transaction() issues BEGIN IMMEDIATE / COMMIT itself. check_same_thread=False: the
        # async shell creates the store on the event-loop thread and uses it on a worker thread.
        # In memory too (rather than Database(memory=True)) so tests run in the same mode.
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                ":memory:" if self.path is None else self.path,
                timeout=busy_timeout_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except (OSError, sqlite3.Error) as exc:
            msg = f"cannot open the database {self._where()}: {exc}"
            raise StoreError(msg) from exc
        self._conn = conn
        try:
            self._db = Database(conn)
            self._configure()
            with self._write("migrating the database"):
                migrations.apply(self._db)
        except BaseException:
            conn.close()
            self._closed = True
            raise

    def _configure(self) -> None:
        with self._errors(f"configuring the database {self._where()}"):
            if self.path is not None:
                mode = self._db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    # e.g. a network file system; the store still works, with less concurrency.
                    logger.warning(
                        "SQLite refused WAL mode for %s (journal_mode=%s)",
                        self.path,
                        mode,
                    )
            # FULL, not NORMAL: in WAL mode NORMAL survives a process crash but a power cut can
            # lose the last commits. A person who was told "saved" after giving consent must
            # have exactly one lead afterwards, so every commit (one per turn) is fsynced.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
            self._db.execute("PRAGMA foreign_keys=ON")
            # Deleted rows (/forget, retention) are overwritten with zeros in the file instead
            # of lingering in free pages: erasure that a file-level reader cannot undo.
            self._db.execute("PRAGMA secure_delete=ON")

    # -- transactions and errors -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Run a block in one transaction: commit at the end, roll back on any exception.

        The outermost call takes the write lock at once (``BEGIN IMMEDIATE``), so a turn never
        fails half-way on a lock upgrade. A nested call joins the open transaction through a
        savepoint: its work commits only with the outer block, and an exception inside it
        undoes just its own work before propagating.

        :return: a context manager yielding this store.
        :raises StoreError: if the transaction cannot start or commit (e.g. the database is
            locked for longer than the busy timeout).
        """
        with self._transaction("running a transaction"):
            yield self

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open on the connection (SQLite may end one by itself)."""
        return self._conn.in_transaction

    @contextmanager
    def _transaction(self, doing: str) -> Iterator[None]:
        # ``doing`` names the operation in errors ("saving a session: the database ... locked").
        with self._lock:
            outer = self._depth == 0
            if not outer:
                self._still_open(doing)
            savepoint = f"igubot_{self._depth}"
            with self._errors(doing):
                self._db.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                self._undo(outer, savepoint)
                raise
            self._depth -= 1
            with self._errors(f"{doing} (commit)"):
                try:
                    self._db.execute("COMMIT" if outer else f"RELEASE {savepoint}")
                except sqlite3.Error:
                    self._undo(outer, savepoint)
                    raise

    def _still_open(self, doing: str) -> None:
        if not self._conn.in_transaction:
            # SQLite rolled the outer transaction back by itself (I/O error, disk full): a
            # statement now would start, and commit, a transaction of its own.
            msg = f"{doing}: the enclosing transaction was rolled back by SQLite"
            raise StoreError(msg)

    def _undo(self, outer: bool, savepoint: str) -> None:
        # Some errors (disk full, I/O) make SQLite roll back by itself; then there is nothing
        # left to undo, and the original exception must propagate rather than "no transaction".
        if not self._conn.in_transaction:
            return
        try:
            if outer:
                self._db.execute("ROLLBACK")
            else:
                self._db.execute(f"ROLLBACK TO {savepoint}")
                self._db.execute(f"RELEASE {savepoint}")
        except sqlite3.Error:
            logger.exception("rolling back failed")

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorname", "") in {"SQLITE_BUSY", "SQLITE_LOCKED"}:
                msg = (
                    f"{doing}: the database {self._where()} stayed locked by another connection "
                    f"for {self._busy_timeout_ms} ms; retry, and look for a stuck igubot process"
                )
            else:
                msg = f"{doing}: {exc}"
            raise StoreError(msg) from exc

    @contextmanager
    def _write(self, doing: str) -> Iterator[None]:
        with self._errors(doing), self._transaction(doing):
            yield

    @contextmanager
    def _write_one(self, doing: str) -> Iterator[None]:
        """A block of exactly one writing statement.

        A statement is atomic by itself, so inside an open transaction it needs no savepoint
        of its own (a turn writes four to six of them); alone, it gets a transaction.
        """
        with self._lock:
            if self._depth == 0:
                with self._write(doing):
                    yield
                return
            self._still_open(doing)
            with self._errors(doing):
                yield

    @contextmanager
    def _read(self, doing: str) -> Iterator[None]:
        with self._lock, self._errors(doing):
            yield

    def _where(self) -> str:
        return "in memory" if self.path is None else str(self.path)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self._db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- sessions ----------------------------------------------------------------------------

    def load_session(self, key: str) -> SessionRecord | None:
        """Load the state of one conversation.

        :param key: the conversation key.
        :return: the session, or ``None`` if there is none.
        :raises StoreError: if the database cannot be read.
        """
        with self._read("loading a session"):
            rows = self._rows(_LOAD_SESSION, [key])
        if not rows:
            return None
        row = rows[0]
        history = _loads(row["history"], "sessions.history")
        return SessionRecord(
            **{
                **row,
                "vars": _loads(row["vars"], "sessions.vars"),
                "history": tuple((str(flow), str(step)) for flow, step in history),
                "waiting": bool(row["waiting"]),
            }
        )

    def save_session(self, rec: SessionRecord) -> None:
        """Insert or replace a conversation's state; an existing row keeps its ``created``.

        :param rec: the session to store.
        :raises StoreError: if a value is not JSON-serialisable or the write fails.
        """
        row = {
            **{name: getattr(rec, name) for name in _SESSION_COLUMNS},
            "vars": _dumps(rec.vars, "session vars"),
            "history": _dumps([list(pair) for pair in rec.history], "session history"),
            "waiting": int(rec.waiting),
        }
        with self._write_one("saving a session"):
            self._conn.execute(_SAVE_SESSION, row)

    def delete_session(self, key: str) -> bool:
        """Delete a conversation's state (e.g. on restart).

        :param key: the conversation key.
        :return: whether there was a session to delete.
        :raises StoreError: if the write fails.
        """
        with self._write_one("deleting a session"):
            cursor = self._conn.execute("DELETE FROM sessions WHERE key = ?", [key])
        return cursor.rowcount > 0

    # -- funnel events -----------------------------------------------------------------------

    def add_event(self, event: Event) -> None:
        """Append one anonymous funnel event.

        :param event: the event.
        :raises StoreError: if ``event.event`` is not a known event name, or the write fails.
        """
        if event.event not in EVENT_NAMES:
            msg = f"unknown funnel event {event.event!r}; use one of {sorted(EVENT_NAMES)}"
            raise StoreError(msg)
        with self._write_one("adding a funnel event"):
            self._conn.execute(_ADD_EVENT, [getattr(event, c) for c in _EVENT_COLUMNS])

    def event_counts(self) -> list[tuple[str, str, str, int]]:
        """Count funnel events per flow, step and event name.

        :return: ``(flow, step, event, count)`` tuples ordered by flow, step and event.
        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting funnel events"):
            rows = self._db.execute(
                "SELECT flow, step, event, count(*) FROM events "
                "GROUP BY flow, step, event ORDER BY flow, step, event"
            ).fetchall()
        return [(str(f), str(s), str(e), int(n)) for f, s, e, n in rows]

    # -- leads -------------------------------------------------------------------------------

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
        columns = _LEAD_INSERT_COLUMNS
        values = [getattr(rec, c) for c in columns]
        values[columns.index("data")] = _dumps(rec.data, "lead data")
        with self._write("adding a lead"):
            cursor = self._db.execute(
                f"INSERT INTO leads ({', '.join(columns)}) "  # nosec B608
                f"VALUES ({', '.join('?' for _ in columns)})",
                values,
            )
        return _row_id(cursor)

    def leads(
        self, *, kind: str | None = None, municipality: str | None = None
    ) -> list[LeadRecord]:
        """List leads, oldest first.

        :param kind: only leads of this kind.
        :param municipality: only leads for this municipality code.
        :return: the leads ordered by id.
        :raises StoreError: if the database cannot be read.
        """
        where: list[str] = []
        params: list[str] = []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if municipality is not None:
            where.append("municipality = ?")
            params.append(municipality)
        sql = f"SELECT {', '.join(_LEAD_COLUMNS)} FROM leads"  # nosec B608
        if where:
            sql += " WHERE " + " AND ".join(where)
        with self._read("listing leads"):
            rows = self._rows(sql + " ORDER BY id", params)
        return [LeadRecord(**{**row, "data": _loads(row["data"], "leads.data")}) for row in rows]

    def lead_count(self) -> int:
        """Count all leads.

        :return: the number of leads.
        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting leads"):
            return int(self._db.execute("SELECT count(*) FROM leads").fetchone()[0])

    def gauges(self) -> dict[str, dict[str, int]]:
        """Counts for ``/metrics``: leads per kind, unsent outbox rows per kind, sessions.

        :raises StoreError: if the database cannot be read.
        """
        with self._read("counting for metrics"):
            leads = self._rows("SELECT kind AS k, count(*) AS n FROM leads GROUP BY kind")
            backlog = self._rows(
                "SELECT kind AS k, count(*) AS n FROM outbox WHERE sent_at IS NULL GROUP BY kind"
            )
            sessions = self._rows("SELECT 'all' AS k, count(*) AS n FROM sessions")
        return {
            "leads": {r["k"]: int(r["n"]) for r in leads},
            "outbox_backlog": {r["k"]: int(r["n"]) for r in backlog},
            "sessions": {r["k"]: int(r["n"]) for r in sessions},
        }

    # -- outbox ------------------------------------------------------------------------------

    def add_outbox(
        self,
        kind: str,
        payload: Mapping[str, Any],
        *,
        user_key: str | None = None,
        lead_id: int | None = None,
        now: str | datetime | None = None,
    ) -> int:
        """Queue a notification for the outbox worker, due at once.

        :param kind: what to send (e.g. ``lead_digest``, ``staff_login``).
        :param payload: what the sender needs, JSON-serialisable.
        :param user_key: the person it concerns, so ``forget`` can remove it.
        :param lead_id: the lead it concerns; the row is deleted with the lead.
        :param now: creation time (default: the current time).
        :return: the outbox row's id.
        :raises StoreError: if ``payload`` is not JSON-serialisable, ``lead_id`` names no lead,
            or the write fails.
        """
        stamp = iso_timestamp(now)
        body = _dumps(payload, "outbox payload")
        with self._write("queueing an outbox message"):
            cursor = self._db.execute(
                "INSERT INTO outbox (kind, user_key, lead_id, payload, created, next_attempt) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [kind, user_key, lead_id, body, stamp, stamp],
            )
        return _row_id(cursor)

    # -- privacy -----------------------------------------------------------------------------

    def forget(self, user_key: str) -> dict[str, int]:
        """Delete everything stored about one person, in one transaction.

        Removes their session, their leads, and outbox rows queued for them or for their
        leads. Funnel events hold no personal data and stay.

        :param user_key: the person's conversation key (the session key).
        :return: rows deleted per table: ``sessions``, ``leads``, ``outbox``.
        :raises StoreError: if the write fails (then nothing is deleted).
        """
        with self._write("forgetting a person"):
            outbox = self._db.execute(
                "DELETE FROM outbox WHERE user_key = ? "
                "OR lead_id IN (SELECT id FROM leads WHERE user_key = ?)",
                [user_key, user_key],
            ).rowcount
            leads = self._db.execute("DELETE FROM leads WHERE user_key = ?", [user_key]).rowcount
            sessions = self._db.execute("DELETE FROM sessions WHERE key = ?", [user_key]).rowcount
        return {"sessions": sessions, "leads": leads, "outbox": outbox}

    def checkpoint(self) -> None:
        """Fold the WAL into the database file and empty it (deleted rows leave no copy there).

        :raises StoreError: if the database cannot be written.
        """
        with self._errors("checkpointing the write-ahead log"):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def purge(
        self,
        now: str | datetime,
        *,
        idle_session_days: int,
        closed_lead_days: int,
        seen_update_days: int = 2,
        sent_outbox_days: int = 30,
        dry_run: bool = False,
    ) -> dict[str, int]:
        """Apply retention: delete what is no longer needed, in one transaction.

        - conversations idle for more than ``idle_session_days``;
        - leads closed (started, not relevant, no answer) more than ``closed_lead_days`` ago,
          with their notes and queued messages;
        - Telegram update ids older than ``seen_update_days`` (Telegram keeps updates 24 h);
        - outbox rows sent more than ``sent_outbox_days`` ago.

        :param dry_run: count only; delete nothing.
        :return: rows (to be) deleted per table.
        :raises StoreError: if the write fails (then nothing is deleted).
        """
        moment = datetime.fromisoformat(iso_timestamp(now))

        def before(days: int) -> str:
            return iso_timestamp(moment - timedelta(days=days))

        closed = "status IN ('started', 'not_relevant', 'no_answer') AND status_changed < ?"
        plan = [
            (
                "outbox",
                f"lead_id IN (SELECT id FROM leads WHERE {closed})",  # nosec B608
                [before(closed_lead_days)],
            ),
            ("outbox", "sent_at IS NOT NULL AND sent_at < ?", [before(sent_outbox_days)]),
            ("leads", closed, [before(closed_lead_days)]),
            ("sessions", "updated < ?", [before(idle_session_days)]),
            ("telegram_updates", "received < ?", [before(seen_update_days)]),
        ]
        counts: dict[str, int] = {}
        with self._write("applying retention"):
            for table, where, params in plan:
                verb = "SELECT count(*) FROM" if dry_run else "DELETE FROM"
                cursor = self._db.execute(f"{verb} {table} WHERE {where}", params)
                n = cursor.fetchone()[0] if dry_run else cursor.rowcount
                counts[table] = counts.get(table, 0) + int(n)
        return counts

    # -- telegram ----------------------------------------------------------------------------

    def mark_update_seen(self, update_id: int, now: str | datetime | None = None) -> bool:
        """Record a Telegram update id, so a redelivered update is handled only once.

        :param update_id: Telegram's ``update_id``.
        :param now: when it was received (default: the current time).
        :return: ``True`` the first time an id is seen, ``False`` afterwards.
        :raises StoreError: if the write fails.
        """
        stamp = iso_timestamp(now)
        with self._write_one("recording a Telegram update"):
            cursor = self._conn.execute(
                "INSERT INTO telegram_updates (update_id, received) VALUES (?, ?) "
                "ON CONFLICT (update_id) DO NOTHING",
                [update_id, stamp],
            )
        return cursor.rowcount == 1

    # -- lifecycle ---------------------------------------------------------------------------

    def healthy(self) -> bool:
        """Check that the database accepts a write (made and rolled back; nothing is kept).

        :return: ``True`` if a write succeeded, ``False`` otherwise (the reason is logged).
        """
        try:
            with self.transaction():
                self._db.execute(
                    "INSERT INTO events (ts, flow, flow_version, step, event, channel) "
                    "VALUES (?, 'health', 0, 'health', 'entered', 'health')",
                    [iso_timestamp()],
                )
                raise _DiscardError
        except _DiscardError:
            return True
        except (StoreError, sqlite3.Error) as exc:
            logger.warning("store health check failed: %s", exc)
            return False

    def close(self) -> None:
        """Close the connection; an open transaction is rolled back. Safe to call twice."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self._where()}>"


def _dumps(value: object, what: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        msg = f"{what} is not JSON-serialisable: {exc}"
        raise StoreError(msg) from exc


def _loads(text: str, column: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        msg = f"column {column} holds invalid JSON: {exc}"
        raise StoreError(msg) from exc


def _row_id(cursor: sqlite3.Cursor) -> int:
    if cursor.lastrowid is None:  # pragma: no cover - INSERT always sets it
        msg = "SQLite did not report the new row's id"
        raise StoreError(msg)
    return cursor.lastrowid
