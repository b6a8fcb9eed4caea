"""``igubot qr``: a poster (A4) or flyer (A5) as a PDF with QR codes for Telegram and the web
chat, for one municipality (and campaign, and language).

Listed in ``LAZY_COMMANDS`` of :mod:`bot.face.cli`: imported only when used. The PDF itself is
made by :mod:`bot.staff.poster`.
"""

from __future__ import annotations

from pathlib import Path

import click

from bot.face.staff_cli import _catalog, _municipality, _settings, _staff_config, config_option
from bot.i18n import LANGUAGES
from bot.kernel.errors import BotError
from bot.kernel.municipalities import Municipalities

__all__ = ["qr"]


@click.command("qr")
@click.option("--municipality", "code", required=True, help="Municipality code, e.g. 751.")
@click.option("--campaign", default=None, help="Campaign name (letters, digits, _ and -).")
@click.option(
    "--lang",
    "langs",
    default="da",
    help="Comma-separated codes, e.g. ar,da. One code given: the links open the chat in it.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
@click.option(
    "--paper",
    type=click.Choice(["a4", "a5"]),
    default="a4",
    help="a4: a poster for a notice board; a5: a flyer.",
)
@click.option(
    "--telegram-bot",
    "bot_name",
    default=None,
    help="The bot's Telegram username, instead of asking Telegram with TELEGRAM_TOKEN.",
)
@click.option(
    "--allow-loopback",
    is_flag=True,
    help="A test poster: allow a web address only this machine (or nobody) can open.",
)
@config_option
def qr(
    code: str,
    campaign: str | None,
    langs: str,
    output: Path,
    paper: str,
    bot_name: str | None,
    allow_loopback: bool,
    config: Path | None,
) -> None:
    """Make a poster (A4) or flyer (A5) as a PDF with QR codes for Telegram and the web chat.

    The web address is IGUBOT_BASE_URL (or [staff] base_url); the Telegram link names the bot
    Telegram reports for TELEGRAM_TOKEN (getMe); the foot of the page is the municipality's
    poster_contact ([staff.municipalities."751"]).

    Example: igubot qr --municipality 751 --campaign library --lang ar,da -o poster.pdf
    """
    from bot.face.botname import BotNameError, bot_username
    from bot.face.readiness import is_placeholder_url
    from bot.staff.poster import PAPERS, PosterPlace, poster_links, render_poster, save_poster

    settings = _settings(config)
    staff_config = _staff_config(settings)
    chosen = [c.strip() for c in langs.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in LANGUAGES]
    if not chosen or unknown:
        raise click.BadParameter(f"use codes from: {', '.join(LANGUAGES)}", param_hint="--lang")
    if is_placeholder_url(staff_config.base_url) and not allow_loopback:
        msg = (
            f"the poster would send people to {staff_config.base_url}, which no phone can open: "
            "set IGUBOT_BASE_URL to the public https address (igubot doctor lists what is "
            "missing), or pass --allow-loopback for a test poster"
        )
        raise click.ClickException(msg)
    # One language chosen (not the default): the links carry it and the chat opens in it.
    given = click.get_current_context().get_parameter_source("langs")
    explicit = given is not None and given != click.core.ParameterSource.DEFAULT
    poster_lang = chosen[0] if explicit and len(chosen) == 1 else None
    try:
        name = bot_name or bot_username(settings)
    except BotNameError as exc:
        msg = f"{exc} (or pass --telegram-bot NAME)"
        raise click.ClickException(msg) from exc
    code = _municipality(code)
    found = Municipalities.load().by_code(code)
    assert found is not None  # _municipality checked it
    place = PosterPlace(found.name, staff_config.route(code).poster_contact, allow_loopback)
    try:
        links = poster_links(staff_config.base_url, name, code, campaign, poster_lang)
        pdf = render_poster(_catalog(settings), chosen, links, place, PAPERS[paper])
        save_poster(pdf, output)
    except BotError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{output}: {links.telegram} | {links.web}")
    if not place.contact:
        click.echo(
            f'note: no contact line at the foot: set [staff.municipalities."{code}"] '
            'poster_contact = "Jobcenter ... · phone · e-mail"'
        )
