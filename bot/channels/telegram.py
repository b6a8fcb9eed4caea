"""The Telegram channel (aiogram 3): updates in, engine turns, messages with inline buttons out.

It runs inside the aiohttp application of ``igubot serve`` (:func:`setup_telegram`): long polling
by default, or a webhook at :data:`WEBHOOK_PATH` when ``IGUBOT_BASE_URL`` is an https URL.

Order and exactly once: every update is queued behind the earlier updates of its chat (chats
run in parallel, one chat strictly in arrival order), and its ``update_id`` goes to the engine,
which drops a repeat inside the turn's own transaction.

Privacy: logs carry a hash of the chat id (:func:`~bot.channels.sender.chat_digest`), never
message text, names, phone numbers, the token or the webhook secret.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import re
import traceback
from collections.abc import Awaitable, Callable
from contextlib import suppress
from functools import lru_cache, partial
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ChatType, ParseMode
from aiogram.exceptions import TelegramAPIError
from aiogram.methods import DeleteWebhook, SetMyCommands, SetWebhook
from aiogram.types import (
    BotCommand,
    CallbackQuery,
    InaccessibleMessage,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
    Update,
    User,
)
from aiogram.utils.token import TokenValidationError
from aiohttp import web
from pydantic import ValidationError

from bot.app import App
from bot.channels.sender import CHAT_INTERVAL, Sender, chat_digest
from bot.channels.telegram_outbox import (
    POLL_INTERVAL,
    TelegramOutbox,
    answer_followup,
    is_followup_data,
)
from bot.config import Settings
from bot.engine import Choice, Inbound, TurnResult
from bot.engine.callbacks import MAX_CALLBACK_BYTES, callback_data, parse_callback
from bot.errors import ConfigError
from bot.i18n import LANGUAGES, SOURCE_LOCALE, Catalog, negotiate

__all__ = [
    "TELEGRAM_KEY",
    "TELEGRAM_OUTBOX_KEY",
    "WEBHOOK_PATH",
    "ChatQueue",
    "TelegramChannel",
    "keyboard",
    "make_bot",
    "make_router",
    "setup_telegram",
    "user_key",
    "webhook_secret",
]

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105  # nosec B105  # a header name
#: What Telegram sends us: edited messages and everything else are not asked for.
ALLOWED_UPDATES = ("message", "callback_query", "channel_post")
#: The command menu, in this order; descriptions are the Fluent ids ``telegram-command-<name>``.
COMMANDS = ("start", "menu", "language", "help", "human", "forget")
MAX_COMMAND_DESCRIPTION = 256
#: Buttons go two to a row when every label is at most this long, else one to a row.
SHORT_LABEL = 14
#: A turn that takes longer than this shows "typing…".
TYPING_DELAY = 0.3
POLLING_TIMEOUT = 25
#: Updates carry at most 4096 characters of text; the web chat's small body limit is not theirs.
MAX_UPDATE_BYTES = 1 << 20
#: How long shutdown waits for queued updates to finish (then they are cancelled).
DRAIN_TIMEOUT = 10.0
#: Telegram's language_code for the command menu is a two-letter ISO 639-1 code: locales such as
#: prs, kmr and ckb get none (their speakers see the default list, which is English).
_TELEGRAM_LANGUAGE = re.compile(r"^[a-z]{2}$")
#: The step tag sent for a button we cannot read (no step has it, see on_callback).
STALE_TAG = "stale"
OLD_BUTTON_ID = "common-old-button"
_MAX_DECLINED = 10_000
_SECRET_LABEL = b"igubot telegram webhook secret v1"


# -- small pure helpers ------------------------------------------------------------------------


def user_key(chat_id: int) -> str:
    """The engine's conversation key of a Telegram chat."""
    return f"tg:{chat_id}"


def webhook_secret(token: str) -> str:
    """The webhook's ``secret_token``, derived from the bot token so every restart agrees.

    HMAC-SHA256 keyed with the token, base64url without padding: 43 characters of
    ``A-Za-z0-9_-`` (Telegram allows 1-256 of those).
    """
    digest = hmac.new(token.encode(), _SECRET_LABEL, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def keyboard(flow: str, step: str, choices: tuple[Choice, ...]) -> InlineKeyboardMarkup | None:
    """The inline keyboard of a question: one button per choice, tagged with its step.

    Two buttons to a row when every label is short (at most :data:`SHORT_LABEL` characters),
    otherwise one to a row so that long labels are not cut.
    """
    buttons: list[tuple[str, str]] = []
    for choice in choices:
        data = callback_data(flow, step, choice.value)
        if len(data.encode()) > MAX_CALLBACK_BYTES:
            logger.error(
                "button %r of %s:%s is longer than %d bytes as callback data; left out",
                choice.value,
                flow,
                step,
                MAX_CALLBACK_BYTES,
            )
            continue
        buttons.append((choice.label, data))
    if not buttons:
        return None
    return _markup(tuple(buttons))


@lru_cache(maxsize=2048)
def _markup(buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    """The keyboard of (label, callback data) pairs, built once per distinct keyboard.

    Building aiogram's pydantic models was the largest cost of sending a reply (a language
    question has a dozen buttons); nothing changes a keyboard after it is built.
    """
    width = 2 if all(len(label) <= SHORT_LABEL for label, _data in buttons) else 1
    row_list = [
        [
            InlineKeyboardButton(text=label, callback_data=data)
            for label, data in buttons[i : i + width]
        ]
        for i in range(0, len(buttons), width)
    ]
    return InlineKeyboardMarkup(inline_keyboard=row_list)


def _start_payload(text: str) -> str | None:
    """``"/start x"`` → ``"x"``, ``"/start"`` → ``""``; ``None`` for any other text."""
    head, _sep, rest = text.strip().partition(" ")
    if head.split("@", 1)[0].casefold() != "/start":
        return None
    return rest.strip()


def _hint(user: User | None) -> str | None:
    return user.language_code if user is not None else None


def _log_failure(what: str, exc: BaseException) -> None:
    """Log an unexpected error with its stack but without its message (it may quote text)."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    logger.error("telegram: %s failed: %s\n%s", what, type(exc).__name__, stack.rstrip())


# -- per-chat order ----------------------------------------------------------------------------


class ChatQueue:
    """Run jobs one after another per chat, in the order they were submitted.

    Different chats run in parallel, so one slow conversation (or a chat waiting out its one
    message a second) holds up nobody else. The order is fixed when :meth:`submit` is called,
    not by how tasks happen to be scheduled.
    """

    def __init__(self) -> None:
        self._tails: dict[int, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def submit(self, chat_id: int, job: Callable[[], Awaitable[object]]) -> asyncio.Task[None]:
        """Queue ``job()`` behind the chat's earlier jobs; return its task."""
        previous = self._tails.get(chat_id)
        task = asyncio.create_task(self._run(previous, job, chat_id))
        self._tails[chat_id] = task
        self._tasks.add(task)
        task.add_done_callback(partial(self._done, chat_id))
        return task

    async def _run(
        self, previous: asyncio.Task[None] | None, job: Callable[[], Awaitable[object]], chat: int
    ) -> None:
        if previous is not None:
            await asyncio.wait([previous])  # its outcome is its own; only its end matters
        try:
            await job()
        except Exception as exc:  # noqa: BLE001 - last resort; the chat's queue must go on
            _log_failure(f"handling an update for chat {chat_digest(chat)}", exc)

    def _done(self, chat_id: int, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._tails.get(chat_id) is task:
            del self._tails[chat_id]

    @property
    def pending(self) -> int:
        """Jobs queued or running."""
        return len(self._tasks)

    async def join(self) -> None:
        """Wait until no job is queued or running (jobs submitted meanwhile included)."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def drain(self, grace: float) -> None:
        """Wait for every queued job; cancel what is still running after ``grace`` seconds."""
        try:
            async with asyncio.timeout(grace):
                await self.join()
        except TimeoutError:
            late = set(self._tasks)
            if not late:
                return
            logger.warning("telegram: %d update(s) cancelled at shutdown", len(late))
            for task in late:
                task.cancel()
            await asyncio.wait(late)


# -- the channel -------------------------------------------------------------------------------


class TelegramChannel:
    """The Telegram side of a running bot: aiogram bot and dispatcher, sender and update queue.

    Build it with :func:`setup_telegram`.

    :param app: the bot (its runner does the turns; content is read at each use, so a
        content swap applies at once).
    :param bot: the aiogram bot.
    :param sender: everything goes out through it.
    :param polling_timeout: seconds one getUpdates long poll may wait.
    """

    def __init__(
        self, app: App, bot: Bot, sender: Sender, *, polling_timeout: int = POLLING_TIMEOUT
    ) -> None:
        self.app = app
        self.bot = bot
        self.sender = sender
        self.polling_timeout = polling_timeout
        self.queue = ChatQueue()
        base = app.settings.base_url
        self.webhook_url = f"{base}{WEBHOOK_PATH}" if base.startswith("https://") else None
        self.secret = webhook_secret(app.settings.telegram_token.reveal())
        self.dispatcher = Dispatcher(disable_fsm=True, channel=self)
        self.dispatcher.update.outer_middleware(self._in_chat_order)
        self.dispatcher.include_router(make_router())
        self.dispatcher.startup.register(self._polling_started)
        self._polling = False
        self._main: asyncio.Task[None] | None = None
        self._declined: set[int] = set()

    @property
    def catalog(self) -> Catalog:
        """The catalog of the content being served now."""
        return self.app.engine.content.catalog

    # -- lifecycle (aiohttp on_startup / on_cleanup) ------------------------------------------

    async def startup(self, _web_app: web.Application) -> None:
        """Start in the background: command menu, then webhook or long polling."""
        self._main = asyncio.create_task(self._run())

    async def cleanup(self, _web_app: web.Application) -> None:
        """Stop polling, let queued updates finish, close the HTTP session."""
        main = self._main
        if main is not None and not main.done():
            if self._polling:
                with suppress(RuntimeError):  # polling ended on its own meanwhile
                    await self.dispatcher.stop_polling()
            else:
                main.cancel()
            await asyncio.wait([main])
        await self.queue.drain(DRAIN_TIMEOUT)
        await self.bot.session.close()

    @property
    def task(self) -> asyncio.Task[None] | None:
        """The background task started at startup (command menu, then webhook or polling)."""
        return self._main

    async def _polling_started(self) -> None:
        self._polling = True

    async def _run(self) -> None:
        try:
            await self._start()
        except TelegramAPIError as exc:
            logger.error(
                "telegram: the bot stopped: %s (is TELEGRAM_TOKEN right?)", type(exc).__name__
            )
        except Exception as exc:  # noqa: BLE001 - the web chat must go on without Telegram
            _log_failure("running the bot", exc)
        finally:
            self._polling = False

    async def _start(self) -> None:
        await self.set_commands()
        if self.webhook_url is not None:
            await self._set_webhook(self.webhook_url)
            return
        if self.app.settings.base_url:
            logger.warning(
                "telegram: IGUBOT_BASE_URL is not https, and Telegram sends webhooks only to "
                "https: using long polling"
            )
        with suppress(TelegramAPIError):  # logged by the sender; polling reports a conflict
            await self.sender.call(DeleteWebhook(drop_pending_updates=False))
        await self.dispatcher.start_polling(
            self.bot,
            polling_timeout=self.polling_timeout,
            # Our middleware only queues each update (per chat, in order) and returns, so the
            # polling loop neither waits for turns nor reorders a chat's updates.
            handle_as_tasks=False,
            handle_signals=False,  # aiohttp's run_app owns the signals
            close_bot_session=False,  # cleanup() closes it after the queue drained
            allowed_updates=list(ALLOWED_UPDATES),
        )

    async def _set_webhook(self, url: str) -> None:
        method = SetWebhook(
            url=url, secret_token=self.secret, allowed_updates=list(ALLOWED_UPDATES)
        )
        with suppress(TelegramAPIError):  # logged by the sender
            await self.sender.call(method)
            logger.info("telegram: webhook set to %s", url)

    async def set_commands(self) -> None:
        """The command menu in every locale Telegram has a code for, and English as default."""
        catalog = self.catalog
        targets: list[tuple[str | None, str]] = [(None, SOURCE_LOCALE)]
        targets += [(code, code) for code in catalog.locales if _TELEGRAM_LANGUAGE.match(code)]
        done: list[str] = []
        for language_code, lang in targets:
            commands = _commands(catalog, lang)
            if commands is None:
                continue
            method = SetMyCommands(commands=commands, language_code=language_code)
            try:
                await self.sender.call(method)
            except TelegramAPIError:
                continue  # logged by the sender
            done.append(language_code or "default")
        logger.info("telegram: command menu set for %s", ", ".join(done) or "no language")

    # -- intake --------------------------------------------------------------------------------

    async def _in_chat_order(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> None:
        """Outer middleware: queue the update behind its chat's earlier ones, and return."""
        chat = data.get("event_chat")
        user = data.get("event_from_user")
        key = chat.id if chat is not None else (user.id if user is not None else 0)
        self.queue.submit(key, lambda: handler(event, data))

    async def webhook(self, request: web.Request) -> web.Response:
        """``POST /telegram/webhook``: check the secret, queue the update, answer 200 at once."""
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            logger.warning("telegram: webhook request without the right secret token refused")
            return web.Response(status=401, text="Unauthorized")
        body = await request.clone(client_max_size=MAX_UPDATE_BYTES).read()
        try:
            update = Update.model_validate_json(body, context={"bot": self.bot})
        except ValidationError:
            logger.warning("telegram: webhook body is not an update; refused")
            return web.Response(status=400, text="Bad Request")
        await self.dispatcher.feed_update(self.bot, update)
        return web.json_response({})

    # -- what happens to each kind of update ---------------------------------------------------

    async def on_text(self, message: Message, update_id: int) -> None:
        """A typed message in a private chat: one engine turn (``/start x`` is a start)."""
        chat_id = message.chat.id
        text = message.text or ""
        start = _start_payload(text)
        inbound = Inbound(
            user_key=user_key(chat_id),
            channel="telegram",
            text=None if start is not None else text,
            start=start,
            lang_hint=_hint(message.from_user),
            dedupe_id=update_id,
        )
        result = await self._turn(chat_id, inbound)
        if not result.duplicate:
            await self._send_reply(chat_id, result)

    async def on_callback(self, callback: CallbackQuery, update_id: int) -> None:
        """A button press: answer it (always), remove the pressed keyboard, one engine turn."""
        answered = False
        try:
            message = callback.message
            if message is None or message.chat.type != ChatType.PRIVATE:
                return  # our buttons live in private chats only; finally stops the spinner
            chat_id = message.chat.id
            if is_followup_data(callback.data):  # a follow-up check-in, not a flow question
                answered = True  # answer_followup answers it before anything else
                await answer_followup(self.app, self.sender, callback, chat_id, update_id)
                return
            parsed = parse_callback(callback.data or "")
            if parsed is None:
                # A button of another version of the bot (or not ours at all): which question it
                # belonged to is unknown. A tag that no step has makes the engine answer it like
                # any old button: it says so and asks the current question again, so the
                # person sees where they are and gets buttons that work.
                tag, value = STALE_TAG, None
            else:
                tag, value = parsed
            inbound = Inbound(
                user_key=user_key(chat_id),
                channel="telegram",
                choice=value,
                step_tag=tag,
                lang_hint=_hint(callback.from_user),
                dedupe_id=update_id,
            )
            result = await self._turn(chat_id, inbound)
            if result.duplicate:
                return
            first = result.reply.messages[0] if result.reply.messages else None
            notice = first.text if first is not None and first.id == OLD_BUTTON_ID else None
            answered = True
            await self.sender.answer_callback(callback.id, notice)
            if not isinstance(message, InaccessibleMessage):
                await self.sender.remove_keyboard(chat_id, message.message_id)
            await self._send_reply(chat_id, result)
        finally:
            if not answered:
                await self.sender.answer_callback(callback.id)

    async def on_other(self, message: Message, update_id: int) -> None:
        """A photo, voice message, sticker, file, location …: ask for text; no engine turn."""
        chat_id = message.chat.id
        runner, store = self.app.runner, self.app.store
        if not await runner.call(store.mark_update_seen, update_id):
            return
        record = await runner.call(store.load_session, user_key(chat_id))
        lang = record.lang if record is not None and record.lang else None
        lang = lang or negotiate(_hint(message.from_user), self.catalog.locales) or SOURCE_LOCALE
        await self._say(chat_id, lang, "telegram-use-text")

    async def on_group(self, message: Message) -> None:
        """A group, supergroup or channel: decline once (per chat and run); no engine turn."""
        chat_id = message.chat.id
        if chat_id in self._declined:
            return
        if len(self._declined) >= _MAX_DECLINED:
            self._declined.clear()
        self._declined.add(chat_id)
        logger.info("telegram: declined %s chat %s", message.chat.type, chat_digest(chat_id))
        lang = negotiate(_hint(message.from_user), self.catalog.locales) or SOURCE_LOCALE
        await self._say(chat_id, lang, "telegram-groups-declined")

    # -- turns and replies ---------------------------------------------------------------------

    async def _turn(self, chat_id: int, inbound: Inbound) -> TurnResult:
        """One engine turn, with "typing…" shown if it takes longer than :data:`TYPING_DELAY`."""
        # A timer, not a task per turn: most turns end long before it fires.
        loop = asyncio.get_running_loop()
        typing: list[asyncio.Task[None]] = []
        timer = loop.call_later(
            TYPING_DELAY, lambda: typing.append(loop.create_task(self.sender.typing(chat_id)))
        )
        try:
            return await self.app.runner.handle(inbound)
        finally:
            timer.cancel()
            for task in typing:
                task.cancel()
                await asyncio.wait([task])

    async def _send_reply(self, chat_id: int, result: TurnResult) -> None:
        for message in result.reply.messages:
            markup = keyboard(result.flow, result.step, message.choices)
            try:
                await self.sender.send_text(chat_id, message.text, markup)
            except TelegramAPIError:
                return  # logged by the sender; the next messages would fail the same way

    async def _say(self, chat_id: int, lang: str, msg_id: str) -> None:
        with suppress(TelegramAPIError):  # logged by the sender
            await self.sender.send_text(chat_id, self.catalog.format(lang, msg_id))


def _commands(catalog: Catalog, lang: str) -> list[BotCommand] | None:
    """The command menu in ``lang``, or None when a description is missing everywhere."""
    chain = (lang, *LANGUAGES[lang].fallback) if lang in LANGUAGES else (lang,)
    commands: list[BotCommand] = []
    for name in COMMANDS:
        msg_id = f"telegram-command-{name}"
        if not any(catalog.has(code, msg_id) for code in chain):
            logger.warning("telegram: %r is missing; no command menu for %r", msg_id, lang)
            return None
        description = catalog.format(lang, msg_id).strip()[:MAX_COMMAND_DESCRIPTION]
        commands.append(BotCommand(command=name, description=description))
    return commands


# -- aiogram wiring ----------------------------------------------------------------------------


async def _on_message(message: Message, event_update: Update, channel: TelegramChannel) -> None:
    if message.chat.type != ChatType.PRIVATE:
        await channel.on_group(message)
    elif message.text:
        await channel.on_text(message, event_update.update_id)
    else:
        await channel.on_other(message, event_update.update_id)


async def _on_channel_post(message: Message, channel: TelegramChannel) -> None:
    await channel.on_group(message)


async def _on_callback(
    callback: CallbackQuery, event_update: Update, channel: TelegramChannel
) -> None:
    await channel.on_callback(callback, event_update.update_id)


def make_router() -> Router:
    """A new router with the channel's handlers (a router can be attached only once).

    Handlers receive the :class:`TelegramChannel` as ``channel`` from the dispatcher's workflow
    data. Edited messages have no handler and are not even asked for.

    One handler per kind of update, without filters: aiogram runs a filter that is not a
    coroutine (a magic ``F`` filter) through :func:`asyncio.to_thread`, a thread hop per
    filter and message, which was a tenth of the channel's cost per update.
    """
    router = Router(name="igubot")
    router.message()(_on_message)
    router.channel_post()(_on_channel_post)
    router.callback_query()(_on_callback)
    return router


def make_bot(settings: Settings) -> Bot:
    """The aiogram bot for ``settings`` (HTML parse mode; ``TELEGRAM_API_BASE`` if set).

    :raises ConfigError: the token does not look like a bot token.
    """
    session = None
    if settings.telegram_api_base:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
    try:
        return Bot(
            settings.telegram_token.reveal(),
            session=session,
            default=DefaultBotProperties(parse_mode=ParseMode.HTML),
        )
    except TokenValidationError:
        msg = "TELEGRAM_TOKEN is not a bot token (it looks like 123456:ABC-DEF…; ask @BotFather)"
        raise ConfigError(msg) from None  # the original error might show the token


TELEGRAM_KEY = web.AppKey("telegram", TelegramChannel)
TELEGRAM_OUTBOX_KEY = web.AppKey("telegram_outbox", TelegramOutbox)


def setup_telegram(
    web_app: web.Application,
    app: App,
    *,
    chat_interval: float = CHAT_INTERVAL,
    polling_timeout: int = POLLING_TIMEOUT,
    outbox_interval: float | None = POLL_INTERVAL,
) -> None:
    """Run the Telegram bot inside ``web_app``: webhook route or long polling, command menu,
    and the delivery of follow-ups and staff-chat notes from the outbox.

    Registers ``POST /telegram/webhook`` (when ``IGUBOT_BASE_URL`` is https) and startup and
    cleanup hooks; the channel is available as ``web_app[TELEGRAM_KEY]``, the outbox delivery
    as ``web_app[TELEGRAM_OUTBOX_KEY]``.

    :param web_app: the aiohttp application of ``igubot serve``.
    :param app: the bot; ``app.settings.telegram_token`` must be set.
    :param chat_interval: seconds between two messages to one chat (tests use less).
    :param polling_timeout: seconds one long poll waits for updates.
    :param outbox_interval: seconds between looks at the outbox; ``None``: no background loop
        (tests call :func:`bot.channels.telegram_outbox.deliver_once` themselves).
    :raises ConfigError: the token is missing or malformed.
    """
    if not app.settings.telegram_token:
        msg = "TELEGRAM_TOKEN is not set"
        raise ConfigError(msg)
    bot = make_bot(app.settings)
    sender = Sender(bot, chat_interval=chat_interval)
    channel = TelegramChannel(app, bot, sender, polling_timeout=polling_timeout)
    web_app[TELEGRAM_KEY] = channel
    outbox = TelegramOutbox(app, sender, interval=outbox_interval or POLL_INTERVAL)
    web_app[TELEGRAM_OUTBOX_KEY] = outbox
    if channel.webhook_url is not None:
        web_app.router.add_post(WEBHOOK_PATH, channel.webhook)
    web_app.on_startup.append(channel.startup)
    if outbox_interval is not None:
        web_app.on_startup.append(outbox.startup)
        web_app.on_cleanup.append(outbox.cleanup)  # before the channel closes the bot session
    web_app.on_cleanup.append(channel.cleanup)
