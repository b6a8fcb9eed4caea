"""Normalisation per script: the spellings learners type meet the spellings of the examples."""

from __future__ import annotations

import pytest
from rapidfuzz.distance import Levenshtein

from bot.understand.normalize import match_form, normalize
from bot.understand.tfidf import char_ngrams


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        pytest.param("HOW Much", "how much", id="case"),
        pytest.param("ＳＵ １２", "su 12", id="full-width"),
        pytest.param("hiiii", "hi", id="repeated-letters"),
        pytest.param("salaaaam 1000", "salam 1000", id="repeated-digits-kept"),
        pytest.param("hello!!! 👋🙂 ...", "hello", id="punctuation-and-emoji"),
        pytest.param("what's up?", "whats up", id="apostrophe-joins"),
        pytest.param("a-kasse/SU", "a kasse su", id="hyphen-and-slash-separate"),
        pytest.param("😀 ?!", "", id="nothing-but-symbols"),
    ],
)
def test_normalize_case_width_repeats_and_symbols(typed: str, expected: str) -> None:
    assert normalize(typed) == expected


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        pytest.param("أريد", "اريد", id="alef-hamza-above"),
        pytest.param("إلى", "الي", id="alef-hamza-below-and-maksura"),
        pytest.param("آمل", "امل", id="alef-madda"),
        pytest.param("ٱلعمل", "العمل", id="alef-wasla"),
        pytest.param("مدرسة", "مدرسه", id="teh-marbuta"),
        pytest.param("علی", "علي", id="persian-yeh"),
        pytest.param("کار", "كار", id="persian-kaf"),
        pytest.param("مـــدرســة", "مدرسه", id="tatweel"),
        pytest.param("كَيْفَ حَالُكَ", "كيف حالك", id="harakat"),
        pytest.param("می‌خواهم", "ميخواهم", id="zero-width-non-joiner"),
        pytest.param("ڕۆژ", "روژ", id="sorani-letters"),
        pytest.param("ښه", "شه", id="pashto-letters"),
    ],
)
def test_normalize_folds_arabic_letter_variants(variant: str, plain: str) -> None:
    assert normalize(variant) == normalize(plain) == plain


@pytest.mark.parametrize(
    ("digits", "ascii_digits"),
    [
        pytest.param("٠١٢٣٤٥٦٧٨٩", "0123456789", id="arabic-indic"),
        pytest.param("۰۱۲۳۴۵۶۷۸۹", "0123456789", id="persian"),
        pytest.param("፭", "5", id="ethiopic"),
    ],
)
def test_normalize_writes_digits_in_ascii(digits: str, ascii_digits: str) -> None:
    assert normalize(digits) == ascii_digits


@pytest.mark.parametrize(
    ("letter", "folded"),
    [
        ("і", "и"),
        ("ї", "и"),
        ("ы", "и"),
        ("є", "е"),
        ("э", "е"),
        ("ё", "е"),
        ("ґ", "г"),
        ("ў", "у"),
    ],
)
def test_normalize_folds_ukrainian_and_russian_letters(letter: str, folded: str) -> None:
    assert normalize(f"д{letter}м") == f"д{folded}м"


def test_normalize_drops_hard_and_soft_signs() -> None:
    assert normalize("подъезд день") == "подезд ден"


@pytest.mark.parametrize(
    ("ukrainian", "russian"),
    [("хочу записатися", "хочу записаться"), ("інформація", "информация")],
)
def test_normalize_brings_ukrainian_and_russian_spellings_within_a_letter_or_two(
    ukrainian: str, russian: str
) -> None:
    assert Levenshtein.distance(normalize(ukrainian), normalize(russian)) <= 2
    assert _shared(normalize(ukrainian), normalize(russian)) > _shared(
        ukrainian.lower(), russian.lower()
    )


def _shared(a: str, b: str) -> float:
    """The share of character n-grams two texts have in common (Jaccard)."""
    first, second = set(char_ngrams(a)), set(char_ngrams(b))
    return len(first & second) / len(first | second)


def test_normalize_folds_yo_into_ye() -> None:
    assert normalize("Ещё") == normalize("еще") == "еще"


@pytest.mark.parametrize(
    ("variant", "plain"),
    [
        pytest.param("ሐሙስ", "ሀሙስ", id="hha-to-ha"),
        pytest.param("ኀይሊ", "ሀይሊ", id="xa-to-ha"),
        pytest.param("ሠላም", "ሰላም", id="sza-to-sa"),
        pytest.param("ዐዲስ", "አዲስ", id="ayin-to-alef"),
        pytest.param("ፀሓይ", "ጸሃይ", id="tza-to-tsa"),
    ],
)
def test_normalize_folds_ethiopic_homophone_letters(variant: str, plain: str) -> None:
    assert normalize(variant) == plain


def test_normalize_splits_ethiopic_words_at_ethiopic_punctuation() -> None:
    assert normalize("ሰላም፡ከመይ፧") == "ሰላም ከመይ"


@pytest.mark.parametrize(
    ("arabizi", "latin"),
    [
        pytest.param("3ayez a4ta8al", "ayez ashtaghal", id="ayn-before-vowel-shin-ghayn"),
        pytest.param("ba3d", "baad", id="ayn-before-consonant"),
        pytest.param("7abibi", "habibi", id="ha"),
        pytest.param("5alas", "khalas", id="kha"),
        pytest.param("2ana", "ana", id="hamza"),
        pytest.param("sho3'l", "shoghl", id="ghayn-digraph"),
    ],
)
def test_normalize_spells_arabizi_digits_in_letters(arabizi: str, latin: str) -> None:
    assert normalize(arabizi) == latin


@pytest.mark.parametrize(
    "numbers",
    ["i am 52", "18yo", "my son is 19y", "12 years", "2nd igu", "covid19", "37 timer"],
)
def test_normalize_keeps_numbers_that_are_not_arabizi(numbers: str) -> None:
    assert normalize(numbers) == numbers


def test_normalize_keeps_danish_letters_and_drops_other_accents() -> None:
    assert normalize("Løn på ÆBLE") == "løn på æble"
    assert normalize("Ez dixwazim beşdar bibim, çawa?") == "ez dixwazim besdar bibim cawa"
    assert normalize("café") == "cafe"


@pytest.mark.parametrize(
    ("danish", "typed"),
    [
        ("løn", "loen"),
        ("kontanthjælp", "kontanthjaelp"),
        ("på", "paa"),
        ("Ferie på SU", "ferie paa su"),
    ],
)
def test_match_form_meets_danish_letters_written_as_two(danish: str, typed: str) -> None:
    assert match_form(danish) == match_form(typed)
