"""Each step on its own: known actions, distinct buttons within Telegram's limits."""

from __future__ import annotations

from collections.abc import Iterator

from bot.check.walk import Keys, at, steps
from bot.content import Content
from bot.engine.actions import ACTIONS
from bot.engine.callbacks import MAX_CALLBACK_BYTES, callback_data
from bot.kernel.problems import Problem

#: More buttons than this crowd a small phone's screen.
MAX_BUTTONS = 6


def check_steps(content: Content) -> Iterator[Problem]:
    """Actions exist; choices are distinct, fit Telegram's callback data and a phone's screen."""
    for doc, step_id, step in steps(content):
        base: Keys = ("steps", step_id)
        for i, name in enumerate(step.do or []):
            if name not in ACTIONS:
                known = ", ".join(sorted(ACTIONS))
                yield at(
                    doc, (*base, "do", i), "error", f"unknown action '{name}'; known: {known}"
                )
        values = [c.value for c in step.choices or []]
        for i, value in enumerate(values):
            if value in values[:i]:
                yield at(
                    doc, (*base, "choices", i, "value"), "error", f"duplicate choice '{value}'"
                )
            data = callback_data(doc.name, step_id, value)
            if len(data.encode()) > MAX_CALLBACK_BYTES:
                yield at(
                    doc,
                    (*base, "choices", i, "value"),
                    "error",
                    f"Telegram callback data '{data}' is over {MAX_CALLBACK_BYTES} bytes",
                )
        if len(values) > MAX_BUTTONS:
            yield at(
                doc,
                (*base, "choices"),
                "warning",
                f"{len(values)} buttons; keep to {MAX_BUTTONS} or fewer on a small phone",
            )
        if step.input is not None and step.input.type == "language" and step.save:
            yield at(
                doc,
                (*base, "save"),
                "warning",
                "a language input sets the language; 'save' is not needed",
            )
