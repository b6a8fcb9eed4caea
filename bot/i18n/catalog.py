"""The Fluent message catalog: one bundle per locale, lookups, rendering along fallback chains."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from fluent.runtime import FluentBundle
from fluent.runtime.errors import FluentFormatError
from fluent.syntax import FluentSerializer, ast
from fluent.syntax.visitor import Visitor

from bot.i18n.bidi import mark_direction
from bot.i18n.ftl_read import Located, read_locales
from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE
from bot.i18n.localformat import fluent_args
from bot.kernel.errors import LocaleError

if TYPE_CHECKING:
    from bot.i18n.parsecache import ParseCache

__all__ = ["Catalog"]

logger = logging.getLogger(__name__)

#: The message shown (in English) when nothing else can be rendered, outside strict mode.
FALLBACK_ERROR_ID = "common-error"


class _ReferenceCollector(Visitor):
    """Collects the ``$variables`` of a pattern and the ids of the messages it references
    (``{ other-message }``), not following the references."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.messages: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.messages.add(node.id.name)


def _describe_errors(errors: list[Exception]) -> str:
    """Describe rendering errors without any argument values (they may be personal data).

    Fluent's own errors name only ids ("Unknown external: name"); anything else (e.g. raised by a
    function such as NUMBER) may quote a value, so only its type is shown.
    """
    parts = [
        f"{type(error).__name__}: {error}"
        if isinstance(error, FluentFormatError)
        else type(error).__name__
        for error in errors
    ]
    return "; ".join(parts)


class Catalog:
    """All Fluent messages of all locales, one :class:`FluentBundle` per locale.

    Build it with :meth:`load`. Rendering (:meth:`format`) walks the language's fallback chain
    (``LANGUAGES[lang].fallback``) per message, and also falls back when a message exists but
    fails to render (missing variable, unknown term, ...) — unless the catalog is strict, in
    which case such problems raise :class:`~bot.kernel.errors.LocaleError`.
    """

    def __init__(self, *, strict: bool = False) -> None:
        """Create an empty catalog; use :meth:`load` to read a locales directory.

        :param strict: raise instead of falling back when a message cannot be rendered.
        """
        self.strict = strict
        #: Non-fatal problems found while loading (e.g. a locale directory without files).
        self.warnings: list[LocaleError] = []
        self._bundles: dict[str, FluentBundle] = {}
        self._entries: dict[str, dict[str, Located]] = {}
        self._needs: dict[tuple[str, str], frozenset[str]] = {}
        self._used: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls, locales_dir: Path, *, strict: bool = False, cache: ParseCache | None = None
    ) -> tuple[Catalog, list[LocaleError]]:
        """Read every ``<locales_dir>/<code>/*.ftl`` file and build one bundle per locale.

        Files are read in name order; within a locale the first definition of an id wins.
        Problems never stop loading: each is returned, located as ``path:line:col`` (the path
        relative to the current directory when possible). The reading is
        :func:`bot.i18n.ftl_read.read_locales`.

        :param locales_dir: the directory holding one sub-directory per language code.
        :param strict: make :meth:`format` raise instead of falling back.
        :param cache: where unchanged files' syntax trees are kept between runs (a speed-up
            only: the catalog and its errors are the same without it).
        :returns: the catalog and the errors found (syntax errors, duplicate ids, unknown locale
            directories, unreadable files, a missing ``en``).
        """
        catalog = cls(strict=strict)
        read = read_locales(locales_dir, cache)
        catalog.warnings.extend(read.warnings)
        for code, entries in read.locales.items():
            bundle = FluentBundle([LANGUAGES[code].babel_locale, code], use_isolating=False)
            bundle.add_resource(ast.Resource([located.entry for located in entries.values()]))
            catalog._bundles[code] = bundle
            catalog._entries[code] = entries
        return catalog, read.errors

    # ------------------------------------------------------------------ introspection

    def files(self) -> frozenset[str]:
        """The files the catalog's entries come from, as their problems name them."""
        return frozenset(
            located.path for entries in self._entries.values() for located in entries.values()
        )

    @property
    def locales(self) -> tuple[str, ...]:
        """The codes that have a locale directory, in :data:`LANGUAGES` (display) order."""
        return tuple(code for code in LANGUAGES if code in self._bundles)

    def has(self, lang: str, msg_id: str) -> bool:
        """Whether ``lang`` itself (no fallback) defines ``msg_id``.

        :param lang: a language code.
        :param msg_id: a message id, or a term id with its leading ``-``.
        """
        return msg_id in self._entries.get(lang, {})

    def message_ids(self, lang: str) -> frozenset[str]:
        """The ids of the messages (not terms) ``lang`` itself defines.

        :param lang: a language code; unknown codes have no messages.
        """
        return frozenset(k for k in self._entries.get(lang, {}) if not k.startswith("-"))

    def term_ids(self, lang: str) -> frozenset[str]:
        """The ids (with their leading ``-``) of the terms ``lang`` itself defines.

        :param lang: a language code; unknown codes have no terms.
        """
        return frozenset(k for k in self._entries.get(lang, {}) if k.startswith("-"))

    def location(self, lang: str, msg_id: str) -> tuple[str, int, int] | None:
        """Where ``lang`` defines ``msg_id``: (file, 1-based line, 1-based column) of the id.

        :param lang: a language code.
        :param msg_id: a message id, or a term id with its leading ``-``.
        :returns: the location, or ``None`` when ``lang`` does not define it.
        """
        found = self._entries.get(lang, {}).get(msg_id)
        return None if found is None else (found.path, found.line, found.col)

    def variables(self, msg_id: str, lang: str = SOURCE_LOCALE) -> frozenset[str]:
        """The ``$variables`` a message uses, in its value and attributes.

        Includes selectors, select variants and function/term call arguments (``-brand($x)``);
        the parameters a term receives (``-brand(case: "gen")``) and the variables of referenced
        messages/terms are not included.

        :param msg_id: a message id, or a term id with its leading ``-``.
        :param lang: the locale whose text is inspected (the source locale by default).
        :returns: the variable names without ``$``; empty when the message is not defined.
        """
        return self._uses(lang, msg_id)[0]

    def entry(self, lang: str, msg_id: str) -> ast.Message | ast.Term | None:
        """The parsed entry ``lang`` itself defines for ``msg_id`` (no fallback), or ``None``.

        The catalog's own AST: read it, do not change it (the bundle renders from it).

        :param lang: a language code.
        :param msg_id: a message id, or a term id with its leading ``-``.
        """
        found = self._entries.get(lang, {}).get(msg_id)
        return None if found is None else found.entry

    def source(self, lang: str, msg_id: str) -> str:
        """The entry's Fluent source, normalised by the serializer and without its comment.

        Stable under reformatting, so hashing it detects changed source text.

        :param lang: a language code.
        :param msg_id: a message id, or a term id with its leading ``-``.
        :raises KeyError: when ``lang`` does not define ``msg_id``.
        """
        entry = self._entries.get(lang, {})[msg_id].entry
        bare = entry.clone()
        bare.comment = None
        return str(FluentSerializer().serialize_entry(bare))

    def comment(self, lang: str, msg_id: str) -> str | None:
        """The comment attached to the entry (the ``#`` lines right above it), if any.

        :param lang: a language code.
        :param msg_id: a message id, or a term id with its leading ``-``.
        :returns: the comment text, or ``None`` when there is none or the entry is not defined.
        """
        found = self._entries.get(lang, {}).get(msg_id)
        if found is None or found.entry.comment is None:
            return None
        return found.entry.comment.content

    def direction(self, lang: str) -> Literal["ltr", "rtl"]:
        """The text direction of a language (``"ltr"`` for unknown codes).

        :param lang: a language code.
        """
        language = LANGUAGES.get(lang)
        return language.direction if language else "ltr"

    # ------------------------------------------------------------------ rendering

    def format(self, lang: str, msg_id: str, args: Mapping[str, object] | None = None) -> str:
        """Render a message in ``lang``, falling back along the language's chain.

        The first locale of ``[lang, *fallback]`` that defines the message with a value and
        renders it without errors is used. Arguments are written for the locale actually used
        (:func:`bot.i18n.localformat.fluent_args`): ``datetime.date`` → day-first date,
        :class:`~bot.i18n.localformat.Money` → amount with the language's currency word,
        ``int``/``float``/``Decimal`` → formatted by Fluent (Latin digits), ``bool`` →
        ``"true"``/``"false"``, ``None`` → left out, ``str`` as is.

        Outside strict mode it never raises and never returns the raw id: when nothing renders it
        logs an error and returns the English ``common-error`` text (or ``""``).

        :param lang: a language code from :data:`LANGUAGES`.
        :param msg_id: the message id.
        :param args: the message's variables.
        :raises LocaleError: in strict mode, when the message is missing or fails to render.
        """
        result = self._render(lang, msg_id, args)
        if result is not None:
            return result
        chain = self._chain(lang)
        if any(self.has(code, msg_id) for code in chain):
            problem = "cannot be rendered"
        else:
            problem = "is not defined"
        if self.strict:
            msg = f"message {msg_id!r} {problem} in {lang!r} or its fallbacks ({', '.join(chain)})"
            raise LocaleError(msg)
        logger.error(
            "i18n: message %r %s in %r or its fallbacks; showing %r",
            msg_id,
            problem,
            lang,
            FALLBACK_ERROR_ID,
        )
        if msg_id != FALLBACK_ERROR_ID:
            fallback = self._render(SOURCE_LOCALE, FALLBACK_ERROR_ID, None)
            if fallback is not None:
                return fallback
        return ""

    def _chain(self, lang: str) -> tuple[str, ...]:
        language = LANGUAGES.get(lang)
        if language is None:
            if self.strict:
                raise LocaleError(f"unknown language {lang!r}")
            logger.warning("i18n: unknown language %r; using %r", lang, SOURCE_LOCALE)
            return (SOURCE_LOCALE,)
        return (lang, *language.fallback)

    def _render(self, lang: str, msg_id: str, args: Mapping[str, object] | None) -> str | None:
        """The first clean rendering along the chain, or ``None`` (strict: raise on errors)."""
        for code in self._chain(lang):
            bundle = self._bundles.get(code)
            if bundle is None or not bundle.has_message(msg_id):
                continue
            message = bundle.get_message(msg_id)
            if message.value is None:
                continue
            # Only what the message can use: Fluent converts every argument it is given (each
            # number to a FluentNumber), and callers pass all facts each time.
            used = {k: args[k] for k in self._needed(code, msg_id) if k in args} if args else None
            formatted = fluent_args(used, LANGUAGES[code].babel_locale)
            text, errors = bundle.format_pattern(message.value, formatted)
            if not errors and isinstance(text, str):
                return mark_direction(text, LANGUAGES[code].direction)
            described = _describe_errors(errors) or "no text"
            if self.strict:
                msg = (
                    f"message {msg_id!r} in {code!r} (requested {lang!r}) failed to render: "
                    f"{described}"
                )
                path, line, col = self.location(code, msg_id) or ("", 0, 0)
                raise LocaleError(msg, path, line, col)
            logger.warning(
                "i18n: message %r in %r failed to render (%s); trying the next locale",
                msg_id,
                code,
                described,
            )
        return None

    def _uses(self, code: str, msg_id: str) -> tuple[frozenset[str], frozenset[str]]:
        """The variables and the referenced messages of one entry's own text (cached).

        A walk of Fluent's AST is slow (its visitor inspects every node's fields); ``check``
        asks about every message several times.
        """
        key = (code, msg_id)
        found = self._used.get(key)
        if found is not None:
            return found
        located = self._entries.get(code, {}).get(msg_id)
        collector = _ReferenceCollector()
        if located is not None:
            if located.entry.value is not None:
                collector.visit(located.entry.value)
            for attribute in located.entry.attributes:
                collector.visit(attribute.value)
        uses = (frozenset(collector.names), frozenset(collector.messages))
        self._used[key] = uses
        return uses

    def _needed(self, code: str, msg_id: str) -> frozenset[str]:
        """The variables rendering ``msg_id`` in ``code`` can read (cached).

        Those of the message itself (value and attributes, term call arguments included) and,
        transitively, of the messages it references, which see the same arguments. Terms see
        only the arguments they are called with, so their bodies add nothing.
        """
        key = (code, msg_id)
        found = self._needs.get(key)
        if found is not None:
            return found
        entries = self._entries.get(code, {})
        names: set[str] = set()
        seen: set[str] = set()
        todo = [msg_id]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            if current not in entries:
                continue  # a missing reference is the bundle's error to report
            variables, messages = self._uses(code, current)
            names |= variables
            todo.extend(messages)
        needed = frozenset(names)
        self._needs[key] = needed
        return needed
