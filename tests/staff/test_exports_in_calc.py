"""The lead exports opened as a Danish spreadsheet user would: LibreOffice Calc (headless, da-DK)
opens ``igubot leads export --format xlsx`` and ``--format csv``, saves what it read as .xlsx,
and openpyxl reads every cell back: the text stored, Arabic intact, no formula anywhere.

Without ``soffice`` (Debian package libreoffice-calc) these tests skip, saying so; with
``IGUBOT_REQUIRE_SPREADSHEET=1`` (CI) a missing LibreOffice is a failure.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess  # nosec B404 - runs LibreOffice on files this test wrote
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.face.cli import main
from bot.store import LeadRecord, Store
from tests.support.spreadsheet import SOFFICE, needs_soffice
from tests.support.tree import ROOT

pytestmark = [needs_soffice, pytest.mark.slow]  # LibreOffice takes 1.5-3 s a test

#: What people (or an attacker) typed, in every text field a lead exports.
TYPED = {
    "name": "أمينة أحمد =1+1",
    "phone": "+4520123456",
    "email": "amina@example.org",
    "question": "-2+3\n@SUM(1+1)\nشقتي باردة",
    "campaign": '=HYPERLINK("http://evil.example","click")',
}


def _lead(n: int, **changes: str) -> LeadRecord:
    values: dict[str, object] = {
        "kind": "learner",
        "user_key": f"web:{n}",
        "channel": "web",
        "lang": "ar",
        "municipality": "751",
        "contact": "phone",
        "interpreter": "yes",
        "danish_level": "little",
        "work_area": "retail",
        "data": {"followup_ok": "yes"},
        "consent_id": "interest-consent-ask",
        "consent_version": "abc123",
        "created": "2026-11-23T12:00:00+00:00",  # 13:00 in Copenhagen
        **TYPED,
        **changes,
    }
    return LeadRecord(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("data")
    with Store(data / "igubot.sqlite3") as store:
        store.add_lead(_lead(1))
        store.add_lead(
            _lead(
                2,
                name="Олена =cmd|' /C calc'!A0",
                name_latin="Olena Kovalenko",
                phone="+380501234567",
                data={"followup_ok": "yes", "eligibility": "likely"},  # type: ignore[dict-item]
            )
        )
    return data


def _export(data: Path, fmt: str) -> Path:
    target = data / f"leads.{fmt}"
    result = CliRunner().invoke(
        main,
        ["leads", "export", "--format", fmt, "-o", str(target)],
        env={"IGUBOT_DATA_DIR": str(data), "IGUBOT_CONTENT_DIR": str(ROOT)},
    )
    assert result.exit_code == 0, result.output
    return target


def _through_calc(source: Path, tmp_path: Path, infilter: str | None = None) -> Path:
    """``source`` opened by LibreOffice Calc in da-DK and saved as .xlsx."""
    assert SOFFICE is not None
    out = tmp_path / "calc"
    command = [
        SOFFICE,
        f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
        "--headless",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        str(out),
        str(source),
    ]
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANGUAGE": "da", "LANG": "da_DK.UTF-8"}
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)  # nosec B603
    return out / f"{source.stem}.xlsx"


def _cells(path: Path) -> list[list[tuple[str, str]]]:
    """Every cell of the first sheet as (text, openpyxl data type); empty cells left out."""
    sheet = load_workbook(path).worksheets[0]
    return [
        [("" if c.value is None else str(c.value), c.data_type) for c in row]
        for row in sheet.iter_rows()
    ]


def test_xlsx_export_reads_back_in_calc_as_the_stored_text(data_dir: Path, tmp_path: Path) -> None:
    written = _export(data_dir, "xlsx")

    read = _cells(_through_calc(written, tmp_path))

    assert read == _cells(written)  # every cell, as openpyxl wrote it
    header = [text for text, _kind in read[0]]
    numbers = {"Nr.", "Dage uden kontakt"}  # counts: number cells, so 2 sorts before 10
    assert {
        (name in numbers, kind)
        for row in read[1:]
        for name, (text, kind) in zip(header, row, strict=True)
        if text
    } == {(True, "n"), (False, "s")}  # everything else text, no formula
    assert header[:4] == ["Nr.", "Modtaget", "Dage uden kontakt", "Status"]
    row = dict(zip(header, (text for text, _kind in read[1]), strict=True))
    assert row["Navn"] == "أمينة أحمد =1+1"
    assert row["Telefon"] == "+4520123456"  # no apostrophe, not a number
    assert row["Modtaget"] == "2026-11-23 13:00 CET"
    assert row["Kontakt via"] == "Opkald"
    assert row["Dansk"] == "Lidt dansk"
    assert row["Eget spørgsmål"] == TYPED["question"]
    assert row["Kampagne"] == TYPED["campaign"]
    assert row["Andre svar"] == "Én opfølgende besked på Telegram: Ja"
    # no Latin name given: the computer's spelling, in a column that says it may be inexact
    assert row["Navn med latinske bogstaver"] == ""
    assert row["Navn, automatisk omskrevet (kan være upræcis)"] == "'Mynh 'Hmd =1+1"
    assert row["Tjek af muligheder"] == "–"
    second = dict(zip(header, (text for text, _kind in read[2]), strict=True))
    assert second["Navn med latinske bogstaver"] == "Olena Kovalenko"
    assert second["Navn, automatisk omskrevet (kan være upræcis)"] == ""
    assert second["Tjek af muligheder"] == "Sandsynligvis"
    assert second["Andre svar"] == "Én opfølgende besked på Telegram: Ja"  # not the outcome


def test_csv_export_reads_back_in_danish_calc_in_columns(data_dir: Path, tmp_path: Path) -> None:
    written = _export(data_dir, "csv")
    raw = written.read_bytes()
    stored = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))

    # ";" separated, '"' quoted, UTF-8 (76), from line 1, standard column types, da-DK (1030)
    read = _cells(_through_calc(written, tmp_path, "CSV:59,34,76,1,,1030,false,false"))

    assert raw.startswith(b"\xef\xbb\xbf")
    header = stored[0]
    phone = header.index("phone")
    # a phone (a plus and digits) has no apostrophe: Calc reads it as a number, not a formula
    assert [(row[phone][0], row[phone][1]) for row in read[1:]] == [
        ("4520123456", "n"),
        ("380501234567", "n"),
    ]
    assert [r[phone] for r in stored[1:]] == ["+4520123456", "+380501234567"]
    assert [[text for i, (text, _kind) in enumerate(row) if i != phone] for row in read] == [
        [text for i, text in enumerate(row) if i != phone] for row in stored
    ]
    assert not any(kind == "f" for row in read for _text, kind in row)
    assert header[0] == "id"  # the byte-order mark is not part of the first cell
    first = dict(zip(header, stored[1], strict=True))
    assert first["name"] == "أمينة أحمد =1+1"
    assert first["created"] == "2026-11-23T13:00:00+01:00"
    assert first["campaign"].startswith("'=")  # neutralised: shown as text, never run
