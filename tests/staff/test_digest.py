"""Digests end to end against a real SMTP server (aiosmtpd on 127.0.0.1): routing, exactly once,
retries with backoff through an outage, minimal personal data, reminders, raised leads."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from bot.content import Content
from bot.kernel.config import Secret
from bot.kernel.errors import ConfigError
from bot.staff.delivery import backoff
from bot.staff.digest import CALLBACK_KIND, DIGEST_KIND, TELEGRAM_KIND
from bot.staff.mailer import SmtpMailer, parse_smtp_url
from bot.staff.services import StaffServices, build_services
from bot.store import Store, iso_timestamp
from tests.support.staff import (
    T0,
    Clock,
    Inbox,
    add_leads,
    body_html,
    body_text,
    free_port,
    lead,
    smtp_server,
    staff_config,
)

PERSONAL = ("Amina", "Hassan", "+4520123456", "20123456", "amina@example.org")


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def server(inbox: Inbox, port: int) -> Iterator[Controller]:
    with smtp_server(inbox, port) as controller:
        yield controller


@pytest.fixture
def services(store: Store, tree_content: Content, port: int) -> StaffServices:
    """Staff parts over a fresh database, the tree's (strict) catalog, SMTP on ``port``."""
    return build_services(store, tree_content.catalog, staff_config(port), clock=Clock())


def lead_ids_in(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"/staff/leads/(\d+)", text)}


async def run_digest(services: StaffServices, now: dt.datetime) -> tuple[int, int]:
    claims = services.digests.create(now)
    delivery = await services.worker.deliver(now)
    return len(claims), delivery.sent


async def test_digest_each_municipality_gets_only_its_own_leads_once(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    aarhus = add_leads(
        store,
        lead("751"),
        lead("751", kind="employer", user_key="web:2"),
        lead("751", kind="callback", user_key="web:3"),
    )
    kk = add_leads(store, lead("101", user_key="web:4"), lead("101", user_key="web:5"))
    odense = add_leads(store, lead("461", user_key="web:6"))

    assert await run_digest(services, T0) == (3, 3)

    [to_aarhus] = inbox.to("igu@aarhus.example")
    [to_kk] = inbox.to("igu@kk.example")
    [to_fallback] = inbox.to("fallback@igu.example")
    assert "team@kk.example" in str(to_kk["To"])
    # the callback lead had its own e-mail when it came in: the digest counts it, once
    assert lead_ids_in(body_text(to_aarhus)) == set(aarhus[:2])
    assert lead_ids_in(body_html(to_aarhus)) == set(aarhus[:2])
    assert "1 person bad om at blive ringet op" in body_text(to_aarhus)
    assert lead_ids_in(body_text(to_kk)) == set(kk)
    assert lead_ids_in(body_text(to_fallback)) == set(odense)
    assert "Aarhus (751)" in str(to_aarhus["Subject"])
    assert str(to_aarhus["Message-ID"]).startswith("<igubot-digest-")

    assert await run_digest(services, T0 + dt.timedelta(minutes=5)) == (0, 0)
    assert len(inbox.messages) == 3


async def test_digest_new_lead_after_a_digest_goes_in_the_next_one_only(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    [first] = add_leads(store, lead("751"))
    await run_digest(services, T0)
    [second] = add_leads(store, lead("751", user_key="web:2", created=T0 + dt.timedelta(hours=1)))

    await run_digest(services, T0 + dt.timedelta(days=1))

    first_mail, second_mail = inbox.to("igu@aarhus.example")
    assert lead_ids_in(body_text(first_mail)) == {first}
    assert lead_ids_in(body_text(second_mail)) == {second}


async def test_digest_minimal_by_default_without_names_or_phones(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    add_leads(store, lead("751"))

    await run_digest(services, T0)

    [mail] = inbox.messages
    text, html = body_text(mail), body_html(mail)
    for value in PERSONAL:
        assert value not in text
        assert value not in html
        assert value not in str(mail["Subject"])
    assert "arabisk" in text  # the language, in Danish
    assert "Tolk: Ja" in text  # the interpreter need
    assert "Opkald" in text  # how to contact
    assert "Kom via: Webchat" in text  # where it came from: no Telegram check-in possible
    assert "https://igubot.example/staff/?municipality=751" in text
    assert "Navne og kontaktoplysninger står på personalesiden" in text
    assert "Transport og lager" in text  # regional demand, counts only
    # what a caseworker sorts on, on the lead's own line, at the page's time (12:00 UTC)
    assert "2026-11-23 13:00 CET" in text
    assert "2026-11-23 13:00 CET" in html
    assert "Dansk: Lidt dansk · Arbejdsområde: Transport og lager" in text
    assert "Dansk: Lidt dansk · Arbejdsområde: Transport og lager" in html


async def test_digest_personal_data_only_when_configured(
    store: Store, tree_content: Content, inbox: Inbox, server: Controller, port: int
) -> None:
    config = staff_config(port, email_personal_data=True)
    services = build_services(store, tree_content.catalog, config)
    add_leads(store, lead("751"))

    await run_digest(services, T0)

    [mail] = inbox.messages
    assert "Amina Hassan" in body_text(mail)
    assert "+4520123456" in body_html(mail)


async def test_digest_shows_the_name_in_both_scripts_and_the_eligibility_outcome(
    store: Store, tree_content: Content, inbox: Inbox, server: Controller, port: int
) -> None:
    config = staff_config(port, email_personal_data=True)
    services = build_services(store, tree_content.catalog, config)
    add_leads(
        store,
        lead("751", name="أمينة أحمد", name_latin="Amina Ahmed", data={"eligibility": "likely"}),
        lead("751", user_key="web:2", name="ሳባ ተስፋይ"),
    )

    await run_digest(services, T0)

    [mail] = inbox.messages
    text, html = body_text(mail), body_html(mail)
    for body in (text, html):
        assert "أمينة أحمد" in body
        assert "Navn med latinske bogstaver: Amina Ahmed" in body
        assert "Tjek af muligheder: Sandsynligvis" in body
        # no Latin name given: the computer's spelling, marked as approximate
        assert "ሳባ ተስፋይ" in body
        assert "Saba Tesfay" in body
        assert "automatisk omskrevet, kan være upræcis" in body
        assert "Tjek af muligheder: –" in body  # the second lead did not do the check


async def test_digest_without_personal_data_shows_no_name_in_any_script(
    store: Store, tree_content: Content, inbox: Inbox, server: Controller, port: int
) -> None:
    services = build_services(store, tree_content.catalog, staff_config(port))
    add_leads(
        store,
        lead("751", name="أمينة أحمد", name_latin="Amina Ahmed", data={"eligibility": "unsure"}),
        lead("751", user_key="web:2", name="ሳባ ተስፋይ"),
    )

    await run_digest(services, T0)

    [mail] = inbox.messages
    for body in (body_text(mail), body_html(mail)):
        for name in ("أمينة", "Amina", "ሳባ", "Saba", "omskrevet"):
            assert name not in body
        assert "Tjek af muligheder: Ikke sikker: tjek det med personen" in body


async def test_digest_html_escapes_what_people_typed(
    store: Store, tree_content: Content, inbox: Inbox, server: Controller, port: int
) -> None:
    config = staff_config(port, email_personal_data=True)
    services = build_services(store, tree_content.catalog, config)
    add_leads(store, lead("751", name="<script>alert(1)</script>"))

    await run_digest(services, T0)

    html = body_html(inbox.messages[0])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


QUESTION = "صاحب البيت <script>alert(1)</script>\nشقتي باردة & رطبة"


async def test_callback_notice_shows_a_sent_question_escaped_with_its_language_named(
    store: Store, tree_content: Content, inbox: Inbox, server: Controller, port: int
) -> None:
    config = staff_config(port, email_personal_data=True)
    services = build_services(store, tree_content.catalog, config)
    [callback] = add_leads(store, lead("751", kind="callback", question=QUESTION))
    store.add_outbox(CALLBACK_KIND, {"lead_id": callback}, lead_id=callback, now=T0)

    await run_digest(services, T0)

    notice, digest = inbox.messages
    assert "صاحب البيت" not in body_text(digest)  # the digest only counts the callback
    mail = notice
    html, text = (body.replace("\r\n", "\n") for body in (body_html(mail), body_text(mail)))
    assert "<script>" not in html
    assert "صاحب البيت &lt;script&gt;alert(1)&lt;/script&gt;\nشقتي باردة &amp; رطبة" in html
    assert '<blockquote lang="ar" dir="auto"' in html
    assert "Spørgsmål, som personen skrev det (chatsprog: arabisk)" in html
    # the text part: as typed, each line indented under its heading
    assert "(chatsprog: arabisk):\n    صاحب البيت <script>alert(1)</script>\n    شقتي" in text


async def test_digest_minimal_says_there_is_a_question_but_not_what(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    [callback] = add_leads(store, lead("751", kind="callback", question=QUESTION))
    store.add_outbox(CALLBACK_KIND, {"lead_id": callback}, lead_id=callback, now=T0)

    await run_digest(services, T0)

    notice, digest = inbox.to("igu@aarhus.example")
    for mail in (notice, digest):
        text, html = body_text(mail), body_html(mail)
        assert "صاحب البيت" not in text
        assert "صاحب البيت" not in html
    assert "Personen har sendt et spørgsmål med egne ord" in body_text(notice)
    assert "Personen har sendt et spørgsmål med egne ord" in body_html(notice)
    assert lead_ids_in(body_text(digest)) == set()


async def test_digest_smtp_outage_retries_with_backoff_then_delivers_once(
    services: StaffServices, store: Store, inbox: Inbox, port: int
) -> None:
    add_leads(store, lead("751"))
    services.digests.create(T0)

    failed = await services.worker.deliver(T0)  # nothing listens on the port
    [row] = store.outbox_items([DIGEST_KIND])
    assert (failed.failed, row.attempts, row.sent_at) == (1, 1, None)
    assert row.next_attempt == iso_timestamp(T0 + dt.timedelta(minutes=1))
    assert row.error is not None
    assert "igu@aarhus.example" not in row.error

    early = await services.worker.deliver(T0 + dt.timedelta(seconds=30))
    assert (early.sent, early.failed) == (0, 0)  # not due yet: no attempt

    again = await services.worker.deliver(T0 + dt.timedelta(seconds=61))
    [row] = store.outbox_items([DIGEST_KIND])
    assert (again.failed, row.attempts) == (1, 2)
    assert row.next_attempt == iso_timestamp(T0 + dt.timedelta(seconds=61 + 120))

    with smtp_server(inbox, port):
        recovered = await services.worker.deliver(T0 + dt.timedelta(minutes=5))
        later = await services.worker.deliver(T0 + dt.timedelta(hours=1))

    assert (recovered.sent, later.sent) == (1, 0)
    assert len(inbox.messages) == 1
    [row] = store.outbox_items([DIGEST_KIND])
    assert row.sent_at == iso_timestamp(T0 + dt.timedelta(minutes=5))
    assert row.error is None


async def test_digest_claimed_row_is_not_sent_by_a_second_worker(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    add_leads(store, lead("751"))
    services.digests.create(T0)
    lease_end = iso_timestamp(T0 + dt.timedelta(minutes=10))

    claimed = store.claim_outbox([DIGEST_KIND], iso_timestamp(T0), lease_end)
    meanwhile = await services.worker.deliver(T0 + dt.timedelta(minutes=1))

    assert len(claimed) == 1
    assert meanwhile.sent == 0
    assert inbox.messages == []


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert backoff(50) == dt.timedelta(hours=6)


async def test_digest_raised_lead_comes_first_once(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    [old] = add_leads(store, lead("751", user_key="tg:7", created=T0 - dt.timedelta(days=8)))
    await run_digest(services, T0 - dt.timedelta(days=8))
    [new] = add_leads(store, lead("751", user_key="web:2"))
    assert store.record_followup_answer(old, "no", iso_timestamp(T0))

    await run_digest(services, T0 + dt.timedelta(hours=1))
    await run_digest(services, T0 + dt.timedelta(days=1))

    first, second, third = inbox.to("igu@aarhus.example")
    text = body_text(second)
    assert text.index("Rykkere") < text.index("Kursister")
    assert text.index(f"/staff/leads/{old}") < text.index(f"/staff/leads/{new}")
    assert "Rykkere" not in body_text(third)  # raised in exactly one digest
    assert lead_ids_in(body_text(first)) == {old}


async def test_digest_reminders_at_most_once_a_day(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    [overdue] = add_leads(store, lead("751", created=T0 - dt.timedelta(days=6)))
    await run_digest(services, T0 - dt.timedelta(days=6))

    assert await run_digest(services, T0) == (1, 1)
    assert await run_digest(services, T0 + dt.timedelta(hours=2)) == (0, 0)
    assert await run_digest(services, T0 + dt.timedelta(days=1)) == (1, 1)

    reminder = body_text(inbox.to("igu@aarhus.example")[1])
    assert "Ikke markeret som kontaktet efter 5 dage" in reminder
    assert "Ingen nye henvendelser" in reminder
    assert lead_ids_in(reminder) == {overdue}


async def test_digest_reminders_stop_when_contacted(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    [overdue] = add_leads(store, lead("751", created=T0 - dt.timedelta(days=6)))
    await run_digest(services, T0 - dt.timedelta(days=6))
    user = store.add_staff_user("igu@aarhus.example", ["751"], iso_timestamp(T0))
    store.set_lead_status(user.id, overdue, "contacted", user.email, iso_timestamp(T0))

    assert await run_digest(services, T0 + dt.timedelta(days=1)) == (0, 0)


async def test_digest_telegram_row_for_a_staff_chat_has_counts_only(
    services: StaffServices, store: Store, server: Controller
) -> None:
    add_leads(store, lead("751"), lead("101", user_key="web:2"))

    await run_digest(services, T0)

    [row] = store.outbox_items([TELEGRAM_KIND])
    assert row.payload["chat_id"] == -1001
    assert row.payload["municipality"] == "751"
    assert row.payload["url"] == "https://igubot.example/staff/?municipality=751"
    assert "1 nye" in row.payload["text"]
    for value in PERSONAL:
        assert value not in row.payload["text"]
    assert row.sent_at is None  # left for the Telegram sender


async def test_digest_dry_run_changes_nothing(services: StaffServices, store: Store) -> None:
    add_leads(store, lead("751"), lead("101", user_key="web:2"))

    emails = services.digests.preview(T0)

    assert sorted(e.recipients[0] for e in emails) == ["igu@aarhus.example", "igu@kk.example"]
    assert store.outbox_items([DIGEST_KIND, TELEGRAM_KIND]) == []
    assert all(x.digest_id is None for x in store.staff_leads_by_ids([1, 2]))
    assert len(services.digests.create(T0)) == 2  # the real run still finds them


async def test_digest_forgotten_person_is_left_out_of_a_queued_digest(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    kept, gone = add_leads(store, lead("751"), lead("751", user_key="web:gone"))
    services.digests.create(T0)
    store.forget("web:gone")

    await services.worker.deliver(T0)

    assert lead_ids_in(body_text(inbox.messages[0])) == {kept}
    assert gone not in lead_ids_in(body_html(inbox.messages[0]))


async def test_digest_without_recipients_leaves_leads_waiting(
    store: Store, tree_content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    config = staff_config(None, routes={}, default_emails=())
    services = build_services(store, tree_content.catalog, config)
    add_leads(store, lead("751"))

    with caplog.at_level(logging.WARNING):
        assert services.digests.create(T0) == []

    assert store.staff_leads_by_ids([1])[0].digest_id is None
    assert "no recipients for municipality 751" in caplog.text


async def test_callback_notice_is_sent_at_once(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    [callback] = add_leads(store, lead("101", kind="callback"))
    store.add_outbox(CALLBACK_KIND, {"lead_id": callback}, lead_id=callback, now=T0)

    delivery = await services.worker.deliver(T0)

    assert delivery.sent == 1
    [mail] = inbox.to("igu@kk.example")
    assert "vil ringes op" in str(mail["Subject"])
    assert lead_ids_in(body_text(mail)) == {callback}
    assert "Amina" not in body_text(mail)


async def test_digest_logs_no_personal_data(
    services: StaffServices,
    store: Store,
    server: Controller,
    caplog: pytest.LogCaptureFixture,
) -> None:
    add_leads(store, lead("751"))

    with caplog.at_level(logging.DEBUG):
        await run_digest(services, T0)

    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    assert "outbox 1 (staff_digest) sent" in ours
    for value in (*PERSONAL, "igu@aarhus.example"):
        assert value not in ours


async def test_smtp_mailer_logs_in_with_the_url_credentials(
    inbox: Inbox, port: int, tmp_path: Path
) -> None:
    seen: list[tuple[str, str]] = []

    def authenticator(
        server: object, session: object, envelope: object, mechanism: str, auth_data: object
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        seen.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=True)

    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=False,
    )
    controller.start()
    try:
        from bot.staff.delivery import build_message
        from bot.staff.digest import Email

        mailer = SmtpMailer(Secret(f"smtp://igu%40x:p%40ss@127.0.0.1:{port}"))
        email = Email(("a@b.example",), "Emne", "tekst", "<p>tekst</p>", "t-1")
        mailer.send(build_message(email, staff_config()))
    finally:
        controller.stop()

    assert seen == [("igu@x", "p@ss")]
    assert len(inbox.messages) == 1


@pytest.mark.parametrize(
    ("url", "host", "port", "tls", "user"),
    [
        pytest.param(
            "smtp://u:p@mail.example:587", "mail.example", 587, False, "u", id="starttls"
        ),
        pytest.param("smtps://mail.example", "mail.example", 465, True, "", id="implicit-tls"),
        pytest.param("smtp://127.0.0.1", "127.0.0.1", 25, False, "", id="default-port"),
    ],
)
def test_parse_smtp_url(url: str, host: str, port: int, tls: bool, user: str) -> None:
    target = parse_smtp_url(Secret(url))
    assert (target.host, target.port, target.implicit_tls, target.user) == (host, port, tls, user)


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("http://u:s3cret@mail.example", id="scheme"),
        pytest.param("smtp://u:s3cret@", id="no-host"),
        pytest.param("smtp://u:s3cret@h:port", id="port"),
        pytest.param("smtp://u:s3cretø@h:25", id="non-ascii-password"),
    ],
)
def test_parse_smtp_url_rejects_without_echoing_it(url: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_smtp_url(Secret(url))
    assert "s3cret" not in str(info.value)


async def test_digest_says_where_each_lead_came_from(
    services: StaffServices, store: Store, inbox: Inbox, server: Controller
) -> None:
    add_leads(store, lead("751", user_key="tg:5", campaign="library"))

    await run_digest(services, T0)

    [mail] = inbox.messages
    assert "Kom via: Telegram (Kampagne: library)" in body_text(mail)
    assert "Kom via: Telegram (Kampagne: library)" in body_html(mail)


_HEAD = (
    "- Nr. {n} · 2026-11-23 13:00 CET · {kind} · Sprog: arabisk · Tolk: Ja · Kontakt via: Opkald"
)
_TOPICS = "  Dansk: Lidt dansk · Arbejdsområde: Transport og lager · Tjek af muligheder: {outcome}"
_FOOT = ["-- ", "Sendt automatisk af igubot. Svar ikke på denne e-mail."]


@pytest.mark.parametrize("personal", [True, False], ids=["personal", "minimal"])
async def test_digest_and_callback_text_give_each_fact_its_own_line(
    store: Store,
    tree_content: Content,
    inbox: Inbox,
    server: Controller,
    port: int,
    personal: bool,
) -> None:
    config = staff_config(port, email_personal_data=personal)
    services = build_services(store, tree_content.catalog, config, clock=Clock())
    add_leads(
        store,
        lead("751", name="أمينة أحمد", campaign="library", data={"eligibility": "likely"}),
    )
    [callback] = add_leads(
        store, lead("751", user_key="web:2", kind="callback", question="hej\nanden linje")
    )
    store.add_outbox(CALLBACK_KIND, {"lead_id": callback}, lead_id=callback, now=T0)

    await run_digest(services, T0)

    notice, digest = (body_text(m).splitlines() for m in inbox.to("igu@aarhus.example"))
    who = ["  Amina Hassan · +4520123456 · amina@example.org"] if personal else []
    asked = (
        [
            "  Spørgsmål, som personen skrev det (chatsprog: arabisk):",
            "    hej",
            "    anden linje",
        ]
        if personal
        else ["  Personen har sendt et spørgsmål med egne ord: læs det på personalesiden."]
    )
    minimal = (
        []
        if personal
        else ["Navne og kontaktoplysninger står på personalesiden, ikke i denne e-mail.", ""]
    )
    assert notice == [
        "En person beder kommunen om at ringe. (Aarhus (751))",
        "",
        _HEAD.format(n=2, kind="Vil ringes op") + " · Kom via: Webchat",
        *who,
        _TOPICS.format(outcome="–"),
        *asked,
        "  https://igubot.example/staff/leads/2",
        "",
        *minimal,
        *_FOOT,
    ]
    names = (
        [
            "  أمينة أحمد · +4520123456 · amina@example.org",
            "  Navn med latinske bogstaver: 'Mynh 'Hmd (automatisk omskrevet, kan være upræcis)",
        ]
        if personal
        else []
    )
    assert digest == [
        "Nye henvendelser til Aarhus (751) siden sidste sammendrag.",
        "",
        "Kursister (1)",
        _HEAD.format(n=1, kind="Kursist") + " · Kom via: Webchat (Kampagne: library)",
        *names,
        _TOPICS.format(outcome="Sandsynligvis"),
        "  https://igubot.example/staff/leads/1",
        "",
        "1 person bad om at blive ringet op: sendt i sin egen e-mail, da henvendelsen kom.",
        "",
        "Efterspørgsel i Region Midtjylland pr. arbejdsområde (sidste 30 dage og i alt)",
        "- Transport og lager: 1 / 1",
        "",
        "Åbn personalesiden: https://igubot.example/staff/?municipality=751",
        *([] if personal else [minimal[0]]),
        "",
        *_FOOT,
    ]


async def test_digest_links_without_a_public_address_say_so(
    store: Store, tree_content: Content, inbox: Inbox, server: Controller, port: int
) -> None:
    config = staff_config(port, base_url="http://127.0.0.1:8093")
    services = build_services(store, tree_content.catalog, config, clock=Clock())
    add_leads(store, lead("751"))

    await run_digest(services, T0)

    [mail] = inbox.messages
    note = (
        "Ingen offentlig adresse er sat (IGUBOT_BASE_URL eller [staff] base_url): linkene går "
        "til http://127.0.0.1:8093 og virker kun på serveren selv."
    )
    assert note in body_text(mail).splitlines()
    assert note in body_html(mail)
    assert "http://127.0.0.1:8093/staff/leads/1" in body_text(mail)
