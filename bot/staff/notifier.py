"""The port through which the staff side reaches people in a chat app: a notice and a notifier."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.engine.types import Choice

__all__ = ["Notice", "Notifier"]


@dataclass(frozen=True)
class Notice:
    """What to send to one chat: the text, and buttons whose values come back when pressed.

    :param to: the chat as a conversation key (``tg:<chat id>``).
    """

    to: str
    text: str
    buttons: tuple[Choice, ...] = ()


class Notifier(Protocol):
    """A chat app's way to send one notice (Telegram's: ``TelegramNotifier``)."""

    async def notify(self, to: str, text: str, buttons: Sequence[Choice] = ()) -> None:
        """Send ``text`` with ``buttons`` to the chat ``to``.

        :raises bot.kernel.errors.DeliveryError: the chat app did not take it (``permanent`` when
            trying again will not help).
        """
