"""Direction marks, so right-to-left text shows right to left in every channel.

A paragraph takes its direction from its first strong character (Unicode's bidi algorithm, rule
P2). An Arabic message that begins with "IGU" or "/start" is laid out left to right by Telegram
and by a web page's ``dir=auto`` ("IGU چیست؟" reads as "What is? IGU"). So every line of a
right-to-left text that does not begin with a right-to-left letter gets a RIGHT-TO-LEFT MARK,
and every ``/command`` is isolated as a left-to-right run (LRI … PDI), so it is shown as
``/forget`` and not ``forget/``. Fluent's own isolation stays off (it would put marks inside
URLs and commands made of placeables); this is the one place that adds marks.

What people type back may carry these marks (a copied command): :func:`strip_marks` takes them
out before anything reads the text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "FSI",
    "LRI",
    "PDI",
    "RLM",
    "direction_problems",
    "isolate",
    "mark_direction",
    "needs_mark",
    "starts_rtl",
    "strip_marks",
]

RLM = "\u200f"
LRI = "\u2066"
FSI = "\u2068"
PDI = "\u2069"
#: A command as a word of its own ("/forget", "/start@igubot"): at the start or after a space
#: or an opening quote or bracket, so a URL's path or an HTML closing tag is no command.
_COMMAND = re.compile(r"(?<![^\s(\[«\"'“„])/[A-Za-z][A-Za-z0-9_]*(?:@\w+)?(?![\w>/])")
_RTL_CLASSES = frozenset({"R", "AL"})
#: Anything that reads as a command where a person sees it: a "/" not inside a word, a path or a
#: URL, then letters. Used to check that every command is isolated, whatever wrote the text.
_COMMAND_LIKE = re.compile(r"(?<![\w/<>.:\-])/[A-Za-z][A-Za-z0-9_]*(?:@\w+)?(?![\w>/])")
#: Every bidi control: marks (LRM RLM ALM), embeddings and overrides, isolates.
_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def needs_mark(line: str) -> bool:
    """Whether a line of right-to-left text must start with a mark: it does not begin (after
    spaces) with a right-to-left letter."""
    for char in line:
        if char.isspace():
            continue
        return unicodedata.bidirectional(char) not in _RTL_CLASSES
    return False  # an empty line has no direction to get wrong


def mark_direction(text: str, direction: str) -> str:
    """``text`` with the marks a ``direction`` (``"rtl"`` or ``"ltr"``) text needs.

    Left-to-right text is returned as it is.
    """
    if direction != "rtl":
        return text
    if "/" in text:
        text = _COMMAND.sub(lambda m: f"{LRI}{m.group(0)}{PDI}", text)
    return "\n".join(RLM + line if needs_mark(line) else line for line in text.split("\n"))


def isolate(text: str, *, ltr: bool = False) -> str:
    """``text`` (a value a person typed: a name, an e-mail address) as an isolated run on each
    line, so it shows in its own direction inside a message of either direction: an Arabic name
    in an English sentence, a Latin one in an Arabic sentence, and the sentence around it stays
    as it is. The run takes the direction of its first strong letter (FIRST STRONG ISOLATE),
    or is left to right with ``ltr`` (a phone number, an e-mail address: "+45 …" must not turn
    into "… 45+" in a right-to-left line).
    """
    start = LRI if ltr else FSI
    return "\n".join(f"{start}{line}{PDI}" if line else line for line in text.split("\n"))


def starts_rtl(line: str) -> bool | None:
    """Whether a paragraph is laid out right to left by the first-strong rule (Unicode's P2,
    which skips isolated runs): ``True`` for R/AL, ``False`` for L, ``None`` without any."""
    depth = 0
    for char in line:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in _RTL_CLASSES:
                return True
            if kind == "L":
                return False
    return None


def direction_problems(text: str) -> list[str]:
    """What would show wrong in a right-to-left text: a paragraph (line) laid out left to right,
    or a ``/command`` not isolated as a left-to-right run (shown as ``forget/``).

    :param text: a text as a channel sends it (marks included).
    :returns: one description per problem; empty when the text shows right.
    """
    found = [
        f"line starts left to right: {line[:40]!r}"
        for line in text.split("\n")
        if starts_rtl(line) is False
    ]
    for match in _COMMAND_LIKE.finditer(text):
        before, after = text[: match.start()], text[match.end() :]
        if not before.endswith(LRI) or not after.startswith(PDI):
            found.append(f"command not isolated: {match.group(0)}")
    return found


def strip_marks(text: str) -> str:
    """``text`` without any bidi control (what a person typed or copied)."""
    return _MARKS.sub("", text)
