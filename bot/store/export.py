"""Lead exports for staff: CSV safe to open in a spreadsheet, and JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from bot.store.records import PERSON_FIELDS, LeadRecord

# What staff need to act on a lead, and where it came from (``channel``: on Telegram the bot can
# check in with the person later, from the web chat it cannot; ``campaign``: the poster or link).
# ``user_key`` (a channel identity such as a Telegram chat id) stays inside the bot.
COLUMNS = (
    "id",
    "kind",
    "created",
    "municipality",
    "lang",
    *PERSON_FIELDS,
    "status",
    "channel",
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


def leads_to_csv(leads: Iterable[LeadRecord]) -> str:
    """Render leads as CSV: a header row, then one row per lead; ``data`` as JSON text.

    :param leads: the leads to export.
    :return: the CSV text (CRLF line ends and quoting as in RFC 4180).
    """
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for lead in leads:
        row = _lead_dict(lead)
        row["data"] = json.dumps(lead.data, ensure_ascii=False, sort_keys=True)
        writer.writerow(["" if v is None else neutralise_cell(str(v)) for v in row.values()])
    return out.getvalue()


def leads_to_json(leads: Iterable[LeadRecord]) -> str:
    """Render leads as a JSON list of objects with the CSV's columns; ``data`` stays an object.

    :param leads: the leads to export.
    :return: the JSON text, UTF-8 characters unescaped, indented by 2.
    """
    return json.dumps([_lead_dict(lead) for lead in leads], ensure_ascii=False, indent=2)
