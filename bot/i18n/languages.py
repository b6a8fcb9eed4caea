"""The languages igubot speaks: names, direction, fallback chains, and language negotiation."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = ["LANGUAGES", "SOURCE_LOCALE", "Language", "choose_language", "negotiate"]

#: The source locale: translators translate from it, and every fallback chain ends in it.
SOURCE_LOCALE = "en"


@dataclass(frozen=True)
class Language:
    """One supported language.

    :param code: our code, also the name of the ``locales/<code>/`` directory (``"prs"``).
    :param native_name: the name in the language itself, for the language menu.
    :param english_name: the English name, for staff pages and reports.
    :param direction: ``"ltr"`` or ``"rtl"`` (from this table, never guessed from the script).
    :param fallback: the chain tried after the language itself, ending in ``"en"``
        (empty for ``en``).
    :param babel_locale: the Babel locale used for plural rules, numbers and dates
        (``prs`` is not a Babel locale: it uses ``fa_AF``).
    """

    code: str
    native_name: str
    english_name: str
    direction: Literal["ltr", "rtl"]
    fallback: tuple[str, ...]
    babel_locale: str


def _lang(
    code: str,
    native_name: str,
    english_name: str,
    direction: Literal["ltr", "rtl"] = "ltr",
    fallback: tuple[str, ...] = ("en",),
    babel_locale: str | None = None,
) -> tuple[str, Language]:
    return code, Language(
        code=code,
        native_name=native_name,
        english_name=english_name,
        direction=direction,
        fallback=fallback,
        babel_locale=babel_locale or code,
    )


#: Every supported language, in display order (the order of the language menu).
LANGUAGES: dict[str, Language] = dict(
    [
        _lang("da", "Dansk", "Danish"),
        _lang("en", "English", "English", fallback=()),
        _lang("ar", "العربية", "Arabic", "rtl"),
        _lang("ti", "ትግርኛ", "Tigrinya", babel_locale="ti"),
        _lang("uk", "Українська", "Ukrainian"),
        _lang("prs", "دری", "Dari", "rtl", fallback=("fa", "en"), babel_locale="fa_AF"),
        _lang("fa", "فارسی", "Persian", "rtl"),
        _lang("so", "Soomaali", "Somali"),
        _lang("kmr", "Kurmancî", "Kurmanji (Northern Kurdish)", babel_locale="ku_TR"),
        # Sorani is written in Arabic script: falling back to Kurmanji (Latin) would not help.
        _lang("ckb", "کوردیی ناوەندی", "Sorani (Central Kurdish)", "rtl"),
        _lang("ru", "Русский", "Russian"),
        _lang("ps", "پښتو", "Pashto", "rtl"),
    ]
)

# Tags (lower case, "-" separated) that name one of our languages differently. ``None`` means
# "deliberately no match" (e.g. Norwegian must not be served Danish): the tag is skipped.
_ALIASES: dict[str, str | None] = {
    # Dari
    "fa-af": "prs",
    "fa-arab-af": "prs",
    # Kurdish: Kurmanji is written in Latin script, Sorani in Arabic script
    "ku": "kmr",
    "ku-latn": "kmr",
    "ku-arab": "ckb",
    "kur": "kmr",
    # ISO 639-2/3 codes
    "ara": "ar",
    "arb": "ar",
    "dan": "da",
    "eng": "en",
    "tir": "ti",
    "ukr": "uk",
    "fas": "fa",
    "per": "fa",
    "pes": "fa",
    "som": "so",
    "rus": "ru",
    "pus": "ps",
    "pbu": "ps",
    "pbt": "ps",
    # a country code often sent where the language code belongs
    "ua": "uk",
    # close to Danish but not Danish: no match
    "nb": None,
    "nn": None,
    "no": None,
    "nob": None,
    "nno": None,
    "nor": None,
    "sv": None,
}

# An Accept-Language header longer than this many items is cut (bounded work per request).
_MAX_ITEMS = 32


def _parse_hint(hint: str) -> list[str]:
    """Split a language code or an Accept-Language header into tags, best first."""
    weighted: list[tuple[float, int, str]] = []
    for index, item in enumerate(hint.split(",")[:_MAX_ITEMS]):
        tag, _, params = item.partition(";")
        tag = tag.strip().replace("_", "-").lower()
        if not tag or tag == "*":
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value.strip())
                except ValueError:
                    quality = 0.0
        if not 0.0 < quality <= 1.0:  # q=0 means "not acceptable"; nan and junk are dropped
            continue
        weighted.append((-quality, index, tag))
    weighted.sort()
    return [tag for _, _, tag in weighted]


def _candidates(tag: str) -> list[str]:
    """The codes a single normalised tag may stand for, most specific first."""
    found: list[str] = []
    subtags = tag.split("-")
    while subtags:
        prefix = "-".join(subtags)
        if prefix in _ALIASES:
            code = _ALIASES[prefix]
            return found if code is None else [*found, *_with_fallbacks(code)]
        if prefix in LANGUAGES:
            return [*found, *_with_fallbacks(prefix)]
        found.append(prefix)  # not ours, but the caller may offer it ("pt-br", "pt")
        subtags.pop()
    return found


def _with_fallbacks(code: str) -> list[str]:
    """``code`` followed by its fallbacks other than ``en`` (prs → fa), never adding English."""
    language = LANGUAGES.get(code)
    extra = [c for c in language.fallback if c != "en"] if language else []
    return [code, *extra]


def negotiate(hint: str | None, available: Iterable[str]) -> str | None:
    """Pick the best available language for a user's language hint.

    Understands a Telegram ``language_code`` (``"ar"``, ``"pt-br"``, ``"fa-IR"``) as well as a
    whole ``Accept-Language`` header (``"uk-UA,uk;q=0.9,en;q=0.8"``), with any case and ``_`` or
    ``-`` separators. Regional and script variants fall back to the bare language; aliases are
    mapped (``fa-AF`` → ``prs``, ``ku``/``ku-Latn`` → ``kmr``, ``ku-Arab`` → ``ckb``,
    ``tir`` → ``ti``); Norwegian and Swedish are deliberately not matched to Danish. English is
    returned only when the hint asks for it: deciding the default is the caller's job.

    :param hint: the language code or header; ``None`` or empty gives ``None``.
    :param available: the codes that may be returned (e.g. :attr:`Catalog.locales`).
    :returns: the best code from ``available``, or ``None`` when nothing matches.
    """
    if not hint:
        return None
    offered = set(available)
    for tag in _parse_hint(hint):
        for code in _candidates(tag):
            if code in offered:
                return code
    return None


def choose_language(chosen: str | None, hint: str | None, available: Collection[str]) -> str:
    """The language to speak to someone: the one place that decides it.

    The language the person chose (when it is still available), else the best match for their
    hint (:func:`negotiate`), else the source locale.

    :param chosen: the language the person picked (a session's), or ``None``.
    :param hint: a Telegram ``language_code``, ``Accept-Language`` header or page language.
    :param available: the codes that may be returned (e.g. :attr:`Catalog.locales`).
    """
    if chosen and chosen in available:
        return chosen
    return negotiate(hint, available) or SOURCE_LOCALE
