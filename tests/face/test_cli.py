"""The ``igubot`` command line: chat in a terminal, lead export, check, serve's refusal, help."""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from bot.content import Content
from bot.face.cli import LAZY_COMMANDS, main
from bot.i18n import LANGUAGES
from bot.store import Store
from bot.store.records import LeadRecord, iso_timestamp
from tests.support.csvfile import csv_dicts
from tests.support.tree import ROOT, run_python

# The interest form by button numbers and text (tests/dialogues/interest_phone.yaml): menu
# button 4 is "interest"; then name, municipality, contact 1 = phone, the phone number,
# interpreter 1 = yes, Danish 2 = little, work 3 = transport, the summary 1 = all correct,
# consent 1 = yes.
INTEREST_LINES = [
    "4",
    "Amina Hassan",
    "Aarhus",
    "1",
    "20 12 34 56",
    "1",
    "2",
    "3",
    "1",
    "1",
]


@pytest.fixture(autouse=True)
def _keep_root_logger() -> Iterator[None]:
    """``igubot`` configures the root logger; give it back as it was."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    root.handlers[:] = handlers


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str | None]:
    """The environment of an ``igubot`` run: the tree's content, a database in ``tmp_path``."""
    return {
        "IGUBOT_DATA_DIR": str(tmp_path / "data"),
        "IGUBOT_CONTENT_DIR": str(ROOT),
        "IGUBOT_CONFIG": None,
    }


def igubot(args: list[str], env: dict[str, str | None], stdin: str | None = None) -> Result:
    """Run ``igubot args`` in-process."""
    return CliRunner().invoke(
        main, args, input=stdin, env=env, catch_exceptions=False, prog_name="igubot"
    )


def csv_rows(text: str) -> list[dict[str, str]]:
    """The rows of a CSV export, by column name."""
    return csv_dicts(text)


def saved_text(content: Content, lang: str) -> str:
    """The message a person sees when their lead is stored."""
    args = {
        **content.facts.variables(),
        "name": "Amina Hassan",
        "municipality": "751",
        "municipality_name": "Aarhus",
    }
    return content.catalog.format(lang, "interest-saved", args)


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.slow
def test_chat_scripted_interest_form_stores_an_exported_lead(
    env: dict[str, str | None], tree_content: Content, lang: str
) -> None:
    stdin = "\n".join(INTEREST_LINES) + "\n"
    result = igubot(["chat", "--lang", lang], env, stdin)
    assert result.exit_code == 0, result.output
    assert saved_text(tree_content, lang) in result.output
    assert "Traceback" not in result.output

    exported = igubot(["leads", "export", "--format", "csv"], env)
    assert exported.exit_code == 0, exported.output
    rows = csv_rows(exported.output)
    assert len(rows) == 1
    row = rows[0]
    assert row["municipality"] == "751"
    assert row["phone"] == "+4520123456"  # a plus and digits: no formula, no apostrophe
    assert row["name"] == "Amina Hassan"
    assert row["lang"] == lang
    assert row["consent_id"]
    assert row["consent_version"]
    assert "user_key" not in row

    exported = igubot(["leads", "export", "--format", "json"], env)
    assert exported.exit_code == 0, exported.output
    assert '"phone": "+4520123456"' in exported.output
    leads = json.loads(exported.output)
    assert [(lead["municipality"], lead["lang"]) for lead in leads] == [("751", lang)]


@pytest.mark.slow
def test_chat_without_lang_lists_the_languages_numbered(
    env: dict[str, str | None], tree_content: Content
) -> None:
    result = igubot(["chat"], env, "")
    assert result.exit_code == 0, result.output
    assert tree_content.catalog.format("en", "language-choose") in result.output
    buttons = [line.strip() for line in result.output.splitlines() if re.match(r"\s+\d+\) ", line)]
    names = [LANGUAGES[code].native_name for code in tree_content.catalog.locales]
    assert buttons == [f"{number}) {name}" for number, name in enumerate(names, start=1)]


@pytest.mark.slow
def test_chat_language_number_picks_that_language(
    env: dict[str, str | None], tree_content: Content
) -> None:
    number = tree_content.catalog.locales.index("da") + 1
    result = igubot(["chat"], env, f"{number}\n")
    assert result.exit_code == 0, result.output
    assert tree_content.catalog.format("da", "menu-start-ask") in result.output


def test_leads_export_with_no_leads_is_a_header_only(env: dict[str, str | None]) -> None:
    result = igubot(["leads", "export", "--format", "csv"], env)
    assert result.exit_code == 0, result.output
    assert csv_rows(result.output) == []
    assert result.output.startswith('\ufeff"id";"kind";')
    result = igubot(["leads", "export", "--format", "json"], env)
    assert json.loads(result.output) == []


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        pytest.param('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")', id="eq"),
        pytest.param("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0", id="plus"),
        pytest.param("-2+3", "'-2+3", id="minus"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("Amina Hassan", "Amina Hassan", id="plain"),
    ],
)
def test_leads_export_csv_neutralises_formulas(
    env: dict[str, str | None], tmp_path: Path, name: str, shown: str
) -> None:
    with Store(tmp_path / "data" / "igubot.sqlite3") as store:
        store.add_lead(
            LeadRecord(
                kind="learner",
                user_key="test:csv",
                channel="web",
                lang="en",
                municipality="751",
                name=name,
                phone="+4520123456",
                consent_id="interest-consent-ask",
                consent_version="1",
                created=iso_timestamp(),
            )
        )
    result = igubot(["leads", "export", "--format", "csv"], env)
    assert result.exit_code == 0, result.output
    [row] = csv_rows(result.output)
    assert row["name"] == shown
    assert row["phone"] == "+4520123456"  # a plus and digits: no formula, no apostrophe
    result = igubot(["leads", "export", "--format", "json"], env)
    assert json.loads(result.output)[0]["name"] == name


def test_check_is_clean_on_the_project_tree(env: dict[str, str | None]) -> None:
    result = igubot(["check"], env)
    assert [line for line in result.output.splitlines() if ": error: " in line] == []
    assert result.exit_code == 0, result.output


def test_main_help_lists_the_commands(env: dict[str, str | None]) -> None:
    result = igubot(["--help"], env)
    assert result.exit_code == 0
    listed = re.findall(r"^  (\S+)", result.output.split("Commands:")[1], flags=re.MULTILINE)
    assert {"serve", "chat", "check", "leads"} <= set(listed)


def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and sub-command below ``group``, as argument paths."""
    paths: list[tuple[str, ...]] = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # lazy commands (bot.face.cli.LAZY_COMMANDS) included
        command = group.get_command(ctx, name)
        assert command is not None, name
        paths.append((*prefix, name))
        if isinstance(command, click.Group):
            paths += _command_paths(command, (*prefix, name))
    return paths


@pytest.mark.parametrize("path", _command_paths(main), ids=" ".join)
def test_command_help_has_usage_and_an_example(
    env: dict[str, str | None], path: tuple[str, ...]
) -> None:
    result = igubot([*path, "--help"], env)
    assert result.exit_code == 0, result.output
    assert f"Usage: igubot {' '.join(path)} [OPTIONS]" in result.output
    command: click.Command | None = main
    for name in path:
        assert isinstance(command, click.Group)
        command = command.get_command(click.Context(command), name)
    if not isinstance(command, click.Group):
        flat = " ".join(result.output.split())
        assert f"igubot {' '.join(path)}" in flat, "the help shows an example invocation"


def test_every_staff_command_is_registered_lazily_under_its_own_name() -> None:
    from bot.face.staff_cli import staff_cli

    ctx = click.Context(main)
    for name, command in staff_cli.commands.items():
        assert LAZY_COMMANDS.get(name, "").startswith("bot.face.staff_cli:"), name
        assert main.get_command(ctx, name) is command
    from bot.face.poster_cli import qr

    assert main.get_command(ctx, "qr") is qr
    assert set(LAZY_COMMANDS) == {*staff_cli.commands, "qr", "l10n"}


def test_check_does_not_import_the_staff_side_or_aiohttp() -> None:
    code = (
        "import sys; from bot.face.cli import main\n"
        "try:\n    main(['check'])\nexcept SystemExit as e:\n    code = e.code\n"
        "heavy = sorted(m for m in ('bot.staff', 'aiohttp', 'aiogram', 'bot.face.app') "
        "if m in sys.modules)\n"
        "print('HEAVY', heavy, code)"
    )
    result = run_python(code)
    assert "HEAVY [] 0" in result.stdout, result.stdout + result.stderr


def test_a_server_imports_the_spreadsheet_library_only_for_an_export() -> None:
    code = "import sys, bot.face.server; print('OPENPYXL', 'openpyxl' in sys.modules)"
    result = run_python(code)
    assert "OPENPYXL False" in result.stdout, result.stdout + result.stderr


def test_python_m_bot_shows_the_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    for command in ("serve", "chat", "check", "leads"):
        assert command in result.stdout


def test_version_is_printed(env: dict[str, str | None]) -> None:
    result = igubot(["--version"], env)
    assert result.exit_code == 0
    assert re.search(r"\d+\.\d+\.\d+", result.output)


@pytest.fixture
def broken_tree(tmp_path: Path) -> tuple[Path, str]:
    """A copy of the content with one ``next:`` aimed at a step that does not exist.

    :return: the content folder, and the ``line:col`` of the broken target.
    """
    root = tmp_path / "content"
    root.mkdir()
    shutil.copytree(ROOT / "flows", root / "flows")
    shutil.copytree(ROOT / "locales", root / "locales")
    shutil.copy(ROOT / "facts.yaml", root / "facts.yaml")
    flow = root / "flows" / "interest.yaml"
    lines = flow.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.strip() == "next: municipality")
    lines[number] = lines[number].replace("municipality", "municipalty")
    flow.write_text("".join(lines), encoding="utf-8")
    return root, f"{number + 1}:{lines[number].index('municipalty') + 1}"


@pytest.mark.slow
def test_serve_refuses_content_with_an_error(
    env: dict[str, str | None],
    broken_tree: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def must_not_serve(*_args: object, **_kwargs: object) -> None:
        pytest.fail("igubot serve started a server on broken content")

    monkeypatch.setattr("bot.face.server.run_server", must_not_serve)
    root, where = broken_tree
    result = igubot(["serve", "--port", "0"], {**env, "IGUBOT_CONTENT_DIR": str(root)})
    assert result.exit_code != 0
    located = re.compile(rf"(^|/)flows/interest\.yaml:{where}: error: .*municipalty")
    assert any(located.search(line) for line in result.output.splitlines()), result.output
    assert "refusing to start" in result.output


@pytest.mark.slow
def test_check_reports_the_broken_content(
    env: dict[str, str | None], broken_tree: tuple[Path, str]
) -> None:
    root, where = broken_tree
    result = igubot(["check"], {**env, "IGUBOT_CONTENT_DIR": str(root)})
    assert result.exit_code == 1
    assert re.search(rf"flows/interest\.yaml:{where}: error: ", result.output), result.output


@pytest.mark.slow
def test_chat_a_superscript_or_huge_number_is_plain_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["chat", "--lang", "en"],
        input="²\n" + "9" * 5000 + "\n",
        env={"IGUBOT_DATA_DIR": str(tmp_path)},
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
