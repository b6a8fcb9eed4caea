"""The configuration reference (docs/configuration.md), generated from the settings table."""

from __future__ import annotations

from bot.kernel.config import PRIVACY_SETTINGS, SETTINGS, Setting

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

PRIVACY = """
## Privacy notice: `[privacy]`

Who is responsible for the data the bot keeps and sends (the data controller under the GDPR), and
how a person reaches them to see, correct or delete their data. The privacy notice (`/privacy`)
shows them in every language as the Fluent variables `$controller` and `$controller_contact`;
until they are set it says that the organisation running the chat has not named itself yet, and
`igubot doctor` asks for them. Set them in the TOML file (table `[privacy]`, key = the name below)
or by the environment variable:

```toml
[privacy]
controller = "Aarhus Kommune, Jobcenter Aarhus"
contact = "igu@aarhus.example"
```

| name | environment | default | what |
|---|---|---|---|
"""

FOOTER = """
Not in the tables, because they are content rather than settings: how long data is kept is
stated in the privacy notice and applied by `igubot purge` from the facts in `facts.yaml`: a lead
`lead_retention_months` after its case is closed (the consent text promises it), a conversation
after `chat_idle_days` without a message, and a typed message the bot could not place
(`igubot questions`) after `unplaced_message_days`.
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
    privacy = [f"| `{s.name}` | `{s.env}` | {_default(s)} | {s.help} |" for s in PRIVACY_SETTINGS]
    return HEADER + "\n".join(rows) + "\n" + PRIVACY + "\n".join(privacy) + "\n" + FOOTER
