"""What the tests of understanding share: a hand-made example set (tests/understand/locales) and
the topic ids."""

from __future__ import annotations

from pathlib import Path

from bot.i18n import Catalog

#: A small hand-made example set (not the bot's own examples), as locale folders.
LOCALES = Path(__file__).resolve().parent.parent / "understand" / "locales"

#: The curated topics (the topics table of the understanding work).
TOPICS = frozenset(
    [
        "about",
        "pay",
        "school",
        "job",
        "start",
        "after",
        "stories",
        "eligibility",
        "interest",
        "human",
        "privacy",
        "forget",
        "language",
        "employer",
        "benefits",
        "danish",
        "family",
        "limits",
        "hours",
        "leave",
        "stop",
        "once",
        "own-case",
        "greeting",
        "thanks",
        "ack",
        "menu",
        "help",
        "back",
    ]
)


def example_catalog() -> Catalog:
    """The hand-made example set, loaded by the real catalog (no errors expected)."""
    catalog, errors = Catalog.load(LOCALES)
    assert errors == []
    return catalog
