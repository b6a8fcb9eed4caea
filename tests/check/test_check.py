"""`igubot check`: every kind of mistake is named with the file and line of the fault."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.check import check_content
from bot.check.load import load_content
from bot.content import read_content
from bot.face.cli import main
from tests.support.tree import MINI_EN, MINI_FLOWS, ROOT, errors_of, mini_tree


def _check(root: Path) -> list[str]:
    _content, problems = load_content(root, strict=True)
    return errors_of(problems)


def _flow(name: str, old: str, new: str) -> dict[str, str]:
    text = MINI_FLOWS[f"flows/{name}.yaml"]
    assert old in text, old
    return {f"flows__{name}.yaml": text.replace(old, new)}


@pytest.mark.slow
def test_check_is_clean_on_the_project_tree() -> None:
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert errors == []
    assert result.exit_code == 0


def test_check_is_clean_on_the_minimal_tree(in_dir: Path) -> None:
    mini_tree(in_dir)
    assert _check(in_dir) == []


# Each case: files to replace, then the start of the expected error line.
BROKEN = [
    pytest.param(
        _flow("form", "    sends: [name, phone, municipality]\n", ""),
        "flows/form.yaml:32:5: error: steps.consent: 'consent: true' needs 'sends'",
        id="consent-without-sends",
    ),
    pytest.param(
        _flow(
            "form",
            "sends: [name, phone, municipality]",
            "sends: [name, phone, municipality, age, basis]",
        ),
        "flows/form.yaml:34:5: error: 'sends' names 'basis', which no step saves",
        id="sends-an-unknown-answer",
    ),
    pytest.param(
        _flow("form", "sends: [name, phone, municipality]", "sends: [name, phone]"),
        "flows/form.yaml:34:5: error: 'sends' must name 'municipality'",
        id="sends-without-municipality",
    ),
    pytest.param(
        _flow("form", "next: municipality", "next: municipalty"),
        "flows/form.yaml:25:11: error: unknown step 'municipalty'",
        id="unknown-next-target",
    ),
    pytest.param(
        _flow("menu", "next: form:name}", "next: fomr:name}"),
        "flows/menu.yaml:8:47: error: unknown flow 'fomr'",
        id="unknown-flow-in-target",
    ),
    pytest.param(
        _flow("form", "    save: phone\n", "    sav: phone\n"),
        "flows/form.yaml:24:5: error: unknown key 'sav' at steps.phone.sav; allowed here:",
        id="misspelt-step-key",
    ),
    pytest.param(
        _flow("form", "version: 2", "verison: 2"),
        "flows/form.yaml:2:1: error: unknown key 'verison'",
        id="misspelt-flow-key",
    ),
    pytest.param(
        _flow("form", "  phone:\n", "  age:\n"),
        "flows/form.yaml:21:3: error: duplicate key 'age'",
        id="duplicate-step-id",
    ),
    pytest.param(
        _flow("form", "do: [save_lead]", "do: [save_leed]"),
        "flows/form.yaml:39:10: error: unknown action 'save_leed'",
        id="unknown-action",
    ),
    pytest.param(
        _flow(
            "form", '{if: "age >= age_max", next: too_old}', '{if: "ag >= age_max", next: too_old}'
        ),
        "flows/form.yaml:16:14: error: unknown variable 'ag' in condition",
        id="unknown-variable-in-condition",
    ),
    pytest.param(
        _flow("form", '{if: "age >= age_max", next: too_old}', '{if: "age => 3", next: too_old}'),
        "flows/form.yaml:16:19: error: condition: unexpected character '='",
        id="condition-syntax",
    ),
    pytest.param(
        _flow("form", "ask: form-name-ask", "ask: form-nam-ask"),
        "flows/form.yaml:7:10: error: message 'form-nam-ask' is not in locales/en",
        id="message-missing-in-en",
    ),
    pytest.param(
        _flow(
            "form",
            "  too_old:\n    say: form-too-old\n    next: menu:start\n",
            "  too_old:\n    say: form-too-old\n    next: menu:start\n  orphan:\n    say: form-too-old\n    next: menu:start\n",
        ),
        "flows/form.yaml:21:3: error: step 'orphan' is unreachable",
        id="unreachable-step",
    ),
    pytest.param(
        _flow(
            "human",
            "    next: menu:start\n",
            "    next: again\n  again:\n    say: human-start\n    next: start\n",
        ),
        "flows/human.yaml:8:3: error: loop without a question",
        id="loop-without-input",
    ),
    pytest.param(
        {"locales__en__main.ftl": MINI_EN.replace("menu-ask = What", "menu-ask = { $who } What")},
        "flows/menu.yaml:6:10: error: message 'menu-ask' uses $who, which is never set",
        id="variable-never-set",
    ),
    pytest.param(
        {
            "locales__en__main.ftl": MINI_EN.replace(
                "form-name-ask = Your name?", "form-name-ask = Your name, { $phone }?"
            )
        },
        "flows/form.yaml:7:10: error: message 'form-name-ask' uses $phone, which may not be set yet here",
        id="variable-not-yet-set",
    ),
    pytest.param(
        {
            "locales__en__main.ftl": MINI_EN.replace(
                "menu-form = Form", "menu-form = Fill in the interest form for IGU now"
            )
        },
        "locales/en/main.ftl:3:1: error: button label 'menu-form' has 37 characters",
        id="label-too-long",
    ),
    pytest.param(
        {
            "locales__en__main.ftl": MINI_EN.replace(
                "menu-human = A person", "menu-human = A person { $x"
            )
        },
        "locales/en/main.ftl:5:1: error: E0003",
        id="broken-ftl-entry",
    ),
    pytest.param(
        {"locales__da__main.ftl": "menu-ask = Hvad vil du, { $navn }?\n"},
        "locales/da/main.ftl:1:1: error: 'menu-ask' uses $navn, which the 'en' message does not",
        id="translation-unknown-variable",
    ),
    pytest.param(
        {"facts.yaml": "facts:\n  age_max:\n    value: 50\n    source: x\n"},
        "facts.yaml:4:13: error: facts.age_max.source",
        id="fact-without-good-source",
    ),
    pytest.param(
        {
            "facts.yaml": "facts:\n  age_max:\n    value: 50\n    source: somewhere official\n    checked: 2026-11-22\n    sorce: y\n"
        },
        "facts.yaml:6:5: error: unknown key 'sorce' at facts.age_max.sorce",
        id="fact-misspelt-key",
    ),
    pytest.param(
        _flow("privacy", "start: forget", "start: forgot"),
        "flows/privacy.yaml:3:8: error: unknown step 'forgot'",
        id="unknown-start-step",
    ),
    pytest.param(
        _flow("menu", "flow: menu", "flow: menus"),
        "flows/menu.yaml:1:7: error: flow id 'menus' must match the file name 'menu'",
        id="flow-id-not-file-name",
    ),
    pytest.param(
        _flow("form", "input: {type: phone}", "input: {type: fone}"),
        "flows/form.yaml:23:19: error: steps.phone.input.type: Input should be",
        id="unknown-input-type",
    ),
    pytest.param(
        _flow(
            "form",
            "  saved:\n    do: [save_lead]",
            "  saved:\n    do: [save_lead]\n    ask: form-saved",
        ),
        "flows/form.yaml:39:5: error: steps.saved: an 'ask' step needs 'choices' or 'input'",
        id="ask-without-choices",
    ),
]


@pytest.mark.parametrize(("files", "expected"), BROKEN)
def test_check_locates_the_fault(in_dir: Path, files: dict[str, str], expected: str) -> None:
    mini_tree(in_dir, **files)
    errors = _check(in_dir)
    assert any(e.startswith(expected) for e in errors), "\n".join(errors)


def test_check_cli_exits_1_and_prints_located_lines(in_dir: Path) -> None:
    mini_tree(in_dir, **_flow("form", "next: municipality", "next: municipalty"))
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    assert "flows/form.yaml:25:11: error: unknown step 'municipalty'" in result.output


def test_check_cli_json_lists_problems(in_dir: Path) -> None:
    mini_tree(in_dir, **_flow("form", "do: [save_lead]", "do: [nope]"))
    result = CliRunner().invoke(main, ["check", "--format", "json"])
    data = json.loads(result.output)
    assert result.exit_code == 1
    assert data["errors"] >= 1
    assert {"path": "flows/form.yaml", "line": 39, "level": "error"}.items() <= data["problems"][
        0
    ].items()


def test_check_warns_when_a_fact_is_due_for_review(in_dir: Path) -> None:
    facts = "review_days: 30\nfacts:\n  age_max:\n    value: 50\n    source: somewhere official\n    checked: 2020-01-01\n"
    mini_tree(in_dir, **{"facts.yaml": facts})
    _content, problems = load_content(in_dir, strict=True)
    warnings = [p.render() for p in problems if p.level == "warning"]
    assert any(
        w.startswith("facts.yaml:3:3: warning: fact 'age_max' was checked 2020-01-01")
        for w in warnings
    )


@pytest.mark.slow
def test_check_on_a_copy_of_the_tree_with_a_broken_next(in_dir: Path) -> None:
    for name in ("flows", "locales"):
        shutil.copytree(ROOT / name, in_dir / name)
    shutil.copy(ROOT / "facts.yaml", in_dir / "facts.yaml")
    path = in_dir / "flows" / "interest.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.strip().startswith("next: "))
    lines[number] = lines[number].split("next:")[0] + "next: no_such_step"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = _check(in_dir)
    assert any(
        e.startswith(f"flows/{path.name}:{number + 1}:") and "no_such_step" in e for e in errors
    )


def test_check_a_flow_for_some_languages_is_not_missing_in_others(in_dir: Path) -> None:
    human = MINI_FLOWS["flows/human.yaml"]
    da = "language-choose = Vælg sprog\nmenu-ask = Hvad vil du?\n"
    mini_tree(in_dir, **{"locales__da__main.ftl": da})
    _content, problems = load_content(in_dir, strict=True)
    [before] = [p.message for p in problems if p.path == "locales/da"]
    restricted = human.replace("start: start", "locales: [en]\nstart: start")
    mini_tree(in_dir, **{"locales__da__main.ftl": da, "flows__human.yaml": restricted})
    _content, problems = load_content(in_dir, strict=True)
    [after] = [p.message for p in problems if p.path == "locales/da"]
    count = int(before.split()[0])
    assert after.startswith(f"{count - 1} message(s) not translated")


def test_check_leaves_the_content_as_it_was(in_dir: Path) -> None:
    mini_tree(in_dir, **_flow("form", '"age >= age_max"', '"ag >= age_max"'))
    content, _problems = read_content(in_dir, strict=True)
    parts = ("flows", "conditions")
    before = {name: dict(getattr(content, name)) for name in parts}
    strict, facts = content.catalog.strict, dict(content.facts.items)
    today = dt.date(2026, 1, 1)
    first = check_content(content, today)
    assert any("unknown variable 'ag'" in p.message for p in first)
    assert check_content(content, today) == first
    assert {name: dict(getattr(content, name)) for name in parts} == before
    assert (content.catalog.strict, dict(content.facts.items)) == (strict, facts)


@pytest.mark.slow
def test_content_cannot_be_edited_once_read() -> None:
    content, _problems = read_content(ROOT)
    some_condition = next(iter(content.conditions.values()))
    with pytest.raises(TypeError):
        content.conditions["x == 1"] = some_condition  # type: ignore[index]
    with pytest.raises(TypeError):
        del content.flows["menu"]  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        del content.facts.items[next(iter(content.facts.items))]  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.conditions = {}  # type: ignore[misc]


# The minimal human flow with the step the engine's "Send question to municipality" leads to.
_ASKING_HUMAN = _flow(
    "human",
    "    next: menu:start\n",
    "    next: menu:start\n"
    "  question:\n"
    "    do: [take_question]\n"
    '    branch: [{if: "not defined(question)", next: start}]\n'
    "    next: shown\n"
    "  shown:\n"
    "    say: human-question\n"
    "    next: menu:start\n",
)
_QUESTION_EN = "# $question (String)\nhuman-question = You asked: { $question }\n"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        pytest.param("common-send-question = Send my question\n", None, id="clean"),
        pytest.param(
            "",
            "locales/en:1:1: error: message 'common-send-question' is used by the engine",
            id="label-missing",
        ),
        pytest.param(
            "common-send-question = Send my question to my municipality\n",
            "locales/en/main.ftl:",
            id="label-too-long",
        ),
    ],
)
def test_check_the_send_question_step_is_an_entry_that_needs_its_button_label(
    in_dir: Path, label: str, expected: str | None
) -> None:
    mini_tree(
        in_dir,
        **_ASKING_HUMAN,
        **{"locales__en__main.ftl": MINI_EN + _QUESTION_EN + label},
    )
    errors = _check(in_dir)  # no "unreachable": the engine's button leads to human:question
    if expected is None:
        assert errors == []
    else:
        [error] = errors
        assert error.startswith(expected)
        assert "common-send-question" in error


@pytest.mark.slow
def test_check_without_lints_reports_the_same_but_the_examples_closer_to_another_topic(
    in_dir: Path,
) -> None:
    for name in ("flows", "locales"):
        shutil.copytree(ROOT / name, in_dir / name)
    shutil.copy(ROOT / "facts.yaml", in_dir / "facts.yaml")
    path = in_dir / "locales" / "en" / "understanding.ftl"
    text = path.read_text(encoding="utf-8")
    start = text.index("understand-pay =\n")
    text = text[:start] + "understand-pay =\n    thank you very much\n" + text[start + 17 :]
    path.write_text(text, encoding="utf-8")
    _content, full = load_content(in_dir, strict=True)
    _content, quick = load_content(in_dir, strict=True, lints=False)
    closer = [
        p for p in full if "read as another topic" in p.message or "reads as topic" in p.message
    ]
    assert "locales/en/understanding.ftl" in {p.path for p in closer}  # shown or counted
    assert {p.level for p in closer} == {"warning"}
    assert quick == [p for p in full if p not in closer]
