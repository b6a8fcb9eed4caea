"""What a typed message at a question with buttons means: a topic, candidates, or a miss.

A learner who types instead of tapping is read the way a patient person at the municipality's
desk would read them, without inventing anything: the matcher (:mod:`bot.understand`) names a
topic, and the topic leads to the flow step that declares it (``topic:`` in a flow file) or to
one of the engine's own short replies. :mod:`bot.engine.dialogue` acts on the reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal
from weakref import WeakKeyDictionary

from bot.engine.inputs import clean
from bot.engine.types import Choice
from bot.engine.words import (
    ENGINE_TOPICS,
    GLOBAL_TARGETS,
    PENDING_QUESTION,
    SEND_QUESTION,
    SEND_QUESTION_WORD,
    STOP_WORDS,
)
from bot.understand.normalize import match_form

if TYPE_CHECKING:
    from bot.content import Content
    from bot.engine.turn import Turn
    from bot.flows.schema import StepModel
    from bot.understand.matcher import Matcher

#: The value of a "Did you mean …?" button: ``topic:pay``.
TOPIC_CHOICE = "topic:"
#: Topics that are the global words /menu, /help and /back in the learner's own words.
WORD_TOPICS = ("menu", "help", "back")
#: The most characters of a pending question kept (a question is short; a pasted page is not).
MAX_QUESTION = 500
#: The value of the "Send my question to my municipality" button.
SEND_QUESTION_CHOICE = f"/human {SEND_QUESTION_WORD}"
#: Topics whose examples, typed as the whole message, are global words at a text step too.
FORM_WORD_TOPICS = (*WORD_TOPICS, "forget")
#: Languages whose global words count in every language (as the matcher reads them).
SHARED_LANGS = ("en", "da")
_SEPARATORS = re.compile("[,،;؛]")
# Per matcher (a content reload builds a new one): per language, the global words' match forms.
_FORM_WORDS: WeakKeyDictionary[Matcher, dict[str, dict[str, str]]] = WeakKeyDictionary()


@dataclass(frozen=True)
class Reading:
    """What a typed message was read as.

    :param kind: ``topic``: answer ``topics[0]``; ``offer``: ask which of ``topics`` it is;
        ``none``: not understood.
    :param topics: the topic, or the 2–3 candidates, best first.
    """

    kind: Literal["topic", "offer", "none"]
    topics: tuple[str, ...] = ()


def read(content: Content, text: str, lang: str) -> Reading:
    """Read ``text`` typed by someone speaking ``lang``.

    Only topics a flow declares, or the engine answers itself, come out: examples of a topic
    no step answers yet are never a dead end.
    """
    understanding = content.matcher.match(text, lang)
    answerable = [t for t in understanding.topics if t in content.topics or t in ENGINE_TOPICS]
    if understanding.outcome == "topic" and answerable:
        return Reading("topic", (answerable[0],))
    if understanding.outcome == "unsure":
        offered = tuple(t for t in answerable if t in content.topics)
        if offered:
            return Reading("offer", offered)
        if answerable:  # only small talk or a global word: "hi" or "ok" needs no question
            return Reading("topic", (answerable[0],))
    return Reading("none")


def from_first_screen(content: Content, reading: Reading) -> Reading:
    """``reading`` as the first screen acts on it: a topic whose step starts a form that
    collects personal data (it waits for a typed answer and keeps it: the interest form's name,
    the check's age) is offered as a button, never entered. Words typed before a language is
    chosen are read on a guess; a form that asks who they are starts only when they tap it.
    """
    if reading.kind != "topic" or reading.topics[0] not in content.topics:
        return reading
    step = content.step(*content.topics[reading.topics[0]])
    if step is not None and step.input is not None and step.save is not None:
        return Reading("offer", reading.topics)
    return reading


def chosen_topic(value: str | None) -> str | None:
    """The topic of a pressed "Did you mean …?" button, else ``None``."""
    if value is None or not value.startswith(TOPIC_CHOICE):
        return None
    return value[len(TOPIC_CHOICE) :]


def keep_question(variables: dict[str, Any], text: str) -> None:
    """Add ``text`` to the person's pending question: what they typed that the bot could not
    place since it last understood them, oldest first, one message a line, at most
    :data:`MAX_QUESTION` characters. It is sent only if they choose to and consent; it is
    private (never a message variable nor a lead's answer before then).

    Each message is cleaned as a typed answer is (:func:`~bot.engine.inputs.clean`): no
    control, bidi or zero-width characters and no lone surrogates (which could not be stored),
    its line breaks and runs of spaces one space.
    """
    text = clean(text)
    before = str(variables.get(PENDING_QUESTION) or "")
    if not text or before.rsplit("\n", 1)[-1] == text:  # nothing, or the same words again
        return
    variables[PENDING_QUESTION] = (f"{before}\n{text}" if before else text)[:MAX_QUESTION]


def person_way(turn: Turn) -> Choice:
    """The one button to a person after misses: "Send my question to my municipality" when
    there is a question to send and the flows have that way, else "Talk to a person"."""
    flow, _sep, step = SEND_QUESTION.partition(":")
    if turn.session.vars.get(PENDING_QUESTION) and turn.content.step(flow, step) is not None:
        return Choice(SEND_QUESTION_CHOICE, turn.label("common-send-question"))
    return Choice("/human", turn.label("common-offer-human"))


def _form_words(content: Content, lang: str) -> dict[str, str]:
    """The match forms of the global words of ``lang``, each with its topic."""
    matcher = content.matcher
    by_lang = _FORM_WORDS.setdefault(matcher, {})
    if lang not in by_lang:
        words: dict[str, str] = {}
        for group in matcher.topic_examples:
            if group.lang == lang and group.topic in FORM_WORD_TOPICS:
                for phrase in (*group.examples, *group.keywords):
                    words.setdefault(match_form(phrase.text), group.topic)
        if content.catalog.has(lang, STOP_WORDS):
            listed = content.catalog.format(lang, STOP_WORDS, {})
            for word in _SEPARATORS.split(listed):
                words.setdefault(match_form(word), "menu")
        words.pop("", None)
        by_lang[lang] = words
    return by_lang[lang]


def form_word(content: Content, text: str, lang: str) -> str | None:
    """The global word a whole typed message is at a question that waits for typed text (a
    name, a phone number, a municipality), else ``None``: the text is the answer.

    Only a message that is, in its normal form (case, accents, letter variants, punctuation
    and repeated letters folded), exactly one of the examples or keywords of ``menu``,
    ``help``, ``back`` or ``forget``, or one of the stop words (:data:`STOP_WORDS`: leaving the
    form is the menu), in ``lang``, English or Danish: "menu", "stop", "القائمة", "hjælp".
    A real name is never mistaken for one ("Amina Menu" is a name).

    :returns: ``menu``, ``help``, ``back`` or ``forget``.
    """
    form = match_form(text)
    if not form:
        return None
    for code in (lang, *SHARED_LANGS):
        topic = _form_words(content, code).get(form)
        if topic is not None:
            return topic
    return None


def answer_page(step: StepModel, target: str) -> bool:
    """Whether ``step`` (at ``target``, ``flow:step``) only shows information with buttons: its
    question is the answer (no ``say`` before it), nothing is kept nor done, and it is none of
    the places a global word leads to (the menu, whose question is a question)."""
    return bool(
        step.ask
        and step.choices
        and not (step.input or step.save or step.consent or step.do or step.say)
        and target not in GLOBAL_TARGETS.values()
    )
