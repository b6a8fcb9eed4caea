"""The funnel as bar charts: geometry computed here, drawn as inline SVG by a template.

Counts only (from the anonymous ``events`` table): per step of a flow, how many entered it,
answered, gave an invalid answer, or completed the flow there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bot.store import FunnelRow

EVENTS = ("entered", "answered", "invalid", "completed")
LABEL_WIDTH = 330
BAR_WIDTH = 420
ROW_HEIGHT = 30
BAR_HEIGHT = 11
TOP = 8


@dataclass(frozen=True)
class Bar:
    """One step: its label, counts and the lengths of its two bars (entered, answered)."""

    step: str
    counts: Mapping[str, int]
    y: int
    entered_width: float
    answered_width: float
    label: str = ""

    @property
    def dropped(self) -> int:
        """Reached the step but did not answer it (left, or went elsewhere)."""
        return max(0, self.counts["entered"] - self.counts["answered"])


@dataclass(frozen=True)
class Chart:
    """One flow's funnel."""

    flow: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT


def funnel_charts(
    rows: Iterable[FunnelRow],
    step_order: Mapping[str, Sequence[str]],
    labels: Mapping[tuple[str, str], str] | None = None,
) -> list[Chart]:
    """One chart per flow with events, steps in the flow's order (unknown steps last).

    :param rows: funnel counts.
    :param step_order: the steps of each flow as written in its file.
    :param labels: ``(flow, step)`` → what staff read for the step (default: the step id).
    """
    labels = labels or {}
    counts: dict[str, dict[str, dict[str, int]]] = {}
    for row in rows:
        step = counts.setdefault(row.flow, {}).setdefault(row.step, dict.fromkeys(EVENTS, 0))
        step[row.event] = step.get(row.event, 0) + row.count
    flows = [f for f in step_order if f in counts] + sorted(set(counts) - set(step_order))
    charts = []
    for flow in flows:
        known = [s for s in step_order.get(flow, ()) if s in counts[flow]]
        steps = known + sorted(set(counts[flow]) - set(known))
        top = max(max(counts[flow][s]["entered"], counts[flow][s]["answered"]) for s in steps)
        scale = BAR_WIDTH / top if top else 0.0
        bars = tuple(
            Bar(
                step=s,
                counts=counts[flow][s],
                y=TOP + i * ROW_HEIGHT,
                entered_width=round(counts[flow][s]["entered"] * scale, 1),
                answered_width=round(counts[flow][s]["answered"] * scale, 1),
                label=labels.get((flow, s), s),
            )
            for i, s in enumerate(steps)
        )
        height = TOP * 2 + len(bars) * ROW_HEIGHT
        charts.append(Chart(flow, bars, LABEL_WIDTH + BAR_WIDTH + 70, height))
    return charts


def totals(rows: Iterable[FunnelRow]) -> dict[tuple[str, str], dict[str, int]]:
    """``(flow, step)`` → counts per event, for tables and ``igubot stats``."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for row in rows:
        cell = out.setdefault((row.flow, row.step), dict.fromkeys(EVENTS, 0))
        cell[row.event] = cell.get(row.event, 0) + row.count
    return out
