"""A small in-memory limit for the sign-in form: at most N tries per key in a time window.

Not ``aiolimiter``: that one makes a caller wait for capacity on the event loop's clock, while
the sign-in form answers at once (refused or not) and tests move a clock of their own.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable

#: Sign-in requests one client address may make in :data:`WINDOW` seconds.
PER_ADDRESS = 20
#: The window of the client address's limit, seconds.
WINDOW = 15 * 60
#: Seconds between two sign-in e-mails to one staff address (a link lives 15 minutes, so the
#: last one sent still works when the next may go).
MAIL_GAP = 5 * 60
#: Sign-in e-mails to one staff address a day, at most.
MAILS_PER_DAY = 20
DAY = 24 * 3600


class WindowLimiter:
    """Sliding-window counter: :meth:`hit` says whether a key may try once more.

    Memory stays bounded: keys idle for a whole window are dropped, and at most ``max_keys``
    are kept (the least recently used goes first).

    :param limit: tries allowed per key within ``window``.
    :param window: seconds.
    :param clock: monotonic seconds (tests pass their own).
    :param max_keys: most keys remembered.
    """

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()

    def hit(self, key: str) -> bool:
        """Count one try for ``key``.

        :return: ``True`` if it is within the limit; a refused try is not counted.
        """
        now = self._clock()
        hits = self._hits.pop(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        allowed = len(hits) < self.limit
        if allowed:
            hits.append(now)
        self._hits[key] = hits
        while self._hits:
            oldest = next(iter(self._hits.values()))
            while oldest and oldest[0] <= now - self.window:
                oldest.popleft()
            if oldest and len(self._hits) <= self.max_keys:
                break
            self._hits.popitem(last=False)
        return allowed
