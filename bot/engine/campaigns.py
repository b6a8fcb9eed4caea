"""Which campaign names a deep link may record, so strangers cannot fill the staff's filter."""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.store import Store

logger = logging.getLogger(__name__)

#: Different campaign names recorded at most when none are configured.
MAX_CAMPAIGNS = 100


class Campaigns:
    """The campaign names a conversation may carry into the funnel.

    With configured names (``IGUBOT_CAMPAIGNS``) only those are recorded. Without, any
    well-formed name is, until :data:`MAX_CAMPAIGNS` different ones are in the funnel; a new
    name after that is dropped (the conversation goes on without a campaign).

    :param allowed: the configured names; empty: any, up to ``cap``.
    :param cap: most different names when none are configured.
    """

    def __init__(self, allowed: Collection[str] = (), cap: int = MAX_CAMPAIGNS) -> None:
        self.allowed = frozenset(allowed)
        self.cap = cap
        self._seen: set[str] | None = None
        self._lock = threading.Lock()

    def accept(self, name: str, store: Store) -> bool:
        """Whether ``name`` may be recorded (the funnel's names are read once, from ``store``)."""
        if self.allowed:
            return name in self.allowed
        with self._lock:
            if self._seen is None:
                self._seen = set(store.funnel_values()[1])
            if name in self._seen:
                return True
            if len(self._seen) >= self.cap:
                logger.warning("campaign not recorded: %d different ones already", self.cap)
                return False
            self._seen.add(name)
            return True
