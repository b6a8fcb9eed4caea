"""The funnel as a manager reads it: conversations and leads by week, language and campaign, and
where people stop in the forms, each question named by what it asks.

Counts only. A conversation is counted once, when it gets its first language (the ``started``
event: from the page, a poster's link or the language question), in that language and with its
campaign. Leads are the user's own
municipalities'. Drop-offs are shown only for the forms (flows that save an answer) and only at
the steps a person answers (an ``ask`` with buttons or typing): routing steps nobody sees are
left out. A question is labelled with its own text in the staff language (first sentence).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.content import Content
from bot.store import FunnelRow
from bot.store.overview import HourCount

#: Weeks shown on the page, newest first.
WEEKS = 12
_SENTENCE = re.compile(r"(?<=[.?!:])\s")
_MAX_LABEL = 80


@dataclass
class Row:
    """Conversations and leads of one week, language or campaign."""

    key: str
    conversations: int = 0
    leads: Counter[str] = field(default_factory=Counter)

    @property
    def lead_total(self) -> int:
        """All leads of the row, whatever their kind."""
        return sum(self.leads.values())


@dataclass(frozen=True)
class Filter:
    """The page's filters: one language and/or one campaign, ``None`` for all."""

    lang: str | None = None
    campaign: str | None = None

    def keeps(self, count: HourCount) -> bool:
        """Whether ``count`` belongs to the filtered view."""
        return (self.lang is None or count.lang == self.lang) and (
            self.campaign is None or count.campaign == self.campaign
        )


def week_of(hour: str, zone: ZoneInfo) -> str:
    """The ISO week (``2026-W49``) in ``zone`` of a UTC hour ``YYYY-MM-DDTHH``."""
    moment = dt.datetime.fromisoformat(f"{hour}:00:00+00:00").astimezone(zone)
    year, week, _day = moment.isocalendar()
    return f"{year}-W{week:02d}"


def tables(
    conversations: Iterable[HourCount],
    leads: Iterable[HourCount],
    flt: Filter,
    zone: ZoneInfo,
) -> dict[str, list[Row]]:
    """Rows ``by_week`` (newest first, at most :data:`WEEKS`), ``by_lang`` and ``by_campaign``
    (most conversations first); ``""`` stands for "no language yet" / "no campaign"."""
    groups: dict[str, dict[str, Row]] = {"by_week": {}, "by_lang": {}, "by_campaign": {}}

    def rows_of(count: HourCount) -> Iterable[Row]:
        keys = {
            "by_week": week_of(count.hour, zone),
            "by_lang": count.lang or "",
            "by_campaign": count.campaign or "",
        }
        for name, key in keys.items():
            yield groups[name].setdefault(key, Row(key))

    for count in conversations:
        if flt.keeps(count):
            for row in rows_of(count):
                row.conversations += count.count
    for count in leads:
        if flt.keeps(count):
            for row in rows_of(count):
                row.leads[count.kind] += count.count
    by_week = sorted(groups["by_week"].values(), key=lambda r: r.key, reverse=True)[:WEEKS]

    def biggest(rows: Iterable[Row]) -> list[Row]:
        return sorted(rows, key=lambda r: (-r.conversations, -r.lead_total, r.key))

    return {
        "by_week": by_week,
        "by_lang": biggest(groups["by_lang"].values()),
        "by_campaign": biggest(groups["by_campaign"].values()),
    }


@dataclass(frozen=True)
class Question:
    """One step a person answers, named by what it asks."""

    step: str
    label: str


def form_questions(content: Content, lang: str) -> dict[str, list[Question]]:
    """Per form (a flow with a step that saves an answer), its questions in file order."""
    out: dict[str, list[Question]] = {}
    for name, doc in content.flows.items():
        steps = doc.model.steps
        if not any(s.save or s.consent for s in steps.values()):
            continue
        out[name] = [
            Question(step_id, question_label(content, lang, step.ask))
            for step_id, step in steps.items()
            if step.ask and (step.choices is not None or step.input is not None)
        ]
    return out


def question_label(content: Content, lang: str, msg_id: str) -> str:
    """The question of message ``msg_id`` in ``lang``: its first sentence that ends in ``?``
    (else its first sentence), at most 80 characters.

    Variables that are facts get their value; the others (a municipality's name) show ``…``.
    """
    facts = content.facts.variables()
    args = {name: facts.get(name, "…") for name in content.catalog.variables(msg_id)}
    text = " ".join(content.catalog.format(lang, msg_id, args).split())
    sentences = _SENTENCE.split(text)
    first = next((x for x in sentences if x.endswith(("?", "؟"))), sentences[0])
    first = first[:1].upper() + first[1:]  # "First: what is your name?" -> "What is your name?"
    return first if len(first) <= _MAX_LABEL else first[: _MAX_LABEL - 1].rstrip() + "…"


def step_order(questions: Mapping[str, Sequence[Question]]) -> dict[str, list[str]]:
    """The funnel chart's rows: each form's question steps in order."""
    return {flow: [q.step for q in qs] for flow, qs in questions.items()}


def labels(questions: Mapping[str, Sequence[Question]]) -> dict[tuple[str, str], str]:
    """``(flow, step)`` → the question's label, for the chart."""
    return {(flow, q.step): q.label for flow, qs in questions.items() for q in qs}


def only_questions(
    rows: Iterable[FunnelRow], questions: Mapping[str, Sequence[Question]]
) -> list[FunnelRow]:
    """The funnel rows of form questions only (routing steps and other flows left out)."""
    asked = {(flow, q.step) for flow, qs in questions.items() for q in qs}
    return [r for r in rows if (r.flow, r.step) in asked]
