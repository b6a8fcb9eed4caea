"""The store: every table's part in one object over one connection (the only place with SQL)."""

from __future__ import annotations

from bot.store.digests import Digests
from bot.store.events import Events
from bot.store.gauges import Gauges
from bot.store.leads import Leads
from bot.store.misses import Misses
from bot.store.outbox import Outbox
from bot.store.privacy import Privacy
from bot.store.sessions import Sessions
from bot.store.staff_leads import StaffLeads
from bot.store.staff_signin import StaffSignIn


class Store(
    Sessions, Events, Misses, Leads, Outbox, Privacy, Gauges, StaffLeads, Digests, StaffSignIn
):
    """Typed access to the igubot SQLite database.

    Each base is the part for one table or concern (its module says which); all share the
    connection, lock and transactions of :class:`~bot.store.connection.Connection`. One
    ``Store`` owns one connection. It may be created on one thread and then used from one
    other worker thread (the async shell's database thread); an internal lock keeps a
    transaction from interleaving with calls from elsewhere. Every write runs in a
    transaction: the caller's, if :meth:`transaction` is open, otherwise its own.

    :param path: the database file (parent directories are created), or ``None`` (or
        ``":memory:"``) for a private in-memory database (tests, ``igubot chat``).
    :param busy_timeout_ms: how long to wait for another connection's write lock before
        raising :class:`~bot.kernel.errors.StoreError`.
    :raises StoreError: if the file cannot be opened or migrated.
    """

    def __repr__(self) -> str:
        return f"<Store {self._where()}>"
