"""Tests of typed-answer validation and of the municipality table it matches against."""

from __future__ import annotations

import csv
import io
from importlib.resources import files

import pytest

from bot.engine.inputs import INPUT_TYPES, Invalid, Valid, clean, validate
from bot.engine.municipalities import Municipalities, Municipality
from bot.errors import ContentError


def _packaged_rows() -> list[dict[str, str]]:
    """The shipped CSV read independently of the code under test."""
    text = (files("bot") / "data" / "municipalities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


ROWS = _packaged_rows()
ROW_PARAMS = [pytest.param(row, id=f"{row['municipality_code']}-{row['name']}") for row in ROWS]


def _ascii_spellings(name: str) -> set[str]:
    """How a name is written without Danish letters: æ/ø/å as ae/oe/aa and as plain a/o."""
    digraphs = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = name.replace("æ", "a").replace("ø", "o").replace("å", "a")
    return {digraphs, digraphs.upper(), plain, plain.lower()}


# ---------------------------------------------------------------------------- municipalities


def test_municipalities_table_has_98_unique_codes_and_names() -> None:
    table = Municipalities.load().all()
    assert len(ROWS) == 98
    assert len(table) == 98
    assert len({m.code for m in table}) == 98
    assert len({m.name for m in table}) == 98


def test_municipalities_load_is_cached() -> None:
    assert Municipalities.load() is Municipalities.load()


def test_municipalities_rows_keep_region() -> None:
    aarhus = Municipalities.load().by_code("751")
    assert aarhus == Municipality("751", "Aarhus", "1082", "Region Midtjylland")


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_municipalities_every_one_matches_its_own_name(row: dict[str, str]) -> None:
    table = Municipalities.load()
    code = row["municipality_code"]
    for spelling in (row["name"], row["name"].lower(), f"{row['name']} Kommune"):
        found = table.match(spelling)
        assert found is not None, spelling
        assert found.code == code, spelling


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_municipalities_every_one_matches_without_danish_letters(row: dict[str, str]) -> None:
    table = Municipalities.load()
    for spelling in _ascii_spellings(row["name"]):
        found = table.match(spelling)
        assert found is not None, spelling
        assert found.code == row["municipality_code"], spelling


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_municipalities_every_one_matches_its_code(row: dict[str, str]) -> None:
    table = Municipalities.load()
    code = row["municipality_code"]
    for spelling in (code, code.zfill(4), f" {code} "):
        assert table.by_code(spelling) is not None, spelling
        found = table.match(spelling)
        assert found is not None, spelling
        assert found.code == code, spelling
        assert found.name == row["name"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("København", "101", id="danish-name"),
        pytest.param("københavn", "101", id="lower-case"),
        pytest.param("Kobenhavn", "101", id="o-for-oe"),
        pytest.param("Koebenhavn", "101", id="oe-digraph"),
        pytest.param("Copenhagen", "101", id="exonym-copenhagen"),
        pytest.param("Københavns Kommune", "101", id="official-genitive"),
        pytest.param("Municipality of Copenhagen", "101", id="english-phrase"),
        pytest.param("aarhus", "751", id="aarhus-lower"),
        pytest.param("Århus", "751", id="aarhus-old-spelling"),
        pytest.param("Arhus", "751", id="aarhus-plain-a"),
        pytest.param("Aarhus Kommune", "751", id="trailing-kommune"),
        pytest.param("kommune aarhus", "751", id="leading-kommune"),
        pytest.param("AARHUS   MUNICIPALITY", "751", id="trailing-municipality"),
        pytest.param("  aarhus  ", "751", id="surrounding-spaces"),
        pytest.param("751", "751", id="code"),
        pytest.param("0751", "751", id="code-leading-zero"),
        pytest.param(" 751 ", "751", id="code-spaces"),
        pytest.param("Kommune 751", "751", id="code-with-kommune"),
        pytest.param("8000 Aarhus C", "751", id="postal-address"),
        pytest.param("Høje Taastrup", "169", id="double-name-space"),
        pytest.param("hoje-taastrup", "169", id="double-name-ascii"),
        pytest.param("Høje   -  Taastrup", "169", id="double-name-loose"),
        pytest.param("Taastrup", "169", id="part-of-double-name"),
        pytest.param("Bornholms Regionskommune", "400", id="regionskommune"),
        pytest.param("Elsinore", "217", id="exonym-elsinore"),
        pytest.param("Helsingoer", "217", id="helsingoer"),
        pytest.param("Nordfyn", "480", id="without-genitive-s"),
        pytest.param("Odensee", "461", id="typo-extra-letter"),
        pytest.param("Aalborgg", "851", id="typo-double-letter"),
        pytest.param("Roskild", "265", id="typo-missing-letter"),
        pytest.param("Frederiksbrg", "147", id="typo-long-name"),
        pytest.param("jeg bor i Odense", "461", id="name-in-sentence"),
    ],
)
def test_municipalities_match_is_forgiving(text: str, code: str) -> None:
    found = Municipalities.load().match(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="spaces"),
        pytest.param("xyz", id="nonsense"),
        pytest.param("hello world", id="words"),
        pytest.param("12345", id="not-a-code"),
        pytest.param("999", id="unused-code"),
        pytest.param("Kommune", id="only-kommune"),
        pytest.param("Region Hovedstaden", id="region"),
        pytest.param("Denmark", id="country"),
        pytest.param("Vejlen", id="ambiguous-vejle-vejen"),
        pytest.param("Aarhus or Odense", id="two-municipalities"),
        pytest.param("Fane", id="short-word-not-corrected"),
        pytest.param("nej", id="no"),
    ],
)
def test_municipalities_match_returns_none_when_unsure(text: str) -> None:
    assert Municipalities.load().match(text) is None


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("", id="empty"),
        pytest.param("abc", id="letters"),
        pytest.param("12345", id="too-long"),
        pytest.param("7 51", id="inner-space"),
    ],
)
def test_municipalities_by_code_rejects_non_codes(code: str) -> None:
    assert Municipalities.load().by_code(code) is None


def test_municipalities_from_csv_reports_missing_columns() -> None:
    with pytest.raises(ContentError):
        Municipalities.from_csv("code,name\n101,København\n", "x.csv")


# ---------------------------------------------------------------------------- validate: general


def test_inputs_types_are_the_documented_ones() -> None:
    assert {"text", "number", "age", "phone", "email", "municipality"} == INPUT_TYPES


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
        pytest.param("forty", id="word"),
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
        pytest.param("thirty", None, None, Invalid("error-age"), id="word"),
        pytest.param("30 years", None, None, Invalid("error-age"), id="with-unit"),
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
    ],
)
def test_municipality_unknown_answer_is_invalid(raw: str) -> None:
    assert validate("municipality", raw) == Invalid("error-municipality")
