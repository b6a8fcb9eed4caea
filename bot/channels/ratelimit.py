"""Non-blocking token buckets keyed by client address or session, with bounded memory.

A web handler asks :meth:`RateLimiter.hit` before doing work: ``0.0`` means go on, a positive
number is how many seconds until the next request would be let through (for ``Retry-After``).
Unlike ``aiolimiter`` nothing waits: a request over the limit is answered at once with a 429.

Memory stays bounded: a bucket idle long enough to have refilled is worth nothing and is dropped
on the next hit, and at most ``max_keys`` buckets are kept (least recently used first out).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable

from bot.kernel.clientaddr import client_key

__all__ = ["RateLimiter", "client_key", "retry_after"]

#: Buckets kept per limiter before the least recently used is dropped.
DEFAULT_MAX_KEYS = 10_000


class RateLimiter:
    """Token buckets: ``per_minute`` requests a minute per key, bursts up to ``burst``.

    :param per_minute: the refill rate; ``0`` turns the limiter off (every hit is let through).
    :param burst: the bucket size (default: ``per_minute``, one minute's worth at once).
    :param max_keys: most buckets kept; the least recently used is dropped beyond it.
    :param clock: monotonic seconds (tests pass a fake one).
    """

    def __init__(
        self,
        per_minute: int,
        *,
        burst: int | None = None,
        max_keys: int = DEFAULT_MAX_KEYS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 0:
            raise ValueError("per_minute must be 0 or more")
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self.rate = per_minute / 60.0  # tokens a second
        self.capacity = float(burst if burst is not None else per_minute)
        if per_minute and self.capacity < 1:
            raise ValueError("burst must be at least 1")
        self.max_keys = max_keys
        self._clock = clock
        # key -> (tokens left, time of the last update); order = least recently used first
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    @property
    def enabled(self) -> bool:
        """Whether the limiter limits anything."""
        return self.rate > 0

    def __len__(self) -> int:
        return len(self._buckets)

    def hit(self, key: str) -> float:
        """Take one token from ``key``'s bucket.

        :returns: ``0.0`` when the request may go on; otherwise the seconds until one token is
            back (the request is not counted).
        """
        if not self.enabled:
            return 0.0
        now = self._clock()
        tokens, last = self._buckets.pop(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            wait = 0.0
        else:
            self._buckets[key] = (tokens, now)
            wait = (1.0 - tokens) / self.rate
        self._evict(now)
        return wait

    def _evict(self, now: float) -> None:
        # Buckets are kept in the order of their last update, so the idle ones are in front.
        full_after = self.capacity / self.rate
        while self._buckets:
            _, last = next(iter(self._buckets.values()))
            if now - last < full_after and len(self._buckets) <= self.max_keys:
                break
            self._buckets.popitem(last=False)


def retry_after(wait: float) -> str:
    """``wait`` seconds as a ``Retry-After`` value: a whole number, at least 1."""
    return str(max(1, math.ceil(wait)))
