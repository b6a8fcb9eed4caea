"""Settings: read once from the environment and an optional TOML file into a frozen object."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.kernel.errors import ConfigError


class Secret(str):
    """A string whose ``repr`` and ``str`` never show the value (use :meth:`reveal`)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secret('********')" if self else "Secret('')"

    def __str__(self) -> str:
        return "********" if self else ""

    def reveal(self) -> str:
        """The real value, for the one place that needs it."""
        return str.__str__(self)


@dataclass(frozen=True)
class Setting:
    """One row of the settings table: name, environment variable, default, help."""

    name: str
    env: str | None
    default: Any
    help: str
    secret: bool = False


#: Every setting (the configuration reference is generated from this table).
SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "IGUBOT_DATA_DIR", "data", "Folder for the SQLite database."),
    Setting(
        "content_dir", "IGUBOT_CONTENT_DIR", ".", "Folder holding flows/, locales/, facts.yaml."
    ),
    Setting(
        "cache_dir",
        "IGUBOT_CACHE_DIR",
        "",
        "Folder for caches (parsed .ftl files, the content checks' and the examples' "
        "results): empty is `$XDG_CACHE_HOME/igubot` or `~/.cache/igubot`; `off`: no cache.",
    ),
    Setting("host", "IGUBOT_HOST", "127.0.0.1", "Address `igubot serve` listens on."),
    Setting("port", "IGUBOT_PORT", 8080, "Port `igubot serve` listens on."),
    Setting("base_url", "IGUBOT_BASE_URL", "", "Public https URL (enables the Telegram webhook)."),
    Setting("telegram_token", "TELEGRAM_TOKEN", "", "Bot token from @BotFather.", secret=True),
    Setting("telegram_api_base", "TELEGRAM_API_BASE", "", "Another Bot API server (tests)."),
    Setting(
        "smtp_url", "IGUBOT_SMTP_URL", "", "smtp://user:pass@host:587 for email.", secret=True
    ),
    Setting("max_body_bytes", "IGUBOT_MAX_BODY_BYTES", 8192, "Largest chat request accepted."),
    Setting(
        "cors_origins",
        "IGUBOT_CORS_ORIGINS",
        (),
        "Origins (comma-separated) whose pages may call /api/v1/chat; none = same-origin only.",
    ),
    Setting(
        "frame_ancestors",
        "IGUBOT_FRAME_ANCESTORS",
        (),
        "Sites (comma-separated CSP sources) that may show the chat in an iframe (widget.js)"
        " besides the bot's own origin.",
    ),
    Setting(
        "chat_rate_per_ip",
        "IGUBOT_CHAT_RATE_PER_IP",
        600,
        "Chat turns per minute from one client address, all its conversations together"
        " (0 = no limit); a class or a centre on one Wi-Fi shares one address.",
    ),
    Setting(
        "chat_rate_per_session",
        "IGUBOT_CHAT_RATE_PER_SESSION",
        30,
        "Chat turns per minute in one conversation (0 = no limit).",
    ),
    Setting(
        "trust_proxy",
        "IGUBOT_TRUST_PROXY",
        0,
        "Reverse proxies in front of the bot (0 = none): the client address is then read from"
        " X-Forwarded-For, that many entries from the right.",
    ),
    Setting(
        "read_timeout",
        "IGUBOT_READ_TIMEOUT",
        10,
        "Seconds a client has to send a request's headers, and again its body; a slower"
        " connection is closed (408 for a body).",
    ),
    Setting(
        "max_connections_per_address",
        "IGUBOT_MAX_CONNECTIONS_PER_ADDRESS",
        200,
        "Open connections allowed from one socket address (0 = no cap; not applied to the"
        " proxy's address when trust_proxy is set).",
    ),
    Setting(
        "metrics_token",
        "IGUBOT_METRICS_TOKEN",
        "",
        "Bearer token that opens /metrics from anywhere; without it /metrics answers only"
        " loopback clients.",
        secret=True,
    ),
    Setting(
        "campaigns",
        "IGUBOT_CAMPAIGNS",
        (),
        "Campaign names (comma-separated) that deep links may record; none = any well-formed"
        " name, up to 100 different ones.",
    ),
)

#: The ``[privacy]`` table: who is responsible for the data. The privacy notice shows them as
#: the Fluent variables ``$controller`` and ``$controller_contact``.
PRIVACY_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "controller",
        "IGUBOT_PRIVACY_CONTROLLER",
        "",
        "Who is responsible for the data (the data controller): the operator or municipality"
        " running this bot, e.g. `Aarhus Kommune, Jobcenter Aarhus`. Shown in the privacy notice;"
        " `igubot doctor` asks for it.",
    ),
    Setting(
        "contact",
        "IGUBOT_PRIVACY_CONTACT",
        "",
        "Where a person asks to see, correct or delete their data: an e-mail address, phone"
        " number or web page of the controller. Shown in the privacy notice.",
    ),
)

#: A browser origin: scheme, host and optional port, nothing else.
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
#: A campaign name, as a deep link's start parameter carries it.
_CAMPAIGN = re.compile(r"^[A-Za-z0-9_-]{1,59}$")
#: A CSP host source for frame-ancestors (wildcard sub-domain and port allowed).
_FRAME_SOURCE = re.compile(r"^(https?://(\*\.)?[A-Za-z0-9.-]+(:([0-9]{1,5}|\*))?|'self'|'none')$")


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build with :meth:`load`."""

    data_dir: Path = Path("data")
    content_dir: Path = Path()
    #: ``None``: no cache.
    cache_dir: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8080
    base_url: str = ""
    telegram_token: Secret = field(default_factory=lambda: Secret(""))
    telegram_api_base: str = ""
    smtp_url: Secret = field(default_factory=lambda: Secret(""))
    max_body_bytes: int = 8192
    cors_origins: tuple[str, ...] = ()
    frame_ancestors: tuple[str, ...] = ()
    chat_rate_per_ip: int = 600
    chat_rate_per_session: int = 30
    trust_proxy: int = 0
    read_timeout: float = 10.0
    max_connections_per_address: int = 200
    metrics_token: Secret = field(default_factory=lambda: Secret(""))
    campaigns: tuple[str, ...] = ()
    #: ``[privacy] controller``: empty until the operator names it.
    privacy_controller: str = ""
    #: ``[privacy] contact``.
    privacy_contact: str = ""
    config_file: Path | None = None

    @property
    def database(self) -> Path:
        """The SQLite file."""
        return self.data_dir / "igubot.sqlite3"

    @classmethod
    def load(
        cls,
        config_file: Path | None = None,
        environ: Mapping[str, str] | None = None,
        **overrides: Any,
    ) -> Settings:
        """Defaults, then the TOML file (``[igubot]`` table), then the environment, then overrides.

        :raises ConfigError: for an unreadable file, an unknown key or a value of the wrong type.
        """
        env = os.environ if environ is None else environ
        config_file = config_file or (
            Path(env["IGUBOT_CONFIG"]) if env.get("IGUBOT_CONFIG") else None
        )
        values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        if config_file is not None:
            values.update(_read_toml(config_file))
        for s in SETTINGS:
            if s.env and env.get(s.env):
                values[s.name] = env[s.env]
        privacy: dict[str, Any] = {s.name: s.default for s in PRIVACY_SETTINGS}
        if config_file is not None:
            privacy.update(_read_privacy(config_file))
        for s in PRIVACY_SETTINGS:
            if s.env and env.get(s.env):
                privacy[s.name] = env[s.env]
        values.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls(
                data_dir=Path(values["data_dir"]),
                content_dir=Path(values["content_dir"]),
                cache_dir=_cache_dir(values["cache_dir"], env),
                host=str(values["host"]),
                port=_int(values["port"], "port", config_file),
                base_url=str(values["base_url"]).rstrip("/"),
                telegram_token=Secret(values["telegram_token"]),
                telegram_api_base=str(values["telegram_api_base"]).rstrip("/"),
                smtp_url=Secret(values["smtp_url"]),
                max_body_bytes=_int(values["max_body_bytes"], "max_body_bytes", config_file),
                cors_origins=_list(values["cors_origins"], _ORIGIN, "cors_origins"),
                frame_ancestors=_list(values["frame_ancestors"], _FRAME_SOURCE, "frame_ancestors"),
                chat_rate_per_ip=_count(values["chat_rate_per_ip"], "chat_rate_per_ip"),
                chat_rate_per_session=_count(
                    values["chat_rate_per_session"], "chat_rate_per_session"
                ),
                trust_proxy=_count(values["trust_proxy"], "trust_proxy"),
                read_timeout=_seconds(values["read_timeout"], "read_timeout"),
                max_connections_per_address=_count(
                    values["max_connections_per_address"], "max_connections_per_address"
                ),
                metrics_token=Secret(values["metrics_token"]),
                campaigns=_list(
                    values["campaigns"], _CAMPAIGN, "campaigns", "1-59 letters, digits, _ or -"
                ),
                privacy_controller=_line(privacy["controller"], "[privacy] controller"),
                privacy_contact=_line(privacy["contact"], "[privacy] contact"),
                config_file=config_file,
            )
        except (TypeError, ValueError) as exc:
            msg = f"invalid setting: {exc}"
            raise ConfigError(msg) from exc


def _cache_dir(value: Any, env: Mapping[str, str]) -> Path | None:
    """The cache folder: as given, ``off`` for none, or the user's cache folder (XDG)."""
    given = str(value).strip()
    if given.lower() == "off":
        return None
    if given:
        return Path(given)
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]) / "igubot"
    if env.get("HOME"):
        return Path(env["HOME"]) / ".cache" / "igubot"
    return None  # no home (a bare environment, such as the tests'): no cache


def _list(
    value: Any,
    pattern: re.Pattern[str],
    name: str,
    what: str = "an origin such as https://example.org",
) -> tuple[str, ...]:
    """A list setting: a TOML array or a comma-separated string, each item matching ``pattern``."""
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple):
        raise TypeError(f"{name} must be a list or a comma-separated string")
    out = tuple(str(item).strip().rstrip("/") for item in items if str(item).strip())
    for item in out:
        if not pattern.match(item):
            raise ValueError(f"{name}: {item!r} is not {what}")
    return out


def _line(value: Any, name: str) -> str:
    """One line of text a person reads (a name, an address): at most 120 characters."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be text, not {value!r}")
    text = " ".join(value.split())
    if len(text) > 120:
        raise ValueError(f"{name} has {len(text)} characters; at most 120 fit the notice")
    return text


def _count(value: Any, name: str) -> int:
    """A non-negative whole number (``true``/``false`` are 1/0, for ``trust_proxy``)."""
    if isinstance(value, str) and value.strip().lower() in {
        "true",
        "yes",
        "on",
        "false",
        "no",
        "off",
    }:
        value = value.strip().lower() in {"true", "yes", "on"}
    number = int(value)
    if number < 0:
        raise ValueError(f"{name} must be 0 or more, not {number}")
    return number


def _seconds(value: Any, name: str) -> float:
    """A positive number of seconds."""
    number = float(value)
    if not number > 0:
        raise ValueError(f"{name} must be more than 0 seconds, not {value!r}")
    return number


def _int(value: Any, name: str, source: Path | None) -> int:
    """A whole number, or a ConfigError naming the setting (and the file it may come from)."""
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        where = f"{source}: " if source else ""
        msg = f"{where}setting '{name}' must be a whole number, not {value!r}"
        raise ConfigError(msg) from exc


def read_config_table(path: Path, name: str) -> dict[str, Any]:
    """The table ``[name]`` of the TOML config file (empty when absent).

    :raises ConfigError: for an unreadable file, text that is not UTF-8, bad TOML, or a
        ``name`` that is not a table; the message starts with the file's path.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        msg = f"{path}: cannot read config file: {exc.strerror}"
        raise ConfigError(msg) from exc
    except UnicodeDecodeError as exc:
        msg = f"{path}: not UTF-8 text (byte {exc.start}): save the file as UTF-8"
        raise ConfigError(msg) from exc
    except tomllib.TOMLDecodeError as exc:
        msg = f"{path}: {exc}"
        raise ConfigError(msg) from exc
    table = data.get(name, {})
    if not isinstance(table, dict):
        msg = f"{path}: [{name}] must be a table"
        raise ConfigError(msg)
    return table


def _read_toml(path: Path) -> dict[str, Any]:
    table = read_config_table(path, "igubot")
    known = {s.name for s in SETTINGS if not s.secret}
    unknown = sorted(set(table) - known)
    if unknown:
        msg = f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
        raise ConfigError(msg)
    return dict(table)


def _read_privacy(path: Path) -> dict[str, Any]:
    table = read_config_table(path, "privacy")
    known = {s.name for s in PRIVACY_SETTINGS}
    unknown = sorted(set(table) - known)
    if unknown:
        msg = (
            f"{path}: unknown setting(s) in [privacy]: {', '.join(unknown)}; "
            f"known: {', '.join(sorted(known))}"
        )
        raise ConfigError(msg)
    return dict(table)
