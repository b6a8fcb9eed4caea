"""Run engine turns from async code on one worker thread that owns the SQLite connection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from bot.engine.engine import Engine
from bot.engine.types import Inbound, TurnResult

T = TypeVar("T")


class AsyncEngine:
    """Async front of :class:`Engine`: turns run one at a time, in the order they arrive.

    One worker thread means one writer for SQLite and strict order per person (and overall).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="igubot-turn")

    async def handle(self, inbound: Inbound) -> TurnResult:
        """Run one turn on the worker thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self.engine.handle, inbound)

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the worker thread (for store reads and writes outside turns)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, fn, *args)

    async def healthy(self) -> bool:
        """Whether the database takes a write (checked on the worker thread)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self.engine.store.healthy)

    def close(self) -> None:
        """Finish queued turns and stop the worker."""
        self._pool.shutdown(wait=True)
