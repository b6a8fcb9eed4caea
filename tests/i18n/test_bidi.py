"""Right-to-left messages show right to left on Telegram and the web, commands as ``/word``."""

from __future__ import annotations

import html
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.telegram.markup import SHORT_LABEL, keyboard
from bot.channels.telegram.sender import MAX_MESSAGE_UTF16, split_text
from bot.channels.web import reply_json
from bot.check.direction import sample_args
from bot.check.load import load_content
from bot.content import Content
from bot.engine import Choice, Engine, Inbound
from bot.engine.reading import command, match_choice
from bot.engine.types import Message, Reply
from bot.engine.words import GLOBAL_WORDS
from bot.i18n import LANGUAGES
from bot.i18n.bidi import LRI, PDI, RLM, direction_problems, mark_direction, strip_marks
from bot.store import Store
from tests.support.tree import MINI_EN, errors_of, fixed_clock, mini_tree

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


# -- as each channel sends it -------------------------------------------------------------------


def _rendered(content: Content, lang: str) -> Iterator[tuple[str, str]]:
    """(message id, text) of every message ``lang`` defines, rendered as the engine does."""
    catalog = content.catalog
    for msg_id in sorted(catalog.message_ids(lang)):
        if msg_id.startswith("understand-"):
            continue  # examples of what people type, never shown
        yield msg_id, catalog.format(lang, msg_id, sample_args(content, lang, msg_id))


@pytest.mark.parametrize("lang", RTL)
def test_every_rtl_message_and_button_shows_right_to_left_as_telegram_sends_it(
    tree_content: Content, lang: str
) -> None:
    problems = []
    for msg_id, text in _rendered(tree_content, lang):
        for part in split_text(text):
            shown = html.unescape(html.escape(part, quote=False))  # what the sender sends
            problems += [f"{msg_id}: {p}" for p in _problems(shown)]
    for doc in tree_content.flows.values():
        if doc.model.locales is not None and lang not in doc.model.locales:
            continue  # a flow for other languages (the employer flow: da, en)
        for step_id, step in doc.model.steps.items():
            if not step.choices:
                continue
            labels = [
                tree_content.catalog.format(
                    lang, c.label, sample_args(tree_content, lang, c.label)
                )
                for c in step.choices
            ]
            choices = tuple(
                Choice(c.value, label) for c, label in zip(step.choices, labels, strict=True)
            )
            markup = keyboard(doc.model.flow, step_id, choices)
            assert markup is not None
            for row in markup.inline_keyboard:
                problems += [
                    f"{doc.model.flow}:{step_id} button: {p}"
                    for button in row
                    for p in _problems(button.text)
                ]
    assert problems == []


@pytest.mark.parametrize("lang", RTL)
def test_every_rtl_message_and_button_shows_right_to_left_as_the_web_sends_it(
    tree_content: Content, lang: str
) -> None:
    messages = tuple(
        Message(msg_id, text, (Choice("x", text),))
        for msg_id, text in _rendered(tree_content, lang)
    )
    body = reply_json("token", Reply(lang, "rtl", messages))
    assert body["dir"] == "rtl"
    problems = [
        f"{m['id']}: {p}"
        for m in body["messages"]
        for text in (m["text"], *(c["label"] for c in m["choices"]))
        for p in _problems(text)
    ]
    assert problems == []


def test_a_long_rtl_message_cut_for_telegram_keeps_its_direction_in_every_part() -> None:
    # one paragraph whose every word starts with Latin letters: wherever the cut falls, the
    # next part starts left to right unless it gets a mark of its own
    word = "IGUبرنامه "
    text = mark_direction("برنامه " + word * (2 * MAX_MESSAGE_UTF16 // len(word)), "rtl")
    parts = split_text(text)
    assert len(parts) >= 2
    assert [p for part in parts for p in _problems(part)] == []


def test_markup_lays_out_rtl_labels_by_their_visible_length() -> None:
    label = mark_direction("IGU " + "ب" * (SHORT_LABEL - 4), "rtl")  # short, but for the mark
    assert len(strip_marks(label)) == SHORT_LABEL < len(label)
    markup = keyboard("about", "start", (Choice("a", label), Choice("b", label)))
    assert markup is not None
    assert len(markup.inline_keyboard[0]) == 2


def test_reading_takes_a_typed_label_that_the_button_shows_with_a_mark(
    tree_content: Content,
) -> None:
    # Persian "IGU چیست؟" is shown with a mark before it; a person types it without one
    step = tree_content.step("menu", "start")
    assert step is not None
    assert step.choices
    labels = [tree_content.catalog.format("fa", c.label) for c in step.choices]
    about = next(c for c, label in zip(step.choices, labels, strict=True) if "IGU" in label)
    assert tree_content.catalog.format("fa", about.label).startswith(RLM)
    typed = Inbound("test:typed", "test", text="IGU چیست؟")
    assert match_choice(step.choices, typed, lambda: labels, numbered=False) is about


def test_reading_takes_a_command_copied_with_its_marks() -> None:
    copied = Inbound("test:copied", "test", text=f"{RLM}{LRI}/forget{PDI}")
    assert command(copied) == ("forget", "")


# -- igubot check ---------------------------------------------------------------------------------


def test_check_reports_an_rtl_message_whose_command_the_marks_cannot_isolate(
    tmp_path: Path,
) -> None:
    # A command glued to an Arabic comma is no word of its own: nothing isolates it, and it
    # would show as "menu/".
    mini_tree(tmp_path, **{"locales/ar/main.ftl": "common-help = اكتب،/menu للقائمة.\n"})
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        _content, problems = load_content(tmp_path, strict=True)
    finally:
        os.chdir(old)
    errors = [e for e in errors_of(problems) if "'common-help' in 'ar'" in e]
    assert errors == [
        "locales/ar/main.ftl:1:1: error: 'common-help' in 'ar': command not isolated: /menu"
    ]
    assert "common-help" in MINI_EN


def test_direction_problems_sees_a_line_that_starts_left_to_right() -> None:
    assert direction_problems("IGU چیست؟") == ["line starts left to right: 'IGU چیست؟'"]
    assert direction_problems(mark_direction("IGU چیست؟\nاكتب /menu.", "rtl")) == []
