"""E-mail over SMTP: ``smtp://`` (STARTTLS whenever the server offers it) or ``smtps://``.

The standard library's :mod:`smtplib` does the work, in a thread (see :func:`asyncio.to_thread`
at the callers): digests are a few messages a day, so a dependency would buy nothing, and a
blocking client with a timeout is simple to reason about. A password is never sent over a
connection without TLS, except to a loopback address (a local relay or a test server).
"""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Protocol
from urllib.parse import unquote, urlsplit

from bot.kernel.config import Secret
from bot.kernel.errors import ChannelError, ConfigError

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"smtp": 25, "smtps": 465}
TIMEOUT_SECONDS = 30.0


class MailError(ChannelError):
    """An e-mail could not be handed to the SMTP server (the message names no address)."""


class Mailer(Protocol):
    """Something that delivers an e-mail or raises :class:`MailError`."""

    def send(self, message: EmailMessage) -> None:
        """Deliver ``message`` to its ``To`` recipients."""


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to connect, parsed from ``IGUBOT_SMTP_URL``."""

    host: str
    port: int
    implicit_tls: bool
    user: str = ""
    password: Secret = field(default_factory=lambda: Secret(""))

    @property
    def loopback(self) -> bool:
        """Whether the server is on this machine."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def parse_smtp_url(url: Secret) -> SmtpTarget:
    """Parse ``smtp://user:pass@host:587`` or ``smtps://host:465``.

    :raises ConfigError: for another scheme or a missing host (the URL is not repeated).
    """
    parts = urlsplit(url.reveal())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        msg = "IGUBOT_SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465"
        raise ConfigError(msg)
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError as exc:
        msg = "IGUBOT_SMTP_URL has a port that is not a number"
        raise ConfigError(msg) from exc
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    if not (user + password).isascii():
        # smtplib encodes AUTH as ASCII and would fail at the first delivery instead.
        msg = "IGUBOT_SMTP_URL: the SMTP user name and password must be ASCII"
        raise ConfigError(msg)
    return SmtpTarget(
        host=parts.hostname,
        port=port,
        implicit_tls=parts.scheme == "smtps",
        user=user,
        password=Secret(password),
    )


class SmtpMailer:
    """Send e-mail through one SMTP server; one connection per message.

    :param url: ``IGUBOT_SMTP_URL``.
    :param timeout: seconds for connecting and for each SMTP command.
    :param context: TLS settings (default: the system's trusted certificates).
    :raises ConfigError: if the URL is malformed.
    """

    def __init__(
        self,
        url: Secret,
        *,
        timeout: float = TIMEOUT_SECONDS,
        context: ssl.SSLContext | None = None,
    ) -> None:
        self.target = parse_smtp_url(url)
        self.timeout = timeout
        self._context = context or ssl.create_default_context()

    def send(self, message: EmailMessage) -> None:
        """Deliver ``message``.

        :raises MailError: if the server is unreachable or refuses; nothing is retried here.
        """
        refused = self._session(message)
        if refused:
            logger.warning("SMTP server refused %d of the recipients", len(refused))

    def probe(self) -> bool:
        """Connect, greet, encrypt and log in as a delivery would, then quit without sending.

        :return: whether the connection was encrypted.
        :raises MailError: as :meth:`send` would.
        """
        return bool(self._session(None))

    def _session(self, message: EmailMessage | None) -> dict[str, object]:
        """One SMTP session; sends ``message`` if given (returns the refused recipients), else
        returns ``{"encrypted": True}`` or ``{}``."""
        t = self.target
        try:
            if t.implicit_tls:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    t.host, t.port, timeout=self.timeout, context=self._context
                )
            else:
                smtp = smtplib.SMTP(t.host, t.port, timeout=self.timeout)
            with smtp:
                smtp.ehlo()
                encrypted = t.implicit_tls
                if not encrypted and smtp.has_extn("starttls"):
                    smtp.starttls(context=self._context)
                    smtp.ehlo()
                    encrypted = True
                if t.user:
                    if not encrypted and not t.loopback:
                        msg = "the SMTP server offers no STARTTLS; not sending the password"
                        raise MailError(msg)
                    smtp.login(t.user, t.password.reveal())
                if message is None:
                    return {"encrypted": True} if encrypted else {}
                refused: dict[str, object] = dict(smtp.send_message(message))
                return refused
        except smtplib.SMTPResponseException as exc:
            msg = f"SMTP server answered {exc.smtp_code} ({type(exc).__name__})"
            raise MailError(msg) from exc
        except (smtplib.SMTPException, OSError) as exc:
            msg = f"SMTP delivery failed: {type(exc).__name__}"
            raise MailError(msg) from exc
