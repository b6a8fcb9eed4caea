"""Turns on a phone screen: what one step sends before the learner answers, in every locale.

A message of its own stays short (:data:`bot.check.messages.MAX_MESSAGE`), but a turn can
string several together: a step's ``say`` and ``ask``, and, when the step asks nothing, the
messages of the steps it moves on to, up to the next question. A turn longer than
:data:`~bot.engine.words.MAX_TURN` characters is a wall of text on a phone: split it into steps
("Continue"). Turns the engine puts together are measured too: its own words (help, "not
understood", a reason an answer is not taken, "the chat was updated") before a question or a
step; the engine asks briefly (:data:`~bot.engine.words.REASK_MESSAGE`) when a question after its
own words would not fit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from bot.check.messages import ENGINE_MESSAGES
from bot.check.samples import SAMPLE_VARIABLES
from bot.check.walk import at, resolve, steps
from bot.content import Content
from bot.engine.reading import message_ids
from bot.engine.words import (
    GLOBAL_TARGETS,
    LANGUAGE_PRESET,
    MAX_TURN,
    REASK_MESSAGE,
    SMALL_TALK,
)
from bot.flows.schema import StepModel
from bot.i18n import SOURCE_LOCALE
from bot.i18n.bidi import strip_marks
from bot.kernel.errors import LocaleError
from bot.kernel.problems import Problem

__all__ = ["MAX_TURN", "TurnLength", "check_turns", "turn_lengths"]

#: The bot's own words after which it asks the waiting question again (besides small talk and
#: the reasons an answer is not taken).
_REASK_AFTER = ("common-help", "common-not-understood", "common-old-button", "common-error")
#: Steps followed without a question before the walk gives up (the engine's own limit is a
#: loop check: see :mod:`bot.check.targets`).
_MAX_DEPTH = 20


@dataclass(frozen=True)
class TurnLength:
    """The longest turn a step can be part of, in one locale.

    :param kind: ``entering`` (the step is entered: its messages and those of the steps it
        moves on to) or ``asking again`` (the bot's own words, then the question again).
    """

    flow: str
    step: str
    lang: str
    length: int
    messages: tuple[str, ...]
    kind: str = "entering"


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


def _said_before(content: Content) -> dict[tuple[str, str], list[str]]:
    """What the engine says before entering a step on its own (``common-resume`` before the
    step a conversation resumes at, and so on): ``{(flow, step): [message ids]}``."""
    before: dict[tuple[str, str], list[str]] = {}
    for doc in content.flows.values():
        resume = doc.model.resume or doc.model.start
        before.setdefault((doc.model.flow, resume), []).append("common-resume")
    for msg_id, target in (
        ("common-ended", GLOBAL_TARGETS["menu"]),
        (LANGUAGE_PRESET, GLOBAL_TARGETS["start"]),
    ):
        flow, _sep, step = target.rpartition(":")
        before.setdefault((flow, step), []).append(msg_id)
    return before


def _asked_again_after(step: StepModel) -> list[str]:
    """The engine's own messages that can come before a step's question is asked again."""
    said = [*_REASK_AFTER, *SMALL_TALK.values()]
    if step.input is not None:
        said += [m for m in ENGINE_MESSAGES if m.startswith("error-")]
    elif step.choices:
        said.append("error-choose")
    return said


class _Lengths:
    """Rendered lengths of messages (bidi marks not counted), each measured once."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.facts: Mapping[str, object] = content.facts.variables()
        self.known: dict[tuple[str, str], int] = {}

    def __call__(self, lang: str, msg_id: str) -> int:
        key = (lang, msg_id)
        if key not in self.known:
            cat = self.content.catalog
            names = cat.variables(msg_id, lang) | cat.variables(msg_id, SOURCE_LOCALE)
            args = {**dict.fromkeys(names, "x"), **self.facts}
            args.update({k: v for k, v in SAMPLE_VARIABLES.items() if k in names})
            try:
                self.known[key] = len(strip_marks(cat.format(lang, msg_id, args)))
            except LocaleError:
                self.known[key] = 0  # a strict catalog: the messages check reports this one
        return self.known[key]


def turn_lengths(content: Content) -> Iterator[TurnLength]:
    """For every step and locale, the longest turn the step can be part of (in characters)."""
    cat = content.catalog
    length = _Lengths(content)
    before = _said_before(content)
    for doc, step_id, step in steps(content):
        flow = doc.model.flow
        prefixes = before.get((flow, step_id), [])
        entering = [p for p in _paths(content, flow, step_id) if p]
        entering += [[prefix, *path] for prefix in prefixes for path in entering]
        for lang in cat.locales:
            if doc.model.locales is not None and lang not in doc.model.locales:
                continue
            turns = [TurnLength(flow, step_id, lang, 0, tuple(path)) for path in entering]
            if step.ask:
                ask = length(lang, step.ask)
                for said in _asked_again_after(step):
                    brief = length(lang, said) + ask > MAX_TURN
                    again = (said, REASK_MESSAGE if brief else step.ask)
                    turns.append(TurnLength(flow, step_id, lang, 0, again, "asking again"))
            measured = [replace(t, length=sum(length(lang, m) for m in t.messages)) for t in turns]
            if measured:
                yield max(measured, key=lambda t: t.length)


def check_turns(content: Content) -> list[Problem]:
    """An error at each step whose turn is longer than :data:`MAX_TURN` in some locale."""
    docs = {doc.model.flow: doc for doc, _sid, _st in steps(content)}
    problems: list[Problem] = []
    for turn in turn_lengths(content):
        if turn.length <= MAX_TURN:
            continue
        what = "entering" if turn.kind == "entering" else "asking again at"
        problems.append(
            at(
                docs[turn.flow],
                ("steps", turn.step),
                "error",
                f"a turn {what} '{turn.step}' shows {turn.length} characters in "
                f"'{turn.lang}' ({' + '.join(turn.messages)}); at most {MAX_TURN} fit a "
                "phone screen: split it into steps",
            )
        )
    return problems
