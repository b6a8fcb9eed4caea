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
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n.latin import approximate_latin, written_in_latin
from bot.store.records import PERSON_FIELDS, LeadRecord

#: The computed column next to ``name_latin``: a rough Latin spelling of a name in another
#: script when the person gave none (:func:`approximate_name`); never stored.
APPROXIMATE_NAME = "name_latin_approx"

# What staff need to act on a lead, and where it came from (``channel``: on Telegram the bot can
# check in with the person later, from the web chat it cannot; ``campaign``: the poster or link).
# ``user_key`` (a channel identity such as a Telegram chat id) stays inside the bot.
COLUMNS = (
    "id",
    "kind",
    "created",
    "municipality",
    "lang",
    *PERSON_FIELDS[: PERSON_FIELDS.index("name_latin") + 1],
    APPROXIMATE_NAME,
    *PERSON_FIELDS[PERSON_FIELDS.index("name_latin") + 1 :],
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


def approximate_name(lead: LeadRecord) -> str | None:
    """A rough Latin spelling of the lead's name (anyascii), for staff to read it aloud: only
    when the name has letters of another script and the person gave no ``name_latin``.

    :param lead: a stored lead.
    :return: e.g. ``'Mynh 'Hmd`` for ``أمينة أحمد``; ``None`` when not needed or not possible.
    """
    if lead.name_latin or not lead.name or written_in_latin(lead.name):
        return None
    return approximate_latin(lead.name) or None


def contact_route(lead: LeadRecord) -> str | None:
    """How the person wants to be contacted: ``phone`` for a callback, whose form asks no more
    (the staff pages, e-mails and every export say the same)."""
    if lead.contact:
        return lead.contact
    return "phone" if lead.kind == "callback" else None


def _lead_dict(lead: LeadRecord) -> dict[str, Any]:
    computed = {APPROXIMATE_NAME: approximate_name(lead), "contact": contact_route(lead)}
    return {
        column: computed[column] if column in computed else getattr(lead, column)
        for column in COLUMNS
    }


# A plus sign and digits (spaces allowed) only: a phone number as the forms store it. No cell
# reference, function or DDE can hide in it; LibreOffice Calc (da-DK) reads the quoted cell as a
# number, not a formula (tests/staff/test_exports_in_calc.py), so it keeps no apostrophe.
_PHONE = re.compile(r"\+[0-9 ]+")


def neutralise_cell(value: str) -> str:
    """Make one CSV cell safe to open in a spreadsheet, whatever separator it is opened with.

    OWASP's rule (a leading ``'`` before ``= + - @``, TAB or CR), applied at the start of the
    cell and after every character a spreadsheet may split cells or rows on (``, ; | TAB``,
    line breaks): the apostrophe goes right before the formula start, after any spaces and
    quotes, so ``Anna;=1+1`` becomes ``Anna;'=1+1`` and ``a; "=1`` becomes ``a; "'=1``.

    A cell that is only a plus sign and digits (``+4520123456``, a phone number) is left as it
    is: it cannot hold a formula that does anything.

    :param value: the cell text.
    :return: the text with an apostrophe before every possible formula start.
    """
    if _PHONE.fullmatch(value):
        return value
    safe = _TRIGGER.sub(r"\1'", value)
    return "'" + safe if safe.startswith(("\t", "\r")) else safe


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
    :return: the CSV text, starting with the byte-order mark: CRLF line ends, every cell quoted
        (RFC 4180), every cell passed through :func:`neutralise_cell`. The one writer of
        ``/staff/leads.csv`` and ``igubot leads export``.
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
