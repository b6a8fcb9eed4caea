"""Checks across flows, locales and facts: targets, reachability, loops, actions, variables."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fluent.syntax import ast
from fluent.syntax.visitor import Visitor

from bot.engine.callbacks import MAX_CALLBACK_BYTES, callback_data
from bot.engine.conditions import Node
from bot.engine.words import BUILTIN_VARIABLES, CHANNELS, ENTRY, GLOBAL_TARGETS
from bot.errors import LocaleError
from bot.flows.loader import FlowDoc
from bot.flows.schema import StepModel
from bot.i18n.languages import SOURCE_LOCALE
from bot.problems import Level, Problem

if TYPE_CHECKING:
    from bot.content import Content
    from bot.i18n import Catalog

MAX_LABEL = 30
MAX_MESSAGE = 300
MAX_BUTTONS = 6
#: Message ids the engine itself says; they must exist in the source locale.
ENGINE_MESSAGES = (
    "common-error",
    "common-help",
    "common-ended",
    "common-resume",
    "common-offer-human",
    "common-old-button",
    "error-empty",
    "error-too-long",
    "error-number",
    "error-number-range",
    "error-age",
    "error-phone",
    "error-email",
    "error-municipality",
    "error-choose",
)
#: Messages said by the engine or a channel rather than a flow (no "unused" warning).
CHANNEL_PREFIXES = (
    "common-",
    "error-",
    "telegram-",
    "followup-",
    "web-",
    "language-",
    "staff-",
    "poster-",
)
#: CLDR plural categories as select keys (``other`` is also the usual default of a text select).
PLURAL_KEYS = frozenset({"zero", "one", "two", "few", "many"})
#: Extra variables an input type sets besides ``save``.
INPUT_EXTRAS = {"municipality": frozenset({"municipality_name"})}

StepKey = tuple[str, str]


@dataclass(frozen=True)
class _Edge:
    target: StepKey
    keys: tuple[str | int, ...]  # where the edge is written, for locating problems


def check_content(content: Content, today: dt.date | None = None) -> list[Problem]:
    """Every cross-file problem of ``content`` (schema and syntax problems come from loading)."""
    checker = _Checker(content, today or dt.date.today())
    return checker.run()


def strict_view(catalog: Catalog) -> Catalog:
    """The same messages, rendering strictly: a message that fails raises instead of falling back.

    The check must not depend on how the catalog was loaded: ``igubot serve`` loads leniently
    (a person sees the fallback language), yet refuses to start on what ``igubot check`` rejects.
    """
    view = copy.copy(catalog)
    view.strict = True
    return view


class _SelectCollector(Visitor):
    """The select expressions of a pattern."""

    def __init__(self) -> None:
        super().__init__()
        self.selects: list[ast.SelectExpression] = []

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)


def _selected_variable(select: ast.SelectExpression) -> str | None:
    """``$x`` of ``{ $x -> ...}`` or ``{ NUMBER($x) -> ...}``."""
    selector: object = select.selector
    if isinstance(selector, ast.FunctionReference) and selector.arguments.positional:
        selector = selector.arguments.positional[0]
    return selector.id.name if isinstance(selector, ast.VariableReference) else None


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


class _Checker:
    def __init__(self, content: Content, today: dt.date) -> None:
        self.c = content
        self.today = today
        self.strict_catalog = strict_view(content.catalog)
        self.problems: list[Problem] = []
        self.edges: dict[StepKey, list[_Edge]] = {}
        self.models: dict[StepKey, StepModel] = {
            (doc.name, sid): step
            for doc in content.flows.values()
            for sid, step in doc.model.steps.items()
        }

    # -- helpers ------------------------------------------------------------------------

    def add(self, doc: FlowDoc, keys: tuple[str | int, ...], level: Level, message: str) -> None:
        line, col = doc.where(*keys)
        self.problems.append(Problem(doc.path, line, col, level, message))

    def resolve(self, flow: str, target: str) -> StepKey:
        other, _sep, step = target.rpartition(":")
        return (other or flow, step)

    def exists(self, key: StepKey) -> bool:
        return self.c.step(*key) is not None

    def steps(self) -> Iterator[tuple[FlowDoc, str, StepModel]]:
        for doc in self.c.flows.values():
            for step_id, step in doc.model.steps.items():
                yield doc, step_id, step

    # -- the checks ---------------------------------------------------------------------

    def run(self) -> list[Problem]:
        self.check_required()
        self.build_edges()
        self.check_reachability()
        self.check_loops()
        self.check_steps()
        self.check_variables()
        self.check_locales()
        self.check_freshness()
        return self.problems

    def check_required(self) -> None:
        flows_path = "flows"
        if self.c.flows:
            flows_path = next(iter(self.c.flows.values())).path.rsplit("/", 1)[0]
        for word, target in [("first contact", ENTRY), *GLOBAL_TARGETS.items()]:
            flow, _sep, step = target.partition(":")
            if not self.exists((flow, step)):
                where = self.c.flows[flow].path if flow in self.c.flows else flows_path
                self.problems.append(
                    Problem(
                        where,
                        1,
                        1,
                        "error",
                        f"'{target}' is needed for {word!r} but missing",
                    )
                )
        if SOURCE_LOCALE not in self.c.catalog.locales:
            return
        for msg_id in ENGINE_MESSAGES:
            if not self.c.catalog.has(SOURCE_LOCALE, msg_id):
                self.problems.append(
                    Problem(
                        f"locales/{SOURCE_LOCALE}",
                        1,
                        1,
                        "error",
                        f"message '{msg_id}' is used by the engine but missing in "
                        f"'{SOURCE_LOCALE}'",
                    )
                )

    def build_edges(self) -> None:
        for doc, step_id, step in self.steps():
            edges: list[_Edge] = []
            base: tuple[str | int, ...] = ("steps", step_id)
            if step.next:
                edges.append(_Edge(self.resolve(doc.name, step.next), (*base, "next")))
            for i, branch in enumerate(step.branch or []):
                edges.append(
                    _Edge(
                        self.resolve(doc.name, branch.next),
                        (*base, "branch", i, "next"),
                    )
                )
            for i, choice in enumerate(step.choices or []):
                if choice.next:
                    edges.append(
                        _Edge(
                            self.resolve(doc.name, choice.next),
                            (*base, "choices", i, "next"),
                        )
                    )
            for edge in edges:
                if not self.exists(edge.target):
                    flow, step_name = edge.target
                    if flow not in self.c.flows:
                        hint = f"flows: {', '.join(sorted(self.c.flows))}"
                        what = f"unknown flow '{flow}'"
                    else:
                        hint = f"steps in {flow}: {', '.join(self.c.flows[flow].model.steps)}"
                        what = f"unknown step '{step_name}'" + (
                            f" in flow '{flow}'" if flow != doc.name else ""
                        )
                    self.add(doc, edge.keys, "error", f"{what}; {hint}")
            self.edges[(doc.name, step_id)] = [e for e in edges if self.exists(e.target)]
            for key in ("start", "resume"):
                value = getattr(doc.model, key)
                if value and value not in doc.model.steps:
                    steps = ", ".join(doc.model.steps)
                    self.add(doc, (key,), "error", f"unknown step '{value}'; steps: {steps}")

    def entries(self) -> list[StepKey]:
        keys = [self.resolve("", t) for t in (ENTRY, *GLOBAL_TARGETS.values())]
        for doc in self.c.flows.values():
            keys.append((doc.name, doc.model.start))
            if doc.model.resume:
                keys.append((doc.name, doc.model.resume))
        return [k for k in keys if self.exists(k)]

    def reachable(self, roots: list[StepKey]) -> set[StepKey]:
        seen: set[StepKey] = set()
        todo = list(roots)
        while todo:
            key = todo.pop()
            if key in seen:
                continue
            seen.add(key)
            todo.extend(e.target for e in self.edges.get(key, []))
        return seen

    def check_reachability(self) -> None:
        from_entry = self.reachable([k for k in self.entries() if k[1] != ""][:6])
        for doc in self.c.flows.values():
            roots = [(doc.name, doc.model.start)]
            if doc.model.resume:
                roots.append((doc.name, doc.model.resume))
            # steps reached from elsewhere count too
            roots += [
                e.target for edges in self.edges.values() for e in edges if e.target[0] == doc.name
            ]
            inside = self.reachable([r for r in roots if self.exists(r)])
            for step_id in doc.model.steps:
                if (doc.name, step_id) not in inside:
                    self.add(
                        doc,
                        ("steps", step_id),
                        "error",
                        f"step '{step_id}' is unreachable: no 'next', branch or choice leads here",
                    )
            if (doc.name, doc.model.start) not in from_entry:
                self.add(
                    doc,
                    ("flow",),
                    "warning",
                    f"flow '{doc.name}' is not reachable from the menu or any global word",
                )

    def check_loops(self) -> None:
        """A cycle of steps none of which asks anything would spin forever."""
        silent = {
            key
            for key in self.edges
            if (step := self.c.step(*key)) is not None and not step.ask and not step.end
        }
        state: dict[StepKey, int] = {}
        reported: set[StepKey] = set()

        def visit(key: StepKey, path: list[StepKey]) -> None:
            state[key] = 1
            path.append(key)
            for edge in self.edges.get(key, []):
                nxt = edge.target
                if nxt not in silent:
                    continue
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt) :]
                    first = min(cycle)
                    if first not in reported:
                        reported.add(first)
                        doc = self.c.flows[first[0]]
                        names = " → ".join(f"{f}:{s}" for f, s in [*cycle, nxt])
                        self.add(
                            doc,
                            ("steps", first[1]),
                            "error",
                            f"loop without a question: {names} (add an 'ask' step or an exit)",
                        )
                elif state.get(nxt) is None:
                    visit(nxt, path)
            path.pop()
            state[key] = 2

        for key in sorted(silent):
            if key not in state:
                visit(key, [])

    def check_steps(self) -> None:
        for doc, step_id, step in self.steps():
            base: tuple[str | int, ...] = ("steps", step_id)
            for i, name in enumerate(step.do or []):
                if name not in self.c.actions:
                    known = ", ".join(sorted(self.c.actions))
                    self.add(
                        doc,
                        (*base, "do", i),
                        "error",
                        f"unknown action '{name}'; known: {known}",
                    )
            values = [c.value for c in step.choices or []]
            for i, value in enumerate(values):
                if value in values[:i]:
                    self.add(
                        doc,
                        (*base, "choices", i, "value"),
                        "error",
                        f"duplicate choice '{value}'",
                    )
                data = callback_data(doc.name, step_id, value)
                if len(data.encode()) > MAX_CALLBACK_BYTES:
                    self.add(
                        doc,
                        (*base, "choices", i, "value"),
                        "error",
                        f"Telegram callback data '{data}' is over {MAX_CALLBACK_BYTES} bytes",
                    )
            if len(values) > MAX_BUTTONS:
                self.add(
                    doc,
                    (*base, "choices"),
                    "warning",
                    f"{len(values)} buttons; keep to {MAX_BUTTONS} or fewer on a small phone",
                )
            if step.input is not None and step.input.type == "language" and step.save:
                self.add(
                    doc,
                    (*base, "save"),
                    "warning",
                    "a language input sets the language; 'save' is not needed",
                )

    # -- variables: what is set for sure when a step runs ---------------------------------

    def step_outputs(
        self, step: StepModel, before: frozenset[str]
    ) -> tuple[frozenset[str], frozenset[str]]:
        """(variables its messages may use, variables set when it moves on)."""
        current = set(before) | set((step.set or {}).keys())
        for name in step.do or []:
            spec = self.c.actions.get(name)
            if spec is None:
                continue
            if spec.clears:
                current = set(self.facts())
            current |= spec.provides
        visible = frozenset(current)
        if step.save:
            current.add(step.save)
            if step.input is not None:
                current |= INPUT_EXTRAS.get(step.input.type, frozenset())
        return visible, frozenset(current)

    def facts(self) -> frozenset[str]:
        """Variables set at every step: the facts and the engine's built-ins (``channel``)."""
        return frozenset(self.c.facts.items) | BUILTIN_VARIABLES

    def known_variables(self) -> frozenset[str]:
        names: set[str] = set(self.facts()) | {"hint_municipality"}
        for _doc, _sid, step in self.steps():
            names |= set((step.set or {}).keys())
            if step.save:
                names.add(step.save)
                if step.input is not None:
                    names |= INPUT_EXTRAS.get(step.input.type, frozenset())
        for spec in self.c.actions.values():
            names |= spec.provides
        return frozenset(names)

    def available(self) -> dict[StepKey, frozenset[str]]:
        """Must-analysis: the variables set on every path from a conversation's start."""
        entries = set(self.entries())
        universe = self.known_variables()
        inn: dict[StepKey, frozenset[str]] = {key: universe for key in self.edges}
        for key in entries:
            inn[key] = self.facts()
        preds: dict[StepKey, list[StepKey]] = {}
        for src, edges in self.edges.items():
            for e in edges:
                preds.setdefault(e.target, []).append(src)
        changed = True
        while changed:
            changed = False
            for key in self.edges:
                incoming = [
                    self.step_outputs(self.models[p], inn[p])[1] for p in preds.get(key, [])
                ]
                new = frozenset.intersection(*incoming) if incoming else universe
                if key in entries:
                    new = self.facts()
                if new != inn[key]:
                    inn[key] = new
                    changed = True
        return inn

    def check_variables(self) -> None:
        known = self.known_variables()
        facts = self.facts()
        for doc, step_id, step in self.steps():
            for name in step.set or {}:
                if name in facts:
                    self.add(doc, ("steps", step_id, "set", name), "error", _taken(name, self.c))
            if step.save in facts:
                self.add(doc, ("steps", step_id, "save"), "error", _taken(step.save, self.c))
            for i, branch in enumerate(step.branch or []):
                cond = self.c.conditions.get(branch.if_)
                if cond is None:  # it does not parse: reported when the flow was read
                    continue
                at = ("steps", step_id, "branch", i, "if")
                for name in sorted(cond.variables() - known):
                    self.add(
                        doc,
                        at,
                        "error",
                        f"unknown variable '{name}' in condition (not saved, set or a fact)",
                    )
                for value in _channel_literals(cond.tree):
                    if value not in CHANNELS:
                        self.add(
                            doc,
                            at,
                            "error",
                            f"'channel' is never {value!r}; it is one of "
                            f"{', '.join(repr(c) for c in CHANNELS)}",
                        )
        if SOURCE_LOCALE not in self.c.catalog.locales:
            return
        inn = self.available()
        for doc, step_id, step in self.steps():
            visible, _after = self.step_outputs(step, inn.get((doc.name, step_id), facts))
            for keys, msg_id in self.message_uses(step_id, step):
                if not self.c.catalog.has(SOURCE_LOCALE, msg_id):
                    self.add(
                        doc,
                        keys,
                        "error",
                        f"message '{msg_id}' is not in locales/{SOURCE_LOCALE}",
                    )
                    continue
                missing = self.c.catalog.variables(msg_id, SOURCE_LOCALE) - visible
                for name in sorted(missing):
                    where = "is never set" if name not in known else "may not be set yet here"
                    self.add(
                        doc,
                        keys,
                        "error",
                        f"message '{msg_id}' uses ${name}, which {where}",
                    )
            for spec_name in step.do or []:
                spec = self.c.actions.get(spec_name)
                if spec is None:
                    continue
                for name in sorted(spec.requires - visible):
                    self.add(
                        doc,
                        ("steps", step_id, "do"),
                        "error",
                        f"action '{spec_name}' needs '{name}', which may not be set yet here",
                    )

    @staticmethod
    def message_uses(step_id: str, step: StepModel) -> Iterator[tuple[tuple[str | int, ...], str]]:
        base: tuple[str | int, ...] = ("steps", step_id)
        if isinstance(step.say, str):
            yield (*base, "say"), step.say
        elif step.say:
            for i, msg in enumerate(step.say):
                yield (*base, "say", i), msg
        if step.ask:
            yield (*base, "ask"), step.ask
        for i, choice in enumerate(step.choices or []):
            yield (*base, "choices", i, "label"), choice.label

    # -- locales ---------------------------------------------------------------------------

    def check_locales(self) -> None:
        cat = self.c.catalog
        if SOURCE_LOCALE not in cat.locales:
            self.problems.append(
                Problem(
                    "locales", 1, 1, "error", f"the source locale '{SOURCE_LOCALE}' is missing"
                )
            )
            return
        labels = {c.label for _d, _s, st in self.steps() for c in st.choices or []}
        used = {m for _d, sid, st in self.steps() for _k, m in self.message_uses(sid, st)}
        for lang in cat.locales:
            needed = sorted(
                (self.used_in(lang) | set(ENGINE_MESSAGES)) & cat.message_ids(SOURCE_LOCALE)
            )
            missing = [m for m in needed if not cat.has(lang, m)]
            if missing and lang != SOURCE_LOCALE:
                more = " …" if len(missing) > 5 else ""
                self.problems.append(
                    Problem(
                        f"locales/{lang}",
                        1,
                        1,
                        "warning",
                        f"{len(missing)} message(s) not translated (shown in the fallback "
                        f"language): {', '.join(missing[:5])}{more}",
                    )
                )
            for msg_id in sorted(cat.message_ids(lang)):
                self.check_message(lang, msg_id, used, labels)

    def used_in(self, lang: str) -> set[str]:
        """Messages of the flows written for ``lang`` (a flow without ``locales`` is for all)."""
        return {
            m
            for doc, sid, st in self.steps()
            if doc.model.locales is None or lang in doc.model.locales
            for _k, m in self.message_uses(sid, st)
        }

    def check_message(self, lang: str, msg_id: str, used: set[str], labels: set[str]) -> None:
        """One message in one locale: known to the source, its variables, length, rendering."""
        cat = self.c.catalog
        path, line, col = cat.location(lang, msg_id) or (f"locales/{lang}", 1, 1)

        def report(level: Level, message: str) -> None:
            self.problems.append(Problem(path, line, col, level, message))

        if lang != SOURCE_LOCALE:
            if not cat.has(SOURCE_LOCALE, msg_id):
                report("warning", f"'{msg_id}' is not in '{SOURCE_LOCALE}' (obsolete?)")
                return
            extra = cat.variables(msg_id, lang) - cat.variables(msg_id, SOURCE_LOCALE)
            for name in sorted(extra):
                report(
                    "error",
                    f"'{msg_id}' uses ${name}, which the '{SOURCE_LOCALE}' message does not",
                )
        elif msg_id not in used and not msg_id.startswith(CHANNEL_PREFIXES):
            report("warning", f"'{msg_id}' is not used by any flow")
        self.check_plurals(lang, msg_id, report)
        args = {**{v: "x" for v in cat.variables(msg_id, lang)}, **self.c.facts.variables()}
        try:
            text = self.strict_catalog.format(lang, msg_id, args)
        except LocaleError as exc:  # rendered strictly: a render error names the fault
            report("error", exc.message)
            return
        if msg_id in labels and len(text) > MAX_LABEL:
            report(
                "error",
                f"button label '{msg_id}' has {len(text)} characters; "
                f"at most {MAX_LABEL} fit a phone",
            )
        elif len(text) > MAX_MESSAGE:
            report(
                "warning",
                f"'{msg_id}' has {len(text)} characters; keep messages under {MAX_MESSAGE}",
            )

    def check_plurals(self, lang: str, msg_id: str, report: Callable[[Level, str], None]) -> None:
        """A plural select (``[one]``, ``[few]`` ...) on a fact that is not a number never picks
        those forms: Fluent compares the text with the keys and always shows the default."""
        entry = self.c.catalog.entry(lang, msg_id)
        if entry is None:
            return
        collector = _SelectCollector()  # visits the catalog's AST: no second parse
        collector.visit(entry)
        for select in collector.selects:
            name = _selected_variable(select)
            fact = self.c.facts.items.get(name or "")
            if fact is None or isinstance(fact.value, int):
                continue
            keys = {v.key.name for v in select.variants if isinstance(v.key, ast.Identifier)}
            plural = sorted(keys & PLURAL_KEYS)
            if plural:
                report(
                    "error",
                    f"'{msg_id}' selects plural forms ({', '.join(plural)}) of ${name}, but the "
                    f"fact '{name}' is not a number ({fact.value!r}): those forms never apply; "
                    "make the fact a number or select on its text",
                )

    def check_freshness(self) -> None:
        self.problems.extend(self.c.facts.stale(self.today))
        for doc in self.c.flows.values():
            due = doc.model.review_by
            if due is not None and due < self.today:
                self.add(
                    doc,
                    ("review_by",),
                    "warning",
                    f"flow '{doc.name}' was due for review on {due.isoformat()}",
                )
        unconfirmed = {n for n, f in self.c.facts.items.items() if f.status == "unconfirmed"}
        if not unconfirmed or SOURCE_LOCALE not in self.c.catalog.locales:
            return
        for msg_id in sorted(self.c.catalog.message_ids(SOURCE_LOCALE)):
            for name in sorted(self.c.catalog.variables(msg_id, SOURCE_LOCALE) & unconfirmed):
                path, line, col = self.c.catalog.location(SOURCE_LOCALE, msg_id) or (
                    "locales/en",
                    1,
                    1,
                )
                self.problems.append(
                    Problem(
                        path,
                        line,
                        col,
                        "warning",
                        f"'{msg_id}' states ${name}, which facts.yaml marks unconfirmed: "
                        "word it as uncertain",
                    )
                )
