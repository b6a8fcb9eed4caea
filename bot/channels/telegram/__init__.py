"""The Telegram channel (aiogram 3), one concept per module.

- :mod:`~bot.channels.telegram.channel`: updates in, engine turns, replies out (the handlers);
- :mod:`~bot.channels.telegram.queue`: per-chat order (no Telegram in it);
- :mod:`~bot.channels.telegram.markup`: the one keyboard layout;
- :mod:`~bot.channels.telegram.sender`: everything sent, paced and retried in one place;
- :mod:`~bot.channels.telegram.notifier`: the staff side's notices through that sender;
- :mod:`~bot.channels.telegram.commands`: the command menu per language;
- :mod:`~bot.channels.telegram.setup`: the bot, the webhook secret, the server hooks.
"""

from __future__ import annotations

from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.keys import chat_digest, user_key
from bot.channels.telegram.markup import keyboard
from bot.channels.telegram.notifier import TelegramNotifier
from bot.channels.telegram.queue import ChatQueue
from bot.channels.telegram.sender import Sender
from bot.channels.telegram.setup import (
    TELEGRAM_KEY,
    WEBHOOK_PATH,
    make_bot,
    setup_telegram,
    webhook_secret,
)

__all__ = [
    "TELEGRAM_KEY",
    "WEBHOOK_PATH",
    "ChatQueue",
    "Sender",
    "TelegramChannel",
    "TelegramNotifier",
    "chat_digest",
    "keyboard",
    "make_bot",
    "setup_telegram",
    "user_key",
    "webhook_secret",
]
