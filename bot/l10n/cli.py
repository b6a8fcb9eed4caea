"""``igubot l10n``: the translators' commands (status, stamp, export, import).

A click group kept apart from :mod:`bot.face.cli`, which registers it lazily (``LazyGroup``). The
work is done in the other modules of :mod:`bot.l10n`; this module only parses arguments, prints
and chooses exit codes: 0 when done, 1 when something was wrong (the reason is printed on
stderr).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import click

from bot.kernel.config import Settings
from bot.kernel.errors import BotError
from bot.l10n.po_export import export_po
from bot.l10n.po_import import import_po
from bot.l10n.sources import stamp
from bot.l10n.status import build_status, format_status_table

__all__ = ["l10n"]


def _locales_dir(given: Path | None) -> Path:
    """``--locales-dir``, else ``<content_dir>/locales`` from the settings."""
    if given is not None:
        return given
    try:
        return Settings.load().content_dir / "locales"
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc


locales_dir_option = click.option(
    "--locales-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="The locales directory (default: locales/ in the content directory).",
)


@click.group()
def l10n() -> None:
    """Translations: completeness, staleness, PO files for CAT tools.

    Workflow: igubot l10n status; translate (FTL files, or export → Poedit/Weblate → import);
    igubot check; igubot l10n stamp CODE after checking against the current English.
    """


@l10n.command()
@click.argument("codes", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--all", "all_languages", is_flag=True, help="Also languages without files.")
@click.option("--flows", is_flag=True, help="Show every flow of every locale (text format).")
@locales_dir_option
def status(
    codes: tuple[str, ...], fmt: str, all_languages: bool, flows: bool, locales_dir: Path | None
) -> None:
    """Translated, missing and stale messages per language (and per flow).

    A message is stale when English changed since it was translated (or it was never stamped).
    The last columns count the typed examples and keywords of the understand-* messages.
    Naming languages shows only those, with their flows.

    Examples: igubot l10n status; igubot l10n status ti; igubot l10n status --format json
    """
    try:
        report = build_status(
            _locales_dir(locales_dir), all_languages=all_languages or bool(codes)
        )
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    if codes:
        unknown = [c for c in codes if c not in {s.code for s in report.locales}]
        if unknown:
            raise click.ClickException(f"unknown language code(s): {', '.join(unknown)}")
        report = dataclasses.replace(
            report, locales=tuple(s for s in report.locales if s.code in codes)
        )
    for problem in report.problems:
        click.echo(problem.render(), err=True)
    if fmt == "json":
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        detailed = [s.code for s in report.locales] if flows or codes else []
        click.echo(format_status_table(report, flows=detailed), nl=False)


@l10n.command("stamp")
@click.argument("code")
@click.argument("ids", nargs=-1)
@locales_dir_option
def stamp_command(code: str, ids: tuple[str, ...], locales_dir: Path | None) -> None:
    """Mark translations as made from the current English (clears "stale").

    Run it after checking the translations against the current English text: for the named
    message ids, or for every message CODE translates.

    Examples: igubot l10n stamp ar interest-consent-ask; for a term, put -- before it:
    igubot l10n stamp ar -- -brand
    """
    try:
        stamped = stamp(_locales_dir(locales_dir), code, ids)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{code}: stamped {len(stamped)} message(s)")


@l10n.command("export")
@click.argument("code")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    required=True,
    help="The PO file to write ('-' for stdout).",
)
@locales_dir_option
def export_command(code: str, output: Path, locales_dir: Path | None) -> None:
    """Write a PO file of every English message with CODE's translation, for a CAT tool.

    Stale translations are marked fuzzy. Example: igubot l10n export ti -o ti.po
    """
    try:
        data = export_po(_locales_dir(locales_dir), code)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    if str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        output.write_bytes(data)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write: {exc.strerror}") from exc
    click.echo(f"{code}: wrote {output}", err=True)


@l10n.command("import")
@click.argument("code")
@click.argument("po_file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--dry-run", is_flag=True, help="Check and report; write nothing.")
@locales_dir_option
def import_command(code: str, po_file: Path, dry_run: bool, locales_dir: Path | None) -> None:
    """Read translations from a PO file back into locales/CODE/*.ftl.

    Units with errors are reported as FILE.po:LINE: id: problem and skipped; the rest is
    imported (exit 1 when anything was skipped). Units not marked fuzzy are stamped.

    Example: igubot l10n import ti ti.po
    """
    try:
        data = po_file.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{po_file}: cannot read: {exc.strerror}") from exc
    try:
        report = import_po(_locales_dir(locales_dir), code, data, str(po_file), dry_run=dry_run)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    for found in report.issues:
        click.echo(found.render(), err=True)
    verb = "would change" if dry_run else "changed"
    click.echo(
        f"{code}: {verb} {len(report.changed)}, unchanged {len(report.unchanged)}, "
        f"stamped {len(report.stamped)}, empty {report.empty}, "
        f"skipped {len(report.errors)}"
    )
    for path in report.written:
        click.echo(f"wrote {path}", err=True)
    sys.exit(1 if report.errors else 0)
