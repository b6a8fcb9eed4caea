"""docs/staff.md in step with the code: the CSV's columns, in order."""

from __future__ import annotations

import re

from bot.store.export import COLUMNS
from tests.support.tree import ROOT

STAFF_MD = (ROOT / "docs" / "staff.md").read_text(encoding="utf-8")


def documented_csv_columns(text: str) -> list[str]:
    """The column codes docs/staff.md lists for the CSV, in its order."""
    start = text.index("a header row of stable column codes:")
    end = text.index("Formula-safe", start)
    return re.findall(r"`([a-z_]+)`", text[start:end])


def test_staff_docs_list_every_csv_column_in_order() -> None:
    # Values named as examples in parentheses (`web`, `telegram`) are not columns.
    assert [c for c in documented_csv_columns(STAFF_MD) if c in COLUMNS] == list(COLUMNS)


def test_staff_docs_csv_column_check_fails_on_a_missing_column() -> None:
    without_channel = STAFF_MD.replace("`channel`", "")
    assert [c for c in documented_csv_columns(without_channel) if c in COLUMNS] != list(COLUMNS)
