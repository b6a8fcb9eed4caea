"""`igubot graph FLOW` prints a Mermaid diagram of a flow."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from click.testing import CliRunner

from bot.face.cli import main
from bot.flows import FlowDoc, load_flows
from tests.support.tree import ROOT

#: An arrow of the diagram: ``  s_a --> s_b`` or ``  s_a -->|label| x_menu__start``.
EDGE = re.compile(r"^  (\w+) -->(?:\|([^|]*)\|)? (\w+)$")


def _graph(flow: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["graph", flow], env={"IGUBOT_CONTENT_DIR": str(ROOT)})
    return result.exit_code, result.output


def test_graph_shows_steps_buttons_branches_and_jumps() -> None:
    code, text = _graph("interest")
    assert code == 0
    assert text.startswith("flowchart TD\n  begin(( )) --> s_start\n")
    assert "  s_consent -->|yes| s_saved" in text
    assert "  s_contact_route -->|contact == #quot;email#quot;| s_email" in text
    assert '  x_menu__start(("menu:start"))' in text
    assert 's_saved(["saved<br/>do: save_lead<br/>interest-saved"])' in text


def _node(flow: str, target: str) -> str:
    """The diagram's id of a step: ``s_step`` in this flow, ``x_flow__step`` in another."""
    other, _sep, step = target.rpartition(":")
    return f"x_{other}__{step}" if other and other != flow else f"s_{step}"


def _transitions(doc: FlowDoc) -> tuple[Counter[tuple[str, str]], set[tuple[str, str, str]]]:
    """Every way a step of ``doc`` moves on, as (from, to) node ids, and the buttons' labels.

    A button goes to its own ``next``, else to the step's; a branch to its ``next``; the step's
    ``next`` is also taken after a typed answer and when no branch holds.
    """
    moves: Counter[tuple[str, str]] = Counter()
    buttons: set[tuple[str, str, str]] = set()
    for step_id, step in doc.model.steps.items():
        me = _node(doc.name, step_id)
        for choice in step.choices or []:
            if choice.next:
                moves[me, _node(doc.name, choice.next)] += 1
                buttons.add((me, choice.value, _node(doc.name, choice.next)))
        for branch in step.branch or []:
            moves[me, _node(doc.name, branch.next)] += 1
        choices = step.choices or []
        if step.next and (not choices or step.input or any(c.next is None for c in choices)):
            moves[me, _node(doc.name, step.next)] += 1
    return moves, buttons


@pytest.mark.slow
def test_graph_of_every_flow_has_an_edge_for_every_transition() -> None:
    flows = load_flows(ROOT / "flows").flows
    assert flows
    for name, doc in flows.items():
        code, text = _graph(name)
        assert code == 0, name
        edges = [m.groups() for line in text.splitlines() if (m := EDGE.match(line))]
        expected, buttons = _transitions(doc)
        assert sum(expected.values()) > 0, name
        assert Counter((src, dst) for src, _label, dst in edges) == expected, name
        assert buttons <= set(edges), name
        assert f"  begin(( )) --> {_node(name, doc.model.start)}\n" in text, name


def test_graph_of_an_unknown_flow_names_the_flows() -> None:
    code, text = _graph("nope")
    assert code == 1
    assert "no flow 'nope' (flows: about, " in text
