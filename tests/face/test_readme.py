"""The README as a newcomer reads it: every ``igubot`` command it shows exists with the options
and choices it names, and its first screen says how to run, sign in as staff and embed the chat."""

from __future__ import annotations

import re

import click
import pytest

from bot.engine.payload import parse_start
from bot.face.cli import main
from bot.i18n import LANGUAGES
from tests.support.tree import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: ``igubot …`` in backticks (tables escape ``|`` as ``\|``), or a line of a ``sh`` block.
_INLINE = re.compile(r"`(igubot [^`]+)`")
_SH_LINE = re.compile(r"^(?:\.venv/bin/)?(igubot [^#\n]+)", re.MULTILINE)
#: What a newcomer sees without scrolling: the part before "What it is".
FIRST_SCREEN = README.split("## What it is", 1)[0]


def readme_commands() -> list[str]:
    """Every ``igubot`` command line the README shows, pipes unescaped."""
    found = [m.replace("\\|", "|") for m in _INLINE.findall(README)]
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        found += [m.strip() for m in _SH_LINE.findall(block)]
    return sorted(set(found))


def _resolve(words: list[str]) -> tuple[click.Command, list[str]]:
    """The (sub)command ``words`` name, and the words after it."""
    ctx = click.Context(main)
    command: click.Command = main
    rest = list(words)
    while rest and isinstance(command, click.Group) and not rest[0].startswith("-"):
        if rest[0].isupper() or rest[0] == "…":  # `igubot COMMAND`, `igubot …`: placeholders
            return command, []
        names = rest[0].split("|")
        found = [command.get_command(ctx, name) for name in names]
        assert all(found), f"igubot has no command {rest[0]!r} (README: {' '.join(words)})"
        assert found[0] is not None
        if len(names) > 1:  # `l10n status|stamp|export|import`: alternatives, each a command
            return found[0], []
        command, rest = found[0], rest[1:]
    return command, rest


def check_line(line: str) -> None:
    """Fail unless every option of ``line`` exists, with exactly the choices it lists."""
    words = line.replace("[", " ").replace("]", " ").split()[1:]
    command, rest = _resolve(words)
    options = {opt: p for p in command.params for opt in p.opts if isinstance(p, click.Option)}
    for i, word in enumerate(rest):
        if not word.startswith("-") or word == "--help":
            continue
        assert word in options, f"`{line}`: {command.name} has no option {word}"
        given = rest[i + 1] if i + 1 < len(rest) else ""
        kind = options[word].type
        if isinstance(kind, click.Choice) and "|" in given:
            assert set(given.split("|")) == set(kind.choices), (
                f"`{line}`: {word} takes {'|'.join(kind.choices)}, the README says {given}"
            )


COMMANDS = readme_commands()


def test_readme_shows_the_commands_a_newcomer_needs() -> None:
    shown = {line.split()[1] for line in COMMANDS}
    assert {"serve", "chat", "check", "leads", "staff", "qr", "doctor", "stats"} <= shown


@pytest.mark.parametrize("line", COMMANDS)
def test_readme_command_exists_with_its_options_and_choices(line: str) -> None:
    check_line(line)


def test_readme_check_fails_on_a_stale_choice_list() -> None:
    with pytest.raises(AssertionError, match=re.escape("takes csv|json|xlsx")):
        check_line("igubot leads export [--format csv|json]")


def test_readme_first_screen_says_how_to_run_and_sign_in_as_staff() -> None:
    for needed in (
        "make run",
        "IGUBOT_PORT=8081 make run",
        "demo@aarhus.example",
        "/staff/login",
        ".venv/bin/igubot",
        ". .venv/bin/activate",
    ):
        assert needed in FIRST_SCREEN, needed
    # The demo user the README names is the one `make run` adds and prints a link for.
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "staff link demo@aarhus.example" in makefile


def test_readme_first_screen_embeds_the_widget_and_names_its_setting() -> None:
    assert '<script src="https://bot.example/widget.js"' in FIRST_SCREEN
    assert "IGUBOT_FRAME_ANCESTORS=" in FIRST_SCREEN


def test_readme_start_links_read_as_they_say() -> None:
    payloads = set(re.findall(r"\?start=([A-Za-z0-9_-]+)", FIRST_SCREEN))
    assert payloads, "the first screen shows no start link"
    for payload in payloads:
        read = parse_start(payload, LANGUAGES)
        assert read.municipality == "751", payload
    assert parse_start("m751_library_ar", LANGUAGES).lang == "ar"
