"""The daily digest, follow-ups and e-mail retries, run inside the server on the event loop.

The scheduler computes when something is next due (the digest time in the configured zone, the
earliest retry, or a poll for new callback notices) and sleeps until then with
:func:`asyncio.sleep`: cancellable, and no busy loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.staff.followup import due_followups
from bot.staff.services import StaffServices

logger = logging.getLogger(__name__)

#: How often waiting callback notices are looked for between other work.
POLL = dt.timedelta(minutes=5)
#: Shortest sleep, so a clock that stands still cannot spin the loop.
MIN_SLEEP = 1.0


def next_run(
    after: dt.datetime, at: dt.time, weekdays: frozenset[int], zone: ZoneInfo
) -> dt.datetime:
    """The first digest time strictly after ``after``, in UTC.

    :param after: an aware moment.
    :param at: local wall-clock time of the digest.
    :param weekdays: allowed days, ``0`` = Monday.
    :param zone: the zone of ``at`` (summer time is taken into account).
    :raises ValueError: if ``weekdays`` is empty.
    """
    if not weekdays:
        msg = "no weekdays to run on"
        raise ValueError(msg)
    local = after.astimezone(zone)
    for offset in range(8):
        day = local.date() + dt.timedelta(days=offset)
        if day.weekday() not in weekdays:
            continue
        candidate = dt.datetime.combine(day, at, tzinfo=zone)
        if candidate > after:
            return candidate.astimezone(dt.UTC)
    msg = "unreachable: a week always has an allowed day"  # pragma: no cover
    raise AssertionError(msg)


@dataclass
class Scheduler:
    """Runs digests at their time, follow-ups with them, and staff e-mail delivery.

    :param services: the staff parts.
    :param sleep: waits a number of seconds (tests pass one that advances a fake clock).
    """

    services: StaffServices
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def __post_init__(self) -> None:
        self.next_digest = self._next(self.services.clock())

    def _next(self, after: dt.datetime) -> dt.datetime:
        c = self.services.config
        return next_run(after, c.digest_time, c.digest_weekdays, c.timezone)

    async def run_once(self) -> dt.datetime:
        """Do what is due now; return when to wake next."""
        s = self.services
        now = s.clock()
        if now >= self.next_digest:
            await s.db(s.digests.create, now)
            await s.db(due_followups, s.store, s.config, now)
            self.next_digest = self._next(now)
        await s.worker.deliver(now)
        wake = min(self.next_digest, now + POLL)
        retry = await s.worker.next_attempt()
        if retry is not None:
            wake = min(wake, retry)
        return wake

    async def run(self) -> None:
        """Loop until cancelled; an error is logged and the loop goes on after a poll."""
        logger.info("staff scheduler: next digest at %s", self.next_digest.isoformat())
        while True:
            try:
                wake = await self.run_once()
            except Exception:
                logger.exception("staff scheduler: a run failed; trying again later")
                wake = self.services.clock() + POLL
            delay = (wake - self.services.clock()).total_seconds()
            await self.sleep(max(MIN_SLEEP, delay))


@dataclass
class Running:
    """The scheduler task of a running staff app."""

    task: asyncio.Task[None] | None = None


SERVICES_KEY = web.AppKey("staff_services", StaffServices)
RUNNING_KEY = web.AppKey("staff_scheduler", Running)


async def start_scheduler(app: web.Application) -> None:
    """aiohttp ``on_startup`` hook of the staff app: start the scheduler task."""
    running = app[RUNNING_KEY]
    if running.task is None:
        running.task = asyncio.create_task(Scheduler(app[SERVICES_KEY]).run())


async def stop_scheduler(app: web.Application) -> None:
    """aiohttp ``on_cleanup`` hook of the staff app: cancel the task and wait for it."""
    running = app[RUNNING_KEY]
    task, running.task = running.task, None
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
