"""`igubot doctor`: check a deployment (config, data, content, token, SMTP, readiness).

The readiness checks of :mod:`bot.face.readiness` (privacy controller, public address, sender,
recipients, the Telegram bot, the posters' contact line) come last; ``igubot serve`` logs those
as warnings too.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from email.message import EmailMessage

from bot.check.load import load_content
from bot.face.botname import BotNameError, bot_username
from bot.face.readiness import Deployment, Finding, readiness
from bot.kernel.config import Settings
from bot.kernel.errors import BotError

__all__ = ["Finding", "diagnose"]

#: What @BotFather hands out: the bot's numeric id, a colon, 35 characters.
TOKEN_SHAPE = re.compile(r"^\d{5,}:[A-Za-z0-9_-]{30,}$")


def check_data_dir(settings: Settings) -> Iterator[Finding]:
    """The data folder exists (or can be made), is writable, and holds a sound database."""
    folder = settings.data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        yield Finding(
            False,
            f"data folder {folder}",
            f"cannot create it ({exc.strerror}); "
            "create it and give the bot's user write access, or set IGUBOT_DATA_DIR",
        )
        return
    if not os.access(folder, os.W_OK | os.X_OK):
        yield Finding(
            False, f"data folder {folder}", "not writable by this user: chown or chmod it"
        )
        return
    yield Finding(True, f"data folder {folder} is writable")
    db = settings.database
    if not db.exists():
        yield Finding(True, f"database {db} will be created on first start")
        return
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()
            mode = conn.execute("PRAGMA journal_mode").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        yield Finding(False, f"database {db}", f"cannot be read ({exc}); restore a backup")
        return
    if integrity != ("ok",):
        yield Finding(False, f"database {db}", "fails its integrity check: restore a backup")
    else:
        yield Finding(True, f"database {db} passes its integrity check ({mode[0]} journal)")


def check_content(settings: Settings) -> Iterator[Finding]:
    """Flows, locales and facts load without errors."""
    _content, problems = load_content(settings.content_dir, cache_dir=settings.cache_dir)
    errors = [p for p in problems if p.level == "error"]
    if errors:
        first = f"{len(errors)} error(s), first: {errors[0].render()}"
        where = "content_dir in [igubot] or IGUBOT_CONTENT_DIR"
        if not (settings.content_dir / "facts.yaml").is_file():
            fix = (
                f"not the content folder (no facts.yaml there): set {where} to the folder "
                f"that holds flows/, locales/ and facts.yaml; {first}"
            )
        else:
            fix = f"{first} (run igubot check; the folder is {where})"
        yield Finding(False, f"content in {settings.content_dir}", fix)
    else:
        yield Finding(True, f"content in {settings.content_dir} checks clean")


def check_telegram(settings: Settings) -> Iterator[Finding]:
    """The token looks like one and Telegram knows it (getMe); a webhook needs https.

    Without a token nothing is said here: the readiness checks name it.
    """
    token = settings.telegram_token.reveal()
    if not token:
        return
    if not TOKEN_SHAPE.match(token):
        yield Finding(
            False,
            "TELEGRAM_TOKEN",
            "does not look like a token from @BotFather "
            "(digits, a colon, then about 35 letters, digits, - or _)",
        )
        return
    try:
        name = bot_username(settings)
    except BotNameError as exc:
        yield Finding(False, "TELEGRAM_TOKEN", str(exc))
        return
    yield Finding(True, f"Telegram bot @{name} (getMe; posters link https://t.me/{name})")
    if settings.base_url and not settings.base_url.startswith("https://"):
        yield Finding(
            False,
            "IGUBOT_BASE_URL",
            "must start with https:// for a Telegram webhook "
            "(without it the bot uses long polling)",
        )
    elif settings.base_url:
        yield Finding(True, f"webhook at {settings.base_url}/telegram/webhook")
    else:
        yield Finding(True, "Telegram by long polling (no IGUBOT_BASE_URL)")


def check_smtp(settings: Settings, send_test: str | None = None) -> Iterator[Finding]:
    """The SMTP server answers, encrypts and accepts the login; optionally send a test mail."""
    from bot.staff.mailer import MailError, SmtpMailer

    if not settings.smtp_url:
        yield Finding(
            False,
            "IGUBOT_SMTP_URL",
            'not set, so no digest, no "wants a call" e-mail and no sign-in e-mail leaves '
            "(leads wait in the outbox, sign-in links go to the log: the demo); set it to "
            "smtps://user:password@host:465 or smtp://user:password@host:587",
        )
        return
    try:
        mailer = SmtpMailer(settings.smtp_url, timeout=10)
        encrypted = mailer.probe()
    except (BotError, MailError) as exc:
        yield Finding(False, "IGUBOT_SMTP_URL", f"{exc}; check host, port, user and password")
        return
    where = f"{mailer.target.host}:{mailer.target.port}"
    yield Finding(
        True, f"SMTP server {where} answers ({'encrypted' if encrypted else 'NOT encrypted'})"
    )
    if not encrypted and not mailer.target.loopback:
        yield Finding(
            False, f"SMTP server {where}", "offers no TLS: use smtps:// or a server with STARTTLS"
        )
    if send_test:
        message = EmailMessage()
        message["Subject"] = "igubot doctor: test"
        message["From"] = f"igubot <noreply@{mailer.target.host}>"
        message["To"] = send_test
        message.set_content("This is a test message from `igubot doctor --send-test`.")
        try:
            mailer.send(message)
        except MailError as exc:
            yield Finding(False, "test e-mail", str(exc))
        else:
            yield Finding(True, "test e-mail handed to the SMTP server")


def check_readiness(settings: Settings) -> Iterator[Finding]:
    """The pieces a real deployment needs (:data:`bot.face.readiness.READINESS_CHECKS`)."""
    try:
        deployment = Deployment.load(settings)
    except BotError as exc:
        yield Finding(False, "[staff] table", str(exc))
        return
    yield from readiness(deployment)


def diagnose(settings: Settings, send_test: str | None = None) -> list[Finding]:
    """Every finding, in the order an operator would fix them."""
    return [
        Finding(
            True,
            f"settings loaded{f' from {settings.config_file}' if settings.config_file else ''}",
        ),
        *check_data_dir(settings),
        *check_content(settings),
        *check_telegram(settings),
        *check_smtp(settings, send_test),
        *check_readiness(settings),
    ]
