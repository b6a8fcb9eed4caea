"""The fast Fluent parser gives exactly fluent.syntax's trees, spans and junk annotations."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fluent.syntax import FluentParser

from bot.i18n.ftl_parse import FtlParser

ROOT = Path(__file__).resolve().parents[2]
LOCALE_FILES = sorted((ROOT / "locales").glob("*/*.ftl"))

#: Texts at the edges of the three rules the fast parser reads at once.
EDGE_CASES = [
    "",
    "hello = Hello\n",
    "hello = Hello",  # no newline at the end of the file
    "hello = Hello\r\nbye = Bye\r\n",  # CRLF
    "hello = He\rllo\n",  # a carriage return alone is text
    "hello = Hello\r",
    "hello =\n    Hello\n    { $name }!\n\n    Again\n",
    "hello = { $n ->\n    [one] one\n   *[other] { $n } more\n}\n",
    "hello = Hello }\n",  # a closing brace in text: E0027
    "hello = {\n",
    "hello = Hello\n  .title = Title\n  .aria-label = Label\n",
    "# a comment\nhello = Hello\n",
    "#\n#\n# three lines\nhello = Hello\n",
    "## group\n\n### resource\n# comment\n\n# detached\n",
    "#no space after the hash\nhello = Hello\n",
    "# comment at the end without a newline",
    "# comment\r\n# on CRLF lines\r\nhello = Hello\r\n",
    "#### four hashes\n",
    "1hello = starts with a digit\nok = fine\n",
    "hello-world_2 = ids with - and _\n-term = A term\nuses = { -term }\n",
    "héllo = not ASCII in the id\n",
    "hello\n",
    "hello =\n",
    "-term =\n",
    'hello = { "string \\u0041 \\U01F600 \\" \\\\" }\n',
    "hello = { NUMBER($n, minimumFractionDigits: 2) } { -1.5 }\n",
    "hello = مرحبا { $name } ⁨x⁩\n",
    "  indented = junk\nok = fine\n",
    "hello = a\n.attr = not indented\n",
    "hello = text with trailing spaces   \n   \n",
]


def _tree(parser: FluentParser, text: str) -> object:
    return parser.parse(text).to_json()


@pytest.mark.parametrize("path", LOCALE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_locale_file_parses_to_the_same_tree_and_spans(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _tree(FtlParser(), text) == _tree(FluentParser(), text)


def test_locale_files_are_found() -> None:
    assert len(LOCALE_FILES) >= 12


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_parse_to_the_same_tree_spans_and_errors(text: str) -> None:
    assert _tree(FtlParser(), text) == _tree(FluentParser(), text)


def test_without_spans_the_trees_are_the_same() -> None:
    text = (ROOT / "locales" / "en" / "common.ftl").read_text(encoding="utf-8")
    fast = FtlParser(with_spans=False).parse(text)
    assert fast.span is None
    assert fast.to_json() == FluentParser(with_spans=False).parse(text).to_json()


@pytest.mark.slow
def test_damaged_files_give_the_same_junk_and_annotations() -> None:
    """1,500 copies of real files with characters deleted, doubled or replaced by the
    characters Fluent's grammar turns on: the junk, its spans and error codes agree."""
    rng = random.Random(20261206)
    specials = [*'{}[]*.#-=\n\r \\"$', "\r\n", "\u00e9", "ا"]
    sources = [p.read_text(encoding="utf-8")[:1200] for p in LOCALE_FILES[::7]]
    fast, stock = FtlParser(), FluentParser()
    differing = []
    for case in range(1500):
        text = rng.choice(sources)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(text) + 1)
            kind = rng.random()
            if kind < 0.4:
                text = text[:at] + rng.choice(specials) + text[at:]
            elif kind < 0.7:
                text = text[:at] + text[at + 1 :]
            else:
                text = text[:at] + text[at : at + 5] * 2 + text[at + 5 :]
        if _tree(fast, text) != _tree(stock, text):
            differing.append(case)
    assert differing == []
