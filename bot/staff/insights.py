"""Counts-only pages: the conversation funnel and the regional demand for areas of work."""

from __future__ import annotations

import datetime as dt

from aiohttp import web

from bot.kernel.municipalities import Municipalities
from bot.staff.chart import funnel_charts
from bot.staff.digest import DEMAND_DAYS
from bot.staff.pages import page, signed_in, staff
from bot.store import iso_timestamp


def step_order(request: web.Request) -> dict[str, list[str]]:
    """The steps of each flow in the order of its file (the funnel's row order)."""
    flows = staff(request).content().flows
    return {name: list(doc.model.steps) for name, doc in flows.items()}


async def funnel(request: web.Request) -> web.Response:
    """``GET /staff/funnel?lang=&campaign=``: per flow step, how far people get."""
    signed_in(request)
    s = staff(request)
    store = s.services.store
    langs, campaigns = await s.db(store.funnel_values)
    lang = request.query.get("lang") or None
    campaign = request.query.get("campaign") or None
    if (lang and lang not in langs) or (campaign and campaign not in campaigns):
        rows = []
    else:
        rows = await s.db(store.funnel_counts, lang=lang, campaign=campaign)
    return page(
        request,
        "funnel.html",
        charts=funnel_charts(rows, step_order(request)),
        langs=langs,
        campaigns=campaigns,
        chosen={"lang": lang or "", "campaign": campaign or ""},
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
