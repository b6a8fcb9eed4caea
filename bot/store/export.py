"""Lead exports for systems: CSV (Danish Excel's dialect, formula-safe) and JSON.

People get the .xlsx export of :mod:`bot.staff.sheet` (Danish headers, labels, local times).
The CSV keeps the stable column codes and raw values a system reads, in the dialect Danish
Excel opens by double-click: UTF-8 with a byte-order mark (else Excel reads the ANSI code page
and Arabic turns to mojibake), ``;`` between cells (Danish Excel's list separator), every cell
in double quotes, CRLF line ends; times in Europe/Copenhagen with their offset.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.store.records import PERSON_FIELDS, LeadRecord

# What staff need to act on a lead. ``user_key`` (a channel identity such as a Telegram chat id)
# and ``channel`` stay inside the bot.
COLUMNS = (
    "id",
    "kind",
    "created",
    "municipality",
    "lang",
    *PERSON_FIELDS,
    "status",
    "campaign",
    "consent_id",
    "consent_version",
    "data",
)

# OWASP "CSV Injection": a cell starting with one of these is a formula (or can become one) in
# Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe and is shown as text.
# E.164 phone numbers start with "+" and are neutralised too; that is correct per OWASP, since
# "+1+cmd|..." is as dangerous as "=...", and the apostrophe is not displayed by spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _lead_dict(lead: LeadRecord) -> dict[str, Any]:
    return {column: getattr(lead, column) for column in COLUMNS}


def neutralise_cell(value: str) -> str:
    """Make one CSV cell safe to open in a spreadsheet (OWASP CSV injection rule).

    :param value: the cell text.
    :return: the text, with a leading ``'`` if it starts with ``= + - @``, TAB or CR.
    """
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


#: The CSV's dialect: what Danish Excel splits on when the file is opened by double-click.
CSV_DELIMITER = ";"
#: Written first: tells Excel the file is UTF-8.
BOM = "\ufeff"
#: The zone of the CSV's times (the staff's; the offset is written with each time).
CSV_ZONE = ZoneInfo("Europe/Copenhagen")


def leads_to_csv(leads: Iterable[LeadRecord], zone: ZoneInfo = CSV_ZONE) -> str:
    """Render leads as CSV for systems: a header row of column codes, one row per lead.

    UTF-8 byte-order mark, ``;``-separated, every cell quoted, CRLF line ends (RFC 4180
    otherwise); ``created`` in ``zone`` with its offset (``2026-11-23T13:00:00+01:00``);
    ``data`` as JSON text; cells that a spreadsheet could read as a formula neutralised.

    :param leads: the leads to export.
    :param zone: the zone of the times.
    :return: the CSV text, starting with the byte-order mark.
    """
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    for lead in leads:
        row = _lead_dict(lead)
        row["created"] = datetime.fromisoformat(lead.created).astimezone(zone).isoformat()
        row["data"] = json.dumps(lead.data, ensure_ascii=False, sort_keys=True)
        writer.writerow(["" if v is None else neutralise_cell(str(v)) for v in row.values()])
    return out.getvalue()


def leads_to_json(leads: Iterable[LeadRecord]) -> str:
    """Render leads as a JSON list of objects with the CSV's columns; ``data`` stays an object.

    :param leads: the leads to export.
    :return: the JSON text, UTF-8 characters unescaped, indented by 2.
    """
    return json.dumps([_lead_dict(lead) for lead in leads], ensure_ascii=False, indent=2)
