"""Lead pages: the filtered list, one lead with its history, status, notes, CSV export.

Every read and write passes the signed-in user's id to the store, whose queries only see that
user's municipalities: another municipality's lead is a 404, not a page.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from urllib.parse import urlencode

from aiohttp import web

from bot.kernel.errors import StoreError
from bot.staff.answers import consent_of, other_answers, waiting
from bot.staff.auth import email_tag
from bot.staff.pages import checked_form, page, signed_in, staff, visitor
from bot.store import LEAD_STATUSES, LeadFilter, StaffSession, iso_timestamp, leads_to_csv
from bot.store.records import LEAD_KINDS

logger = logging.getLogger(__name__)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE_SIZE = 100
MAX_EXPORT = 100_000
#: The largest lead id (SQLite's integers are 64-bit); a larger number is a 404, not an error.
MAX_ID = 2**63 - 1
#: The last list page anyone can reach (a larger ``?page=`` is a 400).
MAX_PAGE = MAX_ID // PAGE_SIZE
_FILTERS = ("kind", "status", "municipality", "from", "to")


def _filter(request: web.Request, session: StaffSession) -> tuple[LeadFilter, dict[str, str]]:
    """The list filter from the query; unknown values are a 400."""
    q = {k: request.query.get(k, "").strip() for k in _FILTERS}
    try:
        page_no = max(1, int(request.query.get("page", "1")))
        if page_no > MAX_PAGE:
            raise ValueError("page")
        created_from = dt.date.fromisoformat(q["from"]) if q["from"] else None
        created_to = dt.date.fromisoformat(q["to"]) if q["to"] else None
    except ValueError as exc:
        raise web.HTTPBadRequest(reason="filter") from exc
    if (
        (q["kind"] and q["kind"] not in LEAD_KINDS)
        or (q["status"] and q["status"] not in LEAD_STATUSES)
        or (q["municipality"] and q["municipality"] not in session.user.municipalities)
    ):
        raise web.HTTPBadRequest(reason="filter")
    flt = LeadFilter(
        kind=q["kind"] or None,
        status=q["status"] or None,
        municipality=q["municipality"] or None,
        created_from=created_from,
        created_to=created_to,
        limit=PAGE_SIZE + 1,
        offset=(page_no - 1) * PAGE_SIZE,
    )
    q["page"] = str(page_no)
    return flt, q


def _query(values: dict[str, str], **changes: str) -> str:
    merged = {
        k: v for k, v in {**values, **changes}.items() if v and not (k == "page" and v == "1")
    }
    return urlencode(merged)


async def lead_list(request: web.Request) -> web.Response:
    """``GET /staff/``: the user's leads, raised first, then newest."""
    session = signed_in(request)
    s = staff(request)
    flt, values = _filter(request, session)
    rows = await s.db(s.services.store.staff_leads, session.user.id, flt)
    page_no = int(values["page"])
    now, zone = s.now(), s.services.config.timezone
    return page(
        request,
        "leads.html",
        waiting=lambda lead: waiting(lead, now, zone),
        leads=rows[:PAGE_SIZE],
        filters=values,
        kinds=sorted(LEAD_KINDS),
        statuses=LEAD_STATUSES,
        names={c: s.services.digests.municipality_name(c) for c in session.user.municipalities},
        csv_query=_query(values, page=""),
        next_query=_query(values, page=str(page_no + 1)) if len(rows) > PAGE_SIZE else None,
        prev_query=_query(values, page=str(page_no - 1)) if page_no > 1 else None,
    )


async def _lead_or_404(request: web.Request, session: StaffSession) -> int:
    try:
        lead_id = int(request.match_info["lead_id"])
        if not 0 < lead_id <= MAX_ID:
            raise ValueError("lead id")
    except ValueError as exc:
        raise web.HTTPNotFound from exc
    s = staff(request)
    if await s.db(s.services.store.staff_lead, session.user.id, lead_id) is None:
        raise web.HTTPNotFound
    return lead_id


async def lead_detail(request: web.Request) -> web.Response:
    """``GET /staff/leads/{id}``: one lead, its history, and the forms to act on it."""
    session = signed_in(request)
    s = staff(request)
    lead_id = await _lead_or_404(request, session)
    found = await s.db(s.services.store.staff_lead, session.user.id, lead_id)
    notes = await s.db(s.services.store.lead_notes, session.user.id, lead_id)
    if found is None:  # forgotten between the two reads
        raise web.HTTPNotFound
    town = s.services.digests.municipalities.by_code(found.lead.municipality)
    consent = consent_of(s.content(), visitor(request).lang, found.lead, town.name if town else "")
    return page(
        request,
        "lead.html",
        item=found,
        notes=notes,
        statuses=LEAD_STATUSES,
        municipality=s.services.digests.municipality_name(found.lead.municipality),
        data=other_answers(found.lead),
        consent=consent,
        waited=waiting(found.lead, s.now(), s.services.config.timezone),
    )


async def set_status(request: web.Request) -> web.StreamResponse:
    """``POST /staff/leads/{id}/status``: change the status (recorded in the history)."""
    session, form = await checked_form(request)
    lead_id = await _lead_or_404(request, session)
    status = form.get("status", "")
    if status not in LEAD_STATUSES:
        raise web.HTTPBadRequest(reason="status")
    s = staff(request)
    store = s.services.store
    await s.db(
        store.set_lead_status, session.user.id, lead_id, status, session.user.email, _now(request)
    )
    raise web.HTTPSeeOther(location=f"/staff/leads/{lead_id}")


async def add_note(request: web.Request) -> web.StreamResponse:
    """``POST /staff/leads/{id}/notes``: append a note (notes are never edited)."""
    session, form = await checked_form(request)
    lead_id = await _lead_or_404(request, session)
    s = staff(request)
    store = s.services.store
    try:
        await s.db(
            store.add_lead_note,
            session.user.id,
            lead_id,
            form.get("text", ""),
            session.user.email,
            _now(request),
        )
    except StoreError as exc:
        raise web.HTTPBadRequest(reason="note") from exc
    raise web.HTTPSeeOther(location=f"/staff/leads/{lead_id}")


async def export_csv(request: web.Request) -> web.Response:
    """``GET /staff/leads.csv``: the filtered list as spreadsheet-safe CSV."""
    session = signed_in(request)
    s = staff(request)
    flt, _values = _filter(request, session)
    flt = replace(flt, limit=MAX_EXPORT, offset=0)
    rows = await s.db(s.services.store.staff_leads, session.user.id, flt)
    logger.info("staff %s exported %d lead(s)", email_tag(session.user.email), len(rows))
    text = leads_to_csv((row.lead for row in rows), s.services.config.timezone)
    return web.Response(
        text=text,
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="igubot-leads.csv"'},
    )


async def export_xlsx(request: web.Request) -> web.Response:
    """``GET /staff/leads.xlsx``: the filtered list as a workbook for people (text cells only,
    headed in the staff language, local times)."""
    session = signed_in(request)
    s = staff(request)
    flt, _values = _filter(request, session)
    flt = replace(flt, limit=MAX_EXPORT, offset=0)
    rows = await s.db(s.services.store.staff_leads, session.user.id, flt)
    logger.info("staff %s exported %d lead(s) (xlsx)", email_tag(session.user.email), len(rows))
    # Imported here: openpyxl takes about 0.1 s and several MB, and a server seldom exports.
    from bot.staff.sheet import leads_to_xlsx

    body = leads_to_xlsx(
        (row.lead for row in rows),
        s.services.renderer,
        visitor(request).lang,
        s.now(),
        s.services.digests.municipality_name,
    )
    return web.Response(
        body=body,
        content_type=XLSX_TYPE,
        headers={"Content-Disposition": 'attachment; filename="igubot-leads.xlsx"'},
    )


def _now(request: web.Request) -> str:
    return iso_timestamp(staff(request).now())


def add_routes(app: web.Application) -> None:
    """Register the lead routes."""
    app.router.add_get("/", lead_list)
    app.router.add_get("/leads.csv", export_csv)
    app.router.add_get("/leads.xlsx", export_xlsx)
    app.router.add_get(r"/leads/{lead_id}", lead_detail)
    app.router.add_post(r"/leads/{lead_id}/status", set_status)
    app.router.add_post(r"/leads/{lead_id}/notes", add_note)
