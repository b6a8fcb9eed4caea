"""The Fluent message catalog: loading locales/<code>/*.ftl, located errors, fallback rendering."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from babel.dates import format_date
from fluent.runtime import FluentBundle
from fluent.runtime.errors import FluentFormatError
from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.visitor import Visitor

from bot.i18n.bidi import mark_direction
from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE, negotiate
from bot.kernel.errors import LocaleError
from bot.kernel.problems import display_path, line_col

if TYPE_CHECKING:
    from bot.i18n.parsecache import ParseCache

__all__ = ["Catalog"]

logger = logging.getLogger(__name__)

#: The message shown (in English) when nothing else can be rendered, outside strict mode.
FALLBACK_ERROR_ID = "common-error"

_Entry = ast.Message | ast.Term


@dataclass(frozen=True)
class _Located:
    """A parsed entry and where it was defined."""

    entry: _Entry
    path: str
    line: int
    col: int


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


def _key(entry: _Entry) -> str:
    """The id of an entry as referenced from code: ``msg`` or ``-term``."""
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


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
        self._entries: dict[str, dict[str, _Located]] = {}
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
        relative to the current directory when possible).

        :param locales_dir: the directory holding one sub-directory per language code.
        :param strict: make :meth:`format` raise instead of falling back.
        :param cache: where unchanged files' syntax trees are kept between runs (a speed-up
            only: the catalog and its errors are the same without it).
        :returns: the catalog and the errors found (syntax errors, duplicate ids, unknown locale
            directories, unreadable files, a missing ``en``).
        """
        catalog = cls(strict=strict)
        errors: list[LocaleError] = []
        if not locales_dir.is_dir():
            errors.append(
                LocaleError(
                    "error: locales directory not found",
                    display_path(locales_dir),
                    1,
                    1,
                )
            )
            return catalog, errors

        found: dict[str, Path] = {}
        for child in sorted(locales_dir.iterdir(), key=lambda p: p.name):
            if child.name.startswith(".") or not child.is_dir():
                continue
            if child.name not in LANGUAGES:
                suggestion = negotiate(child.name, LANGUAGES)
                hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
                known = ", ".join(LANGUAGES)
                errors.append(
                    LocaleError(
                        f"error: unknown locale directory {child.name!r}{hint}; "
                        f"known codes: {known}",
                        display_path(child),
                        1,
                        1,
                    )
                )
                continue
            found[child.name] = child

        for code in LANGUAGES:  # display order
            if code in found:
                errors.extend(catalog._load_locale(code, found[code], cache))

        if SOURCE_LOCALE not in found:
            errors.append(
                LocaleError(
                    f"error: the source locale {SOURCE_LOCALE!r} is missing: every fallback "
                    "chain ends there",
                    display_path(locales_dir / SOURCE_LOCALE),
                    1,
                    1,
                )
            )
        return catalog, errors

    def _load_locale(
        self, code: str, directory: Path, cache: ParseCache | None
    ) -> list[LocaleError]:
        """Parse one locale directory into a bundle; return its errors."""
        language = LANGUAGES[code]
        bundle = FluentBundle([language.babel_locale, code], use_isolating=False)
        entries: dict[str, _Located] = {}
        errors: list[LocaleError] = []
        files = sorted(directory.glob("*.ftl"), key=lambda p: p.name)
        if not files:
            self.warnings.append(
                LocaleError(
                    f"warning: no .ftl files for locale {code!r}: it falls back entirely",
                    display_path(directory),
                    1,
                    1,
                )
            )
        parser = FluentParser(with_spans=True)
        for file in files:
            shown = display_path(file)
            text = self._read(file, shown, errors)
            if text is None:
                continue
            resource = parser.parse(text) if cache is None else cache.parse(parser, text)
            accepted: list[ast.EntryType] = []
            for item in resource.body:
                if isinstance(item, ast.Junk):
                    errors.extend(self._junk_errors(item, text, shown))
                    continue
                if not isinstance(item, (ast.Message, ast.Term)):
                    continue
                located = self._locate(item, text, shown)
                key = _key(item)
                first = entries.get(key)
                if first is not None:
                    kind = "term" if isinstance(item, ast.Term) else "message"
                    errors.append(
                        LocaleError(
                            f"error: duplicate {kind} id {key!r} (first defined at "
                            f"{first.path}:{first.line}:{first.col}; this one is ignored)",
                            shown,
                            located.line,
                            located.col,
                        )
                    )
                    continue
                entries[key] = located
                accepted.append(item)
            bundle.add_resource(ast.Resource(accepted))
        self._bundles[code] = bundle
        self._entries[code] = entries
        return errors

    @staticmethod
    def _read(file: Path, shown: str, errors: list[LocaleError]) -> str | None:
        """Read a file as UTF-8 (a leading BOM is dropped); record a located error on failure."""
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raw = file.read_bytes()
            line = raw.count(b"\n", 0, exc.start) + 1
            col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            errors.append(
                LocaleError(f"error: not valid UTF-8 (byte {col} of the line)", shown, line, col)
            )
            return None
        except OSError as exc:
            errors.append(LocaleError(f"error: cannot read file: {exc.strerror}", shown, 1, 1))
            return None
        return text.removeprefix("\ufeff")

    @staticmethod
    def _junk_errors(junk: ast.Junk, text: str, shown: str) -> list[LocaleError]:
        """One located error per annotation of a syntax-error entry."""
        entry_start = junk.span.start if junk.span else 0
        entry_line, entry_col = line_col(text, entry_start)
        found: list[LocaleError] = []
        for annotation in junk.annotations:
            offset = annotation.span.start if annotation.span else entry_start
            line, col = line_col(text, offset)
            found.append(
                LocaleError(
                    f"error: {annotation.code} {annotation.message} "
                    f"(in the entry starting at line {entry_line})",
                    shown,
                    line,
                    col,
                )
            )
        if not found:
            found.append(
                LocaleError(
                    f"error: unparsable entry (starting at line {entry_line})",
                    shown,
                    entry_line,
                    entry_col,
                )
            )
        return found

    @staticmethod
    def _locate(entry: _Entry, text: str, shown: str) -> _Located:
        """Where an entry's id starts (not its comment); terms point at the ``-``."""
        offset = entry.id.span.start if entry.id.span else (entry.span.start if entry.span else 0)
        if isinstance(entry, ast.Term) and offset > 0:
            offset -= 1
        line, col = line_col(text, offset)
        return _Located(entry, shown, line, col)

    # ------------------------------------------------------------------ introspection

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
        renders it without errors is used. Arguments: ``datetime.date`` → long localized date
        (in the locale actually used), ``int``/``float``/``Decimal`` → formatted by Fluent per
        locale, ``bool`` → ``"true"``/``"false"``, ``None`` → left out, ``str`` as is.

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
            fluent_args = _fluent_args(used, LANGUAGES[code].babel_locale)
            text, errors = bundle.format_pattern(message.value, fluent_args)
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


def _fluent_args(args: Mapping[str, object] | None, babel_locale: str) -> dict[str, Any]:
    """Convert our arguments to what Fluent formats correctly for the locale in use."""
    converted: dict[str, Any] = {}
    for name, value in (args or {}).items():
        if value is None:
            continue
        if isinstance(value, bool):
            converted[name] = "true" if value else "false"
        elif isinstance(value, datetime.date):
            converted[name] = format_date(value, format="long", locale=babel_locale)
        else:
            # int, float, Decimal and str go through; Fluent reports any other type as an
            # "Unsupported external type" error, which the chain handles like any other.
            converted[name] = value
    return converted
