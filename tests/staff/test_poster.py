"""`igubot qr`: posters for a notice board, with the links a real deployment gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.face.staff_cli import staff_cli
from bot.staff.poster import PosterError, poster_links
from tests.support.deployment import READY, fake_bot_api
from tests.support.fake_bot_api import TOKEN
from tests.support.tree import ROOT

LOCAL = """
[staff]
base_url = "http://127.0.0.1:8080"
"""


def igubot(args: list[str], tmp_path: Path, config: str = READY, **env: str) -> Result:
    path = tmp_path / "igubot.toml"
    path.write_text(config, encoding="utf-8")
    base: dict[str, str | None] = {
        "IGUBOT_DATA_DIR": str(tmp_path / "data"),
        "IGUBOT_CONTENT_DIR": str(ROOT),
        "IGUBOT_CONFIG": str(path),
        "IGUBOT_BASE_URL": None,
        "TELEGRAM_TOKEN": None,
        "TELEGRAM_API_BASE": None,
    }
    return CliRunner().invoke(
        staff_cli, args, env={**base, **env}, catch_exceptions=False, prog_name="igubot"
    )


def test_qr_reads_the_bot_name_from_telegram(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    with fake_bot_api() as fake:
        result = igubot(
            ["qr", "--municipality", "751", "--campaign", "library", "-o", str(out)],
            tmp_path,
            TELEGRAM_TOKEN=TOKEN,
            TELEGRAM_API_BASE=fake.base_url,
        )

    assert result.exit_code == 0, result.output
    assert "https://t.me/igubot_test_bot?start=m751_library" in result.output
    assert "https://igu.aarhus.dk/?start=m751_library" in result.output
    assert out.read_bytes().startswith(b"%PDF")


def test_qr_without_a_token_asks_for_one(tmp_path: Path) -> None:
    result = igubot(["qr", "--municipality", "751", "-o", str(tmp_path / "p.pdf")], tmp_path)

    assert result.exit_code == 1
    assert "TELEGRAM_TOKEN" in result.output
    assert "--telegram-bot" in result.output
    assert not (tmp_path / "p.pdf").exists()


def test_qr_refuses_a_loopback_address_unless_told_it_is_a_test(tmp_path: Path) -> None:
    args = ["qr", "--municipality", "751", "--telegram-bot", "igu_bot", "-o"]
    out = tmp_path / "p.pdf"

    refused = igubot([*args, str(out)], tmp_path, LOCAL)
    assert refused.exit_code == 1
    assert "http://127.0.0.1:8080" in refused.output
    assert "--allow-loopback" in refused.output
    assert not out.exists()

    allowed = igubot([*args, str(out), "--allow-loopback"], tmp_path, LOCAL)
    assert allowed.exit_code == 0, allowed.output
    assert "http://127.0.0.1:8080/?start=m751" in allowed.output


def test_qr_rejects_unknown_language_bad_campaign_and_file_type(tmp_path: Path) -> None:
    args = ["qr", "--municipality", "751", "--telegram-bot", "igu_bot"]
    out = str(tmp_path / "p.pdf")
    bad_lang = igubot([*args, "--lang", "xx", "-o", out], tmp_path)
    bad_campaign = igubot([*args, "--campaign", "a b", "-o", out], tmp_path)
    bad_type = igubot([*args, "-o", str(tmp_path / "p.jpg")], tmp_path)
    bad_bot = igubot(["qr", "--municipality", "751", "--telegram-bot", "a b", "-o", out], tmp_path)

    assert bad_lang.exit_code == 2
    assert "campaign 'a b'" in bad_campaign.output
    assert "write a .pdf" in bad_type.output
    assert "not a Telegram bot username" in bad_bot.output


def test_poster_links_without_campaign() -> None:
    links = poster_links("https://igubot.example", "igubot", "101", None)
    assert links.telegram == "https://t.me/igubot?start=m101"
    assert links.web == "https://igubot.example/?start=m101"
    with pytest.raises(PosterError):
        poster_links("https://igubot.example", "igubot", "101", "x" * 60)
