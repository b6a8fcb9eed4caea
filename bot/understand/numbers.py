"""A whole number read out of a typed answer: "I am 52", "عمري ٥٢ سنة", "fifty-two".

Two ways, tried in order on the normal form (:func:`bot.understand.normalize.normalize`, which
already turns Arabic-Indic and Persian digits into ASCII ones). An answer of more than
:data:`MAX_SENTENCE_WORDS` words is not read: it is a question or a story.

1. **Digits among words.** Exactly one word of digits is the number; two ("52, 3 in Denmark"),
   a sign before digits or digits inside a word ("1e3") are not one answer: nothing is guessed.
2. **Number words** from 2 to :data:`MAX_WORDS`, in the languages the kept library ``num2words``
   writes (Danish, English, Arabic, Persian for Persian and Dari, Russian, Ukrainian): generated
   from it once per language, not written here. A typed answer is searched for the longest runs
   of words that are one of them. Joining words ("and", "og", Arabic and Persian "و", also
   joined to the next word as in "وخمسين") are passed over, and the Arabic forms people say
   ("اثنين وخمسين") are accepted beside the written ones ("اثنان و خمسون"). Two different
   numbers in words are not one answer either.

Tigrinya, Somali, Kurmanji, Sorani and Pashto have no number words in ``num2words``: digits work
there (learners type them); docs/understanding.md says so.
"""

from __future__ import annotations

import functools
import re

from bot.understand.normalize import normalize

__all__ = ["MAX_SENTENCE_WORDS", "MAX_WORDS", "WORD_LANGUAGES", "read_number"]

#: The highest number read from words: ages and counts of years, not amounts.
MAX_WORDS = 120

#: Longer answers are questions or stories ("how much with 2 children?"), not a number given.
MAX_SENTENCE_WORDS = 6

#: Our language code -> the ``num2words`` language that writes its number words.
WORD_LANGUAGES: dict[str, str] = {
    "da": "da",
    "en": "en",
    "ar": "ar",
    "fa": "fa",
    "prs": "fa",  # Dari writes its numbers as Persian does
    "ru": "ru",
    "uk": "uk",
}

_DIGITS = re.compile(r"\d+")
# A sign before digits ("--1", "age -5"): not a plain answer, and normalising would drop it.
_SIGNED = re.compile(r"[+\-\u2212]\s*\d")
# Words that join the parts of a number and are not numbers themselves (in normal form).
_JOINERS = frozenset({"and", "og", "و"})
# Arabic: the written nominative ending -ان / -ون next to the spoken -ين ("اثنين", "خمسين").
_ARABIC_SPOKEN = re.compile(r"(ان|ون)$")
_LONGEST = 6  # words in the longest number phrase up to MAX_WORDS, joiners left out


def read_number(text: str, lang: str) -> int | None:
    """The one whole number in ``text``, or ``None`` when there is none or more than one.

    >>> read_number("I am 52", "en"), read_number("عمري ٥٢ سنة", "ar")
    (52, 52)
    >>> read_number("fifty-two", "en"), read_number("اثنين وخمسين", "ar")
    (52, 52)
    >>> read_number("52, and 3 in Denmark", "en") is None
    True

    :param text: what a person typed (any script).
    :param lang: the conversation's language; number words are read in it and in English.
    """
    form = normalize(text)
    if len(form.split()) > MAX_SENTENCE_WORDS or _SIGNED.search(text):
        return None
    if _DIGITS.search(form):  # digits: one word of digits alone ("1e3", "5x2" are not read)
        runs = [word for word in form.split() if _DIGITS.search(word)]
        ok = len(runs) == 1 and runs[0].isdigit() and len(runs[0]) <= 15
        return int(runs[0]) if ok else None
    found: set[int] = set()
    for code in dict.fromkeys((lang, "en")):
        table = _words(WORD_LANGUAGES[code]) if code in WORD_LANGUAGES else {}
        found |= _find(_tokens(form, table), table)
    return found.pop() if len(found) == 1 else None


def _tokens(form: str, table: dict[tuple[str, ...], int]) -> list[str]:
    """The words of ``form`` without joiners; "وخمسين" is "خمسين" when that is a number word."""
    known = {word for key in table for word in key}
    words: list[str] = []
    for word in form.split():
        if word in _JOINERS:
            continue
        if word.startswith("و") and word not in known and word[1:] in known:
            word = word[1:]
        words.append(word)
    return words


def _find(words: list[str], table: dict[tuple[str, ...], int]) -> set[int]:
    """Every number named by a longest run of ``words`` found in ``table``."""
    found: set[int] = set()
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            value = table.get(tuple(words[i : i + size]))
            if value is not None:
                found.add(value)
                i += size
                break
        else:
            i += 1
    return found


@functools.cache
def _words(library_lang: str) -> dict[tuple[str, ...], int]:
    """Number words 0 to :data:`MAX_WORDS` in normal form, joiners left out, generated once."""
    from num2words import num2words  # imported on the first number typed in words

    table: dict[tuple[str, ...], int] = {}
    for number in range(2, MAX_WORDS + 1):  # "et", "one": more often words of a sentence
        words = tuple(w for w in normalize(num2words(number, lang=library_lang)).split())
        key = tuple(w for w in words if w not in _JOINERS)
        table.setdefault(key, number)
        if library_lang == "ar":
            spoken = tuple(_ARABIC_SPOKEN.sub("ين", w) for w in key)
            table.setdefault(spoken, number)
    return table
