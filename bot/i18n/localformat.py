"""Amounts of money, dates and numbers written the way each language writes them (CLDR, Babel).

The choices, once for every message (see docs/translating.md, "Numbers, money and dates"):

- digits: Latin digits (0-9) in every language, as on Danish letters, forms and bank statements;
  grouping and decimal signs follow the language (CLDR): 20,000 in English, 20.000 in Danish,
  20 000 in Ukrainian;
- money: the amount with the currency as the language names it, in the plural form the amount
  needs (CLDR's display names: "20,000 Danish kroner", "20 000 данських крон"); Danish keeps
  its own symbol ("20.000 kr."); a language without a name of its own for the currency gets the
  ISO code ("20,000 DKK"), never another language's abbreviation;
- dates: day first, with the month's name in the language ("31 December 2027"): a Danish
  service, and no reader confuses 31 with a month. Languages whose long date puts the month first
  (English, Somali, Tigrinya in CLDR) get the day moved to the front.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    format_decimal,
    get_currency_name,
    get_currency_symbol,
    get_currency_unit_pattern,
)

__all__ = ["DIGITS", "Money", "fluent_args", "format_day", "format_money"]

#: The numbering system of every number the bot writes: Latin digits.
DIGITS = "latn"
#: Locales (Babel codes) that write the currency with its own symbol rather than its name.
_SYMBOL_LOCALES = frozenset({"da"})
#: The day-first long date used where CLDR's long date starts with the month.
_DAY_FIRST = "d MMMM y"


@dataclass(frozen=True)
class Money:
    """An amount in a currency (ISO 4217 code), written per language by :func:`format_money`."""

    amount: int
    currency: str


def format_money(money: Money, babel_locale: str) -> str:
    """The amount with the currency word of the language: ``20,000 Danish kroner``.

    :param money: the amount and its currency.
    :param babel_locale: the Babel locale of the language the message is in.
    """
    number = format_decimal(money.amount, locale=babel_locale, numbering_system=DIGITS)
    pattern, word = _currency_parts(money.currency, money.amount, babel_locale)
    return pattern.replace("{0}", number).replace("{1}", word)


def format_day(day: datetime.date, babel_locale: str) -> str:
    """A date, day first, with the month's name in the language: ``31 December 2027``.

    :param day: the date.
    :param babel_locale: the Babel locale of the language the message is in.
    """
    return format_date(day, format=_date_pattern(babel_locale), locale=babel_locale)


def fluent_args(args: Mapping[str, object] | None, babel_locale: str) -> dict[str, Any]:
    """Our arguments as Fluent formats them correctly in the locale in use.

    ``datetime.date`` → :func:`format_day`; :class:`Money` → :func:`format_money`; ``bool`` →
    ``"true"``/``"false"``; ``None`` → left out; ``int``, ``float``, ``Decimal`` and ``str`` go
    through (Fluent writes numbers per locale, in Latin digits).
    """
    converted: dict[str, Any] = {}
    for name, value in (args or {}).items():
        if value is None:
            continue
        if isinstance(value, bool):
            converted[name] = "true" if value else "false"
        elif isinstance(value, datetime.date):
            converted[name] = format_day(value, babel_locale)
        elif isinstance(value, Money):
            converted[name] = format_money(value, babel_locale)
        else:
            # Fluent reports any other type as an "Unsupported external type" error, which the
            # catalog's fallback chain handles like any other.
            converted[name] = value
    return converted


@lru_cache(maxsize=256)
def _currency_parts(code: str, amount: int, babel_locale: str) -> tuple[str, str]:
    """How the language joins a number and the currency (``{0} {1}``), and its word for it.

    The word is CLDR's display name in the plural form ``amount`` needs; Danish uses its symbol
    (``kr.``); a language without a name of its own gets the ISO code.
    """
    locale = Locale.parse(babel_locale)
    if locale.language in _SYMBOL_LOCALES:
        return "{0}\u00a0{1}", str(get_currency_symbol(code, locale=locale))
    name = get_currency_name(code, count=amount, locale=locale)
    pattern = get_currency_unit_pattern(code, count=amount, locale=locale)
    return str(pattern), code if not name or name == code else str(name)


@lru_cache(maxsize=64)
def _date_pattern(babel_locale: str) -> str:
    """CLDR's long date of the language, or :data:`_DAY_FIRST` when it puts the month first."""
    pattern = str(Locale.parse(babel_locale).date_formats["long"].pattern)
    outside_quotes = "".join(part for i, part in enumerate(pattern.split("'")) if i % 2 == 0)
    day, month = outside_quotes.find("d"), outside_quotes.find("M")
    if 0 <= month < day:
        return _DAY_FIRST
    return pattern
