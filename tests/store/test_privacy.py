"""Privacy proven on real files: /forget leaves no trace in the database or its WAL, logs carry no
personal data, retention deletes what it promises, and each lead records its consent."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.content import Content
from bot.engine import Engine, Inbound, TurnResult
from bot.face.app import operator_variables
from bot.face.cli import main
from bot.kernel.config import Settings
from bot.store import Store
from tests.support.tree import ROOT

NAME = "Zainab Qasimova"
PHONE_TYPED = "20 12 34 56"
PHONE_STORED = "+4520123456"
EMAIL = "zainab.q@example.org"


def _interest(engine: Engine, key: str, name: str = NAME, latin: str | None = None) -> TurnResult:
    say = lambda **kw: engine.handle(Inbound(key, "web", **kw))  # noqa: E731
    say(start="")
    say(choice="en")
    say(choice="interest")
    say(text=name)
    if latin is not None:  # a name in another script: asked again as on the residence card
        say(text=latin)
    say(text="Aarhus")
    say(choice="phone")
    say(text=PHONE_TYPED)
    say(choice="yes")
    say(choice="little")
    say(choice="transport")
    say(choice="review:ok")  # the summary of what is sent: all correct
    return say(choice="yes")


def _file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*") if p.is_file())


def test_privacy_forget_leaves_no_trace_in_database_or_wal(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "igubot.sqlite3"
    with Store(db) as store:
        engine = Engine(tree_content, store)
        assert "save_lead" in _interest(engine, "web:forget-me").actions
        _interest(engine, "web:someone-else")
        assert NAME.encode() in _file_bytes(db)
        engine.handle(Inbound("web:forget-me", "web", text="/forget"))
        done = engine.handle(Inbound("web:forget-me", "web", choice="yes"))
        assert "forget" in done.actions
        assert [lead.user_key for lead in store.leads()] == ["web:someone-else"]
        store.forget("web:someone-else")
        store.checkpoint()
        data = _file_bytes(db)
    for secret in (NAME, PHONE_STORED, "20123456"):
        assert secret.encode() not in data, secret


def test_privacy_forget_deletes_the_name_in_both_scripts(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "igubot.sqlite3"
    with Store(db) as store:
        engine = Engine(tree_content, store)
        done = _interest(engine, "web:forget-me", name="زينب قاسموفا", latin=NAME)
        assert "save_lead" in done.actions
        (lead,) = store.leads()
        assert (lead.name, lead.name_latin) == ("زينب قاسموفا", NAME)
        engine.handle(Inbound("web:forget-me", "web", text="/forget"))
        assert "forget" in engine.handle(Inbound("web:forget-me", "web", choice="yes")).actions
        assert store.leads() == []
        store.checkpoint()
        data = _file_bytes(db)
    for secret in ("زينب قاسموفا", NAME):
        assert secret.encode() not in data, secret


def test_privacy_logs_of_a_whole_dialogue_hold_no_personal_data(
    tree_content: Content, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG), Store(tmp_path / "db.sqlite3") as store:
        engine = Engine(tree_content, store)
        result = _interest(engine, "web:logged")
        engine.handle(Inbound("web:logged", "web", text="/forget"))
        engine.handle(Inbound("web:logged", "web", choice="yes"))
    assert "save_lead" in result.actions
    logged = caplog.text
    assert caplog.records  # the dialogue did log something
    for secret in (NAME, "Zainab", PHONE_STORED, "20 12 34 56", "web:logged"):
        assert secret not in logged, secret


def test_privacy_each_lead_records_its_consent_text_and_version(
    tree_content: Content, tmp_path: Path
) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        _interest(Engine(tree_content, store), "web:consent")
        [lead] = store.leads()
    assert lead.consent_id == "interest-consent-ask"
    assert lead.consent_version == tree_content.consent_version("interest-consent-ask")


def test_privacy_purge_deletes_idle_sessions_and_long_closed_leads(
    tree_content: Content, tmp_path: Path
) -> None:
    db = tmp_path / "igubot.sqlite3"
    then = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    with Store(db) as store:
        _interest(Engine(tree_content, store, clock=lambda: then), "web:old")
        _interest(Engine(tree_content, store, clock=lambda: then), "web:open")
        conn = sqlite3.connect(db)
        conn.execute(
            "UPDATE leads SET status = 'not_relevant', status_changed = ? WHERE user_key = ?",
            [then.isoformat(), "web:old"],
        )
        conn.commit()
        conn.close()
        later = then + dt.timedelta(days=200)
        dry = store.purge(later, idle_session_days=30, closed_lead_days=183, dry_run=True)
        assert (dry["leads"], dry["sessions"]) == (1, 2)
        assert len(store.leads()) == 2
        done = store.purge(later, idle_session_days=30, closed_lead_days=183)
        assert done == dry
        assert [lead.user_key for lead in store.leads()] == ["web:open"]


def test_privacy_forget_command_removes_a_person(tree_content: Content, tmp_path: Path) -> None:
    with Store(tmp_path / "data" / "igubot.sqlite3") as store:
        _interest(Engine(tree_content, store), "tg:424242")
    result = CliRunner().invoke(
        main,
        ["forget", "tg:424242"],
        env={"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)},
    )
    assert result.exit_code == 0, result.output
    assert "deleted 1 leads" in result.output
    assert NAME.encode() not in _file_bytes(tmp_path / "data" / "igubot.sqlite3")


def test_privacy_forget_by_lead_number(tree_content: Content, tmp_path: Path) -> None:
    with Store(tmp_path / "data" / "igubot.sqlite3") as store:
        _interest(Engine(tree_content, store), "web:by-lead")
        [lead] = store.leads()
    env = {"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)}
    result = CliRunner().invoke(main, ["forget", "--lead", str(lead.id)], env=env)
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "data" / "igubot.sqlite3") as store:
        assert store.leads() == []
        assert store.load_session("web:by-lead") is None


def test_privacy_purge_command_uses_the_promised_retention(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["purge", "--dry-run"],
        env={"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)},
    )
    assert result.exit_code == 0, result.output
    assert "would delete 0 leads" in result.output


def test_privacy_lead_export_holds_the_eligibility_outcome_not_its_answers(
    tree_content: Content, tmp_path: Path
) -> None:
    # As a new learner tries it: "Can I join?" (age, years, an Afghan permit), then the form.
    db = tmp_path / "data" / "igubot.sqlite3"
    with Store(db) as store:
        engine = Engine(tree_content, store)
        say = lambda **kw: engine.handle(Inbound("tg:31337", "telegram", **kw))  # noqa: E731
        say(start="")
        say(choice="en")
        say(choice="eligibility")
        say(text="30")
        say(choice="up_to_max")
        assert "eligibility-likely" in [m.id for m in say(choice="afghan").reply.messages]
        say(choice="interest")
        say(text=NAME)
        say(text="Aarhus")
        say(choice="phone")
        say(text=PHONE_TYPED)
        say(choice="yes")
        say(choice="little")
        say(choice="transport")
        say(choice="yes")  # the Telegram check-in, its own question
        say(choice="review:ok")  # the summary of what is sent: all correct
        assert "save_lead" in say(choice="yes").actions
    env = {"IGUBOT_DATA_DIR": str(db.parent), "IGUBOT_CONTENT_DIR": str(ROOT)}
    result = CliRunner().invoke(main, ["leads", "export", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    # The outcome, which interest-consent-ask names; never the answers that led to it.
    assert row["data"] == {"eligibility": "likely", "followup_ok": "yes"}
    assert row["channel"] == "telegram"  # staff know a Telegram check-in is possible
    assert (row["name"], row["phone"], row["work_area"]) == (NAME, PHONE_STORED, "transport")
    for word in ("afghan", "up_to_max", "years_in_dk", "basis", "age"):
        assert f'"{word}"' not in result.output
    csv_out = CliRunner().invoke(main, ["leads", "export", "--format", "csv"], env=env).output
    assert "afghan" not in csv_out
    assert "up_to_max" not in csv_out


def _notice(engine: Engine, key: str, lang: str) -> list[str]:
    """The seven screens of the privacy notice, as a person reads them."""
    say = lambda **kw: engine.handle(Inbound(key, "web", **kw))  # noqa: E731
    say(start="")
    say(choice=lang)
    texts = [say(choice="privacy").reply.messages[0].text]
    texts += [say(choice="next").reply.messages[0].text for _ in range(6)]
    return texts


def test_privacy_notice_names_the_configured_controller_and_contact(
    tree_content: Content, tmp_path: Path
) -> None:
    config = tmp_path / "igubot.toml"
    config.write_text(
        '[privacy]\ncontroller = "Aarhus Kommune, Jobcenter Aarhus"\n'
        'contact = "igu-data@aarhus.example"\n',
        encoding="utf-8",
    )
    settings = Settings.load(config, {"IGUBOT_DATA_DIR": str(tmp_path / "data")})
    with Store(tmp_path / "n.sqlite3") as store:
        engine = Engine(tree_content, store, operator=operator_variables(settings))
        for lang in ("en", "ar", "so"):
            start, asked, *_middle, rights = _notice(engine, f"web:{lang}", lang)
            assert "Aarhus Kommune, Jobcenter Aarhus" in start
            assert "Aarhus Kommune, Jobcenter Aarhus" in rights
            assert "igu-data@aarhus.example" in rights
            assert "30" in asked  # unplaced_message_days, from facts.yaml


def test_privacy_notice_without_a_configured_controller_says_it_is_not_named(
    tree_content: Content, tmp_path: Path
) -> None:
    with Store(tmp_path / "n.sqlite3") as store:
        start, *_middle, rights = _notice(Engine(tree_content, store), "web:unset", "en")
    assert "the organisation that runs this chat (not named here yet)" in start
    assert "/forget deletes everything here" in rights
    assert "{" not in start + rights


def test_privacy_notice_tells_what_can_i_join_asks_and_that_it_is_never_sent(
    tree_content: Content, tmp_path: Path
) -> None:
    with Store(tmp_path / "n.sqlite3") as store:
        start, asked, *_rest = _notice(Engine(tree_content, store), "web:asked", "en")
    assert "nationality" not in start  # the permit can show it: the notice must not deny it
    for asked_about in ("age", "years in Denmark", "residence permit", "never sent"):
        assert asked_about in asked
