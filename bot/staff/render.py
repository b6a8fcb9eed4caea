"""Jinja2 templates (HTML autoescaped) with staff text from Fluent, and staff-facing labels."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from babel import Locale, UnknownLocaleError
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.i18n import LANGUAGES, Catalog

#: Languages of the staff pages and e-mails; the first is the default.
STAFF_LANGS = ("da", "en")
#: Answers of the interest form, and a lead's kind, status and channel, that have a staff label
#: (``staff-<field>-<value>``).
_LABELLED = ("contact", "interpreter", "danish", "work", "kind", "status", "channel")


class Renderer:
    """Render templates in ``bot/staff/templates`` in a staff language.

    Templates get ``t(id, **args)`` (a Fluent message), ``label(field, value)`` (a form
    answer as staff read it) and ``language(code)`` (a language's name).

    :param catalog: the content's Fluent catalog (``locales/*/staff.ftl`` is part of it), or a
        function returning the current one (the server reloads content while it runs).
    """

    def __init__(self, catalog: Catalog | Callable[[], Catalog]) -> None:
        self._catalog = catalog
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

    def render(self, name: str, lang: str, **context: Any) -> str:
        """Render template ``name`` in ``lang`` with ``context``."""
        return self.env.get_template(name).render(
            t=self.t(lang),
            label=lambda field, value: self.label(lang, field, value),
            language=lambda code: language_name(code, lang),
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
