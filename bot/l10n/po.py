"""Gettext PO files for CAT tools (Poedit, Weblate, ...), via translate-toolkit, behind typed code.

igubot's messages are Fluent; PO is only the exchange format. One PO unit is one Fluent entry:
``msgctxt`` is the entry id, ``msgid`` the English pattern source and ``msgstr`` the translated
one (see :mod:`bot.l10n.po_export`). This module knows nothing of Fluent: it writes and reads such
units and, when reading, remembers on which line of the file each line of every ``msgstr``
starts, so that an error found later in a translation can be reported as ``FILE.po:LINE``.

translate-toolkit ships ``py.typed`` but most of its PO API is unannotated, so every call into it
stays in this module; the few ``# type: ignore[no-untyped-call]`` comments mark exactly those
calls.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from translate.storage.poparser import PoParseError
from translate.storage.pypo import pofile, pounit, unescape

from bot.kernel.errors import LocaleError

__all__ = ["PoDocument", "PoUnit", "dump_po", "load_po"]

# translate-toolkit's name for the origin of automatic (``#.``) comments.
_DEVELOPER = "developer"


@dataclass(frozen=True)
class PoUnit:
    """One translation unit of a PO file.

    :param context: the ``msgctxt`` (for igubot: the Fluent message or term id).
    :param source: the ``msgid`` text.
    :param target: the ``msgstr`` text (``""`` when untranslated).
    :param fuzzy: whether the unit carries the ``fuzzy`` flag (needs review).
    :param notes: automatic comments (``#.``), one string per comment block.
    :param locations: source references (``#:``), e.g. ``locales/en/interest.ftl``.
    :param plural: whether the unit is a gettext plural unit (``msgid_plural``); igubot never
        writes those, since Fluent selects plurals inside the message.
    :param line: the 1-based line of the ``msgstr`` keyword in the file read (0 when unknown).
    :param target_lines: for each line of :attr:`target`, the 1-based line of the PO file where
        it starts (empty when unknown).
    """

    context: str
    source: str
    target: str = ""
    fuzzy: bool = False
    notes: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    plural: bool = False
    line: int = 0
    target_lines: tuple[int, ...] = field(default=(), compare=False)

    def target_line(self, number: int) -> int:
        """The PO file line where line ``number`` (1-based) of the translation starts.

        :param number: a line of :attr:`target`, counted from 1.
        :returns: the file line, or :attr:`line` (the ``msgstr`` keyword) when not known.
        """
        if 1 <= number <= len(self.target_lines):
            return self.target_lines[number - 1]
        return self.line


@dataclass(frozen=True)
class PoDocument:
    """A PO file read by :func:`load_po`.

    :param language: the ``Language`` header, when present and not empty.
    :param units: the translation units in file order (no header, no obsolete ``#~`` units).
    """

    language: str | None
    units: tuple[PoUnit, ...]


def dump_po(
    units: Iterable[PoUnit],
    *,
    language: str,
    project: str,
    created: str,
    header_note: str = "",
) -> bytes:
    """Write a UTF-8 PO file.

    :param units: the units, written in this order (their ``line`` fields are ignored).
    :param language: the ``Language`` header (the target language code).
    :param project: the ``Project-Id-Version`` header.
    :param created: the ``POT-Creation-Date``/``PO-Revision-Date`` header value
        (``YYYY-MM-DD HH:MM+ZZZZ``), passed in so that output is reproducible.
    :param header_note: a translator comment for the header (may span several lines).
    :returns: the file's bytes.
    """
    store = pofile()
    store.init_headers(  # type: ignore[no-untyped-call]
        charset="UTF-8",
        encoding="8bit",
        project_id_version=project,
        pot_creation_date=created,
        po_revision_date=created,
        last_translator="",
        language_team="",
        Language=language,
        X_Generator="igubot l10n export",
    )
    header = store.header()  # type: ignore[no-untyped-call]
    header.markfuzzy(False)
    if header_note:
        header.addnote(header_note, origin="translator")
    for unit in units:
        po_unit = store.addsourceunit(unit.source)
        po_unit.setcontext(unit.context)
        po_unit.target = unit.target
        for note in unit.notes:
            po_unit.addnote(note, origin=_DEVELOPER)
        for location in unit.locations:
            po_unit.addlocation(location)
        if unit.fuzzy:
            po_unit.markfuzzy(True)
    out = io.BytesIO()
    store.serialize(out)
    return out.getvalue()


def load_po(data: bytes, name: str) -> PoDocument:
    """Read a PO file.

    :param data: the file's bytes (any charset the header declares; UTF-8 is usual).
    :param name: the file name used in error messages.
    :raises LocaleError: when the file is not a PO file, located at the line translate-toolkit
        names.
    """
    try:
        store = pofile(data)
    except PoParseError as exc:
        line = exc.parse_state.lineno
        raise LocaleError(f"error: not a valid PO file: {exc}", name, line, 1) from exc
    except (UnicodeDecodeError, LookupError) as exc:
        raise LocaleError(f"error: cannot decode the PO file: {exc}", name, 1, 1) from exc
    positions = _scan_positions(data.decode("utf-8", errors="replace"))
    units: list[PoUnit] = []
    for po_unit in store.units:
        if po_unit.isheader() or po_unit.isobsolete():
            continue
        units.append(_read_unit(po_unit, positions))
    language = store.gettargetlanguage()  # type: ignore[no-untyped-call]
    return PoDocument(
        language=str(language) if language else None,
        units=tuple(units),
    )


def _read_unit(po_unit: pounit, positions: dict[str, list[_Position]]) -> PoUnit:
    """Convert one translate-toolkit unit, taking its line numbers from the raw scan."""
    context = str(po_unit.getcontext() or "")  # type: ignore[no-untyped-call]
    notes = str(po_unit.getnotes(_DEVELOPER) or "")
    found = positions.get(context)
    position = found.pop(0) if found else _Position(0, ())
    return PoUnit(
        context=context,
        source=str(po_unit.source or ""),
        target=str(po_unit.target or ""),
        fuzzy=bool(po_unit.isfuzzy()),  # type: ignore[no-untyped-call]
        notes=(notes,) if notes else (),
        locations=tuple(str(x) for x in po_unit.getlocations()),  # type: ignore[no-untyped-call]
        plural=bool(po_unit.hasplural()),  # type: ignore[no-untyped-call]
        line=position.line,
        target_lines=position.target_lines,
    )


@dataclass(frozen=True)
class _Position:
    """Where a unit's ``msgstr`` is: its keyword line and where each translated line starts."""

    line: int
    target_lines: tuple[int, ...]


def _quoted(text: str) -> str:
    """The unescaped content of a PO string line (``msgstr "..."`` or ``"..."``)."""
    start = text.find('"')
    end = text.rfind('"')
    if start < 0 or end <= start:
        return ""
    return unescape(text[start + 1 : end])


def _scan_positions(text: str) -> dict[str, list[_Position]]:
    """Find, for every ``msgctxt``, the lines of its ``msgstr`` (a list: contexts may repeat).

    translate-toolkit keeps no line numbers, so this small scanner reads the raw lines again.
    Obsolete units (``#~``) and units without ``msgctxt`` are not recorded.
    """
    found: dict[str, list[_Position]] = {}
    context: list[str] | None = None
    keyword = ""
    msgstr_line = 0
    pieces: list[tuple[int, str]] = []

    def finish() -> None:
        nonlocal context, keyword, msgstr_line, pieces
        if context is not None and msgstr_line:
            found.setdefault("".join(context), []).append(
                _Position(msgstr_line, _line_starts(msgstr_line, pieces))
            )
        context, keyword, msgstr_line, pieces = None, "", 0, []

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            if keyword == "msgstr":
                finish()
            continue
        if line.startswith('"'):
            if keyword == "msgctxt" and context is not None:
                context.append(_quoted(line))
            elif keyword == "msgstr":
                pieces.append((number, _quoted(line)))
            continue
        if keyword == "msgstr":
            finish()
        if line.startswith("msgctxt"):
            context, keyword = [_quoted(line)], "msgctxt"
        elif line.startswith("msgstr"):
            # For a plural unit this is ``msgstr[0]``; ``msgstr[1]`` and later find the context
            # already finished and are not recorded.
            keyword, msgstr_line = "msgstr", number
            pieces = [(number, _quoted(line))]
        else:  # msgid, msgid_plural
            keyword = line.split(maxsplit=1)[0]
    if keyword == "msgstr":
        finish()
    return found


def _line_starts(msgstr_line: int, pieces: list[tuple[int, str]]) -> tuple[int, ...]:
    """For each line of the joined text of ``pieces``, the file line where it starts."""
    starts: list[int] = []
    at_line_start = True
    for number, piece in pieces:
        for char in piece:
            if at_line_start:
                starts.append(number)
                at_line_start = False
            if char == "\n":
                at_line_start = True
    if not starts:
        starts.append(msgstr_line)
    return tuple(starts)
