"""Typed-answer validation: text, numbers and ages, phones, e-mail addresses, municipalities."""

from __future__ import annotations

import pytest

from bot.engine.inputs import INPUT_TYPES, Invalid, Valid, clean, validate

# ---------------------------------------------------------------------------- validate: general


def test_inputs_types_are_the_documented_ones() -> None:
    assert {"text", "latin", "number", "age", "phone", "email", "municipality"} == INPUT_TYPES


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        pytest.param("  Amina   Ahmed ", "Amina Ahmed", id="spaces-cleaned"),
        pytest.param("Hélène Ørsted-Åberg", "Hélène Ørsted-Åberg", id="accents-hyphen"),
        pytest.param("Ma’ruf O'Brien", "Ma’ruf O'Brien", id="apostrophes"),
        pytest.param("José", "José", id="combining-accent-composed"),
    ],
)
def test_inputs_latin_takes_a_name_in_latin_letters(raw: str, stored: str) -> None:
    assert validate("latin", raw) == Valid(stored)


@pytest.mark.parametrize(
    "raw", ["أمينة أحمد", "Олена", "Amina 2", "amina@example.org", "A. Ahmed", "- '"]
)
def test_inputs_latin_refuses_other_scripts_digits_and_signs(raw: str) -> None:
    assert validate("latin", raw) == Invalid("error-latin")


def test_inputs_latin_too_long_says_so_before_the_script() -> None:
    assert validate("latin", "أ" * 81, max_length=80) == Invalid(
        "error-too-long", {"max_length": 80}
    )


@pytest.mark.parametrize("kind", ["", "date", "Text", "postcode"])
def test_inputs_unknown_kind_raises(kind: str) -> None:
    with pytest.raises(ValueError, match="unknown input type"):
        validate(kind, "x")


@pytest.mark.parametrize("kind", sorted(INPUT_TYPES))
@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("", id="empty"),
        pytest.param("  \t\n ", id="whitespace"),
        pytest.param("\u200b\u200f\ufeff", id="invisible-only"),
        pytest.param("\x00\x07", id="control-only"),
        pytest.param("\u3164", id="hangul-filler"),
        pytest.param("\u115f\u1160\uffa0", id="hangul-fillers"),
        pytest.param("\u00ad\u2064\u2800", id="soft-hyphen-invisible-plus-braille-blank"),
        pytest.param("\U000e0041\U000e007f", id="tag-characters"),
        pytest.param("\u200c\u200d \u200c", id="joiners-only"),
        pytest.param("\u0301\u034f", id="combining-marks-only"),
    ],
)
def test_inputs_empty_answer_is_invalid(kind: str, raw: str) -> None:
    assert validate(kind, raw) == Invalid("error-empty")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("  Ali  ", "Ali", id="strip"),
        pytest.param("Ali\u200b Ahmadi", "Ali Ahmadi", id="zero-width-space"),
        pytest.param("\u202eilA\u202c", "ilA", id="bidi-override"),
        pytest.param("\u2067علی\u2069", "علی", id="bidi-isolate"),
        pytest.param("\u200fعلی\u200e", "علی", id="rlm-lrm"),
        pytest.param("\ufeffAli", "Ali", id="byte-order-mark"),
        pytest.param("Ali\x00\x1b", "Ali", id="control-chars"),
        pytest.param("Ali\nAhmadi", "Ali Ahmadi", id="line-break-is-space"),
        pytest.param("Ali   Ahmadi", "Ali Ahmadi", id="collapse-spaces"),
        pytest.param("Ka\u030are", "Kåre", id="nfc"),
        pytest.param("An\u00adna", "Anna", id="soft-hyphen"),
        pytest.param("Anna\u2064\u2062", "Anna", id="invisible-operators"),
        pytest.param("Anna\U000e0041\U000e0042\U000e007f", "Anna", id="tag-characters"),
        pytest.param("\u3164Anna\u3164", "Anna", id="hangul-filler"),
        pytest.param("Anna\u180e\u2060 Lund", "Anna Lund", id="word-joiner-mongolian-space"),
        pytest.param("علی\u200cاکبر", "علی\u200cاکبر", id="persian-zwnj-inside-a-word"),
        pytest.param("\u200cعلی\u200c \u200cاکبر\u200c", "علی اکبر", id="zwnj-at-word-ends"),
        pytest.param("\U0001f468\u200d\U0001f469", "\U0001f468\u200d\U0001f469", id="emoji-zwj"),
        pytest.param("\ufe0f Anna", "Anna", id="variation-selector-after-nothing"),
    ],
)
def test_inputs_clean_removes_invisible_and_control_characters(raw: str, expected: str) -> None:
    assert clean(raw) == expected


# ---------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("raw", "max_length", "expected"),
    [
        pytest.param(" Amina ", None, Valid("Amina"), id="stripped"),
        pytest.param("a\u200b" * 200, None, Valid("a" * 200), id="length-after-cleaning"),
        pytest.param("a" * 200, None, Valid("a" * 200), id="default-limit-exact"),
        pytest.param("a" * 201, None, Invalid("error-too-long", {"max_length": 200}), id="over"),
        pytest.param("a" * 80, 80, Valid("a" * 80), id="custom-limit-exact"),
        pytest.param(
            "a" * 81, 80, Invalid("error-too-long", {"max_length": 80}), id="custom-over"
        ),
        pytest.param("نام من", None, Valid("نام من"), id="arabic-script"),
    ],
)
def test_text_length_is_limited(
    raw: str, max_length: int | None, expected: Valid | Invalid
) -> None:
    assert validate("text", raw, max_length=max_length) == expected


# ---------------------------------------------------------------------------- number and age


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        pytest.param("42", 42, id="ascii"),
        pytest.param("  42  ", 42, id="spaces"),
        pytest.param("٤٢", 42, id="arabic-indic"),
        pytest.param("۴۲", 42, id="extended-arabic-indic"),
        pytest.param("\u200f٤٢\u200f", 42, id="arabic-indic-with-rlm"),
        pytest.param("0", 0, id="zero"),
        pytest.param("-3", -3, id="negative"),
        pytest.param("+7", 7, id="plus-sign"),
    ],
)
def test_number_accepts_integers_in_any_digits(raw: str, value: int) -> None:
    assert validate("number", raw) == Valid(value)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("abc", id="letters"),
        pytest.param("4 2", id="inner-space"),
        pytest.param("4.5", id="decimal"),
        pytest.param("1e3", id="exponent"),
        pytest.param("forty two and five", id="two-numbers-in-words"),
        pytest.param("I am 42 and 5", id="two-numbers-in-a-sentence"),
        pytest.param("how much do I earn with 2 children in Aarhus", id="a-question"),
        pytest.param("--1", id="double-sign"),
        pytest.param("9" * 16, id="too-many-digits"),
    ],
)
def test_number_rejects_non_integers(raw: str) -> None:
    assert validate("number", raw) == Invalid("error-number")


@pytest.mark.parametrize(
    ("raw", "minimum", "maximum", "expected"),
    [
        pytest.param("5", 1, 10, Valid(5), id="inside"),
        pytest.param("1", 1, 10, Valid(1), id="at-minimum"),
        pytest.param("10", 1, 10, Valid(10), id="at-maximum"),
        pytest.param(
            "0", 1, 10, Invalid("error-number-range", {"minimum": 1, "maximum": 10}), id="below"
        ),
        pytest.param(
            "11", 1, 10, Invalid("error-number-range", {"minimum": 1, "maximum": 10}), id="above"
        ),
        pytest.param("-1", 0, None, Invalid("error-number-range", {"minimum": 0}), id="only-min"),
        pytest.param("1000000", None, None, Valid(1000000), id="unbounded"),
    ],
)
def test_number_range_is_checked(
    raw: str, minimum: int | None, maximum: int | None, expected: Valid | Invalid
) -> None:
    assert validate("number", raw, minimum=minimum, maximum=maximum) == expected


@pytest.mark.parametrize(
    ("raw", "minimum", "maximum", "expected"),
    [
        pytest.param("34", None, None, Valid(34), id="adult"),
        pytest.param("٣٤", None, None, Valid(34), id="arabic-indic"),
        pytest.param("۳۴", None, None, Valid(34), id="extended-arabic-indic"),
        pytest.param("0", None, None, Valid(0), id="default-minimum"),
        pytest.param("120", None, None, Valid(120), id="default-maximum"),
        pytest.param(
            "121",
            None,
            None,
            Invalid("error-number-range", {"minimum": 0, "maximum": 120}),
            id="above-default",
        ),
        pytest.param(
            "-1",
            None,
            None,
            Invalid("error-number-range", {"minimum": 0, "maximum": 120}),
            id="below-default",
        ),
        pytest.param(
            "17",
            18,
            None,
            Invalid("error-number-range", {"minimum": 18, "maximum": 120}),
            id="custom-minimum",
        ),
        pytest.param(
            "45",
            18,
            40,
            Invalid("error-number-range", {"minimum": 18, "maximum": 40}),
            id="custom-range",
        ),
        pytest.param("thirty", None, None, Valid(30), id="word"),
        pytest.param("30 years", None, None, Valid(30), id="with-unit"),
        pytest.param("thirty or forty", None, None, Invalid("error-age"), id="two-words"),
        pytest.param("30 or 40 years", None, None, Invalid("error-age"), id="two-numbers"),
    ],
)
def test_age_is_a_number_in_range(
    raw: str, minimum: int | None, maximum: int | None, expected: Valid | Invalid
) -> None:
    assert validate("age", raw, minimum=minimum, maximum=maximum) == expected


# ---------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        pytest.param("20 12 34 56", "+4520123456", id="danish-without-prefix"),
        pytest.param("20123456", "+4520123456", id="danish-compact"),
        pytest.param("+45 20123456", "+4520123456", id="plus-45"),
        pytest.param("0045 20 12 34 56", "+4520123456", id="0045"),
        pytest.param("(+45) 20-12-34-56", "+4520123456", id="punctuation"),
        pytest.param("33 12 34 56", "+4533123456", id="danish-landline"),
        pytest.param("+46 70 123 45 67", "+46701234567", id="swedish-mobile"),
        pytest.param("+44 20 7946 0958", "+442079460958", id="uk"),
        pytest.param("٢٠١٢٣٤٥٦", "+4520123456", id="arabic-indic-digits"),
        pytest.param("۲۰ ۱۲ ۳۴ ۵۶", "+4520123456", id="extended-arabic-indic-digits"),
        pytest.param("\u202a+45 20 12 34 56\u202c", "+4520123456", id="bidi-embedding"),
    ],
)
def test_phone_valid_numbers_become_e164(raw: str, e164: str) -> None:
    assert validate("phone", raw) == Valid(e164)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("123", id="too-short"),
        pytest.param("112", id="emergency"),
        pytest.param("+45 1234", id="short-with-prefix"),
        pytest.param("2012345", id="seven-digits"),
        pytest.param("12 34 56 78", id="unallocated-danish-range"),
        pytest.param("abc", id="letters"),
        pytest.param("+46 12", id="foreign-too-short"),
        pytest.param("1" * 400, id="very-long"),
    ],
)
def test_phone_rejects_invalid_numbers(raw: str) -> None:
    assert validate("phone", raw) == Invalid("error-phone")


# ---------------------------------------------------------------------------- email


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        pytest.param("ali@example.com", "ali@example.com", id="plain"),
        pytest.param("  ali@example.com ", "ali@example.com", id="spaces"),
        pytest.param("Ali@Example.COM", "Ali@example.com", id="domain-lower-cased"),
        pytest.param("ali\u200b@example.com", "ali@example.com", id="zero-width"),
        pytest.param("ali@københavn.dk", "ali@københavn.dk", id="international-domain"),
    ],
)
def test_email_valid_addresses_are_normalized(raw: str, normalized: str) -> None:
    assert validate("email", raw) == Valid(normalized)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("ali", id="no-at"),
        pytest.param("ali@", id="no-domain"),
        pytest.param("@example.com", id="no-local-part"),
        pytest.param("ali@localhost", id="no-dot-in-domain"),
        pytest.param("ali ahmadi@example.com", id="space"),
        pytest.param("ali.@example.com", id="dot-before-at"),
        pytest.param("ali@@example.com", id="double-at"),
        pytest.param("a" * 400 + "@example.com", id="very-long"),
        pytest.param("x?bcc=spy&subject=hi@evil.example", id="mailto-headers"),
        pytest.param("x%3Fbcc=spy@evil.example", id="mailto-escape"),
    ],
)
def test_email_rejects_invalid_addresses(raw: str) -> None:
    assert validate("email", raw) == Invalid("error-email")


# ---------------------------------------------------------------------------- municipality


@pytest.mark.parametrize(
    ("raw", "code", "name"),
    [
        pytest.param("Koebenhavn", "101", "København", id="digraph"),
        pytest.param("Copenhagen", "101", "København", id="exonym"),
        pytest.param("Århus", "751", "Aarhus", id="old-spelling"),
        pytest.param("0751", "751", "Aarhus", id="code"),
        pytest.param("\u0667\u0665\u0661", "751", "Aarhus", id="arabic-indic-code"),
        pytest.param("hoje-taastrup", "169", "Høje-Taastrup", id="double-name"),
        pytest.param("Odensee", "461", "Odense", id="typo"),
        pytest.param("\u200fAalborg\u200f", "851", "Aalborg", id="with-rlm"),
        pytest.param("آرهوس", "751", "Aarhus", id="arabic-script"),
        pytest.param("\u200fأودنسه\u200f", "461", "Odense", id="arabic-script-with-rlm"),
        pytest.param("Копенгаген", "101", "København", id="cyrillic"),
        pytest.param("ኦርሁስ", "751", "Aarhus", id="ethiopic"),
    ],
)
def test_municipality_valid_answer_carries_code_and_name(raw: str, code: str, name: str) -> None:
    assert validate("municipality", raw) == Valid(code, {"municipality_name": name})


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("xyz", id="nonsense"),
        pytest.param("hello world", id="words"),
        pytest.param("12345", id="not-a-code"),
        pytest.param("Vejlen", id="ambiguous"),
        pytest.param("Aarhus " * 100, id="very-long"),
        pytest.param("آرهوس " * 100, id="very-long-arabic-script"),
        pytest.param("لا أعرف", id="i-do-not-know-arabic"),
    ],
)
def test_municipality_unknown_answer_is_invalid(raw: str) -> None:
    assert validate("municipality", raw) == Invalid("error-municipality")
