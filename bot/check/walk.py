"""What every check walks: the steps of all flows, the messages a step uses, located problems."""

from __future__ import annotations

from collections.abc import Iterator

from bot.content import Content
from bot.flows.loader import FlowDoc
from bot.flows.schema import StepModel
from bot.kernel.problems import Level, Problem

#: A step as ``(flow, step)``.
StepKey = tuple[str, str]
#: Where in a flow file something is written: mapping keys and list indexes.
Keys = tuple[str | int, ...]


def at(doc: FlowDoc, keys: Keys, level: Level, message: str) -> Problem:
    """A problem located at the YAML node ``keys`` of ``doc``."""
    line, col = doc.where(*keys)
    return Problem(doc.path, line, col, level, message)


def steps(content: Content) -> Iterator[tuple[FlowDoc, str, StepModel]]:
    """Every step of every flow, with its flow and id, in file order."""
    for doc in content.flows.values():
        for step_id, step in doc.model.steps.items():
            yield doc, step_id, step


def resolve(flow: str, target: str) -> StepKey:
    """The step a ``next`` of ``flow`` names: ``step`` (in ``flow``) or ``other:step``."""
    other, _sep, step = target.rpartition(":")
    return (other or flow, step)


def exists(content: Content, key: StepKey) -> bool:
    """True when the step ``key`` is in the content."""
    return content.step(*key) is not None


def message_uses(step_id: str, step: StepModel) -> Iterator[tuple[Keys, str]]:
    """The message ids a step says, asks and labels its buttons with, and where each is."""
    base: Keys = ("steps", step_id)
    if isinstance(step.say, str):
        yield (*base, "say"), step.say
    elif step.say:
        for i, msg in enumerate(step.say):
            yield (*base, "say", i), msg
    if step.ask:
        yield (*base, "ask"), step.ask
    for i, choice in enumerate(step.choices or []):
        yield (*base, "choices", i, "label"), choice.label
