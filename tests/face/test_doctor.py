"""`igubot doctor` says what is wrong with a deployment and how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.face.cli import main
from bot.face.doctor import diagnose
from bot.kernel.config import Settings
from tests.support.staff import Inbox, free_port, smtp_server
from tests.support.tree import ROOT

#: Slow: every test loads and checks the whole tree, as the doctor does.
pytestmark = pytest.mark.slow

GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


#: Who is responsible for the data: a deployment names it (docs/configuration.md, [privacy]).
PRIVACY = {
    "IGUBOT_PRIVACY_CONTROLLER": "Aarhus Kommune, Jobcenter Aarhus",
    "IGUBOT_PRIVACY_CONTACT": "igu@aarhus.example",
}


def _settings(tmp_path: Path, **env: str) -> Settings:
    base = {"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)}
    return Settings.load(None, {**base, **PRIVACY, **env})


def _fixes(tmp_path: Path, **env: str) -> list[str]:
    return [f.what for f in diagnose(_settings(tmp_path, **env)) if not f.ok]


def test_doctor_is_happy_with_a_plain_setup(tmp_path: Path) -> None:
    assert _fixes(tmp_path) == []


def test_doctor_asks_for_the_data_controller_on_an_empty_configuration(tmp_path: Path) -> None:
    config = tmp_path / "igubot.toml"
    config.write_text("", encoding="utf-8")
    env = {"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)}
    findings = diagnose(Settings.load(config, env))
    assert [f.what for f in findings if not f.ok] == ["[privacy] controller and contact"]
    result = CliRunner().invoke(main, ["doctor", "--config", str(config)], env=env)
    assert result.exit_code == 1
    assert "FIX  [privacy] controller and contact: not set" in result.output


def test_doctor_reads_the_data_controller_from_the_privacy_table(tmp_path: Path) -> None:
    config = tmp_path / "igubot.toml"
    config.write_text(
        '[privacy]\ncontroller = "Odense Kommune"\ncontact = "https://odense.example/data"\n',
        encoding="utf-8",
    )
    env = {"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)}
    findings = diagnose(Settings.load(config, env))
    assert [f.what for f in findings if not f.ok] == []
    assert "privacy notice names Odense Kommune" in [f.what for f in findings]


def test_doctor_names_a_malformed_token_without_printing_it(tmp_path: Path) -> None:
    findings = diagnose(_settings(tmp_path, TELEGRAM_TOKEN="12345:short"))
    assert [f.what for f in findings if not f.ok] == ["TELEGRAM_TOKEN"]
    assert not any("short" in f.render() for f in findings)


def test_doctor_accepts_a_well_formed_token_and_https_webhook(tmp_path: Path) -> None:
    env = {"TELEGRAM_TOKEN": GOOD_TOKEN, "IGUBOT_BASE_URL": "https://bot.example"}
    assert _fixes(tmp_path, **env) == []


def test_doctor_wants_https_for_a_webhook(tmp_path: Path) -> None:
    env = {"TELEGRAM_TOKEN": GOOD_TOKEN, "IGUBOT_BASE_URL": "http://bot.example"}
    assert _fixes(tmp_path, **env) == ["IGUBOT_BASE_URL"]


def test_doctor_reports_an_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    findings = diagnose(Settings.load(None, {"IGUBOT_DATA_DIR": str(blocker / "data")}))
    assert any(f.what.startswith("data folder") and not f.ok for f in findings)


def test_doctor_reports_an_unreachable_smtp_server(tmp_path: Path) -> None:
    url = f"smtp://127.0.0.1:{free_port()}"
    assert _fixes(tmp_path, IGUBOT_SMTP_URL=url) == ["IGUBOT_SMTP_URL"]


def test_doctor_sends_a_test_mail_through_a_real_smtp_server(tmp_path: Path) -> None:
    inbox = Inbox()
    port = free_port()
    with smtp_server(inbox, port):
        result = CliRunner().invoke(
            main,
            ["doctor", "--send-test", "ops@example.org"],
            env={
                "IGUBOT_DATA_DIR": str(tmp_path / "data"),
                "IGUBOT_CONTENT_DIR": str(ROOT),
                "IGUBOT_SMTP_URL": f"smtp://127.0.0.1:{port}",
                **PRIVACY,
            },
        )
    assert result.exit_code == 0, result.output
    assert "ok   test e-mail handed to the SMTP server" in result.output
    assert [m["Subject"] for m in inbox.to("ops@example.org")] == ["igubot doctor: test"]
