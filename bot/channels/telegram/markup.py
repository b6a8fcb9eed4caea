"""Inline keyboards: one layout for every set of buttons the bot shows on Telegram.

Button data is built here, not with aiogram's ``CallbackData`` factory: our data names the
step a button belongs to (:mod:`bot.engine.callbacks`, shared with the checker that keeps it
under Telegram's 64 bytes), and a notice's buttons carry the staff side's own values.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine.callbacks import MAX_CALLBACK_BYTES, callback_data
from bot.engine.types import Choice
from bot.i18n.bidi import strip_marks

__all__ = ["SHORT_LABEL", "keyboard", "layout", "notice_keyboard"]

logger = logging.getLogger(__name__)

#: Buttons go two to a row when every label is at most this long, else one to a row.
SHORT_LABEL = 14


def keyboard(flow: str, step: str, choices: tuple[Choice, ...]) -> InlineKeyboardMarkup | None:
    """The inline keyboard of a question: one button per choice, tagged with its step."""
    buttons: list[tuple[str, str]] = []
    for choice in choices:
        data = callback_data(flow, step, choice.value)
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            logger.error(
                "button %r of %s:%s is longer than %d bytes as callback data; left out",
                choice.value,
                flow,
                step,
                MAX_CALLBACK_BYTES,
            )
            continue
        buttons.append((choice.label, data))
    if not buttons:
        return None
    return layout(tuple(buttons))


def notice_keyboard(choices: Sequence[Choice]) -> InlineKeyboardMarkup | None:
    """The keyboard of a notice: each button's value is its data, as the staff side wrote it."""
    if not choices:
        return None
    return layout(tuple((c.label, c.value) for c in choices))


@lru_cache(maxsize=2048)
def layout(buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    """The keyboard of (label, callback data) pairs, built once per distinct keyboard.

    Two buttons to a row when every label is short (at most :data:`SHORT_LABEL` characters,
    direction marks not counted),
    otherwise one to a row so that long labels are not cut. Building aiogram's pydantic models
    was the largest cost of sending a reply (a language question has a dozen buttons); nothing
    changes a keyboard after it is built.
    """
    width = 2 if all(len(strip_marks(label)) <= SHORT_LABEL for label, _data in buttons) else 1
    rows = [
        [
            InlineKeyboardButton(text=label, callback_data=data)
            for label, data in buttons[i : i + width]
        ]
        for i in range(0, len(buttons), width)
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)
