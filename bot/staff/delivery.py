"""The staff outbox worker: claim due rows, render, send over SMTP, retry with backoff.

Every row is recorded before it is sent and marked sent after the SMTP server accepted it. A
failure sets ``next_attempt`` after an exponential backoff (1 min, 2, 4 … capped at 6 h); a row
is never dropped. A claim moves ``next_attempt`` past a lease first, so two workers never send
one row at once. (If the process dies between the server's "250 OK" and marking the row sent,
that one message is sent again on restart: its ``Message-ID`` is stable so mail systems can
recognise the repeat.)
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from functools import partial
from typing import Any, TypeVar

from bot.staff.config import StaffConfig
from bot.staff.digest import CALLBACK_KIND, DIGEST_KIND, Digests, Email
from bot.staff.mailer import Mailer, MailError
from bot.store import OutboxItem, Store, iso_timestamp

logger = logging.getLogger(__name__)

T = TypeVar("T")
#: Runs a store call where the store may be used (the database thread, or inline).
DbCall = Callable[..., Awaitable[Any]]

EMAIL_KINDS = (DIGEST_KIND, CALLBACK_KIND)
BACKOFF_BASE = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=6)
LEASE = dt.timedelta(minutes=10)


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after the ``attempts``-th failed attempt: 1, 2, 4 … minutes, ≤ 6 h."""
    exponent = min(max(attempts, 1) - 1, 20)
    delay: dt.timedelta = BACKOFF_BASE * 2**exponent
    return min(delay, BACKOFF_MAX)


async def inline(fn: Callable[..., T], *args: Any) -> T:
    """A :data:`DbCall` for a store owned by the current thread (the CLI)."""
    return fn(*args)


@dataclass(frozen=True)
class Delivery:
    """What one delivery pass did."""

    sent: int = 0
    failed: int = 0
    skipped: int = 0


def build_message(email: Email, config: StaffConfig) -> EmailMessage:
    """A MIME message: plain text with an HTML alternative, and a stable ``Message-ID``."""
    domain = config.mail_from.rsplit("@", 1)[-1].strip(" >") or "localhost"
    message = EmailMessage()
    message["From"] = config.mail_from
    message["To"] = ", ".join(email.recipients)
    message["Subject"] = email.subject
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = f"<igubot-{email.message_id}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(email.text)
    message.add_alternative(email.html, subtype="html")
    return message


class OutboxWorker:
    """Deliver the staff e-mails in the outbox.

    :param store: the store.
    :param digests: composes the e-mails.
    :param mailer: the SMTP client, or ``None`` when no server is configured (rows wait).
    :param db: how to run store calls (``AsyncEngine.call`` in the server).
    """

    def __init__(
        self, store: Store, digests: Digests, mailer: Mailer | None, db: DbCall = inline
    ) -> None:
        self.store = store
        self.digests = digests
        self.mailer = mailer
        self.db = db

    async def deliver(self, now: dt.datetime) -> Delivery:
        """Send every due staff e-mail once; failures are rescheduled.

        :param now: the current time (aware); rows due at or before it are sent.
        """
        if self.mailer is None:
            waiting = await self.db(partial(self.store.outbox_items, EMAIL_KINDS, pending=True))
            if waiting:
                logger.warning(
                    "%d staff e-mail(s) wait: set IGUBOT_SMTP_URL to send them", len(waiting)
                )
            return Delivery()
        items: list[OutboxItem] = await self.db(
            self.store.claim_outbox, EMAIL_KINDS, iso_timestamp(now), iso_timestamp(now + LEASE)
        )
        sent = failed = skipped = 0
        for item in items:
            try:
                email: Email | None = await self.db(self.digests.compose, item)
                if email is not None:
                    await asyncio.to_thread(
                        self.mailer.send, build_message(email, self.digests.config)
                    )
            except MailError as exc:
                retry = now + backoff(item.attempts)
                await self.db(
                    self.store.mark_outbox_failed, item.id, iso_timestamp(retry), str(exc)
                )
                logger.warning(
                    "outbox %d (%s) attempt %d failed: %s; next attempt %s",
                    item.id,
                    item.kind,
                    item.attempts,
                    exc,
                    iso_timestamp(retry),
                )
                failed += 1
                continue
            await self.db(self.store.mark_outbox_sent, item.id, iso_timestamp(now))
            if email is None:
                logger.info("outbox %d (%s): nothing left to send", item.id, item.kind)
                skipped += 1
            else:
                logger.info("outbox %d (%s) sent", item.id, item.kind)
                sent += 1
        return Delivery(sent=sent, failed=failed, skipped=skipped)

    async def next_attempt(self) -> dt.datetime | None:
        """When the earliest waiting staff e-mail is due (``None``: nothing waits)."""
        if self.mailer is None:
            return None
        due: str | None = await self.db(self.store.next_outbox_attempt, EMAIL_KINDS)
        return None if due is None else dt.datetime.fromisoformat(due)
