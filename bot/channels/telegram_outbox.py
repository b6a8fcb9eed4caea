"""The Telegram side of the outbox: follow-up check-ins to people, digest notes to staff chats.

The staff side queues two kinds of rows for Telegram (docs/staff.md, "Outbox rows"):

- ``followup``: some days after a Telegram lead whose person agreed to it, ask "has the
  municipality contacted you?" in the lead's language, with two buttons whose data is
  ``f1:<lead id>:yes|no`` (distinct from the engine's ``1:<step tag>:<value>``);
- ``staff_telegram``: a digest note (counts and a link, no personal data) for a municipality's
  staff chat.

:class:`TelegramOutbox` polls for them every few seconds while the server runs (a cancellable
loop started and stopped with the web application); :func:`deliver_once` is one pass, which
tests call directly. Rows are claimed with a lease (``Store.claim_outbox``), so a row is never
sent twice at once, and marked sent after Telegram accepted the message. A temporary failure
(network, Telegram's server, a rate limit beyond the sender's retries) is retried after 1, 2,
4 … minutes, at most 6 hours apart; a refusal that will not change (the person blocked the
bot, the chat does not exist) is marked failed and not tried again. The one gap: if the process
dies after Telegram accepted a message and before the row is marked, it is sent again after
the lease.

A press of a follow-up button (:func:`answer_followup`) is recorded with
``Store.record_followup_answer`` on the engine's worker thread, only for a lead of the chat the
press came from; "no" raises the lead in the next digest.

Privacy: logs carry outbox row ids, lead ids and hashed chat ids, never the text or a chat id.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
import traceback
from dataclasses import dataclass

from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
)
from aiogram.types import (
    CallbackQuery,
    InaccessibleMessage,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from aiohttp import web

from bot.app import App
from bot.channels.sender import Sender, chat_digest
from bot.i18n import LANGUAGES, SOURCE_LOCALE, Catalog
from bot.staff.delivery import LEASE, Delivery, backoff
from bot.staff.digest import TELEGRAM_KIND
from bot.staff.followup import ANSWERS, FOLLOWUP_KIND, QUESTION_ID, consented
from bot.store import OutboxItem, StaffLead, Store, iso_timestamp

__all__ = [
    "FOLLOWUP_PREFIX",
    "KINDS",
    "POLL_INTERVAL",
    "TelegramOutbox",
    "answer_followup",
    "deliver_once",
    "followup_data",
    "is_followup_data",
    "parse_followup_data",
]

logger = logging.getLogger(__name__)

#: The outbox kinds delivered here (the staff worker leaves them alone).
KINDS = (FOLLOWUP_KIND, TELEGRAM_KIND)
#: Seconds between two looks at the outbox.
POLL_INTERVAL = 5.0
#: Callback data of a follow-up button: ``f1:<lead id>:<answer>`` (version 1 of this format).
FOLLOWUP_PREFIX = "f1:"
_FOLLOWUP_DATA = re.compile(r"^f1:([1-9][0-9]{0,17}):(yes|no)$")
_USER_KEY = re.compile(r"^tg:(-?[1-9][0-9]{0,17})$")
#: The thank-you message per answer.
THANKS = {"yes": "followup-thanks-yes", "no": "followup-thanks-no"}
#: A lead still waiting for the municipality (the statuses ``due_followups`` asks about).
WAITING = frozenset({"new", "no_answer"})
#: Refusals that trying again will not change: marked failed, never tried again.
PERMANENT = (TelegramForbiddenError, TelegramBadRequest, TelegramNotFound, TelegramMigrateToChat)
#: ``next_attempt`` of a row that is not tried again (it stays unsent, with its error).
NEVER = "9999-12-31T00:00:00+00:00"
#: Buttons share a row when both labels are at most this long (as in the conversation).
SHORT_LABEL = 14


def followup_data(lead_id: int, answer: str) -> str:
    """The callback data of a follow-up button, e.g. ``f1:42:no`` (at most 25 bytes)."""
    return f"{FOLLOWUP_PREFIX}{lead_id}:{answer}"


def is_followup_data(data: str | None) -> bool:
    """Whether button data belongs to a follow-up question (readable or not)."""
    return (data or "").startswith(FOLLOWUP_PREFIX)


def parse_followup_data(data: str | None) -> tuple[int, str] | None:
    """``(lead id, "yes" | "no")`` of follow-up button data, or ``None`` if it is not one."""
    m = _FOLLOWUP_DATA.match(data or "")
    return (int(m.group(1)), m.group(2)) if m else None


def _chat_of(user_key: str | None) -> int | None:
    m = _USER_KEY.match(user_key or "")
    return int(m.group(1)) if m else None


def _lang(lang: object) -> str:
    return lang if isinstance(lang, str) and lang in LANGUAGES else SOURCE_LOCALE


def _keyboard(catalog: Catalog, lang: str, lead_id: int) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            text=catalog.format(lang, label), callback_data=followup_data(lead_id, answer)
        )
        for answer, label in ANSWERS.items()
    ]
    if all(len(b.text) <= SHORT_LABEL for b in buttons):
        return InlineKeyboardMarkup(inline_keyboard=[buttons])
    return InlineKeyboardMarkup(inline_keyboard=[[b] for b in buttons])


class _BadRowError(Exception):
    """A row that cannot be sent as it is (a payload the staff side did not write)."""


# -- delivery ----------------------------------------------------------------------------------


def _waiting_lead(store: Store, item: OutboxItem) -> StaffLead | None:
    """The lead a follow-up row asks about, if it still exists, agreed, and waits for a call."""
    if item.lead_id is None:
        return None
    leads = store.staff_leads_by_ids([item.lead_id])
    if not leads:
        return None  # forgotten meanwhile
    lead = leads[0]
    if lead.lead.user_key != item.user_key or not consented(lead.lead):
        return None
    return lead if lead.lead.status in WAITING else None


async def _send(app: App, sender: Sender, item: OutboxItem) -> bool:
    """Send one row; ``False`` when there is nothing (left) to send.

    :raises TelegramAPIError: Telegram refused or could not be reached.
    :raises _BadRowError: the row cannot be sent.
    """
    catalog = app.engine.content.catalog
    if item.kind == FOLLOWUP_KIND:
        chat_id = _chat_of(item.user_key)
        if chat_id is None or item.lead_id is None:
            msg = "a follow-up row needs a tg: user key and a lead"
            raise _BadRowError(msg)
        lead = await app.runner.call(_waiting_lead, app.store, item)
        if lead is None:
            return False
        lang = _lang(item.payload.get("lang") or lead.lead.lang)
        text = catalog.format(lang, QUESTION_ID)
        await sender.send_text(chat_id, text, _keyboard(catalog, lang, lead.id))
        return True
    if item.kind == TELEGRAM_KIND:
        chat = item.payload.get("chat_id")
        note = item.payload.get("text")
        if not isinstance(chat, int) or isinstance(chat, bool) or not isinstance(note, str):
            msg = "a staff_telegram row needs an integer chat_id and a text"
            raise _BadRowError(msg)
        if not note.strip():
            return False
        await sender.send_text(chat, note)
        return True
    msg = f"kind {item.kind!r} is not delivered by Telegram"
    raise _BadRowError(msg)


async def deliver_once(app: App, sender: Sender, now: dt.datetime | None = None) -> Delivery:
    """Send every due ``followup`` and ``staff_telegram`` row once; reschedule failures.

    :param app: the bot (its store is used on the engine's worker thread).
    :param sender: all messages go through it (rate limits, 429 retries).
    :param now: the current time (aware); default: the engine's clock.
    :return: how many rows were sent, failed, or had nothing left to send.
    """
    now = now or app.engine.clock()
    store, call = app.store, app.runner.call
    stamp = iso_timestamp(now)
    items: list[OutboxItem] = await call(
        store.claim_outbox, KINDS, stamp, iso_timestamp(now + LEASE)
    )
    sent = failed = skipped = 0
    for item in items:
        try:
            delivered = await _send(app, sender, item)
        except (TelegramAPIError, _BadRowError) as exc:
            failed += 1
            final = isinstance(exc, (*PERMANENT, _BadRowError))
            retry = NEVER if final else iso_timestamp(now + backoff(item.attempts))
            reason = exc.message if isinstance(exc, TelegramAPIError) else str(exc)
            error = f"{type(exc).__name__}: {reason}"
            await call(store.mark_outbox_failed, item.id, retry, error)
            logger.warning(
                "telegram outbox %d (%s) attempt %d failed: %s; %s",
                item.id,
                item.kind,
                item.attempts,
                error[:200],
                "not tried again" if final else f"next attempt {retry}",
            )
            continue
        except Exception as exc:  # noqa: BLE001 - one bad row must not hold up the others
            failed += 1
            retry = iso_timestamp(now + backoff(item.attempts))
            # The type and the stack, not the message: it might quote a payload.
            stack = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
            await call(store.mark_outbox_failed, item.id, retry, type(exc).__name__)
            logger.error(
                "telegram outbox %d (%s) attempt %d failed: %s; next attempt %s\n%s",
                item.id,
                item.kind,
                item.attempts,
                type(exc).__name__,
                retry,
                stack,
            )
            continue
        await call(store.mark_outbox_sent, item.id, stamp)
        if delivered:
            sent += 1
            logger.info("telegram outbox %d (%s) sent", item.id, item.kind)
        else:
            skipped += 1
            logger.info("telegram outbox %d (%s): nothing left to send", item.id, item.kind)
    return Delivery(sent=sent, failed=failed, skipped=skipped)


# -- a press of a follow-up button ---------------------------------------------------------------


@dataclass(frozen=True)
class _Recorded:
    lang: str | None  # the lead's language; None when the press was not recorded


def _record(
    store: Store, update_id: int, chat_id: int, lead_id: int, answer: str, now: str
) -> _Recorded:
    """Record a follow-up answer once per update, for a lead of this chat that was asked."""
    with store.transaction():
        if not store.mark_update_seen(update_id, now):
            return _Recorded(None)
        leads = store.staff_leads_by_ids([lead_id])
        if not leads:
            return _Recorded(None)
        lead = leads[0]
        if lead.lead.user_key != f"tg:{chat_id}" or lead.followup_at is None:
            return _Recorded(None)
        if not store.record_followup_answer(lead_id, answer, now):
            return _Recorded(None)
        return _Recorded(lead.lead.lang)


async def answer_followup(
    app: App, sender: Sender, callback: CallbackQuery, chat_id: int, update_id: int
) -> None:
    """Handle a press of a follow-up button in the private chat ``chat_id``.

    The press is always answered (the spinner stops). The answer is recorded only for a lead of
    this chat that was asked; then the buttons are removed and the person is thanked in the
    lead's language. Anything else (another chat's lead, a forgotten lead, a repeated update,
    unreadable data) changes nothing.
    """
    await sender.answer_callback(callback.id)
    parsed = parse_followup_data(callback.data)
    if parsed is None:
        logger.info("telegram: unreadable follow-up button from chat %s", chat_digest(chat_id))
        return
    lead_id, answer = parsed
    now = iso_timestamp(app.engine.clock())
    recorded = await app.runner.call(_record, app.store, update_id, chat_id, lead_id, answer, now)
    if recorded.lang is None:
        logger.info(
            "telegram: follow-up press for lead %d from chat %s ignored",
            lead_id,
            chat_digest(chat_id),
        )
        return
    logger.info("telegram: follow-up answer %r recorded for lead %d", answer, lead_id)
    message = callback.message
    if message is not None and not isinstance(message, InaccessibleMessage):
        await sender.remove_keyboard(chat_id, message.message_id)
    lang = _lang(recorded.lang)
    with contextlib.suppress(TelegramAPIError):  # logged by the sender
        await sender.send_text(chat_id, app.engine.content.catalog.format(lang, THANKS[answer]))


# -- the loop ------------------------------------------------------------------------------------


class TelegramOutbox:
    """Deliver the Telegram outbox rows while the server runs.

    :param app: the bot.
    :param sender: the channel's sender (shared, so everything stays under Telegram's limits).
    :param interval: seconds between passes.
    """

    def __init__(self, app: App, sender: Sender, *, interval: float = POLL_INTERVAL) -> None:
        self.app = app
        self.sender = sender
        self.interval = interval
        self._task: asyncio.Task[None] | None = None

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The running loop, if started."""
        return self._task

    async def run(self) -> None:
        """Deliver, wait ``interval`` seconds, again, until cancelled (errors are logged)."""
        while True:
            try:
                await deliver_once(self.app, self.sender)
            except Exception as exc:  # noqa: BLE001 - the loop must go on
                # The stack without the exception's message (it might quote a payload).
                stack = "".join(traceback.format_tb(exc.__traceback__)).rstrip()
                logger.error("telegram outbox: a pass failed: %s\n%s", type(exc).__name__, stack)
            await asyncio.sleep(self.interval)

    async def startup(self, _web_app: web.Application) -> None:
        """aiohttp ``on_startup``: start the loop."""
        if self._task is None:
            self._task = asyncio.create_task(self.run())

    async def cleanup(self, _web_app: web.Application) -> None:
        """aiohttp ``on_cleanup``: cancel the loop and wait for it."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
