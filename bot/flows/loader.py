"""Read ``flows/*.yaml`` with line numbers, validate against the schema, keep node positions."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from pydantic import ValidationError

from bot.flows.conditions import Condition, ConditionError
from bot.flows.schema import FlowModel, StepModel
from bot.kernel.problems import Problem, display_path


@dataclass(frozen=True)
class FlowDoc:
    """A validated flow with the YAML node tree, to point problems at the right line.

    ``conditions`` holds every ``branch: - if:`` of the flow that parses, by its source text.
    """

    model: FlowModel
    path: str
    root: yaml.Node
    conditions: Mapping[str, Condition]

    @property
    def name(self) -> str:
        """The flow id."""
        return self.model.flow

    def step(self, step_id: str) -> StepModel:
        """The step called ``step_id``."""
        return self.model.steps[step_id]

    def node(self, *keys: str | int) -> yaml.Node | None:
        """The YAML node at ``keys``, if it exists."""
        return node_at(self.root, keys)

    def where(self, *keys: str | int) -> tuple[int, int]:
        """1-based (line, col) of the node at ``keys``, or of its deepest existing parent.

        A mapping or list (a whole step, say) is pointed at by its key, the line people read.
        """
        return position(self.root, keys)


def node_at(root: yaml.Node, keys: tuple[str | int, ...]) -> yaml.Node | None:
    """The YAML node at ``keys`` below ``root``, if it exists."""
    node: yaml.Node | None = root
    for key in keys:
        node = _child(node, key) if node is not None else None
    return node


def position(root: yaml.Node, keys: tuple[str | int, ...]) -> tuple[int, int]:
    """:meth:`FlowDoc.where` for any YAML tree: a scalar's position, a mapping's or list's key."""
    node = node_at(root, keys)
    if keys and isinstance(node, yaml.MappingNode | yaml.SequenceNode):
        return key_position(root, keys)
    return node_position(root, keys)


def node_position(root: yaml.Node, keys: tuple[str | int, ...]) -> tuple[int, int]:
    """Walk ``keys`` through mapping keys / sequence indexes; return the last node reached."""
    node = root
    for key in keys:
        child = _child(node, key)
        if child is None:
            break
        node = child
    return node.start_mark.line + 1, node.start_mark.column + 1


def key_position(root: yaml.Node, keys: tuple[str | int, ...]) -> tuple[int, int]:
    """1-based (line, col) of the *key* at the end of ``keys`` (falls back to its value)."""
    parent = root
    for key in keys[:-1]:
        child = _child(parent, key)
        if child is None:
            return node_position(root, keys)
        parent = child
    key_node = _key_node(parent, keys[-1]) if keys else None
    if key_node is None:
        return node_position(root, keys)
    return key_node.start_mark.line + 1, key_node.start_mark.column + 1


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                value: yaml.Node = v
                return value
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    return None


def _key_node(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                return k if isinstance(k, yaml.Node) else None
    return None


def read_text(path: Path, shown: str) -> str | Problem:
    """The file as UTF-8, or a located problem (bad UTF-8: at its first bad byte)."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raw = path.read_bytes()
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return Problem(shown, line, col, "error", "not valid UTF-8 (save the file as UTF-8)")
    except OSError as exc:
        return Problem(shown, 1, 1, "error", f"cannot read file: {exc.strerror or exc}")


#: libyaml's loader, when PyYAML was built with it: the same nodes, marks and values as the
#: pure-Python one, composed about ten times faster. Problems are still worded by the
#: pure-Python loader (see :func:`compose_and_load`), so a message never depends on the build.
#: libyaml accepts a little more of YAML (a tab after ``key:``), meaning the same.
_FAST_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def compose_and_load(text: str) -> tuple[yaml.Node | None, Any]:
    """The YAML document of ``text`` as nodes (for positions) and as data, from one parse.

    With libyaml the text is composed once and the data built from those nodes. A text it
    refuses is read again the pure-Python way, as before, so that the error raised (and its
    wording and position, which tests and authors see) is the same with and without libyaml.

    :raises yaml.YAMLError: the text is not YAML.
    :raises ValueError: a scalar PyYAML resolves but cannot build, such as ``2026-13-40``.
    """
    if _FAST_LOADER is not None:
        loader = _FAST_LOADER(text)
        try:
            root = loader.get_single_node()
            return root, (loader.construct_document(root) if root is not None else None)
        except (yaml.YAMLError, ValueError):
            pass  # worded below by the pure-Python loader
        finally:
            loader.dispose()
    return yaml.compose(text, Loader=yaml.SafeLoader), yaml.safe_load(text)


def bad_scalar(shown: str, text: str) -> Problem:
    """Locate the scalar PyYAML resolved (as a date) but could not build, e.g. ``2026-13-40``."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    todo: list[yaml.Node] = [root] if root is not None else []
    while todo:
        node = todo.pop(0)
        if isinstance(node, yaml.MappingNode):
            todo = [n for pair in node.value for n in pair] + todo
        elif isinstance(node, yaml.SequenceNode):
            todo = list(node.value) + todo
        elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":timestamp"):
            try:
                yaml.SafeLoader("").construct_yaml_timestamp(node)
            except ValueError as exc:
                line, col = node.start_mark.line + 1, node.start_mark.column + 1
                message = f"'{node.value}' is not a valid date (YYYY-MM-DD): {exc}"
                return Problem(shown, line, col, "error", message)
    return Problem(shown, 1, 1, "error", "YAML: a value cannot be read")


def duplicate_keys(node: yaml.Node) -> Iterator[yaml.Node]:
    """Yield key nodes that repeat an earlier key of the same mapping (YAML keeps the last)."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode):
                if k.value in seen:
                    yield k
                seen.add(k.value)
            yield from duplicate_keys(v)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from duplicate_keys(item)


@dataclass
class LoadResult:
    """Flows that loaded, and problems with the ones that did not."""

    flows: dict[str, FlowDoc] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_flow_file(path: Path, result: LoadResult) -> None:
    """Load one file into ``result``; every problem is located."""
    shown = display_path(path)
    text = read_text(path, shown)
    if isinstance(text, Problem):
        result.problems.append(text)
        return
    try:
        root, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        result.problems.append(Problem(shown, line, col, "error", f"YAML: {exc.problem}"))
        return
    except yaml.YAMLError as exc:
        result.problems.append(Problem(shown, 1, 1, "error", f"YAML: {exc}"))
        return
    except ValueError:  # a scalar PyYAML resolves but cannot build, such as 2026-13-40
        result.problems.append(bad_scalar(shown, text))
        return
    if root is None or not isinstance(data, dict):
        result.problems.append(Problem(shown, 1, 1, "error", "a flow file must be a mapping"))
        return
    for dup in duplicate_keys(root):
        line, col = dup.start_mark.line + 1, dup.start_mark.column + 1
        result.problems.append(
            Problem(
                shown,
                line,
                col,
                "error",
                f"duplicate key '{dup.value}' (ids must be unique)",
            )
        )
    try:
        model = FlowModel.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            result.problems.append(locate_validation_error(shown, root, err, _allowed_keys))
        return
    if model.flow != path.stem:
        line, col = node_position(root, ("flow",))
        result.problems.append(
            Problem(
                shown,
                line,
                col,
                "error",
                f"flow id '{model.flow}' must match the file name '{path.stem}'",
            )
        )
        return
    if model.flow in result.flows:
        other = result.flows[model.flow].path
        result.problems.append(
            Problem(shown, 1, 1, "error", f"flow '{model.flow}' also in {other}")
        )
        return
    conditions, problems = parse_conditions(shown, model, root)
    result.problems += problems
    result.flows[model.flow] = FlowDoc(model, shown, root, MappingProxyType(conditions))


def parse_conditions(
    shown: str, model: FlowModel, root: yaml.Node
) -> tuple[dict[str, Condition], list[Problem]]:
    """Every branch condition of ``model`` parsed, by its source text, and what did not parse.

    A condition that does not parse is left out and located at the character of the fault
    (counted inside the quotes when the YAML value is quoted).
    """
    conditions: dict[str, Condition] = {}
    problems: list[Problem] = []
    for step_id, step in model.steps.items():
        for i, branch in enumerate(step.branch or []):
            try:
                conditions[branch.if_] = Condition.parse(branch.if_)
            except ConditionError as exc:
                keys: tuple[str | int, ...] = ("steps", step_id, "branch", i, "if")
                line, col = position(root, keys)
                node = node_at(root, keys)
                if isinstance(node, yaml.ScalarNode) and node.style in {"'", '"'}:
                    col += 1  # the opening quote
                problems.append(Problem(shown, line, col + exc.col, "error", f"condition: {exc}"))
    return conditions, problems


def locate_validation_error(
    path: str,
    root: yaml.Node,
    err: Any,
    allowed_keys: Callable[[tuple[str | int, ...]], list[str]] | None = None,
) -> Problem:
    """Point a pydantic error at its YAML node (an unknown key: at the key itself)."""
    loc: tuple[str | int, ...] = tuple(
        p for p in err["loc"] if not (isinstance(p, str) and "[" in p)
    )
    on_key = "[key]" in err["loc"]  # a mapping key itself is wrong (an id's spelling)
    where = ".".join(str(p) for p in loc)
    kind = err["type"]
    if kind == "extra_forbidden":
        parent = loc[:-1]
        parent_node: yaml.Node = root
        for key in parent:
            child = _child(parent_node, key)
            if child is None:
                break
            parent_node = child
        key_node = _key_node(parent_node, loc[-1])
        node = key_node or parent_node
        allowed = allowed_keys(parent) if allowed_keys else []
        hint = f"; allowed here: {', '.join(allowed)}" if allowed else ""
        message = f"unknown key '{loc[-1]}' at {where}{hint}"
        return Problem(
            path, node.start_mark.line + 1, node.start_mark.column + 1, "error", message
        )
    line, col = key_position(root, loc) if on_key and loc else node_position(root, loc)
    text = str(err["msg"]).removeprefix("Value error, ")
    return Problem(path, line, col, "error", f"{where}: {text}" if where else text)


def _allowed_keys(parent: tuple[str | int, ...]) -> list[str]:
    from bot.flows.schema import BranchModel, ChoiceModel, InputModel

    models: dict[int, type[Any]] = {0: FlowModel, 2: StepModel}
    model: type[Any] | None = models.get(len(parent))
    if len(parent) >= 3 and parent[0] == "steps":
        field_name = parent[2]
        model = {
            "choices": ChoiceModel,
            "input": InputModel,
            "branch": BranchModel,
        }.get(str(field_name))
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def load_flows(flows_dir: Path) -> LoadResult:
    """Load every ``*.yaml`` in ``flows_dir`` (sorted); problems are collected, not raised."""
    result = LoadResult()
    if not flows_dir.is_dir():
        result.problems.append(
            Problem(display_path(flows_dir), 1, 1, "error", "flows directory not found")
        )
        return result
    for path in sorted(flows_dir.glob("*.yaml")):
        load_flow_file(path, result)
    return result
