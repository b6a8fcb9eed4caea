"""The Telegram channel end to end: aiogram's real HTTP client against a fake Bot API server.

Everything runs on 127.0.0.1: the fake Bot API (``tests/support/fake_bot_api.py``), and the web
application of ``igubot serve`` with the Telegram channel set up in it (long polling against the
fake, or the webhook posted to directly). Tests wait on what the fake recorded, never on time.
"""

from __future__ import annotations

import asyncio
import dataclasses
import html
import itertools
import logging
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import InlineKeyboardMarkup
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pytest_aiohttp import AiohttpClient

from bot.channels.telegram import (
    TELEGRAM_KEY,
    WEBHOOK_PATH,
    ChatQueue,
    TelegramChannel,
    keyboard,
    make_bot,
    webhook_secret,
)
from bot.channels.telegram.channel import ALLOWED_UPDATES, SECRET_HEADER
from bot.channels.telegram.commands import COMMANDS
from bot.channels.telegram.markup import SHORT_LABEL
from bot.channels.telegram.sender import MAX_MESSAGE_UTF16, Sender, split_text, utf16_len
from bot.channels.web import make_web_app
from bot.content import Content
from bot.engine import Choice, Engine, Inbound
from bot.engine.callbacks import callback_data, parse_callback
from bot.face.app import App, build_app
from bot.face.server import add_telegram
from bot.i18n.bidi import strip_marks
from bot.kernel.config import Secret, Settings
from bot.kernel.errors import ConfigError
from bot.store import Store
from tests.support.fake_bot_api import TOKEN, FakeBotAPI
from tests.support.telegram import CHAT, OTHER_CHAT, Person, poster, telegram_settings
from tests.support.tree import MINI_EN, mini_tree

#: The fake Bot API is plain HTTP: aiogram closes its session without waiting for TLS.
pytestmark = pytest.mark.usefixtures("aiogram_closes_at_once")

Client = TestClient[web.Request, web.Application]

GROUP = -1_001_234_567_890
HTTPS_BASE = "https://igubot.example.org"
NAME = '<b>Tom & "Jerry"</b>'  # typed as a name: must never become markup
LANGS = ["en", "da", "ar"]

# The interest form by buttons (tests/dialogues/interest_phone.yaml), with the phone number
# corrected at the summary before the consent: what the person does.
INTEREST_TURNS: list[tuple[str, str]] = [
    ("start", ""),
    ("choice", "$LANG"),
    ("choice", "interest"),
    ("text", NAME),
    ("text", "Aarhus"),
    ("choice", "phone"),
    ("text", "20 12 34 56"),
    ("choice", "yes"),  # interpreter
    ("choice", "little"),  # Danish
    ("choice", "transport"),  # work
    ("choice", "yes"),  # the check-in some days later (asked on Telegram only)
    ("choice", "review:change"),  # the summary of what is sent: change an answer
    ("choice", "change:phone"),
    ("text", "30 12 34 56"),
    ("choice", "review:ok"),  # the summary again: all correct
    ("choice", "yes"),  # consent
]


def assert_html_escaped(text: str) -> None:
    """Valid for parse_mode=HTML with no markup: no tags, every & starts an entity."""
    assert "<" not in text
    assert ">" not in text
    assert re.fullmatch(r"([^&]|&(amp|lt|gt|quot);)*", text, re.DOTALL), text


def rows(markup: dict[str, Any] | InlineKeyboardMarkup | None) -> list[list[tuple[str, str]]]:
    """A keyboard as rows of (label, callback data), from the wire or from aiogram."""
    if markup is None:
        return []
    if isinstance(markup, InlineKeyboardMarkup):
        return [[(b.text, b.callback_data or "") for b in row] for row in markup.inline_keyboard]
    return [[(b["text"], b["callback_data"]) for b in row] for row in markup["inline_keyboard"]]


def text_of(app: App, lang: str, msg_id: str) -> str:
    """What a message looks like on the wire."""
    return html.escape(app.content.catalog.format(lang, msg_id), quote=False)


async def session_of(app: App, chat_id: int) -> Any:
    return await app.runner.call(app.store.load_session, f"tg:{chat_id}")


# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API server."""
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
def app(tmp_path: Path, fake: FakeBotAPI, tree_content: Content) -> Iterator[App]:
    """The bot with long polling (no base URL)."""
    built = build_app(telegram_settings(tmp_path, fake.base_url), content=tree_content)
    yield built
    built.close()


@pytest.fixture
def hook_app(tmp_path: Path, fake: FakeBotAPI, tree_content: Content) -> Iterator[App]:
    """The bot with a webhook (an https base URL)."""
    built = build_app(telegram_settings(tmp_path, fake.base_url, HTTPS_BASE), content=tree_content)
    yield built
    built.close()


async def _serve(app: App, aiohttp_client: AiohttpClient) -> tuple[Client, TelegramChannel]:
    web_app = make_web_app(app.runner, app.settings)
    add_telegram(web_app, app, chat_interval=0)  # pacing has its own test
    client = await aiohttp_client(web_app)
    return client, web_app[TELEGRAM_KEY]


# The fixtures below list fake and app before aiohttp_client: teardown runs in reverse, so the
# web app (and the channel's cleanup) stops before the runner closes and the fake goes away.


@pytest.fixture
async def polling(fake: FakeBotAPI, app: App, aiohttp_client: AiohttpClient) -> TelegramChannel:
    """The web app with the Telegram channel polling the fake."""
    _client, channel = await _serve(app, aiohttp_client)
    await fake.wait_calls("deleteWebhook", 1)
    return channel


@pytest.fixture
async def webhook(
    fake: FakeBotAPI, hook_app: App, aiohttp_client: AiohttpClient
) -> tuple[Client, TelegramChannel]:
    """The web app with the Telegram webhook route."""
    return await _serve(hook_app, aiohttp_client)


@pytest.fixture
async def api_bot(fake: FakeBotAPI) -> AsyncIterator[Bot]:
    """A bare aiogram bot talking to the fake (for the sender alone)."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url))
    bot = Bot(TOKEN, session=session)
    yield bot
    await bot.session.close()


# -- a whole conversation -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.slow
async def test_polling_dialogue_by_buttons_stores_a_lead(
    fake: FakeBotAPI,
    app: App,
    polling: TelegramChannel,
    tmp_path: Path,
    lang: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    person = Person(fake, CHAT, lang)
    # The oracle: the same turns through an engine of its own. Telegram must show exactly its
    # messages (escaped) with its buttons.
    reference_store = Store(tmp_path / "reference.sqlite3")
    reference = Engine(app.content, reference_store)
    presses: list[tuple[str, int]] = []
    total = 0
    try:
        for kind, raw in INTEREST_TURNS:
            value = lang if raw == "$LANG" else raw
            expected = reference.handle(
                Inbound(
                    "tg:reference",
                    "telegram",
                    text=value if kind == "text" else None,
                    choice=value if kind == "choice" else None,
                    start=value if kind == "start" else None,
                    lang_hint=lang,
                )
            )
            if kind == "choice":
                call, data = person.button(value)
                update = person.callback(data, call.result["message_id"])
                presses.append((update["callback_query"]["id"], call.result["message_id"]))
            else:
                update = person.message("/start" if kind == "start" else value)
            sent = await person.turn(update, len(expected.reply.messages))
            total += len(sent)
            assert [html.unescape(c.params["text"]) for c in sent] == [
                m.text for m in expected.reply.messages
            ], (kind, value)
            for call, message in zip(sent, expected.reply.messages, strict=True):
                assert_html_escaped(call.params["text"])
                assert call.params["parse_mode"] == "HTML"
                expected_markup = keyboard(expected.flow, expected.step, message.choices)
                assert rows(call.params.get("reply_markup")) == rows(expected_markup)
    finally:
        reference_store.close()

    await polling.queue.join()
    assert len(person.sent()) == total, "nothing more than the reference said"
    for call in person.sent():
        for row in rows(call.params.get("reply_markup")):
            assert all(len(data.encode()) <= 64 for _label, data in row)
    answered = [c.params["callback_query_id"] for c in fake.of("answerCallbackQuery")]
    assert answered == [callback_id for callback_id, _ in presses]
    edits = fake.of("editMessageReplyMarkup", chat_id=CHAT)
    assert [c.params["message_id"] for c in edits] == [message_id for _, message_id in presses]
    assert all("reply_markup" not in c.params for c in edits)

    leads = await app.runner.call(app.store.leads)
    assert len(leads) == 1
    lead = leads[0]
    assert (lead.kind, lead.channel, lead.lang) == ("learner", "telegram", lang)
    assert (lead.municipality, lead.phone, lead.name) == ("751", "+4530123456", NAME)
    assert lead.user_key == f"tg:{CHAT}"

    # Privacy: nothing of ours (or aiogram's) logged the token, the secret, the chat id, the
    # name or the phone number.
    secrets_and_personal = [
        TOKEN,
        webhook_secret(TOKEN),
        str(CHAT),
        "Jerry",
        "20123456",
        "20 12",
        "30123456",
        "30 12",
    ]
    for record in caplog.records:
        if record.name.startswith(("bot", "aiogram")):
            logged = record.getMessage()
            for needle in secrets_and_personal:
                assert needle not in logged, (record.name, logged)


async def test_polling_start_payload_reaches_the_engine_as_start(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    person = Person(fake)
    await person.turn(person.message("/start m751_poster-2026"), 1)
    session = await session_of(app, CHAT)
    assert session.vars["hint_municipality"] == "751"
    assert session.campaign == "poster-2026"


async def test_polling_invalid_start_payload_is_ignored(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    person = Person(fake)
    sent = await person.turn(person.message("/start <script>"), 1)
    assert sent[0].params["text"] == text_of(app, "en", "language-choose")
    session = await session_of(app, CHAT)
    assert session.campaign is None
    assert "hint_municipality" not in session.vars


# -- buttons --------------------------------------------------------------------------------------


async def test_callback_old_button_gets_the_old_button_answer(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    person = Person(fake)
    await person.turn(person.message("/start"), 1)
    await person.turn(person.callback(*_data_and_id(person, "en")), 1)  # now at the menu
    old_call, old_data = person.button("da")  # the language question's button, pressed again
    sent = await person.turn(person.callback(old_data, old_call.result["message_id"]), 2)

    old_text = app.content.catalog.format("en", "common-old-button")
    assert sent[0].params["text"] == html.escape(old_text, quote=False)
    assert sent[1].params["text"] == text_of(app, "en", "menu-start-ask")
    assert sent[1].params["reply_markup"]["inline_keyboard"], "the question comes with its buttons"
    answers = fake.of("answerCallbackQuery")
    assert len(answers) == 2
    assert answers[-1].params["text"] == old_text
    session = await session_of(app, CHAT)
    assert session.lang == "en", "the old button changed nothing"


@pytest.mark.parametrize("data", ["0:0123abcd:en", "something else", "1:short:en"])
async def test_callback_unreadable_data_is_answered_and_the_question_repeated(
    fake: FakeBotAPI, app: App, polling: TelegramChannel, data: str
) -> None:
    person = Person(fake)
    first = await person.turn(person.message("/start"), 1)
    sent = await person.turn(person.callback(data, first[0].result["message_id"]), 2)
    assert sent[0].params["text"] == text_of(app, "en", "common-old-button")
    assert sent[1].params["text"] == text_of(app, "en", "language-choose")
    answers = fake.of("answerCallbackQuery")
    assert len(answers) == 1
    assert answers[0].params["text"] == app.content.catalog.format("en", "common-old-button")


async def test_callback_keyboard_removal_ignores_not_modified(
    fake: FakeBotAPI, app: App, polling: TelegramChannel, caplog: pytest.LogCaptureFixture
) -> None:
    person = Person(fake)
    await person.turn(person.message("/start"), 1)
    fake.fail_next(
        "editMessageReplyMarkup",
        status=400,
        description="Bad Request: message is not modified: specified new message content and "
        "reply markup are exactly the same as a current content and reply markup of the message",
    )
    sent = await person.turn(person.callback(*_data_and_id(person, "en")), 1)
    assert sent[0].params["text"] == text_of(app, "en", "menu-start-ask")
    assert len(fake.of("editMessageReplyMarkup", ok=False)) == 1
    assert len(fake.of("answerCallbackQuery")) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_callback_is_answered_even_when_nothing_is_sent(
    fake: FakeBotAPI, app: App, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, channel = webhook
    group = Person(fake, GROUP, chat_type="supergroup", deliver=poster(client))
    update = group.callback(callback_data("menu", "start", "interest"), 5)
    await group.send(update)
    await channel.queue.join()
    answered = [c.params["callback_query_id"] for c in fake.of("answerCallbackQuery")]
    assert answered == [update["callback_query"]["id"]]
    assert fake.of("sendMessage") == []


def _data_and_id(person: Person, value: str) -> tuple[str, int]:
    call, data = person.button(value)
    return data, call.result["message_id"]


# -- exactly once and in order -------------------------------------------------------------------


async def test_polling_repeated_update_is_handled_once(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    person = Person(fake)
    start = person.message("/start")
    person.fake.push_update(start, start)  # Telegram delivered it twice
    marker = person.message(sticker=_STICKER)  # queued behind both in this chat
    await person.turn(marker, 2)
    await polling.queue.join()
    texts = [c.params["text"] for c in person.sent()]
    assert texts == [
        text_of(app, "en", "language-choose"),
        text_of(app, "en", "common-use-text"),
    ]


async def test_webhook_repeated_update_is_handled_once(
    fake: FakeBotAPI, hook_app: App, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, channel = webhook
    person = Person(fake, deliver=poster(client))
    start = person.message("/start")
    await person.send(start)
    await person.send(start)
    await channel.queue.join()
    assert [c.params["text"] for c in person.sent()] == [
        text_of(hook_app, "en", "language-choose")
    ]


async def test_chat_queue_keeps_one_chats_order_and_runs_chats_in_parallel() -> None:
    queue = ChatQueue()
    done: list[str] = []
    release = asyncio.Event()

    async def slow() -> None:
        await release.wait()
        done.append("a1")

    async def record(name: str) -> None:
        done.append(name)
        if name == "b1":
            release.set()  # the other chat ran while a1 was still waiting

    queue.submit(1, slow)
    queue.submit(1, lambda: record("a2"))
    queue.submit(2, lambda: record("b1"))
    await queue.join()
    assert done == ["b1", "a1", "a2"]
    assert queue.pending == 0


async def test_chat_queue_goes_on_after_a_failing_job(caplog: pytest.LogCaptureFixture) -> None:
    queue = ChatQueue()
    done: list[str] = []

    async def boom() -> None:
        msg = "secret text of a person"
        raise RuntimeError(msg)

    async def after() -> None:
        done.append("after")

    queue.submit(1, boom)
    queue.submit(1, after)
    await queue.join()
    assert done == ["after"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged
    assert "secret text" not in logged


# -- the webhook ----------------------------------------------------------------------------------


async def test_webhook_startup_sets_the_webhook_with_the_derived_secret(
    fake: FakeBotAPI, webhook: tuple[Client, TelegramChannel]
) -> None:
    [call] = await fake.wait_calls("setWebhook", 1)
    assert call.params["url"] == HTTPS_BASE + WEBHOOK_PATH
    assert call.params["secret_token"] == webhook_secret(TOKEN)
    assert call.params["allowed_updates"] == list(ALLOWED_UPDATES)
    assert fake.of("deleteWebhook") == []


# Cases in one test (one server start each would cost more than the cases themselves).
WRONG_SECRETS: dict[str, dict[str, str]] = {
    "missing": {},
    "empty": {SECRET_HEADER: ""},
    "wrong": {SECRET_HEADER: "wrong-secret"},
    "other bot's": {SECRET_HEADER: webhook_secret("654321:ANOTHER-token")},
    "non-ASCII": {SECRET_HEADER: "ünïcode"},
    "the token itself": {SECRET_HEADER: TOKEN},
}


async def test_webhook_without_the_right_secret_is_401_and_no_turn(
    fake: FakeBotAPI, hook_app: App, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, channel = webhook
    person = Person(fake)
    for case, headers in WRONG_SECRETS.items():
        resp = await client.post(WEBHOOK_PATH, json=person.message("/start"), headers=headers)
        assert resp.status == 401, case
        assert channel.queue.pending == 0, case
    assert await session_of(hook_app, CHAT) is None
    assert fake.of("sendMessage") == []


async def test_webhook_with_the_right_secret_is_200_and_handled(
    fake: FakeBotAPI, hook_app: App, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, _channel = webhook
    person = Person(fake)
    resp = await client.post(
        WEBHOOK_PATH,
        json=person.message("/start"),
        headers={SECRET_HEADER: webhook_secret(TOKEN)},
    )
    assert resp.status == 200
    assert await resp.json() == {}
    [call] = await fake.wait_calls("sendMessage", 1, chat_id=CHAT)
    assert call.params["text"] == text_of(hook_app, "en", "language-choose")
    assert await session_of(hook_app, CHAT) is not None


async def test_webhook_body_that_is_no_update_is_400(
    fake: FakeBotAPI, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, channel = webhook
    resp = await client.post(
        WEBHOOK_PATH, data=b"not json", headers={SECRET_HEADER: webhook_secret(TOKEN)}
    )
    assert resp.status == 400
    assert channel.queue.pending == 0


async def test_webhook_update_larger_than_the_web_chat_limit_is_accepted(
    fake: FakeBotAPI, hook_app: App, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, _channel = webhook
    person = Person(fake, deliver=poster(client))
    long_text = "ب" * 4000  # a long Arabic message: far over the web chat's 8 KB body limit
    update = person.message(long_text)
    await person.send(update)
    # read as a first message: Arabic letters naming no language, so the languages again, in
    # Arabic, after an icon
    icon, question = await fake.wait_calls("sendMessage", 2, chat_id=CHAT)
    assert strip_marks(icon.params["text"]) == strip_marks(
        text_of(hook_app, "ar", "language-choose-again")
    )
    assert strip_marks(question.params["text"]) == strip_marks(
        text_of(hook_app, "ar", "language-choose")
    )


def test_webhook_secret_is_stable_urlsafe_and_per_token() -> None:
    secret = webhook_secret(TOKEN)
    assert secret == webhook_secret(TOKEN)
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret)
    assert secret != webhook_secret("654321:ANOTHER-token")
    assert TOKEN.split(":")[1] not in secret


def test_setup_without_https_base_url_has_no_webhook_route(
    tmp_path: Path, tree_content: Content
) -> None:
    app = build_app(
        telegram_settings(tmp_path, base_url="http://127.0.0.1:8080"), content=tree_content
    )
    try:
        web_app = make_web_app(app.runner, app.settings)
        add_telegram(web_app, app)
        assert web_app[TELEGRAM_KEY].webhook_url is None
        paths = {r.resource.canonical for r in web_app.router.routes() if r.resource}
        assert WEBHOOK_PATH not in paths
    finally:
        app.close()


async def test_refused_token_is_logged_and_the_web_chat_goes_on(
    tmp_path: Path, fake: FakeBotAPI, tree_content: Content, caplog: pytest.LogCaptureFixture
) -> None:
    refused = "999:REFUSED-token"
    settings = dataclasses.replace(
        telegram_settings(tmp_path, fake.base_url), telegram_token=Secret(refused)
    )
    app = build_app(settings, content=tree_content)
    try:
        web_app = make_web_app(app.runner, app.settings)
        add_telegram(web_app, app)
        async with TestClient(TestServer(web_app, host="127.0.0.1")) as client:
            task = web_app[TELEGRAM_KEY].task
            assert task is not None
            await asyncio.wait_for(task, 5)  # the bot gave up
            resp = await client.get("/healthz")
            assert resp.status == 200
        assert [c.status for c in fake.of("getMe", ok=False)] == [401]
        ours = [r for r in caplog.records if r.name.startswith(("bot", "aiogram"))]
        assert any("TelegramUnauthorizedError" in r.getMessage() for r in ours)
        assert not any(refused in r.getMessage() for r in ours)
    finally:
        app.close()


@pytest.mark.parametrize("token", ["", "not-a-token", "abc:def"])
def test_make_bot_refuses_a_malformed_token_without_showing_it(token: str) -> None:
    settings = Settings(telegram_token=Secret(token))
    with pytest.raises(ConfigError) as caught:
        make_bot(settings)
    if token:
        assert token not in str(caught.value)


# -- what is not a conversation ------------------------------------------------------------------

_STICKER = {
    "file_id": "CAACAgIAAxkBAAE",
    "file_unique_id": "AgADAQAD",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}
_PHOTO = [{"file_id": "AgACAgIAAxk", "file_unique_id": "AQADAgAT", "width": 90, "height": 90}]


NON_TEXT: dict[str, dict[str, Any]] = {
    "sticker": {"sticker": _STICKER},
    "photo": {"photo": _PHOTO},
    "photo with caption": {"photo": _PHOTO, "caption": "my papers"},
    "voice": {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
    "document": {"document": {"file_id": "d", "file_unique_id": "d", "file_name": "cv.pdf"}},
    "location": {"location": {"latitude": 56.15, "longitude": 10.2}},
    "contact": {"contact": {"phone_number": "+4520123456", "first_name": "Amina"}},
}


async def test_polling_non_text_is_answered_with_use_text_and_no_turn(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    for number, (case, content) in enumerate(NON_TEXT.items()):
        person = Person(fake, CHAT + number, lang="da")  # a new person each: no session yet
        [call] = await person.turn(person.message(**content), 1)
        assert call.params["text"] == text_of(app, "da", "common-use-text"), case
        assert "reply_markup" not in call.params, case
        await polling.queue.join()
        assert await session_of(app, person.chat_id) is None, case


async def test_polling_non_text_uses_the_language_of_the_conversation(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    person = Person(fake, lang="en")
    await person.turn(person.message("/start"), 1)
    await person.turn(person.callback(*_data_and_id(person, "da")), 1)
    [call] = await person.turn(person.message(sticker=_STICKER), 1)
    assert call.params["text"] == text_of(app, "da", "common-use-text")


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
async def test_webhook_group_is_declined_once_and_gets_no_session(
    fake: FakeBotAPI, hook_app: App, webhook: tuple[Client, TelegramChannel], chat_type: str
) -> None:
    client, channel = webhook
    group = Person(fake, GROUP, lang="da", chat_type=chat_type, deliver=poster(client))
    await group.send(group.message("/start"))
    await group.send(group.message("/start@igubot_test_bot"))
    await group.send(group.message("hello everybody"))
    await channel.queue.join()
    sent = group.sent()
    assert [c.params["text"] for c in sent] == [
        text_of(hook_app, "da", "telegram-groups-declined")
    ]
    assert await session_of(hook_app, GROUP) is None
    assert await hook_app.runner.call(hook_app.store.load_session, f"tg:{abs(GROUP)}") is None


async def test_webhook_channel_post_is_declined_once(
    fake: FakeBotAPI, hook_app: App, webhook: tuple[Client, TelegramChannel]
) -> None:
    client, channel = webhook
    posts = Person(fake, GROUP, lang=None, chat_type="channel", deliver=poster(client))
    update = posts.message("news", kind="channel_post")
    del update["channel_post"]["from"]
    await posts.send(update)
    await channel.queue.join()
    assert [c.params["text"] for c in posts.sent()] == [
        text_of(hook_app, "en", "telegram-groups-declined")
    ]


async def test_polling_edited_message_is_ignored(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    person = Person(fake)
    edited = person.message("/start", kind="edited_message")
    edited["edited_message"]["edit_date"] = 1_790_000_100
    person.fake.push_update(edited)
    marker = person.message(sticker=_STICKER)  # handled after the edit, in this chat's order
    [call] = await person.turn(marker, 1)
    assert call.params["text"] == text_of(app, "en", "common-use-text")
    await polling.queue.join()
    assert len(person.sent()) == 1
    assert await session_of(app, CHAT) is None


async def test_polling_asks_only_for_the_updates_it_handles(polling: TelegramChannel) -> None:
    assert "edited_message" not in ALLOWED_UPDATES
    assert set(polling.dispatcher.resolve_used_update_types()) <= set(ALLOWED_UPDATES)


# -- startup: the command menu ---------------------------------------------------------------------


async def test_startup_sets_the_command_menu_per_locale(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    catalog = app.content.catalog
    codes = [code for code in catalog.locales if len(code) == 2]
    calls = await fake.wait_calls("setMyCommands", 1 + len(codes))
    by_code = {c.params.get("language_code"): c.params["commands"] for c in calls}
    assert set(by_code) == {None, *codes}
    for code, commands in by_code.items():
        lang = code or "en"
        assert [c["command"] for c in commands] == list(COMMANDS)
        for command in commands:
            description = catalog.format(lang, f"telegram-command-{command['command']}")
            assert command["description"] == description
            assert 1 <= len(description) <= 256
            assert "<" not in description


async def test_startup_command_menu_skips_codes_telegram_rejects(
    tmp_path: Path, fake: FakeBotAPI
) -> None:
    commands = "\n".join(f"telegram-command-{name} = {name} in LANG" for name in COMMANDS)
    mini_tree(
        tmp_path / "content",
        **{
            "locales__en__main.ftl": MINI_EN + commands.replace("LANG", "en") + "\n",
            "locales__da__main.ftl": commands.replace("LANG", "da") + "\n",
            "locales__prs__main.ftl": commands.replace("LANG", "prs") + "\n",
            "locales__kmr__main.ftl": commands.replace("LANG", "kmr") + "\n",
            "locales__ckb__main.ftl": commands.replace("LANG", "ckb") + "\n",
        },
    )
    settings = telegram_settings(tmp_path, fake.base_url)
    app = build_app(dataclasses.replace(settings, content_dir=tmp_path / "content"))
    try:
        assert {"prs", "kmr", "ckb"} <= set(app.content.catalog.locales)
        web_app = make_web_app(app.runner, app.settings)
        add_telegram(web_app, app)
        async with TestClient(TestServer(web_app, host="127.0.0.1")):
            await fake.wait_calls("deleteWebhook", 1)  # comes after the command menus
            calls = fake.of("setMyCommands")
        assert {c.params.get("language_code") for c in calls} == {None, "en", "da"}
        default = next(c for c in calls if "language_code" not in c.params)
        assert default.params["commands"][0]["description"] == "start in en"
    finally:
        app.close()


# -- sending: escaping, splitting, pacing, 429 ----------------------------------------------------


async def test_sender_escapes_markup_in_text(fake: FakeBotAPI, api_bot: Bot) -> None:
    sender = Sender(api_bot, chat_interval=0)
    await sender.send_text(CHAT, NAME)
    [call] = fake.of("sendMessage")
    assert call.params["text"] == '&lt;b&gt;Tom &amp; "Jerry"&lt;/b&gt;'
    assert_html_escaped(call.params["text"])


async def test_sender_splits_long_text_with_buttons_on_the_last_part(
    fake: FakeBotAPI, api_bot: Bot
) -> None:
    sender = Sender(api_bot, chat_interval=0)
    paragraphs = [f"{i:02d} " + " ".join(["word &"] * 200) for i in range(6)]  # 1402 each
    markup = keyboard("menu", "start", (Choice("a", "A"), Choice("b", "B")))
    sent = await sender.send_text(CHAT, "\n\n".join(paragraphs), markup)
    calls = fake.of("sendMessage")
    assert len(sent) == len(calls) == 3  # two paragraphs fit in a part, three do not
    for call in calls:
        assert utf16_len(html.unescape(call.params["text"])) <= MAX_MESSAGE_UTF16
        assert_html_escaped(call.params["text"])
    assert ["reply_markup" in c.params for c in calls] == [False, False, True]
    joined = "\n\n".join(html.unescape(c.params["text"]) for c in calls)
    assert joined == "\n\n".join(paragraphs)


@pytest.mark.slow
async def test_sender_waits_out_retry_after_and_delivers_once(
    fake: FakeBotAPI, app: App, polling: TelegramChannel
) -> None:
    fake.fail_next("sendMessage", 1, retry_after=1)
    person = Person(fake)
    [call] = await person.turn(person.message("/start"), 1)
    [refused] = [c for c in fake.of("sendMessage", ok=False) if c.status == 429]
    assert refused.status == 429
    assert call.params["text"] == refused.params["text"] == text_of(app, "en", "language-choose")
    assert call.at - refused.at >= 0.95


async def test_sender_gives_up_after_the_retries(
    fake: FakeBotAPI, api_bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    from aiogram.exceptions import TelegramRetryAfter

    sender = Sender(api_bot, chat_interval=0, max_retries=1, max_retry_wait=0.1)
    fake.fail_next("sendMessage", 1, retry_after=5)  # longer than we wait: fail at once
    with pytest.raises(TelegramRetryAfter):
        await sender.send_text(CHAT, "hello")
    assert fake.of("sendMessage") == []
    assert str(CHAT) not in caplog.text
    assert "hello" not in caplog.text


@pytest.mark.slow
async def test_sender_paces_one_chat_to_one_message_a_second(
    fake: FakeBotAPI, api_bot: Bot
) -> None:
    sender = Sender(api_bot, chat_interval=1.0)
    await asyncio.gather(
        *(sender.send_text(CHAT, f"message {n}") for n in range(3)),
        sender.send_text(OTHER_CHAT, "another person"),
    )
    ours = fake.of("sendMessage", chat_id=CHAT)
    assert [c.params["text"] for c in ours] == ["message 0", "message 1", "message 2"]
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(ours)]
    assert all(gap >= 0.9 for gap in gaps), gaps
    [other] = fake.of("sendMessage", chat_id=OTHER_CHAT)
    assert other.at - ours[0].at < 0.5, "another chat is not held up"


async def test_sender_api_error_is_logged_without_text(
    fake: FakeBotAPI, api_bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    from aiogram.exceptions import TelegramForbiddenError

    sender = Sender(api_bot, chat_interval=0)
    fake.fail_next("sendMessage", status=403, description="Forbidden: bot was blocked by the user")
    with pytest.raises(TelegramForbiddenError):
        await sender.send_text(CHAT, "Tom's phone is 20 12 34 56")
    assert "bot was blocked" in caplog.text
    assert "20 12 34 56" not in caplog.text
    assert str(CHAT) not in caplog.text


async def test_typing_is_shown_when_a_turn_is_slow(
    fake: FakeBotAPI, app: App, polling: TelegramChannel, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = app.runner.handle

    async def slow_turn(inbound: Inbound) -> Any:
        await fake.wait_calls("sendChatAction", 1, chat_id=CHAT)  # the turn outlasts the delay
        return await handle(inbound)

    monkeypatch.setattr(app.runner, "handle", slow_turn)
    person = Person(fake)
    await person.turn(person.message("/start"), 1)
    [typing] = fake.of("sendChatAction")
    assert typing.params["action"] == "typing"
    assert typing.at <= person.sent()[0].at


# -- pure helpers ---------------------------------------------------------------------------------


def test_keyboard_puts_short_labels_two_to_a_row() -> None:
    choices = tuple(Choice(v, label) for v, label in [("a", "Ja"), ("b", "Nej"), ("c", "x" * 14)])
    markup = keyboard("interest", "interpreter", choices)
    assert [len(row) for row in rows(markup)] == [2, 1]
    assert rows(markup)[0][0] == ("Ja", callback_data("interest", "interpreter", "a"))


def test_keyboard_puts_long_labels_one_to_a_row() -> None:
    choices = (Choice("a", "Yes"), Choice("b", "x" * (SHORT_LABEL + 1)))
    assert [len(row) for row in rows(keyboard("f", "s", choices))] == [1, 1]


def test_keyboard_leaves_out_a_button_over_64_bytes(caplog: pytest.LogCaptureFixture) -> None:
    markup = keyboard("f", "s", (Choice("ok", "OK"), Choice("v" * 60, "Too long")))
    assert rows(markup) == [[("OK", callback_data("f", "s", "ok"))]]
    assert "longer than 64 bytes" in caplog.text
    assert keyboard("f", "s", ()) is None


def test_every_flow_button_fits_in_callback_data(app: App) -> None:
    for flow_id, doc in app.content.flows.items():
        for step_id, step in doc.model.steps.items():
            values = [c.value for c in step.choices or []] + ["/human"]
            if step.input is not None and step.input.type == "language":
                values += list(app.content.catalog.locales)
            for value in values:
                data = callback_data(flow_id, step_id, value)
                assert len(data.encode()) <= 64, (flow_id, step_id, value)
                assert parse_callback(data) is not None


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("short", 10, ["short"], id="fits"),
        pytest.param("aaaa\n\nbbbb\ncccc", 12, ["aaaa", "bbbb\ncccc"], id="paragraph"),
        pytest.param("aaaa\nbbbb\ncccc", 10, ["aaaa\nbbbb", "cccc"], id="line"),
        pytest.param("aaa bbb ccc", 8, ["aaa bbb", "ccc"], id="space"),
        pytest.param("abcdefghij", 4, ["abcd", "efgh", "ij"], id="hard"),
        pytest.param("😀😀😀", 4, ["😀😀", "😀"], id="surrogate-pairs"),
        pytest.param("   \n\n  ", 4, [], id="blank"),
    ],
)
def test_split_text_cuts_on_boundaries_within_utf16_limit(
    text: str, limit: int, expected: list[str]
) -> None:
    parts = split_text(text, limit)
    assert parts == expected
    assert all(utf16_len(p) <= limit for p in parts)


def test_split_text_counts_utf16_units_not_characters() -> None:
    text = "😀" * 3000  # 3000 characters, 6000 UTF-16 units
    parts = split_text(text)
    assert len(parts) == 2
    assert [utf16_len(p) for p in parts] == [4096, 6000 - 4096]
    assert "".join(parts) == text
