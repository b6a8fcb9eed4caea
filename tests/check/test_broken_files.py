"""Broken content and config files: each fault is named at its file and line, by ``igubot check``
and by ``igubot serve``, which refuses to start (exit 1, the located line, no traceback).

These are the cases tests/check/test_check.py does not have: unreadable and mis-encoded files, YAML
that is not a flow at all, facts with impossible values, Fluent that parses but cannot render,
and TOML config errors. ``serve`` never gets to serve here: the content is broken so it stops
before, and the server loop (``bot.face.listen.serve``, which would bind the port and block) is
replaced by a tripwire in case it did not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.check.load import load_content
from bot.face.cli import main
from tests.support.tree import MINI_EN, MINI_FACTS, MINI_FLOWS, ROOT, errors_of, mini_tree

Setup = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    """Files replacing the clean mini tree's, an optional change on disk, the expected error."""

    expected: str  # the start of the error line: "path:line:col: error: message…"
    files: dict[str, str] = field(default_factory=dict)
    setup: Setup | None = None


def flow(name: str, old: str, new: str) -> dict[str, str]:
    text = MINI_FLOWS[f"flows/{name}.yaml"]
    assert old in text, old
    return {f"flows__{name}.yaml": text.replace(old, new)}


def en(old: str, new: str) -> dict[str, str]:
    assert old in MINI_EN, old
    return {"locales__en__main.ftl": MINI_EN.replace(old, new)}


def facts(old: str, new: str) -> dict[str, str]:
    text = MINI_FACTS.lstrip("\n")
    assert old in text, old
    return {"facts.yaml": text.replace(old, new)}


def patch_bytes(rel: str, old: bytes, new: bytes) -> Setup:
    """Replace bytes in a written file (for encodings the text helpers cannot write)."""

    def setup(root: Path) -> None:
        path = root / rel
        data = path.read_bytes()
        assert old in data, old
        path.write_bytes(data.replace(old, new))

    return setup


def make_dir(rel: str) -> Setup:
    """A directory where a file is expected: listed like a file, unreadable as one."""

    def setup(root: Path) -> None:
        (root / rel).mkdir()

    return setup


STRING_FACT = """  weeks_text:
    value: "twenty-three"
    source: "L 82 (2023-24) § 1 nr. 3"
    checked: 2026-11-22
"""
PLURAL_ON_TEXT = """human-start = { $weeks_text ->
    [one] One week of school.
   *[other] { $weeks_text } weeks of school.
}"""

CASES = [
    # -- files that cannot be read ------------------------------------------------------------
    pytest.param(
        Case(
            "flows/human.yaml:6:18: error: not valid UTF-8",
            setup=patch_bytes("flows/human.yaml", b"say: human-start", b"say: human-st\xe6rt"),
        ),
        id="flow-invalid-utf8",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:4:17: error: not valid UTF-8",
            setup=patch_bytes("locales/en/main.ftl", b"A person\n", b"A p\xe9rson\n"),
        ),
        id="ftl-invalid-utf8",
    ),
    pytest.param(
        Case(
            "facts.yaml:5:6: error: not valid UTF-8",
            setup=patch_bytes("facts.yaml", b"source:", b"s\xf8urce:"),
        ),
        id="facts-invalid-utf8",
    ),
    pytest.param(
        Case(
            "flows/extra.yaml:1:1: error: cannot read file: Is a directory",
            setup=make_dir("flows/extra.yaml"),
        ),
        id="flow-unreadable",
    ),
    pytest.param(
        Case(
            "locales/en/extra.ftl:1:1: error: cannot read file: Is a directory",
            setup=make_dir("locales/en/extra.ftl"),
        ),
        id="ftl-unreadable",
    ),
    # -- YAML that is not a flow -----------------------------------------------------------------
    pytest.param(
        Case(
            "flows/human.yaml:1:1: error: a flow file must be a mapping", {"flows__human.yaml": ""}
        ),
        id="flow-empty-file",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:1:1: error: a flow file must be a mapping",
            {"flows__human.yaml": "- flow: human\n- version: 1\n"},
        ),
        id="flow-list-not-mapping",
    ),
    pytest.param(
        Case(
            "flows/menu.yaml:6:1: error: YAML: found character '\\t' that cannot start any token",
            flow("menu", "  start:\n    ask: menu-ask", "  start:\n\task: menu-ask"),
        ),
        id="flow-tab-indent",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:8:1: error: YAML: but found another document",
            {"flows__human.yaml": MINI_FLOWS["flows/human.yaml"] + "---\nflow: other\n"},
        ),
        id="flow-two-documents",
    ),
    pytest.param(
        Case(
            "flows/menu.yaml:9:9: error: YAML: expected ',' or '}', but got '{'",
            flow("menu", "next: form:name}", "next: form:name"),
        ),
        id="flow-unclosed-brace",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:3:12: error: '2026-13-40' is not a valid date",
            flow("human", "version: 1\n", "version: 1\nreview_by: 2026-13-40\n"),
        ),
        id="flow-impossible-date",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:3:12: error: review_by: Input should be a valid date",
            flow("human", "version: 1\n", "version: 1\nreview_by: soon\n"),
        ),
        id="flow-review-by-not-a-date",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:2:10: error: version: Input should be greater than or equal to 1",
            flow("human", "version: 1", "version: 0"),
        ),
        id="flow-version-zero",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:4:8: error: steps: Dictionary should have at least 1 item",
            {"flows__human.yaml": "flow: human\nversion: 1\nstart: start\nsteps: {}\n"},
        ),
        id="flow-no-steps",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:5:3: error: steps.1: Input should be a valid string",
            flow("human", "  start:\n", "  1:\n"),
        ),
        id="flow-step-id-not-text",
    ),
    # -- steps that cannot work ------------------------------------------------------------------
    pytest.param(
        Case(
            "flows/privacy.yaml:6:5: error: steps.forget: 'choices' is empty",
            flow(
                "privacy",
                '    choices:\n      - {value: "yes", label: common-yes, next: gone}\n'
                '      - {value: "no", label: common-no, next: menu:start}',
                "    choices: []\n    next: gone",
            ),
        ),
        id="ask-with-empty-choices",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:22:5: error: steps.phone: 'consent: true' needs choices",
            flow("form", "    save: phone\n", "    save: phone\n    consent: true\n"),
        ),
        id="consent-without-choices",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:12:5: error: steps.age: a step with 'branch' needs 'next' as the default",
            flow(
                "form",
                '      - {if: "age >= age_max", next: too_old}\n    next: phone\n',
                '      - {if: "age >= age_max", next: too_old}\n',
            ),
        ),
        id="branch-without-default",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:6:5: error: steps.start: an 'end' step cannot also have 'next'",
            flow("human", "    next: menu:start", "    next: menu:start\n    end: true"),
        ),
        id="end-step-with-next",
    ),
    pytest.param(
        Case(
            "flows/privacy.yaml:6:5: error: steps.forget: choices ['no'] have no 'next'",
            flow(
                "privacy",
                '{value: "no", label: common-no, next: menu:start}',
                '{value: "no", label: common-no}',
            ),
        ),
        id="choice-without-next",
    ),
    pytest.param(
        Case(
            "flows/menu.yaml:9:17: error: steps.start.choices.1.value: String should have at most 24 characters",
            flow("menu", "{value: human,", "{value: human_being_who_answers_you,"),
        ),
        id="choice-value-too-long-for-callback-data",
    ),
    pytest.param(
        Case(
            "flows/menu.yaml:9:17: error: steps.start.choices.1.value: String should match pattern",
            flow("menu", "{value: human,", "{value: Human Being,"),
        ),
        id="choice-value-with-capitals-and-space",
    ),
    pytest.param(
        Case(
            "flows/menu.yaml:9:17: error: duplicate choice 'form'",
            flow("menu", "{value: human, label: menu-human", "{value: form, label: menu-human"),
        ),
        id="duplicate-choice-value",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:8:37: error: steps.name.input.max_length: Input should be greater than or equal to 1",
            flow("form", "max_length: 20", "max_length: 0"),
        ),
        id="input-max-length-zero",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:4:9: error: unknown step 'nam'",
            flow("form", "resume: name", "resume: nam"),
        ),
        id="unknown-resume-step",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:14:11: error: 'age_max' is a fact; choose another variable name",
            flow("form", "    save: age\n", "    save: age_max\n"),
        ),
        id="save-into-a-fact",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:6:20: error: 'age_max' is a fact; choose another variable name",
            flow("human", "    say: human-start", "    set: {age_max: 3}\n    say: human-start"),
        ),
        id="set-a-fact",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:16:21: error: condition: expected a literal, found 'end'",
            flow("form", '"age >= age_max"', '"age >="'),
        ),
        id="condition-cut-short",
    ),
    pytest.param(
        Case(
            "flows/form.yaml:16:18: error: condition: unexpected '('",
            flow("form", '"age >= age_max"', '"len(age) > 3"'),
        ),
        id="condition-calls-a-function",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:5:3: error: loop without a question: human:start → privacy:again → human:start",
            {
                **flow("human", "    next: menu:start\n", "    next: privacy:again\n"),
                **flow(
                    "privacy",
                    "  gone:\n",
                    "  again:\n    say: privacy-gone\n    next: human:start\n  gone:\n",
                ),
            },
        ),
        id="loop-through-two-flows",
    ),
    pytest.param(
        Case(
            "flows/human.yaml:6:10: error: message 'human-started' is not in locales/en",
            flow("human", "say: human-start", "say: human-started"),
        ),
        id="say-missing-message",
    ),
    # -- locales --------------------------------------------------------------------------------
    pytest.param(
        Case(
            "locales/english:1:1: error: unknown locale directory 'english'",
            {"locales__english__main.ftl": "menu-ask = What now?\n"},
        ),
        id="locale-directory-unknown-code",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:18:1: error: duplicate message id 'common-yes' (first defined at locales/en/extra.ftl:1:1",
            {"locales__en__extra.ftl": "common-yes = Yes!\n"},
        ),
        id="duplicate-id-across-two-ftl-files",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:15:1: error: message 'human-start' in 'en' (requested 'en') failed to render: FluentReferenceError: Unknown term: -helper",
            en("human-start = A person will help.", "human-start = { -helper } will help."),
        ),
        id="reference-to-missing-term",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:15:1: error: message 'human-start' in 'en' (requested 'en') failed to render: FluentReferenceError: Unknown message: human-other",
            en("human-start = A person will help.", "human-start = { human-other } will help."),
        ),
        id="reference-to-missing-message",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:15:1: error: message 'human-start' in 'en' (requested 'en') failed to render: FluentReferenceError: Unknown function: SHOUT",
            en(
                "human-start = A person will help.", "human-start = { SHOUT($age_max) } will help."
            ),
        ),
        id="unknown-fluent-function",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:15:1: error: message 'human-start' cannot be rendered",
            en("human-start = A person will help.", "human-start =\n    .title = A person"),
        ),
        id="message-with-attributes-only",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:18:1: error: E0010 Expected one of the variants to be marked as default (*)",
            en(
                "human-start = A person will help.",
                "human-start = { $age_max ->\n    [one] One\n    [other] Many\n}",
            ),
        ),
        id="select-without-default",
    ),
    pytest.param(
        Case(
            "locales/en/main.ftl:15:1: error: 'human-start' selects plural forms (one) of $weeks_text, but the fact 'weeks_text' is not a number",
            {
                **en("human-start = A person will help.", PLURAL_ON_TEXT),
                "facts.yaml": MINI_FACTS.lstrip("\n") + STRING_FACT,
            },
        ),
        id="plural-selector-on-a-string-fact",
    ),
    pytest.param(
        Case(
            "locales/en:1:1: error: message 'common-error' is used by the engine but missing in 'en'",
            en("common-error = Sorry, something went wrong.\n", ""),
        ),
        id="engine-message-missing",
    ),
    # -- facts ----------------------------------------------------------------------------------
    pytest.param(
        Case(
            "facts.yaml:6:14: error: facts.age_max.checked: Input should be a valid date",
            facts("checked: 2026-11-22", "checked: last week"),
        ),
        id="fact-checked-not-a-date",
    ),
    pytest.param(
        Case(
            "facts.yaml:6:14: error: '2026-13-40' is not a valid date",
            facts("checked: 2026-11-22", "checked: 2026-13-40"),
        ),
        id="fact-checked-impossible-date",
    ),
    pytest.param(
        Case(
            "facts.yaml:7:13: error: facts.age_max.status: Input should be 'confirmed' or 'unconfirmed'",
            facts("checked: 2026-11-22", "checked: 2026-11-22\n    status: probably"),
        ),
        id="fact-unknown-status",
    ),
    pytest.param(
        Case(
            "facts.yaml:7:3: error: duplicate key 'age_max'",
            {"facts.yaml": MINI_FACTS.lstrip("\n") + MINI_FACTS.split("facts:\n", 1)[1]},
        ),
        id="fact-defined-twice",
    ),
    pytest.param(
        Case(
            "facts.yaml:4:12: error: facts.age_max.value.int: Input should be a valid integer",
            facts("value: 50", "value: [50, 60]"),
        ),
        id="fact-value-a-list",
    ),
    pytest.param(
        Case(
            "facts.yaml:3:3: error: facts.AgeMax: String should match pattern",
            facts("age_max:", "AgeMax:"),
        ),
        id="fact-name-with-capitals",
    ),
    pytest.param(
        Case(
            "facts.yaml:1:1: error: the facts file must be a mapping",
            {"facts.yaml": "- age_max\n"},
        ),
        id="facts-a-list",
    ),
    pytest.param(
        Case(
            "facts.yaml:4:1: error: YAML: found character '\\t' that cannot start any token",
            facts("    value: 50", "\tvalue: 50"),
        ),
        id="facts-tab-indent",
    ),
]


def _write(root: Path, case: Case) -> None:
    mini_tree(root, **case.files)
    if case.setup is not None:
        case.setup(root)


@pytest.mark.parametrize("case", CASES)
def test_broken_files_check_names_file_and_line(in_dir: Path, case: Case) -> None:
    _write(in_dir, case)
    _content, problems = load_content(in_dir, strict=True)
    errors = errors_of(problems)
    assert any(e.startswith(case.expected) for e in errors), "\n".join(errors)


@pytest.fixture
def no_serving(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tripwire: if ``serve`` got as far as serving, fail instead of blocking the test."""

    async def tripwire(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("igubot serve started serving broken content")

    monkeypatch.setattr("bot.face.server.serve", tripwire)


def serve(root: Path, *args: str, data_dir: Path) -> Result:
    """``igubot serve`` of the content below ``root``, its database below ``data_dir`` (never
    in the project's tree)."""
    env = {
        "IGUBOT_CONTENT_DIR": str(root),
        "IGUBOT_DATA_DIR": str(data_dir),
        "IGUBOT_CONFIG": None,
        "TELEGRAM_TOKEN": None,
    }
    return CliRunner().invoke(main, ["serve", *args], env=env)


def assert_refused(result: Result, expected: str) -> None:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert "Traceback" not in result.output
    assert expected in result.output, result.output


@pytest.mark.usefixtures("no_serving")
@pytest.mark.parametrize("case", CASES)
def test_broken_files_serve_refuses_to_start(in_dir: Path, case: Case) -> None:
    _write(in_dir, case)
    result = serve(in_dir, data_dir=in_dir / "data")
    assert_refused(result, case.expected)
    assert "refusing to start" in result.output


@pytest.mark.usefixtures("no_serving")
def test_broken_files_clean_tree_would_serve(in_dir: Path) -> None:
    mini_tree(in_dir)
    result = serve(in_dir, data_dir=in_dir / "data")
    assert isinstance(result.exception, AssertionError)  # reached the tripwire: it would serve
    assert "started serving" in str(result.exception)


# -- config files ---------------------------------------------------------------------------------

CONFIGS = [
    pytest.param(
        "[igubot]\nport = 8080\nhost = \n",
        "bad.toml: Invalid value (at line 3, column 8)",
        id="toml-missing-value",
    ),
    pytest.param(
        '[igubot]\nhost "127.0.0.1"\n',
        "bad.toml: Expected '=' after a key in a key/value pair (at line 2, column 6)",
        id="toml-missing-equals",
    ),
    pytest.param(
        '[igubot]\nhost = "127.0.0.1\n',
        "bad.toml: Illegal character '\\n' (at line 2, column 18)",
        id="toml-unterminated-string",
    ),
    pytest.param(
        "[igubot]\nport = 8080\nport = 8081\n",
        "bad.toml: Cannot overwrite a value (at line 3, column 12)",
        id="toml-key-twice",
    ),
    pytest.param(
        "igubot = 3\n",
        "bad.toml: [igubot] must be a table",
        id="toml-igubot-not-a-table",
    ),
    pytest.param(
        "[igubot]\nprot = 8080\n",
        "bad.toml: unknown setting(s) prot; known:",
        id="toml-misspelt-setting",
    ),
    pytest.param(
        "[staff]\ndigest_tme = '07:00'\n",
        "bad.toml: [staff]: unknown key(s) digest_tme; known:",
        id="toml-misspelt-staff-setting",
    ),
]


@pytest.mark.usefixtures("no_serving")
@pytest.mark.parametrize(("text", "expected"), CONFIGS)
def test_broken_files_config_error_is_clear_and_refuses_to_start(
    in_dir: Path, text: str, expected: str
) -> None:
    (in_dir / "bad.toml").write_text(text, encoding="utf-8")
    result = serve(ROOT, "--config", str(in_dir / "bad.toml"), data_dir=in_dir / "data")
    assert_refused(result, expected)


@pytest.mark.usefixtures("no_serving")
def test_broken_files_missing_config_file_is_named(in_dir: Path) -> None:
    result = serve(ROOT, "--config", "nowhere.toml", data_dir=in_dir / "data")
    assert_refused(result, "nowhere.toml: cannot read config file: No such file or directory")


@pytest.mark.usefixtures("no_serving")
def test_broken_files_config_invalid_utf8_is_named_without_traceback(in_dir: Path) -> None:
    (in_dir / "bad.toml").write_bytes(b'[igubot]\nhost = "h\xe9"\n')
    result = serve(ROOT, "--config", str(in_dir / "bad.toml"), data_dir=in_dir / "data")
    assert_refused(result, "bad.toml:")


@pytest.mark.usefixtures("no_serving")
def test_broken_files_config_wrong_type_names_file_and_setting(in_dir: Path) -> None:
    (in_dir / "bad.toml").write_text('[igubot]\nport = "eighty"\n', encoding="utf-8")
    result = serve(ROOT, "--config", str(in_dir / "bad.toml"), data_dir=in_dir / "data")
    assert_refused(result, "bad.toml")
    assert "port" in result.output
