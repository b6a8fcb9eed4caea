"""Scrubbing a typed message the bot did not understand, so that content authors may read it.

A miss (a typed message the matcher could place nowhere) is kept without any link to a person
(:mod:`bot.store.misses`); this module takes out of its text what could still point at one.
:func:`scrub` replaces

- each word that is an address with :data:`ADDRESS`: a web address (``https://…``, ``www.…``,
  ``t.me/…``), and every word with an ``@`` in it, an e-mail address or a ``@username``. The
  test for an e-mail address is deliberately loose: email-validator checks one whole string
  for being a valid, deliverable address; it does not find addresses inside a sentence, and a
  scrubber must also take out the mistyped ones (``amina@gmail``): taking out too much is the
  safe side. Words are tested one by one, never by a pattern over the whole text, whose
  backtracking takes time that grows with the square of the text's length;
- phone numbers, as phonenumbers' :class:`~phonenumbers.PhoneNumberMatcher` finds them for
  Denmark (the whole number: ``+45``, brackets and spacing included), with :data:`NUMBER`;
- then every other number: each character that has a numeric value in Unicode (ASCII digits,
  Arabic-Indic and Persian digits, Ethiopic numerals, every other script's decimal digits,
  superscripts, fractions), and a run of them joined by spaces or punctuation (a CPR number
  ``010190-1234``, a date, a number split in groups) becomes one :data:`NUMBER`. Digits inside
  words go too: an Arabizi ``7`` (ح) is lost with them, as is the length of every number.

Whitespace is collapsed and the text is cut to :data:`MAX_CHARS` characters. A message longer
than :data:`MAX_TYPED` characters is not looked at (no question is that long; the phone number
search alone would take tens of milliseconds).

Names, addresses and other words that identify a person cannot be found reliably in twelve
languages (a capital letter marks a name only in Latin script, and learners rarely type
capitals); a message of more than :data:`MAX_WORDS` words is therefore not kept at all. The
questions authors need are short (so are the examples they add); a longer message is more
often a person's own story, with names, places and circumstances no rule takes out. Cutting it
short instead would keep exactly its start, where a person says who they are.
"""

from __future__ import annotations

import re

import phonenumbers

__all__ = ["ADDRESS", "MAX_CHARS", "MAX_TYPED", "MAX_WORDS", "NUMBER", "scrub"]

#: What a number (phone, CPR, date, amount) is replaced with.
NUMBER = "#"
#: What an e-mail address, a web address or an ``@username`` is replaced with.
ADDRESS = "@"
#: Misses of more words than this are not kept (see the module's docstring).
MAX_WORDS = 12
#: A kept miss is cut to this many characters.
MAX_CHARS = 200
#: Longer messages are not kept (nor scanned).
MAX_TYPED = 800

_WORD = re.compile(r"\S+")
# How a web address starts, after an opening bracket or quote.
_WEB = ("www.", "t.me/", "http:", "https:")
# One placeholder per run of numbers (already NUMBER) joined by what numbers are written with.
_NUMBERS = re.compile(rf"[+(]*{NUMBER}(?:[\s().,:/+\-–]*{NUMBER})*\)?")


def scrub(text: str) -> str | None:
    """The text of a miss without addresses, phone numbers and numbers, fit to keep.

    :param text: what the person typed, without control characters or lone surrogates (the
        engine cleans it as it cleans a typed answer: :func:`bot.engine.inputs.clean`).
    :return: the scrubbed text (whitespace collapsed, at most :data:`MAX_CHARS` characters),
        or ``None`` when nothing is left, when it has more than :data:`MAX_WORDS` words, or
        when ``text`` is longer than :data:`MAX_TYPED` characters.
    """
    if len(text) > MAX_TYPED:
        return None
    text = _WORD.sub(_address, text)
    text = _phones(text)
    text = "".join(NUMBER if ch.isnumeric() else ch for ch in text)
    text = _NUMBERS.sub(NUMBER, text)
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return None
    return " ".join(words)[:MAX_CHARS].rstrip()


def _address(word: re.Match[str]) -> str:
    """:data:`ADDRESS` for a word that is an address, else the word."""
    text = word.group()
    if "@" in text or "://" in text or text.lstrip("([{<\"'").lower().startswith(_WEB):
        return ADDRESS
    return text


def _phones(text: str) -> str:
    """``text`` with each phone number phonenumbers finds (as in Denmark) replaced."""
    spans = [(m.start, m.end) for m in phonenumbers.PhoneNumberMatcher(text, "DK")]
    for start, end in reversed(spans):
        text = f"{text[:start]}{NUMBER}{text[end:]}"
    return text
