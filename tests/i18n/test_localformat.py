"""Money, numbers and dates from the facts are written the way each language writes them: Latin
digits everywhere, the language's own word for Danish kroner, the day before the month."""

from __future__ import annotations

import datetime
import re

import pytest
from babel.dates import get_month_names

from bot.content import Content
from bot.i18n import LANGUAGES
from bot.i18n.localformat import Money, format_day, format_money

NBSP = "\u00a0"
#: How each language writes 20000 Danish kroner (CLDR, checked by hand once): its grouping,
#: Latin digits, and its own name of the currency ("kr." only in Danish).
BONUS = {
    "da": f"20.000{NBSP}kr.",
    "en": "20,000 Danish kroner",
    "ar": "20,000 كرونة دنماركية",
    "ti": "20,000 ናይ ዴንማርክ ክሮነር",
    "uk": f"20{NBSP}000 данських крон",
    "prs": "20,000 کرون دنمارک",
    "fa": "20,000 کرون دانمارک",
    "so": "20,000 Koronka Danishka",
    "kmr": "20.000 kronên danîmarkî",
    "ckb": "20,000 کرۆنی دانیمارکی",
    "ru": f"20{NBSP}000 датских крон",
    "ps": "20.000 ډنمارکي کرونر",
}
#: Each money and date fact, and a message of every language that states it.
MONEY_MESSAGES = {
    "bonus_amount": "about-agreement-bonus-ask",
    "board_lodging_max_per_night": "about-lodging-ask",
}
DATE_MESSAGES = {"start_deadline": "about-job-ask"}
LANGS = list(LANGUAGES)


def _digits(text: str) -> set[str]:
    """The digits of ``text`` that are not Latin (0-9)."""
    return {c for c in text if c.isdigit() and not c.isascii()}


def _facts_args(content: Content, lang: str, msg_id: str) -> dict[str, object]:
    names = content.catalog.variables(msg_id, lang)
    return {**dict.fromkeys(names, 3), **content.facts.variables()}


@pytest.mark.parametrize("lang", LANGS)
def test_money_facts_render_with_the_languages_currency_word_and_latin_digits(
    tree_content: Content, lang: str
) -> None:
    catalog = tree_content.catalog
    for fact, msg_id in MONEY_MESSAGES.items():
        text = catalog.format(lang, msg_id, _facts_args(tree_content, lang, msg_id))
        money = tree_content.facts.variables()[fact]
        assert isinstance(money, Money), fact
        written = format_money(money, LANGUAGES[lang].babel_locale)
        assert written in text, (lang, msg_id, text)
        assert _digits(text) == set(), (lang, msg_id)
        if lang != "da":
            assert "kr." not in text, (lang, msg_id, text)
    bonus = catalog.format(
        lang,
        "about-agreement-bonus-ask",
        _facts_args(tree_content, lang, "about-agreement-bonus-ask"),
    )
    assert BONUS[lang] in bonus


@pytest.mark.parametrize("lang", LANGS)
def test_date_facts_render_day_first_with_the_month_named_in_the_language(
    tree_content: Content, lang: str
) -> None:
    december = get_month_names("wide", "format", LANGUAGES[lang].babel_locale)[12]
    for msg_id in DATE_MESSAGES.values():
        text = tree_content.catalog.format(lang, msg_id, _facts_args(tree_content, lang, msg_id))
        assert re.search(rf"31\S*\s+{re.escape(december)}\S*\s+2027", text), (lang, text)
        assert _digits(text) == set(), (lang, msg_id)


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_writes_numbers_from_the_facts_in_latin_digits(
    tree_content: Content, lang: str
) -> None:
    catalog = tree_content.catalog
    found = []
    for msg_id in sorted(catalog.message_ids(lang)):
        if msg_id.startswith("understand-"):
            continue  # examples of what people type, never shown
        text = catalog.format(lang, msg_id, _facts_args(tree_content, lang, msg_id))
        if _digits(text):
            found.append(msg_id)
    assert found == []


def test_format_day_puts_the_day_first_where_cldr_puts_the_month_first() -> None:
    day = datetime.date(2027, 12, 31)
    assert format_day(day, "en") == "31 December 2027"
    assert format_day(day, "so") == "31 Diseembar 2027"
    assert format_day(day, "da") == "31. december 2027"  # CLDR's own, already day first


def test_format_money_names_a_currency_by_its_code_where_the_language_has_no_name() -> None:
    # CLDR has no Tigrinya name for the test currency XTS: the ISO code, not another language's
    assert format_money(Money(3, "XTS"), "ti") == "3 XTS"
    assert format_money(Money(1, "DKK"), "uk") == "1 данська крона"  # the plural form it needs
