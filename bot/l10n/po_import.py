"""PO import: translations from a CAT tool back into FTL files, checked unit by unit.

Each translation is parsed back into a Fluent entry and held against the English one (syntax,
variables, attributes); good ones are written by :mod:`bot.l10n.ftl_edit`, bad ones reported as
``FILE.po:LINE: id: problem`` and skipped. Units not marked ``fuzzy`` whose English is current
are stamped (:mod:`bot.l10n.sources`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fluent.syntax import ast

from bot.i18n.languages import negotiate
from bot.kernel.errors import LocaleError
from bot.l10n.entries import Entry, parse_pattern_text, pattern_text, same_entry, variables
from bot.l10n.files import check_code, read_locale, read_reference
from bot.l10n.ftl_edit import FilePlan, apply_plan
from bot.l10n.po import PoUnit, load_po
from bot.l10n.sources import SOURCES_FILE, read_sources, write_sources

__all__ = ["ImportIssue", "ImportReport", "import_po"]

# A line that starts an attribute as Fluent reads it (``.keywords = …``), and one that looks
# like it was meant to (a dot, a word, then ``=``) but has letters Fluent does not allow there.
_ATTRIBUTE = re.compile(r"^[ \t]*\.([a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=")
_LIKE_ATTRIBUTE = re.compile(r"^[ \t]*\.[^=\s][^=]*=")


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
        renamed = _renamed_attribute(unit.target, english)
        if renamed is not None:
            number, name = renamed
            message = _keep_attribute(name)
            return None, [ImportIssue(po_name, unit.target_line(number), key, message)]
        return None, [ImportIssue(po_name, unit.target_line(n), key, m) for n, m in errors]
    problems: list[str] = []
    extra = sorted(variables(entry) - variables(english))
    if extra:
        known = ", ".join(f"${v}" for v in sorted(variables(english))) or "none"
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
            hint = "; " + _keep_attribute(sorted(names - got)[0]) if names - got else ""
            problems.append(
                f"attributes must be those of English (missing: {missing}; unknown: "
                f"{unknown}){hint}"
            )
    if problems:
        return None, [ImportIssue(po_name, unit.line, key, p) for p in problems]
    return entry, []


def _keep_attribute(name: str) -> str:
    """What to tell a translator who translated or changed an attribute's name."""
    return f"keep the line `.{name} =` as it is; translate only the words after it"


def _renamed_attribute(text: str, english: Entry) -> tuple[int, str] | None:
    """Where a translation renamed one of English's attributes into letters Fluent does not
    allow (``.ቃላት =`` for ``.keywords =``): the line (1-based) and the English name.

    :param text: the translation, as the PO file holds it.
    :param english: the English entry.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = {m.group(1) for line in lines if (m := _ATTRIBUTE.match(line))}
    missing = [a.id.name for a in english.attributes if a.id.name not in kept]
    if not missing:
        return None
    for number, line in enumerate(lines, start=1):
        if _LIKE_ATTRIBUTE.match(line) and not _ATTRIBUTE.match(line):
            return number, missing[0]
    return None


def import_po(
    locales_dir: Path, code: str, data: bytes, po_name: str, *, dry_run: bool = False
) -> ImportReport:
    """Import a PO file's translations (as :mod:`bot.l10n.po_export` writes it) into FTL files.

    Each non-empty ``msgstr`` is parsed back into a Fluent entry; a unit with a syntax error,
    an unknown variable, other attributes than English or an id English does not have is
    reported and skipped, the others are imported. A changed translation replaces the old one in
    place (its comment stays); a new one goes into ``<code>/<flow>.ftl`` after the nearest
    preceding message of the English file, with the English comment; a new file starts with
    :data:`bot.l10n.ftl_edit.IMPORTED_REVIEW_LINE`. Unchanged translations keep their bytes,
    translations not in the PO stay. Units not marked ``fuzzy`` whose ``msgid`` is the current
    English get their English hash recorded in ``sources.json``.

    :param locales_dir: the directory holding ``en/`` and ``<code>/``.
    :param code: the target locale.
    :param data: the PO file's bytes.
    :param po_name: the PO file's name for messages (``FILE.po:LINE: id: problem``).
    :param dry_run: check and report, write nothing.
    :raises LocaleError: for an unknown code, a PO file that cannot be parsed or that declares
        another language (nothing is written then).
    """
    check_code(code)
    document = load_po(data, po_name)
    if document.language and not _same_language(document.language, code):
        msg = f"error: this PO file is for language {document.language!r}, not {code!r}"
        raise LocaleError(msg, po_name, 1, 1)
    reference = read_reference(locales_dir)
    locale = read_locale(locales_dir, code)
    recorded = read_sources(locale.directory) if locale.exists else {}
    new_recorded = dict(recorded)

    issues: list[ImportIssue] = []
    changed: list[str] = []
    unchanged: list[str] = []
    stamped: list[str] = []
    empty = 0
    seen: set[str] = set()
    plans: dict[Path, FilePlan] = {}

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
        if found is not None and same_entry(found.entry, entry):
            unchanged.append(key)
        else:
            plan = plans.setdefault(target, FilePlan(target, existing))
            (plan.replace if found else plan.add)[key] = entry
            changed.append(key)
        if english_now and not unit.fuzzy:
            if new_recorded.get(key) != reference.hashes[key]:
                new_recorded[key] = reference.hashes[key]
            stamped.append(key)

    texts = {path: apply_plan(plan, reference) for path, plan in plans.items()}
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
