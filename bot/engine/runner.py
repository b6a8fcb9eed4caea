"""Run engine turns from async code on one worker thread that owns the SQLite connection.

Turns that are waiting when the worker becomes free run together, in arrival order, and commit
together (:meth:`Engine.handle_batch`, a *group commit*): one fsync for the lot instead of one
per turn, so a busy bot is not bounded by the disk. No reply is released before the commit that
stores its turn, so "saved" still means saved. An idle bot runs each turn alone, as before.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.engine.engine import Engine
from bot.engine.types import Health, Inbound, TurnResult
from bot.i18n import Catalog

T = TypeVar("T")

logger = logging.getLogger(__name__)

#: At most this many waiting turns commit together: a bound on how long the first of them
#: waits for the others (about 0.25 ms of CPU each) before its reply goes out.
MAX_BATCH = 64


@dataclass(frozen=True)
class _Turn:
    inbound: Inbound
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[TurnResult]


@dataclass(frozen=True)
class _Call:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[Any]


class _Stop:
    """Put last on the queue by :meth:`AsyncEngine.close`."""


_Job = _Turn | _Call


class AsyncEngine:
    """Async front of :class:`Engine`: turns run one batch at a time, in the order they arrive.

    It is what channels talk to (the ``Conversations`` port of :mod:`bot.channels.ports`).

    One worker thread means one writer for SQLite and strict order per person (and overall).
    Other work for the database (:meth:`call`) runs on the same thread between batches.

    :param engine: the engine (and through it the store) the worker thread owns.
    :param max_batch: the most turns committed together (1: a commit per turn).
    """

    def __init__(self, engine: Engine, *, max_batch: int = MAX_BATCH) -> None:
        self.engine = engine
        self.max_batch = max(1, max_batch)
        #: Batches run and turns in them (for /metrics and the benchmarks).
        self.counters = {"batches": 0, "batched_turns": 0}
        self._jobs: queue.SimpleQueue[_Job | _Stop] = queue.SimpleQueue()
        self._closed = False
        self._thread = threading.Thread(target=self._work, name="igubot-turn", daemon=True)
        self._thread.start()

    async def handle(self, inbound: Inbound) -> TurnResult:
        """Run one turn on the worker thread; return once it is committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[TurnResult] = loop.create_future()
        self._put(_Turn(inbound, loop, future))
        return await future

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the worker thread (for store reads and writes outside turns)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._put(_Call(fn, args, loop, future))
        return await future

    async def known(self, user_key: str) -> bool:
        """Whether a conversation with this key is stored."""
        return await self.call(self._stored, user_key)

    def _stored(self, user_key: str) -> bool:
        return self.engine.store.load_session(user_key) is not None

    async def healthy(self) -> bool:
        """Whether the database takes a write (checked on the worker thread)."""
        return await self.call(self.engine.store.healthy)

    async def health(self) -> Health:
        """Whether the database takes a write and content is loaded."""
        return Health(database=await self.healthy(), content=bool(self.engine.content.flows))

    @property
    def catalog(self) -> Catalog:
        """The catalog of the content being served now (a reload swaps it between turns)."""
        return self.engine.content.catalog

    def close(self) -> None:
        """Finish queued turns and stop the worker."""
        if not self._closed:
            self._closed = True
            self._jobs.put(_Stop())
        self._thread.join()

    def _put(self, job: _Job) -> None:
        if self._closed:
            msg = "the engine's worker has been closed"
            raise RuntimeError(msg)
        self._jobs.put(job)

    # -- the worker thread ------------------------------------------------------------------

    def _work(self) -> None:
        pending: _Job | _Stop | None = None
        while True:
            job = pending if pending is not None else self._jobs.get()
            pending = None
            if isinstance(job, _Stop):
                return
            if isinstance(job, _Call):
                self._run_call(job)
                continue
            batch = [job]
            while len(batch) < self.max_batch:
                try:
                    following = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if not isinstance(following, _Turn):
                    pending = following  # a call or the stop: after this batch, in order
                    break
                batch.append(following)
            self._run_batch(batch)

    def _run_batch(self, batch: list[_Turn]) -> None:
        try:
            results = self.engine.handle_batch([t.inbound for t in batch])
        except BaseException as exc:
            # handle_batch answers every failure with an apology; this is the unforeseen.
            logger.exception("running a batch of %d turn(s) failed", len(batch))
            _deliver([(t.loop, t.future, None, exc) for t in batch])
            return
        self.counters["batches"] += 1
        self.counters["batched_turns"] += len(batch)
        _deliver([(t.loop, t.future, r, None) for t, r in zip(batch, results, strict=True)])

    @staticmethod
    def _run_call(job: _Call) -> None:
        try:
            value = job.fn(*job.args)
        except BaseException as exc:  # noqa: BLE001 - raised again in the awaiting coroutine
            _deliver([(job.loop, job.future, None, exc)])
            return
        _deliver([(job.loop, job.future, value, None)])


_Outcome = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]", Any, BaseException | None]


def _deliver(outcomes: list[_Outcome]) -> None:
    """Hand results to their event loops: one wake-up per loop, however many turns."""
    by_loop: dict[asyncio.AbstractEventLoop, list[_Outcome]] = {}
    for outcome in outcomes:
        by_loop.setdefault(outcome[0], []).append(outcome)
    for loop, some in by_loop.items():
        try:
            loop.call_soon_threadsafe(_settle, some)
        except RuntimeError:  # the loop was closed meanwhile: nobody is waiting any more
            logger.warning("%d result(s) for a closed event loop dropped", len(some))


def _settle(outcomes: list[_Outcome]) -> None:
    for _loop, future, value, exc in outcomes:
        if future.done():  # the awaiting coroutine was cancelled
            continue
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(value)
