"""The bot in a terminal: numbered buttons; one line per turn when stdin is not a terminal."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TextIO

from bot.engine import Engine, Inbound, Reply

PROMPT = "> "


def render(reply: Reply) -> str:
    """Plain text of a reply: each message, then its buttons numbered from 1."""
    lines: list[str] = []
    number = 0  # numbered across the whole reply, as :meth:`ConsoleChannel.send` counts them
    for message in reply.messages:
        lines.append(message.text)
        for choice in message.choices:
            number += 1
            lines.append(f"  {number}) {choice.label}")
    return "\n".join(lines)


class ConsoleChannel:
    """Feeds lines to the engine and renders replies as text.

    :param engine: the engine (synchronous use: one turn at a time).
    :param user_key: the conversation key; a new one per run unless given.
    """

    def __init__(self, engine: Engine, user_key: str | None = None) -> None:
        self.engine = engine
        self.user_key = user_key or f"console:{uuid.uuid4().hex}"
        self.last: Reply | None = None

    def send(
        self,
        line: str | None = None,
        *,
        choice: str | None = None,
        start: str | None = None,
        lang: str | None = None,
    ) -> Reply:
        """One turn: a typed line (a button's number picks that button), a choice or a start."""
        text = line
        if line is not None and self.last is not None and _button_number(line):
            buttons = [c for m in self.last.messages for c in m.choices]
            index = int(line.strip()) - 1
            if 0 <= index < len(buttons):
                choice, text = buttons[index].value, None
        inbound = Inbound(
            self.user_key, "console", text=text, choice=choice, start=start, lang_hint=lang
        )
        reply = self.engine.handle(inbound).reply
        self.last = reply
        return reply

    def run(
        self,
        stdin: TextIO,
        write: Callable[[str], None],
        *,
        lang: str | None = None,
        interactive: bool = False,
    ) -> None:
        """Start the conversation, then answer each line of ``stdin`` until it ends."""
        reply = self.send(start="", lang=lang)
        if lang and any(c.value == lang for m in reply.messages for c in m.choices):
            reply = self.send(choice=lang, lang=lang)  # a preview: skip the language picker
        write(render(reply))
        while True:
            if interactive:
                write(PROMPT)
            line = stdin.readline()
            if not line:
                return
            line = line.rstrip("\n")
            if not line.strip():
                continue
            write(render(self.send(line, lang=lang)))


def _button_number(line: str) -> bool:
    """A short run of decimal digits (int() refuses "²" and very long digit strings)."""
    text = line.strip()
    return text.isdecimal() and len(text) <= 3
