"""Typed topics all have an answer; the answers fit a phone and say numbers only as facts."""

from __future__ import annotations

import re

import pytest

from bot.content import Content
from bot.engine.words import ENGINE_TOPICS
from tests.support.understand import TOPICS

#: Every topic the examples name that a flow step must answer (the engine answers the rest).
FLOW_TOPICS = sorted(TOPICS - set(ENGINE_TOPICS))
#: Characters of one turn (message and its button labels) a phone screen shows.
MAX_TURN = 400
#: A digit of any script (Latin, Arabic-Indic, Persian...): a number written into the text.
DIGIT = re.compile(r"\d")


def test_questions_every_typed_topic_is_answered_by_one_step(tree_content: Content) -> None:
    assert sorted(tree_content.topics) == FLOW_TOPICS
    assert not set(tree_content.topics) & set(ENGINE_TOPICS)
    for topic, (flow, step_id) in tree_content.topics.items():
        step = tree_content.step(flow, step_id)
        assert step is not None, topic
        assert step.ask, topic


@pytest.mark.parametrize(
    "topic", ["benefits", "danish", "family", "limits", "hours", "leave", "stop", "once"]
)
def test_questions_answer_fits_a_phone_in_every_language(
    tree_content: Content, topic: str
) -> None:
    flow, step_id = tree_content.topics[topic]
    assert flow == "questions"
    step = tree_content.step(flow, step_id)
    assert step is not None
    assert step.ask is not None
    cat, facts = tree_content.catalog, tree_content.facts.variables()
    for lang in cat.locales:
        assert cat.has(lang, step.ask), (lang, step.ask)
        text = cat.format(lang, step.ask, facts)
        labels = [cat.format(lang, c.label, facts) for c in step.choices or []]
        assert "{" not in text, (lang, text)
        assert len(text) + sum(len(label) for label in labels) <= MAX_TURN, (lang, len(text))


@pytest.mark.parametrize(
    "topic", ["benefits", "danish", "family", "limits", "hours", "leave", "stop", "once"]
)
def test_questions_answer_states_numbers_only_through_facts_in_every_language(
    tree_content: Content, topic: str
) -> None:
    flow, step_id = tree_content.topics[topic]
    step = tree_content.step(flow, step_id)
    assert step is not None
    assert step.ask is not None
    cat = tree_content.catalog
    for lang in cat.locales:
        blank = dict.fromkeys(cat.variables(step.ask, lang), "")
        text = cat.format(lang, step.ask, blank)
        assert not DIGIT.search(text), (lang, step.ask, text)
