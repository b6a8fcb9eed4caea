"""Freshness: facts and flows past their review date, unconfirmed facts stated as certain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.check.walk import at
from bot.content import Content
from bot.i18n import SOURCE_LOCALE
from bot.kernel.problems import Problem


def check_freshness(content: Content, today: dt.date) -> Iterator[Problem]:
    """What has not been checked against its source recently enough, or is not confirmed."""
    yield from content.facts.stale(today)
    for doc in content.flows.values():
        due = doc.model.review_by
        if due is not None and due < today:
            yield at(
                doc,
                ("review_by",),
                "warning",
                f"flow '{doc.name}' was due for review on {due.isoformat()}",
            )
    unconfirmed = {n for n, f in content.facts.items.items() if f.status == "unconfirmed"}
    catalog = content.catalog
    if not unconfirmed or SOURCE_LOCALE not in catalog.locales:
        return
    for msg_id in sorted(catalog.message_ids(SOURCE_LOCALE)):
        for name in sorted(catalog.variables(msg_id, SOURCE_LOCALE) & unconfirmed):
            path, line, col = catalog.location(SOURCE_LOCALE, msg_id) or (
                f"locales/{SOURCE_LOCALE}",
                1,
                1,
            )
            yield Problem(
                path,
                line,
                col,
                "warning",
                f"'{msg_id}' states ${name}, which facts.yaml marks unconfirmed: "
                "word it as uncertain",
            )
