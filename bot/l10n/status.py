"""The status report: translated, missing and stale messages per locale and flow, and review state.

A message is **stale** when its translation was made from an older English text, or has no
recorded hash (:mod:`bot.l10n.sources`). Terms are not counted. The review state of a locale comes
from the ``### Review status:`` line of its files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from bot.i18n.languages import LANGUAGES, SOURCE_LOCALE
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem, display_path
from bot.l10n.files import LocaleFiles, Reference, read_locale, read_reference
from bot.l10n.sources import read_sources_or_warn
from bot.understand.examples import MESSAGE_PREFIX, phrases

__all__ = [
    "REVIEW_STATES",
    "FlowStatus",
    "LocaleStatus",
    "Review",
    "StatusReport",
    "build_status",
    "format_status_table",
]

Review = Literal["source", "draft", "reviewed", "unknown"]

#: The review states a locale can report, most trusted last but one.
REVIEW_STATES: tuple[Review, ...] = ("source", "draft", "reviewed", "unknown")


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
    :param examples: the example lines of its ``understand-*`` messages (typed phrasings the
        bot learns from: more is better, and a message counts as translated with one).
    :param keywords: the keywords of those messages.
    """

    code: str
    review: Review
    flows: tuple[FlowStatus, ...]
    exists: bool = True
    examples: int = 0
    keywords: int = 0

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
            "examples": self.examples,
            "keywords": self.keywords,
            "flows": [f.as_dict() for f in self.flows],
        }


@dataclass(frozen=True)
class StatusReport:
    """The status of every locale, and what a translator should know about the files."""

    locales: tuple[LocaleStatus, ...]
    problems: tuple[Problem, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        """``{"locales": [{"code", "total", "translated", "missing", "stale", "review",
        "examples", "keywords", "flows": [{"flow", "total", "translated", "missing",
        "stale"}]}]}`` (``examples`` and ``keywords``: of the ``understand-*`` messages)."""
        return {"locales": [locale.as_dict() for locale in self.locales]}


def _review(locale: LocaleFiles, problems: list[Problem]) -> Review:
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


def _file_problems(locale: LocaleFiles, reference: Reference, problems: list[Problem]) -> None:
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
    locales_dir: Path, code: str, reference: Reference, problems: list[Problem]
) -> LocaleStatus:
    locale = reference.locale if code == SOURCE_LOCALE else read_locale(locales_dir, code)
    problems.extend(locale.problems if code != SOURCE_LOCALE else ())
    recorded = (
        read_sources_or_warn(locale.directory, problems)
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
    examples, keywords = _phrases(locale, reference)
    return LocaleStatus(code, review, tuple(flows), locale.exists, examples, keywords)


def _phrases(locale: LocaleFiles, reference: Reference) -> tuple[int, int]:
    """The example lines and keywords of the locale's ``understand-*`` messages that English
    has (what the matcher reads)."""
    examples = keywords = 0
    for key, found in locale.entries.items():
        if key.startswith(MESSAGE_PREFIX) and key in reference.hashes:
            lines, words = phrases(found.entry)
            examples += len(lines)
            keywords += len(words)
    return examples, keywords


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
    reference = read_reference(locales_dir)
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
    """An aligned text table: one row per locale, plus its flows for the codes in ``flows``;
    the last two columns count the example lines and keywords of its ``understand-*`` messages.

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
        "examples",
        "keywords",
    ]
    rows: list[list[str]] = [header]
    for locale in report.locales:
        language = LANGUAGES[locale.code].english_name if locale.code in LANGUAGES else ""
        name = locale.code if locale.exists else f"{locale.code} (no files)"
        rows.append(_row(name, language, locale.review, locale))
        rows[-1] += [str(locale.examples), str(locale.keywords)]
        if locale.code in detailed:
            for flow in locale.flows:
                rows.append([*_row(f"  {flow.flow}", "", "", flow), "", ""])
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
