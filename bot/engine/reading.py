"""Reading what a person typed or pressed: a /command, a button (by value, label or number),
a language name, and the message ids a step says."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.engine.types import Inbound
from bot.engine.words import END_WORD, GLOBAL_WORDS
from bot.i18n import LANGUAGES
from bot.i18n.bidi import strip_marks

if TYPE_CHECKING:
    from bot.engine.turn import Turn

#: What Telegram accepts as a command's name: a ``/word`` the bot does not know (``/end`` on
#: Telegram, ``/stop``, ``/hepl``) gets the help text, which lists the ones it knows, rather
#: than being read as a question ("Did you mean: stopping IGU?").
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


def command(inbound: Inbound) -> tuple[str | None, str]:
    """The global word of a ``/command`` (and the rest of the line), or ``(None, "")``.

    A command the bot does not have is ``help``.
    """
    raw = inbound.choice if inbound.choice and inbound.choice.startswith("/") else inbound.text
    if not raw:
        return None, ""
    raw = strip_marks(raw).strip()  # a command copied from a right-to-left message has marks
    if not raw.startswith("/"):
        return None, ""
    head, _sep, rest = raw[1:].partition(" ")
    word = head.split("@", 1)[0].casefold()  # Telegram adds @botname in groups
    if word in GLOBAL_WORDS or (word == END_WORD and inbound.channel == "web"):
        return word, rest.strip()
    if _COMMAND_NAME.fullmatch(word):
        return "help", ""
    return None, ""


def match_choice(
    choices: list[Any], inbound: Inbound, labels: Callable[[], list[str]], numbered: bool
) -> Any:
    """The choice a button press or typed text picks; labels are rendered only for text.

    :param numbered: the channel shows buttons numbered, so "2" picks the second; elsewhere
        a number typed at a question is text ("5", as in "5 years").
    """
    if inbound.choice is not None:
        return next((c for c in choices if c.value == inbound.choice), None)
    text = strip_marks(inbound.text or "").strip()
    if not text:
        return None
    # isdecimal, not isdigit: int() refuses "²"; and a button number is short (int() refuses
    # more than 4300 digits, and a long number is no button anyway).
    if numbered and text.isdecimal() and len(text) <= 3 and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1]
    folded = text.casefold()
    for choice, label in zip(choices, labels(), strict=True):
        if folded in {strip_marks(label).casefold(), choice.value.casefold()}:
            return choice
    return None


def match_language(turn: Turn) -> str | None:
    inbound = turn.inbound
    available = turn.content.catalog.locales
    raw = strip_marks(inbound.choice or inbound.text or "").strip()
    if raw in available:
        return raw
    folded = raw.casefold()
    for code in available:
        lang = LANGUAGES[code]
        if folded in {lang.native_name.casefold(), lang.english_name.casefold()}:
            return code
    return None


def message_ids(say: str | list[str] | None) -> list[str]:
    if say is None:
        return []
    return [say] if isinstance(say, str) else list(say)
