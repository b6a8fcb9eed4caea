"""Reading the lead CSV as a system would: UTF-8 with a byte-order mark, ';', quoted cells."""

from __future__ import annotations

import csv
import io


def csv_table(text: str) -> list[list[str]]:
    """The rows of a lead CSV (header first); the byte-order mark is not part of a cell."""
    assert text.startswith("\ufeff"), "the lead CSV starts with a UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))


def csv_dicts(text: str) -> list[dict[str, str]]:
    """The rows of a lead CSV as ``{column: cell}``."""
    header, *rows = csv_table(text)
    return [dict(zip(header, row, strict=True)) for row in rows]
