"""Fluent entries as translators' text: keys, comment-free source, and pattern text both ways.

* **key** — a message id (``interest-name-ask``) or a term id with its dash (``-brand``).
* **pattern text** — an entry's Fluent source after ``id =``, one level of indentation removed:
  what a PO file carries as ``msgid`` (English) and ``msgstr`` (translation). Select expressions
  and attributes (``.title = …`` lines) stay in it, so nothing is lost.
"""

from __future__ import annotations

import re

from fluent.syntax import FluentSerializer, ast
from fluent.syntax.visitor import Visitor

from bot.i18n.ftl_parse import FtlParser

__all__ = [
    "Entry",
    "entry_key",
    "entry_source",
    "parse_pattern_text",
    "pattern_text",
    "same_entry",
    "variables",
]

Entry = ast.Message | ast.Term

# A line of pattern text that starts an attribute (``.title = …``).
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\.[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=")
_INDENT = "    "


def entry_key(entry: Entry) -> str:
    """The key of an entry as code and ``sources.json`` use it: ``msg`` or ``-term``.

    :param entry: a parsed message or term.
    """
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


def entry_source(entry: Entry) -> str:
    """The entry's Fluent source as the serializer writes it, without its comment.

    The same text as :meth:`bot.i18n.Catalog.source`: stable under reformatting, so its
    :func:`bot.i18n.sourcehash.source_hash` changes only when the text does.

    :param entry: a parsed message or term.
    """
    bare = entry.clone()
    bare.comment = None
    return str(FluentSerializer().serialize_entry(bare))


def pattern_text(entry: Entry) -> str:
    """The entry's pattern source: what follows ``id =``, one indentation level removed.

    ``unread = { $n -> … }`` gives ``"{ $n ->\\n    [one] …\\n   *[other] …\\n}"``; attributes
    follow the value as ``.name = …`` lines. :func:`parse_pattern_text` reverses it.

    :param entry: a parsed message or term.
    """
    source = entry_source(entry)
    rest = source[len(entry_key(entry)) + len(" =") :].rstrip("\n")
    if rest.startswith(" "):  # a one-line value, maybe followed by attribute lines
        first, *others = rest[1:].split("\n")
        return "\n".join([first, *(_dedent(line) for line in others)])
    return "\n".join(_dedent(line) for line in rest[1:].split("\n"))  # a block


def _dedent(line: str) -> str:
    return line.removeprefix(_INDENT) if line.startswith(_INDENT) else line.lstrip(" ")


def _entry_text(key: str, text: str) -> tuple[str, int]:
    """The FTL source of entry ``key`` with pattern ``text``; and the line shift (0 or 1).

    A one-line value, alone or followed by attribute lines only, goes after ``id =`` on the same
    line (so a value such as ``.NET`` stays a value); anything else becomes an indented block.
    The shift is what to subtract from a line of the source to get the line of ``text``.
    """
    lines = text.split("\n")
    first, others = lines[0], lines[1:]
    inline = (
        bool(first.strip())
        and not _ATTRIBUTE_LINE.match(first)
        and all(_ATTRIBUTE_LINE.match(line) for line in others)
    )
    body = others if inline else lines
    head = f"{key} = {first}" if inline else f"{key} ="
    indented = "".join("\n" + (_INDENT + line if line.strip() else "") for line in body)
    return head + indented + "\n", 0 if inline else 1


def parse_pattern_text(key: str, text: str) -> tuple[Entry | None, list[tuple[int, str]]]:
    """Parse pattern text (as :func:`pattern_text` writes it) back into the entry ``key``.

    :param key: the message id, or the term id with its dash.
    :param text: the pattern text, e.g. a PO ``msgstr``.
    :returns: the entry, or ``None`` and the errors as (1-based line of ``text``, message).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source, shift = _entry_text(key, text)
    resource = FtlParser(with_spans=True).parse(source)
    last_line = text.count("\n") + 1
    errors: list[tuple[int, str]] = []
    entries: list[Entry] = []
    for item in resource.body:
        if isinstance(item, ast.Junk):
            for annotation in item.annotations:
                offset = annotation.span.start if annotation.span else 0
                line = source.count("\n", 0, offset) + 1 - shift
                errors.append(
                    (min(max(line, 1), last_line), f"{annotation.code} {annotation.message}")
                )
        elif isinstance(item, (ast.Message, ast.Term)):
            entries.append(item)
        else:
            errors.append((1, "the translation must be the text of one message, no comments"))
    if not errors and (len(entries) != 1 or entry_key(entries[0]) != key):
        errors.append((1, "the translation must be the text of exactly one message"))
    if errors:
        return None, errors
    return entries[0], []


class _Variables(Visitor):
    """Collects ``$variable`` names (selectors, placeables, call arguments)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def variables(entry: Entry) -> set[str]:
    """The ``$variable`` names an entry uses (selectors, placeables, call arguments).

    :param entry: a parsed message or term.
    """
    collector = _Variables()
    if entry.value is not None:
        collector.visit(entry.value)
    for attribute in entry.attributes:
        collector.visit(attribute.value)
    return collector.names


def same_entry(left: Entry, right: Entry) -> bool:
    """Whether two entries say the same, ignoring comments, positions and layout.

    :param left: a parsed message or term.
    :param right: another.
    """
    a, b = left.clone(), right.clone()
    a.comment = b.comment = None
    return bool(a.equals(b, ignored_fields=["span"]))
