"""Validation of typed answers (``input: {type: ...}`` in a flow step): pure functions.

:func:`validate` cleans what a person typed and returns either :class:`Valid` with the value to
save, or :class:`Invalid` with the Fluent message id (and its variables) to show them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.i18n.latin import is_latin_name
from bot.kernel.municipalities import Municipalities
from bot.understand.numbers import read_number

__all__ = ["INPUT_TYPES", "Invalid", "Valid", "clean", "validate"]

INPUT_TYPES: frozenset[str] = frozenset(
    {"text", "latin", "number", "age", "phone", "email", "municipality"}
)

DEFAULT_TEXT_MAX_LENGTH = 200
DEFAULT_AGE_MINIMUM = 0
DEFAULT_AGE_MAXIMUM = 120
DEFAULT_PHONE_REGION = "DK"
# Longest cleaned input considered for the structured kinds (number, phone, email, municipality);
# anything longer is not one of them and is not worth parsing. Email addresses stop at 254.
_MAX_STRUCTURED_LENGTH = 320
# More digits than this is not a count or an age, and would not fit an SQLite INTEGER anyway.
_MAX_NUMBER_DIGITS = 15

# Invisible characters that carry no content but can hide in a name or change how it reads:
# Unicode's Default_Ignorable_Code_Point set (soft hyphen U+00AD, combining grapheme joiner,
# Arabic letter mark, Hangul fillers U+115F/U+1160/U+3164/U+FFA0, Khmer and Mongolian invisible
# vowels and selectors, zero-width space, LRM/RLM, bidi embeddings, overrides and isolates, word
# joiner and invisible operators U+2060-U+2064, byte order mark, tag characters U+E0000-U+E0FFF)
# and the braille blank U+2800. Python's unicodedata does not expose that property, so the ranges
# are listed here (DerivedCoreProperties.txt, Unicode 15.1). Not in the list: the zero-width
# non-joiner and joiner U+200C/U+200D and the variation selectors U+FE00-U+FE0F, see below.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u206f\u2800\u3164\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# The non-joiner U+200C is part of Persian, Dari, Pashto and Kurdish spelling (علی‌اکبر) and the
# joiner U+200D of emoji sequences: both are kept between two characters of a word, and dropped
# at the start or end of a word, where they only hide. A variation selector is kept after a
# character (an emoji's presentation), dropped where it follows nothing.
_LOOSE_JOINERS = re.compile("(?:^|(?<=\\s))[\u200c\u200d\ufe00-\ufe0f]+|[\u200c\u200d]+(?=\\s|$)")
_WHITESPACE_RUN = re.compile(r"\s+")
#: Unicode general categories that show something on their own: letters, numbers,
#: punctuation and symbols.
_VISIBLE = frozenset("LNPS")
_NUMBER = re.compile(r"([+\-\u2212]?)(\d+)")
_URL_SPECIAL = re.compile("[?%]")


@dataclass(frozen=True)
class Valid:
    """An accepted answer: ``value`` is saved; ``extra`` holds derived values worth keeping."""

    value: str | int
    extra: dict[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True)
class Invalid:
    """A rejected answer: ``reason`` is the Fluent id of the message to show, with ``args``."""

    reason: str
    args: dict[str, str | int] = field(default_factory=dict)


def validate(
    kind: str,
    raw: str,
    *,
    max_length: int | None = None,
    minimum: int | None = None,
    maximum: int | None = None,
    lang: str = "en",
) -> Valid | Invalid:
    """Check ``raw`` as an answer of type ``kind`` (one of :data:`INPUT_TYPES`).

    ``max_length`` applies to ``text`` and ``latin`` (text in Latin letters: a name as on a
    residence card, :func:`bot.i18n.latin.is_latin_name`); ``minimum`` and ``maximum`` to
    ``number`` and ``age``, which are also read out of a sentence ("I am 52") and from number
    words in ``lang`` (:func:`bot.understand.numbers.read_number`).

    :raises ValueError: ``kind`` is not one of :data:`INPUT_TYPES` (a content error, not a user's).
    """
    if kind not in INPUT_TYPES:
        raise ValueError(f"unknown input type {kind!r}; expected one of {sorted(INPUT_TYPES)}")
    cleaned = clean(raw)
    if not any(unicodedata.category(ch)[0] in _VISIBLE for ch in cleaned):
        return Invalid("error-empty")  # nothing, or only marks that show nothing by themselves
    if kind == "text":
        return _validate_text(
            cleaned, DEFAULT_TEXT_MAX_LENGTH if max_length is None else max_length
        )
    if kind == "latin":
        text = _validate_text(
            cleaned, DEFAULT_TEXT_MAX_LENGTH if max_length is None else max_length
        )
        if isinstance(text, Valid) and not is_latin_name(cleaned):
            return Invalid("error-latin")
        return text
    if kind == "number":
        return _validate_number(cleaned, minimum, maximum, "error-number", lang)
    if kind == "age":
        low = DEFAULT_AGE_MINIMUM if minimum is None else minimum
        high = DEFAULT_AGE_MAXIMUM if maximum is None else maximum
        return _validate_number(cleaned, low, high, "error-age", lang)
    if kind == "phone":
        return _validate_phone(cleaned)
    if kind == "email":
        return _validate_email(cleaned)
    return _validate_municipality(cleaned)


def clean(raw: str) -> str:
    """``raw`` in NFC without control or invisible characters, spaces collapsed.

    Line breaks and tabs become spaces; other control characters, lone surrogates and the
    invisible characters of :data:`_INVISIBLE` are removed; a zero-width (non-)joiner stays only
    inside a word; runs of whitespace become one space; the ends are stripped.
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", raw))
    kept = "".join(
        " " if ch.isspace() else ch for ch in text if ch.isspace() or not _is_control(ch)
    )
    return _WHITESPACE_RUN.sub(" ", _LOOSE_JOINERS.sub("", kept)).strip()


def _is_control(ch: str) -> bool:
    # Cs: a lone surrogate is not a character at all (JSON's "\ud800" escape produces one);
    # kept, it could not be stored as UTF-8 and the turn would fail.
    return unicodedata.category(ch) in {"Cc", "Cs"}


def _validate_text(text: str, max_length: int) -> Valid | Invalid:
    if len(text) > max_length:
        return Invalid("error-too-long", {"max_length": max_length})
    return Valid(text)


def _parse_int(text: str) -> int | None:
    """An integer in any decimal digits: ASCII, Arabic-Indic (U+0660...), Persian (U+06F0...)."""
    match = _NUMBER.fullmatch(text)
    if match is None:
        return None
    sign, digits = match.groups()
    if len(digits) > _MAX_NUMBER_DIGITS:
        return None
    value = int("".join(str(unicodedata.decimal(ch)) for ch in digits))
    return -value if sign in ("-", "\u2212") else value


def _validate_number(
    text: str, minimum: int | None, maximum: int | None, not_a_number: str, lang: str
) -> Valid | Invalid:
    value = _parse_int(text)
    if value is None and len(text) <= _MAX_STRUCTURED_LENGTH:
        value = read_number(text, lang)
    if value is None:
        return Invalid(not_a_number)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = {"minimum": minimum, "maximum": maximum}
        return Invalid("error-number-range", {k: v for k, v in bounds.items() if v is not None})
    return Valid(value)


def _validate_phone(text: str) -> Valid | Invalid:
    if len(text) > _MAX_STRUCTURED_LENGTH:
        return Invalid("error-phone")
    try:
        number = phonenumbers.parse(text, DEFAULT_PHONE_REGION)
    except phonenumbers.NumberParseException:
        return Invalid("error-phone")
    if not phonenumbers.is_valid_number(number):
        return Invalid("error-phone")
    return Valid(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _validate_email(text: str) -> Valid | Invalid:
    if len(text) > _MAX_STRUCTURED_LENGTH:
        return Invalid("error-email")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return Invalid("error-email")
    if _URL_SPECIAL.search(result.local_part):
        # RFC 5322 allows them, but in a mailto: link "?" starts headers (bcc=, subject=) and
        # "%" escapes: staff click these addresses, so they are refused (hardly anyone has one).
        return Invalid("error-email")
    return Valid(result.normalized)


def _validate_municipality(text: str) -> Valid | Invalid:
    if len(text) > _MAX_STRUCTURED_LENGTH:
        return Invalid("error-municipality")
    municipality = Municipalities.load().match(text)
    if municipality is None:
        return Invalid("error-municipality")
    return Valid(municipality.code, {"municipality_name": municipality.name})
