"""Names in Latin letters: whether a text is written in them, and a rough Latin spelling.

A caseworker must be able to say a person's name on the phone. The interest form asks for the
name as written on the residence card when the typed one has letters of another script
(:func:`written_in_latin`, the flows' ``latin(name)``), and checks that answer
(:func:`is_latin_name`). Where a person gave none, staff see :func:`approximate_latin`: a
transliteration by anyascii (ISC licence, no dependencies), marked as approximate wherever it is
shown and never stored. Arabic script writes no short vowels, so ``أمينة أحمد`` comes out as
``'Mynh 'Hmd``: a help to find the person, not a spelling.

This is not :mod:`bot.kernel.transliterate`, a rough tool for matching municipality names by
sound, never for names shown to people.
"""

from __future__ import annotations

import unicodedata

from anyascii import anyascii

__all__ = ["approximate_latin", "is_latin_name", "written_in_latin"]

#: Apostrophes people type in Latin names (O'Brien, Ma'ruf): ASCII, typographic, modifier.
_APOSTROPHES = frozenset("'\u2018\u2019\u02bc\u02bb`\u00b4")
#: Hyphens: ASCII, Unicode hyphen and non-breaking hyphen.
_HYPHENS = frozenset("-\u2010\u2011")


def _latin_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith(
        "LATIN "
    )


def written_in_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter (``Amina``, ``Søren``, ``Đặng``).

    A text without letters counts as Latin: there is nothing to spell otherwise.

    :param text: a name as typed.
    :return: ``False`` as soon as one letter is of another script (``أمينة``, ``Олена``).
    """
    return all(_latin_letter(ch) for ch in unicodedata.normalize("NFC", text) if ch.isalpha())


def is_latin_name(text: str) -> bool:
    """True when ``text`` is a name in Latin letters: Latin letters with their accents (é, ø,
    å), spaces, hyphens and apostrophes only, and at least one letter.

    :param text: a cleaned answer (one space between words, no control characters).
    """
    letters = 0
    previous_letter = False
    for ch in unicodedata.normalize("NFC", text):
        if _latin_letter(ch):
            letters += 1
            previous_letter = True
            continue
        if unicodedata.category(ch).startswith("M") and previous_letter:
            continue  # an accent NFC has no single character for
        if ch != " " and ch not in _APOSTROPHES and ch not in _HYPHENS:
            return False
        previous_letter = False
    return letters > 0


def approximate_latin(text: str) -> str:
    """A rough Latin spelling of ``text`` (anyascii), for staff to read a name aloud.

    Words of a script without capital letters (Arabic, Ethiopic) start with a capital here;
    ``Олена`` keeps its own (``Olena``). Never exact: show it marked as approximate.

    :param text: a name in any script.
    :return: ASCII text, one space between words; empty when nothing could be spelled.
    """
    words = []
    for word in text.split():
        spelled = anyascii(word).strip()
        if not any(ch.upper() != ch.lower() for ch in word):  # a script without capitals
            spelled = _capitalised(spelled)
        if spelled:
            words.append(spelled)
    return " ".join(" ".join(words).split())


def _capitalised(word: str) -> str:
    for index, ch in enumerate(word):
        if ch.isalpha():
            return word[:index] + ch.upper() + word[index + 1 :]
    return word
