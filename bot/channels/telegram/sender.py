"""Everything the bot sends to Telegram, paced and retried in one place.

Telegram's limits (Bot FAQ): about 30 messages a second overall and one message a second in one
chat; over that it answers ``429 Too Many Requests`` with ``retry_after``. :class:`Sender` keeps
under both, counting from when Telegram's answers came back (an answer comes after the request
arrived there, so network jitter cannot squeeze two requests closer than allowed):

* overall, at most ``overall_rate`` calls in flight or answered within the last second
  (:class:`SlidingWindow`; a token bucket would let a burst through on top of the rate);
* per chat, one message at a time, in order, each sent at least ``chat_interval`` after the
  previous one's answer.

It waits ``retry_after`` and retries (holding the chat's later messages back meanwhile), and
logs failures with a hashed chat id only: never the text, never the token. Conversations, staff
notifications and follow-ups all send through one :class:`Sender`, so together they stay under
the limits.
"""

from __future__ import annotations

import asyncio
import collections
import html
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from types import TracebackType
from typing import TypeVar

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    SendChatAction,
    SendMessage,
    TelegramMethod,
)
from aiogram.types import InlineKeyboardMarkup, Message

from bot.channels.telegram.keys import chat_digest
from bot.i18n.bidi import mark_direction, starts_rtl

__all__ = [
    "MAX_MESSAGE_UTF16",
    "Sender",
    "SlidingWindow",
    "split_text",
    "utf16_len",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: sendMessage ``text``: "1-4096 characters after entities parsing", counted in UTF-16 units.
MAX_MESSAGE_UTF16 = 4096
#: answerCallbackQuery ``text``: "0-200 characters".
MAX_CALLBACK_TEXT = 200
#: Overall messages per second (Bot FAQ: "not more than 30 messages per second or so").
OVERALL_RATE = 30
#: Seconds between two messages in one chat (Bot FAQ: "avoid sending more than one message per
#: second" in a chat).
CHAT_INTERVAL = 1.0
#: How often one call is retried after a 429.
MAX_RETRIES = 3
#: A ``retry_after`` longer than this is not waited for: the call fails (and is logged).
MAX_RETRY_WAIT = 60.0
#: Edits that fail only because there is nothing to change any more.
_HARMLESS_EDIT_ERRORS = (
    "message is not modified",
    "message to edit not found",
    "message can't be edited",
)
_PRUNE_AT = 1024  # chats remembered for pacing before idle ones are dropped


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's text limits."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_MESSAGE_UTF16) -> list[str]:
    """Cut ``text`` into parts of at most ``limit`` UTF-16 units.

    Cuts fall on a paragraph break if there is one in the part, else on a line break, else on a
    space, else anywhere (never inside a character). Whitespace at the cuts is dropped (Telegram
    trims it anyway); parts that would be empty are left out. Each part of a right-to-left text
    gets the direction marks a message of its own needs (:mod:`bot.i18n.bidi`).
    """
    parts: list[str] = []
    rest = text.strip()
    while utf16_len(rest) > limit:
        end = _fit(rest, limit)
        window = rest[:end]
        cut = -1
        for separator in ("\n\n", "\n", " "):
            cut = window.rfind(separator)
            if cut > 0:
                break
        if cut <= 0:
            cut = end
        head, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        if head:
            parts.append(head)
    if rest:
        parts.append(rest)
    if len(parts) > 1 and starts_rtl(text):
        # a cut inside a right-to-left paragraph starts a new message: it needs its own mark
        parts = [mark_direction(part, "rtl") for part in parts]
    return parts


def _fit(text: str, limit: int) -> int:
    """The largest number of characters of ``text`` that fits into ``limit`` UTF-16 units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


class SlidingWindow:
    """At most ``rate`` calls in any ``period``: a call counts from its start until ``period``
    after its answer came back. Waiting calls go in the order they came (one waits for room,
    the others queue behind it, so a crowd does not wake up at every change).

    Use as ``async with window:`` around the call.
    """

    def __init__(self, rate: float, period: float = 1.0) -> None:
        self.rate = max(1, int(rate))
        self.period = period
        self._in_flight = 0
        self._answered: collections.deque[float] = collections.deque()  # loop times
        self._gate = asyncio.Lock()
        self._changed = asyncio.Event()

    def _used(self, now: float) -> int:
        while self._answered and self._answered[0] <= now - self.period:
            self._answered.popleft()
        return self._in_flight + len(self._answered)

    async def __aenter__(self) -> None:
        loop = asyncio.get_running_loop()
        if not self._gate.locked() and self._used(loop.time()) < self.rate:
            self._in_flight += 1  # room, and nobody waiting before us: no lock needed
            return
        async with self._gate:
            while self._used(loop.time()) >= self.rate:
                timeout = self._answered[0] + self.period - loop.time() if self._answered else None
                self._changed.clear()
                with suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self._changed.wait()
            self._in_flight += 1

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._in_flight -= 1
        self._answered.append(asyncio.get_running_loop().time())
        self._changed.set()


@dataclass
class _Chat:
    """Pacing state of one chat: its messages go one at a time, in order."""

    turn: asyncio.Lock = field(default_factory=asyncio.Lock)
    ready_at: float = 0.0  # loop time from which its next message may be sent
    users: int = 0  # messages queued or being sent


class Sender:
    """Send to Telegram within its rate limits, honouring ``429 retry_after``.

    :param bot: the aiogram bot (HTML parse mode by default: :meth:`send_text` escapes).
    :param overall_rate: messages per second to all chats together.
    :param chat_interval: seconds between two messages to one chat.
    :param max_retries: retries of one call after ``429``.
    :param max_retry_wait: the longest ``retry_after`` waited for.
    """

    def __init__(
        self,
        bot: Bot,
        *,
        overall_rate: float = OVERALL_RATE,
        chat_interval: float = CHAT_INTERVAL,
        max_retries: int = MAX_RETRIES,
        max_retry_wait: float = MAX_RETRY_WAIT,
    ) -> None:
        self.bot = bot
        self.chat_interval = chat_interval
        self.max_retries = max_retries
        self.max_retry_wait = max_retry_wait
        self._overall = SlidingWindow(overall_rate, 1.0)
        self._chats: dict[int, _Chat] = {}

    # -- what the bot sends -----------------------------------------------------------------

    async def send_text(
        self, chat_id: int, text: str, buttons: InlineKeyboardMarkup | None = None
    ) -> list[Message]:
        """Send plain ``text`` (it is HTML-escaped here), split under Telegram's length limit.

        The buttons go on the last part. An empty text with buttons is sent as ``…``, because
        Telegram refuses empty messages.

        :param chat_id: the chat.
        :param text: plain text, no markup (escaped here: ``<``, ``>`` and ``&`` show as typed).
        :param buttons: an inline keyboard for the last part.
        :return: the messages sent, in order.
        :raises TelegramAPIError: when Telegram refuses a part (logged here, without the text);
            the parts after it are not sent.
        """
        parts = split_text(text) or (["…"] if buttons is not None else [])
        sent: list[Message] = []
        for number, part in enumerate(parts, start=1):
            method = SendMessage(
                chat_id=chat_id,
                text=html.escape(part, quote=False),
                reply_markup=buttons if number == len(parts) else None,
            )
            sent.append(await self.call(method, chat_id=chat_id, paced=True))
        return sent

    async def answer_callback(self, callback_id: str, text: str | None = None) -> bool:
        """Stop a pressed button's spinner, optionally with a short notice (never raises).

        :param callback_id: the callback query's id.
        :param text: a notice shown on top of the chat (cut to 200 characters).
        :return: whether Telegram accepted it (an expired query is only logged).
        """
        notice = text[:MAX_CALLBACK_TEXT] if text else None
        try:
            await self.call(AnswerCallbackQuery(callback_query_id=callback_id, text=notice))
        except TelegramAPIError:
            return False  # logged by call()
        return True

    async def remove_keyboard(self, chat_id: int, message_id: int) -> bool:
        """Remove the buttons of a message, so an old button cannot be pressed twice.

        "Message is not modified" (already removed), and messages that cannot be edited any
        more, count as done. Never raises.

        :return: whether the message has no buttons now (as far as we can tell).
        """
        method = EditMessageReplyMarkup(chat_id=chat_id, message_id=message_id)
        try:
            await self.call(method, chat_id=chat_id, quiet=_harmless_edit_error)
        except TelegramBadRequest as exc:
            return _harmless_edit_error(exc)
        except TelegramAPIError:
            return False
        return True

    async def typing(self, chat_id: int) -> None:
        """Show "typing…" in the chat (until the next message or about 5 s). Never raises."""
        with suppress(TelegramAPIError):  # logged by call(); a missing indicator is harmless
            await self.call(SendChatAction(chat_id=chat_id, action=ChatAction.TYPING))

    # -- the one way out ---------------------------------------------------------------------

    async def call(
        self,
        method: TelegramMethod[T],
        *,
        chat_id: int | None = None,
        paced: bool = False,
        quiet: Callable[[TelegramAPIError], bool] | None = None,
    ) -> T:
        """Make one Bot API call within the overall rate, retried after ``429``.

        :param method: the Bot API method.
        :param chat_id: the chat it goes to (for pacing and for logs).
        :param paced: a message: also keep the chat's one second between messages.
        :param quiet: errors for which this returns True are not logged (expected ones).
        :return: what Telegram returned.
        :raises TelegramAPIError: after logging it (hashed chat id, Telegram's description only).
        """
        if not paced or chat_id is None or self.chat_interval <= 0:
            return await self._attempts(method, chat_id, None, quiet)
        state = self._chats.get(chat_id)
        if state is None:
            self._prune()
            state = self._chats[chat_id] = _Chat()
        state.users += 1
        try:
            async with state.turn:
                return await self._attempts(method, chat_id, state, quiet)
        finally:
            state.users -= 1

    async def _attempts(
        self,
        method: TelegramMethod[T],
        chat_id: int | None,
        state: _Chat | None,
        quiet: Callable[[TelegramAPIError], bool] | None,
    ) -> T:
        """The call and its retries; with ``state``, paced in the chat (whose turn it is)."""
        name = type(method).__name__
        loop = asyncio.get_running_loop()
        for attempt in range(self.max_retries + 1):
            if state is not None and state.ready_at > loop.time():
                await asyncio.sleep(state.ready_at - loop.time())
            try:
                async with self._overall:
                    try:
                        return await self.bot(method)
                    finally:
                        if state is not None:  # from the answer, success or not
                            state.ready_at = loop.time() + self.chat_interval
            except TelegramRetryAfter as exc:
                wait = float(exc.retry_after)
                if attempt == self.max_retries or wait > self.max_retry_wait:
                    logger.error(
                        "telegram %s to chat %s: still rate limited (retry_after=%s s, "
                        "attempt %d); giving up",
                        name,
                        _chat_tag(chat_id),
                        exc.retry_after,
                        attempt + 1,
                    )
                    raise
                # str(exc) would show the chat id: log only the numbers.
                logger.warning(
                    "telegram %s to chat %s: rate limited, retrying in %s s",
                    name,
                    _chat_tag(chat_id),
                    wait,
                )
                if state is not None:  # the chat's later messages wait behind this one
                    state.ready_at = max(state.ready_at, loop.time() + wait)
                else:
                    await asyncio.sleep(wait)
            except TelegramAPIError as exc:
                if quiet is None or not quiet(exc):
                    logger.warning(
                        "telegram %s to chat %s failed: %s: %s",
                        name,
                        _chat_tag(chat_id),
                        type(exc).__name__,
                        exc.message[:200],  # Telegram's description; never the message text
                    )
                raise
        msg = "unreachable: the retry loop returns or raises"  # pragma: no cover
        raise AssertionError(msg)  # pragma: no cover

    # -- pacing ------------------------------------------------------------------------------

    def _prune(self) -> None:
        """Forget idle chats (nothing queued, next message allowed already) past a size."""
        if len(self._chats) < _PRUNE_AT:
            return
        now = asyncio.get_running_loop().time()
        self._chats = {c: s for c, s in self._chats.items() if s.users > 0 or s.ready_at > now}


def _chat_tag(chat_id: int | None) -> str:
    """The chat as logs show it (a hash; computed only when something is logged)."""
    return chat_digest(chat_id) if chat_id is not None else "-"


def _harmless_edit_error(exc: TelegramAPIError) -> bool:
    return isinstance(exc, TelegramBadRequest) and any(
        phrase in exc.message.lower() for phrase in _HARMLESS_EDIT_ERRORS
    )
