"""The Telegram bot's username, asked from the Bot API (getMe), so it is never configured twice."""

from __future__ import annotations

import asyncio

from bot.kernel.config import Settings
from bot.kernel.errors import BotError, ConfigError

#: Seconds to wait for Telegram's answer.
TIMEOUT = 10.0


class BotNameError(BotError):
    """Telegram did not tell the bot's name (no token, a refused token, no connection)."""


async def fetch_bot_username(settings: Settings) -> str:
    """Ask the Bot API (``TELEGRAM_API_BASE`` if set) who the bot is; return its username.

    :raises BotNameError: without a token, for a token Telegram refuses, or when Telegram cannot
        be reached in :data:`TIMEOUT` seconds. The message never shows the token.
    """
    from aiogram.exceptions import (
        TelegramAPIError,
        TelegramNetworkError,
        TelegramUnauthorizedError,
    )

    from bot.channels.telegram import make_bot  # loads aiogram only when asked

    if not settings.telegram_token:
        msg = "no TELEGRAM_TOKEN: the bot's username is read from Telegram with it"
        raise BotNameError(msg)
    try:
        bot = make_bot(settings)
    except ConfigError as exc:
        raise BotNameError(str(exc)) from None
    try:
        async with asyncio.timeout(TIMEOUT):
            me = await bot.get_me()
    except TelegramUnauthorizedError:
        msg = "Telegram refuses TELEGRAM_TOKEN (Unauthorized): copy it again from @BotFather"
        raise BotNameError(msg) from None
    except (TelegramNetworkError, TimeoutError, OSError) as exc:
        msg = f"cannot reach Telegram ({type(exc).__name__}); check the network or proxy"
        raise BotNameError(msg) from None
    except TelegramAPIError as exc:
        msg = f"Telegram answered getMe with an error: {exc.message}"
        raise BotNameError(msg) from None
    finally:
        await bot.session.close()
    if not me.username:
        msg = "Telegram's getMe has no username for this bot"
        raise BotNameError(msg)
    return me.username


def bot_username(settings: Settings) -> str:
    """:func:`fetch_bot_username` for synchronous callers (the command line).

    :raises BotNameError: as :func:`fetch_bot_username`.
    """
    return asyncio.run(fetch_bot_username(settings))
