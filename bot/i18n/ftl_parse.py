"""fluent.syntax's parser, with its three hottest rules reading a run of characters at once.

``FluentParser`` reads text one character at a time through Python method calls (a property,
``char_at``, ``get`` and ``next`` for every character). Parsing the twelve locales (810 kB) took
most of ``igubot check``'s time without caches (docs/performance.md, P3). Three rules consume
almost all characters: the text of a pattern, the text of a comment line and an identifier.
:class:`FtlParser` overrides exactly those three with a regular expression over the same
string, and leaves every other rule, every error code and every span to fluent.syntax: about
2.7 times faster on the project's files, and the same tree, spans and junk
(``tests/i18n/test_ftl_parse.py`` compares the two parsers on every locale file, on edge cases
and on 1,500 damaged copies).

A line ends at ``\\n`` or ``\\r\\n``, as fluent.syntax's stream sees it; a ``\\r`` alone is text.
The stream's ``peek_offset`` is reset as its ``next()`` does.
"""

from __future__ import annotations

import re
from typing import cast

from fluent.syntax import FluentParser, ast
from fluent.syntax.errors import ParseError
from fluent.syntax.parser import with_span
from fluent.syntax.stream import EOL, FluentParserStream

__all__ = ["FtlParser"]

#: Characters of a text element: up to a placeable's brace or the end of the line.
_TEXT = re.compile(r"(?:[^{}\r\n]|\r(?!\n))+")
#: The rest of a comment line.
_LINE = re.compile(r"(?:[^\r\n]|\r(?!\n))+")
#: An identifier (fluent.syntax's ``take_id_start`` then ``take_id_char``).
_IDENTIFIER = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*")


def _take(ps: FluentParserStream, pattern: re.Pattern[str]) -> str:
    """What ``pattern`` matches at the cursor (maybe nothing), moving the cursor past it."""
    found = pattern.match(ps.string, ps.index)
    if found is None:
        return ""
    ps.index = found.end()
    ps.peek_offset = 0
    return found.group()


class FtlParser(FluentParser):
    """A :class:`~fluent.syntax.FluentParser` that gives the same trees, faster."""

    @with_span
    def get_text_element(self, ps: FluentParserStream) -> ast.TextElement:
        return ast.TextElement(_take(ps, _TEXT))

    @with_span
    def get_identifier(self, ps: FluentParserStream) -> ast.Identifier:
        name = _take(ps, _IDENTIFIER)
        if not name:
            raise ParseError("E0004", "a-zA-Z")
        return ast.Identifier(name)

    @with_span
    def get_comment(
        self, ps: FluentParserStream
    ) -> ast.Comment | ast.GroupComment | ast.ResourceComment:
        # fluent.syntax's rule, with the loop over the line's characters replaced by _take.
        level = -1  # 0: comment, 1: group comment, 2: resource comment
        content = ""
        while True:
            i = -1
            while ps.current_char == "#" and i < (2 if level == -1 else level):
                ps.next()
                i += 1
            if level == -1:
                level = i
            if ps.current_char != EOL:
                ps.expect_char(" ")
                content += _take(ps, _LINE)
            if ps.is_next_line_comment(level=level):
                content += cast(str, ps.current_char)
                ps.next()
            else:
                break
        if level == 1:
            return ast.GroupComment(content)
        if level == 2:
            return ast.ResourceComment(content)
        return ast.Comment(content)
