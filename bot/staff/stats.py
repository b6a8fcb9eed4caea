"""``igubot stats``: where people stop in the forms, as the staff overview names it, as text.

The same rows as the overview page's drop-off tables (:mod:`bot.staff.overview` picks the
questions and labels them, :func:`bot.staff.chart.funnel_charts` counts them): only the steps a
person answers, each named by its question in the staff language, under the form's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.content import Content
from bot.staff.chart import Chart, funnel_charts
from bot.staff.overview import Filter, form_questions, labels, only_questions, step_order
from bot.staff.render import Renderer, language_name
from bot.store import FunnelRow
from bot.store.overview import HourCount

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


def conversations(hours: Iterable[HourCount], flt: Filter) -> dict[str, dict[str, int]]:
    """Conversations ``by_lang`` and ``by_campaign`` (``""``: none), most first, as the
    overview page counts them (each once, in the language it got first)."""
    out: dict[str, dict[str, int]] = {"by_lang": {}, "by_campaign": {}}
    for count in hours:
        if flt.keeps(count):
            for name, key in (("by_lang", count.lang), ("by_campaign", count.campaign)):
                out[name][key or ""] = out[name].get(key or "", 0) + count.count
    return {
        name: dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
        for name, counts in out.items()
    }


def conversations_text(
    counts: dict[str, dict[str, int]], renderer: Renderer, lang: str
) -> list[str]:
    """The conversation counts as lines, under "Conversations by language" / "by campaign";
    nothing when there are none."""
    t = renderer.t(lang)
    if not counts["by_lang"]:
        return []
    lines: list[str] = []
    for name, heading, none in (
        ("by_lang", "staff-stats-by-lang", "staff-overview-no-lang"),
        ("by_campaign", "staff-stats-by-campaign", "staff-overview-no-campaign"),
    ):
        named = [
            (
                t(none) if not key else (language_name(key, lang) if name == "by_lang" else key),
                str(n),
            )
            for key, n in counts[name].items()
        ]
        width = max(len(k) for k, _n in named)
        number = max(len(n) for _k, n in named)
        lines.append(t(heading))
        lines += [f"  {k.ljust(width)}  {n.rjust(number)}" for k, n in named]
        lines.append("")
    return lines


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
