"""Walking the locale tree: one locale's FTL files parsed, and the English reference.

* **flow** — the stem of an FTL file: ``locales/en/interest.ftl`` holds flow ``interest``.
  A message belongs to the flow of the English file that defines it.
* An English file with a ``### Locales: da, en`` line is written for those locales only (staff
  pages, the employer flow); other locales are not measured against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import ast

from bot.i18n.ftl_parse import FtlParser
from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE, negotiate
from bot.i18n.sourcehash import source_hash
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem, display_path, line_col
from bot.l10n.entries import Entry, entry_key, entry_source

__all__ = [
    "Found",
    "FtlFile",
    "LocaleFiles",
    "Reference",
    "check_code",
    "read_locale",
    "read_reference",
]

#: ``### Locales: da, en`` in an English file: the file is written for these locales only.
_LOCALES_LINE = re.compile(r"^###[ \t]*Locales:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_REVIEW_LINE = re.compile(r"^###[ \t]*Review status:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class FtlFile:
    """One parsed FTL file."""

    path: Path
    text: str
    resource: ast.Resource

    @property
    def flow(self) -> str:
        """The flow the file holds: its stem (``interest`` for ``interest.ftl``)."""
        return self.path.stem

    @property
    def review_line(self) -> str | None:
        """The text after ``### Review status:``, or ``None`` when the file has no such line."""
        found = _REVIEW_LINE.search(self.text)
        return found.group(1) if found else None

    @property
    def only_for(self) -> frozenset[str] | None:
        """The locales a ``### Locales:`` line limits this file to, or ``None`` (all)."""
        found = _LOCALES_LINE.search(self.text)
        if not found:
            return None
        codes = []
        for token in re.split(r"[\s,]+", found.group(1)):
            if not re.fullmatch(r"[a-z]{2,3}", token):
                break  # the codes come first; anything after them is an explanation
            codes.append(token)
        return frozenset(codes)

    @property
    def junk(self) -> list[ast.Junk]:
        """The entries the parser could not read (syntax errors)."""
        return [item for item in self.resource.body if isinstance(item, ast.Junk)]

    def entries(self) -> Iterator[Entry]:
        """The messages and terms, in file order."""
        for item in self.resource.body:
            if isinstance(item, (ast.Message, ast.Term)):
                yield item

    def where(self, offset: int) -> tuple[str, int, int]:
        """The shown path, line and column of a character offset in :attr:`text`."""
        return (display_path(self.path), *line_col(self.text, offset))


@dataclass(frozen=True)
class Found:
    """An entry and the file that defines it."""

    file: FtlFile
    entry: Entry


@dataclass(frozen=True)
class LocaleFiles:
    """The FTL files of one locale directory (which may not exist)."""

    code: str
    directory: Path
    files: tuple[FtlFile, ...]
    #: Every key with its first definition (files in name order, as the catalog loads them).
    entries: dict[str, Found]
    problems: tuple[Problem, ...]

    @property
    def exists(self) -> bool:
        """Whether the locale directory exists."""
        return self.directory.is_dir()

    def file(self, flow: str) -> FtlFile | None:
        """The locale's file of ``flow``, if it has one."""
        return next((f for f in self.files if f.flow == flow), None)


def read_locale(locales_dir: Path, code: str) -> LocaleFiles:
    """Read and parse ``<locales_dir>/<code>/*.ftl`` in name order (as the catalog loads them).

    A file that cannot be read becomes an error in :attr:`LocaleFiles.problems`; a missing
    directory gives no files.

    :param locales_dir: the directory holding one directory per locale.
    :param code: the locale.
    """
    directory = locales_dir / code
    files: list[FtlFile] = []
    problems: list[Problem] = []
    entries: dict[str, Found] = {}
    paths = sorted(directory.glob("*.ftl"), key=lambda p: p.name) if directory.is_dir() else []
    parser = FtlParser(with_spans=True)
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        except (OSError, UnicodeError) as exc:
            problems.append(Problem(display_path(path), 1, 1, "error", f"cannot read: {exc}"))
            continue
        ftl = FtlFile(path, text, parser.parse(text))
        files.append(ftl)
        for entry in ftl.entries():
            entries.setdefault(entry_key(entry), Found(ftl, entry))
    return LocaleFiles(code, directory, tuple(files), entries, tuple(problems))


@dataclass(frozen=True)
class Reference:
    """The English files: what every locale is measured against."""

    locale: LocaleFiles
    #: key → source hash of the English entry.
    hashes: dict[str, str]
    #: flow → the keys its English file defines, in file order (flows in file name order).
    flows: dict[str, list[str]]
    #: key → the group comment (``## …``) above it in English, if any.
    groups: dict[str, str]

    def entry(self, key: str) -> Entry:
        """The English entry ``key``."""
        return self.locale.entries[key].entry

    def flow_of(self, key: str) -> str:
        """The flow whose English file defines ``key``."""
        return self.locale.entries[key].file.flow

    def messages(self, flow: str) -> list[str]:
        """The message keys (no terms) of ``flow``, in file order."""
        return [key for key in self.flows[flow] if not key.startswith("-")]

    def applies(self, flow: str, code: str) -> bool:
        """Whether locale ``code`` is meant to translate ``flow`` (see ``### Locales:``)."""
        ftl = self.locale.file(flow)
        only = ftl.only_for if ftl else None
        return only is None or code in only


def read_reference(locales_dir: Path) -> Reference:
    """Read the English files.

    :param locales_dir: the directory holding ``en/``.
    :raises LocaleError: when there are none.
    """
    locale = read_locale(locales_dir, SOURCE_LOCALE)
    if not locale.files:
        raise LocaleError(
            f"error: no English source files (expected {SOURCE_LOCALE}/*.ftl)",
            display_path(locales_dir / SOURCE_LOCALE),
            1,
            1,
        )
    flows: dict[str, list[str]] = {}
    groups: dict[str, str] = {}
    for ftl in locale.files:
        keys = flows.setdefault(ftl.flow, [])
        group: str | None = None
        for item in ftl.resource.body:
            if isinstance(item, ast.GroupComment):
                group = (item.content or "").strip() or None
            elif isinstance(item, (ast.Message, ast.Term)):
                key = entry_key(item)
                if locale.entries[key].entry is not item:
                    continue  # a duplicate: the first definition counts
                keys.append(key)
                if group:
                    groups[key] = group
    hashes = {key: source_hash(entry_source(found.entry)) for key, found in locale.entries.items()}
    return Reference(locale, hashes, flows, groups)


def check_code(code: str) -> None:
    """Check that ``code`` names a language to translate into.

    :param code: a language code from the command line.
    :raises LocaleError: for the source locale, or an unknown code (with a suggestion).
    """
    if code == SOURCE_LOCALE:
        msg = f"error: {SOURCE_LOCALE!r} is the source locale: there is nothing to translate"
        raise LocaleError(msg)
    if code not in LANGUAGES:
        suggestion = negotiate(code, LANGUAGES)
        hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
        msg = f"error: unknown language {code!r}{hint}; known codes: {', '.join(LANGUAGES)}"
        raise LocaleError(msg)
