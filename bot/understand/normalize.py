"""Normalising typed text per script, so that the spellings learners type meet the examples.

:func:`normalize` gives the readable normal form (Danish æ, ø, å kept); :func:`match_form` is
what the matcher indexes and looks up: the normal form with æ/ø/å written ae/oe/aa, so "løn"
and "loen" are one word. Both sides of a match (examples and typed text) go through the same
function, so a folding only has to be consistent, not linguistically exact.

The tables are written here on purpose: Unicode normalisation (NFKC, case folding) does the
width and case, but no kept library folds Arabic letter variants across Arabic, Persian, Dari,
Pashto and Sorani keyboards, Ukrainian against Russian spellings, Ethiopic homophone letters or
Arabizi digits in one pass (PyArabic and hazm each cover one language, and neither the others).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["match_form", "normalize"]

# ---------------------------------------------------------------------------- Arabic script

# Letter variants that keyboards and spellings mix: alef with hamza or madda, teh marbuta,
# alef maksura and the Persian, Pashto and Sorani forms of yeh, kaf, heh, waw, gaf, and the
# Pashto and Sorani letters people without such a keyboard type with the Arabic/Persian one.
_ARABIC_LETTERS: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ە": "ه", "ۃ": "ه",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ئ": "ي", "ے": "ي", "ۓ": "ي",
    "ک": "ك", "ڪ": "ك", "ګ": "گ", "ڭ": "گ",
    "ؤ": "و", "ۆ": "و", "ۇ": "و", "ۉ": "و", "ۊ": "و", "ٶ": "و",
    "ڕ": "ر", "ړ": "ر", "ڵ": "ل", "ټ": "ت", "ډ": "د", "ږ": "ژ", "ښ": "ش", "ڼ": "ن",
    "ځ": "ز", "څ": "س",
    "ـ": "",  # tatweel (kashida) only stretches a word
    "\u200c": "", "\u200d": "",  # (non-)joiners inside Persian words: typed or not
}  # fmt: skip
# Harakat, tanween, shadda, sukun, hamza above/below, dagger alef and Quranic marks.
_ARABIC_MARKS = [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]
# Arabic-Indic and Persian (Eastern Arabic) digits.
_DIGITS = {0x0660 + d: str(d) for d in range(10)} | {0x06F0 + d: str(d) for d in range(10)}
# Ethiopic numerals one to nine (not decimal digits in Unicode, so NFKC keeps them).
_ETHIOPIC_DIGITS = {0x1369 + d: str(d + 1) for d in range(9)}

# ---------------------------------------------------------------------------- Cyrillic

# Ukrainian and Russian spellings of one word meet: і, ї and ы become и (Ukrainian "записатися"
# and Russian "записаться" then differ only in the soft sign, which goes), є, э and ё become е.
_CYRILLIC: dict[str, str] = {
    "ё": "е", "є": "е", "э": "е", "і": "и", "ї": "и", "ы": "и", "ґ": "г", "ў": "у",
    "ъ": "", "ь": "",
}  # fmt: skip

# ---------------------------------------------------------------------------- Ethiopic

# Homophone letters: each family is written with the first row. Rows are eight syllables long
# (the consonant with each vowel), so a whole row maps onto the same column of the first.
_ETHIOPIC_ROWS = (
    (0x1210, 0x1200),  # ሐ → ሀ
    (0x1280, 0x1200),  # ኀ → ሀ
    (0x1220, 0x1230),  # ሠ → ሰ
    (0x12D0, 0x12A0),  # ዐ → አ
    (0x1340, 0x1338),  # ፀ → ጸ
)
# Ethiopic word space and punctuation (፡ ። ፣ ፤ ፥ ፦ ፧ ፨) separate words.
_ETHIOPIC_PUNCTUATION = range(0x1360, 0x1369)

# ---------------------------------------------------------------------------- Latin


def _latin_accents() -> dict[int, str]:
    """Accented Latin letters without their accents (Kurmanji ê î û ç ş typed as e i u c s),
    except å, which Danish keeps as a letter of its own."""
    table: dict[int, str] = {}
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        if ch in "åÅ":
            continue
        base = unicodedata.normalize("NFD", ch)[:1]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    return table


def _table() -> dict[int, str]:
    """The single-character foldings of every script, as one :meth:`str.translate` table."""
    table = _latin_accents()
    for source in (_ARABIC_LETTERS, _CYRILLIC):
        table.update({ord(k): v for k, v in source.items()})
    table.update(dict.fromkeys(_ARABIC_MARKS, ""))
    table.update(_DIGITS)
    table.update(_ETHIOPIC_DIGITS)
    for first, target in _ETHIOPIC_ROWS:
        table.update({first + column: chr(target + column) for column in range(8)})
    table.update(dict.fromkeys(_ETHIOPIC_PUNCTUATION, " "))
    return table


_FOLD = _table()

# ---------------------------------------------------------------------------- Arabizi

# Digits that Arabizi writes for Arabic letters Latin lacks ("3ayez a4ta8al", "kam al ratib"):
# 2 hamza, 3 ʿayn, 5 kha, 6 ṭa, 7 ḥa, 8 ghayn (or qaf), 9 ṣad, 4 shin. 3' and 7' are ghayn and
# kha. Hamza and ʿayn stand for "a" before a consonant ("ba3d" → "baad") and vanish before a
# vowel ("3ayez" → "ayez"), the way learners spell them in plain Latin.
_ARABIZI: dict[str, str] = {"4": "sh", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "s"}
_ARABIZI_PAIRS = {"3'": "gh", "7'": "kh"}
_VOWELS = frozenset("aeiouy")
# A number with a short unit or ordinal is not Arabizi: "52y", "18yo", "2nd", "10am", "3x";
# nor is a word with two digits in a row ("covid19", "abc123").
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:y|yo|yrs?|years?|x|h|hrs?|k|kr|dkk|st|nd|rd|th|am|pm|aar|år|timer?|uger?)"
)
_DIGIT_RUN = re.compile(r"\d\d")
_ARABIZI_WORD = re.compile(r"[a-z0-9']*[a-z][a-z0-9']*")


def _arabizi_word(match: re.Match[str]) -> str:
    """One Latin word with Arabizi digits spelled in letters (words without digits unchanged)."""
    word = match.group(0)
    if (
        not any(ch.isdigit() for ch in word)
        or _NUMBER_WITH_UNIT.fullmatch(word)
        or _DIGIT_RUN.search(word)
    ):
        return word
    for pair, letters in _ARABIZI_PAIRS.items():
        word = word.replace(pair, letters)
    out: list[str] = []
    for i, ch in enumerate(word):
        if ch in "23":
            after = word[i + 1 : i + 2]
            out.append("" if after in _VOWELS else "a")
        else:
            out.append(_ARABIZI.get(ch, ch))
    return "".join(out)


# ---------------------------------------------------------------------------- the pipeline

# Apostrophes join ("don't", Ukrainian "м'ясо"); anything else that is not a letter or a digit
# (punctuation, symbols, emoji, Ethiopic word space) separates words.
_APOSTROPHES = re.compile("['’ʼ`´ʹ‘]")
_SEPARATORS = re.compile(r"[\W_]+")
# Three or more of one letter are one ("hiiii", "salaaaam"); digits are left alone ("1000").
_REPEATS = re.compile(r"(.)\1\1+")
_HAS_DIGIT = re.compile(r"\d")


def normalize(text: str) -> str:
    """The normal form of typed text: words of lower-case letters and ASCII digits, one space
    apart.

    Width and case (NFKC, case folding); Arabic-script letter variants, marks, tatweel and
    digits; Ukrainian and Russian spellings; Ethiopic homophone letters; accents on Latin
    letters (Danish å kept, æ and ø are letters of their own); Arabizi digits inside Latin words;
    letters repeated three times or more; punctuation, symbols and emoji.

    >>> normalize("  Hiiii!! 👋 What's the LØN?")
    'hi whats the løn'
    >>> normalize("كم الراتب؟"), normalize("۱۲ سال")
    ('كم الراتب', '12 سال')

    :param text: any text a person typed.
    :returns: the normal form; empty when nothing but punctuation, symbols or emoji was typed.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    if not folded.isascii():  # nothing to fold in ASCII; translate() costs ~0.2 µs a letter
        folded = folded.translate(_FOLD)
    if _HAS_DIGIT.search(folded):
        folded = _ARABIZI_WORD.sub(_arabizi_word, folded)
    folded = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", folded))
    return _REPEATS.sub(_one_letter, folded).strip()


def _one_letter(match: re.Match[str]) -> str:
    """A run of one letter written once (a run of one digit is a number: kept)."""
    return match.group(0) if match.group(1).isdigit() else match.group(1)


def match_form(text: str) -> str:
    """:func:`normalize`, then Danish æ, ø, å as ae, oe, aa: what the matcher compares.

    >>> match_form("Løn på SU") == match_form("loen paa su")
    True

    :param text: any text a person typed, or an example phrasing.
    """
    form = normalize(text)
    if form.isascii():
        return form
    return form.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
