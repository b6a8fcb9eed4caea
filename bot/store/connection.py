"""The store's connection: opening and pragmas, transactions and savepoints, health, closing.

Every table part of :class:`~bot.store.Store` derives from :class:`Connection` and runs its
statements through the context managers here, so that errors, locking and transactions are
handled in one place.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlite_utils import Database

from bot.kernel.errors import StoreError
from bot.store.files import private_database
from bot.store.migrations import migrations
from bot.store.records import iso_timestamp

logger = logging.getLogger(__name__)

#: How many times :meth:`Connection.checkpoint` tries to empty the WAL, and the first wait.
CHECKPOINT_ATTEMPTS = 6
CHECKPOINT_FIRST_WAIT = 0.05


class _DiscardError(Exception):
    """Raised inside a transaction only to roll it back (see :meth:`Connection.healthy`)."""


class Connection:
    """One SQLite connection with the store's transaction discipline.

    One connection may be created on one thread and then used from one other worker thread
    (the async shell's database thread); an internal lock keeps a transaction from
    interleaving with calls from elsewhere. Every write runs in a transaction: the caller's, if
    :meth:`transaction` is open, otherwise its own.

    :param path: the database file (parent directories are created), or ``None`` (or
        ``":memory:"``) for a private in-memory database (tests, ``igubot chat``).
    :param busy_timeout_ms: how long to wait for another connection's write lock before
        raising :class:`~bot.kernel.errors.StoreError`.
    :param sleep: how :meth:`checkpoint` waits between attempts (tests let a reader go there).
    :raises StoreError: if the file cannot be opened or migrated.
    """

    def __init__(
        self,
        path: str | Path | None,
        *,
        busy_timeout_ms: int = 5000,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = None if path is None or str(path) == ":memory:" else Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._sleep = sleep
        self._checkpoint_owed = False
        self._lock = threading.RLock()
        self._depth = 0
        self._closed = False
        # isolation_level=None: the driver never opens transactions behind our back;
        # transaction() issues BEGIN IMMEDIATE / COMMIT itself. check_same_thread=False: the
        # async shell creates the store on the event-loop thread and uses it on a worker thread.
        # In memory too (rather than Database(memory=True)) so tests run in the same mode.
        try:
            if self.path is not None:
                private_database(self.path)
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

    # -- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Self]:
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

    # -- running statements ------------------------------------------------------------------

    @contextmanager
    def _write(self, doing: str) -> Iterator[None]:
        """A block of writing statements, in a transaction (a savepoint inside an open one)."""
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
        """A block of reading statements (under the lock; errors become StoreError)."""
        with self._lock, self._errors(doing):
            yield

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows of one query as dicts by column name."""
        cursor = self._db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _ids(self, sql: str, params: Sequence[Any]) -> list[int]:
        """The first column of one query's rows, as ints (ids)."""
        return [int(row[0]) for row in self._db.execute(sql, params).fetchall()]

    def _where(self) -> str:
        return "in memory" if self.path is None else str(self.path)

    # -- lifecycle ---------------------------------------------------------------------------

    def checkpoint(self, *, attempts: int = CHECKPOINT_ATTEMPTS) -> bool:
        """Fold the WAL into the database file and truncate it (deleted rows leave no copy).

        Another connection's read transaction (``igubot backup``, an export, ``igubot stats``)
        keeps the WAL busy: SQLite then copies what it can, truncates nothing and says so. The
        checkpoint is tried again, ``attempts`` times in all, waiting 50 ms, then twice as long
        each time (1.55 s in all by default); the busy handler is off meanwhile, so no attempt
        waits longer than that. If the WAL is still busy, a warning without personal data is
        logged and the next :meth:`checkpoint` or :meth:`close` tries again.

        :param attempts: how many times to try (at least one).
        :return: ``True`` when the WAL was emptied (or there is none: in memory).
        :raises StoreError: if the database cannot be written.
        """
        if self.path is None:
            return True
        wait = CHECKPOINT_FIRST_WAIT
        with self._lock, self._errors("checkpointing the write-ahead log"):
            self._db.execute("PRAGMA busy_timeout=0")
            try:
                for attempt in range(1, max(1, attempts) + 1):
                    busy, frames, _done = self._db.execute(
                        "PRAGMA wal_checkpoint(TRUNCATE)"
                    ).fetchone()
                    if not busy:
                        self._checkpoint_owed = False
                        return True
                    if attempt < attempts:
                        self._sleep(wait)
                        wait *= 2
            finally:
                self._db.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
        self._checkpoint_owed = True
        logger.warning(
            "the write-ahead log could not be emptied after %d attempts (%s frames): another "
            "connection holds a read transaction (a backup, an export, igubot stats?); deleted "
            "rows may stay in %s-wal until the next checkpoint",
            attempts,
            frames,
            self.path.name,
        )
        return False

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
                if self._checkpoint_owed:
                    with suppress(StoreError):
                        self.checkpoint(attempts=1)
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


def new_id(rowid: int | None) -> int:
    """The id of the row an ``INSERT`` made (``cursor.lastrowid``, ``Table.last_rowid``).

    :raises StoreError: if SQLite reported none (an INSERT always sets it).
    """
    if rowid is None:  # pragma: no cover - INSERT always sets it
        msg = "SQLite did not report the new row's id"
        raise StoreError(msg)
    return rowid
