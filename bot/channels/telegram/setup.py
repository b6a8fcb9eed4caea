"""Setting the Telegram bot up inside ``igubot serve``: the bot, the webhook secret, the hooks.

It runs inside the aiohttp application (:func:`setup_telegram`): long polling by default, or a
webhook at :data:`WEBHOOK_PATH` when ``IGUBOT_BASE_URL`` is an https URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.utils.token import TokenValidationError
from aiohttp import web

from bot.channels.ports import Conversations, NoticeAnswers
from bot.channels.telegram.channel import POLLING_TIMEOUT, TelegramChannel
from bot.channels.telegram.sender import CHAT_INTERVAL, Sender
from bot.kernel.config import Settings
from bot.kernel.errors import ConfigError

__all__ = ["TELEGRAM_KEY", "WEBHOOK_PATH", "make_bot", "setup_telegram", "webhook_secret"]

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
_SECRET_LABEL = b"igubot telegram webhook secret v1"


def webhook_secret(token: str) -> str:
    """The webhook's ``secret_token``, derived from the bot token so every restart agrees.

    HMAC-SHA256 keyed with the token, base64url without padding: 43 characters of
    ``A-Za-z0-9_-`` (Telegram allows 1-256 of those).
    """
    digest = hmac.new(token.encode(), _SECRET_LABEL, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def make_bot(settings: Settings) -> Bot:
    """The aiogram bot for ``settings`` (HTML parse mode; ``TELEGRAM_API_BASE`` if set).

    :raises ConfigError: the token does not look like a bot token.
    """
    session = None
    if settings.telegram_api_base:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
    try:
        return Bot(
            settings.telegram_token.reveal(),
            session=session,
            default=DefaultBotProperties(parse_mode=ParseMode.HTML),
        )
    except TokenValidationError:
        msg = "TELEGRAM_TOKEN is not a bot token (it looks like 123456:ABC-DEF…; ask @BotFather)"
        raise ConfigError(msg) from None  # the original error might show the token


TELEGRAM_KEY = web.AppKey("telegram", TelegramChannel)


def setup_telegram(
    web_app: web.Application,
    conversations: Conversations,
    settings: Settings,
    *,
    notices: NoticeAnswers | None = None,
    chat_interval: float = CHAT_INTERVAL,
    polling_timeout: int = POLLING_TIMEOUT,
) -> TelegramChannel:
    """Run the Telegram bot inside ``web_app``: webhook route or long polling, command menu.

    Registers ``POST /telegram/webhook`` (when ``IGUBOT_BASE_URL`` is https) and startup and
    cleanup hooks; the channel is also available as ``web_app[TELEGRAM_KEY]``.

    :param web_app: the aiohttp application of ``igubot serve``.
    :param conversations: the learners' conversations (the engine's runner).
    :param settings: ``telegram_token`` must be set.
    :param notices: answers to buttons of staff notices (follow-ups).
    :param chat_interval: seconds between two messages to one chat (tests use less).
    :param polling_timeout: seconds one long poll waits for updates.
    :raises ConfigError: the token is missing or malformed.
    """
    if not settings.telegram_token:
        msg = "TELEGRAM_TOKEN is not set"
        raise ConfigError(msg)
    bot = make_bot(settings)
    base = settings.base_url
    webhook_url = f"{base}{WEBHOOK_PATH}" if base.startswith("https://") else None
    if base and webhook_url is None:
        logger.warning(
            "telegram: IGUBOT_BASE_URL is not https, and Telegram sends webhooks only to "
            "https: using long polling"
        )
    channel = TelegramChannel(
        conversations,
        bot,
        Sender(bot, chat_interval=chat_interval),
        secret=webhook_secret(settings.telegram_token.reveal()),
        webhook_url=webhook_url,
        notices=notices,
        polling_timeout=polling_timeout,
    )
    web_app[TELEGRAM_KEY] = channel
    if webhook_url is not None:
        web_app.router.add_post(WEBHOOK_PATH, channel.webhook)
    web_app.on_startup.append(channel.startup)
    web_app.on_cleanup.append(channel.cleanup)
    return channel
