"""Staff commands: ``igubot staff add|link|list|remove``, ``digest send``, ``stats``,
``leads export`` (``qr``, the posters, is :mod:`bot.face.poster_cli`).

``staff_cli`` is a click group holding them; ``bot/face/cli.py`` lists each of its commands in
``LAZY_COMMANDS``, so the main group imports this module only when one of them is used.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from bot.i18n import Catalog
from bot.kernel.config import Settings
from bot.kernel.errors import BotError
from bot.kernel.municipalities import Municipalities
from bot.staff.config import StaffConfig
from bot.staff.followup import due_followups
from bot.staff.render import STAFF_LANGS, Renderer
from bot.staff.services import StaffServices, build_services, utcnow
from bot.store import LeadRecord, Store, iso_timestamp, leads_to_csv, leads_to_json

config_option = click.option(
    "--config",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="TOML config file (or IGUBOT_CONFIG).",
)


def _settings(config: Path | None) -> Settings:
    try:
        return Settings.load(config, None)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc


def _staff_config(settings: Settings) -> StaffConfig:
    try:
        return StaffConfig.load(settings)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc


def _catalog(settings: Settings) -> Catalog:
    """The staff texts' catalog, through the parse cache as ``serve`` and ``check`` read it."""
    from bot.i18n.parsecache import ParseCache

    cache = ParseCache.below(settings.cache_dir)
    catalog, _problems = Catalog.load(settings.content_dir / "locales", cache=cache)
    return catalog


def _municipality(code: str) -> str:
    found = Municipalities.load().by_code(code)
    if found is None:
        msg = f"{code!r} is not a municipality code (e.g. 751 for Aarhus, 101 for København)"
        raise click.BadParameter(msg)
    return found.code


@click.group()
def staff_cli() -> None:
    """The staff commands (registered on ``igubot``)."""


@staff_cli.group("staff")
def staff_group() -> None:
    """Employment-service staff who may sign in to /staff/."""


@staff_group.command("add")
@click.argument("email")
@click.option(
    "--municipality", "codes", multiple=True, required=True, help="A code; repeat for more."
)
@config_option
def staff_add(email: str, codes: tuple[str, ...], config: Path | None) -> None:
    """Add a staff user, or give one more municipalities.

    Example: igubot staff add igu@aarhus.example --municipality 751
    """
    settings = _settings(config)
    wanted = [_municipality(c) for c in codes]
    try:
        with Store(settings.database) as store:
            user = store.add_staff_user(email, wanted, iso_timestamp())
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{user.email}: {', '.join(user.municipalities)}")


@staff_group.command("link")
@click.argument("email")
@config_option
def staff_link(email: str, config: Path | None) -> None:
    """Print a sign-in link for a staff user (demo mode only: without IGUBOT_SMTP_URL).

    With e-mail configured, links go only by e-mail: ask for one on /staff/login.

    Example: igubot staff link demo@aarhus.example --config config/demo.toml
    """
    from bot.staff.auth import LINK_TTL, SignIn

    settings = _settings(config)
    staff_config = _staff_config(settings)
    if not staff_config.demo:
        msg = "IGUBOT_SMTP_URL is set: sign-in links go only by e-mail (ask on /staff/login)"
        raise click.ClickException(msg)
    with Store(settings.database) as store:
        services = build_services(store, _catalog(settings), staff_config)
        made = SignIn(services).request_link(email, utcnow())
    if made is None:
        raise click.ClickException(f"no staff user {email}: igubot staff add {email} ...")
    minutes = int(LINK_TTL.total_seconds() // 60)
    click.echo(f"{made[1]}  (for {made[0].email}, once, within {minutes} minutes)")


@staff_group.command("list")
@config_option
def staff_list(config: Path | None) -> None:
    """List staff users and their municipalities.

    Example: igubot staff list
    """
    settings = _settings(config)
    with Store(settings.database) as store:
        users = store.staff_users()
    for user in users:
        click.echo(f"{user.email}\t{', '.join(user.municipalities)}")
    if not users:
        click.echo("no staff users yet: igubot staff add EMAIL --municipality CODE", err=True)


@staff_group.command("remove")
@click.argument("email")
@config_option
def staff_remove(email: str, config: Path | None) -> None:
    """Remove a staff user and sign them out (their notes stay).

    Example: igubot staff remove igu@aarhus.example
    """
    settings = _settings(config)
    with Store(settings.database) as store:
        if not store.remove_staff_user(email):
            raise click.ClickException("no staff user has that address")
    click.echo("removed")


@staff_cli.group("digest")
def digest_group() -> None:
    """Lead digests for the municipalities."""


@digest_group.command("send")
@click.option("--dry-run", is_flag=True, help="Print what would be sent; change nothing.")
@config_option
def digest_send(dry_run: bool, config: Path | None) -> None:
    """Queue a digest per municipality with news, and send every staff e-mail that is due.

    Example: igubot digest send --dry-run
    """
    settings = _settings(config)
    staff_config = _staff_config(settings)
    if not dry_run and staff_config.demo:
        raise click.ClickException("set IGUBOT_SMTP_URL to send digests, or use --dry-run")
    with Store(settings.database) as store:
        try:
            services = build_services(store, _catalog(settings), staff_config)
        except BotError as exc:
            raise click.ClickException(str(exc)) from exc
        now = utcnow()
        if dry_run:
            _print_previews(services, now)
            return
        claims = services.digests.create(now)
        delivery = asyncio.run(services.worker.deliver(now))
    click.echo(
        f"{len(claims)} digest(s) queued; {delivery.sent} e-mail(s) sent, "
        f"{delivery.failed} failed, {delivery.skipped} with nothing left to send"
    )
    if delivery.failed:
        raise click.ClickException("some e-mails failed; they are retried with backoff")


def _print_previews(services: StaffServices, now: dt.datetime) -> None:
    emails = services.digests.preview(now)
    for email in emails:
        click.echo(f"To: {', '.join(email.recipients)}\nSubject: {email.subject}\n")
        click.echo(email.text)
        click.echo("-" * 72)
    click.echo(f"{len(emails)} digest(s) would be sent (dry run: nothing changed)")


@staff_cli.command("stats")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--lang", default=None, help="Only conversations in this language.")
@click.option("--campaign", default=None, help="Only conversations from this campaign.")
@click.option(
    "--staff-lang",
    type=click.Choice(STAFF_LANGS),
    default=STAFF_LANGS[0],
    help="The language of the questions and headings.",
)
@config_option
def stats(
    fmt: str, lang: str | None, campaign: str | None, staff_lang: str, config: Path | None
) -> None:
    """Conversations by language and by campaign (each counted once), then where people stop
    in the forms: per question, as the staff overview names it, how many reached it, answered,
    stopped there, answered invalidly.

    Example: igubot stats --campaign library --staff-lang en
    """
    from bot.content import read_content
    from bot.staff.overview import Filter
    from bot.staff.stats import (
        conversations,
        conversations_text,
        form_funnel,
        funnel_rows,
        funnel_text,
    )

    settings = _settings(config)
    content, _problems = read_content(settings.content_dir, cache_dir=settings.cache_dir)
    with Store(settings.database) as store:
        charts = form_funnel(
            content, store.funnel_counts(lang=lang, campaign=campaign), staff_lang
        )
        talks = conversations(store.conversation_hours(), Filter(lang, campaign))
    if fmt == "json":
        body = {
            "filters": {"lang": lang, "campaign": campaign},
            "conversations": talks,
            "rows": funnel_rows(charts),
        }
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    renderer = Renderer(content.catalog)
    for line in conversations_text(talks, renderer, staff_lang):
        click.echo(line)
    for line in funnel_text(charts, renderer, staff_lang):
        click.echo(line)


@staff_cli.command("followups", hidden=True)
@config_option
def followups(config: Path | None) -> None:
    """Queue due follow-up questions now (the server does this with each digest run)."""
    settings = _settings(config)
    with Store(settings.database) as store:
        count = due_followups(store, _staff_config(settings), utcnow())
    click.echo(f"{count} follow-up question(s) queued")


@staff_cli.group("leads")
def leads_group() -> None:
    """Leads stored with consent."""


@leads_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "xlsx"]), default="csv")
@click.option("--kind", type=click.Choice(["learner", "employer", "callback"]), default=None)
@click.option("--municipality", default=None, help="Only this municipality code.")
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", help="xlsx headings.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Write to this file (needed for xlsx when standard output is a terminal).",
)
@config_option
def leads_export(
    fmt: str,
    kind: str | None,
    municipality: str | None,
    lang: str,
    output: Path | None,
    config: Path | None,
) -> None:
    """Print leads as CSV for systems (UTF-8 with BOM, ';', quoted, formula-safe), JSON, or an
    .xlsx workbook for people (Danish headings, local times, text cells only).

    Example: igubot leads export --format xlsx -o leads.xlsx
    """
    settings = _settings(config)
    with Store(settings.database) as store:
        rows = store.leads(kind=kind, municipality=municipality)
    if fmt == "xlsx":
        body = _xlsx(settings, rows, lang)
    else:
        text = leads_to_csv(rows) if fmt == "csv" else leads_to_json(rows)
        body = text.encode("utf-8")
    if output is not None:
        output.write_bytes(body)
        click.echo(f"{output}: {len(rows)} lead(s)", err=True)
    elif fmt == "xlsx" and sys.stdout.isatty():
        raise click.UsageError("an .xlsx file is binary: add -o leads.xlsx")
    else:
        sys.stdout.buffer.write(body)


def _xlsx(settings: Settings, rows: Sequence[LeadRecord], lang: str) -> bytes:
    """The leads as a workbook for people, in ``lang``, times in ``[staff] timezone``."""
    from bot.staff.config import StaffConfig
    from bot.staff.sheet import workbook_for

    try:
        zone = StaffConfig.load(settings).timezone
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    return workbook_for(settings.content_dir / "locales", zone, rows, lang)
