"""``/metrics`` in the Prometheus text format: counts only, never personal data.

Only for whom it is meant: a request with ``Authorization: Bearer <IGUBOT_METRICS_TOKEN>``
when that token is set, else a client on the same machine (loopback) that came through no
proxy (no ``X-Forwarded-For`` or ``Forwarded``; behind a proxy we trust, the client the proxy
names must be on loopback).
"""

from __future__ import annotations

import hmac
import ipaddress

from bot.face.app import App
from bot.kernel.clientaddr import client_address
from bot.kernel.config import Settings


def allowed(settings: Settings, remote: str | None, headers: dict[str, str] | None = None) -> bool:
    """Whether a request may read ``/metrics``.

    :param remote: the socket peer's address.
    :param headers: the request's headers that matter (``Authorization``, ``X-Forwarded-For``,
        ``Forwarded``), names in any case.
    """
    given = {k.lower(): v for k, v in (headers or {}).items()}
    token = settings.metrics_token.reveal()
    if token:
        presented = given.get("authorization", "")
        return hmac.compare_digest(presented.encode(), f"Bearer {token}".encode())
    forwarded = given.get("x-forwarded-for")
    if settings.trust_proxy == 0 and (forwarded or "forwarded" in given):
        return False  # a proxy we were not told about passed it on: its client is unknown
    address = client_address(remote, forwarded, settings.trust_proxy)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped.is_loopback
    return ip.is_loopback


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def render(app: App, gauges: dict[str, dict[str, int]], reload_failures: int) -> str:
    """The exposition text for the engine's counters and the store's gauges."""
    counters = app.engine.counters
    lines = [
        "# HELP igubot_turns_total Conversation turns handled.",
        "# TYPE igubot_turns_total counter",
        f"igubot_turns_total {counters['turns']}",
        "# HELP igubot_turn_errors_total Turns that failed and were answered with an apology.",
        "# TYPE igubot_turn_errors_total counter",
        f"igubot_turn_errors_total {counters['errors']}",
        "# HELP igubot_duplicate_events_total Events dropped because they were handled before.",
        "# TYPE igubot_duplicate_events_total counter",
        f"igubot_duplicate_events_total {counters['duplicates']}",
        "# HELP igubot_reload_failures Content reloads refused since the last clean one.",
        "# TYPE igubot_reload_failures gauge",
        f"igubot_reload_failures {reload_failures}",
    ]
    described = {
        "leads": ("igubot_leads", "Leads stored, by kind."),
        "outbox_backlog": ("igubot_outbox_backlog", "Outbox rows not sent yet, by kind."),
        "sessions": ("igubot_sessions", "Stored conversations."),
    }
    for key, (name, help_text) in described.items():
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} gauge"]
        values = gauges.get(key, {})
        if key == "sessions":
            lines.append(f"{name} {values.get('all', 0)}")
            continue
        if not values:
            lines.append(f'{name}{{kind="none"}} 0')
        for kind, count in sorted(values.items()):
            lines.append(f'{name}{{kind="{_escape(kind)}"}} {count}')
    return "\n".join(lines) + "\n"
