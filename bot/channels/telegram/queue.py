"""Per-chat order: jobs run one after another per chat, chats in parallel (no Telegram here)."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Callable
from functools import partial

from bot.channels.telegram.keys import chat_digest

__all__ = ["ChatQueue", "log_failure"]

logger = logging.getLogger(__name__)


def log_failure(what: str, exc: BaseException) -> None:
    """Log an unexpected error with its stack but without its message (it may quote text)."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    logger.error("telegram: %s failed: %s\n%s", what, type(exc).__name__, stack.rstrip())


class ChatQueue:
    """Run jobs one after another per chat, in the order they were submitted.

    Different chats run in parallel, so one slow conversation (or a chat waiting out its one
    message a second) holds up nobody else. The order is fixed when :meth:`submit` is called,
    not by how tasks happen to be scheduled.
    """

    def __init__(self) -> None:
        self._tails: dict[int, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, chat_id: int, job: Callable[[], Awaitable[object]]) -> asyncio.Task[None]:
        """Queue ``job()`` behind the chat's earlier jobs; return its task."""
        previous = self._tails.get(chat_id)
        task = asyncio.create_task(self._run(previous, job, chat_id))
        self._tails[chat_id] = task
        self._tasks.add(task)
        task.add_done_callback(partial(self._done, chat_id))
        return task

    async def _run(
        self, previous: asyncio.Task[None] | None, job: Callable[[], Awaitable[object]], chat: int
    ) -> None:
        if previous is not None:
            await asyncio.wait([previous])  # its outcome is its own; only its end matters
        try:
            await job()
        except Exception as exc:  # noqa: BLE001 - last resort; the chat's queue must go on
            log_failure(f"handling an update for chat {chat_digest(chat)}", exc)

    def _done(self, chat_id: int, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._tails.get(chat_id) is task:
            del self._tails[chat_id]

    @property
    def pending(self) -> int:
        """Jobs queued or running."""
        return len(self._tasks)

    async def join(self) -> None:
        """Wait until no job is queued or running (jobs submitted meanwhile included)."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def drain(self, grace: float) -> None:
        """Wait for every queued job; cancel what is still running after ``grace`` seconds."""
        try:
            async with asyncio.timeout(grace):
                await self.join()
        except TimeoutError:
            late = set(self._tasks)
            if not late:
                return
            logger.warning("telegram: %d update(s) cancelled at shutdown", len(late))
            for task in late:
                task.cancel()
            await asyncio.wait(late)
