"""Lead exports opened in a real spreadsheet: LibreOffice Calc, in the Danish locale, with formula
evaluation on, reads every cell of ``igubot leads export`` (the staff CSV's writer too) as the
text written, never as a formula, whether it splits the file on Danish Excel's ";" (the
file's own separator) or on ",".

The file is converted with ``soffice --headless --convert-to ods`` and the ODS file's
``content.xml`` is read cell by cell (formula attribute, value type, text). Without
``soffice`` the tests skip; with ``IGUBOT_REQUIRE_SPREADSHEET=1`` (``.ci/run``) they fail.
"""

from __future__ import annotations

import subprocess  # nosec B404 - runs LibreOffice on a file this test wrote
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from bot.face.cli import main
from bot.store import LeadRecord, Store, leads_to_csv
from tests.support.csvfile import csv_table
from tests.support.spreadsheet import SOFFICE, needs_soffice
from tests.support.tree import ROOT

pytestmark = needs_soffice

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}
#: Cells written by people (or an attacker) in every text column a lead exports.
NASTY = {
    "name": "Anna;=cmd|' /C calc'!A0;=1+1",
    "phone": "+4520123456",
    "email": "x@example.org;@SUM(1+1)",
    "contact": "@SUM(1+1)",
    "interpreter": "-2+3\r\n@SUM(1+1)",
    "danish_level": '"=1+1',
    "work_area": "retail\t=1+1",
    "campaign": '=HYPERLINK("http://evil.example","click")',
}
NASTY_DATA = {"note": "line one\n=4+4", "pipe": "a|=5+5", "wide": "\uff1d1+1", "dash": " -6+6"}


def _lead(n: int) -> LeadRecord:
    return LeadRecord(
        kind="learner",
        user_key=f"web:{n}",
        channel="web",
        lang="da",
        municipality="751",
        data=NASTY_DATA,
        consent_id="interest-consent-ask",
        consent_version="abc123",
        created="2026-11-23T12:00:00+00:00",
        **NASTY,
    )


@dataclass(frozen=True)
class Cell:
    text: str
    formula: str | None
    kind: str


def _text(node: ET.Element) -> str:
    parts = [node.text or ""]
    for child in node:
        tag = child.tag.rsplit("}", 1)[1]
        if tag == "s":
            parts.append(" " * int(child.get(f"{{{NS['text']}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _read_ods(path: Path) -> list[list[Cell]]:
    with zipfile.ZipFile(path) as ods:
        root = ET.fromstring(ods.read("content.xml"))
    rows = []
    for row in root.iter(f"{{{NS['table']}}}table-row"):
        cells = []
        for cell in row.iter(f"{{{NS['table']}}}table-cell"):
            repeat = int(cell.get(f"{{{NS['table']}}}number-columns-repeated", "1"))
            paragraphs = cell.findall("text:p", NS)
            value = Cell(
                text="\n".join(_text(p) for p in paragraphs),
                formula=cell.get(f"{{{NS['table']}}}formula"),
                kind=cell.get(f"{{{NS['calcext']}}}value-type", ""),
            )
            cells.extend([value] * min(repeat, 64))
        while cells and not cells[-1].text and cells[-1].formula is None:
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def _open_in_calc(
    csv_file: Path, separator: str, tmp_path: Path, *, quote: str = '"'
) -> list[list[Cell]]:
    """``csv_file`` as LibreOffice Calc reads it in da-DK, with formulas evaluated.

    :param quote: the text delimiter, or ``""`` for none: quotes are then text, and every
        separator and line break splits, as Excel does with a comma file opened on ";".
    """
    assert SOFFICE is not None
    # CSV filter options: separator, text delimiter, UTF-8 (76), from line 1, standard column
    # types, language 1030 (da-DK), quoted fields not forced to text, special numbers (dates)
    # not detected, -, -, -, all sheets, evaluate formulas: as a careless import would.
    delimiter = str(ord(quote)) if quote else ""
    options = f"{ord(separator)},{delimiter},76,1,,1030,false,false,false,false,false,-1,true"
    out = tmp_path / f"out-{ord(separator)}-{delimiter}"
    subprocess.run(  # nosec B603 - fixed arguments, no shell
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            f"--infilter=CSV:{options}",
            "--convert-to",
            "ods",
            "--outdir",
            str(out),
            str(csv_file),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return _read_ods(out / (csv_file.stem + ".ods"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``igubot leads export`` of two nasty leads, written to a .csv file."""
    data = tmp_path_factory.mktemp("data")
    with Store(data / "igubot.sqlite3") as store:
        store.add_lead(_lead(1))
        store.add_lead(_lead(2))
        expected = leads_to_csv(store.leads())
    result = CliRunner().invoke(
        main,
        ["leads", "export", "--format", "csv"],
        env={"IGUBOT_DATA_DIR": str(data), "IGUBOT_CONTENT_DIR": str(ROOT)},
    )
    assert result.exit_code == 0, result.output
    # the staff page's CSV is this same function's output
    assert result.stdout_bytes == expected.encode()
    target = data / "leads.csv"
    target.write_bytes(result.stdout_bytes)
    return target


def test_csv_spreadsheet_every_cell_is_quoted(exported: Path) -> None:
    text = exported.read_text(encoding="utf-8")
    [header, *rows] = csv_table(text)
    quoted = sum(len(row) for row in [header, *rows])
    assert text.count('"') >= 2 * quoted
    lines = [line for line in text.removeprefix("\ufeff").split("\r\n") if line]
    assert all(line.startswith('"') for line in lines)


def test_csv_spreadsheet_semicolon_cells_read_back_as_the_written_text(
    exported: Path, tmp_path: Path
) -> None:
    written = csv_table(exported.read_text(encoding="utf-8"))
    read = _open_in_calc(exported, ";", tmp_path)
    assert len(read) == len(written) == 3
    phone = written[0].index("phone")
    for row_read, row_written in zip(read, written, strict=True):
        assert [c.formula for c in row_read] == [None] * len(row_read)
        others = [c.text for i, c in enumerate(row_read) if i != phone]
        assert others == [t for i, t in enumerate(row_written) if i != phone]
    # a phone (+ and digits) keeps no apostrophe: Calc reads a number, never a formula
    for row_read, row_written in zip(read[1:], written[1:], strict=True):
        if row_written[phone]:
            assert row_written[phone].startswith("+")
            cell = row_read[phone]
            assert (cell.kind, cell.text) == ("float", row_written[phone].lstrip("+"))
    name = read[1][written[0].index("name")]
    assert (name.kind, name.text) == ("string", "Anna;'=cmd|' /C calc'!A0;'=1+1")


@pytest.mark.parametrize("quote", ['"', ""], ids=["quotes-respected", "quotes-as-text"])
def test_csv_spreadsheet_split_on_commas_never_makes_a_formula(
    exported: Path, tmp_path: Path, quote: str
) -> None:
    raw = exported.read_text(encoding="utf-8").removeprefix("\ufeff")
    text = raw + raw.replace('""', '"')
    read = _open_in_calc(exported, ",", tmp_path, quote=quote)
    cells = [cell for row in read for cell in row]
    if not quote:  # split on every "," and line break, as a comma spreadsheet does
        assert len(read) > 3
    for cell in cells:
        assert cell.formula is None, cell
        assert cell.kind in {"string", "float", ""}, cell
        for line in cell.text.removeprefix("\ufeff").split("\n"):
            assert line.strip('"') in text, cell
