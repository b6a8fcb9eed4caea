"""The configuration reference (docs/configuration.md), generated from the settings table."""

from __future__ import annotations

from bot.kernel.config import SETTINGS, Setting

HEADER = """# Configuration reference

Generated from the settings table in `bot/kernel/config.py` by `igubot config-reference`; a test
keeps this file in step with the code, so edit the table, not this page.

Every setting has a default. It can be set in the TOML file given by `--config FILE` or
`IGUBOT_CONFIG` (table `[igubot]`, key = the name below), and by its environment variable, which
wins over the file. **Secrets** are read from the environment only, never from the file, and are
never printed or logged. The staff side has its own table `[staff]`: see [staff.md](staff.md).

| name | environment | default | what |
|---|---|---|---|
"""

FOOTER = """
Not in the table, because they are content rather than settings: how long leads are kept after
a case is closed is the fact `lead_retention_months` in `facts.yaml` (the consent text promises
it, and `igubot purge` applies it); idle conversations are deleted after 30 days, and typed
messages the bot could not place (`igubot questions`) after 30 days.
"""


def _default(setting: Setting) -> str:
    value = setting.default
    if isinstance(value, tuple):
        return "(none)" if not value else ", ".join(map(str, value))
    if value == "":
        return "(empty)"
    return f"`{value}`"


def reference() -> str:
    """The whole Markdown page."""
    rows = []
    for s in SETTINGS:
        what = s.help + (" **Secret.**" if s.secret else "")
        name = "(environment only)" if s.secret else f"`{s.name}`"
        rows.append(f"| {name} | `{s.env}` | {_default(s)} | {what} |")
    return HEADER + "\n".join(rows) + "\n" + FOOTER
