"""What a real deployment still lacks: the privacy controller, public URL, sender, recipients,
the Telegram bot's name, and the posters' contact line.

Each check is a function of a :class:`Deployment` that yields :class:`Finding` values; a new
check is one more function in :data:`READINESS_CHECKS`. ``igubot doctor`` prints them all and
``igubot serve`` logs the ones that are not ok as warnings when it starts. The checks read the
configuration and the database only: nothing here talks to a network.
"""

from __future__ import annotations

import ipaddress
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from bot.kernel.config import Settings
from bot.staff.config import StaffConfig

#: Domains that never reach a real mailbox or a public server (RFC 2606, RFC 6761).
_RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local", ".internal")
_RESERVED_DOMAINS = frozenset({"localhost", "example.com", "example.org", "example.net"})


@dataclass(frozen=True)
class Finding:
    """One check: ``ok``, what was checked, and what to do when it is not ok.

    :param warning: not ok, but the bot works without it (``igubot doctor`` still exits 0):
        e.g. a poster without its contact line.
    """

    ok: bool
    what: str
    fix: str = ""
    warning: bool = False

    @property
    def blocking(self) -> bool:
        """Not ok, and a real deployment needs it."""
        return not self.ok and not self.warning

    def render(self) -> str:
        """``ok   what``, ``FIX  what: fix`` or ``WARN what: fix``."""
        if self.ok:
            return f"ok   {self.what}"
        return f"{'WARN' if self.warning else 'FIX '} {self.what}: {self.fix}"


@dataclass(frozen=True)
class Deployment:
    """What the readiness checks look at.

    :param settings: the resolved settings.
    :param staff: the ``[staff]`` table.
    :param municipalities_in_use: codes that have leads, or conversations started from one of
        their posters (``m751``), in the database.
    """

    settings: Settings
    staff: StaffConfig
    municipalities_in_use: frozenset[str]

    @classmethod
    def load(cls, settings: Settings, staff: StaffConfig | None = None) -> Deployment:
        """Read the staff table (unless given) and the municipalities in use from the database.

        :raises ConfigError: for a bad ``[staff]`` table.
        """
        return cls(
            settings,
            staff if staff is not None else StaffConfig.load(settings),
            municipalities_in_use(settings.database),
        )


def municipalities_in_use(database: Path) -> frozenset[str]:
    """Municipality codes with leads or poster-started conversations (empty without a database)."""
    if not database.is_file():
        return frozenset()
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            leads = conn.execute("SELECT DISTINCT municipality FROM leads").fetchall()
            hints = conn.execute(
                "SELECT DISTINCT json_extract(vars, '$.hint_municipality') FROM sessions"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return frozenset()  # an unreadable database is check_data_dir's finding
    return frozenset(str(code) for (code,) in [*leads, *hints] if code)


def is_placeholder_host(host: str) -> bool:
    """Whether ``host`` is loopback, a bare address or a reserved name no one can reach."""
    host = host.lower().rstrip(".")
    if not host or host in _RESERVED_DOMAINS or host.endswith(_RESERVED_SUFFIXES):
        return True
    if any(host.endswith(f".{domain}") for domain in _RESERVED_DOMAINS):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return "." not in host  # a single label: a machine name, not a public one
    return True


def is_placeholder_url(url: str) -> bool:
    """Whether ``url``'s host is one :func:`is_placeholder_host` names (e.g. 127.0.0.1)."""
    return is_placeholder_host(urlsplit(url).hostname or "")


def check_privacy(d: Deployment) -> Iterator[Finding]:
    """The privacy notice can name who is responsible for the data and how to reach them."""
    settings = d.settings
    missing = [
        name
        for name, value in (
            ("controller", settings.privacy_controller),
            ("contact", settings.privacy_contact),
        )
        if not value
    ]
    if missing:
        yield Finding(
            False,
            f"[privacy] {' and '.join(missing)}",
            "not set: the privacy notice cannot name who is responsible for the data; set "
            "[privacy] controller (the operator or municipality) and contact in the config "
            "file, or IGUBOT_PRIVACY_CONTROLLER and IGUBOT_PRIVACY_CONTACT "
            "(docs/configuration.md)",
        )
    else:
        yield Finding(True, f"privacy notice names {settings.privacy_controller}")


def check_base_url(d: Deployment) -> Iterator[Finding]:
    """Posters, sign-in links and digests carry a public https address."""
    url = d.staff.base_url
    if is_placeholder_url(url):
        yield Finding(
            False,
            f"public address {url}",
            "posters and e-mails would carry it; set IGUBOT_BASE_URL (or [staff] base_url) "
            "to the https address people reach the bot at, e.g. https://igu.aarhus.dk",
        )
    elif not url.startswith("https://"):
        yield Finding(False, f"public address {url}", "use https:// (staff sign-in cookies)")
    else:
        yield Finding(True, f"public address {url}")


def check_sender(d: Deployment) -> Iterator[Finding]:
    """Staff e-mails come from an address of a real domain."""
    sender = d.staff.mail_from
    domain = sender.rsplit("@", 1)[-1].strip(" >")
    if is_placeholder_host(domain):
        yield Finding(
            False,
            f"sender {sender}",
            "set [staff] mail_from to an address your SMTP server may send from, "
            'e.g. "igubot <igu@aarhus.dk>"',
        )
    else:
        yield Finding(True, f"sender {sender}")


def check_recipients(d: Deployment) -> Iterator[Finding]:
    """Every municipality in use (and the default) has recipients of a real domain."""
    defaults = [e for e in d.staff.default_emails if not _placeholder_address(e)]
    if not d.staff.default_emails and not d.staff.routes:
        yield Finding(
            False,
            "recipients",
            "no one receives leads: set [staff] default_emails and/or "
            '[staff.municipalities."751"] emails',
        )
    elif d.staff.default_emails and not defaults:
        yield Finding(
            False,
            f"default recipients {', '.join(d.staff.default_emails)}",
            "example addresses: set [staff] default_emails to real ones (or remove them)",
        )
    codes = sorted({*d.municipalities_in_use, *d.staff.routes})
    for code in codes:
        emails = d.staff.route(code).emails
        real = [e for e in emails if not _placeholder_address(e)]
        if real:
            yield Finding(True, f"recipients of municipality {code}: {', '.join(real)}")
        else:
            who = "only example addresses receive" if emails else "no one receives"
            used = (
                "it has leads or poster visitors, but" if code in d.municipalities_in_use else ""
            )
            yield Finding(
                False,
                f"recipients of municipality {code}",
                f'{used} {who} them: set [staff.municipalities."{code}"] emails'.strip(),
            )


def check_telegram_name(d: Deployment) -> Iterator[Finding]:
    """Posters can link the bot on Telegram (its name is read from Telegram, not configured)."""
    if not d.settings.telegram_token:
        yield Finding(
            False,
            "Telegram bot",
            "posters link a bot on Telegram: set TELEGRAM_TOKEN (from @BotFather); "
            "its username is read from Telegram",
        )
    # With a token, igubot doctor asks Telegram for the name (getMe): bot/face/botname.py.


def check_poster_contact(d: Deployment) -> Iterator[Finding]:
    """Each configured or used municipality's posters end in how to reach its jobcentre.

    A warning only: ``igubot qr`` prints a poster without the line (and says so).
    """
    for code in sorted({*d.municipalities_in_use, *d.staff.routes}):
        contact = d.staff.route(code).poster_contact
        if contact:
            yield Finding(True, f"poster contact line of municipality {code}: {contact}")
        else:
            yield Finding(
                False,
                f"poster contact line of municipality {code}",
                "its posters (igubot qr) end without one: set "
                f'[staff.municipalities."{code}"] poster_contact = '
                '"Jobcenter … · phone · e-mail"',
                warning=True,
            )


def _placeholder_address(email: str) -> bool:
    return is_placeholder_host(email.rsplit("@", 1)[-1].strip(" >"))


#: The readiness checks in the order an operator would fix them; add a check here.
READINESS_CHECKS: tuple[Callable[[Deployment], Iterator[Finding]], ...] = (
    check_privacy,
    check_base_url,
    check_sender,
    check_recipients,
    check_telegram_name,
    check_poster_contact,
)


def readiness(d: Deployment) -> list[Finding]:
    """Every readiness finding for ``d``."""
    return [finding for check in READINESS_CHECKS for finding in check(d)]
