"""Topics a learner can type to reach a step: declared once, labelled, with examples.

A step declares ``topic: pay``; the matcher (:mod:`bot.understand`) learns each topic from the
``understand-<topic>`` examples translators write in every locale, and offers a topic it is not
sure of as a button labelled ``topic-<topic>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bot.check.walk import Keys, at, steps
from bot.content import Content
from bot.engine.words import ENGINE_TOPICS, TOPIC_LABEL_PREFIX
from bot.flows.loader import FlowDoc
from bot.i18n import SOURCE_LOCALE
from bot.kernel.problems import Problem
from bot.understand.checkcache import CheckCache
from bot.understand.validate import check_examples

#: The folder below the cache directory where the examples' check results are kept.
CACHE_FOLDER = "understand"


def check_topics(
    content: Content, cache_dir: Path | None = None, *, lints: bool = True
) -> list[Problem]:
    """Every problem of the topics and their examples.

    :param cache_dir: where the examples' check results are kept (``None``: checked afresh;
        building the matcher for it takes a few tenths of a second).
    :param lints: also look for examples the matcher would send elsewhere (warnings; it is
        built and asked about every example, about 0.8 s without the cache).
    """
    problems = list(_declarations(content))
    groups = content.examples
    known = {*content.topics, *ENGINE_TOPICS}
    cache = CheckCache(cache_dir / CACHE_FOLDER) if cache_dir is not None else None
    problems += check_examples(
        groups,
        known,
        cache=cache,
        build=lambda: content.matcher,
        confusion="warning" if lints else None,
    )
    written = {(g.lang, g.topic) for g in groups if g.examples}
    for topic, (flow, step_id) in content.topics.items():
        doc = content.flows[flow]
        keys: Keys = ("steps", step_id, "topic")
        if (SOURCE_LOCALE, topic) not in written:
            problems.append(
                at(
                    doc,
                    keys,
                    "error",
                    f"topic {topic!r} has no examples in '{SOURCE_LOCALE}': write "
                    f"'understand-{topic}' in locales/{SOURCE_LOCALE}/understanding.ftl",
                )
            )
        missing = [
            lang
            for lang in content.catalog.locales
            if lang != SOURCE_LOCALE and (lang, topic) not in written
        ]
        if missing:
            problems.append(
                at(
                    doc,
                    keys,
                    "warning",
                    f"topic {topic!r} has no examples in {', '.join(missing)}: learners "
                    "typing in those languages are understood only through other languages",
                )
            )
        problems += _label(content, topic, doc, keys)
    return problems


def _declarations(content: Content) -> Iterator[Problem]:
    """A topic declared by two steps, or one the engine answers itself."""
    for doc, step_id, step in steps(content):
        for topic in step.topics:
            keys = ("steps", step_id, "topic")
            if topic in ENGINE_TOPICS:
                yield at(
                    doc,
                    keys,
                    "error",
                    f"topic {topic!r} is answered by the engine on every step; "
                    "a flow cannot declare it",
                )
            elif content.topics[topic] != (doc.model.flow, step_id):
                first = ":".join(content.topics[topic])
                yield at(doc, keys, "error", f"topic {topic!r} is already answered by {first}")


def _label(content: Content, topic: str, doc: FlowDoc, keys: Keys) -> list[Problem]:
    """The topic's button label exists in the source locale (its length is checked with every
    button label, :func:`bot.check.messages.check_locales`)."""
    label = TOPIC_LABEL_PREFIX + topic
    if content.catalog.has(SOURCE_LOCALE, label):
        return []
    return [
        at(
            doc,
            keys,
            "error",
            f"topic {topic!r} needs a button label: write '{label}' in "
            f"locales/{SOURCE_LOCALE}/topics.ftl",
        )
    ]
