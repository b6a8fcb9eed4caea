"""A person writing to the bot on Telegram, and the settings of a bot that talks to the fake
Bot API (``tests/support/fake_bot_api.py``)."""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from bot.channels.telegram import WEBHOOK_PATH, webhook_secret
from bot.channels.telegram.channel import SECRET_HEADER
from bot.engine.callbacks import parse_callback
from bot.kernel.config import Settings
from tests.support.fake_bot_api import TOKEN, Call, FakeBotAPI
from tests.support.tree import ROOT

Client = TestClient[web.Request, web.Application]

CHAT = 987_654_321  # a private chat (its id is the person's user id)
OTHER_CHAT = 876_543_219


_update_ids = itertools.count(1)


class Person:
    """Someone writing to the bot: builds updates and delivers them (polling or webhook)."""

    def __init__(
        self,
        fake: FakeBotAPI,
        chat_id: int = CHAT,
        lang: str | None = "en",
        *,
        chat_type: str = "private",
        deliver: Callable[[dict[str, Any]], Awaitable[object]] | None = None,
    ) -> None:
        self.fake = fake
        self.chat_id = chat_id
        self.lang = lang
        self.chat_type = chat_type
        self._deliver = deliver
        self._message_ids = itertools.count(1)

    def user(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": abs(self.chat_id), "is_bot": False, "first_name": "Amina"}
        if self.lang is not None:
            user["language_code"] = self.lang
        return user

    def _message(self, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": 1_790_000_000,
            "chat": {"id": self.chat_id, "type": self.chat_type},
            "from": self.user(),
            **content,
        }

    def message(
        self, text: str | None = None, *, kind: str = "message", **content: Any
    ) -> dict[str, Any]:
        """An update with a message (text, or other ``content`` such as a sticker)."""
        if text is not None:
            content["text"] = text
            if text.startswith("/"):
                length = len(text.split(" ", 1)[0])
                content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": next(_update_ids), kind: self._message(**content)}

    def callback(self, data: str, message_id: int) -> dict[str, Any]:
        """An update for pressing the button ``data`` on the bot's message ``message_id``."""
        update_id = next(_update_ids)
        return {
            "update_id": update_id,
            "callback_query": {
                "id": f"cbq-{update_id}",
                "from": self.user(),
                "chat_instance": "ci-1",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": 1_790_000_000,
                    "chat": {"id": self.chat_id, "type": self.chat_type},
                    "from": {"id": 123456, "is_bot": True, "first_name": "igubot test"},
                    "text": "a question",
                },
            },
        }

    async def send(self, update: dict[str, Any]) -> None:
        if self._deliver is None:
            self.fake.push_update(update)
        else:
            await self._deliver(update)

    def sent(self) -> list[Call]:
        """What the bot sent to this chat."""
        return self.fake.of("sendMessage", chat_id=self.chat_id)

    def button(self, value: str) -> tuple[Call, str]:
        """The newest message offering a button with ``value``, and that button's data."""
        for call in reversed(self.sent()):
            for row in call.params.get("reply_markup", {}).get("inline_keyboard", []):
                for button in row:
                    parsed = parse_callback(button["callback_data"])
                    if parsed is not None and parsed[1] == value:
                        return call, button["callback_data"]
        msg = f"no button {value!r} was offered to chat {self.chat_id}"
        raise AssertionError(msg)

    async def press(self, value: str) -> dict[str, Any]:
        call, data = self.button(value)
        update = self.callback(data, call.result["message_id"])
        await self.send(update)
        return update

    async def turn(self, update: dict[str, Any], replies: int) -> list[Call]:
        """Deliver ``update`` and wait for ``replies`` new messages; return them."""
        before = len(self.sent())
        await self.send(update)
        calls = await self.fake.wait_calls("sendMessage", before + replies, chat_id=self.chat_id)
        return calls[before:]


def telegram_settings(tmp_path: Path, api_base: str = "", base_url: str = "") -> Settings:
    """Settings over the tree's content with the fake's token, its address and ``base_url``."""
    return Settings.load(
        None,
        {},
        data_dir=tmp_path,
        content_dir=ROOT,
        telegram_token=TOKEN,
        telegram_api_base=api_base,
        base_url=base_url,
    )


def poster(
    client: Client, secret: str | None = None
) -> Callable[[dict[str, Any]], Awaitable[None]]:
    """Deliver updates the way Telegram does to our webhook (with the secret header)."""
    headers = {SECRET_HEADER: secret or webhook_secret(TOKEN)}

    async def deliver(update: dict[str, Any]) -> None:
        resp = await client.post(WEBHOOK_PATH, json=update, headers=headers)
        assert resp.status == 200, await resp.text()

    return deliver
