"""``igubot stats``: where people stop in the forms, as the staff overview names it, as text.

The same rows as the overview page's drop-off tables (:mod:`bot.staff.overview` picks the
questions and labels them, :func:`bot.staff.chart.funnel_charts` counts them): only the steps a
person answers, each named by its question in the staff language, under the form's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.content import Content
from bot.staff.chart import Chart, funnel_charts
from bot.staff.overview import form_questions, labels, only_questions, step_order
from bot.staff.render import Renderer
from bot.store import FunnelRow

#: The counts of a question, in the order of the overview page's table.
COLUMNS = ("entered", "answered", "dropped", "invalid")
_HEADINGS = ("staff-col-question", *(f"staff-event-{c}" for c in COLUMNS))


def form_funnel(content: Content, rows: Iterable[FunnelRow], lang: str) -> list[Chart]:
    """Per form, its questions with their counts, in the form's order.

    :param rows: funnel counts (``Store.funnel_counts``).
    :param lang: the staff language of the question labels.
    """
    questions = form_questions(content, lang)
    return funnel_charts(only_questions(rows, questions), step_order(questions), labels(questions))


def funnel_rows(charts: Sequence[Chart]) -> list[dict[str, object]]:
    """One dict per question: the flow and step ids (for scripts), its label and counts."""
    return [
        {
            "flow": chart.flow,
            "step": bar.step,
            "question": bar.label,
            **{c: bar.dropped if c == "dropped" else bar.counts[c] for c in COLUMNS},
            "completed": bar.counts["completed"],
        }
        for chart in charts
        for bar in chart.bars
    ]


def funnel_text(charts: Sequence[Chart], renderer: Renderer, lang: str) -> list[str]:
    """The tables as lines: each form's name, then its questions and counts, aligned."""
    t = renderer.t(lang)
    if not charts:
        return [t("staff-funnel-none")]
    header = tuple(t(msg_id) for msg_id in _HEADINGS)
    lines: list[str] = []
    for chart in charts:
        table = [header]
        table += [
            (bar.label, *(str(bar.dropped if c == "dropped" else bar.counts[c]) for c in COLUMNS))
            for bar in chart.bars
        ]
        widths = [max(len(row[i]) for row in table) for i in range(len(header))]
        if lines:
            lines.append("")
        lines.append(renderer.label(lang, "flow", chart.flow))
        for row in table:
            cells = [
                cell.ljust(w) if i == 0 else cell.rjust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            lines.append(("  " + "  ".join(cells)).rstrip())
    return lines
