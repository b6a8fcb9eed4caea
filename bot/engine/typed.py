"""What a typed message at a question with buttons means: a topic, candidates, or a miss.

A learner who types instead of tapping is read the way a patient person at the municipality's
desk would read them, without inventing anything: the matcher (:mod:`bot.understand`) names a
topic, and the topic leads to the flow step that declares it (``topic:`` in a flow file) or to
one of the engine's own short replies. :mod:`bot.engine.dialogue` acts on the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from bot.engine.words import ENGINE_TOPICS

if TYPE_CHECKING:
    from bot.content import Content

#: The value of a "Did you mean …?" button: ``topic:pay``.
TOPIC_CHOICE = "topic:"
#: Small talk and what the bot says to it (then it asks its question again).
SMALL_TALK = {"greeting": "common-hello", "thanks": "common-welcome", "ack": "common-ack"}
#: Topics that are the global words /menu, /help and /back in the learner's own words.
WORD_TOPICS = ("menu", "help", "back")


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


def chosen_topic(value: str | None) -> str | None:
    """The topic of a pressed "Did you mean …?" button, else ``None``."""
    if value is None or not value.startswith(TOPIC_CHOICE):
        return None
    return value[len(TOPIC_CHOICE) :]
