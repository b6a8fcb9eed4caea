"""Translators' tools: completeness and staleness per locale and flow, stamping, PO round trips.

Words used here:

* **flow** — the stem of an FTL file: ``locales/en/interest.ftl`` holds flow ``interest``.
  A message belongs to the flow of the English file that defines it.
* **key** — a message id (``interest-name-ask``) or a term id with its dash (``-brand``).
* **source hash** — ``sha256`` of the English entry as the Fluent serializer writes it without
  its comment (the text :meth:`bot.i18n.Catalog.source` returns), first 12 hex digits: the value
  :meth:`bot.content.Content.source_hash` records as a consent version.
* **sources.json** — ``locales/<code>/sources.json`` maps each key to the source hash of the
  English text its translation was made from. A translation whose recorded hash differs from the
  current one, or that has none, is **stale**. :func:`stamp` records the current hashes.
* **pattern text** — an entry's Fluent source after ``id =``, one level of indentation removed:
  what a PO file carries as ``msgid`` (English) and ``msgstr`` (translation). Select expressions
  and attributes (``.title = …`` lines) stay in it, so nothing is lost.

Import edits FTL files surgically: an unchanged translation keeps its bytes (and its comment), a
changed one is replaced in place, a new one is inserted after the nearest preceding message of
the English file, so an export followed by an import of the same PO changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from babel import Locale
from babel.core import UnknownLocaleError
from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.visitor import Visitor

from bot.errors import LocaleError
from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE, negotiate
from bot.i18n.po import PoUnit, dump_po, load_po
from bot.problems import Problem, display_path, line_col

__all__ = [
    "IMPORTED_REVIEW_LINE",
    "REVIEW_STATES",
    "SOURCES_FILE",
    "FlowStatus",
    "ImportIssue",
    "ImportReport",
    "LocaleStatus",
    "StatusReport",
    "build_status",
    "entry_key",
    "entry_source",
    "export_po",
    "format_status_table",
    "import_po",
    "parse_pattern_text",
    "pattern_text",
    "read_sources",
    "source_hash",
    "stamp",
    "write_sources",
]

Entry = ast.Message | ast.Term
Review = Literal["source", "draft", "reviewed", "unknown"]

#: The review states a locale can report, most trusted last but one.
REVIEW_STATES: tuple[Review, ...] = ("source", "draft", "reviewed", "unknown")
#: The sidecar file recording the English hash each translation was made from.
SOURCES_FILE = "sources.json"
#: The resource comment written into an FTL file that an import creates.
IMPORTED_REVIEW_LINE = "### Review status: draft (imported, not yet reviewed by a native speaker)"

#: ``### Locales: da, en`` in an English file: the file is written for these locales only
#: (staff pages, the employer flow); other locales are not measured against it.
_LOCALES_LINE = re.compile(r"^###[ \t]*Locales:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
_REVIEW_LINE = re.compile(r"^###[ \t]*Review status:[ \t]*(.*?)[ \t]*$", re.MULTILINE)
# A line of pattern text that starts an attribute (``.title = …``).
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\.[a-zA-Z][a-zA-Z0-9_-]*[ \t]*=")
_INDENT = "    "
_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")


# ---------------------------------------------------------------------------- entries and hashes


def source_hash(source: str) -> str:
    """The short hash of an entry's source text (12 hex digits of its SHA-256).

    :param source: the text :func:`entry_source` (or :meth:`Catalog.source`) returns.
    """
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]


def entry_key(entry: Entry) -> str:
    """The key of an entry as code and ``sources.json`` use it: ``msg`` or ``-term``.

    :param entry: a parsed message or term.
    """
    return f"-{entry.id.name}" if isinstance(entry, ast.Term) else entry.id.name


def entry_source(entry: Entry) -> str:
    """The entry's Fluent source as the serializer writes it, without its comment.

    The same text as :meth:`bot.i18n.Catalog.source`: stable under reformatting, so its
    :func:`source_hash` changes only when the text does.

    :param entry: a parsed message or term.
    """
    bare = entry.clone()
    bare.comment = None
    return str(FluentSerializer().serialize_entry(bare))


def pattern_text(entry: Entry) -> str:
    """The entry's pattern source: what follows ``id =``, one indentation level removed.

    ``unread = { $n -> … }`` gives ``"{ $n ->\\n    [one] …\\n   *[other] …\\n}"``; attributes
    follow the value as ``.name = …`` lines. :func:`parse_pattern_text` reverses it.

    :param entry: a parsed message or term.
    """
    source = entry_source(entry)
    rest = source[len(entry_key(entry)) + len(" =") :].rstrip("\n")
    if rest.startswith(" "):  # a one-line value, maybe followed by attribute lines
        first, *others = rest[1:].split("\n")
        return "\n".join([first, *(_dedent(line) for line in others)])
    return "\n".join(_dedent(line) for line in rest[1:].split("\n"))  # a block


def _dedent(line: str) -> str:
    return line.removeprefix(_INDENT) if line.startswith(_INDENT) else line.lstrip(" ")


def _entry_text(key: str, text: str) -> tuple[str, int]:
    """The FTL source of entry ``key`` with pattern ``text``; and the line shift (0 or 1).

    A one-line value, alone or followed by attribute lines only, goes after ``id =`` on the same
    line (so a value such as ``.NET`` stays a value); anything else becomes an indented block.
    The shift is what to subtract from a line of the source to get the line of ``text``.
    """
    lines = text.split("\n")
    first, others = lines[0], lines[1:]
    inline = (
        bool(first.strip())
        and not _ATTRIBUTE_LINE.match(first)
        and all(_ATTRIBUTE_LINE.match(line) for line in others)
    )
    body = others if inline else lines
    head = f"{key} = {first}" if inline else f"{key} ="
    indented = "".join("\n" + (_INDENT + line if line.strip() else "") for line in body)
    return head + indented + "\n", 0 if inline else 1


def parse_pattern_text(key: str, text: str) -> tuple[Entry | None, list[tuple[int, str]]]:
    """Parse pattern text (as :func:`pattern_text` writes it) back into the entry ``key``.

    :param key: the message id, or the term id with its dash.
    :param text: the pattern text, e.g. a PO ``msgstr``.
    :returns: the entry, or ``None`` and the errors as (1-based line of ``text``, message).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source, shift = _entry_text(key, text)
    resource = FluentParser(with_spans=True).parse(source)
    last_line = text.count("\n") + 1
    errors: list[tuple[int, str]] = []
    entries: list[Entry] = []
    for item in resource.body:
        if isinstance(item, ast.Junk):
            for annotation in item.annotations:
                offset = annotation.span.start if annotation.span else 0
                line = source.count("\n", 0, offset) + 1 - shift
                errors.append(
                    (min(max(line, 1), last_line), f"{annotation.code} {annotation.message}")
                )
        elif isinstance(item, (ast.Message, ast.Term)):
            entries.append(item)
        else:
            errors.append((1, "the translation must be the text of one message, no comments"))
    if not errors and (len(entries) != 1 or entry_key(entries[0]) != key):
        errors.append((1, "the translation must be the text of exactly one message"))
    if errors:
        return None, errors
    return entries[0], []


class _Variables(Visitor):
    """Collects ``$variable`` names (selectors, placeables, call arguments)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def _variables(entry: Entry) -> set[str]:
    collector = _Variables()
    if entry.value is not None:
        collector.visit(entry.value)
    for attribute in entry.attributes:
        collector.visit(attribute.value)
    return collector.names


def _same(left: Entry, right: Entry) -> bool:
    """Whether two entries say the same, ignoring comments, positions and layout."""
    a, b = left.clone(), right.clone()
    a.comment = b.comment = None
    return bool(a.equals(b, ignored_fields=["span"]))


# ---------------------------------------------------------------------------- reading files


@dataclass(frozen=True)
class _FtlFile:
    """One parsed FTL file."""

    path: Path
    text: str
    resource: ast.Resource

    @property
    def flow(self) -> str:
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
        return [item for item in self.resource.body if isinstance(item, ast.Junk)]

    def entries(self) -> Iterator[Entry]:
        for item in self.resource.body:
            if isinstance(item, (ast.Message, ast.Term)):
                yield item

    def where(self, offset: int) -> tuple[str, int, int]:
        return (display_path(self.path), *line_col(self.text, offset))


@dataclass(frozen=True)
class _Found:
    file: _FtlFile
    entry: Entry


@dataclass(frozen=True)
class _Locale:
    """The FTL files of one locale directory (which may not exist)."""

    code: str
    directory: Path
    files: tuple[_FtlFile, ...]
    #: Every key with its first definition (files in name order, as the catalog loads them).
    entries: dict[str, _Found]
    problems: tuple[Problem, ...]

    @property
    def exists(self) -> bool:
        return self.directory.is_dir()

    def file(self, flow: str) -> _FtlFile | None:
        return next((f for f in self.files if f.flow == flow), None)


def _read_locale(locales_dir: Path, code: str) -> _Locale:
    directory = locales_dir / code
    files: list[_FtlFile] = []
    problems: list[Problem] = []
    entries: dict[str, _Found] = {}
    paths = sorted(directory.glob("*.ftl"), key=lambda p: p.name) if directory.is_dir() else []
    parser = FluentParser(with_spans=True)
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
        except (OSError, UnicodeError) as exc:
            problems.append(Problem(display_path(path), 1, 1, "error", f"cannot read: {exc}"))
            continue
        ftl = _FtlFile(path, text, parser.parse(text))
        files.append(ftl)
        for entry in ftl.entries():
            entries.setdefault(entry_key(entry), _Found(ftl, entry))
    return _Locale(code, directory, tuple(files), entries, tuple(problems))


@dataclass(frozen=True)
class _Reference:
    """The English files: what every locale is measured against."""

    locale: _Locale
    #: key → source hash of the English entry.
    hashes: dict[str, str]
    #: flow → the keys its English file defines, in file order (flows in file name order).
    flows: dict[str, list[str]]
    #: key → the group comment (``## …``) above it in English, if any.
    groups: dict[str, str]

    def entry(self, key: str) -> Entry:
        return self.locale.entries[key].entry

    def flow_of(self, key: str) -> str:
        return self.locale.entries[key].file.flow

    def messages(self, flow: str) -> list[str]:
        return [key for key in self.flows[flow] if not key.startswith("-")]

    def applies(self, flow: str, code: str) -> bool:
        """Whether locale ``code`` is meant to translate ``flow`` (see ``### Locales:``)."""
        ftl = self.locale.file(flow)
        only = ftl.only_for if ftl else None
        return only is None or code in only


def _read_reference(locales_dir: Path) -> _Reference:
    """Read the English files.

    :raises LocaleError: when there are none.
    """
    locale = _read_locale(locales_dir, SOURCE_LOCALE)
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
    return _Reference(locale, hashes, flows, groups)


def read_sources(directory: Path) -> dict[str, str]:
    """Read ``<directory>/sources.json``: key → source hash the translation was made from.

    :param directory: a locale directory (``locales/da``).
    :returns: the mapping; empty when the file does not exist.
    :raises LocaleError: when the file is not a JSON object of strings, located in it.
    """
    path = directory / SOURCES_FILE
    if not path.is_file():
        return {}
    shown = display_path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LocaleError(
            f"error: not valid JSON: {exc.msg}", shown, exc.lineno, exc.colno
        ) from exc
    except (OSError, UnicodeError) as exc:
        raise LocaleError(f"error: cannot read: {exc}", shown, 1, 1) from exc
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        msg = 'error: must be a JSON object of message ids to hashes ({"id": "0123456789ab"})'
        raise LocaleError(msg, shown, 1, 1)
    return dict(data)


def write_sources(directory: Path, hashes: Mapping[str, str]) -> bool:
    """Write ``<directory>/sources.json`` (sorted keys, two-space indent, trailing newline).

    Nothing is written when the file already says the same, or when ``hashes`` is empty and
    there is no file.

    :param directory: a locale directory; created when missing.
    :param hashes: key → source hash.
    :returns: whether the file was written.
    """
    path = directory / SOURCES_FILE
    text = json.dumps(dict(hashes), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if path.is_file():
        if path.read_text(encoding="utf-8") == text:
            return False
    elif not hashes:
        return False
    directory.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def _read_sources_or_warn(directory: Path, problems: list[Problem]) -> dict[str, str]:
    try:
        return read_sources(directory)
    except LocaleError as exc:
        message = f"{exc.message.removeprefix('error: ')}; every translation counts as stale"
        problems.append(Problem(exc.path, exc.line, exc.col, "warning", message))
        return {}


def _check_code(code: str) -> None:
    if code == SOURCE_LOCALE:
        msg = f"error: {SOURCE_LOCALE!r} is the source locale: there is nothing to translate"
        raise LocaleError(msg)
    if code not in LANGUAGES:
        suggestion = negotiate(code, LANGUAGES)
        hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
        msg = f"error: unknown language {code!r}{hint}; known codes: {', '.join(LANGUAGES)}"
        raise LocaleError(msg)


# ---------------------------------------------------------------------------- status


@dataclass(frozen=True)
class FlowStatus:
    """Completeness of one flow in one locale (messages only, terms are not counted).

    :param flow: the FTL file stem.
    :param total: messages the English file defines.
    :param translated: messages translated from the current English text.
    :param missing: messages the locale does not define.
    :param stale: messages translated from an older (or unrecorded) English text.
    """

    flow: str
    total: int
    translated: int
    missing: int
    stale: int

    def as_dict(self) -> dict[str, str | int]:
        """The JSON form: ``{"flow", "total", "translated", "missing", "stale"}``."""
        return {
            "flow": self.flow,
            "total": self.total,
            "translated": self.translated,
            "missing": self.missing,
            "stale": self.stale,
        }


@dataclass(frozen=True)
class LocaleStatus:
    """Completeness of one locale: the sum of its flows, and its review status.

    :param code: the language code.
    :param review: ``source``, ``draft``, ``reviewed`` or ``unknown`` (no status line, or no
        directory).
    :param exists: whether ``locales/<code>/`` exists.
    """

    code: str
    review: Review
    flows: tuple[FlowStatus, ...]
    exists: bool = True

    @property
    def total(self) -> int:
        """Messages in English."""
        return sum(f.total for f in self.flows)

    @property
    def translated(self) -> int:
        """Messages translated from the current English text."""
        return sum(f.translated for f in self.flows)

    @property
    def missing(self) -> int:
        """Messages not translated at all."""
        return sum(f.missing for f in self.flows)

    @property
    def stale(self) -> int:
        """Messages translated from an older English text (or with no recorded hash)."""
        return sum(f.stale for f in self.flows)

    @property
    def percent(self) -> int:
        """Translated share, rounded down (100 only when everything is translated)."""
        return 100 if not self.total else self.translated * 100 // self.total

    def as_dict(self) -> dict[str, object]:
        """The JSON form (see :meth:`StatusReport.as_json`)."""
        return {
            "code": self.code,
            "total": self.total,
            "translated": self.translated,
            "missing": self.missing,
            "stale": self.stale,
            "review": self.review,
            "flows": [f.as_dict() for f in self.flows],
        }


@dataclass(frozen=True)
class StatusReport:
    """The status of every locale, and what a translator should know about the files."""

    locales: tuple[LocaleStatus, ...]
    problems: tuple[Problem, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        """``{"locales": [{"code", "total", "translated", "missing", "stale", "review",
        "flows": [{"flow", "total", "translated", "missing", "stale"}]}]}``."""
        return {"locales": [locale.as_dict() for locale in self.locales]}


def _review(locale: _Locale, problems: list[Problem]) -> Review:
    """The locale's review status from the first file that states one; warn about the rest."""
    stated = [(f, f.review_line) for f in locale.files if f.review_line is not None]
    if not locale.files:
        return "unknown"
    if not stated:
        problems.append(
            Problem(
                display_path(locale.directory),
                1,
                1,
                "warning",
                f"{locale.code}: no file has a '### Review status:' line, so nobody can tell a "
                "draft from a reviewed translation; add '### Review status: draft (...)' or "
                "'### Review status: reviewed ...' to each file",
            )
        )
        return "unknown"
    first_file, first_line = stated[0]
    review = _classify(first_line or "")
    for ftl in locale.files:
        line = ftl.review_line
        if line is None:
            problems.append(
                Problem(
                    display_path(ftl.path),
                    1,
                    1,
                    "warning",
                    f"no '### Review status:' line (the locale reports {review!r} from "
                    f"{first_file.path.name})",
                )
            )
        elif _classify(line) == "unknown":
            problems.append(
                Problem(
                    display_path(ftl.path),
                    1,
                    1,
                    "warning",
                    f"unrecognised review status {line!r}: start it with 'source', 'draft' or "
                    "'reviewed'",
                )
            )
        elif _classify(line) != review:
            problems.append(
                Problem(
                    display_path(ftl.path),
                    1,
                    1,
                    "warning",
                    f"review status {_classify(line)!r} differs from {review!r} in "
                    f"{first_file.path.name} (the locale reports the first file's)",
                )
            )
    return review


def _classify(line: str) -> Review:
    """``source``, ``draft`` or ``reviewed`` from the first word after ``Review status:``."""
    word = (line.split() or [""])[0].strip(".,;:()").lower()
    if word == "source":
        return "source"
    if word == "draft":
        return "draft"
    if word == "reviewed":
        return "reviewed"
    return "unknown"


def _file_problems(locale: _Locale, reference: _Reference, problems: list[Problem]) -> None:
    """Syntax errors and obsolete translations: worth knowing, not counted as errors here."""
    for ftl in locale.files:
        for junk in ftl.junk:
            path, line, col = ftl.where(junk.span.start if junk.span else 0)
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    "warning",
                    "syntax error: this entry counts as missing (details: igubot check)",
                )
            )
    if locale.code == SOURCE_LOCALE:
        return
    for key, found in locale.entries.items():
        if key not in reference.hashes:
            offset = found.entry.id.span.start if found.entry.id.span else 0
            path, line, col = found.file.where(offset)
            problems.append(
                Problem(
                    path,
                    line,
                    col,
                    "warning",
                    f"{key!r} is not in English (any more): delete it, or rename it to the new id",
                )
            )


def _locale_status(
    locales_dir: Path, code: str, reference: _Reference, problems: list[Problem]
) -> LocaleStatus:
    locale = reference.locale if code == SOURCE_LOCALE else _read_locale(locales_dir, code)
    problems.extend(locale.problems if code != SOURCE_LOCALE else ())
    recorded = (
        _read_sources_or_warn(locale.directory, problems)
        if code != SOURCE_LOCALE and locale.exists
        else {}
    )
    flows: list[FlowStatus] = []
    for flow in reference.flows:
        if not reference.applies(flow, code):
            continue
        keys = reference.messages(flow)
        if code == SOURCE_LOCALE:
            flows.append(FlowStatus(flow, len(keys), len(keys), 0, 0))
            continue
        present = [k for k in keys if k in locale.entries]
        stale = sum(recorded.get(k) != reference.hashes[k] for k in present)
        flows.append(
            FlowStatus(flow, len(keys), len(present) - stale, len(keys) - len(present), stale)
        )
    review = _review(locale, problems) if locale.exists else "unknown"
    if locale.exists:
        _file_problems(locale, reference, problems)
    return LocaleStatus(code, review, tuple(flows), exists=locale.exists)


def build_status(locales_dir: Path, *, all_languages: bool = False) -> StatusReport:
    """Count translated, missing and stale messages per locale and per flow.

    :param locales_dir: the directory holding ``en/`` and one directory per locale.
    :param all_languages: also report languages of :data:`LANGUAGES` without a directory
        (all missing).
    :returns: one :class:`LocaleStatus` per locale in :data:`LANGUAGES` order, ``en`` included,
        and warnings (no review status line, syntax errors, obsolete messages, unknown
        directories).
    :raises LocaleError: when ``locales_dir`` or its English files are missing.
    """
    if not locales_dir.is_dir():
        raise LocaleError("error: locales directory not found", display_path(locales_dir), 1, 1)
    reference = _read_reference(locales_dir)
    problems: list[Problem] = list(reference.locale.problems)
    present = {p.name for p in locales_dir.iterdir() if p.is_dir() and not p.name.startswith(".")}
    for name in sorted(present - set(LANGUAGES)):
        problems.append(
            Problem(
                display_path(locales_dir / name),
                1,
                1,
                "warning",
                f"{name!r} is not a language code igubot knows; ignored",
            )
        )
    codes = [c for c in LANGUAGES if all_languages or c in present]
    statuses = [_locale_status(locales_dir, code, reference, problems) for code in codes]
    return StatusReport(tuple(statuses), tuple(problems))


def format_status_table(report: StatusReport, *, flows: Iterable[str] = ()) -> str:
    """An aligned text table: one row per locale, plus its flows for the codes in ``flows``.

    :param report: from :func:`build_status`.
    :param flows: the locale codes whose per-flow rows are shown.
    """
    detailed = set(flows)
    header = [
        "locale",
        "language",
        "review",
        "complete",
        "translated",
        "stale",
        "missing",
        "total",
    ]
    rows: list[list[str]] = [header]
    for locale in report.locales:
        language = LANGUAGES[locale.code].english_name if locale.code in LANGUAGES else ""
        name = locale.code if locale.exists else f"{locale.code} (no files)"
        rows.append(_row(name, language, locale.review, locale))
        if locale.code in detailed:
            for flow in locale.flows:
                rows.append(_row(f"  {flow.flow}", "", "", flow))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [
            cell.ljust(width) if i < 3 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def _row(name: str, language: str, review: str, counts: LocaleStatus | FlowStatus) -> list[str]:
    total, translated = counts.total, counts.translated
    percent = 100 if not total else translated * 100 // total
    return [
        name,
        language,
        review,
        f"{percent}%",
        str(translated),
        str(counts.stale),
        str(counts.missing),
        str(total),
    ]


# ---------------------------------------------------------------------------- stamp


def stamp(locales_dir: Path, code: str, keys: Sequence[str] = ()) -> list[str]:
    """Record the current English hash for translations checked against the current English.

    :param locales_dir: the directory holding ``en/`` and ``<code>/``.
    :param code: the locale (not ``en``).
    :param keys: the message ids (terms with their dash) to stamp; all that ``code`` defines
        when empty.
    :returns: the keys stamped, sorted.
    :raises LocaleError: for an unknown code, a key English does not define or ``code`` does not
        translate (nothing is written then), or an unreadable ``sources.json``.
    """
    _check_code(code)
    reference = _read_reference(locales_dir)
    locale = _read_locale(locales_dir, code)
    if keys:
        unknown = [k for k in keys if k not in reference.hashes]
        if unknown:
            msg = f"error: not in English: {', '.join(unknown)}"
            raise LocaleError(msg)
        untranslated = [k for k in keys if k not in locale.entries]
        if untranslated:
            msg = f"error: not translated in {code!r}: {', '.join(untranslated)}"
            raise LocaleError(msg)
        chosen = list(dict.fromkeys(keys))
    else:
        chosen = [k for k in locale.entries if k in reference.hashes]
    recorded = read_sources(locale.directory)
    recorded.update({key: reference.hashes[key] for key in chosen})
    if not any(ftl.junk for ftl in reference.locale.files):
        # Forget hashes of messages English no longer has (only when English parsed cleanly).
        recorded = {k: v for k, v in recorded.items() if k in reference.hashes}
    write_sources(locale.directory, recorded)
    return sorted(chosen)


# ---------------------------------------------------------------------------- PO export


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
    _check_code(code)
    reference = _read_reference(locales_dir)
    locale = _read_locale(locales_dir, code)
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


# ---------------------------------------------------------------------------- PO import


@dataclass(frozen=True)
class ImportIssue:
    """A unit of a PO file that was not (fully) imported.

    :param path: the PO file as named on the command line.
    :param line: the PO line (where the offending translation line starts, when known).
    :param key: the unit's ``msgctxt``.
    :param message: what is wrong.
    :param level: ``error`` (unit skipped) or ``warning`` (imported, but look at it).
    """

    path: str
    line: int
    key: str
    message: str
    level: Literal["error", "warning"] = "error"

    def render(self) -> str:
        """``FILE.po:LINE: message-id: message`` (warnings say so after the id)."""
        prefix = "warning: " if self.level == "warning" else ""
        return f"{self.path}:{self.line}: {self.key}: {prefix}{self.message}"


@dataclass(frozen=True)
class ImportReport:
    """What :func:`import_po` did.

    :param changed: keys whose translation was added or replaced.
    :param unchanged: keys whose translation was already the same.
    :param stamped: keys whose English hash was recorded (non-fuzzy units).
    :param empty: units with an empty ``msgstr`` (left alone).
    :param issues: errors (units skipped) and warnings, in PO order.
    :param written: the files written (none in a dry run).
    """

    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    stamped: tuple[str, ...]
    empty: int
    issues: tuple[ImportIssue, ...]
    written: tuple[Path, ...]

    @property
    def errors(self) -> tuple[ImportIssue, ...]:
        """The issues that made a unit be skipped."""
        return tuple(i for i in self.issues if i.level == "error")


def _same_language(declared: str, code: str) -> bool:
    tag = declared.strip().replace("_", "-").lower()
    return tag == code or negotiate(tag, [code]) == code


def _check_unit(
    unit: PoUnit, english: Entry, po_name: str
) -> tuple[Entry | None, list[ImportIssue]]:
    """Parse a unit's translation and hold it against the English entry."""
    key = unit.context
    entry, errors = parse_pattern_text(key, unit.target)
    if entry is None:
        return None, [ImportIssue(po_name, unit.target_line(n), key, m) for n, m in errors]
    problems: list[str] = []
    extra = sorted(_variables(entry) - _variables(english))
    if extra:
        known = ", ".join(f"${v}" for v in sorted(_variables(english))) or "none"
        problems.append(
            f"unknown variable(s) {', '.join('$' + v for v in extra)} (English has {known}); "
            "variable names are never translated"
        )
    if isinstance(english, ast.Message):
        if english.value is not None and entry.value is None:
            problems.append("the English message has a text, the translation only attributes")
        if english.value is None and entry.value is not None:
            problems.append("the English message has only attributes, the translation a text")
        names = {a.id.name for a in english.attributes}
        got = {a.id.name for a in entry.attributes}
        if names != got:
            missing = ", ".join(f".{n}" for n in sorted(names - got)) or "none"
            unknown = ", ".join(f".{n}" for n in sorted(got - names)) or "none"
            problems.append(
                f"attributes must be those of English (missing: {missing}; unknown: {unknown})"
            )
    if problems:
        return None, [ImportIssue(po_name, unit.line, key, p) for p in problems]
    return entry, []


@dataclass
class _FilePlan:
    """The changes one FTL file gets."""

    path: Path
    existing: _FtlFile | None
    replace: dict[str, Entry] = field(default_factory=dict)
    add: dict[str, Entry] = field(default_factory=dict)


def import_po(
    locales_dir: Path, code: str, data: bytes, po_name: str, *, dry_run: bool = False
) -> ImportReport:
    """Import the translations of a PO file (as :func:`export_po` writes it) into FTL files.

    Each non-empty ``msgstr`` is parsed back into a Fluent entry; a unit with a syntax error,
    an unknown variable, other attributes than English or an id English does not have is
    reported and skipped, the others are imported. A changed translation replaces the old one in
    place (its comment stays); a new one goes into ``<code>/<flow>.ftl`` after the nearest
    preceding message of the English file, with the English comment; a new file starts with
    :data:`IMPORTED_REVIEW_LINE`. Unchanged translations keep their bytes, translations not in
    the PO stay. Units not marked ``fuzzy`` whose ``msgid`` is the current English get their
    English hash recorded in ``sources.json``.

    :param locales_dir: the directory holding ``en/`` and ``<code>/``.
    :param code: the target locale.
    :param data: the PO file's bytes.
    :param po_name: the PO file's name for messages (``FILE.po:LINE: id: problem``).
    :param dry_run: check and report, write nothing.
    :raises LocaleError: for an unknown code, a PO file that cannot be parsed or that declares
        another language (nothing is written then).
    """
    _check_code(code)
    document = load_po(data, po_name)
    if document.language and not _same_language(document.language, code):
        msg = f"error: this PO file is for language {document.language!r}, not {code!r}"
        raise LocaleError(msg, po_name, 1, 1)
    reference = _read_reference(locales_dir)
    locale = _read_locale(locales_dir, code)
    recorded = read_sources(locale.directory) if locale.exists else {}
    new_recorded = dict(recorded)

    issues: list[ImportIssue] = []
    changed: list[str] = []
    unchanged: list[str] = []
    stamped: list[str] = []
    empty = 0
    seen: set[str] = set()
    plans: dict[Path, _FilePlan] = {}

    for unit in document.units:
        key = unit.context

        def issue(message: str, unit: PoUnit = unit, key: str = key) -> None:
            issues.append(ImportIssue(po_name, unit.line, key or "(no msgctxt)", message))

        if not key:
            issue("no msgctxt: igubot PO files name the message id in msgctxt; skipped")
            continue
        if key in seen:
            issue("a second unit for this id; skipped")
            continue
        seen.add(key)
        if key not in reference.hashes:
            issue("English has no such message (removed or renamed?); skipped")
            continue
        if unit.plural:
            issue("gettext plural forms are not used: write plurals inside the message; skipped")
            continue
        if not unit.target.strip():
            empty += 1
            continue
        english = reference.entry(key)
        entry, unit_issues = _check_unit(unit, english, po_name)
        if entry is None:
            issues.extend(unit_issues)
            continue
        found = locale.entries.get(key)
        target = found.file.path if found else locale.directory / f"{reference.flow_of(key)}.ftl"
        existing = found.file if found else locale.file(reference.flow_of(key))
        if existing is not None and existing.junk:
            junk_span = existing.junk[0].span
            shown, line, _col = existing.where(junk_span.start if junk_span else 0)
            issue(
                f"{shown} has a syntax error at line {line}: fix it first (igubot check); skipped"
            )
            continue
        english_now = unit.source == pattern_text(english)
        if not english_now:
            issues.append(
                ImportIssue(
                    po_name,
                    unit.line,
                    key,
                    "the English text changed since this PO file was exported: imported, but "
                    "left stale (export again to see the new English)",
                    "warning",
                )
            )
        if found is not None and _same(found.entry, entry):
            unchanged.append(key)
        else:
            plan = plans.setdefault(target, _FilePlan(target, existing))
            (plan.replace if found else plan.add)[key] = entry
            changed.append(key)
        if english_now and not unit.fuzzy:
            if new_recorded.get(key) != reference.hashes[key]:
                new_recorded[key] = reference.hashes[key]
            stamped.append(key)

    texts = {path: _apply_plan(plan, reference) for path, plan in plans.items()}
    written: list[Path] = []
    if not dry_run:
        for path, text in texts.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            written.append(path)
        if new_recorded != recorded and write_sources(locale.directory, new_recorded):
            written.append(locale.directory / SOURCES_FILE)
    return ImportReport(
        changed=tuple(changed),
        unchanged=tuple(unchanged),
        stamped=tuple(stamped),
        empty=empty,
        issues=tuple(issues),
        written=tuple(written),
    )


def _block(entry: Entry) -> str:
    """An entry as FTL, with its comment, ending in a newline.

    The serializer indents blank lines inside a pattern; they are written empty instead (the
    same to Fluent, and no trailing whitespace for editors and hooks to strip).
    """
    text = str(FluentSerializer().serialize_entry(entry))
    return "\n".join(line if line.strip() else "" for line in text.split("\n"))


def _join_blocks(blocks: list[str]) -> str:
    """Entries one after another; a blank line before each that has a comment."""
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if index and block.startswith("#"):
            parts.append("\n")
        parts.append(block)
    return "".join(parts)


def _apply_plan(plan: _FilePlan, reference: _Reference) -> str:
    """The new text of one FTL file: replacements in place, additions in English order."""
    if plan.existing is not None:
        text, resource = plan.existing.text, plan.existing.resource
    else:
        text = IMPORTED_REVIEW_LINE + "\n"
        resource = FluentParser(with_spans=True).parse(text)
    edits: list[tuple[int, int, int, str]] = []  # (start, replacement first, end, text)
    present: dict[str, Entry] = {}
    for item in resource.body:
        if isinstance(item, (ast.Message, ast.Term)):
            present.setdefault(entry_key(item), item)

    for key, entry in plan.replace.items():
        old = present[key]
        assert old.span is not None
        assert old.id.span is not None
        start = old.id.span.start - (1 if isinstance(old, ast.Term) else 0)
        new = entry.clone()
        new.comment = None
        edits.append((start, 1, old.span.end, _block(new).rstrip("\n")))

    if plan.add:
        flow = plan.path.stem
        order = reference.flows.get(flow, [])
        groups: dict[str | None, list[str]] = {}
        for key in sorted(plan.add, key=lambda k: order.index(k) if k in order else len(order)):
            anchor = None
            if key in order:
                anchor = next(
                    (k for k in reversed(order[: order.index(key)]) if k in present), None
                )
            groups.setdefault(anchor, []).append(key)
        for anchor, keys in groups.items():
            blocks = []
            for key in keys:
                new = plan.add[key].clone()
                english_comment = reference.entry(key).comment
                new.comment = english_comment.clone() if english_comment else None
                blocks.append(_block(new))
            if anchor is not None:
                anchor_span = present[anchor].span
                end = anchor_span.end if anchor_span else len(text)
                joined = "".join(
                    "\n" + ("\n" if block.startswith("#") else "") + block.rstrip("\n")
                    for block in blocks
                )
                edits.append((end, 0, end, joined))
            else:
                head = next(
                    (
                        item.span.start
                        for item in resource.body
                        if not isinstance(item, ast.ResourceComment) and item.span
                    ),
                    None,
                )
                if head is not None:
                    edits.append((head, 0, head, _join_blocks(blocks) + "\n"))
                else:
                    prefix = "" if not text else ("\n" if text.endswith("\n") else "\n\n")
                    edits.append((len(text), 0, len(text), prefix + _join_blocks(blocks)))

    for start, _first, end, new_text in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new_text + text[end:]
    _verify(plan, text)
    return text


def _verify(plan: _FilePlan, text: str) -> None:
    """Re-parse the result: the imported entries must read back as imported, with no junk."""
    resource = FluentParser(with_spans=True).parse(text)
    found: dict[str, Entry] = {}
    for item in resource.body:
        if isinstance(item, ast.Junk):
            break
        if isinstance(item, (ast.Message, ast.Term)):
            found.setdefault(entry_key(item), item)
    else:
        wanted = {**plan.replace, **plan.add}
        if all(k in found and _same(found[k], e) for k, e in wanted.items()):
            return
    msg = f"error: importing would damage {display_path(plan.path)}; nothing was written (a bug)"
    raise LocaleError(msg)
