"""The follow-up check-in end to end, and the built-in variable ``channel`` it branches on.

On Telegram the interest form asks whether igubot may check in once, some days later; with a yes,
``due_followups`` queues the question, :class:`NoticeWorker` sends it with two buttons, and a press
of "no" raises the lead in the next digest. Everything runs through aiogram's real HTTP client
against the fake Bot API (``tests/support/fake_bot_api.py``) on 127.0.0.1; updates are posted to the
webhook, and the tests wait for the chat's queue (or for calls the fake recorded), never on time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import AsyncIterator, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient
from pytest_aiohttp import AiohttpClient

from bot.channels.telegram import TELEGRAM_KEY, TelegramChannel
from bot.channels.web import make_web_app
from bot.check.load import load_content
from bot.content import Content
from bot.engine import Engine, Inbound
from bot.face.app import App, build_app
from bot.face.server import NOTICES_KEY, add_telegram
from bot.staff.config import Route, StaffConfig
from bot.staff.delivery import Delivery
from bot.staff.digest import TELEGRAM_KIND
from bot.staff.followup import (
    FOLLOWUP_KIND,
    due_followups,
    followup_data,
    parse_followup_data,
)
from bot.staff.notices import NEVER, NoticeWorker
from bot.staff.services import build_services
from bot.store import DigestClaim, LeadRecord, Store, iso_timestamp
from tests.support.fake_bot_api import FakeBotAPI
from tests.support.staff import add_leads, lead, staff_config
from tests.support.telegram import CHAT, OTHER_CHAT, Person, poster, telegram_settings
from tests.support.tree import MINI_EN, MINI_FLOWS, errors_of, mini_tree

#: The fake Bot API is plain HTTP: aiogram closes its session without waiting for TLS.
pytestmark = pytest.mark.usefixtures("aiogram_closes_at_once")

Client = TestClient[web.Request, web.Application]

HTTPS_BASE = "https://igubot.example.org"
STAFF_CHAT = -1001  # the Telegram staff chat of Aarhus (751) in staff_config()
#: Aarhus by e-mail only: the digest queues no staff-chat note (its own test has one).
NO_STAFF_CHAT = {"751": Route(("igu@aarhus.example",))}
CHECK_IN = {"followup_ok": "yes"}

# The interest form; "$CHECK_IN" is the answer to the check-in question (Telegram only).
FORM: list[tuple[str, str]] = [
    ("start", ""),
    ("choice", "en"),
    ("choice", "interest"),
    ("text", "Amina"),
    ("text", "Aarhus"),
    ("choice", "phone"),
    ("text", "20 12 34 56"),
    ("choice", "yes"),  # interpreter
    ("choice", "little"),  # Danish
    ("choice", "transport"),  # work
    ("choice", "$CHECK_IN"),
    ("choice", "review:ok"),  # the summary of what is sent: all correct
    ("choice", "yes"),  # consent
]


def form(check_in: str | None) -> list[tuple[str, str]]:
    """The form's turns with ``check_in`` as the answer to the check-in question; ``None``
    leaves the question out (channels other than Telegram never see it)."""
    turns: list[tuple[str, str]] = []
    for kind, value in FORM:
        if value != "$CHECK_IN":
            turns.append((kind, value))
        elif check_in is not None:
            turns.append((kind, check_in))
    return turns


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
def app(tmp_path: Path, fake: FakeBotAPI, tree_content: Content) -> Iterator[App]:
    built = build_app(telegram_settings(tmp_path, fake.base_url, HTTPS_BASE), content=tree_content)
    yield built
    built.close()


@dataclasses.dataclass
class Bot:
    """The served bot: the web client (for the webhook) and the Telegram channel."""

    client: Client
    channel: TelegramChannel
    notices: NoticeWorker
    app: App
    fake: FakeBotAPI

    def person(self, chat_id: int = CHAT) -> Person:
        return Person(self.fake, chat_id, "en", deliver=poster(self.client))

    async def send(self, person: Person, update: dict[str, Any]) -> None:
        """Deliver an update to the webhook and wait until its chat's turn is done."""
        await person.send(update)
        await self.channel.queue.join()

    async def fill_form(self, person: Person, check_in: str) -> LeadRecord:
        for kind, value in form(check_in):
            if kind == "choice":
                call, data = person.button(value)
                await self.send(person, person.callback(data, call.result["message_id"]))
            else:
                await self.send(person, person.message("/start" if kind == "start" else value))
        leads: list[LeadRecord] = await self.db(self.app.store.leads)
        [stored] = [x for x in leads if x.user_key == f"tg:{person.chat_id}"]
        return stored

    async def db(self, fn: Any, *args: Any) -> Any:
        return await self.app.runner.call(fn, *args)

    async def deliver(self, when: dt.datetime) -> Any:
        return await self.notices.deliver(when)


@pytest.fixture
async def bot(fake: FakeBotAPI, app: App, aiohttp_client: AiohttpClient) -> Bot:
    """The web app with Telegram by webhook and no background outbox loop."""
    web_app = make_web_app(app.runner, app.settings)
    add_telegram(web_app, app, chat_interval=0, notice_interval=None)
    client = await aiohttp_client(web_app)
    await fake.wait_calls("setWebhook", 1)
    return Bot(client, web_app[TELEGRAM_KEY], web_app[NOTICES_KEY], app, fake)


def followup_asks(person: Person, app: App) -> list[Any]:
    question = html.escape(app.content.catalog.format("en", "followup-ask"), quote=False)
    return [c for c in person.sent() if c.params["text"] == question]


def digest(app: App, config: StaffConfig, when: dt.datetime) -> list[DigestClaim]:
    """A digest run (on the worker thread): what each municipality's digest covers."""
    return build_services(app.store, app.content.catalog, config).digests.create(when)


# -- the whole check-in ------------------------------------------------------------------------


@pytest.mark.slow
async def test_check_in_after_consent_is_sent_once_and_no_raises_the_lead(bot: Bot) -> None:
    app, fake = bot.app, bot.fake
    config = staff_config(None, routes=NO_STAFF_CHAT, followup_days=7)
    person = bot.person()
    stored = await bot.fill_form(person, "yes")
    assert stored.data["followup_ok"] == "yes"
    assert stored.channel == "telegram"
    [first] = await bot.db(digest, app, config, now())
    assert first.new_ids == (stored.id,)
    assert first.raised_ids == ()

    later = now() + dt.timedelta(days=8)
    assert await bot.db(due_followups, app.store, config, later) == 1
    assert (await bot.deliver(later)).sent == 1
    assert await bot.db(due_followups, app.store, config, later) == 0  # asked once
    assert (await bot.deliver(later + dt.timedelta(hours=1))).sent == 0  # sent once

    [ask] = followup_asks(person, app)
    assert stored.id is not None
    buttons = [b for row in ask.params["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["callback_data"] for b in buttons] == [
        followup_data(stored.id, "yes"),
        followup_data(stored.id, "no"),
    ]
    assert [b["text"] for b in buttons] == [
        app.content.catalog.format("en", "followup-yes"),
        app.content.catalog.format("en", "followup-no"),
    ]
    [row] = await bot.db(app.store.outbox_items, [FOLLOWUP_KIND])
    assert row.sent_at is not None

    press = person.callback(followup_data(stored.id, "no"), ask.result["message_id"])
    await bot.send(person, press)
    await bot.send(person, press)  # Telegram delivered the update twice

    answered = [c.params["callback_query_id"] for c in fake.of("answerCallbackQuery")]
    assert press["callback_query"]["id"] in answered
    edits = fake.of("editMessageReplyMarkup", chat_id=CHAT)
    [edit] = [c for c in edits if c.params["message_id"] == ask.result["message_id"]]
    assert "reply_markup" not in edit.params
    thanks = person.sent()[-1]
    assert html.unescape(thanks.params["text"]) == "Thank you. We will remind the municipality."
    assert len(followup_asks(person, app)) == 1

    user = await bot.db(
        app.store.add_staff_user, "igu@aarhus.example", ["751"], iso_timestamp(later)
    )
    notes = await bot.db(app.store.lead_notes, user.id, stored.id)
    assert [(n.kind, n.text) for n in notes] == [("followup", "no")]
    [second] = await bot.db(digest, app, config, later + dt.timedelta(hours=2))
    assert second.raised_ids == (stored.id,)
    assert second.new_ids == ()


@pytest.mark.slow
async def test_check_in_answer_yes_thanks_and_raises_nothing(bot: Bot) -> None:
    app = bot.app
    config = staff_config(None, routes=NO_STAFF_CHAT)
    person = bot.person()
    stored = await bot.fill_form(person, "yes")
    assert stored.id is not None
    later = now() + dt.timedelta(days=8)
    await bot.db(due_followups, app.store, config, later)
    await bot.deliver(later)
    [ask] = followup_asks(person, app)

    await bot.send(
        person, person.callback(followup_data(stored.id, "yes"), ask.result["message_id"])
    )

    assert person.sent()[-1].params["text"] == app.content.catalog.format(
        "en", "followup-thanks-yes"
    )
    [lead_now] = await bot.db(app.store.staff_leads_by_ids, [stored.id])
    assert lead_now.raised_at is None


@pytest.mark.slow
async def test_no_check_in_for_a_person_who_declined_it(bot: Bot) -> None:
    app = bot.app
    config = staff_config(None, routes=NO_STAFF_CHAT)
    person = bot.person()
    stored = await bot.fill_form(person, "no")
    assert stored.data["followup_ok"] == "no"

    later = now() + dt.timedelta(days=30)
    assert await bot.db(due_followups, app.store, config, later) == 0
    assert (await bot.deliver(later)).sent == 0
    assert followup_asks(person, app) == []
    assert await bot.db(app.store.outbox_items, [FOLLOWUP_KIND]) == []


@pytest.mark.slow
async def test_a_press_from_another_chat_is_ignored(bot: Bot) -> None:
    app, fake = bot.app, bot.fake
    config = staff_config(None, routes=NO_STAFF_CHAT)
    person = bot.person()
    stored = await bot.fill_form(person, "yes")
    assert stored.id is not None
    later = now() + dt.timedelta(days=8)
    await bot.db(due_followups, app.store, config, later)
    await bot.deliver(later)

    intruder = bot.person(OTHER_CHAT)
    press = intruder.callback(followup_data(stored.id, "no"), 77)
    await bot.send(intruder, press)

    answered = [c.params["callback_query_id"] for c in fake.of("answerCallbackQuery")]
    assert press["callback_query"]["id"] in answered  # the spinner stops, nothing else
    assert intruder.sent() == []
    assert fake.of("editMessageReplyMarkup", chat_id=OTHER_CHAT) == []
    [lead_now] = await bot.db(app.store.staff_leads_by_ids, [stored.id])
    assert lead_now.raised_at is None


@pytest.mark.slow
async def test_a_check_in_button_of_a_forgotten_lead_does_nothing(bot: Bot) -> None:
    app = bot.app
    person = bot.person()
    stored = await bot.fill_form(person, "yes")
    assert stored.id is not None
    await bot.db(app.store.forget, f"tg:{CHAT}")
    before = len(person.sent())

    await bot.send(person, person.callback(followup_data(stored.id, "no"), 5))

    assert len(person.sent()) == before


async def test_a_web_lead_never_gets_a_check_in(engine: Engine, store: Store) -> None:
    replies: list[str] = []
    for kind, value in form(None):
        result = engine.handle(
            Inbound(
                "web:abc",
                "web",
                text=value if kind == "text" else None,
                choice=value if kind == "choice" else None,
                start=value if kind == "start" else None,
            )
        )
        replies += [m.id for m in result.reply.messages]
    assert "interest-followup-ask" not in replies
    assert "interest-saved" in replies
    [web_lead] = store.leads()
    assert "followup_ok" not in web_lead.data
    # Even a web lead that somehow carries the answer is never asked (there is no chat).
    created = dt.datetime.fromisoformat(web_lead.created)
    add_leads(store, lead("751", user_key="web:2", created=created, data=CHECK_IN))
    later = created + dt.timedelta(days=30)
    assert due_followups(store, staff_config(None), later) == 0
    assert store.outbox_items([FOLLOWUP_KIND]) == []


# -- staff-chat notes, failures, the loop --------------------------------------------------------


async def test_staff_chat_note_is_delivered_once(bot: Bot) -> None:
    app, fake = bot.app, bot.fake
    await bot.db(add_leads, app.store, lead("751", user_key="web:1"))
    when = now()
    [claim] = await bot.db(digest, app, staff_config(None), when)
    [row] = await bot.db(app.store.outbox_items, [TELEGRAM_KIND])

    assert (await bot.deliver(when)).sent == 1
    assert (await bot.deliver(when + dt.timedelta(days=1))).sent == 0

    [note] = fake.of("sendMessage", chat_id=STAFF_CHAT)
    assert html.unescape(note.params["text"]) == row.payload["text"]
    assert "reply_markup" not in note.params
    assert "Amina" not in note.params["text"]
    [done] = await bot.db(app.store.outbox_items, [TELEGRAM_KIND])
    assert done.sent_at == iso_timestamp(when)
    assert claim.new_ids


async def test_a_blocked_bot_marks_the_check_in_failed_for_good(bot: Bot) -> None:
    app, fake = bot.app, bot.fake
    old = now() - dt.timedelta(days=8)
    await bot.db(
        add_leads, app.store, lead("751", user_key=f"tg:{CHAT}", created=old, data=CHECK_IN)
    )
    when = now()
    assert await bot.db(due_followups, app.store, staff_config(None), when) == 1
    fake.fail_next("sendMessage", status=403, description="Forbidden: bot was blocked by the user")

    assert (await bot.deliver(when)).failed == 1
    for days in (0, 1, 30, 365):
        assert await bot.deliver(when + dt.timedelta(days=days)) == Delivery()  # never again

    [row] = await bot.db(app.store.outbox_items, [FOLLOWUP_KIND])
    assert row.sent_at is None
    assert row.next_attempt == NEVER
    assert row.attempts == 1
    assert row.error is not None
    assert "blocked" in row.error
    assert str(CHAT) not in row.error
    assert fake.of("sendMessage", chat_id=CHAT) == []


async def test_a_passing_failure_is_retried_after_the_backoff(bot: Bot) -> None:
    app, fake = bot.app, bot.fake
    await bot.db(add_leads, app.store, lead("751", user_key="web:1"))
    when = now()
    await bot.db(digest, app, staff_config(None), when)
    fake.fail_next("sendMessage", status=500, description="Internal Server Error")

    assert (await bot.deliver(when)).failed == 1
    assert (await bot.deliver(when + dt.timedelta(seconds=30))).sent == 0  # not due yet
    assert (await bot.deliver(when + dt.timedelta(minutes=1))).sent == 1

    assert len(fake.of("sendMessage", chat_id=STAFF_CHAT)) == 1
    [row] = await bot.db(app.store.outbox_items, [TELEGRAM_KIND])
    assert row.attempts == 2
    assert row.error is None


class FlakyChatApp:
    """A chat app (a :class:`bot.staff.notifier.Notifier`) that fails unexpectedly for one chat
    until told otherwise, and records what it sent."""

    def __init__(self, failing: str) -> None:
        self.failing: str | None = failing
        self.sent: list[tuple[str, str]] = []

    async def notify(self, to: str, text: str, buttons: Any = ()) -> None:
        if to == self.failing:
            raise RuntimeError("the connection went away")
        self.sent.append((to, text))


async def test_a_bad_row_or_an_error_does_not_hold_up_the_others(bot: Bot) -> None:
    app = bot.app
    old = now() - dt.timedelta(days=8)
    await bot.db(
        add_leads, app.store, lead("751", user_key=f"tg:{CHAT}", created=old, data=CHECK_IN)
    )
    when = now()
    await bot.db(due_followups, app.store, staff_config(None), when)
    queue = partial(app.store.add_outbox, TELEGRAM_KIND, now=when)
    bad = await bot.db(queue, {"chat_id": "x", "text": "t"})
    good = await bot.db(queue, {"chat_id": STAFF_CHAT, "text": "ok"})
    chat_app = FlakyChatApp(failing=f"tg:{CHAT}")
    worker = NoticeWorker(
        app.store, app.runner.call, lambda: app.content.catalog, chat_app, app.engine.clock
    )

    assert await worker.deliver(when) == Delivery(sent=1, failed=2)

    rows = {r.id: r for r in await bot.db(app.store.outbox_items, [TELEGRAM_KIND, FOLLOWUP_KIND])}
    assert rows[good].sent_at is not None
    assert rows[bad].next_attempt == NEVER  # a payload we did not write is not tried again
    [followup] = [r for r in rows.values() if r.kind == FOLLOWUP_KIND]
    assert followup.error == "RuntimeError"  # the type only: a message might quote a payload
    chat_app.failing = None
    assert await worker.deliver(when + dt.timedelta(minutes=1)) == Delivery(sent=1)  # retried
    assert [to for to, _text in chat_app.sent] == [f"tg:{STAFF_CHAT}", f"tg:{CHAT}"]


async def test_the_background_loop_delivers_and_stops_with_the_server(
    fake: FakeBotAPI, app: App, aiohttp_client: AiohttpClient
) -> None:
    web_app = make_web_app(app.runner, app.settings)
    add_telegram(web_app, app, chat_interval=0, notice_interval=0.05)
    client = await aiohttp_client(web_app)
    outbox = web_app[NOTICES_KEY]
    assert outbox.task is not None
    payload = {"chat_id": STAFF_CHAT, "text": "igubot, Aarhus (751): 1 nye", "digest_id": 1}
    await app.runner.call(app.store.add_outbox, TELEGRAM_KIND, payload)

    [note] = await fake.wait_calls("sendMessage", 1, chat_id=STAFF_CHAT)
    assert note.params["text"] == payload["text"]
    task = outbox.task
    await client.close()  # the server stops: cleanup cancels the loop
    assert task.done()
    assert outbox.task is None


# -- button data -----------------------------------------------------------------------------------


def test_followup_button_data_is_short_and_distinct_from_flow_buttons() -> None:
    from bot.engine.callbacks import parse_callback

    longest = followup_data(999_999_999_999_999_999, "yes")
    assert len(longest.encode()) <= 64
    assert parse_followup_data(longest) == (999_999_999_999_999_999, "yes")
    assert parse_followup_data(followup_data(42, "no")) == (42, "no")
    assert parse_callback(followup_data(42, "no")) is None  # the engine never takes it
    for bad in ("f1:0:no", "f1:42:maybe", "f1:-1:no", "f1:42:no:x", "1:abcdef12:no", ""):
        assert parse_followup_data(bad) is None, bad


# -- the built-in variable channel -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "asked"), [("telegram", True), ("web", False), ("console", False)]
)
def test_the_check_in_question_is_asked_on_telegram_only(
    engine: Engine, store: Store, channel: str, asked: bool
) -> None:
    ids: list[str] = []
    for kind, value in form(None):
        result = engine.handle(
            Inbound(
                f"{channel}:1",
                channel,
                text=value if kind == "text" else None,
                choice=value if kind == "choice" else None,
                start=value if kind == "start" else None,
            )
        )
        ids += [m.id for m in result.reply.messages]
        if result.step == "followup":
            break
    assert ("interest-followup-ask" in ids) is asked
    session = store.load_session(f"{channel}:1")
    assert session is not None
    assert "channel" not in session.vars  # built in, never stored


def _flow(name: str, old: str, new: str) -> dict[str, str]:
    text = MINI_FLOWS[f"flows/{name}.yaml"]
    assert old in text, old
    return {f"flows__{name}.yaml": text.replace(old, new)}


def _errors(root: Path) -> list[str]:
    _content, problems = load_content(root, strict=True)
    return errors_of(problems)


BY_CHANNEL = (
    '- {if: "age >= age_max", next: too_old}\n'
    "      - {if: 'channel == \"telegram\"', next: too_old}"
)


def test_check_knows_channel_in_conditions_and_messages(tmp_path: Path) -> None:
    saved = "form-saved = Saved for { $municipality_name }."
    assert saved in MINI_EN
    mini_tree(
        tmp_path,
        **_flow("form", '- {if: "age >= age_max", next: too_old}', BY_CHANNEL),
        **{"locales__en__main.ftl": MINI_EN.replace(saved, saved[:-1] + " on { $channel }.")},
    )
    assert _errors(tmp_path) == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            _flow("form", "save: name", "save: channel"),
            "'channel' is built in (set by the engine); choose another variable name",
            id="save",
        ),
        pytest.param(
            _flow(
                "form",
                '- {if: "age >= age_max", next: too_old}',
                BY_CHANNEL.replace("telegram", "telegarm"),
            ),
            "'channel' is never 'telegarm'; it is one of 'telegram', 'web', 'console', 'test'",
            id="unknown-value",
        ),
    ],
)
def test_check_refuses_misuse_of_channel(
    tmp_path: Path, files: dict[str, str], expected: str
) -> None:
    mini_tree(tmp_path, **files)
    errors = _errors(tmp_path)
    assert any(expected in e for e in errors), errors
