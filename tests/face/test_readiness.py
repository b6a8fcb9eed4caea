"""A set-up that warns before it fails: doctor, serve and qr name what a real deployment lacks."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.content import Content
from bot.face.app import build_app
from bot.face.botname import BotNameError, bot_username
from bot.face.readiness import Deployment, is_placeholder_host, readiness
from bot.face.server import warn_not_ready
from bot.kernel.config import Settings
from tests.support.deployment import PRIVACY, READY, fake_bot_api, settings_for
from tests.support.fake_bot_api import BOT_USER, TOKEN
from tests.support.tree import ROOT


def test_readiness_of_an_empty_configuration_names_each_missing_piece(tmp_path: Path) -> None:
    findings = readiness(Deployment.load(settings_for(tmp_path)))

    assert [(f.ok, f.what) for f in findings] == [
        (False, "[privacy] controller and contact"),
        (False, "public address http://127.0.0.1:8080"),
        (False, "sender igubot <noreply@localhost>"),
        (False, "recipients"),
        (False, "Telegram bot"),
    ]
    assert "IGUBOT_PRIVACY_CONTROLLER" in findings[0].fix
    assert "IGUBOT_BASE_URL" in findings[1].fix
    assert "mail_from" in findings[2].fix
    assert "default_emails" in findings[3].fix
    assert "TELEGRAM_TOKEN" in findings[4].fix
    assert not any(f.warning for f in findings)


def test_readiness_of_the_demo_configuration_names_its_example_addresses(tmp_path: Path) -> None:
    settings = Settings.load(
        ROOT / "config" / "demo.toml", {"IGUBOT_DATA_DIR": str(tmp_path / "data")}
    )

    fixes = [f.what for f in readiness(Deployment.load(settings)) if not f.ok]

    assert fixes == [
        "public address http://127.0.0.1:8080",
        "sender igubot <noreply@localhost>",
        "default recipients igu-fallback@example.org",
        "recipients of municipality 101",
        "recipients of municipality 751",
        "Telegram bot",
    ]


def test_readiness_names_a_municipality_with_leads_but_no_recipients(tmp_path: Path) -> None:
    from bot.store import Store
    from tests.support.staff import lead

    config = """
[staff]
base_url = "https://igu.aarhus.dk"
mail_from = "igubot <igu@aarhus.dk>"
[staff.municipalities."101"]
emails = ["igu@kk.dk"]
"""
    settings = settings_for(tmp_path, config, TELEGRAM_TOKEN=TOKEN, **PRIVACY)
    with Store(settings.database) as store:
        store.add_lead(lead("751"))

    findings = readiness(Deployment.load(settings))

    assert [(f.ok, f.what) for f in findings] == [
        (True, "privacy notice names Aarhus Kommune, Jobcenter Aarhus"),
        (True, "public address https://igu.aarhus.dk"),
        (True, "sender igubot <igu@aarhus.dk>"),
        (True, "recipients of municipality 101: igu@kk.dk"),
        (False, "recipients of municipality 751"),
        (False, "poster contact line of municipality 101"),
        (False, "poster contact line of municipality 751"),
    ]
    assert "it has leads or poster visitors" in findings[4].fix
    assert 'staff.municipalities."751"' in findings[4].fix
    assert [f.warning for f in findings[4:]] == [False, True, True]
    assert 'staff.municipalities."751"] poster_contact' in findings[6].fix


def test_readiness_names_the_poster_contact_line_it_finds(tmp_path: Path) -> None:
    config = (
        READY + '[staff.municipalities."751"]\nposter_contact = "Jobcenter Aarhus · 89 40 20 00"\n'
    )
    settings = settings_for(tmp_path, config, TELEGRAM_TOKEN=TOKEN, **PRIVACY)

    findings = readiness(Deployment.load(settings))

    assert all(f.ok for f in findings)
    assert findings[-1].what == (
        "poster contact line of municipality 751: Jobcenter Aarhus · 89 40 20 00"
    )


def test_readiness_is_content_with_a_real_deployment(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, READY, TELEGRAM_TOKEN=TOKEN, **PRIVACY)

    assert all(f.ok for f in readiness(Deployment.load(settings)))


@pytest.mark.parametrize(
    ("host", "placeholder"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("bot.example", True),
        ("igubot.example.org", True),
        ("printer", True),
        ("[::1]", True),
        ("igu.aarhus.dk", False),
        ("bot.kk.dk", False),
    ],
)
def test_readiness_placeholder_hosts(host: str, placeholder: bool) -> None:
    assert is_placeholder_host(host) is placeholder


def test_serve_warns_of_each_missing_piece_at_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, tree_content: Content
) -> None:
    app = build_app(settings_for(tmp_path), content=tree_content)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.face.server"):
            count = warn_not_ready(app)
    finally:
        app.close()

    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.face.server"]
    assert count == len(warnings) == 5
    assert all(w.startswith("not ready for a real deployment: ") for w in warnings)
    assert "IGUBOT_PRIVACY_CONTROLLER" in warnings[0]
    assert "IGUBOT_BASE_URL" in warnings[1]


def test_bot_username_comes_from_getme_on_the_fake_bot_api(tmp_path: Path) -> None:
    with fake_bot_api() as fake:
        settings = settings_for(tmp_path, TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_BASE=fake.base_url)
        name = bot_username(settings)

    assert name == BOT_USER["username"]
    assert [c.method for c in fake.calls] == ["getMe"]


def test_bot_username_names_a_refused_token_without_showing_it(tmp_path: Path) -> None:
    refused = "999999:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX"
    with fake_bot_api() as fake:
        settings = settings_for(tmp_path, TELEGRAM_TOKEN=refused, TELEGRAM_API_BASE=fake.base_url)
        with pytest.raises(BotNameError, match="Unauthorized") as raised:
            bot_username(settings)

    assert "AAHdq" not in str(raised.value)


def test_bot_username_needs_a_token(tmp_path: Path) -> None:
    with pytest.raises(BotNameError, match="TELEGRAM_TOKEN"):
        bot_username(settings_for(tmp_path))
