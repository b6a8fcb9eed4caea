"""The lead export for people: an .xlsx workbook with Danish headers, labels and local times.

Every cell is a text cell (``data_type = "s"``), whatever it holds: a name that starts with
``=`` or a phone number starting with ``+`` is shown exactly as stored, never evaluated and
never turned into a number. The two counts, the lead's number and its days without contact, are
number cells (``data_type = "n"``), so a column sorts 2 before 10. No cell of the workbook is
ever a formula. Written with
openpyxl; characters XML cannot carry (control characters) are left out of a cell.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from bot.i18n import Catalog
from bot.kernel.municipalities import Municipalities
from bot.staff.answers import contact_of, eligibility_of, latin_name_of, other_answers, waiting
from bot.staff.render import Renderer, language_name
from bot.store import LeadRecord

#: Excel's limit on the characters of one cell.
MAX_CELL = 32_767


@dataclass(frozen=True)
class Column:
    """One column: its heading's message and its width."""

    heading: str
    width: int


COLUMNS = (
    Column("staff-col-id", 7),
    Column("staff-col-created", 22),
    Column("staff-col-waiting-days", 10),
    Column("staff-col-status", 14),
    Column("staff-col-kind", 14),
    Column("staff-col-municipality", 18),
    Column("staff-field-name", 24),
    Column("staff-field-name-latin", 24),
    Column("staff-col-name-approximate", 24),
    Column("staff-field-phone", 16),
    Column("staff-field-email", 26),
    Column("staff-col-contact", 14),
    Column("staff-col-lang", 12),
    Column("staff-col-interpreter", 8),
    Column("staff-field-danish", 16),
    Column("staff-field-work", 22),
    Column("staff-field-eligibility", 20),
    Column("staff-col-question-text", 40),
    Column("staff-field-answers", 40),
    Column("staff-field-campaign", 14),
)


def cell_text(value: object) -> str:
    """What a cell holds: the value as text, without characters XML cannot carry."""
    text = "" if value is None else str(value)
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL]


def lead_row(
    renderer: Renderer,
    lang: str,
    lead: LeadRecord,
    now: dt.datetime,
    municipality: Callable[[str], str],
) -> list[str | int]:
    """One lead as the sheet's cells, in the order of :data:`COLUMNS`: text, except the lead's
    number and its days without contact (numbers)."""
    days = waiting(lead, now, renderer.zone)
    answers = [renderer.answer(lang, k, v) for k, v in other_answers(lead)]
    latin = latin_name_of(lead)
    return [
        "" if lead.id is None else lead.id,
        renderer.when(lead.created),  # with its zone: CET in winter, CEST in summer
        "" if days is None else days,
        renderer.label(lang, "status", lead.status),
        renderer.label(lang, "kind", lead.kind),
        municipality(lead.municipality),
        lead.name or "",
        latin.text if latin and not latin.approximate else "",
        latin.text if latin and latin.approximate else "",
        lead.phone or "",
        lead.email or "",
        renderer.label(lang, "contact", contact_of(lead)),
        language_name(lead.lang, lang),
        renderer.label(lang, "interpreter", lead.interpreter),
        renderer.label(lang, "danish", lead.danish_level),
        renderer.label(lang, "work", lead.work_area),
        renderer.label(lang, "eligibility", eligibility_of(lead)),
        lead.question or "",
        "\n".join(f"{key}: {value}" for key, value in answers),
        lead.campaign or "",
    ]


def leads_to_xlsx(
    leads: Iterable[LeadRecord],
    renderer: Renderer,
    lang: str,
    now: dt.datetime,
    municipality: Callable[[str], str],
) -> bytes:
    """The leads as an .xlsx workbook of text cells, headed in ``lang``.

    :param leads: the leads to export, in the order of the rows.
    :param renderer: staff text, labels and the staff's zone.
    :param lang: the staff language (``da`` or ``en``).
    :param now: the current time (days waiting).
    :param municipality: a municipality's name from its code (``Aarhus (751)``).
    :return: the workbook's bytes.
    """
    t = renderer.t(lang)
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook has one sheet
    sheet.title = t("staff-sheet-title")[:31]
    _write_row(sheet, 1, [t(c.heading) for c in COLUMNS], bold=True)
    for number, lead in enumerate(leads, start=2):
        _write_row(sheet, number, lead_row(renderer, lang, lead, now, municipality))
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write_row(
    sheet: Worksheet, row: int, values: Sequence[str | int], *, bold: bool = False
) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        if isinstance(value, int):  # a count: a number cell, sorted as a number
            cell.value = value
            cell.data_type = "n"
            cell.number_format = "0"
        else:
            text = cell_text(value)
            if text:  # an empty cell stays empty (a spreadsheet reads "" back as no value)
                cell.value = text
                cell.data_type = "s"  # text, even for "=1+1" or "+4520123456": never a formula
            cell.number_format = "@"  # and text when someone types into the cell
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True)


def workbook_for(locales: Path, zone: ZoneInfo, leads: Iterable[LeadRecord], lang: str) -> bytes:
    """The workbook of ``leads`` now, with the catalog of ``locales`` (``igubot leads export``).

    :param locales: the content's ``locales`` folder.
    :param zone: the staff's time zone.
    """
    catalog, _problems = Catalog.load(locales)
    table = Municipalities.load()

    def name(code: str) -> str:
        found = table.by_code(code)
        return f"{found.name} ({code})" if found else code

    return leads_to_xlsx(leads, Renderer(catalog, zone), lang, dt.datetime.now(dt.UTC), name)
