"""Jinja2 templates (HTML autoescaped) with staff text from Fluent, and staff-facing labels."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.i18n import LANGUAGES, Catalog
from bot.staff.answers import contact_of, eligibility_of, latin_name_of
from bot.staff.clock import STAFF_ZONE, staff_time

#: Languages of the staff pages and e-mails; the first is the default.
STAFF_LANGS = ("da", "en")
#: Answers of the interest form, and a lead's kind, status, flow and channel, that have a staff
#: label (``staff-<field>-<value>``).
_LABELLED = (
    "contact",
    "interpreter",
    "danish",
    "work",
    "kind",
    "status",
    "flow",
    "channel",
    "eligibility",
)


class Renderer:
    """Render templates in ``bot/staff/templates`` in a staff language.

    Templates get ``t(id, **args)`` (a Fluent message), ``label(field, value)`` (a form
    answer as staff read it), ``language(code)`` (a language's name), ``when(moment,
    with_zone=True)`` (a stored time in the staff's zone with that moment's own abbreviation,
    ``CET`` or ``CEST``: :func:`bot.staff.clock.staff_time`), ``contact(lead)``
    (:func:`bot.staff.answers.contact_of`), ``latin_name(lead)``
    (:func:`bot.staff.answers.latin_name_of`) and ``eligibility(lead)``
    (:func:`bot.staff.answers.eligibility_of`).

    :param catalog: the content's Fluent catalog (``locales/*/staff.ftl`` is part of it), or a
        function returning the current one (the server reloads content while it runs).
    :param zone: the staff's time zone (``[staff] timezone``).
    """

    def __init__(
        self, catalog: Catalog | Callable[[], Catalog], zone: ZoneInfo = STAFF_ZONE
    ) -> None:
        self._catalog = catalog
        self.zone = zone
        self.env = Environment(
            loader=PackageLoader("bot.staff", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html", "svg"), default=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["mailto"] = mailto_href

    @property
    def catalog(self) -> Catalog:
        """The catalog in use now."""
        return self._catalog if isinstance(self._catalog, Catalog) else self._catalog()

    def t(self, lang: str) -> Callable[..., str]:
        """A function rendering staff messages in ``lang`` (falling back to English)."""

        def translate(msg_id: str, **args: object) -> str:
            return self.catalog.format(lang, msg_id, args)

        return translate

    def label(self, lang: str, field: str, value: str | None) -> str:
        """A form answer (``work``/``retail``) as staff read it; unknown values as they are."""
        if value is None or value == "":
            return "–"
        msg_id = f"staff-{field}-{value.replace('_', '-')}"
        if field in _LABELLED and self.catalog.has("en", msg_id):
            return self.catalog.format(lang, msg_id)
        return value

    def answer(self, lang: str, key: str, value: object) -> tuple[str, str]:
        """Another answer of a lead (``followup_ok``/``yes``) as staff read it: its question's
        label (``staff-answer-<key>``) and the value's (``staff-answer-<key>-<value>``, else
        ``staff-answer-<value>``); an unknown key or value is shown as it is."""
        key_id = f"staff-answer-{key.replace('_', '-')}"
        text = str(value)
        value_ids = (f"{key_id}-{text.replace('_', '-')}", f"staff-answer-{text}")
        found = [v for v in value_ids if self.catalog.has("en", v)]
        return (
            self.catalog.format(lang, key_id) if self.catalog.has("en", key_id) else key,
            self.catalog.format(lang, found[0]) if found else text,
        )

    def when(self, moment: str | None, with_zone: bool = True) -> str:
        """A stored time as staff read it: ``2026-12-06 13:07 CET`` in the staff's zone."""
        return staff_time(moment, self.zone, with_zone=with_zone)

    def render(self, name: str, lang: str, **context: Any) -> str:
        """Render template ``name`` in ``lang`` with ``context``."""
        return self.env.get_template(name).render(
            t=self.t(lang),
            label=lambda field, value: self.label(lang, field, value),
            language=lambda code: language_name(code, lang),
            when=self.when,
            answer=lambda key, value: self.answer(lang, key, value),
            contact=contact_of,
            latin_name=latin_name_of,
            eligibility=eligibility_of,
            lang=lang,
            **context,
        )


def mailto_href(address: str) -> str:
    """A ``mailto:`` link to ``address`` alone: nothing in it can add headers or recipients.

    Every character a ``mailto:`` URI gives a meaning (``?`` starts headers, ``&``, ``%``,
    ``#``, spaces) is percent-encoded (RFC 6068), so ``x?bcc=spy@evil.example`` stays one
    address instead of a Bcc.
    """
    return "mailto:" + quote(address, safe="@!$'()*+,;:")


def language_name(code: str, in_lang: str) -> str:
    """The name of language ``code`` in language ``in_lang`` (``ar`` in ``da``: "arabisk")."""
    known = LANGUAGES.get(code)
    names: Mapping[str, str] = {}
    with contextlib.suppress(UnknownLocaleError, ValueError):
        names = Locale.parse(in_lang).languages
    candidates = [code]
    if known is not None:
        candidates += [known.babel_locale, known.babel_locale.split("_")[0]]
    for candidate in candidates:
        name = names.get(candidate)
        if name:
            return str(name)
    return known.english_name if known else code


def staff_lang(requested: str | None) -> str:
    """The staff language to use for a request: ``requested`` if offered, else Danish."""
    return requested if requested in STAFF_LANGS else STAFF_LANGS[0]
