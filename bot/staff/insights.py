"""Counts-only pages: the overview (conversations, leads, drop-offs) and the regional demand."""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from bot.kernel.municipalities import Municipalities
from bot.staff.chart import funnel_charts
from bot.staff.digest import DEMAND_DAYS
from bot.staff.overview import (
    Filter,
    form_questions,
    labels,
    only_questions,
    step_order,
    tables,
)
from bot.staff.pages import page, signed_in, staff, visitor
from bot.store import iso_timestamp


async def funnel(request: web.Request) -> web.Response:
    """``GET /staff/funnel?lang=&campaign=``: conversations and leads by week, language and
    campaign, and where people stop in the forms."""
    session = signed_in(request)
    s = staff(request)
    store = s.services.store
    langs, campaigns = await s.db(store.funnel_values)
    lang = request.query.get("lang") or None
    campaign = request.query.get("campaign") or None
    if (lang and lang not in langs) or (campaign and campaign not in campaigns):
        rows, talks, leads = [], [], []
    else:
        rows = await s.db(store.funnel_counts, lang=lang, campaign=campaign)
        talks = await s.db(store.conversation_hours)
        leads = await s.db(store.lead_hours, session.user.id)
    questions = form_questions(s.content(), visitor(request).lang)
    counts = tables(talks, leads, Filter(lang, campaign), s.services.config.timezone)
    return page(
        request,
        "funnel.html",
        charts=funnel_charts(
            only_questions(rows, questions), step_order(questions), labels(questions)
        ),
        langs=langs,
        campaigns=campaigns,
        chosen={"lang": lang or "", "campaign": campaign or ""},
        kinds=("learner", "employer", "callback"),
        by_week=counts["by_week"],
        by_lang=counts["by_lang"],
        by_campaign=counts["by_campaign"],
    )


async def demand(request: web.Request) -> web.Response:
    """``GET /staff/demand``: learner leads per area of work in the user's regions."""
    session = signed_in(request)
    s = staff(request)
    table = Municipalities.load()
    regions: dict[str, str] = {}
    for code in session.user.municipalities:
        m = table.by_code(code)
        if m is not None:
            regions[m.region_code] = m.region_name
    since = iso_timestamp(s.now() - dt.timedelta(days=DEMAND_DAYS))
    sections = []
    for region_code, region_name in sorted(regions.items(), key=lambda r: r[1]):
        codes = [m.code for m in table.all() if m.region_code == region_code]
        rows = await s.db(s.services.store.region_demand, codes, since)
        sections.append((region_name, len(codes), rows))
    return page(request, "demand.html", sections=sections, days=DEMAND_DAYS)


def add_routes(app: web.Application) -> None:
    """Register the counts-only pages."""
    app.router.add_get("/funnel", funnel)
    app.router.add_get("/demand", demand)
