"""Telegram as the staff side's notifier: a notice's text and buttons to one chat."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
)

from bot.channels.telegram.keys import chat_of
from bot.channels.telegram.markup import notice_keyboard
from bot.channels.telegram.sender import Sender
from bot.engine.types import Choice
from bot.kernel.errors import DeliveryError

__all__ = ["PERMANENT", "TelegramNotifier"]

#: Refusals that trying again will not change: the notice is marked failed for good.
PERMANENT = (TelegramForbiddenError, TelegramBadRequest, TelegramNotFound, TelegramMigrateToChat)


class TelegramNotifier:
    """Sends notices (follow-up questions, staff-chat notes) through the channel's sender.

    It shares the sender with the conversations, so together they stay under Telegram's limits.
    Implements :class:`bot.staff.notifier.Notifier`.
    """

    def __init__(self, sender: Sender) -> None:
        self.sender = sender

    async def notify(self, to: str, text: str, buttons: Sequence[Choice] = ()) -> None:
        """Send ``text`` with ``buttons`` to the chat ``to`` (``tg:<chat id>``).

        :raises DeliveryError: not a Telegram chat, or Telegram refused (``permanent`` when it
            will not change: blocked, no such chat) or could not be reached.
        """
        chat = chat_of(to)
        if chat is None:
            msg = "a notice for Telegram needs a tg: chat"
            raise DeliveryError(msg, permanent=True)
        try:
            await self.sender.send_text(chat, text, notice_keyboard(buttons))
        except TelegramAPIError as exc:
            error = f"{type(exc).__name__}: {exc.message}"
            raise DeliveryError(error, permanent=isinstance(exc, PERMANENT)) from exc
