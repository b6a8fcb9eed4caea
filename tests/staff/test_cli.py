"""The staff commands through click: staff users, digest send (real SMTP), stats, QR posters."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.content import Content
from bot.engine import Engine, Inbound
from bot.face.staff_cli import staff_cli
from bot.kernel.config import Settings
from bot.staff import StaffConfig
from bot.staff.auth import SignIn
from bot.staff.poster import PosterError, poster_links
from bot.staff.services import build_services, utcnow
from bot.store import Event, Store, iso_timestamp
from tests.support.staff import T0, Inbox, add_leads, free_port, lead, smtp_server
from tests.support.tree import ROOT

CONFIG = """
[staff]
base_url = "https://igubot.example"
[staff.municipalities."751"]
emails = ["igu@aarhus.example"]
[staff.municipalities."101"]
emails = ["igu@kk.example"]
"""


@pytest.fixture(autouse=True)
def _keep_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    root.setLevel(level)
    root.handlers[:] = handlers


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str | None]:
    config = tmp_path / "igubot.toml"
    config.write_text(CONFIG, encoding="utf-8")
    return {
        "IGUBOT_DATA_DIR": str(tmp_path / "data"),
        "IGUBOT_CONTENT_DIR": str(ROOT),
        "IGUBOT_CONFIG": str(config),
        "IGUBOT_SMTP_URL": None,
        "IGUBOT_BASE_URL": None,
    }


def igubot(args: list[str], env: dict[str, str | None]) -> Result:
    return CliRunner().invoke(staff_cli, args, env=env, catch_exceptions=False, prog_name="igubot")


def database(env: dict[str, str | None]) -> Path:
    return Path(str(env["IGUBOT_DATA_DIR"])) / "igubot.sqlite3"


def test_staff_cli_add_list_remove(env: dict[str, str | None]) -> None:
    first = igubot(["staff", "add", "IGU@Aarhus.example", "--municipality", "751"], env)
    more = igubot(["staff", "add", "igu@aarhus.example", "--municipality", "0101"], env)
    listed = igubot(["staff", "list"], env)
    removed = igubot(["staff", "remove", "igu@aarhus.example"], env)
    again = igubot(["staff", "remove", "igu@aarhus.example"], env)

    assert first.output == "igu@aarhus.example: 751\n"
    assert more.output == "igu@aarhus.example: 101, 751\n"
    assert listed.output == "igu@aarhus.example\t101, 751\n"
    assert removed.exit_code == 0
    assert again.exit_code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["x@y.example", "--municipality", "999"], "not a municipality code", id="code"
        ),
        pytest.param(
            ["not-an-address", "--municipality", "751"], "not an e-mail address", id="email"
        ),
        pytest.param(["x@y.example"], "Missing option '--municipality'", id="missing"),
    ],
)
def test_staff_cli_add_rejects_bad_input(
    env: dict[str, str | None], args: list[str], message: str
) -> None:
    result = igubot(["staff", "add", *args], env)
    assert result.exit_code != 0
    assert message in result.output


def test_digest_send_needs_smtp_unless_dry_run(env: dict[str, str | None]) -> None:
    with Store(database(env)) as store:
        add_leads(store, lead("751"))

    refused = igubot(["digest", "send"], env)
    dry = igubot(["digest", "send", "--dry-run"], env)

    assert refused.exit_code == 1
    assert "set IGUBOT_SMTP_URL" in refused.output
    assert dry.exit_code == 0
    assert "To: igu@aarhus.example" in dry.output
    assert "1 ny henvendelse til Aarhus (751)" in dry.output
    assert "Amina" not in dry.output
    assert "1 digest(s) would be sent (dry run: nothing changed)" in dry.output
    with Store(database(env)) as store:
        assert store.outbox_items(["staff_digest"]) == []


def test_digest_links_use_the_configured_port_without_a_base_url(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    config = tmp_path / "no-base-url.toml"
    config.write_text(CONFIG.replace('base_url = "https://igubot.example"\n', ""), "utf-8")
    with Store(database(env)) as store:
        add_leads(store, lead("751"))

    dry = igubot(
        ["digest", "send", "--dry-run"],
        {**env, "IGUBOT_CONFIG": str(config), "IGUBOT_PORT": "8093"},
    )

    assert "http://127.0.0.1:8093/staff/leads/1" in dry.output
    assert ":8080" not in dry.output
    assert "Ingen offentlig adresse er sat (IGUBOT_BASE_URL eller [staff] base_url)" in dry.output


@pytest.mark.slow
def test_digest_send_delivers_each_municipality_once(env: dict[str, str | None]) -> None:
    port = free_port()
    inbox = Inbox()
    env = {**env, "IGUBOT_SMTP_URL": f"smtp://127.0.0.1:{port}"}
    with Store(database(env)) as store:
        add_leads(store, lead("751"), lead("101", user_key="web:2"))

    with smtp_server(inbox, port):
        first = igubot(["digest", "send"], env)
        second = igubot(["digest", "send"], env)

    assert "2 digest(s) queued; 2 e-mail(s) sent, 0 failed" in first.output
    assert "0 digest(s) queued; 0 e-mail(s) sent" in second.output
    assert sorted(str(m["To"]) for m in inbox.messages) == ["igu@aarhus.example", "igu@kk.example"]


def test_digest_send_reports_a_failure_and_keeps_the_digest(env: dict[str, str | None]) -> None:
    env = {**env, "IGUBOT_SMTP_URL": f"smtp://127.0.0.1:{free_port()}"}  # nothing listens
    with Store(database(env)) as store:
        add_leads(store, lead("751"))

    result = igubot(["digest", "send"], env)

    assert result.exit_code == 1
    assert "retried with backoff" in result.output
    with Store(database(env)) as store:
        [row] = store.outbox_items(["staff_digest"], pending=True)
    assert row.attempts == 1


def _events(env: dict[str, str | None]) -> None:
    with Store(database(env)) as store:
        for step, event, lang in [
            ("start", "entered", "ar"),
            ("start", "answered", "ar"),
            ("municipality", "entered", "ar"),
            ("start", "entered", "da"),
        ]:
            store.add_event(
                Event(
                    ts=iso_timestamp(T0),
                    flow="interest",
                    flow_version=1,
                    step=step,
                    event=event,
                    lang=lang,
                    channel="telegram",
                    campaign="library",
                )
            )


def test_stats_names_each_question_as_the_staff_overview_does(
    env: dict[str, str | None],
) -> None:
    _events(env)
    _routing_events(env)

    result = igubot(["stats"], env)

    assert result.output.splitlines() == [
        "Interesseformular (kursister)",
        "  Spørgsmål                  Nået  Besvaret  Stoppede her  Ugyldige svar",
        "  Hvad hedder du?               2         1             1              0",
        "  Hvilken kommune bor du i?     1         0             1              0",
    ]
    assert "_route" not in result.output


def test_stats_in_english_and_with_nothing_counted(env: dict[str, str | None]) -> None:
    empty = igubot(["stats", "--staff-lang", "en"], env)
    _events(env)

    result = igubot(["stats", "--staff-lang", "en"], env)

    assert empty.output == "No conversations yet.\n"
    assert result.output.splitlines()[:3] == [
        "Interest form (learners)",
        "  Question                            Reached  Answered  Stopped here  Invalid answers",
        "  What is your name?                        2         1             1                0",
    ]


@pytest.mark.slow
def test_digest_reads_the_locales_through_the_parse_cache(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    env = {**env, "IGUBOT_CACHE_DIR": str(cache)}

    first = igubot(["digest", "send", "--dry-run"], env)
    stored = sorted((cache / "fluent").glob("*.pickle"))
    again = igubot(["digest", "send", "--dry-run"], env)

    assert first.exit_code == again.exit_code == 0, first.output
    assert first.output == again.output
    assert len(stored) == len(list(ROOT.glob("locales/*/*.ftl")))
    assert sorted((cache / "fluent").glob("*.pickle")) == stored


def _three_conversations(env: dict[str, str | None], content: Content) -> None:
    """A widget start in Arabic, a Telegram poster link in Somali, a start that chooses
    Ukrainian; each through the real engine."""
    with Store(database(env)) as store:
        engine = Engine(content, store)
        engine.handle(Inbound("web:widget", "web", start="", lang="ar"))
        engine.handle(Inbound("tg:1", "telegram", start="m751_library_so"))
        engine.handle(Inbound("console:1", "console", start=""))
        engine.handle(Inbound("console:1", "console", choice="uk"))


@pytest.mark.slow
def test_stats_counts_each_conversation_once_in_its_language_and_campaign(
    env: dict[str, str | None], tree_content: Content
) -> None:
    _three_conversations(env, tree_content)

    text = igubot(["stats"], env).output.splitlines()
    body = json.loads(igubot(["stats", "--format", "json"], env).output)
    library = json.loads(
        igubot(["stats", "--format", "json", "--campaign", "library"], env).output
    )

    assert text[:9] == [
        "Samtaler pr. sprog",
        "  arabisk   1",
        "  somali    1",
        "  ukrainsk  1",
        "",
        "Samtaler pr. kampagne",
        "  Ingen kampagne  2",
        "  library         1",
        "",
    ]
    assert body["conversations"] == {
        "by_lang": {"ar": 1, "so": 1, "uk": 1},
        "by_campaign": {"": 2, "library": 1},
    }
    assert library["conversations"] == {"by_lang": {"so": 1}, "by_campaign": {"library": 1}}


def test_stats_json_with_filters(env: dict[str, str | None]) -> None:
    _events(env)
    _routing_events(env)

    body = json.loads(igubot(["stats", "--format", "json", "--lang", "da"], env).output)

    assert body == {
        "filters": {"lang": "da", "campaign": None},
        "conversations": {"by_lang": {}, "by_campaign": {}},
        "rows": [
            {
                "flow": "interest",
                "step": "start",
                "question": "Hvad hedder du?",
                "entered": 1,
                "answered": 0,
                "dropped": 1,
                "invalid": 0,
                "completed": 0,
            }
        ],
    }


def _routing_events(env: dict[str, str | None]) -> None:
    """Steps nobody answers (routing) that the funnel still counts."""
    with Store(database(env)) as store:
        for flow, step in [("interest", "contact_route"), ("menu", "start")]:
            store.add_event(
                Event(
                    ts=iso_timestamp(T0),
                    flow=flow,
                    flow_version=1,
                    step=step,
                    event="entered",
                    lang="da",
                    channel="web",
                    campaign=None,
                )
            )


def test_staff_link_prints_a_link_that_signs_in_once_in_demo_mode(
    env: dict[str, str | None], tree_content: Content
) -> None:
    igubot(["staff", "add", "demo@aarhus.example", "--municipality", "751"], env)
    printed = igubot(["staff", "link", "demo@aarhus.example"], env)
    unknown = igubot(["staff", "link", "nobody@aarhus.example"], env)
    mailing = igubot(
        ["staff", "link", "demo@aarhus.example"], {**env, "IGUBOT_SMTP_URL": "smtp://127.0.0.1:1"}
    )

    assert printed.exit_code == 0, printed.output
    link = printed.output.split()[0]
    assert link.startswith("https://igubot.example/staff/signin?token=")
    assert "within 15 minutes" in printed.output
    assert unknown.exit_code == 1
    assert "no staff user nobody@aarhus.example" in unknown.output
    assert mailing.exit_code == 1
    assert "only by e-mail" in mailing.output
    settings = Settings.load(
        Path(str(env["IGUBOT_CONFIG"])), {"IGUBOT_DATA_DIR": str(env["IGUBOT_DATA_DIR"])}
    )
    with Store(database(env)) as store:
        sign_in = SignIn(build_services(store, tree_content.catalog, StaffConfig.load(settings)))
        token = link.split("token=")[1]
        assert sign_in.spend_link(token, utcnow()) is not None
        assert sign_in.spend_link(token, utcnow()) is None


def test_poster_links_carry_the_language_and_refuse_what_would_read_as_one() -> None:
    links = poster_links("https://igubot.example", "igubot", "751", "poster-2026", "ckb")
    assert links.telegram == "https://t.me/igubot?start=m751_poster-2026_ckb"
    assert links.web == "https://igubot.example/?start=m751_poster-2026_ckb"
    with pytest.raises(PosterError, match="ends in a language code"):
        poster_links("https://igubot.example", "igubot", "751", "library_ar", None)
    with pytest.raises(PosterError, match="over 64"):
        poster_links("https://igubot.example", "igubot", "751", "x" * 59, "prs")
    with pytest.raises(PosterError, match="language 'xx'"):
        poster_links("https://igubot.example", "igubot", "751", None, "xx")
