"""Where steps lead: the steps the engine needs, unknown targets, reachability, silent loops."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from bot.check.walk import Keys, StepKey, at, exists, resolve, steps
from bot.content import Content
from bot.engine.words import ENTRY, GLOBAL_TARGETS, SEND_QUESTION
from bot.flows.schema import StepModel
from bot.kernel.problems import Problem


def written_targets(flow: str, step_id: str, step: StepModel) -> Iterator[tuple[StepKey, Keys]]:
    """Each step ``step`` names as its next (``next``, a branch, a button), and where."""
    base: Keys = ("steps", step_id)
    if step.next:
        yield resolve(flow, step.next), (*base, "next")
    for i, branch in enumerate(step.branch or []):
        yield resolve(flow, branch.next), (*base, "branch", i, "next")
    for i, choice in enumerate(step.choices or []):
        if choice.next:
            yield resolve(flow, choice.next), (*base, "choices", i, "next")


@dataclass(frozen=True)
class StepGraph:
    """The steps of all flows and where each leads (targets that exist only)."""

    #: Every step, in file order, and the steps it can go to next.
    edges: Mapping[StepKey, tuple[StepKey, ...]]
    #: Steps a conversation can be at without coming from another step: the entry step, the
    #: global words' steps, each flow's ``start`` and ``resume``, and where the engine's "Send
    #: my question" button leads (those that exist).
    entries: tuple[StepKey, ...]

    @classmethod
    def of(cls, content: Content) -> StepGraph:
        """The graph of ``content``'s flows."""
        edges = {
            (doc.name, step_id): tuple(
                key
                for key, _keys in written_targets(doc.name, step_id, step)
                if exists(content, key)
            )
            for doc, step_id, step in steps(content)
        }
        keys = [resolve("", t) for t in (ENTRY, *GLOBAL_TARGETS.values())]
        for doc in content.flows.values():
            keys.append((doc.name, doc.model.start))
            if doc.model.resume:
                keys.append((doc.name, doc.model.resume))
        keys.append(resolve("", SEND_QUESTION))  # optional: the engine offers it if it exists
        entries = tuple(k for k in keys if exists(content, k))
        return cls(MappingProxyType(edges), entries)

    def reachable(self, roots: Iterable[StepKey]) -> set[StepKey]:
        """The steps reached from ``roots`` (``roots`` included)."""
        seen: set[StepKey] = set()
        todo = list(roots)
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            todo.extend(self.edges.get(key, ()))
        return seen


def check_required(content: Content) -> Iterator[Problem]:
    """The entry step and the global words' steps exist."""
    flows_path = "flows"
    if content.flows:
        flows_path = next(iter(content.flows.values())).path.rsplit("/", 1)[0]
    for word, target in [("first contact", ENTRY), *GLOBAL_TARGETS.items()]:
        flow, _sep, step = target.partition(":")
        if not exists(content, (flow, step)):
            where = content.flows[flow].path if flow in content.flows else flows_path
            yield Problem(where, 1, 1, "error", f"'{target}' is needed for {word!r} but missing")


def check_targets(content: Content) -> Iterator[Problem]:
    """Every ``next``, branch, button, ``start`` and ``resume`` names a step that exists."""
    for doc, step_id, step in steps(content):
        for key, keys in written_targets(doc.name, step_id, step):
            if exists(content, key):
                continue
            flow, step_name = key
            if flow not in content.flows:
                hint = f"flows: {', '.join(sorted(content.flows))}"
                what = f"unknown flow '{flow}'"
            else:
                hint = f"steps in {flow}: {', '.join(content.flows[flow].model.steps)}"
                what = f"unknown step '{step_name}'" + (
                    f" in flow '{flow}'" if flow != doc.name else ""
                )
            yield at(doc, keys, "error", f"{what}; {hint}")
    for doc in content.flows.values():
        for field in ("start", "resume"):
            value = getattr(doc.model, field)
            if value and value not in doc.model.steps:
                names = ", ".join(doc.model.steps)
                yield at(doc, (field,), "error", f"unknown step '{value}'; steps: {names}")


def check_reachability(content: Content, graph: StepGraph) -> Iterator[Problem]:
    """Every step is reached from its flow's start, another flow or by typing its topic; every
    flow from the menu, a global word or a topic."""
    # The entry step and the global words' steps lead the entries; when one of them is missing
    # (an error of its own), the next entry, a flow's start, takes its place.
    # A step that declares a topic is entered by typing, from any question.
    typed = list(content.topics.values())
    from_entry = graph.reachable(
        [k for k in graph.entries if k[1] != ""][: 1 + len(GLOBAL_TARGETS)] + typed
    )
    for doc in content.flows.values():
        roots = [(doc.name, doc.model.start), *(t for t in typed if t[0] == doc.name)]
        if doc.model.resume:
            roots.append((doc.name, doc.model.resume))
        roots += [k for k in graph.entries if k[0] == doc.name]  # a global word's, a button's
        # steps reached from elsewhere count too
        roots += [t for targets in graph.edges.values() for t in targets if t[0] == doc.name]
        inside = graph.reachable([r for r in roots if exists(content, r)])
        for step_id in doc.model.steps:
            if (doc.name, step_id) not in inside:
                yield at(
                    doc,
                    ("steps", step_id),
                    "error",
                    f"step '{step_id}' is unreachable: no 'next', branch or choice leads here",
                )
        if (doc.name, doc.model.start) not in from_entry:
            yield at(
                doc,
                ("flow",),
                "warning",
                f"flow '{doc.name}' is not reachable from the menu or any global word",
            )


def check_loops(content: Content, graph: StepGraph) -> list[Problem]:
    """A cycle of steps none of which asks anything would spin forever."""
    silent = {
        key
        for key in graph.edges
        if (step := content.step(*key)) is not None and not step.ask and not step.end
    }
    state: dict[StepKey, int] = {}
    reported: set[StepKey] = set()
    problems: list[Problem] = []

    def visit(key: StepKey, path: list[StepKey]) -> None:
        state[key] = 1
        path.append(key)
        for nxt in graph.edges.get(key, ()):
            if nxt not in silent:
                continue
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt) :]
                first = min(cycle)
                if first not in reported:
                    reported.add(first)
                    names = " → ".join(f"{f}:{s}" for f, s in [*cycle, nxt])
                    problems.append(
                        at(
                            content.flows[first[0]],
                            ("steps", first[1]),
                            "error",
                            f"loop without a question: {names} (add an 'ask' step or an exit)",
                        )
                    )
            elif state.get(nxt) is None:
                visit(nxt, path)
        path.pop()
        state[key] = 2

    for key in sorted(silent):
        if key not in state:
            visit(key, [])
    return problems
