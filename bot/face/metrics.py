"""``/metrics`` in the Prometheus text format: counts only, never personal data."""

from __future__ import annotations

from bot.face.app import App


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
