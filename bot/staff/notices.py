"""Notices to chats: follow-up questions to learners, digest notes to staff chats.

The staff side queues two kinds of outbox rows for a chat app (docs/staff.md, "Outbox rows"):

- ``followup``: some days after a lead whose person agreed to it, ask "has the municipality
  contacted you?" in the lead's language, with two buttons (:mod:`bot.staff.followup`);
- ``staff_telegram``: a digest note (counts and a link, no personal data) for a
  municipality's staff chat.

:class:`NoticeWorker` delivers them through a :class:`~bot.staff.notifier.Notifier` — the small
port a chat app implements: "send this text with these buttons to this chat" — beside the e-mail
worker (:mod:`bot.staff.delivery`) and with the same claim, lease and backoff: a row is claimed
with a lease (never sent twice at once), marked sent after the chat app took it, retried after 1,
2, 4 … minutes (at most 6 hours apart) on a temporary failure, and marked failed for good when
the refusal will not change (:attr:`DeliveryError.permanent`). The one gap: if the process dies
after the chat app took a message and before the row is marked, it is sent again after the lease.

Privacy: logs carry outbox row ids, never the text or a chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import traceback
from collections.abc import Callable

from bot.i18n import Catalog
from bot.kernel.errors import DeliveryError
from bot.staff.delivery import LEASE, DbCall, Delivery, backoff
from bot.staff.digest import TELEGRAM_KIND
from bot.staff.followup import FOLLOWUP_KIND, followup_notice
from bot.staff.notifier import Notice, Notifier
from bot.store import OutboxItem, Store, iso_timestamp

__all__ = ["KINDS", "NEVER", "POLL_INTERVAL", "Notice", "NoticeWorker", "Notifier"]

logger = logging.getLogger(__name__)

#: The outbox kinds delivered here (the e-mail worker leaves them alone).
KINDS = (FOLLOWUP_KIND, TELEGRAM_KIND)
#: Seconds between two looks at the outbox.
POLL_INTERVAL = 5.0
#: ``next_attempt`` of a row that is not tried again (it stays unsent, with its error).
NEVER = "9999-12-31T00:00:00+00:00"
#: The conversation-key prefix of a Telegram chat (a staff chat's notes go there).
TELEGRAM_PREFIX = "tg:"


class NoticeWorker:
    """Deliver the chat-app rows of the outbox while the server runs.

    :param store: the store (used through ``db``).
    :param db: runs store calls where the store may be used (the engine's worker thread).
    :param catalog: the current catalog (hot reload swaps it).
    :param notifier: the chat app.
    :param clock: the current time, aware.
    """

    def __init__(
        self,
        store: Store,
        db: DbCall,
        catalog: Callable[[], Catalog],
        notifier: Notifier,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self.store = store
        self.db = db
        self.catalog = catalog
        self.notifier = notifier
        self.clock = clock
        self._task: asyncio.Task[None] | None = None

    async def deliver(self, now: dt.datetime | None = None) -> Delivery:
        """Send every due row once; reschedule failures.

        :param now: the current time (aware); default: the clock.
        :return: how many rows were sent, failed, or had nothing left to send.
        """
        now = now or self.clock()
        stamp = iso_timestamp(now)
        items: list[OutboxItem] = await self.db(
            self.store.claim_outbox, KINDS, stamp, iso_timestamp(now + LEASE)
        )
        sent = failed = skipped = 0
        for item in items:
            try:
                delivered = await self._send(item)
            except DeliveryError as exc:
                failed += 1
                retry = NEVER if exc.permanent else iso_timestamp(now + backoff(item.attempts))
                await self.db(self.store.mark_outbox_failed, item.id, retry, str(exc))
                logger.warning(
                    "notice %d (%s) attempt %d failed: %s; %s",
                    item.id,
                    item.kind,
                    item.attempts,
                    str(exc)[:200],
                    "not tried again" if exc.permanent else f"next attempt {retry}",
                )
                continue
            except Exception as exc:  # noqa: BLE001 - one bad row must not hold up the others
                failed += 1
                retry = iso_timestamp(now + backoff(item.attempts))
                # The type and the stack, not the message: it might quote a payload.
                stack = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
                await self.db(self.store.mark_outbox_failed, item.id, retry, type(exc).__name__)
                logger.error(
                    "notice %d (%s) attempt %d failed: %s; next attempt %s\n%s",
                    item.id,
                    item.kind,
                    item.attempts,
                    type(exc).__name__,
                    retry,
                    stack,
                )
                continue
            await self.db(self.store.mark_outbox_sent, item.id, stamp)
            if delivered:
                sent += 1
                logger.info("notice %d (%s) sent", item.id, item.kind)
            else:
                skipped += 1
                logger.info("notice %d (%s): nothing left to send", item.id, item.kind)
        return Delivery(sent=sent, failed=failed, skipped=skipped)

    async def _send(self, item: OutboxItem) -> bool:
        """Send one row; ``False`` when there is nothing (left) to send.

        :raises DeliveryError: the row cannot be sent, or the chat app did not take it.
        """
        notice = await self.db(self._notice, item)
        if notice is None:
            return False
        await self.notifier.notify(notice.to, notice.text, notice.buttons)
        return True

    def _notice(self, item: OutboxItem) -> Notice | None:
        """The notice of a row (on the database thread); ``None``: nothing left to send."""
        if item.kind == FOLLOWUP_KIND:
            return followup_notice(self.store, self.catalog(), item)
        if item.kind == TELEGRAM_KIND:
            chat = item.payload.get("chat_id")
            note = item.payload.get("text")
            if not isinstance(chat, int) or isinstance(chat, bool) or not isinstance(note, str):
                msg = "a staff_telegram row needs an integer chat_id and a text"
                raise DeliveryError(msg, permanent=True)
            return Notice(f"{TELEGRAM_PREFIX}{chat}", note) if note.strip() else None
        msg = f"kind {item.kind!r} is not delivered to chats"
        raise DeliveryError(msg, permanent=True)

    # -- the loop ---------------------------------------------------------------------------

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The running loop, if started."""
        return self._task

    async def run(self, interval: float = POLL_INTERVAL) -> None:
        """Deliver, wait ``interval`` seconds, again, until cancelled (errors are logged)."""
        while True:
            try:
                await self.deliver()
            except Exception as exc:  # noqa: BLE001 - the loop must go on
                # The stack without the exception's message (it might quote a payload).
                stack = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
                logger.error("notices: a pass failed: %s\n%s", type(exc).__name__, stack)
            await asyncio.sleep(interval)

    def start(self, interval: float = POLL_INTERVAL) -> None:
        """Start the loop on the running event loop (once)."""
        if self._task is None:
            self._task = asyncio.create_task(self.run(interval))

    async def stop(self) -> None:
        """Cancel the loop and wait for it."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
