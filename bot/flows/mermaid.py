"""A flow as a Mermaid diagram (``igubot graph FLOW``): steps, buttons, branches, jumps out."""

from __future__ import annotations

import re

from bot.flows.loader import FlowDoc

_UNSAFE = re.compile(r"[\[\]{}()<>|#;`]")


def _label(text: str) -> str:
    return _UNSAFE.sub(" ", text).replace('"', "#quot;").strip()


def _node(flow: str, target: str) -> str:
    """A node id that can never be a Mermaid keyword (``end``)."""
    other, _sep, step = target.rpartition(":")
    return f"x_{other}__{step}" if other and other != flow else f"s_{step}"


def mermaid(doc: FlowDoc) -> str:
    """Mermaid ``flowchart TD`` text for one flow; other flows' steps appear as round nodes."""
    flow = doc.name
    lines = ["flowchart TD", f"  begin(( )) --> {_node(flow, doc.model.start)}"]
    outside: set[str] = set()
    for step_id, step in doc.model.steps.items():
        parts = [step_id]
        if step.do:
            parts.append("do: " + ", ".join(step.do))
        if step.ask:
            parts.append(step.ask)
        elif isinstance(step.say, str):
            parts.append(step.say)
        elif step.say:
            parts.append(step.say[0] + " …")
        text = "<br/>".join(_label(p) for p in parts)
        me = _node(flow, step_id)
        shape = f'{me}["{text}"]' if step.ask else f'{me}(["{text}"])'
        if step.end:
            shape = f'{me}[["{text}"]]'
        lines.append(f"  {shape}")
        targets: list[tuple[str, str]] = []
        for choice in step.choices or []:
            if choice.next:
                targets.append((choice.next, choice.value))
        for branch in step.branch or []:
            targets.append((branch.next, branch.if_))
        if step.next:
            label = "else" if step.branch else ("typed" if step.input and step.choices else "")
            if not step.choices or step.input or any(c.next is None for c in step.choices):
                targets.append((step.next, label))
        for target, label in targets:
            node = _node(flow, target)
            if ":" in target and not target.startswith(f"{flow}:"):
                outside.add(f'  {node}(("{_label(target)}"))')
            arrow = f" -->|{_label(label)}| " if label else " --> "
            lines.append(f"  {me}{arrow}{node}")
    lines.extend(sorted(outside))
    return "\n".join(lines) + "\n"
