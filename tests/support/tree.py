"""Content trees for tests: the repository's root, a fixed clock, and a small clean tree."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

from bot.kernel.problems import Problem

#: The repository (its flows/, locales/ and facts.yaml are the bot's real content).
ROOT = Path(__file__).resolve().parent.parent.parent
FIXED_NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -c code`` in a fresh interpreter in the project's folder (what a command imports
    shows only in a process of its own); output as text, never raising on a failure."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def fixed_clock() -> dt.datetime:
    """A clock that always says the same time."""
    return FIXED_NOW


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` below ``root`` (text is dedented)."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


MINI_FACTS = """
review_days: 365
facts:
  age_max:
    value: 50
    source: "L 82 (2023-24) § 1 nr. 3"
    checked: 2026-11-22
"""

MINI_FLOWS = {
    "flows/language.yaml": """
        flow: language
        version: 1
        start: start
        steps:
          start:
            ask: language-choose
            input: {type: language}
            next: menu:start
        """,
    "flows/menu.yaml": """
        flow: menu
        version: 1
        start: start
        steps:
          start:
            ask: menu-ask
            choices:
              - {value: form, label: menu-form, next: form:name}
              - {value: human, label: menu-human, next: human:start}
        """,
    "flows/form.yaml": """
        flow: form
        version: 2
        start: name
        resume: name
        steps:
          name:
            ask: form-name-ask
            input: {type: text, max_length: 20}
            save: name
            next: age
          age:
            ask: form-age-ask
            input: {type: age}
            save: age
            branch:
              - {if: "age >= age_max", next: too_old}
            next: phone
          too_old:
            say: form-too-old
            next: menu:start
          phone:
            ask: form-phone-ask
            input: {type: phone}
            save: phone
            next: municipality
          municipality:
            ask: form-municipality-ask
            input: {type: municipality}
            save: municipality
            next: consent
          consent:
            ask: form-consent-ask
            consent: true
            sends: [name, phone, municipality]
            choices:
              - {value: "yes", label: common-yes, next: saved}
              - {value: "no", label: common-no, next: menu:start}
          saved:
            do: [save_lead]
            say: form-saved
            next: menu:start
        """,
    "flows/human.yaml": """
        flow: human
        version: 1
        start: start
        steps:
          start:
            say: human-start
            next: menu:start
        """,
    "flows/privacy.yaml": """
        flow: privacy
        version: 1
        start: forget
        steps:
          forget:
            ask: privacy-forget-ask
            choices:
              - {value: "yes", label: common-yes, next: gone}
              - {value: "no", label: common-no, next: menu:start}
          gone:
            do: [forget]
            say: privacy-gone
            end: true
        """,
}

MINI_FLOWS = {k: textwrap.dedent(v).lstrip("\n") for k, v in MINI_FLOWS.items()}

MINI_EN = """
    language-choose = Choose your language
    menu-ask = What do you want to do?
    menu-form = Form
    menu-human = A person
    form-name-ask = Your name?
    form-age-ask = Your age?
    # $age_max (Number) - upper age limit
    form-too-old = IGU is for people under { $age_max }.
    # $name (String) - the person's name
    form-phone-ask = Your phone, { $name }?
    form-municipality-ask = Your municipality?
    form-consent-ask = May we share this?
    # $municipality_name (String)
    form-saved = Saved for { $municipality_name }.
    human-start = A person will help.
    privacy-forget-ask = Delete everything?
    privacy-gone = Deleted.
    common-yes = Yes
    common-no = No
    common-error = Sorry, something went wrong.
    common-help = Type /menu for the menu.
    common-ended = Welcome back.
    common-resume = The bot was updated; let us go on.
    common-offer-human = Talk to a person
    common-old-button = That button is old.
    common-reask = Please answer the question above.
    common-use-text = Please write text.
    common-menu = Menu
    language-preset = Type /language to change.
    common-not-understood = I did not understand.
    common-did-you-mean = Did you mean?
    common-hello = Hello!
    common-welcome = You are welcome!
    common-ack = OK!
    error-empty = Please write something.
    # $max_length (Number)
    error-too-long = At most { $max_length } characters.
    error-number = Please write a number.
    # $minimum (Number) $maximum (Number)
    error-number-range = Between { $minimum } and { $maximum }.
    error-age = Please write your age as a number.
    error-phone = That phone number does not look right.
    error-email = That email does not look right.
    error-municipality = I do not know that municipality.
    error-latin = Please write it in Latin letters.
    error-choose = Please tap a button.
    common-review = Please check:
    # $label (String) $value (String)
    common-review-line = { $label }: { $value }
    common-review-ok = All correct
    common-review-change = Change an answer
    common-review-which = Which one?
    review-field-name = Name
    review-field-phone = Phone
    review-field-municipality = Municipality
"""


MINI_EN = textwrap.dedent(MINI_EN).lstrip("\n")


def mini_tree(root: Path, **overrides: str) -> Path:
    """A small, clean content tree; ``overrides`` replace files (keys use / in names)."""
    files = {**MINI_FLOWS, "facts.yaml": MINI_FACTS, "locales/en/main.ftl": MINI_EN}
    files.update({k.replace("__", "/"): v for k, v in overrides.items()})
    return write_tree(root, files)


def errors_of(problems: list[Problem]) -> list[str]:
    """Rendered error lines only."""
    return [p.render() for p in problems if p.level == "error"]
