"""Right-to-left messages show right to left: every line starts right to left, every command
is isolated (``/forget``, not ``forget/``), in each right-to-left language, as the bot sends it."""

from __future__ import annotations

from bot.content import Content
from bot.i18n import SOURCE_LOCALE
from bot.i18n.bidi import direction_problems
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem

__all__ = ["check_direction", "sample_args"]


def sample_args(content: Content, lang: str, msg_id: str) -> dict[str, object]:
    """Arguments to render ``msg_id`` with: the facts, a Latin name, and 3 for anything else
    (a number picks plural forms, and a Latin value at the start of a line needs a mark)."""
    cat = content.catalog
    names = cat.variables(msg_id, lang) | cat.variables(msg_id, SOURCE_LOCALE)
    return {**dict.fromkeys(names, 3), "name": "Amina", **content.facts.variables()}


def check_direction(content: Content) -> list[Problem]:
    """An error at each message of a right-to-left language that would show left to right."""
    cat = content.catalog
    problems: list[Problem] = []
    for lang in cat.locales:
        if cat.direction(lang) != "rtl":
            continue
        for msg_id in sorted(cat.message_ids(lang)):
            try:
                text = cat.format(lang, msg_id, sample_args(content, lang, msg_id))
            except LocaleError:
                continue  # a strict catalog: the messages check reports this one
            path, line, col = cat.location(lang, msg_id) or (f"locales/{lang}", 1, 1)
            problems += [
                Problem(path, line, col, "error", f"'{msg_id}' in '{lang}': {found}")
                for found in direction_problems(text)
            ]
    return problems
