"""Variables: what conditions read, messages show and actions need is set by then.

A must-analysis over the step graph: a variable counts as set at a step only when every path
from a conversation's start sets it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from bot.check.targets import StepGraph
from bot.check.walk import StepKey, at, message_uses, resolve, steps
from bot.content import Content
from bot.engine.actions import ACTIONS
from bot.engine.words import BUILTIN_VARIABLES, CHANNELS, HINT_MUNICIPALITY, HINT_NAME
from bot.flows.conditions import Node
from bot.flows.loader import FlowDoc
from bot.flows.schema import StepModel
from bot.i18n import SOURCE_LOCALE
from bot.kernel.problems import Problem

#: Extra variables an input type sets besides ``save``.
INPUT_EXTRAS = {"municipality": frozenset({"municipality_name"})}


def always_set(content: Content) -> frozenset[str]:
    """Variables set at every step: the facts and the engine's built-ins (``channel``)."""
    return frozenset(content.facts.items) | BUILTIN_VARIABLES


def known_variables(content: Content) -> frozenset[str]:
    """Every variable something sets: facts, built-ins, ``set``, ``save``, inputs, actions."""
    names: set[str] = set(always_set(content)) | {HINT_MUNICIPALITY, HINT_NAME}
    for _doc, _sid, step in steps(content):
        names |= set((step.set or {}).keys())
        if step.save:
            names.add(step.save)
            if step.input is not None:
                names |= INPUT_EXTRAS.get(step.input.type, frozenset())
    for spec in ACTIONS.values():
        names |= spec.provides
    return frozenset(names)


def step_outputs(
    content: Content, step: StepModel, before: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """(variables its messages may use, variables set when it moves on)."""
    current = set(before) | set((step.set or {}).keys())
    provided: set[str] = set()
    ends_form = False
    for name in step.do or []:
        spec = ACTIONS.get(name)
        if spec is None:
            continue
        if spec.clears:
            current = set(always_set(content))
        current |= spec.provides
        provided |= spec.provides
        ends_form = ends_form or spec.ends_form
    visible = frozenset(current)
    if ends_form:  # the step's own messages still see the form's answers; later steps do not
        current = set(always_set(content)) | provided
    if step.save:
        current.add(step.save)
        if step.input is not None:
            current |= INPUT_EXTRAS.get(step.input.type, frozenset())
    return visible, frozenset(current)


def edge_guards(content: Content, flow: str, step: StepModel) -> dict[StepKey, frozenset[str]]:
    """Variables set on the way from a step to each step it leads to, by the branches' tests:
    a step reached only through ``if: defined(x)`` branches has ``x``."""
    ways: dict[StepKey, list[frozenset[str]]] = {}
    nothing: frozenset[str] = frozenset()
    for target in [step.next] + [c.next for c in step.choices or []]:
        if target:
            ways.setdefault(resolve(flow, target), []).append(nothing)
    for branch in step.branch or []:
        cond = content.conditions.get(branch.if_)
        ensured = cond.ensures_defined() if cond is not None else nothing
        ways.setdefault(resolve(flow, branch.next), []).append(ensured)
    return {key: frozenset.intersection(*found) for key, found in ways.items()}


def available(content: Content, graph: StepGraph) -> Mapping[StepKey, frozenset[str]]:
    """Must-analysis: the variables set on every path from a conversation's start."""
    entries = set(graph.entries)
    universe = known_variables(content)
    facts = always_set(content)
    models = {(doc.name, sid): step for doc, sid, step in steps(content)}
    guards = {
        (doc.name, sid): edge_guards(content, doc.name, st) for doc, sid, st in steps(content)
    }
    inn: dict[StepKey, frozenset[str]] = dict.fromkeys(graph.edges, universe)
    for key in entries:
        inn[key] = facts
    preds: dict[StepKey, list[StepKey]] = {}
    for src, targets in graph.edges.items():
        for target in targets:
            preds.setdefault(target, []).append(src)
    changed = True
    while changed:
        changed = False
        for key in graph.edges:
            incoming = [
                step_outputs(content, models[p], inn[p])[1] | guards[p].get(key, frozenset())
                for p in preds.get(key, [])
            ]
            new = frozenset.intersection(*incoming) if incoming else universe
            if key in entries:
                new = facts
            if new != inn[key]:
                inn[key] = new
                changed = True
    return inn


def _taken(name: str, content: Content) -> str:
    """Why a flow may not save or set ``name`` (a fact or a built-in variable)."""
    what = "a fact" if name in content.facts.items else "built in (set by the engine)"
    return f"'{name}' is {what}; choose another variable name"


def _channel_literals(node: object) -> Iterator[object]:
    """The literals ``channel`` is compared with (``==``, ``!=``, ``in``) in a condition."""
    if not isinstance(node, Node):
        return
    if node.op in {"==", "!=", "in"}:
        left, right = node.args
        sides = [(left, right), (right, left)] if node.op != "in" else [(left, right)]
        for var, other in sides:
            if isinstance(var, Node) and var.op == "var" and var.args[0] == "channel":
                if isinstance(other, Node) and other.op == "lit":
                    yield other.args[0]
                elif isinstance(other, Node) and other.op == "list":
                    yield from other.args
    for arg in node.args:
        yield from _channel_literals(arg)


def check_names(content: Content) -> Iterator[Problem]:
    """No flow sets or saves a fact or a built-in; conditions read known variables only."""
    known = known_variables(content)
    facts = always_set(content)
    for doc, step_id, step in steps(content):
        for name in step.set or {}:
            if name in facts:
                yield at(doc, ("steps", step_id, "set", name), "error", _taken(name, content))
        if step.save in facts:
            yield at(doc, ("steps", step_id, "save"), "error", _taken(step.save, content))
        yield from _check_sends(doc, step_id, step, known, facts)
        for i, branch in enumerate(step.branch or []):
            cond = content.conditions.get(branch.if_)
            if cond is None:  # it does not parse: reported when the flow was read
                continue
            keys = ("steps", step_id, "branch", i, "if")
            for name in sorted(cond.variables() - known):
                yield at(
                    doc,
                    keys,
                    "error",
                    f"unknown variable '{name}' in condition (not saved, set or a fact)",
                )
            for value in _channel_literals(cond.tree):
                if value not in CHANNELS:
                    yield at(
                        doc,
                        keys,
                        "error",
                        f"'channel' is never {value!r}; it is one of "
                        f"{', '.join(repr(c) for c in CHANNELS)}",
                    )


def _check_sends(
    doc: FlowDoc, step_id: str, step: StepModel, known: frozenset[str], facts: frozenset[str]
) -> Iterator[Problem]:
    """A consent step's ``sends`` names answers a flow saves, the municipality among them."""
    if step.sends is None:
        return
    keys = ("steps", step_id, "sends")
    for name in step.sends:
        if name in facts or name not in known:
            yield at(
                doc,
                keys,
                "error",
                f"'sends' names '{name}', which no step saves: a consent names a person's answers",
            )
    if "municipality" not in step.sends:
        yield at(
            doc,
            keys,
            "error",
            "'sends' must name 'municipality': every lead goes to the person's municipality",
        )


def check_set_in_time(content: Content, graph: StepGraph) -> Iterator[Problem]:
    """A step's messages and actions use only variables set on every path to it."""
    if SOURCE_LOCALE not in content.catalog.locales:
        return
    known = known_variables(content)
    facts = always_set(content)
    inn = available(content, graph)
    catalog = content.catalog
    for doc, step_id, step in steps(content):
        visible, _after = step_outputs(content, step, inn.get((doc.name, step_id), facts))
        for keys, msg_id in message_uses(step_id, step):
            if not catalog.has(SOURCE_LOCALE, msg_id):
                yield at(
                    doc, keys, "error", f"message '{msg_id}' is not in locales/{SOURCE_LOCALE}"
                )
                continue
            for name in sorted(catalog.variables(msg_id, SOURCE_LOCALE) - visible):
                where = "is never set" if name not in known else "may not be set yet here"
                yield at(doc, keys, "error", f"message '{msg_id}' uses ${name}, which {where}")
        for spec_name in step.do or []:
            spec = ACTIONS.get(spec_name)
            if spec is None:
                continue
            for name in sorted(spec.requires - visible):
                yield at(
                    doc,
                    ("steps", step_id, "do"),
                    "error",
                    f"action '{spec_name}' needs '{name}', which may not be set yet here",
                )
