"""Turns on a phone screen: what one step sends before the learner answers, in every locale.

A message of its own stays short (:data:`bot.check.messages.MAX_MESSAGE`), but a turn can
string several together: a step's ``say`` and ``ask``, and, when the step asks nothing, the
messages of the steps it moves on to, up to the next question. A turn longer than
:data:`MAX_TURN` characters is a wall of text on a phone: split it into steps ("Continue").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from bot.check.walk import at, resolve, steps
from bot.content import Content
from bot.engine.reading import message_ids
from bot.i18n import SOURCE_LOCALE
from bot.i18n.bidi import strip_marks
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem

__all__ = ["MAX_TURN", "TurnLength", "check_turns", "turn_lengths"]

#: Characters of text (bidi marks not counted) one turn may show before the learner answers.
MAX_TURN = 400
#: Steps followed without a question before the walk gives up (the engine's own limit is a
#: loop check: see :mod:`bot.check.targets`).
_MAX_DEPTH = 20


@dataclass(frozen=True)
class TurnLength:
    """The longest turn that entering one step can send, in one locale."""

    flow: str
    step: str
    lang: str
    length: int
    messages: tuple[str, ...]


def _paths(content: Content, flow: str, step_id: str, depth: int = 0) -> Iterator[list[str]]:
    """Every list of message ids a turn entering ``flow:step_id`` can send."""
    step = content.step(flow, step_id)
    if step is None or depth > _MAX_DEPTH:
        yield []
        return
    own = message_ids(step.say) + ([step.ask] if step.ask else [])
    if step.ask or step.end:
        yield own
        return
    targets = [b.next for b in step.branch or []] + ([step.next] if step.next else [])
    if not targets:
        yield own
        return
    for target in dict.fromkeys(targets):
        next_flow, next_step = resolve(flow, target)
        for rest in _paths(content, next_flow, next_step, depth + 1):
            yield own + rest


def turn_lengths(content: Content) -> Iterator[TurnLength]:
    """For every step and locale, the longest turn entering the step sends (in characters)."""
    cat = content.catalog
    facts: Mapping[str, object] = content.facts.variables()
    for doc, step_id, _step in steps(content):
        flow = doc.model.flow
        paths = [p for p in _paths(content, flow, step_id) if p]
        if not paths:
            continue
        for lang in cat.locales:
            if doc.model.locales is not None and lang not in doc.model.locales:
                continue
            best: TurnLength | None = None
            for path in paths:
                length = 0
                for msg_id in path:
                    names = cat.variables(msg_id, lang) | cat.variables(msg_id, SOURCE_LOCALE)
                    args = {**dict.fromkeys(names, "x"), **facts}
                    try:
                        length += len(strip_marks(cat.format(lang, msg_id, args)))
                    except LocaleError:
                        continue  # a strict catalog: the messages check reports this one
                if best is None or length > best.length:
                    best = TurnLength(flow, step_id, lang, length, tuple(path))
            if best is not None:
                yield best


def check_turns(content: Content) -> list[Problem]:
    """An error at each step whose turn is longer than :data:`MAX_TURN` in some locale."""
    docs = {doc.model.flow: doc for doc, _sid, _st in steps(content)}
    problems: list[Problem] = []
    for turn in turn_lengths(content):
        if turn.length <= MAX_TURN:
            continue
        problems.append(
            at(
                docs[turn.flow],
                ("steps", turn.step),
                "error",
                f"a turn entering '{turn.step}' shows {turn.length} characters in "
                f"'{turn.lang}' ({' + '.join(turn.messages)}); at most {MAX_TURN} fit a "
                "phone screen: split it into steps",
            )
        )
    return problems
