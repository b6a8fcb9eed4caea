"""Right-to-left messages show right to left on Telegram and the web, commands as ``/word``."""

from __future__ import annotations

import re
import unicodedata

import pytest

from bot.content import Content
from bot.engine import Engine, Inbound
from bot.engine.words import GLOBAL_WORDS
from bot.i18n import LANGUAGES
from bot.i18n.bidi import LRI, PDI, RLM, mark_direction, strip_marks
from bot.store import Store
from tests.support.tree import fixed_clock

RTL = [code for code, lang in LANGUAGES.items() if lang.direction == "rtl"]
#: The commands a person can type (the engine's global words), wherever a message names one.
_COMMAND = re.compile(rf"(?<![\w/<])/(?:{'|'.join(sorted(GLOBAL_WORDS))})\b")


def _first_strong_is_rtl(line: str) -> bool:
    """Unicode's rule P2: the first strong character, skipping isolated runs."""
    depth = 0
    for char in line:
        if char == LRI:
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in {"R", "AL"}:
                return True
            if kind == "L":
                return False
    return True  # no strong character: the mark (an R) is not needed, nothing to get wrong


def _problems(text: str) -> list[str]:
    found = []
    for line in text.split("\n"):
        if line.strip() and not _first_strong_is_rtl(line):
            found.append(f"starts left to right: {line[:40]!r}")
    for m in _COMMAND.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if not before.endswith(LRI) or not after.startswith(PDI):
            found.append(f"command not isolated: {m.group(0)}")
    return found


def test_mark_direction_marks_a_paragraph_that_starts_with_latin_and_isolates_commands() -> None:
    marked = mark_direction("IGU چیست؟\nبرای حذف /forget بنویسید", "rtl")
    assert marked == f"{RLM}IGU چیست؟\nبرای حذف {LRI}/forget{PDI} بنویسید"
    assert _problems(marked) == []
    assert _problems("IGU چیست؟") != []  # the check itself catches the unmarked text


def test_mark_direction_leaves_left_to_right_text_and_rtl_text_that_starts_rtl_alone() -> None:
    assert mark_direction("What is IGU? /help", "ltr") == "What is IGU? /help"
    assert mark_direction("ما هو IGU؟", "rtl") == "ما هو IGU؟"


def test_strip_marks_gives_back_the_command_a_person_copied() -> None:
    assert strip_marks(f"{RLM}{LRI}/forget{PDI}") == "/forget"


@pytest.mark.parametrize("lang", RTL)
def test_every_rtl_message_and_button_starts_right_to_left(
    tree_content: Content, lang: str
) -> None:
    catalog = tree_content.catalog
    assert lang in catalog.locales, f"locales/{lang}/ is missing"
    args = tree_content.facts.variables()
    problems = []
    for msg_id in sorted(catalog.message_ids(lang)):
        if not catalog.has(lang, msg_id):
            continue
        sample = dict.fromkeys(catalog.variables(msg_id, lang), 3)  # numbers and selectors
        text = catalog.format(lang, msg_id, {**sample, **args, "name": "Amina"})
        problems += [f"{msg_id}: {p}" for p in _problems(text)]
    assert problems == []


@pytest.mark.parametrize("lang", RTL)
def test_a_copied_rtl_command_works_like_a_typed_one(
    tree_content: Content, lang: str, store: Store
) -> None:
    engine = Engine(tree_content, store, clock=fixed_clock)
    key = f"test:bidi-{lang}"
    engine.handle(Inbound(key, "test", start=""))
    engine.handle(Inbound(key, "test", choice=lang))
    copied = engine.handle(Inbound(key, "test", text=f"{RLM}{LRI}/language{PDI}"))
    typed = engine.handle(Inbound(f"{key}-typed", "test", start=""))
    assert [m.id for m in copied.reply.messages] == [m.id for m in typed.reply.messages]
