"""Tests for bot.i18n: the language table, negotiation, catalog loading and rendering."""

from __future__ import annotations

import datetime
import gc
import logging
import warnings
from decimal import Decimal
from pathlib import Path

import babel
import pytest
from babel.dates import format_date
from babel.numbers import format_decimal

from bot.i18n import LANGUAGES, Catalog, negotiate
from bot.i18n.bidi import strip_marks
from bot.kernel.errors import LocaleError

EN = """\
# Shown when something went wrong.
common-error = Sorry, something went wrong.
hello = Hello, { $name }!
only-en = This exists only in English.
greet = Welcome, { $name }!
items =
    { $count ->
        [one] One item
       *[other] { $count } items
    }
on-date = Starts on { $date }.
flag = { $on ->
    [true] on
   *[other] off
}
number = Case { $n }
"""


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``{"en/main.ftl": text}`` under ``root/locales`` and return that directory."""
    locales = root / "locales"
    for name, text in files.items():
        path = locales / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return locales


def load(
    root: Path, files: dict[str, str], *, strict: bool = False
) -> tuple[Catalog, list[LocaleError]]:
    return Catalog.load(write_tree(root, files), strict=strict)


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test inside ``tmp_path`` so located paths read ``locales/...``."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ---------------------------------------------------------------------- language table


def test_languages_table_order_and_directions() -> None:
    assert list(LANGUAGES) == [
        "da", "en", "ar", "ti", "uk", "prs", "fa", "so", "kmr", "ckb", "ru", "ps",
    ]  # fmt: skip
    rtl = {code for code, lang in LANGUAGES.items() if lang.direction == "rtl"}
    assert rtl == {"ar", "fa", "prs", "ckb", "ps"}
    assert LANGUAGES["ti"].direction == "ltr"


def test_languages_fallback_chains_end_in_en() -> None:
    assert LANGUAGES["en"].fallback == ()
    assert LANGUAGES["prs"].fallback == ("fa", "en")
    assert LANGUAGES["ckb"].fallback == ("en",)
    for code, lang in LANGUAGES.items():
        assert lang.code == code
        if code != "en":
            assert lang.fallback[-1] == "en"
            assert all(step in LANGUAGES for step in lang.fallback)


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_languages_babel_locale_parses(code: str) -> None:
    locale = babel.Locale.parse(LANGUAGES[code].babel_locale)
    assert locale.plural_form is not None


# ---------------------------------------------------------------------- negotiate

ALL = list(LANGUAGES)


@pytest.mark.parametrize(
    ("hint", "available", "expected"),
    [
        pytest.param("ar", ALL, "ar", id="plain"),
        pytest.param("AR", ALL, "ar", id="upper-case"),
        pytest.param("fa-IR", ALL, "fa", id="region-dropped"),
        pytest.param("fa-AF", ALL, "prs", id="fa-AF-is-dari"),
        pytest.param("fa_AF", ALL, "prs", id="underscore"),
        pytest.param("fa-AF", ["fa", "en"], "fa", id="dari-falls-to-farsi"),
        pytest.param("prs", ["fa", "en"], "fa", id="prs-falls-to-farsi"),
        pytest.param("ku", ALL, "kmr", id="ku-is-kurmanji"),
        pytest.param("ku-Latn", ALL, "kmr", id="ku-latn"),
        pytest.param("ku-Arab", ALL, "ckb", id="ku-arab-is-sorani"),
        pytest.param("ku_Arab_IQ", ALL, "ckb", id="ku-arab-region"),
        pytest.param("ckb-IQ", ALL, "ckb", id="ckb-region"),
        pytest.param("tir", ALL, "ti", id="iso639-2-ti"),
        pytest.param("ara", ALL, "ar", id="iso639-2-ar"),
        pytest.param("nb", ALL, None, id="norwegian-not-danish"),
        pytest.param("no", ALL, None, id="no-not-danish"),
        pytest.param("pt-br", ALL, None, id="unsupported"),
        pytest.param("pt-br", ["pt", "en"], "pt", id="unsupported-but-offered"),
        pytest.param("uk", ["en"], None, id="never-invents-en"),
        pytest.param("uk-UA,uk;q=0.9,en;q=0.8", ALL, "uk", id="header"),
        pytest.param("de-DE,de;q=0.9,en;q=0.8", ALL, "en", id="header-falls-to-listed-en"),
        pytest.param("en;q=0.5,so;q=0.9", ALL, "so", id="q-order-wins"),
        pytest.param("en;q=0,da;q=0.4", ALL, "da", id="q-zero-excluded"),
        pytest.param("nb-NO,nb;q=0.9,en;q=0.7", ALL, "en", id="norwegian-header"),
        pytest.param("xx;q=junk,ti", ALL, "ti", id="bad-q-ignored"),
        pytest.param("*", ALL, None, id="wildcard"),
        pytest.param("", ALL, None, id="empty"),
        pytest.param(None, ALL, None, id="none"),
        pytest.param("ar", ["en", "da"], None, id="not-available"),
    ],
)
def test_negotiate_table(hint: str | None, available: list[str], expected: str | None) -> None:
    assert negotiate(hint, available) == expected


# ---------------------------------------------------------------------- loading


def test_catalog_load_clean_tree_has_no_errors(in_tmp: Path) -> None:
    catalog, errors = load(
        in_tmp, {"en/main.ftl": EN, "ar/main.ftl": "hello = مرحبا { $name }!\n"}
    )
    assert errors == []
    assert catalog.warnings == []
    assert catalog.locales == ("en", "ar")  # LANGUAGES order, not directory order
    assert catalog.has("ar", "hello")
    assert not catalog.has("ar", "only-en")
    assert "items" in catalog.message_ids("en")
    assert catalog.message_ids("da") == frozenset()


def test_catalog_load_syntax_error_is_located(in_tmp: Path) -> None:
    da = "hello = Hej\nok = Fint\nbad = { $x ]\nafter = Efter\n"
    catalog, errors = load(in_tmp, {"en/main.ftl": EN, "da/menu.ftl": da})
    expected = (
        'locales/da/menu.ftl:3:12: error: E0003 Expected token: "}" '
        "(in the entry starting at line 3)"
    )
    assert [e.located() for e in errors] == [expected]
    assert (errors[0].path, errors[0].line, errors[0].col) == ("locales/da/menu.ftl", 3, 12)
    # the parser recovers: the entries around the broken one still load
    assert catalog.format("da", "after") == "Efter"
    assert catalog.format("da", "ok") == "Fint"


def test_catalog_load_syntax_error_names_entry_start(in_tmp: Path) -> None:
    da = "hello = Hej\n\nbad = Mangler { $name\nok = Fint\n"
    _, errors = load(in_tmp, {"en/main.ftl": EN, "da/menu.ftl": da})
    expected = (
        'locales/da/menu.ftl:4:1: error: E0003 Expected token: "}" '
        "(in the entry starting at line 3)"
    )
    assert [e.located() for e in errors] == [expected]


def test_catalog_load_duplicate_id_is_located_and_first_wins(in_tmp: Path) -> None:
    files = {
        "en/main.ftl": EN,
        "da/a.ftl": "hello = Hej { $name }!\n",
        "da/b.ftl": "other = Andet\n    hello = not an entry\nhello = Dublet\n",
    }
    catalog, errors = load(in_tmp, files)
    assert len(errors) == 1
    assert errors[0].located() == (
        "locales/da/b.ftl:3:1: error: duplicate message id 'hello' "
        "(first defined at locales/da/a.ftl:1:1; this one is ignored)"
    )
    assert catalog.format("da", "hello", {"name": "Ali"}) == "Hej Ali!"
    assert catalog.location("da", "hello") == ("locales/da/a.ftl", 1, 1)


def test_catalog_load_unknown_locale_directory_is_an_error(in_tmp: Path) -> None:
    catalog, errors = load(in_tmp, {"en/main.ftl": EN, "fa-AF/main.ftl": "hello = x\n"})
    assert [(e.path, e.line, e.col) for e in errors] == [("locales/fa-AF", 1, 1)]
    assert "unknown locale directory 'fa-AF'" in errors[0].message
    assert "did you mean 'prs'" in errors[0].message
    assert catalog.locales == ("en",)


def test_catalog_load_missing_en_is_an_error(in_tmp: Path) -> None:
    _, errors = load(in_tmp, {"da/main.ftl": "hello = Hej\n"})
    assert len(errors) == 1
    assert "source locale 'en' is missing" in errors[0].message


def test_catalog_load_empty_locale_is_a_warning(in_tmp: Path) -> None:
    locales = write_tree(in_tmp, {"en/main.ftl": EN})
    (locales / "so").mkdir()
    catalog, errors = Catalog.load(locales)
    assert errors == []
    assert [w.path for w in catalog.warnings] == ["locales/so"]
    assert catalog.locales == ("en", "so")
    assert catalog.format("so", "only-en") == "This exists only in English."


def test_catalog_load_path_outside_cwd_is_given_as_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    locales = write_tree(tmp_path, {"en/main.ftl": EN + "bad = {\n"})
    _, errors = Catalog.load(locales)
    assert errors[0].path == str(locales / "en" / "main.ftl")


def test_catalog_load_bom_is_ignored_and_bad_utf8_located(in_tmp: Path) -> None:
    locales = write_tree(in_tmp, {"en/main.ftl": EN})
    (locales / "da").mkdir()
    (locales / "da" / "a.ftl").write_bytes("\ufeffhello = Hej\n".encode())
    (locales / "da" / "b.ftl").write_bytes(b"ok = Fint\nbad = \xff\n")
    catalog, errors = Catalog.load(locales)
    assert [(e.path, e.line, e.col) for e in errors] == [("locales/da/b.ftl", 2, 7)]
    assert "UTF-8" in errors[0].message
    assert catalog.format("da", "hello") == "Hej"
    assert catalog.location("da", "hello") == ("locales/da/a.ftl", 1, 1)


def test_catalog_load_missing_directory_is_an_error(in_tmp: Path) -> None:
    catalog, errors = Catalog.load(in_tmp / "nope")
    assert [e.path for e in errors] == ["nope"]
    assert catalog.locales == ()


def test_catalog_load_emits_no_resource_warning(in_tmp: Path) -> None:
    files = {f"{code}/main.ftl": "hello = x\n" for code in LANGUAGES}
    files["en/extra.ftl"] = EN
    locales = write_tree(in_tmp, files)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        catalog, _ = Catalog.load(locales)
        catalog.format("ar", "only-en")
        del catalog
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


# ---------------------------------------------------------------------- introspection


def test_catalog_location_comment_and_source(in_tmp: Path) -> None:
    en = "# Greeting\n# (formal)\nhello = Hello,   { $name }!\n\n-brand = IGU\n"
    catalog, _ = load(in_tmp, {"en/main.ftl": en})
    assert catalog.location("en", "hello") == ("locales/en/main.ftl", 3, 1)
    assert catalog.location("en", "-brand") == ("locales/en/main.ftl", 5, 1)
    assert catalog.location("en", "nope") is None
    assert catalog.comment("en", "hello") == "Greeting\n(formal)"
    assert catalog.comment("en", "-brand") is None
    assert catalog.source("en", "hello") == "hello = Hello,   { $name }!\n"
    assert catalog.term_ids("en") == frozenset({"-brand"})
    assert catalog.message_ids("en") == frozenset({"hello"})
    with pytest.raises(KeyError):
        catalog.source("en", "nope")


def test_catalog_source_ignores_comment_changes(in_tmp: Path) -> None:
    first, _ = Catalog.load(write_tree(in_tmp / "a", {"en/m.ftl": "# old\nx = { $n }\n"}))
    second, _ = Catalog.load(write_tree(in_tmp / "b", {"en/m.ftl": "# new\nx = {$n}\n"}))
    assert first.source("en", "x") == second.source("en", "x")


def test_catalog_variables_of_select_expression(in_tmp: Path) -> None:
    en = """\
-brand =
    { $case ->
        [gen] IGU's
       *[nom] IGU
    }
status =
    { $count ->
        [0] Nothing for { $name }
        [one] One case in { $municipality }
       *[other] { NUMBER($count) } cases, { -brand(case: "gen") } { -brand($extra) }
    }
    .title = { $title }
plain = No variables here.
"""
    catalog, errors = load(in_tmp, {"en/main.ftl": en})
    assert errors == []
    assert catalog.variables("status") == frozenset(
        {"count", "name", "municipality", "extra", "title"}
    )
    assert catalog.variables("plain") == frozenset()
    assert catalog.variables("-brand") == frozenset({"case"})
    assert catalog.variables("nope") == frozenset()


def test_catalog_direction() -> None:
    catalog = Catalog()
    assert catalog.direction("ar") == "rtl"
    assert catalog.direction("ckb") == "rtl"
    assert catalog.direction("ti") == "ltr"
    assert catalog.direction("da") == "ltr"


# ---------------------------------------------------------------------- format


def test_catalog_format_falls_back_per_message(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN, "ar/main.ftl": "hello = مرحبا { $name }!\n"})
    assert catalog.format("ar", "hello", {"name": "Amina"}) == "مرحبا Amina!"
    assert catalog.format("ar", "only-en") == "This exists only in English."


def test_catalog_format_prs_falls_back_through_fa(in_tmp: Path) -> None:
    files = {"en/main.ftl": EN, "fa/main.ftl": "only-en = فقط فارسی\n", "prs/main.ftl": ""}
    catalog, _ = load(in_tmp, files)
    assert catalog.format("prs", "only-en") == "فقط فارسی"


def test_catalog_format_whole_locale_missing_falls_back(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN})
    assert catalog.format("da", "only-en") == "This exists only in English."


def test_catalog_format_broken_message_falls_back_to_en(
    in_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    files = {"en/main.ftl": EN, "uk/main.ftl": "greet = Вітаємо, { $nme }!\n"}
    catalog, errors = load(in_tmp, files)
    assert errors == []
    with caplog.at_level(logging.WARNING, logger="bot.i18n.catalog"):
        text = catalog.format("uk", "greet", {"name": "Amina Secretname"})
    assert text == "Welcome, Amina Secretname!"
    assert "greet" in caplog.text
    assert "Unknown external: nme" in caplog.text
    assert "Secretname" not in caplog.text  # argument values are personal data


def test_catalog_format_broken_message_raises_in_strict_mode(in_tmp: Path) -> None:
    files = {"en/main.ftl": EN, "uk/main.ftl": "\ngreet = Вітаємо, { $nme }!\n"}
    catalog, _ = load(in_tmp, files, strict=True)
    with pytest.raises(LocaleError) as info:
        catalog.format("uk", "greet", {"name": "Amina"})
    error = info.value
    assert (error.path, error.line, error.col) == ("locales/uk/main.ftl", 2, 1)
    assert "'greet'" in error.message
    assert "'uk'" in error.message
    assert "Unknown external: nme" in error.message
    assert "Amina" not in error.message


def test_catalog_format_unknown_term_falls_back(in_tmp: Path) -> None:
    files = {"en/main.ftl": EN, "uk/main.ftl": "only-en = Ласкаво просимо до { -brand }\n"}
    catalog, _ = load(in_tmp, files)
    assert catalog.format("uk", "only-en") == "This exists only in English."


def test_catalog_format_unknown_id_never_returns_the_id(
    in_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN, "da/main.ftl": "hello = Hej\n"})
    with caplog.at_level(logging.ERROR, logger="bot.i18n.catalog"):
        text = catalog.format("da", "no-such-id")
    assert text == "Sorry, something went wrong."
    assert "is not defined" in caplog.text


def test_catalog_format_unknown_id_without_common_error_is_empty(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": "hello = Hello\n"})
    assert catalog.format("da", "no-such-id") == ""
    assert catalog.format("en", "common-error") == ""


def test_catalog_format_unknown_id_raises_in_strict_mode(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN}, strict=True)
    with pytest.raises(LocaleError, match="'no-such-id' is not defined"):
        catalog.format("da", "no-such-id")


def test_catalog_format_message_without_value_is_skipped(in_tmp: Path) -> None:
    files = {"en/main.ftl": EN, "da/main.ftl": "only-en =\n    .title = Titel\n"}
    catalog, _ = load(in_tmp, files)
    assert catalog.format("da", "only-en") == "This exists only in English."


def test_catalog_format_unknown_language_uses_en(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN})
    assert catalog.format("xx", "only-en") == "This exists only in English."
    strict, _ = Catalog.load(in_tmp / "locales", strict=True)
    with pytest.raises(LocaleError, match="unknown language"):
        strict.format("xx", "only-en")


def test_catalog_format_has_no_isolation_marks(in_tmp: Path) -> None:
    ar = 'hello = افتح <a href="{ $name }">النموذج</a>\n'
    catalog, _ = load(in_tmp, {"en/main.ftl": EN, "ar/main.ftl": ar})
    text = catalog.format("ar", "hello", {"name": "https://example.org/f?id=1"})
    assert text == 'افتح <a href="https://example.org/f?id=1">النموذج</a>'
    assert "\u2068" not in text
    assert "\u2069" not in text


PLURAL_FTL = """\
n = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
"""


@pytest.mark.parametrize(
    ("lang", "count", "category"),
    [
        ("ar", 0, "zero"),
        ("ar", 1, "one"),
        ("ar", 2, "two"),
        ("ar", 3, "few"),
        ("ar", 11, "many"),
        ("ar", 100, "other"),
        ("uk", 1, "one"),
        ("uk", 2, "few"),
        ("uk", 5, "many"),
        ("uk", 21, "one"),
        ("prs", 0, "one"),
        ("prs", 1, "one"),
        ("prs", 2, "other"),
        ("en", 0, "other"),
        ("en", 1, "one"),
        ("kmr", 1, "one"),
        ("kmr", 0, "other"),
    ],
)
def test_catalog_format_plural_categories(
    in_tmp: Path, lang: str, count: int, category: str
) -> None:
    catalog, errors = load(in_tmp, {"en/main.ftl": EN, f"{lang}/plural.ftl": PLURAL_FTL})
    assert errors == []
    # The variants are Latin words: a right-to-left locale marks them (bot.i18n.bidi).
    assert strip_marks(catalog.format(lang, "n", {"n": count})) == category


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_catalog_numbers_and_plurals_follow_the_table_babel_locale(
    in_tmp: Path, code: str
) -> None:
    """fluent.runtime silently uses the process locale when it cannot parse a bundle's locale:
    numbers and plural categories show which locale a bundle really uses."""
    files = {"en/main.ftl": EN, f"{code}/numbers.ftl": PLURAL_FTL + "amount = { $n }\n"}
    catalog, errors = load(in_tmp, files)
    assert errors == []
    expected = babel.Locale.parse(LANGUAGES[code].babel_locale)
    for n in (0, 1, 2, 3, 5, 11, 21, 102, 1_234_567, Decimal("1234.5")):
        assert strip_marks(catalog.format(code, "n", {"n": n})) == expected.plural_form(n), n
        shown = strip_marks(catalog.format(code, "amount", {"n": n}))
        assert shown == format_decimal(n, locale=expected), n


def test_catalog_format_dates_per_locale(in_tmp: Path) -> None:
    day = datetime.date(2025, 3, 7)
    files = {
        "en/main.ftl": EN,
        "da/main.ftl": "on-date = Starter { $date }.\n",
        "uk/main.ftl": "on-date = Початок { $date }.\n",
        "prs/main.ftl": "on-date = شروع { $date }\n",
    }
    catalog, _ = load(in_tmp, files)
    assert catalog.format("en", "on-date", {"date": day}) == "Starts on 7 March 2025."
    assert catalog.format("da", "on-date", {"date": day}) == "Starter 7. marts 2025."
    uk = catalog.format("uk", "on-date", {"date": day})
    assert "березня" in uk
    assert "2025" in uk
    prs = catalog.format("prs", "on-date", {"date": day})
    assert prs == f"شروع {format_date(day, format='long', locale='fa_AF')}"
    # a fallback renders the date in the language of the text actually shown
    assert catalog.format("ar", "on-date", {"date": day}) == "Starts on 7 March 2025."


def test_catalog_format_argument_conversion(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN, "da/main.ftl": "number = Sag { $n }\n"})
    assert catalog.format("en", "flag", {"on": True}) == "on"
    assert catalog.format("en", "flag", {"on": False}) == "off"
    assert catalog.format("en", "number", {"n": 1234}) == "Case 1,234"
    assert catalog.format("da", "number", {"n": 1234}) == "Sag 1.234"
    assert catalog.format("da", "number", {"n": Decimal("2.5")}) == "Sag 2,5"
    assert catalog.format("en", "number", {"n": "1234"}) == "Case 1234"
    assert catalog.format("en", "items", {"count": 1}) == "One item"
    assert catalog.format("en", "items", {"count": 3}) == "3 items"


def test_catalog_format_none_argument_is_left_out(in_tmp: Path) -> None:
    catalog, _ = load(in_tmp, {"en/main.ftl": EN}, strict=True)
    with pytest.raises(LocaleError, match="Unknown external: name"):
        catalog.format("en", "hello", {"name": None})
