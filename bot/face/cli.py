"""The ``igubot`` command line: thin click commands over the composition root."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.kernel.config import Settings
from bot.kernel.errors import BotError

if TYPE_CHECKING:
    from bot.face.app import App

#: Commands defined in other modules, imported only when used (or listed by ``--help``):
#: ``igubot check`` need not import the staff side, aiohttp and the scheduler (P3 start-up,
#: docs/performance.md). tests/face/test_cli.py checks this table against the modules.
LAZY_COMMANDS = {
    "l10n": "bot.l10n.cli:l10n",
    "staff": "bot.face.staff_cli:staff_group",
    "digest": "bot.face.staff_cli:digest_group",
    "stats": "bot.face.staff_cli:stats",
    "qr": "bot.face.poster_cli:qr",
    "followups": "bot.face.staff_cli:followups",
    "leads": "bot.face.staff_cli:leads_group",
}


class LazyGroup(click.Group):
    """A click group that imports the commands of :data:`LAZY_COMMANDS` on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        if found is not None or cmd_name not in LAZY_COMMANDS:
            return found
        module, _sep, attr = LAZY_COMMANDS[cmd_name].partition(":")
        command = getattr(importlib.import_module(module), attr)
        if not isinstance(command, click.Command):  # pragma: no cover - a wrong table entry
            msg = f"{LAZY_COMMANDS[cmd_name]} is not a click command"
            raise TypeError(msg)
        self.add_command(command, cmd_name)
        return command


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        return Settings.load(config, None, **overrides)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc


config_option = click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="TOML config file (or IGUBOT_CONFIG).",
)


@click.group(cls=LazyGroup)
@click.version_option(package_name="igubot")
def main() -> None:
    """igubot: explains IGU in the learner's language and hands leads to municipalities."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@config_option
def check(fmt: str, config: Path | None) -> None:
    """Check flows, locales and facts together; exit 1 on any error.

    Example: igubot check --format json
    """
    from bot.check.load import load_content

    settings = _settings(config)
    _content, problems = load_content(
        settings.content_dir, strict=True, cache_dir=settings.cache_dir
    )
    errors = sum(p.level == "error" for p in problems)
    if fmt == "json":
        payload = {
            "errors": errors,
            "warnings": len(problems) - errors,
            "problems": [p.as_dict() for p in problems],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for p in problems:
            click.echo(p.render())
        summary = f"{errors} error(s), {len(problems) - errors} warning(s)"
        click.echo(summary, err=True)
    sys.exit(1 if errors else 0)


@main.command()
@click.option("--lang", default=None, help="Language code: skip the language picker.")
@config_option
def chat(lang: str | None, config: Path | None) -> None:
    """Talk to the bot in this terminal; buttons are numbered.

    With stdin not a terminal, each line is one turn (text, /command or a button's number):

        printf '1\\n2\\n' | igubot chat --lang en
    """
    from bot.channels.console import ConsoleChannel

    logging.getLogger().setLevel(logging.WARNING)
    app = _build(_settings(config))
    try:
        channel = ConsoleChannel(app.engine)
        channel.run(
            sys.stdin,
            lambda s: click.echo(s, nl=not s.endswith("> ")),
            lang=lang,
            interactive=sys.stdin.isatty(),
        )
    finally:
        app.close()


@main.command()
@click.option("--host", default=None, help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8080).")
@config_option
def serve(host: str | None, port: int | None, config: Path | None) -> None:
    """Serve the web chat API (and, with TELEGRAM_TOKEN, the Telegram bot).

    Example: igubot serve --port 8080
    """
    from bot.face.server import run_server

    settings = _settings(config, host=host, port=port)
    app = _build(settings)
    try:
        run_server(app)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        app.close()


@main.command("backup")
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@config_option
def backup_command(target: Path, config: Path | None) -> None:
    """Write a consistent copy of the database while the bot runs.

    Example: igubot backup /backups/igubot-$(date +%F).sqlite3
    """
    from bot.store.backup import backup

    settings = _settings(config)
    try:
        size = backup(settings.database, target)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"backup written to {target} ({size} bytes)")


@main.command("restore")
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@config_option
def restore_command(source: Path, yes: bool, config: Path | None) -> None:
    """Put a backup in place of the database. Stop `igubot serve` first.

    Example: igubot restore /backups/igubot-2026-11-23.sqlite3 --yes
    """
    from bot.store.backup import restore

    settings = _settings(config)
    if not yes:
        click.confirm(f"Replace {settings.database} with {source}?", abort=True)
    try:
        again = restore(source, settings.database)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"restored {settings.database} from {source}; the old files end in .before-restore")
    click.echo(f"erased again {again} conversation(s) forgotten since the backup was made")


@main.command()
@click.option("--send-test", metavar="ADDRESS", default=None, help="Also send a test e-mail.")
@config_option
def doctor(send_test: str | None, config: Path | None) -> None:
    """Check config, data folder, content, Telegram token, SMTP and what a real deployment
    needs; say what to fix. Exit 1 on any FIX (a WARN alone: 0).

    Example: igubot doctor --send-test you@example.org
    """
    from bot.face.doctor import diagnose

    findings = diagnose(_settings(config), send_test)
    for finding in findings:
        click.echo(finding.render())
    sys.exit(1 if any(f.blocking for f in findings) else 0)


#: How far back `igubot questions` counts by default (the days `igubot purge` keeps them are
#: the fact `unplaced_message_days`).
MISS_RETENTION_DAYS = 30
#: The facts `igubot purge` applies, as the privacy notice states them (whole numbers).
RETENTION_FACTS = ("lead_retention_months", "chat_idle_days", "unplaced_message_days")


def _days_ago(days: int) -> dt.date:
    """The UTC date ``days`` days before today."""
    return dt.datetime.now(dt.UTC).date() - dt.timedelta(days=days)


@main.command()
@click.option("--dry-run", is_flag=True, help="Count what would be deleted; delete nothing.")
@config_option
def purge(dry_run: bool, config: Path | None) -> None:
    """Apply retention: delete idle conversations, leads closed long enough ago, old misses.

    What the privacy notice promises, from facts.yaml: closed leads (started, not relevant, no
    answer) go `lead_retention_months` after closing; conversations after `chat_idle_days`
    without a message; typed messages the bot could not place (`igubot questions`) after
    `unplaced_message_days`.

    Example: igubot purge --dry-run
    """
    from bot.check.load import load_content
    from bot.engine.engine import utcnow
    from bot.store import Store

    settings = _settings(config)
    content, _problems = load_content(settings.content_dir, cache_dir=settings.cache_dir)
    days: dict[str, int] = {}
    for name in RETENTION_FACTS:
        fact = content.facts.items.get(name)
        if fact is None or not isinstance(fact.value, int):
            raise click.ClickException(f"facts.yaml needs an integer fact '{name}'")
        days[name] = fact.value
    with Store(settings.database) as store, store.transaction():
        counts = store.purge(
            utcnow(),
            idle_session_days=days["chat_idle_days"],
            closed_lead_days=round(days["lead_retention_months"] * 30.44),
            dry_run=dry_run,
        )
        counts["misses"] = store.purge_misses(
            _days_ago(days["unplaced_message_days"]), dry_run=dry_run
        )
    verb = "would delete" if dry_run else "deleted"
    click.echo(", ".join(f"{verb} {n} {table}" for table, n in counts.items()))


@main.command()
@click.option("--lang", default=None, help="Only this language code (e.g. ar).")
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=MISS_RETENTION_DAYS,
    show_default=True,
    help="Count the misses of this many days back.",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@config_option
def questions(lang: str | None, days: int, fmt: str, config: Path | None) -> None:
    """List what learners typed that the bot could not place, most asked first.

    Numbers, phone numbers and addresses are taken out, and nothing links a text to a person.
    Add examples and answers where learners ask most (docs/understanding.md).

    Example: igubot questions --lang ar --format json
    """
    from bot.i18n import LANGUAGES
    from bot.store import Store

    if lang is not None and lang not in LANGUAGES:
        raise click.BadParameter(f"use one of {', '.join(LANGUAGES)}", param_hint="--lang")
    settings = _settings(config)
    with Store(settings.database) as store:
        rows = store.misses(_days_ago(days), lang=lang)
    if fmt == "json":
        click.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        where = f" in {LANGUAGES[lang].english_name}" if lang else ""
        click.echo(f"Nothing typed{where} in the last {days} days went unanswered.")
        return
    click.echo(f"{'count':>5}  {'lang':<4}  {'last day':<10}  text")
    for r in rows:
        click.echo(f"{r.count:>5}  {r.lang:<4}  {r.last_day:<10}  {r.text}")


@main.command()
@click.argument("user_key", required=False)
@click.option("--lead", "lead_id", type=int, default=None, help="The person behind this lead id.")
@config_option
def forget(user_key: str | None, lead_id: int | None, config: Path | None) -> None:
    """Delete everything stored about one person: by conversation key or by a lead's number.

    Examples: igubot forget --lead 17; igubot forget tg:123456789
    """
    from bot.store import Store

    if (user_key is None) == (lead_id is None):
        raise click.UsageError("give a conversation key or --lead ID (one of them)")
    settings = _settings(config)
    with Store(settings.database) as store:
        if lead_id is not None:
            found = [lead for lead in store.leads() if lead.id == lead_id]
            if not found:
                raise click.ClickException(f"no lead {lead_id}")
            user_key = found[0].user_key
        assert user_key is not None
        counts = store.forget(user_key)
        store.checkpoint()
    click.echo(", ".join(f"deleted {n} {table}" for table, n in counts.items()))


@main.command()
@click.argument("flow")
@config_option
def graph(flow: str, config: Path | None) -> None:
    """Print a flow as a Mermaid diagram (paste it into a Markdown file or mermaid.live).

    Example: igubot graph interest > interest.mmd
    """
    from bot.flows import load_flows
    from bot.flows.mermaid import mermaid

    settings = _settings(config)
    result = load_flows(settings.content_dir / "flows")
    doc = result.flows.get(flow)
    if doc is None:
        for problem in result.problems:
            click.echo(problem.render(), err=True)
        known = ", ".join(sorted(result.flows))
        raise click.ClickException(f"no flow '{flow}' (flows: {known})")
    click.echo(mermaid(doc), nl=False)


@main.command("config-reference")
def config_reference() -> None:
    """Print the configuration reference (Markdown) generated from the settings table.

    Example: igubot config-reference > docs/configuration.md
    """
    from bot.kernel.configref import reference

    click.echo(reference(), nl=False)


def _build(settings: Settings) -> App:
    from bot.face.app import ContentInvalidError, build_app

    try:
        return build_app(settings)
    except ContentInvalidError as exc:
        for p in exc.problems:
            click.echo(p.render(), err=True)
        raise click.ClickException(
            "refusing to start: fix the content errors above (igubot check)"
        ) from exc
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
