"""The command menu of Telegram (the "/" button) in every language Telegram has a code for."""

from __future__ import annotations

import logging
import re

from aiogram.exceptions import TelegramAPIError
from aiogram.methods import SetMyCommands
from aiogram.types import BotCommand

from bot.channels.telegram.sender import Sender
from bot.i18n import LANGUAGES, SOURCE_LOCALE, Catalog

__all__ = ["COMMANDS", "set_commands"]

logger = logging.getLogger(__name__)

#: The command menu, in this order; descriptions are the Fluent ids ``telegram-command-<name>``.
COMMANDS = ("start", "menu", "back", "language", "help", "human", "forget")
MAX_COMMAND_DESCRIPTION = 256
#: Telegram's language_code for the command menu is a two-letter ISO 639-1 code: locales such as
#: prs, kmr and ckb get none (their speakers see the default list, which is English).
_TELEGRAM_LANGUAGE = re.compile(r"^[a-z]{2}$")


async def set_commands(sender: Sender, catalog: Catalog) -> None:
    """The command menu in every locale Telegram has a code for, and English as default."""
    targets: list[tuple[str | None, str]] = [(None, SOURCE_LOCALE)]
    targets += [(code, code) for code in catalog.locales if _TELEGRAM_LANGUAGE.match(code)]
    done: list[str] = []
    for language_code, lang in targets:
        commands = _commands(catalog, lang)
        if commands is None:
            continue
        method = SetMyCommands(commands=commands, language_code=language_code)
        try:
            await sender.call(method)
        except TelegramAPIError:
            continue  # logged by the sender
        done.append(language_code or "default")
    logger.info("telegram: command menu set for %s", ", ".join(done) or "no language")


def _commands(catalog: Catalog, lang: str) -> list[BotCommand] | None:
    """The command menu in ``lang``, or None when a description is missing everywhere."""
    chain = (lang, *LANGUAGES[lang].fallback) if lang in LANGUAGES else (lang,)
    commands: list[BotCommand] = []
    for name in COMMANDS:
        msg_id = f"telegram-command-{name}"
        if not any(catalog.has(code, msg_id) for code in chain):
            logger.warning("telegram: %r is missing; no command menu for %r", msg_id, lang)
            return None
        description = catalog.format(lang, msg_id).strip()[:MAX_COMMAND_DESCRIPTION]
        commands.append(BotCommand(command=name, description=description))
    return commands
