"""The ``[staff]`` table of the config file: routing by municipality, digest schedule, links."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.kernel.config import Secret, Settings, read_config_table
from bot.kernel.errors import ConfigError
from bot.kernel.municipalities import Municipalities

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_KEYS = {
    "base_url": "links in digests and sign-in e-mails (default: IGUBOT_BASE_URL)",
    "default_emails": "recipients for municipalities not listed",
    "digest_time": "HH:MM, local time of the daily digest",
    "digest_weekdays": "days the digest goes out, e.g. ['mon', 'tue']",
    "email_personal_data": "put names and phone numbers in digest e-mails",
    "followup_days": "days after a Telegram lead to ask 'were you contacted?' (0: never)",
    "mail_from": "From: address of staff e-mails",
    "municipalities": 'recipients per code: [staff.municipalities."751"]',
    "reminder_days": "days before a lead not yet contacted is listed as a reminder",
    "session_hours": "how long a staff sign-in lasts",
    "timezone": "time zone of digest_time (Europe/Copenhagen)",
}
_ROUTE_KEYS = {"emails", "telegram_chat", "poster_contact"}


@dataclass(frozen=True)
class Route:
    """Where one municipality's digests go, and the contact line of its posters.

    :param emails: e-mail recipients.
    :param telegram_chat: a Telegram staff chat id, or ``None``.
    :param poster_contact: the line at the foot of its posters (``igubot qr``), e.g.
        ``"Jobcenter Aarhus · 89 40 20 00 · igu@aarhus.dk"``; empty: none.
    """

    emails: tuple[str, ...] = ()
    telegram_chat: int | None = None
    poster_contact: str = ""


@dataclass(frozen=True)
class StaffConfig:
    """Staff settings; build with :meth:`load`.

    :param routes: recipients per municipality code.
    :param default_emails: recipients of municipalities without a route.
    :param base_url: public URL of the server, without a trailing ``/``.
    :param digest_time: local time of the daily digest.
    :param digest_weekdays: ``0`` = Monday … ``6`` = Sunday.
    :param timezone: time zone of ``digest_time``.
    :param reminder_days: a ``new`` lead older than this is a reminder.
    :param email_personal_data: names, phones and e-mails in digest e-mails.
    :param followup_days: days until a Telegram lead is asked whether it was contacted.
    :param mail_from: the ``From:`` of staff e-mails.
    :param session_hours: lifetime of a staff session.
    :param smtp_url: ``smtp://`` or ``smtps://`` URL; empty: the demo (links go to the log).
    """

    routes: Mapping[str, Route] = field(default_factory=dict)
    default_emails: tuple[str, ...] = ()
    base_url: str = "http://127.0.0.1:8080"
    digest_time: dt.time = dt.time(8, 0)
    digest_weekdays: frozenset[int] = frozenset(range(5))
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Copenhagen"))
    reminder_days: int = 5
    email_personal_data: bool = False
    followup_days: int = 7
    mail_from: str = "igubot <noreply@localhost>"
    session_hours: int = 12
    smtp_url: Secret = field(default_factory=lambda: Secret(""))

    @property
    def secure_cookies(self) -> bool:
        """Whether cookies get ``Secure`` (the public URL is https)."""
        return self.base_url.startswith("https://")

    @property
    def local_links(self) -> bool:
        """Whether links point at this machine only (no public address set: the default
        ``http://HOST:PORT`` of ``igubot serve``, or a loopback ``base_url``)."""
        host = (urlsplit(self.base_url).hostname or "").lower()
        if host == "localhost" or host.endswith(".localhost"):
            return True
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return address.is_loopback or address.is_unspecified

    @property
    def demo(self) -> bool:
        """No SMTP server: sign-in links are logged instead of e-mailed."""
        return not self.smtp_url

    def route(self, municipality: str) -> Route:
        """The recipients of one municipality (its own route, else the default e-mails)."""
        own = self.routes.get(municipality)
        if own is not None and own.emails:
            return own
        if own is None:
            return Route(self.default_emails)
        return Route(self.default_emails, own.telegram_chat, own.poster_contact)

    @classmethod
    def load(cls, settings: Settings) -> StaffConfig:
        """Read the ``[staff]`` table of ``settings.config_file`` (if any) over the defaults.

        :raises ConfigError: for an unreadable file, an unknown key or a bad value, naming it.
        """
        table: dict[str, Any] = {}
        where = "[staff]"
        if settings.config_file is not None:
            where = f"{settings.config_file}: [staff]"
            table = _staff_table(settings)
        if "telegram_bot" in table:
            msg = (
                f"{where}: remove telegram_bot: the bot's username is read from Telegram "
                "(getMe) with TELEGRAM_TOKEN, so it cannot disagree with the token"
            )
            raise ConfigError(msg)
        unknown = sorted(set(table) - set(_KEYS))
        if unknown:
            known = "; ".join(f"{k} ({h})" for k, h in sorted(_KEYS.items()))
            msg = f"{where}: unknown key(s) {', '.join(unknown)}; known: {known}"
            raise ConfigError(msg)
        base_url = str(table.get("base_url") or settings.base_url or "").rstrip("/")
        if not base_url:
            base_url = f"http://{settings.host}:{settings.port}"
        return cls(
            routes=_routes(table.get("municipalities", {}), where),
            default_emails=_emails(table.get("default_emails", []), f"{where} default_emails"),
            base_url=_url(base_url, where),
            digest_time=_time(table.get("digest_time", "08:00"), where),
            digest_weekdays=_weekdays(table.get("digest_weekdays", list(WEEKDAYS[:5])), where),
            timezone=_zone(table.get("timezone", "Europe/Copenhagen"), where),
            reminder_days=_int(table, "reminder_days", 5, where),
            email_personal_data=_bool(table, "email_personal_data", where),
            followup_days=_int(table, "followup_days", 7, where),
            mail_from=str(table.get("mail_from") or _default_from(base_url)),
            session_hours=max(1, _int(table, "session_hours", 12, where)),
            smtp_url=settings.smtp_url,
        )


def _staff_table(settings: Settings) -> dict[str, Any]:
    path = settings.config_file
    assert path is not None
    return read_config_table(path, "staff")


def _routes(raw: object, where: str) -> dict[str, Route]:
    if not isinstance(raw, dict):
        msg = f'{where} municipalities: write one table per code, [staff.municipalities."751"]'
        raise ConfigError(msg)
    table = Municipalities.load()
    routes: dict[str, Route] = {}
    for code, entry in raw.items():
        known = table.by_code(str(code))
        if known is None or known.code != str(code):
            msg = f"{where} municipalities: {code!r} is not a municipality code such as '751'"
            raise ConfigError(msg)
        here = f'{where} municipalities."{code}"'
        if not isinstance(entry, dict) or set(entry) - _ROUTE_KEYS:
            msg = f"{here}: only the keys {', '.join(sorted(_ROUTE_KEYS))} are allowed"
            raise ConfigError(msg)
        chat = entry.get("telegram_chat")
        if chat is not None and (not isinstance(chat, int) or isinstance(chat, bool)):
            msg = f"{here}: telegram_chat is a chat id (a number such as -1001234567890)"
            raise ConfigError(msg)
        contact = entry.get("poster_contact", "")
        if not isinstance(contact, str) or len(contact) > 120 or "\n" in contact:
            msg = f"{here}: poster_contact is one line of text (at most 120 characters)"
            raise ConfigError(msg)
        routes[str(code)] = Route(
            _emails(entry.get("emails", []), f"{here} emails"), chat, contact.strip()
        )
    return routes


def _emails(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(e, str) for e in raw):
        msg = f'{where}: write a list of addresses, ["igu@example.org"]'
        raise ConfigError(msg)
    bad = [e for e in raw if not _EMAIL.fullmatch(e.strip())]
    if bad:
        msg = f"{where}: {bad[0]!r} is not an e-mail address"
        raise ConfigError(msg)
    return tuple(e.strip() for e in raw)


def _url(url: str, where: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        msg = f"{where} base_url: {url!r} is not an http(s) URL such as https://igubot.example"
        raise ConfigError(msg)
    return url


def _time(raw: object, where: str) -> dt.time:
    match = _TIME.fullmatch(str(raw))
    if not match:
        msg = f"{where} digest_time: {raw!r} is not a time such as '08:00'"
        raise ConfigError(msg)
    return dt.time(int(match[1]), int(match[2]))


def _weekdays(raw: object, where: str) -> frozenset[int]:
    if not isinstance(raw, list) or not raw or any(d not in WEEKDAYS for d in raw):
        msg = f"{where} digest_weekdays: write a list of {', '.join(WEEKDAYS)}"
        raise ConfigError(msg)
    return frozenset(WEEKDAYS.index(d) for d in raw)


def _zone(raw: object, where: str) -> ZoneInfo:
    try:
        return ZoneInfo(str(raw))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        msg = f"{where} timezone: {raw!r} is not a time zone such as 'Europe/Copenhagen'"
        raise ConfigError(msg) from exc


def _int(table: Mapping[str, Any], key: str, default: int, where: str) -> int:
    value = table.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        msg = f"{where} {key}: {value!r} is not a whole number of 0 or more"
        raise ConfigError(msg)
    return value


def _bool(table: Mapping[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        msg = f"{where} {key}: write true or false"
        raise ConfigError(msg)
    return value


def _default_from(base_url: str) -> str:
    host = urlsplit(base_url).hostname or "localhost"
    domain = host if "." in host and not host.replace(".", "").isdigit() else "localhost"
    return f"igubot <noreply@{domain}>"
