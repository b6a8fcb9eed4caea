"""`igubot doctor` says what is wrong with a deployment and how to fix it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.face.cli import main
from bot.face.doctor import diagnose
from bot.kernel.config import Settings
from tests.support.deployment import PRIVACY, READY, fake_bot_api, settings_for
from tests.support.staff import Inbox, free_port, smtp_server
from tests.support.tree import ROOT

#: Slow: every test loads and checks the whole tree, as the doctor does (from the session's
#: cache, ``shared_cache``, and ``IGUBOT_CACHE_DIR`` for the CLI: see tests/conftest.py). The fake
#: Bot API is plain HTTP: aiogram closes its session without waiting for TLS.
pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("aiogram_closes_at_once")]

GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture(autouse=True)
def smtp_url() -> Iterator[str]:
    """A real SMTP server (aiosmtpd on 127.0.0.1): every real deployment has one."""
    port = free_port()
    with smtp_server(Inbox(), port):
        yield f"smtp://127.0.0.1:{port}"


def _settings(tmp_path: Path, smtp_url: str, cache: Path, **env: str) -> Settings:
    """A real deployment's configuration (READY) naming its controller and its SMTP server,
    with ``env`` on top."""
    env = {**PRIVACY, "IGUBOT_SMTP_URL": smtp_url, **env}
    return settings_for(tmp_path, READY, cache_dir=cache, **env)


def _fixes(tmp_path: Path, smtp_url: str, cache: Path, **env: str) -> list[str]:
    return [f.what for f in diagnose(_settings(tmp_path, smtp_url, cache, **env)) if not f.ok]


def test_doctor_names_each_missing_piece_of_an_empty_configuration(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        ["doctor"],
        env={"IGUBOT_DATA_DIR": str(tmp_path / "data"), "IGUBOT_CONTENT_DIR": str(ROOT)},
    )

    assert result.exit_code == 1
    fixes = [line for line in result.output.splitlines() if line.startswith("FIX")]
    assert [line.split(":")[0] for line in fixes] == [
        "FIX  IGUBOT_SMTP_URL",
        "FIX  [privacy] controller and contact",
        "FIX  public address http",
        "FIX  sender igubot <noreply@localhost>",
        "FIX  recipients",
        "FIX  Telegram bot",
    ]


def test_doctor_is_happy_with_a_real_deployment(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    with fake_bot_api(GOOD_TOKEN) as fake:
        findings = diagnose(
            _settings(
                tmp_path,
                smtp_url,
                shared_cache,
                TELEGRAM_TOKEN=GOOD_TOKEN,
                TELEGRAM_API_BASE=fake.base_url,
            )
        )

    assert [f.what for f in findings if not f.ok] == []
    assert (
        "ok   Telegram bot @igubot_test_bot (getMe; posters link https://t.me/igubot_test_bot)"
        in [f.render() for f in findings]
    )


def test_doctor_warns_of_a_poster_without_its_contact_line_and_still_passes(
    tmp_path: Path, smtp_url: str
) -> None:
    config = READY + '[staff.municipalities."751"]\nemails = ["igu@aarhus.dk"]\n'
    with fake_bot_api(GOOD_TOKEN) as fake:
        env = {
            **PRIVACY,
            "TELEGRAM_TOKEN": GOOD_TOKEN,
            "TELEGRAM_API_BASE": fake.base_url,
            "IGUBOT_SMTP_URL": smtp_url,
        }
        path = tmp_path / "igubot.toml"
        path.write_text(config, encoding="utf-8")
        result = CliRunner().invoke(
            main,
            ["doctor", "--config", str(path)],
            env={
                "IGUBOT_DATA_DIR": str(tmp_path / "data"),
                "IGUBOT_CONTENT_DIR": str(ROOT),
                **env,
            },
        )

    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if not line.startswith("ok")]
    assert warnings == [
        "WARN poster contact line of municipality 751: its posters (igubot qr) end without one: "
        'set [staff.municipalities."751"] poster_contact = "Jobcenter … · phone · e-mail"'
    ]


def test_doctor_asks_for_the_data_controller_on_an_empty_configuration(
    tmp_path: Path, shared_cache: Path
) -> None:
    config = tmp_path / "igubot.toml"
    config.write_text("", encoding="utf-8")
    env = {
        "IGUBOT_DATA_DIR": str(tmp_path / "data"),
        "IGUBOT_CONTENT_DIR": str(ROOT),
        "IGUBOT_CACHE_DIR": str(shared_cache),
    }
    findings = diagnose(Settings.load(config, env))
    assert "[privacy] controller and contact" in [f.what for f in findings if not f.ok]
    result = CliRunner().invoke(main, ["doctor", "--config", str(config)], env=env)
    assert result.exit_code == 1
    assert "FIX  [privacy] controller and contact: not set" in result.output


def test_doctor_reads_the_data_controller_from_the_privacy_table(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    privacy = '[privacy]\ncontroller = "Odense Kommune"\ncontact = "https://odense.example/data"\n'
    with fake_bot_api(GOOD_TOKEN) as fake:
        env = {
            "TELEGRAM_TOKEN": GOOD_TOKEN,
            "TELEGRAM_API_BASE": fake.base_url,
            "IGUBOT_SMTP_URL": smtp_url,
        }
        findings = diagnose(
            settings_for(tmp_path, READY + "\n" + privacy, cache_dir=shared_cache, **env)
        )
    assert [f.what for f in findings if not f.ok] == []
    assert "privacy notice names Odense Kommune" in [f.what for f in findings]


def test_doctor_names_a_malformed_token_without_printing_it(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    findings = diagnose(_settings(tmp_path, smtp_url, shared_cache, TELEGRAM_TOKEN="12345:short"))
    assert [f.what for f in findings if not f.ok] == ["TELEGRAM_TOKEN"]
    assert not any("short" in f.render() for f in findings)


def test_doctor_names_a_token_telegram_refuses_without_printing_it(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    with fake_bot_api() as fake:  # knows another token
        findings = diagnose(
            _settings(
                tmp_path,
                smtp_url,
                shared_cache,
                TELEGRAM_TOKEN=GOOD_TOKEN,
                TELEGRAM_API_BASE=fake.base_url,
            )
        )

    refused = [f for f in findings if not f.ok]
    assert [f.what for f in refused] == ["TELEGRAM_TOKEN"]
    assert "Unauthorized" in refused[0].fix
    assert not any("AAHdq" in f.render() for f in findings)


def test_doctor_wants_https_for_a_webhook(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    with fake_bot_api(GOOD_TOKEN) as fake:
        env = {
            "TELEGRAM_TOKEN": GOOD_TOKEN,
            "TELEGRAM_API_BASE": fake.base_url,
            "IGUBOT_BASE_URL": "http://igu.aarhus.dk",
            "IGUBOT_SMTP_URL": smtp_url,
        }
        config = READY.replace("https://", "http://")
        findings = diagnose(
            settings_for(tmp_path, config, cache_dir=shared_cache, **PRIVACY, **env)
        )

    assert [f.what for f in findings if not f.ok] == [
        "IGUBOT_BASE_URL",
        "public address http://igu.aarhus.dk",
    ]


def test_doctor_says_no_e_mail_leaves_without_an_smtp_server(
    tmp_path: Path, shared_cache: Path
) -> None:
    findings = diagnose(settings_for(tmp_path, READY, cache_dir=shared_cache, **PRIVACY))

    [smtp] = [f for f in findings if f.what == "IGUBOT_SMTP_URL"]
    assert smtp.blocking
    assert smtp.render().startswith(
        'FIX  IGUBOT_SMTP_URL: not set, so no digest, no "wants a call" e-mail and no sign-in '
        "e-mail leaves"
    )


def test_doctor_outside_the_content_folder_names_the_setting(tmp_path: Path) -> None:
    findings = diagnose(settings_for(tmp_path, READY, **PRIVACY, IGUBOT_CONTENT_DIR=str(tmp_path)))

    [content] = [f for f in findings if f.what.startswith("content in")]
    assert content.blocking
    assert content.fix.startswith(
        "not the content folder (no facts.yaml there): set content_dir in [igubot] or "
        "IGUBOT_CONTENT_DIR to the folder that holds flows/, locales/ and facts.yaml; "
    )
    assert "facts.yaml:1:1: error: cannot read file" in content.fix


def test_doctor_reports_an_unwritable_data_folder(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    data = str(blocker / "data")
    findings = diagnose(_settings(tmp_path, smtp_url, shared_cache, IGUBOT_DATA_DIR=data))
    assert any(f.what.startswith("data folder") and not f.ok for f in findings)


def test_doctor_reports_an_unreachable_smtp_server(
    tmp_path: Path, smtp_url: str, shared_cache: Path
) -> None:
    url = f"smtp://127.0.0.1:{free_port()}"
    fixes = _fixes(tmp_path, smtp_url, shared_cache, IGUBOT_SMTP_URL=url)
    assert fixes == ["IGUBOT_SMTP_URL", "Telegram bot"]


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
    assert result.exit_code == 1  # the empty configuration lacks a public address and more
    assert "ok   test e-mail handed to the SMTP server" in result.output
    assert [m["Subject"] for m in inbox.to("ops@example.org")] == ["igubot doctor: test"]
