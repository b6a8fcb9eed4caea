"""The condition language: parsing, evaluation, located errors; parsed when flows are read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import read_content
from bot.flows.conditions import Condition, ConditionError
from tests.support.tree import MINI_FLOWS, ROOT, mini_tree


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
        pytest.param("latin(name)", {"name": "Søren O'Brien-Ås"}, True, id="latin-accents"),
        pytest.param("latin(name)", {"name": "أمينة أحمد"}, False, id="latin-arabic"),
        pytest.param("not latin(name)", {"name": "ሳባ ተስፋይ"}, True, id="latin-ethiopic"),
        pytest.param("latin(name)", {"name": "Олена Коваленко"}, False, id="latin-cyrillic"),
        pytest.param("latin(name)", {"name": "Amina أحمد"}, False, id="latin-mixed-scripts"),
        pytest.param("latin(name)", {}, False, id="latin-missing-is-false"),
        pytest.param("latin(age)", {"age": 30}, False, id="latin-not-text-is-false"),
    ],
)
def test_condition_evaluates(source: str, variables: dict[str, object], expected: bool) -> None:
    assert Condition.parse(source).evaluate(variables) is expected


def test_condition_lists_its_variables() -> None:
    cond = Condition.parse('age >= age_min and not defined(phone) or s in ["a"]')
    assert cond.variables() == {"age", "age_min", "phone", "s"}


def test_condition_latin_reads_and_ensures_its_variable() -> None:
    cond = Condition.parse('latin(name) and contact == "phone"')
    assert cond.variables() == {"name", "contact"}
    assert cond.ensures_defined() == {"name"}


@pytest.mark.parametrize(
    ("source", "col"),
    [
        pytest.param("age >", 5, id="missing-operand"),
        pytest.param("age = 3", 4, id="single-equals"),
        pytest.param("(a", 2, id="unclosed-paren"),
        pytest.param("a in b", 5, id="in-needs-list"),
        pytest.param("__import__('os')", 10, id="no-calls"),
        pytest.param("a.b", 1, id="no-attributes"),
        pytest.param('latin("x")', 6, id="latin-takes-a-variable"),
    ],
)
def test_condition_rejects_bad_syntax_with_column(source: str, col: int) -> None:
    with pytest.raises(ConditionError) as info:
        Condition.parse(source)
    assert info.value.col == col


@pytest.mark.slow
def test_conditions_are_parsed_when_the_flows_are_read() -> None:
    content, problems = read_content(ROOT)
    assert problems == []
    sources = {
        branch.if_
        for doc in content.flows.values()
        for step in doc.model.steps.values()
        for branch in step.branch or []
    }
    assert sources
    assert set(content.conditions) == sources
    for source in sources:
        assert content.condition(source) == Condition.parse(source)


def test_condition_that_does_not_parse_is_located_when_read(in_dir: Path) -> None:
    flow = MINI_FLOWS["flows/form.yaml"].replace('"age >= age_max"', '"age >= (age_max"')
    mini_tree(in_dir, **{"flows__form.yaml": flow})
    content, problems = read_content(in_dir)  # reading alone, no cross-check
    assert [p.render() for p in problems] == [
        "flows/form.yaml:16:30: error: condition: expected ')', found 'end of condition'"
    ]
    assert "age >= (age_max" not in content.conditions
    with pytest.raises(KeyError):
        content.condition("age >= (age_max")
