"""Reading locales/<code>/*.ftl: parsed entries, each located, and located errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fluent.syntax import ast

from bot.i18n.ftl_parse import FtlParser
from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE, negotiate
from bot.kernel.errors import LocaleError
from bot.kernel.problems import display_path, line_col

if TYPE_CHECKING:
    from bot.i18n.parsecache import ParseCache

__all__ = ["Entry", "LocalesRead", "Located", "read_locales"]

Entry = ast.Message | ast.Term


@dataclass(frozen=True)
class Located:
    """A parsed entry and where it was defined."""

    entry: Entry
    path: str
    line: int
    col: int


@dataclass
class LocalesRead:
    """What :func:`read_locales` found."""

    #: Per language code, in :data:`LANGUAGES` (display) order: the entries that locale itself
    #: defines, keyed by id (``msg`` or ``-term``), in the order they were read.
    locales: dict[str, dict[str, Located]] = field(default_factory=dict)
    #: Located errors (syntax errors, duplicate ids, unknown locale directories, unreadable
    #: files, a missing source locale), in the order they were found.
    errors: list[LocaleError] = field(default_factory=list)
    #: Located problems that are not errors (a locale directory without files).
    warnings: list[LocaleError] = field(default_factory=list)


def read_locales(locales_dir: Path, cache: ParseCache | None = None) -> LocalesRead:
    """Read every ``<locales_dir>/<code>/*.ftl`` file into located entries.

    Files are read in name order; within a locale the first definition of an id wins (later ones
    are reported). Problems never stop reading: each is recorded, located as ``path:line:col``
    (the path relative to the current directory when possible).

    :param locales_dir: the directory holding one sub-directory per language code.
    :param cache: where unchanged files' syntax trees are kept between runs (a speed-up only:
        the entries and errors are the same without it).
    :returns: the entries per locale, the errors and the warnings.
    """
    read = LocalesRead()
    if not locales_dir.is_dir():
        read.errors.append(
            LocaleError("error: locales directory not found", display_path(locales_dir), 1, 1)
        )
        return read

    found: dict[str, Path] = {}
    for child in sorted(locales_dir.iterdir(), key=lambda p: p.name):
        if child.name.startswith(".") or not child.is_dir():
            continue
        if child.name not in LANGUAGES:
            suggestion = negotiate(child.name, LANGUAGES)
            hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
            known = ", ".join(LANGUAGES)
            read.errors.append(
                LocaleError(
                    f"error: unknown locale directory {child.name!r}{hint}; known codes: {known}",
                    display_path(child),
                    1,
                    1,
                )
            )
            continue
        found[child.name] = child

    for code in LANGUAGES:  # display order
        if code in found:
            read.locales[code] = _read_locale(code, found[code], cache, read)

    if SOURCE_LOCALE not in found:
        read.errors.append(
            LocaleError(
                f"error: the source locale {SOURCE_LOCALE!r} is missing: every fallback "
                "chain ends there",
                display_path(locales_dir / SOURCE_LOCALE),
                1,
                1,
            )
        )
    return read


def _entry_key(entry: Entry) -> str:
    """The id of an entry as referenced from code: ``msg`` or ``-term``."""
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


def _read_locale(
    code: str, directory: Path, cache: ParseCache | None, read: LocalesRead
) -> dict[str, Located]:
    """The entries of one locale directory; its problems are added to ``read``."""
    entries: dict[str, Located] = {}
    files = sorted(directory.glob("*.ftl"), key=lambda p: p.name)
    if not files:
        read.warnings.append(
            LocaleError(
                f"warning: no .ftl files for locale {code!r}: it falls back entirely",
                display_path(directory),
                1,
                1,
            )
        )
    parser = FtlParser(with_spans=True)
    for file in files:
        shown = display_path(file)
        text = _read(file, shown, read.errors)
        if text is None:
            continue
        resource = parser.parse(text) if cache is None else cache.parse(parser, text)
        for item in resource.body:
            if isinstance(item, ast.Junk):
                read.errors.extend(_junk_errors(item, text, shown))
                continue
            if not isinstance(item, (ast.Message, ast.Term)):
                continue
            located = _locate(item, text, shown)
            key = _entry_key(item)
            first = entries.get(key)
            if first is not None:
                kind = "term" if isinstance(item, ast.Term) else "message"
                read.errors.append(
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
    return entries


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


def _locate(entry: Entry, text: str, shown: str) -> Located:
    """Where an entry's id starts (not its comment); terms point at the ``-``."""
    offset = entry.id.span.start if entry.id.span else (entry.span.start if entry.span else 0)
    if isinstance(entry, ast.Term) and offset > 0:
        offset -= 1
    line, col = line_col(text, offset)
    return Located(entry, shown, line, col)
