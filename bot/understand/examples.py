"""The translators' example phrasings per topic, read from the catalog's ``understand-*`` messages.

Each topic is one Fluent message ``understand-<topic>`` in ``locales/<lang>/understanding.ftl``;
its value holds one example phrasing per line and its ``.keywords`` attribute comma-separated
words or short terms (``,`` or Arabic ``،``)::

    understand-pay =
        how much is the salary
        what do i earn in igu
        .keywords = salary, wage, pay, løn

The text is read from the catalog's syntax tree as written, never formatted. Where each line
sits in its file is worked out only when a problem about it is reported (:func:`locate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fluent.syntax import ast

from bot.kernel.problems import line_col

if TYPE_CHECKING:
    from bot.i18n.catalog import Catalog

__all__ = [
    "KEYWORDS_ATTRIBUTE",
    "MESSAGE_PREFIX",
    "Phrase",
    "TopicExamples",
    "load_examples",
    "locate",
    "phrases",
]

#: Every message whose id starts with this holds the examples of one topic.
MESSAGE_PREFIX = "understand-"
#: The attribute that holds the keywords of a topic.
KEYWORDS_ATTRIBUTE = "keywords"
# Keyword separators: comma, Arabic comma, semicolons, new lines.
_KEYWORD_SEPARATORS = re.compile("[,،;؛\n]")


@dataclass(frozen=True)
class Phrase:
    """One example line or one keyword, as written, and where it is in its file.

    :param text: the phrase as the translator wrote it (stripped).
    :param anchor: the file offset of the text element it belongs to (``None``: not from a file).
    :param newlines: how many line breaks of that element come before it.
    """

    text: str
    anchor: int | None = None
    newlines: int = 0


@dataclass(frozen=True)
class TopicExamples:
    """The examples and keywords one locale gives for one topic.

    :param lang: the locale code.
    :param topic: the topic id (the message id without ``understand-``).
    :param examples: one per line of the message's value.
    :param keywords: from the ``.keywords`` attribute.
    :param path: the file that defines the message (``None``: built in code).
    :param line: the line of the message id.
    :param col: the column of the message id.
    :param unreadable: the lines holding something other than plain text (a ``{ placeable }``).
    """

    lang: str
    topic: str
    examples: tuple[Phrase, ...]
    keywords: tuple[Phrase, ...] = ()
    path: str | None = None
    line: int = 1
    col: int = 1
    unreadable: tuple[Phrase, ...] = field(default=())

    @property
    def message_id(self) -> str:
        """The Fluent message id, ``understand-<topic>``."""
        return MESSAGE_PREFIX + self.topic


def _lines(pattern: ast.Pattern | None) -> tuple[list[Phrase], list[Phrase]]:
    """A pattern's lines (plain text) and the lines holding a placeable, each with its place.

    A string literal placeable (``{"{"}``) is the text it quotes; any other placeable makes its
    line unreadable (examples are typed text, not messages with variables).
    """
    if pattern is None:
        return [], []
    lines: list[Phrase] = []
    bad: list[Phrase] = []
    text, anchor, newlines, broken = "", None, 0, False
    first_anchor: int | None = None
    seen_newlines = 0  # line breaks since first_anchor

    def close() -> None:
        phrase = Phrase(text.strip(), anchor, newlines)
        if broken:
            bad.append(phrase)
        elif phrase.text:
            lines.append(phrase)

    for element in pattern.elements:
        start = element.span.start if element.span else None
        if first_anchor is None:
            first_anchor = start
        if isinstance(element, ast.TextElement):
            parts = element.value.split("\n")
            for number, part in enumerate(parts):
                if number:
                    close()
                    seen_newlines += 1
                    text, broken = "", False
                    anchor, newlines = first_anchor, seen_newlines
                elif anchor is None:
                    anchor, newlines = first_anchor, seen_newlines
                text += part
        elif isinstance(element, ast.Placeable):
            if anchor is None:
                anchor, newlines = first_anchor, seen_newlines
            if isinstance(element.expression, ast.StringLiteral):
                text += element.expression.parse()["value"]
            else:
                broken = True
    if anchor is not None:
        close()
    return lines, bad


def _keywords(entry: ast.Message | ast.Term) -> list[Phrase]:
    """The keywords of the ``.keywords`` attribute, each placed on its line."""
    for attribute in entry.attributes:
        if attribute.id.name != KEYWORDS_ATTRIBUTE:
            continue
        lines, _bad = _lines(attribute.value)
        return [
            Phrase(word.strip(), line.anchor, line.newlines)
            for line in lines
            for word in _KEYWORD_SEPARATORS.split(line.text)
            if word.strip()
        ]
    return []


def phrases(entry: ast.Message | ast.Term) -> tuple[list[Phrase], list[Phrase]]:
    """An ``understand-*`` entry's example lines and keywords, as the matcher reads them (for
    counting them: ``igubot l10n status``).

    :param entry: a parsed Fluent message.
    """
    examples, _unreadable = _lines(entry.value)
    return examples, _keywords(entry)


def load_examples(catalog: Catalog) -> list[TopicExamples]:
    """Every ``understand-*`` message of every locale, in locale (display) and id order.

    :param catalog: a loaded catalog; only each locale's own messages are read (no fallback).
    """
    found: list[TopicExamples] = []
    for lang in catalog.locales:
        for msg_id in sorted(catalog.message_ids(lang)):
            if not msg_id.startswith(MESSAGE_PREFIX):
                continue
            entry = catalog.entry(lang, msg_id)
            if entry is None:
                continue
            examples, unreadable = _lines(entry.value)
            path, line, col = catalog.location(lang, msg_id) or (None, 1, 1)
            found.append(
                TopicExamples(
                    lang=lang,
                    topic=msg_id.removeprefix(MESSAGE_PREFIX),
                    examples=tuple(examples),
                    keywords=tuple(_keywords(entry)),
                    path=path,
                    line=line,
                    col=col,
                    unreadable=tuple(unreadable),
                )
            )
    return found


def _file_text(path: str, texts: dict[str, str | None]) -> str | None:
    """A content file's text, read again only to place a problem (``None`` when unreadable)."""
    if path not in texts:
        try:
            texts[path] = Path(path).read_text(encoding="utf-8").removeprefix("\ufeff")
        except (OSError, UnicodeDecodeError):
            texts[path] = None
    return texts[path]


def locate(
    topic: TopicExamples, phrase: Phrase | None = None, texts: dict[str, str | None] | None = None
) -> tuple[str, int, int]:
    """Where a phrase of a topic is written: (path, line, column); the message id's place when
    the phrase is ``None`` or its file cannot be read again.

    :param topic: the topic's examples as loaded.
    :param phrase: one of its examples or keywords.
    :param texts: files already read, by path (pass one dict for many calls, to read each once).
    """
    where = (topic.path or f"{topic.lang}:{topic.message_id}", topic.line, topic.col)
    if phrase is None or phrase.anchor is None or topic.path is None:
        return where
    text = _file_text(topic.path, {} if texts is None else texts)
    if text is None or phrase.anchor > len(text):
        return where
    line, col = line_col(text, phrase.anchor)
    if phrase.newlines:
        line += phrase.newlines
        lines = text.splitlines()
        if line > len(lines):
            return where
        current = lines[line - 1]
        col = len(current) - len(current.lstrip()) + 1
    return topic.path, line, col
