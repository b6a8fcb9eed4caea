"""An aiogram session that records Bot API calls instead of making HTTP requests (P1).

Methods that return a message get a :class:`~aiogram.types.Message` built (and validated) the way
aiogram builds one from Telegram's JSON; everything else gets ``True``. It also remembers, per
chat, which message carries which inline keyboard, so a driver can "press" a button the bot
really offered.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    EditMessageReplyMarkup,
    EditMessageText,
    SendMessage,
    TelegramMethod,
)
from aiogram.types import Chat, InlineKeyboardMarkup, Message, User

BOT_USER = User(id=123456, is_bot=True, first_name="bench bot", username="bench_bot")
_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


class RecordingSession(BaseSession):
    """Answers every Bot API call locally and keeps count of what was called."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}
        self._ids = itertools.count(10_000)
        #: chat id -> {message id: keyboard} for messages that carry one, newest last.
        self.keyboards: dict[int, dict[int, InlineKeyboardMarkup]] = {}

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[Any],
        timeout: int | None = None,  # noqa: ASYNC109 - BaseSession's signature
    ) -> Any:
        name = type(method).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        if isinstance(method, SendMessage):
            message_id = next(self._ids)
            self._keep(method.chat_id, message_id, method.reply_markup)
            return self._message(
                method.chat_id, message_id, method.text or "", method.reply_markup
            )
        if isinstance(method, EditMessageText):
            assert method.chat_id is not None
            assert method.message_id is not None
            self._keep(method.chat_id, method.message_id, method.reply_markup)
            return self._message(
                method.chat_id, method.message_id, method.text or "", method.reply_markup
            )
        if isinstance(method, EditMessageReplyMarkup):
            assert method.chat_id is not None
            assert method.message_id is not None
            self._keep(method.chat_id, method.message_id, method.reply_markup)
            return True
        return True

    def _keep(self, chat_id: Any, message_id: int, markup: Any) -> None:
        kept = self.keyboards.setdefault(int(chat_id), {})
        kept.pop(message_id, None)
        if isinstance(markup, InlineKeyboardMarkup):
            kept[message_id] = markup

    @staticmethod
    def _message(chat_id: Any, message_id: int, text: str, markup: Any) -> Message:
        return Message.model_validate(
            {
                "message_id": message_id,
                "date": _NOW,
                "chat": Chat(id=int(chat_id), type="private"),
                "from": BOT_USER,
                "text": text,
                "reply_markup": markup if isinstance(markup, InlineKeyboardMarkup) else None,
            }
        )

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - BaseSession's signature
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""

    async def close(self) -> None:
        return None

    def find_button(self, chat_id: int, match: Any) -> tuple[int, str] | None:
        """(message id, callback data) of the newest button in the chat for which
        ``match(data, text)`` holds."""
        for message_id, markup in reversed(self.keyboards.get(chat_id, {}).items()):
            for row in markup.inline_keyboard:
                for button in row:
                    data = button.callback_data or ""
                    if match(data, button.text):
                        return message_id, data
        return None
