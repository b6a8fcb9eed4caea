"""The staff config (``[staff]`` table), the digest schedule across summer time, the scheduler
loop with a fake sleep that moves a fake clock, and follow-ups."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.content import Content
from bot.kernel.config import Settings
from bot.kernel.errors import ConfigError
from bot.staff import Scheduler, StaffConfig, due_followups, next_run
from bot.staff.digest import DIGEST_KIND
from bot.staff.followup import FOLLOWUP_KIND
from bot.staff.services import build_services
from bot.store import Store, iso_timestamp
from tests.support.staff import (
    T0,
    Clock,
    Inbox,
    add_leads,
    free_port,
    lead,
    smtp_server,
    staff_config,
)
from tests.support.tree import ROOT

CPH = ZoneInfo("Europe/Copenhagen")
WEEKDAYS = frozenset(range(5))


def load(tmp_path: Path, toml: str, **env: str) -> StaffConfig:
    path = tmp_path / "igubot.toml"
    path.write_text(toml, encoding="utf-8")
    return StaffConfig.load(Settings.load(path, env))


# -- config ----------------------------------------------------------------------------------


def test_staff_config_reads_routes_and_schedule(tmp_path: Path) -> None:
    config = load(
        tmp_path,
        """
        [staff]
        default_emails = ["igu-fallback@example.org"]
        base_url = "https://igubot.example/"
        digest_time = "07:30"
        digest_weekdays = ["mon", "wed"]
        reminder_days = 3
        email_personal_data = true

        [staff.municipalities."751"]
        emails = ["igu@aarhus.example"]
        telegram_chat = -1001234567890
        """,
        IGUBOT_SMTP_URL="smtp://u:p@127.0.0.1:2525",
    )

    assert config.route("751").emails == ("igu@aarhus.example",)
    assert config.route("751").telegram_chat == -1001234567890
    assert config.route("101").emails == ("igu-fallback@example.org",)
    assert config.base_url == "https://igubot.example"
    assert config.secure_cookies
    assert (config.digest_time, config.digest_weekdays) == (dt.time(7, 30), frozenset({0, 2}))
    assert (config.reminder_days, config.email_personal_data) == (3, True)
    assert not config.demo
    assert "u:p" not in repr(config)


def test_staff_config_defaults_without_a_file() -> None:
    config = StaffConfig.load(Settings.load(None, {"IGUBOT_BASE_URL": "https://bot.example"}))

    assert config.base_url == "https://bot.example"
    assert config.digest_time == dt.time(8, 0)
    assert config.digest_weekdays == WEEKDAYS
    assert config.timezone == CPH
    assert config.email_personal_data is False
    assert config.demo
    assert config.mail_from == "igubot <noreply@bot.example>"


def test_staff_config_demo_file_loads() -> None:
    config = StaffConfig.load(Settings.load(ROOT / "config" / "demo.toml", {}))
    assert set(config.routes) == {"751", "101"}


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        pytest.param('[staff]\ndigest_tme = "08:00"', "unknown key(s) digest_tme", id="typo"),
        pytest.param('[staff]\ndigest_time = "8am"', "digest_time", id="time"),
        pytest.param('[staff]\ndigest_weekdays = ["monday"]', "digest_weekdays", id="weekday"),
        pytest.param('[staff.municipalities."999"]\nemails = ["a@b.c"]', "'999'", id="code"),
        pytest.param(
            '[staff.municipalities."751"]\nemails = "a@b.c"', "list of addresses", id="emails"
        ),
        pytest.param(
            '[staff.municipalities."751"]\nemail = ["a@b.c"]', "only the keys", id="route-key"
        ),
        pytest.param("[staff]\nreminder_days = -1", "reminder_days", id="negative"),
        pytest.param('[staff]\nbase_url = "igubot.example"', "base_url", id="url"),
        pytest.param('[staff]\ntimezone = "Mars/Olympus"', "timezone", id="zone"),
    ],
)
def test_staff_config_errors_name_the_key(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(ConfigError, match=r"igubot\.toml: \[staff\]") as info:
        load(tmp_path, toml)
    assert message in str(info.value)


# -- schedule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        pytest.param("2026-11-23T06:59:00+00:00", "2026-11-23T07:00:00+00:00", id="same-day"),
        pytest.param("2026-11-23T07:00:00+00:00", "2026-11-24T07:00:00+00:00", id="at-time"),
        pytest.param("2026-11-27T12:00:00+00:00", "2026-11-30T07:00:00+00:00", id="weekend"),
        pytest.param("2026-03-27T12:00:00+00:00", "2026-03-30T06:00:00+00:00", id="summer-time"),
        pytest.param("2026-10-23T12:00:00+00:00", "2026-10-26T07:00:00+00:00", id="winter-time"),
    ],
)
def test_next_run_is_local_time_on_weekdays(after: str, expected: str) -> None:
    moment = dt.datetime.fromisoformat(after)
    assert next_run(moment, dt.time(8, 0), WEEKDAYS, CPH).isoformat() == expected


def test_next_run_every_day_and_only_sunday() -> None:
    sunday = next_run(T0, dt.time(8), frozenset({6}), CPH)
    assert sunday.astimezone(CPH).weekday() == 6
    assert next_run(T0, dt.time(23, 59), frozenset(range(7)), CPH).date() == T0.date()


async def test_scheduler_sleeps_until_the_digest_then_sends_it(
    store: Store, tree_content: Content
) -> None:
    port = free_port()
    inbox = Inbox()
    clock = Clock()  # Monday 13:00 in Copenhagen: the 08:00 digest is tomorrow
    services = build_services(store, tree_content.catalog, staff_config(port), clock=clock)
    add_leads(store, lead("751"))
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock.advance(seconds=seconds)
        if clock.now >= dt.datetime(2026, 11, 24, 7, 10, tzinfo=dt.UTC):
            raise asyncio.CancelledError

    scheduler = Scheduler(services, sleep=fake_sleep)
    with smtp_server(inbox, port), pytest.raises(asyncio.CancelledError):
        await scheduler.run()

    assert max(sleeps) <= 300  # it wakes to look for callback notices, never busy-loops
    assert min(sleeps) >= 1
    [mail] = inbox.to("igu@aarhus.example")
    [row] = store.outbox_items([DIGEST_KIND])
    assert row.created == "2026-11-24T07:00:00+00:00"
    assert scheduler.next_digest == dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)
    assert "1 ny henvendelse" in str(mail["Subject"])


async def test_scheduler_task_is_cancellable(store: Store, tree_content: Content) -> None:
    services = build_services(store, tree_content.catalog, staff_config(None), clock=Clock())
    task = asyncio.create_task(Scheduler(services).run())
    await asyncio.sleep(0)  # let it start: it is now waiting for its next wake-up

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


# -- follow-ups ------------------------------------------------------------------------------


CHECK_IN = {"followup_ok": "yes"}  # the person said yes to the check-in (flows/interest.yaml)


def test_due_followups_ask_each_telegram_lead_once_after_n_days(store: Store) -> None:
    config = staff_config(None, followup_days=7)
    due, recent, web, contacted = add_leads(
        store,
        lead("751", user_key="tg:1", created=T0 - dt.timedelta(days=8), data=CHECK_IN),
        lead("751", user_key="tg:2", created=T0 - dt.timedelta(days=2), data=CHECK_IN),
        lead("751", user_key="web:3", created=T0 - dt.timedelta(days=8), data=CHECK_IN),
        lead("751", user_key="tg:4", created=T0 - dt.timedelta(days=8), data=CHECK_IN),
    )
    user = store.add_staff_user("igu@aarhus.example", ["751"], iso_timestamp(T0))
    store.set_lead_status(user.id, contacted, "contacted", user.email, iso_timestamp(T0))

    assert due_followups(store, config, T0) == 1
    assert due_followups(store, config, T0 + dt.timedelta(hours=1)) == 0

    [row] = store.outbox_items([FOLLOWUP_KIND])
    assert (row.user_key, row.lead_id) == ("tg:1", due)
    assert row.payload == {
        "lead_id": due,
        "lang": "ar",
        "municipality": "751",
        "question": "followup-ask",
        "answers": {"yes": "followup-yes", "no": "followup-no"},
    }
    assert "Amina" not in str(row.payload)
    assert due_followups(store, config, T0 + dt.timedelta(days=6)) == 1  # the 2-day-old one
    assert {r.lead_id for r in store.outbox_items([FOLLOWUP_KIND])} == {due, recent}
    del web


def test_due_followups_off_with_zero_days(store: Store) -> None:
    add_leads(store, lead("751", user_key="tg:1", created=T0 - dt.timedelta(days=30)))
    assert due_followups(store, staff_config(None, followup_days=0), T0) == 0


def test_followup_rows_are_forgotten_with_the_person(store: Store) -> None:
    add_leads(
        store, lead("751", user_key="tg:1", created=T0 - dt.timedelta(days=8), data=CHECK_IN)
    )
    assert due_followups(store, staff_config(None), T0) == 1

    store.forget("tg:1")

    assert store.outbox_items([FOLLOWUP_KIND]) == []


def test_followup_answer_no_raises_yes_does_not(store: Store) -> None:
    yes, no = add_leads(store, lead("751", user_key="tg:1"), lead("751", user_key="tg:2"))

    assert store.record_followup_answer(yes, "yes", iso_timestamp(T0))
    assert store.record_followup_answer(no, "no", iso_timestamp(T0))
    assert not store.record_followup_answer(999, "no", iso_timestamp(T0))

    by_id = {x.id: x for x in store.staff_leads_by_ids([yes, no])}
    assert by_id[yes].raised_at is None
    assert by_id[no].raised_at == iso_timestamp(T0)


def test_staff_config_refuses_a_telegram_bot_name_it_would_read_from_telegram(
    tmp_path: Path,
) -> None:
    with pytest.raises(ConfigError, match="remove telegram_bot: the bot's username is read"):
        load(tmp_path, '[staff]\ntelegram_bot = "igubot"\n')
