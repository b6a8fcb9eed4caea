"""How a Telegram chat is named inside igubot: its conversation key and its tag in logs."""

from __future__ import annotations

import re

from bot.engine.batch import key_digest

__all__ = ["chat_digest", "chat_of", "user_key"]

_USER_KEY = re.compile(r"^tg:(-?[1-9][0-9]{0,17})$")


def user_key(chat_id: int) -> str:
    """The engine's conversation key of a Telegram chat."""
    return f"tg:{chat_id}"


def chat_of(key: str | None) -> int | None:
    """The chat id of a conversation key ``tg:<id>``, or ``None`` for any other key."""
    m = _USER_KEY.match(key or "")
    return int(m.group(1)) if m else None


def chat_digest(chat_id: int) -> str:
    """The tag of a Telegram chat in logs: the digest of its conversation key, never the id."""
    return key_digest(user_key(chat_id))
