"""`igubot graph FLOW` prints a Mermaid diagram of a flow."""

from __future__ import annotations

from click.testing import CliRunner

from bot.cli import main
from tests.conftest import ROOT


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


def test_graph_of_every_flow_has_an_edge_for_every_target() -> None:
    for path in sorted((ROOT / "flows").glob("*.yaml")):
        code, text = _graph(path.stem)
        assert code == 0, path.name
        assert "-->" in text


def test_graph_of_an_unknown_flow_names_the_flows() -> None:
    code, text = _graph("nope")
    assert code == 1
    assert "no flow 'nope' (flows: about, " in text
