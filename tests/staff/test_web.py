"""The staff pages through aiohttp's client, mounted in the real web app as in production:
sign-in by e-mailed link (real SMTP on loopback), sessions, CSRF, isolation between
municipalities, status and notes, CSV, funnel and demand pages."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web
from aiosmtpd.controller import Controller
from pytest_aiohttp import AiohttpClient

from bot.content import Content
from bot.face.app import App, build_app
from bot.kernel.config import Settings
from bot.store import Event, iso_timestamp
from tests.support.csvfile import csv_dicts
from tests.support.staff import (
    T0,
    Inbox,
    add_leads,
    lead,
    staff_config,
)
from tests.support.staff_web import (
    AARHUS,
    KK,
    SIGNIN_LINK,
    Staff,
    ask_link,
    hidden,
    sign_in,
    spend,
    start,
)
from tests.support.tree import ROOT


@pytest.fixture
def app(tmp_path: Path, tree_content: Content) -> Iterator[App]:
    """The bot as ``build_app`` makes it, over the tree's content loaded once (strict)."""
    settings = Settings.load(None, {}, data_dir=tmp_path, content_dir=ROOT)
    built = build_app(settings, content=tree_content)
    yield built
    built.close()


@pytest.fixture
async def staff(
    aiohttp_client: AiohttpClient, app: App, inbox: Inbox, port: int, smtp: Controller
) -> Staff:
    return await start(
        aiohttp_client, app, inbox, staff_config(port, base_url="http://127.0.0.1:8080")
    )


# -- sign-in ---------------------------------------------------------------------------------


async def test_staff_signin_by_emailed_link_shows_the_lead_list(staff: Staff) -> None:
    add_leads(staff.store, lead("751"))

    await sign_in(staff, AARHUS)

    r = await staff.client.get("/staff/")
    html = await r.text()
    assert r.status == 200
    assert "Logget ind som igu@aarhus.example" in html
    assert 'href="/staff/leads/1"' in html
    [mail] = staff.inbox.messages
    assert str(mail["Subject"]) == "Dit login-link til igubot"


async def test_staff_pages_require_sign_in(staff: Staff) -> None:
    for path in ("/staff/", "/staff/leads/1", "/staff/leads.csv", "/staff/funnel"):
        r = await staff.client.get(path, allow_redirects=False)
        assert (r.status, r.headers["Location"]) == (303, "/staff/login"), path


async def test_staff_signin_link_is_single_use(staff: Staff) -> None:
    link = await ask_link(staff, AARHUS)

    first = await spend(staff, link)
    staff.client.session.cookie_jar.clear()
    second = await spend(staff, link)

    assert first.status == 303
    assert second.status == 400
    assert "Linket er brugt eller udløbet" in await second.text()


async def test_staff_signin_link_expires_after_15_minutes(staff: Staff) -> None:
    link = await ask_link(staff, AARHUS)
    staff.clock.advance(minutes=15, seconds=1)

    r = await spend(staff, link)

    assert r.status == 400
    assert (await staff.client.get("/staff/", allow_redirects=False)).status == 303


async def test_staff_signin_link_works_just_before_expiry(staff: Staff) -> None:
    link = await ask_link(staff, AARHUS)
    staff.clock.advance(minutes=14, seconds=59)

    assert (await spend(staff, link)).status == 303


async def test_staff_opening_the_link_does_not_spend_it(staff: Staff) -> None:
    link = await ask_link(staff, AARHUS)
    for _ in range(3):  # e.g. a mail scanner following the link
        assert (await staff.client.get(link)).status == 200

    assert (await spend(staff, link)).status == 303


async def test_staff_signin_token_is_stored_hashed(staff: Staff, app: App) -> None:
    link = await ask_link(staff, AARHUS)
    token = link.split("token=")[1]

    assert len(token) >= 43  # 256 bits, URL-safe base64
    with closing(sqlite3.connect(app.settings.database)) as reader:  # the file, as stored
        raw = reader.execute("SELECT token_hash FROM staff_login_tokens").fetchall()
    assert [len(r[0]) for r in raw] == [64]
    assert token not in str(raw)


async def test_staff_unknown_address_gets_the_same_answer_and_no_mail(staff: Staff) -> None:
    form = hidden(await (await staff.client.get("/staff/login")).text())
    known = await staff.client.post("/staff/login", data={"email": AARHUS, "csrf": form["csrf"]})
    unknown = await staff.client.post(
        "/staff/login", data={"email": "nobody@example.org", "csrf": form["csrf"]}
    )
    await staff.mail_sent()

    assert await known.text() == await unknown.text()
    assert [str(m["To"]) for m in staff.inbox.messages] == [AARHUS]


async def test_staff_link_is_never_logged_when_smtp_is_configured(
    staff: Staff, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="bot"):
        link = await ask_link(staff, AARHUS)

    ours = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
    assert ours
    assert not any(link.split("token=")[1] in m or AARHUS in m for m in ours)


async def test_staff_demo_prints_the_link_at_warning_without_smtp(
    aiohttp_client: AiohttpClient, app: App, inbox: Inbox, caplog: pytest.LogCaptureFixture
) -> None:
    s = await start(
        aiohttp_client, app, inbox, staff_config(None, base_url="http://127.0.0.1:8080")
    )
    login_page = await (await s.client.get("/staff/login")).text()
    assert "Demo: der er ingen mailserver" in login_page

    with caplog.at_level(logging.WARNING, logger="bot"):
        form = hidden(login_page)
        await s.client.post("/staff/login", data={"email": AARHUS, "csrf": form["csrf"]})
        await s.mail_sent()

    [record] = [r for r in caplog.records if "DEMO" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert AARHUS not in record.getMessage()
    [link] = SIGNIN_LINK.findall(record.getMessage())
    parts = urlsplit(link)
    assert (await spend(s, f"{parts.path}?{parts.query}")).status == 303


# -- sessions, cookies, CSRF -------------------------------------------------------------------


async def test_staff_session_cookie_flags(
    aiohttp_client: AiohttpClient, app: App, inbox: Inbox, port: int, smtp: Controller
) -> None:
    s = await start(aiohttp_client, app, inbox, staff_config(port))  # https base URL
    link = await ask_link(s, AARHUS)

    r = await spend(s, link)

    cookie = r.cookies["igubot_staff"]
    assert cookie["httponly"] is True
    assert cookie["secure"] is True
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/staff/"
    assert len(cookie.value) >= 43


async def test_staff_session_cookie_not_secure_over_plain_http(staff: Staff) -> None:
    r = await spend(staff, await ask_link(staff, AARHUS))
    assert r.cookies["igubot_staff"]["secure"] == ""


@pytest.mark.parametrize("token", [None, "", "wrong"])
async def test_staff_post_without_the_csrf_token_is_refused(
    staff: Staff, token: str | None
) -> None:
    [lead_id] = add_leads(staff.store, lead("751"))
    await sign_in(staff, AARHUS)
    data = {} if token is None else {"csrf": token}

    status = await staff.client.post(
        f"/staff/leads/{lead_id}/status", data={**data, "status": "contacted"}
    )
    note = await staff.client.post(f"/staff/leads/{lead_id}/notes", data={**data, "text": "x"})
    logout = await staff.client.post("/staff/logout", data=data)

    assert (status.status, note.status, logout.status) == (403, 403, 403)
    [item] = staff.store.staff_leads(staff.store.staff_users()[0].id)
    assert item.lead.status == "new"
    assert staff.store.lead_notes(staff.store.staff_users()[0].id, lead_id) == []


async def test_staff_login_form_without_csrf_is_refused(staff: Staff) -> None:
    await staff.client.get("/staff/login")
    r = await staff.client.post("/staff/login", data={"email": AARHUS, "csrf": "forged"})
    assert r.status == 403
    assert staff.inbox.messages == []


async def test_staff_logout_ends_the_session_on_the_server(staff: Staff) -> None:
    csrf = await sign_in(staff, AARHUS)
    cookie = staff.client.session.cookie_jar.filter_cookies(staff.client.make_url("/staff/"))[
        "igubot_staff"
    ].value

    r = await staff.client.post("/staff/logout", data={"csrf": csrf}, allow_redirects=False)

    assert (r.status, r.headers["Location"]) == (303, "/staff/login")
    replay = await staff.client.get(
        "/staff/", headers={"Cookie": f"igubot_staff={cookie}"}, allow_redirects=False
    )
    assert replay.status == 303


async def test_staff_session_expires(staff: Staff) -> None:
    await sign_in(staff, AARHUS)
    staff.clock.advance(hours=12, seconds=1)

    r = await staff.client.get("/staff/", allow_redirects=False)

    assert r.status == 303


# -- isolation between municipalities ----------------------------------------------------------


async def test_staff_user_sees_only_their_municipalities(staff: Staff) -> None:
    mine, theirs = add_leads(
        staff.store, lead("751", name="Aarhus Person"), lead("101", name="Kbh Person")
    )
    csrf = await sign_in(staff, AARHUS)

    listing = await (await staff.client.get("/staff/")).text()
    detail = await staff.client.get(f"/staff/leads/{theirs}")
    exported = await (await staff.client.get("/staff/leads.csv")).text()
    change = await staff.client.post(
        f"/staff/leads/{theirs}/status", data={"csrf": csrf, "status": "contacted"}
    )
    note = await staff.client.post(
        f"/staff/leads/{theirs}/notes", data={"csrf": csrf, "text": "x"}
    )
    other_filter = await staff.client.get("/staff/?municipality=101")

    assert f'href="/staff/leads/{mine}"' in listing
    assert f'href="/staff/leads/{theirs}"' not in listing
    assert detail.status == 404
    assert "Kbh Person" not in await detail.text()
    rows = csv_dicts(exported)
    assert [r["id"] for r in rows] == [str(mine)]
    assert (change.status, note.status, other_filter.status) == (404, 404, 400)
    [kk_lead] = staff.store.staff_leads_by_ids([theirs])
    assert kk_lead.lead.status == "new"


async def test_staff_user_with_two_municipalities_sees_both(staff: Staff) -> None:
    ids = add_leads(
        staff.store, lead("101"), lead("147", user_key="web:2"), lead("751", user_key="web:3")
    )
    await sign_in(staff, KK)

    exported = await (await staff.client.get("/staff/leads.csv")).text()
    only_147 = await (await staff.client.get("/staff/leads.csv?municipality=147")).text()

    assert sorted(r["id"] for r in csv_dicts(exported)) == [
        str(ids[0]),
        str(ids[1]),
    ]
    assert [r["id"] for r in csv_dicts(only_147)] == [str(ids[1])]


# -- acting on leads ---------------------------------------------------------------------------


async def test_staff_status_change_and_note_are_recorded_with_author(staff: Staff) -> None:
    [lead_id] = add_leads(staff.store, lead("751"))
    csrf = await sign_in(staff, AARHUS)
    staff.clock.advance(minutes=5)

    r1 = await staff.client.post(
        f"/staff/leads/{lead_id}/status", data={"csrf": csrf, "status": "contacted"}
    )
    r2 = await staff.client.post(
        f"/staff/leads/{lead_id}/notes", data={"csrf": csrf, "text": "Ringet, <b>møde</b> fredag"}
    )

    assert (r1.status, r2.status) == (200, 200)  # after the 303 back to the lead
    html = await r2.text()
    assert "Status sat til: Kontaktet" in html
    assert "Ringet, &lt;b&gt;møde&lt;/b&gt; fredag" in html
    user = staff.store.staff_user_by_email(AARHUS)
    assert user is not None
    notes = staff.store.lead_notes(user.id, lead_id)
    assert [(n.kind, n.text, n.author) for n in notes] == [
        ("status", "contacted", AARHUS),
        ("note", "Ringet, <b>møde</b> fredag", AARHUS),
    ]
    assert notes[0].created == iso_timestamp(staff.clock.now)


async def test_staff_notes_are_append_only(staff: Staff) -> None:
    [lead_id] = add_leads(staff.store, lead("751"))
    user = staff.store.staff_user_by_email(AARHUS)
    assert user is not None
    staff.store.add_lead_note(user.id, lead_id, "first", AARHUS, iso_timestamp(T0))

    # Not even a plain connection to the file (a script, a DB browser) can change a note.
    assert staff.store.path is not None
    with (
        closing(sqlite3.connect(staff.store.path)) as writer,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        writer.execute("UPDATE lead_notes SET text = 'changed'")
    assert [n.text for n in staff.store.lead_notes(user.id, lead_id)] == ["first"]


async def test_staff_list_filters_by_kind_status_and_date(staff: Staff) -> None:
    learner, employer, older = add_leads(
        staff.store,
        lead("751"),
        lead("751", kind="employer", user_key="web:2"),
        lead("751", user_key="web:3", created=T0.replace(day=1)),
    )
    await sign_in(staff, AARHUS)

    async def ids(query: str) -> list[str]:
        text = await (await staff.client.get(f"/staff/leads.csv?{query}")).text()
        return [r["id"] for r in csv_dicts(text)]

    assert await ids("kind=employer") == [str(employer)]
    assert await ids("from=2026-11-20") == [str(employer), str(learner)]
    assert await ids("to=2026-11-02") == [str(older)]
    assert await ids("status=contacted") == []
    assert (await staff.client.get("/staff/?kind=student")).status == 400
    assert (await staff.client.get("/staff/?from=yesterday")).status == 400


async def test_staff_raised_lead_is_listed_first_with_a_flag(staff: Staff) -> None:
    raised, _newer = add_leads(
        staff.store, lead("751", user_key="tg:1"), lead("751", user_key="web:2")
    )
    staff.store.record_followup_answer(raised, "no", iso_timestamp(T0))
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/")).text()

    assert html.index(f'href="/staff/leads/{raised}"') < html.index('href="/staff/leads/2"')
    assert 'class="raised"' in html
    detail = await (await staff.client.get(f"/staff/leads/{raised}")).text()
    assert "Personen siger, at ingen har kontaktet dem" in detail


async def test_staff_csv_export_neutralises_formulas(staff: Staff) -> None:
    add_leads(staff.store, lead("751", name='=HYPERLINK("http://x")'))
    await sign_in(staff, AARHUS)

    r = await staff.client.get("/staff/leads.csv")

    assert r.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in r.headers["Content-Disposition"]
    [row] = csv_dicts(await r.text())
    assert row["name"] == '\'=HYPERLINK("http://x")'
    assert row["phone"] == "+4520123456"  # a plus and digits: no formula, no apostrophe


async def test_staff_csv_and_page_agree_that_a_callback_wants_a_call(staff: Staff) -> None:
    [callback] = add_leads(staff.store, lead("751", kind="callback", contact=None))
    await sign_in(staff, AARHUS)

    page = await (await staff.client.get(f"/staff/leads/{callback}")).text()
    [row] = csv_dicts(await (await staff.client.get("/staff/leads.csv")).text())

    assert "Opkald" in page
    assert row["contact"] == "phone"


async def test_staff_lead_page_and_csv_show_the_persons_question_as_typed(staff: Staff) -> None:
    question = "=صاحب البيت <b>لا يعيد</b> التأمين\nشقتي باردة"
    [lead_id] = add_leads(staff.store, lead("751", kind="callback", question=question))
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get(f"/staff/leads/{lead_id}")).text()
    await staff.client.get("/staff/lang?set=en")
    english = await (await staff.client.get(f"/staff/leads/{lead_id}")).text()
    csv_text = await (await staff.client.get("/staff/leads.csv")).text()

    assert "Spørgsmål, som personen skrev det (chatsprog: arabisk)" in html
    assert (
        '<blockquote class="question" lang="ar" dir="auto">=صاحب البيت &lt;b&gt;لا يعيد&lt;/b&gt;'
        " التأمين\nشقتي باردة</blockquote>"
    ) in html
    assert "Question, as the person wrote it (chat language: Arabic)" in english
    [row] = csv_dicts(csv_text)
    assert row["question"] == "'" + question  # as typed, and never a formula


async def test_staff_lead_mailto_link_cannot_add_headers(staff: Staff) -> None:
    [lead_id] = add_leads(staff.store, lead("751", email="x?bcc=spy&subject=hi@evil.example"))
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get(f"/staff/leads/{lead_id}")).text()

    [href] = re.findall(r'href="(mailto:[^"]*)"', html)
    assert href == "mailto:x%3Fbcc%3Dspy%26subject%3Dhi@evil.example"


# -- counts-only pages, headers, language --------------------------------------------------------


def _event(
    step: str, event: str, lang: str, *, flow: str = "interest", when: dt.datetime = T0
) -> Event:
    return Event(
        ts=iso_timestamp(when),
        flow=flow,
        flow_version=1,
        step=step,
        event=event,
        lang=lang,
        channel="web",
        campaign="library" if lang != "uk" else None,
    )


async def test_staff_funnel_names_questions_in_danish_and_leaves_out_routing_steps(
    staff: Staff,
) -> None:
    for event, step, lang in [
        ("entered", "start", "ar"),
        ("entered", "start", "da"),
        ("answered", "start", "ar"),
        ("entered", "municipality", "ar"),
        ("entered", "contact_route", "ar"),  # a routing step: nobody answers it
    ]:
        staff.store.add_event(_event(step, event, lang))
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/funnel")).text()
    only_da = await (await staff.client.get("/staff/funnel?lang=da&campaign=library")).text()

    assert "<svg" in html
    assert "<script" not in html
    assert "Interesseformular (kursister)" in html
    assert html.index(">Hvad hedder du?<") < html.index(">Hvilken kommune bor du i?<")
    # reached, answered, stopped here, invalid
    assert "<td>Hvad hedder du?</td><td>2</td><td>1</td><td>1</td><td>0</td>" in html
    assert "<td>Hvad hedder du?</td><td>1</td><td>0</td><td>1</td><td>0</td>" in only_da
    for identifier in ("contact_route", ">start<", ">municipality<", ">interest<"):
        assert identifier not in html


async def test_staff_funnel_counts_conversations_and_leads_by_week_language_and_campaign(
    staff: Staff,
) -> None:
    sunday_late = dt.datetime(2026, 11, 29, 23, 30, tzinfo=dt.UTC)  # Monday 00:30 in Copenhagen
    for lang, when in [("ar", T0), ("ar", T0), ("da", T0), ("uk", sunday_late)]:
        staff.store.add_event(_event("start", "started", lang, flow="menu", when=when))
    add_leads(
        staff.store,
        lead("751", campaign="library"),
        lead("751", user_key="web:2", kind="callback", campaign="library"),
        lead("101", user_key="web:3", campaign="library"),  # København: not this user's
    )
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/funnel")).text()
    only_ar = await (await staff.client.get("/staff/funnel?lang=ar")).text()

    # week, conversations, leads, learners, employers, callbacks
    assert "<td>Uge 48, 2026</td><td>3</td><td>2</td><td>1</td><td>0</td><td>1</td>" in html
    assert "<td>Uge 49, 2026</td><td>1</td><td>0</td>" in html  # local Monday, not UTC Sunday
    assert "<td>arabisk</td><td>2</td><td>2</td>" in html
    assert "<td>ukrainsk</td><td>1</td><td>0</td>" in html
    assert "<td>library</td><td>3</td><td>2</td>" in html
    assert "<td>Ingen kampagne</td><td>1</td><td>0</td>" in html
    assert "<td>Uge 48, 2026</td><td>2</td><td>2</td>" in only_ar
    assert "dansk" not in only_ar.split("by-lang")[1].split("</section>")[0]


async def test_staff_funnel_counts_each_conversation_once_however_it_opened(
    staff: Staff,
) -> None:
    """The page's language (widget ``data-lang``), a poster's link with a language, and the
    language question: three conversations, each in its own language, the poster's campaign."""
    chat = "/api/v1/chat"
    await staff.client.post(chat, json={"session": None, "lang": "ar"})
    await staff.client.post(chat, json={"session": None, "start": "m751_library_so"})
    opened = await (await staff.client.post(chat, json={"session": None})).json()
    chosen = await staff.client.post(chat, json={"session": opened["session"], "choice": "uk"})
    assert (await chosen.json())["lang"] == "uk"
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/funnel")).text()
    library = await (await staff.client.get("/staff/funnel?campaign=library")).text()

    by_lang = html.split('id="by-lang"')[1].split("</section>")[0]
    for name in ("arabisk", "somali", "ukrainsk"):
        assert f"<td>{name}</td><td>1</td><td>0</td>" in by_lang
    assert "Intet sprog" not in by_lang
    assert "<td>library</td><td>1</td><td>0</td>" in html
    assert "<td>Ingen kampagne</td><td>2</td><td>0</td>" in html
    assert re.search(r"<td>Uge \d+, \d{4}</td><td>3</td><td>0</td>", html)
    assert re.search(r"<td>Uge \d+, \d{4}</td><td>1</td><td>0</td>", library)
    assert "<td>somali</td><td>1</td><td>0</td>" in library


async def test_staff_demand_counts_learners_across_the_region(staff: Staff) -> None:
    add_leads(
        staff.store,
        lead("751", work_area="transport"),
        lead("461", user_key="web:2", work_area="transport"),  # Odense: another region
        lead("615", user_key="web:3", work_area="food"),  # Horsens: Region Midtjylland
        lead("751", user_key="web:4", kind="employer", work_area="food"),
    )
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/demand")).text()

    assert "Region Midtjylland" in html
    assert "<td>Transport og lager</td><td>1</td><td>1</td>" in html
    assert "<td>Køkken og mad</td><td>1</td><td>1</td>" in html
    assert "Amina" not in html


async def test_staff_pages_have_strict_headers_and_no_inline_code(staff: Staff) -> None:
    [lead_id] = add_leads(staff.store, lead("751"))
    await sign_in(staff, AARHUS)

    for path in (
        "/staff/login",
        "/staff/",
        f"/staff/leads/{lead_id}",
        "/staff/funnel",
        "/staff/demand",
    ):
        r = await staff.client.get(path)
        html = await r.text()
        assert "script-src 'self'" in r.headers["Content-Security-Policy"], path
        assert r.headers["Cache-Control"] == "no-store", path
        assert "<script" not in html, path
        assert " style=" not in html, path
        assert "<style" not in html, path


async def test_staff_errors_are_html_pages(staff: Staff) -> None:
    await sign_in(staff, AARHUS)

    r = await staff.client.get("/staff/leads/999")
    missing_route = await staff.client.get("/staff/nothing-here")

    assert r.status == 404
    assert r.content_type == "text/html"
    assert "Ikke fundet" in await r.text()
    assert missing_route.status == 404
    assert missing_route.content_type == "text/html"


async def test_staff_pages_in_english(staff: Staff) -> None:
    await sign_in(staff, AARHUS)

    await staff.client.get("/staff/lang?set=en")
    html = await (await staff.client.get("/staff/")).text()

    assert "Signed in as igu@aarhus.example" in html
    assert '<html lang="en">' in html


def test_staff_access_log_never_writes_a_staff_query_string(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from aiohttp.test_utils import make_mocked_request

    from bot.staff.accesslog import RedactingAccessLogger

    access = RedactingAccessLogger(logging.getLogger("aiohttp.access"), "")
    with caplog.at_level(logging.INFO, logger="aiohttp.access"):
        for target in ("/staff/signin?token=s3cret-token", "/?start=m751_library"):
            access.log(make_mocked_request("GET", target), web.Response(text="ok"), 0.01)

    lines = [r.getMessage() for r in caplog.records]
    assert '"GET /staff/signin HTTP/1.1" 200' in lines[0]
    assert '"GET /?start=m751_library HTTP/1.1" 200' in lines[1]
    assert "s3cret" not in caplog.text
    assert "127.0.0.1" not in caplog.text


async def test_staff_pages_show_refused_content_reloads(staff: Staff, app: App) -> None:
    from bot.kernel.problems import Problem

    await sign_in(staff, AARHUS)
    assert 'role="alert"' not in await (await staff.client.get("/staff/")).text()
    app.content_errors[:] = [
        Problem("flows/menu.yaml", 7, 11, "error", "unknown step 'strat'; steps in menu: start")
    ]
    html = await (await staff.client.get("/staff/")).text()
    assert 'role="alert"' in html
    assert "flows/menu.yaml:7:11: error: unknown step &#39;strat&#39;" in html
    assert "Det redigerede indhold har en fejl" in html


async def test_staff_see_where_each_lead_came_from(staff: Staff) -> None:
    telegram, web_chat = add_leads(
        staff.store,
        lead("751", user_key="tg:77", campaign="library"),
        lead("751", user_key="web:78"),
    )
    await sign_in(staff, AARHUS)
    await staff.client.get("/staff/lang?set=en")

    listing = await (await staff.client.get("/staff/")).text()
    page = await (await staff.client.get(f"/staff/leads/{telegram}")).text()
    other = await (await staff.client.get(f"/staff/leads/{web_chat}")).text()
    exported = await (await staff.client.get("/staff/leads.csv")).text()

    assert "<td>Telegram · library</td>" in listing
    assert "<td>Web chat</td>" in listing
    assert "<dt>Came by</dt><dd>Telegram</dd>" in page
    assert "<dd>library</dd>" in page
    assert "<dt>Came by</dt><dd>Web chat</dd>" in other
    rows = {r["id"]: r for r in csv_dicts(exported)}
    assert (rows[str(telegram)]["channel"], rows[str(telegram)]["campaign"]) == (
        "telegram",
        "library",
    )
    assert rows[str(web_chat)]["channel"] == "web"


async def test_staff_list_shows_what_a_caseworker_sorts_on_in_local_time(staff: Staff) -> None:
    add_leads(
        staff.store,
        lead("751"),
        lead("751", user_key="web:2", kind="callback", contact=None, name="Олена Коваленко"),
    )
    staff.clock.advance(days=3)
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/")).text()

    assert "<th>Modtaget</th>" in html
    assert "<td>2026-11-23 13:00 CET</td>" in html  # T0 is 12:00 UTC
    assert "<td>3 dage</td>" in html
    assert "Amina Hassan" in html
    assert "Олена Коваленко" in html
    assert '<a href="tel:+4520123456">+4520123456</a>' in html
    assert "arabisk · tolk" in html
    assert "<td>Lidt dansk</td>\n      <td>Transport og lager</td>" in html
    assert html.count("<td>Opkald</td>") == 2  # the callback asked to be phoned
    assert 'href="/staff/leads.xlsx"' in html
    assert "UTC" not in html


async def test_staff_lead_page_shows_the_consent_text_and_answers_in_danish(
    staff: Staff, tree_content: Content
) -> None:
    version = tree_content.consent_version("interest-consent-ask")
    [current, old] = add_leads(
        staff.store,
        lead("751", consent_version=version, data={"followup_ok": "yes", "basis": "refugee"}),
        lead("751", user_key="web:2", consent_version="6604da3cfd3c"),
    )
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get(f"/staff/leads/{current}")).text()
    earlier = await (await staff.client.get(f"/staff/leads/{old}")).text()
    english = await (await staff.client.get("/staff/lang?set=en")).text()
    in_english = await (await staff.client.get(f"/staff/leads/{current}")).text()

    assert "Givet 2026-11-23 13:00 CET til denne tekst:" in html
    assert "Må vi sende dit navn (også med latinske bogstaver), telefon eller e-mail" in html
    assert "til kommunen (Aarhus)" in html
    assert "Én opfølgende besked på Telegram: Ja" in html
    assert "Opholdsgrundlag: flygtning" in html
    for identifier in ("interest-consent-ask", version, "followup_ok", "refugee", "UTC"):
        assert identifier not in html
    assert "Teksten er ændret siden (version 6604da3cfd3c)" in earlier
    assert english is not None
    assert "Given 2026-11-23 13:00 CET to this text:" in in_english
    assert "May we send your name (also in Latin letters), phone or email" in in_english


async def test_staff_list_and_lead_page_show_the_name_in_both_scripts(staff: Staff) -> None:
    given, spelled, latin = add_leads(
        staff.store,
        lead("751", name="أمينة أحمد", name_latin="Amina Ahmed", data={"eligibility": "likely"}),
        lead("751", user_key="web:2", name="Олена Коваленко"),
        lead("751", user_key="web:3", name="Søren Ås", data={"eligibility": "not_eligible"}),
    )
    await sign_in(staff, AARHUS)

    listed = await (await staff.client.get("/staff/")).text()
    pages = [await (await staff.client.get(f"/staff/leads/{n}")).text() for n in (given, spelled)]
    plain = await (await staff.client.get(f"/staff/leads/{latin}")).text()
    await staff.client.get("/staff/lang?set=en")
    english = await (await staff.client.get(f"/staff/leads/{spelled}")).text()

    # the name as typed, and under it the name staff can say: given, or marked as approximate
    assert (
        'dir="auto">أمينة أحمد</a><br><span class="latin" dir="ltr">Amina Ahmed</span></td>'
        in (listed)
    )
    approx = '<span class="latin" dir="ltr">Olena Kovalenko</span> <small class="approximate">'
    assert approx + "(automatisk omskrevet, kan være upræcis)</small>" in listed
    assert "<th>Tjek af muligheder</th>" in listed
    assert "<td>Sandsynligvis</td>" in listed
    assert "<td>Uden for reglerne (alder eller år i Danmark)</td>" in listed
    assert listed.count("omskrevet") == 1  # a name in Latin letters needs no spelling
    given_page, spelled_page = pages
    assert '<dd dir="auto">أمينة أحمد</dd>' in given_page
    assert "<dt>Navn med latinske bogstaver</dt><dd><span" in given_page
    assert "Amina Ahmed</span></dd>" in given_page
    assert "<dt>Tjek af muligheder</dt><dd>Sandsynligvis</dd>" in given_page
    assert "Andre svar" not in given_page  # the outcome is not repeated among other answers
    assert approx + "(automatisk omskrevet, kan være upræcis)</small></dd>" in spelled_page
    assert "<dt>Tjek af muligheder</dt><dd>–</dd>" in spelled_page
    assert "<dt>Navn med latinske bogstaver</dt><dd>–</dd>" in plain
    assert approx + "(transliterated automatically, may be inexact)</small></dd>" in english


async def test_staff_list_and_xlsx_give_a_summer_and_a_winter_lead_each_its_own_zone(
    staff: Staff,
) -> None:
    from openpyxl import load_workbook

    summer = dt.datetime(2026, 6, 15, 11, 7, tzinfo=dt.UTC)
    add_leads(staff.store, lead("751", created=summer), lead("751", user_key="web:2"))
    await sign_in(staff, AARHUS)

    html = await (await staff.client.get("/staff/")).text()
    sheet = load_workbook(
        io.BytesIO(await (await staff.client.get("/staff/leads.xlsx")).read())
    ).worksheets[0]

    assert "<td>2026-06-15 13:07 CEST</td>" in html
    assert "<td>2026-11-23 13:00 CET</td>" in html
    assert "(CET)" not in html
    assert "(CEST)" not in html
    column = [row[1].value for row in sheet.iter_rows()]
    assert column[0] == "Modtaget"
    assert sorted(column[1:]) == ["2026-06-15 13:07 CEST", "2026-11-23 13:00 CET"]


async def test_staff_xlsx_export_is_text_cells_with_danish_headings(staff: Staff) -> None:
    from openpyxl import load_workbook

    add_leads(
        staff.store,
        lead("751", name="=1+1 Amina"),
        lead("101", user_key="web:2"),  # København: not this user's
    )
    await sign_in(staff, AARHUS)

    r = await staff.client.get("/staff/leads.xlsx")
    sheet = load_workbook(io.BytesIO(await r.read())).worksheets[0]

    assert r.status == 200
    assert r.headers["Content-Disposition"] == 'attachment; filename="igubot-leads.xlsx"'
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert len(rows) == 2
    header = dict(zip(rows[0], rows[1], strict=True))
    assert header["Navn"] == "=1+1 Amina"
    assert header["Telefon"] == "+4520123456"
    assert header["Modtaget"] == "2026-11-23 13:00 CET"
    assert header["Kommune"] == "Aarhus (751)"
    numbers = {"Nr.", "Dage uden kontakt"}
    kinds = {
        (name in numbers, c.data_type)
        for row in sheet.iter_rows(min_row=2)
        for name, c in zip(rows[0], row, strict=True)
        if c.value is not None
    }
    assert kinds == {(True, "n"), (False, "s")}  # counts are numbers, the rest text, no formula
    assert (header["Nr."], header["Dage uden kontakt"]) == (1, 0)
