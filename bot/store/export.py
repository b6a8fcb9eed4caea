"""Lead exports for staff: CSV safe to open in a spreadsheet, and JSON."""

from __future__ import annotations

import csv
import io
import json
import re
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
# Excel, LibreOffice and Google Sheets. Fullwidth forms are included: spreadsheets in East
# Asian locales read them as the ASCII ones.
_FORMULA_STARTS = "=+\\-@\uff1d\uff0b\uff0d\uff20"
# Where a spreadsheet may start a new cell inside what we wrote as one: the file is opened with
# the locale's list separator (";" in Danish Excel, which then splits a comma file differently,
# quotes and all), a tab, a pipe, or a line break. After any of them (and any spaces or quotes
# that follow), a formula start gets an apostrophe right before it.
_SEPARATORS = ",;\t|\r\n\v\f\u0085\u2028\u2029"
_TRIGGER = re.compile(f'((?:^|[{_SEPARATORS}])[\\s"]*)(?=[{_FORMULA_STARTS}])')


def _lead_dict(lead: LeadRecord) -> dict[str, Any]:
    return {column: getattr(lead, column) for column in COLUMNS}


def neutralise_cell(value: str) -> str:
    """Make one CSV cell safe to open in a spreadsheet, whatever separator it is opened with.

    OWASP's rule (a leading ``'`` before ``= + - @``, TAB or CR), applied at the start of the
    cell and after every character a spreadsheet may split cells or rows on (``, ; | TAB``,
    line breaks): the apostrophe goes right before the formula start, after any spaces and
    quotes, so ``Anna;=1+1`` becomes ``Anna;'=1+1`` and ``a; "=1`` becomes ``a; "'=1``.

    :param value: the cell text.
    :return: the text with an apostrophe before every possible formula start.
    """
    safe = _TRIGGER.sub(r"\1'", value)
    return "'" + safe if safe.startswith(("\t", "\r")) else safe


def leads_to_csv(leads: Iterable[LeadRecord]) -> str:
    """Render leads as CSV: a header row, then one row per lead; ``data`` as JSON text.

    :param leads: the leads to export.
    :return: the CSV text: CRLF line ends, every cell quoted (RFC 4180), every cell passed
        through :func:`neutralise_cell`. The one writer of ``/staff/leads.csv`` and
        ``igubot leads export``.
    """
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
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
