"""PO export: every English message of the flows a locale translates, with its translation.

One PO unit is one Fluent entry: ``msgctxt`` is the key, ``msgid`` the English pattern text and
``msgstr`` the translation's (:func:`bot.l10n.entries.pattern_text`); a stale translation is
marked ``fuzzy``. :mod:`bot.l10n.po_import` reads such a file back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel import Locale
from babel.core import UnknownLocaleError

from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE
from bot.l10n.entries import pattern_text
from bot.l10n.files import check_code, read_locale, read_reference
from bot.l10n.po import PoUnit, dump_po
from bot.l10n.sources import read_sources

__all__ = ["export_po"]

_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")


def _plural_categories(code: str) -> list[str]:
    try:
        tags = set(Locale.parse(LANGUAGES[code].babel_locale).plural_form.tags) | {"other"}
    except (UnknownLocaleError, ValueError):
        return ["other"]
    return [c for c in _CLDR_ORDER if c in tags]


def export_po(locales_dir: Path, code: str, *, now: dt.datetime | None = None) -> bytes:
    """A PO file with one unit per English message and term, for a CAT tool.

    ``msgctxt`` is the id, ``msgid`` the English pattern text, ``msgstr`` the translation's (or
    empty); automatic comments carry the English group and message comments, the reference names
    the English file, and stale translations are marked ``fuzzy``.

    :param locales_dir: the directory holding ``en/`` and ``<code>/``.
    :param code: the target locale (its directory need not exist yet).
    :param now: the creation date written in the header (default: the current time).
    :raises LocaleError: for an unknown code or missing English files.
    """
    check_code(code)
    reference = read_reference(locales_dir)
    locale = read_locale(locales_dir, code)
    recorded = read_sources(locale.directory) if locale.exists else {}
    units: list[PoUnit] = []
    for flow, keys in reference.flows.items():
        if not reference.applies(flow, code):
            continue
        location = f"{locales_dir.resolve().name}/{SOURCE_LOCALE}/{flow}.ftl"
        for key in keys:
            english = reference.entry(key)
            notes = []
            if key in reference.groups:
                notes.append(f"Section: {reference.groups[key]}")
            comment = english.comment.content if english.comment else None
            if comment and comment.strip():
                notes.append(comment)
            found = locale.entries.get(key)
            units.append(
                PoUnit(
                    context=key,
                    source=pattern_text(english),
                    target=pattern_text(found.entry) if found else "",
                    fuzzy=found is not None and recorded.get(key) != reference.hashes[key],
                    notes=tuple(notes),
                    locations=(location,),
                )
            )
    language = LANGUAGES[code]
    plurals = ", ".join(_plural_categories(code))
    note = "\n".join(
        [
            f"igubot messages for {language.english_name} ({code}).",
            "Each msgid is an English Fluent pattern: translate the text, keep { $variables },",
            "{ -terms } and the [variant] keys of { $n -> ... } as they are; lines starting with",
            "'.name =' are attributes. One line per line, no HTML.",
            f"Plural categories (CLDR) for {code}: {plurals}.",
            "'fuzzy' means the English changed since the translation was made (or it was never",
            "checked): check it and clear the flag.",
        ]
    )
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return dump_po(
        units,
        language=code,
        project="igubot",
        created=moment.strftime("%Y-%m-%d %H:%M+0000"),
        header_note=note,
    )
