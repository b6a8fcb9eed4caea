"""Typed messages where the engine answers in place: a question read at a question that waits
for typed text, small talk at an answer page, a question to a person kept with its words.

:mod:`bot.engine.dialogue` decides what a message means; this module answers without leaving the
step (or offers the way there), so that a form keeps its answers and its place.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.engine.inputs import Invalid
from bot.engine.steps import ask_again
from bot.engine.typed import TOPIC_CHOICE, answer_page, keep_question, read
from bot.engine.types import Choice
from bot.engine.words import MAX_TURN, SEND_QUESTION, TOPIC_LABEL_PREFIX

if TYPE_CHECKING:
    from bot.engine.turn import Turn

#: The action that takes the pending question as the answer ``question`` (flows/human.yaml).
TAKE_QUESTION = "take_question"
#: Languages written in Latin letters, told apart only on evidence (bot/understand/language.py).
LATIN_LANGS = frozenset({"da", "en", "so", "kmr"})
#: What ends a typed question: the Latin, Arabic-script, Ethiopic and full-width question marks.
QUESTION_MARKS = ("?", "؟", "፧", "？")


def asked(turn: Turn, text: str) -> str | None:
    """The topic of a typed text that ends in a question mark and reads confidently as a flow's
    topic ("كم الراتب؟" at "Your name?"), else ``None``: where any text is a valid answer, only
    a question mark tells a question from a name ("عمر", Omar, is also "age")."""
    if not text.rstrip().endswith(QUESTION_MARKS) or any(ch.isdigit() for ch in text):
        return None
    reading = read(turn.content, text, turn.lang)
    topic = reading.topics[0] if reading.kind == "topic" else None
    return topic if topic in turn.content.topics else None


def answer(turn: Turn, topic: str, invalid: Invalid | None) -> None:
    """At a question that waits for typed text, ``topic`` was read confidently in an answer that
    is not valid ("how much is the salary" at "Your age?") or that asks (:func:`asked`).

    An answer page (:func:`~bot.engine.typed.answer_page`) is answered and the same question
    asked again in full, when both fit in one turn (:data:`MAX_TURN`). Otherwise, and for a
    topic that leads away (a form, a person, the language), the reason and the question again
    with one more button, to that topic (``/back`` there returns to the question, its answers
    kept); the topic of the question itself gets no button. A question for a person is kept as
    their pending question: "Talk to a person" offers to send it.

    :param invalid: why the text is no answer (``None``: it would be one, but asks, see
        :func:`asked`).
    """
    s = turn.session
    flow, step_id = turn.content.topics[topic]
    target = turn.content.step(flow, step_id)
    here = turn.content.step(s.flow, s.step)
    assert target is not None  # the topics name steps that exist
    assert here is not None
    assert here.ask is not None  # a question that waits for typed text
    if to_person(turn, flow):
        keep_question(s.vars, turn.inbound.text or "")
    if answer_page(target, f"{flow}:{step_id}") and target.ask:
        before = len(turn.messages)
        turn.say(target.ask)
        question = turn.content.catalog.format(turn.lang, here.ask, turn.args())
        if turn.shown() + len(question) <= MAX_TURN:
            turn.question(here)
            return
        del turn.messages[before:]
    s.attempts += 1
    turn.event("invalid")
    if invalid is not None:
        turn.say(invalid.reason, dict(invalid.args))
    ask_again(turn)
    if (flow, step_id) == (s.flow, s.step):
        return
    way = Choice(TOPIC_CHOICE + topic, turn.label(TOPIC_LABEL_PREFIX + topic))
    last = turn.messages[-1]
    if way.value not in {c.value for c in last.choices}:
        turn.messages[-1] = replace(last, choices=(*last.choices, way))


def reply_and_ask(turn: Turn, msg_id: str) -> None:
    """A short reply (to a greeting, thanks, "ok", "help") and the question again; at an answer
    page the reply carries the page's buttons: the answer is on the screen just above, and is
    not shown again."""
    s = turn.session
    step = turn.content.step(s.flow, s.step)
    if step is None or not answer_page(step, f"{s.flow}:{s.step}"):
        turn.say(msg_id)
        ask_again(turn)
        return
    turn.question(step)
    page = turn.messages.pop()
    turn.say(msg_id)
    turn.messages[-1] = replace(turn.messages[-1], choices=page.choices)
    s.waiting = True


def to_person(turn: Turn, flow: str) -> bool:
    """Whether ``flow`` is where a person's question is sent (the human flow)."""
    return flow == SEND_QUESTION.partition(":")[0]


def takes_question(turn: Turn, target: str) -> bool:
    """Whether the step at ``target`` (``flow:step`` or ``step``) takes the pending question
    ("Yes, call me" after a question for a person): it is kept until then."""
    flow, _sep, step_id = target.rpartition(":")
    step = turn.content.step(flow or turn.session.flow, step_id)
    return step is not None and TAKE_QUESTION in (step.do or [])


def unsure_latin(guesses: Collection[str], hint: str | None) -> bool:
    """Latin letters that point at more than one language ("i soo wac": an English "i", a
    Somali double vowel), none of them the browser's: which language is not known."""
    return len(guesses) > 1 and set(guesses) <= LATIN_LANGS and hint not in guesses
