"""The condition language: parsing, evaluation, located errors."""

from __future__ import annotations

import pytest

from bot.engine.conditions import Condition, ConditionError


@pytest.mark.parametrize(
    ("source", "variables", "expected"),
    [
        pytest.param("age >= 18 and age < 50", {"age": 30}, True, id="range-inside"),
        pytest.param("age >= 18 and age < 50", {"age": 50}, False, id="range-upper-excluded"),
        pytest.param("age >= 18", {}, False, id="missing-variable-is-null"),
        pytest.param("not defined(phone)", {}, True, id="defined-missing"),
        pytest.param("defined(phone)", {"phone": "+4520123456"}, True, id="defined-set"),
        pytest.param('status in ["refugee", "family"]', {"status": "family"}, True, id="in"),
        pytest.param('status not in ["refugee"]', {"status": "other"}, True, id="not-in"),
        pytest.param('a == "x" or b == 2', {"b": 2}, True, id="or"),
        pytest.param("(a or b) and c", {"a": True, "c": False}, False, id="parens"),
        pytest.param('age < "10"', {"age": 5}, False, id="mixed-types-never-order"),
        pytest.param("flag == true", {"flag": True}, True, id="bool-literal"),
        pytest.param("x == null", {}, True, id="null-literal"),
    ],
)
def test_condition_evaluates(source: str, variables: dict[str, object], expected: bool) -> None:
    assert Condition.parse(source).evaluate(variables) is expected


def test_condition_lists_its_variables() -> None:
    cond = Condition.parse('age >= age_min and not defined(phone) or s in ["a"]')
    assert cond.variables() == {"age", "age_min", "phone", "s"}


@pytest.mark.parametrize(
    ("source", "col"),
    [
        pytest.param("age >", 5, id="missing-operand"),
        pytest.param("age = 3", 4, id="single-equals"),
        pytest.param("(a", 2, id="unclosed-paren"),
        pytest.param("a in b", 5, id="in-needs-list"),
        pytest.param("__import__('os')", 10, id="no-calls"),
        pytest.param("a.b", 1, id="no-attributes"),
    ],
)
def test_condition_rejects_bad_syntax_with_column(source: str, col: int) -> None:
    with pytest.raises(ConditionError) as info:
        Condition.parse(source)
    assert info.value.col == col
