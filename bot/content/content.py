"""Everything the bot says and does, read together: flows, locales, facts, as one immutable value.

Reading reports what is wrong *inside* a file (YAML, schema, Fluent syntax, a condition that does
not parse); what is wrong *across* files is :mod:`bot.check`'s, and
:func:`bot.check.load.load_content` does both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType

from bot.content.facts import Facts, load_facts
from bot.flows.conditions import Condition
from bot.flows.consent import consent_messages
from bot.flows.loader import FlowDoc, load_flows
from bot.flows.schema import StepModel
from bot.i18n import SOURCE_LOCALE, Catalog
from bot.i18n.sourcehash import source_hash
from bot.kernel.problems import Problem
from bot.understand.examples import TopicExamples, load_examples
from bot.understand.matcher import Matcher


@dataclass(frozen=True)
class Content:
    """A consistent set of flows, messages and facts; swapped whole, never edited in place."""

    root: Path
    flows: Mapping[str, FlowDoc]
    catalog: Catalog
    facts: Facts
    #: Every branch condition of every flow that parses, by its source text.
    conditions: Mapping[str, Condition]
    #: The step that answers each topic a learner may type, as ``(flow, step)`` (the first
    #: step declaring it; ``igubot check`` reports a second).
    topics: Mapping[str, tuple[str, str]] = field(default_factory=lambda: MappingProxyType({}))

    @cached_property
    def examples(self) -> tuple[TopicExamples, ...]:
        """Every locale's ``understand-*`` examples and keywords, read once for the matcher and
        for their check."""
        return tuple(load_examples(self.catalog))

    @cached_property
    def matcher(self) -> Matcher:
        """What typed text means: built from every locale's examples on first use (a few
        tenths of a second for the real content; a server builds it once it listens)."""
        return Matcher.build(self.examples)

    def step(self, flow: str, step: str) -> StepModel | None:
        """The step ``flow:step``, or None when it does not exist (any more)."""
        doc = self.flows.get(flow)
        if doc is None:
            return None
        return doc.model.steps.get(step)

    def condition(self, source: str) -> Condition:
        """The parsed form of a branch condition (parsed when the flows were read).

        :raises KeyError: ``source`` is no condition of these flows, or one that does not parse
            (content with such an error is never served).
        """
        return self.conditions[source]

    def source_hash(self, msg_id: str) -> str:
        """A short hash of the source-locale text of ``msg_id`` (consent version, staleness)."""
        return source_hash(self.catalog.source(SOURCE_LOCALE, msg_id))

    def consent_version(self, msg_id: str) -> str:
        """The version of what a person agrees to at the consent step that asks ``msg_id``: a
        short hash of the source-locale texts shown with it (the summary's heading, line and
        labels, and the question: :func:`bot.flows.consent.consent_messages`). A message no
        consent step asks has its own source hash."""
        for doc in self.flows.values():
            for step in doc.model.steps.values():
                if step.consent and step.ask == msg_id:
                    ids = consent_messages(step)
                    known = [i for i in ids if self.catalog.has(SOURCE_LOCALE, i)]
                    return source_hash(
                        "\n".join(self.catalog.source(SOURCE_LOCALE, i) for i in known)
                    )
        return self.source_hash(msg_id)


def build_content(
    root: Path, flows: Mapping[str, FlowDoc], catalog: Catalog, facts: Facts
) -> Content:
    """Put read parts together: every flow's parsed conditions join them."""
    conditions = {src: cond for doc in flows.values() for src, cond in doc.conditions.items()}
    topics: dict[str, tuple[str, str]] = {}
    for flow_id, doc in flows.items():
        for step_id, step in doc.model.steps.items():
            for topic in step.topics:
                topics.setdefault(topic, (flow_id, step_id))
    return Content(
        root=root,
        flows=MappingProxyType(dict(flows)),
        catalog=catalog,
        facts=facts,
        conditions=MappingProxyType(conditions),
        topics=MappingProxyType(topics),
    )


def read_content(
    root: Path,
    *,
    flows_dir: Path | None = None,
    locales_dir: Path | None = None,
    facts_file: Path | None = None,
    strict: bool = False,
    cache_dir: Path | None = None,
) -> tuple[Content, list[Problem]]:
    """Read everything below ``root``; no cross-checks (``bot.check.load`` adds them).

    :param strict: a message that cannot be rendered raises instead of falling back (tests).
    :param cache_dir: a folder for caches (parsed ``.ftl`` files); ``None``: no cache.
    :return: the content and the problems found inside files (errors and warnings).
    """
    flows_result = load_flows(flows_dir or root / "flows")
    from bot.i18n.parsecache import ParseCache

    catalog, locale_errors = Catalog.load(
        locales_dir or root / "locales", strict=strict, cache=ParseCache.below(cache_dir)
    )
    facts, fact_problems = load_facts(facts_file or root / "facts.yaml")
    problems: list[Problem] = [*flows_result.problems, *fact_problems]
    problems += [Problem.from_error(e) for e in locale_errors]
    problems += [Problem.from_error(w, "warning") for w in catalog.warnings]
    return build_content(root, flows_result.flows, catalog, facts), problems
