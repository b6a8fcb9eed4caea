"""`igubot check`: a variable a branch tests with ``defined(x)`` is set on that branch's way."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.check.load import load_content
from tests.support.tree import MINI_EN, MINI_FLOWS, errors_of, mini_tree

HINTED = MINI_EN + (
    "# $hint_municipality_name (String)\nform-hinted = You live in { $hint_municipality_name }?\n"
)


def _form(condition: str) -> str:
    text = MINI_FLOWS["flows/form.yaml"]
    old = "    save: phone\n    next: municipality\n"
    assert old in text
    return text.replace(
        old,
        "    save: phone\n"
        f"    branch:\n      - {{if: '{condition}', next: hinted}}\n"
        "    next: municipality\n"
        "  hinted:\n    say: form-hinted\n    next: municipality\n",
    )


def _errors(root: Path, condition: str) -> list[str]:
    mini_tree(root, **{"flows__form.yaml": _form(condition), "locales__en__main.ftl": HINTED})
    _content, problems = load_content(root, strict=True)
    return errors_of(problems)


@pytest.mark.parametrize(
    "condition",
    ["defined(hint_municipality_name)", 'defined(hint_municipality_name) and name != "x"'],
)
def test_check_knows_a_defined_branch_sets_its_variable(tmp_path: Path, condition: str) -> None:
    assert _errors(tmp_path, condition) == []


@pytest.mark.parametrize(
    "condition",
    ['defined(hint_municipality_name) or name == "x"', "not defined(hint_municipality_name)"],
)
def test_check_reports_a_variable_the_branch_does_not_ensure(
    tmp_path: Path, condition: str
) -> None:
    errors = _errors(tmp_path, condition)

    assert len(errors) == 1
    assert "uses $hint_municipality_name, which may not be set yet here" in errors[0]
