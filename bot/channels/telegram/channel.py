"""The Telegram channel: updates in, engine turns, messages with inline buttons out.

Order and exactly once: every update is queued behind the earlier updates of its chat (chats
run in parallel, one chat strictly in arrival order), and its ``update_id`` goes to the engine,
which drops a repeat inside the turn's own transaction.

Deliberately not used from aiogram (each for a reason):

- magic ``F`` filters: aiogram runs a filter that is not a coroutine through
  :func:`asyncio.to_thread`, a thread hop per filter and message (a tenth of the cost per
  update); one handler per kind of update decides instead;
- ``ChatActionSender``: it starts a task per turn that sends "typing…" at once; a loop timer
  shows it only for a turn slower than :data:`TYPING_DELAY`, and most turns are not;
- ``CallbackAnswerMiddleware``: a press is answered with the old-button notice when there is
  one, which is known only after the turn, and must be answered even when the turn fails;
- ``CallbackData``: see :mod:`bot.channels.telegram.markup`.

Privacy: logs carry a hash of the chat id (:func:`~bot.channels.telegram.keys.chat_digest`),
never message text, names, phone numbers, the token or the webhook secret.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Awaitable, Callable
from contextlib import suppress
from typing import Any

from aiogram import Bot, Dispatcher, Router
from aiogram.enums import ChatType
from aiogram.exceptions import TelegramAPIError
from aiogram.methods import DeleteWebhook, SetWebhook
from aiogram.types import CallbackQuery, InaccessibleMessage, Message, TelegramObject, Update, User
from aiohttp import web
from pydantic import ValidationError

from bot.channels.ports import Conversations, NoticeAnswers
from bot.channels.telegram.commands import set_commands
from bot.channels.telegram.keys import chat_digest, user_key
from bot.channels.telegram.markup import keyboard
from bot.channels.telegram.queue import ChatQueue, log_failure
from bot.channels.telegram.sender import Sender
from bot.engine.callbacks import parse_callback
from bot.engine.types import Inbound, TurnResult
from bot.i18n import Catalog, choose_language

__all__ = ["ALLOWED_UPDATES", "SECRET_HEADER", "TelegramChannel"]

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105  # nosec B105  # a header name
#: What Telegram sends us: edited messages and everything else are not asked for.
ALLOWED_UPDATES = ("message", "callback_query", "channel_post")
#: A turn that takes longer than this shows "typing…".
TYPING_DELAY = 0.3
POLLING_TIMEOUT = 25
#: Updates carry at most 4096 characters of text; the web chat's small body limit is not theirs.
MAX_UPDATE_BYTES = 1 << 20
#: How long shutdown waits for queued updates to finish (then they are cancelled).
DRAIN_TIMEOUT = 10.0
#: The step tag sent for a button we cannot read (no step has it, see on_callback).
STALE_TAG = "stale"
OLD_BUTTON_ID = "common-old-button"
_MAX_DECLINED = 10_000


class TelegramChannel:
    """The Telegram side of a running bot: aiogram bot and dispatcher, sender and update queue.

    Build it with :func:`bot.channels.telegram.setup_telegram`.

    :param conversations: runs the turns and serves the catalog (read at each use, so a
        content swap applies at once).
    :param bot: the aiogram bot.
    :param sender: everything goes out through it.
    :param secret: the webhook's secret token.
    :param webhook_url: where Telegram posts updates; ``None``: long polling.
    :param notices: answers to buttons of staff notices (follow-ups); ``None``: none are sent.
    :param polling_timeout: seconds one getUpdates long poll may wait.
    """

    def __init__(
        self,
        conversations: Conversations,
        bot: Bot,
        sender: Sender,
        *,
        secret: str,
        webhook_url: str | None = None,
        notices: NoticeAnswers | None = None,
        polling_timeout: int = POLLING_TIMEOUT,
    ) -> None:
        self.conversations = conversations
        self.bot = bot
        self.sender = sender
        self.secret = secret
        self.webhook_url = webhook_url
        self.notices = notices
        self.polling_timeout = polling_timeout
        self.queue = ChatQueue()
        self.dispatcher = Dispatcher(disable_fsm=True)
        self.dispatcher.update.outer_middleware(self._in_chat_order)
        self.dispatcher.include_router(self._router())
        self.dispatcher.startup.register(self._polling_started)
        self._polling = False
        self._main: asyncio.Task[None] | None = None
        self._declined: set[int] = set()

    @property
    def catalog(self) -> Catalog:
        """The catalog of the content being served now."""
        return self.conversations.catalog

    def _router(self) -> Router:
        """The handlers, one per kind of update, as bound methods (no filters: see above)."""
        router = Router(name="igubot")
        router.message()(self._on_message)
        router.channel_post()(self._on_channel_post)
        router.callback_query()(self._on_callback)
        return router

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
            log_failure("running the bot", exc)
        finally:
            self._polling = False

    async def _start(self) -> None:
        await self.set_commands()
        if self.webhook_url is not None:
            await self._set_webhook(self.webhook_url)
            return
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
        await set_commands(self.sender, self.catalog)

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

    # -- the handlers ----------------------------------------------------------------------------

    async def _on_message(self, message: Message, event_update: Update) -> None:
        if message.chat.type != ChatType.PRIVATE:
            await self.on_group(message)
            return
        await self.on_message(message, event_update.update_id)

    async def _on_channel_post(self, message: Message) -> None:
        await self.on_group(message)

    async def _on_callback(self, callback: CallbackQuery, event_update: Update) -> None:
        await self.on_callback(callback, event_update.update_id)

    async def on_message(self, message: Message, update_id: int) -> None:
        """A message in a private chat: one engine turn (``/start x`` is a start; a photo,
        sticker or voice message is an unsupported inbound, answered by the engine too)."""
        chat_id = message.chat.id
        text = message.text
        start = _start_payload(text) if text else None
        inbound = Inbound(
            user_key=user_key(chat_id),
            channel="telegram",
            text=text if start is None else None,
            start=start,
            lang_hint=_hint(message.from_user),
            dedupe_id=update_id,
            unsupported=not text,
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
            if self.notices is not None and self.notices.owns(callback.data):
                answered = True
                await self._notice_answer(callback, message, chat_id, update_id)
                return
            tag, value = _parse_button(callback.data)
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

    async def _notice_answer(
        self, callback: CallbackQuery, message: Message | InaccessibleMessage, chat: int, uid: int
    ) -> None:
        """A press of a notice's button (a follow-up): the staff side records it."""
        assert self.notices is not None
        await self.sender.answer_callback(callback.id)  # first: the spinner stops at once
        thanks = await self.notices.answer(user_key(chat), callback.data or "", uid)
        if thanks is None:
            logger.info("telegram: a notice button from chat %s ignored", chat_digest(chat))
            return
        if not isinstance(message, InaccessibleMessage):
            await self.sender.remove_keyboard(chat, message.message_id)
        with suppress(TelegramAPIError):  # logged by the sender
            await self.sender.send_text(chat, thanks)

    async def on_group(self, message: Message) -> None:
        """A group, supergroup or channel: decline once (per chat and run); no engine turn."""
        chat_id = message.chat.id
        if chat_id in self._declined:
            return
        if len(self._declined) >= _MAX_DECLINED:
            self._declined.clear()
        self._declined.add(chat_id)
        logger.info("telegram: declined %s chat %s", message.chat.type, chat_digest(chat_id))
        catalog = self.catalog
        lang = choose_language(None, _hint(message.from_user), catalog.locales)
        with suppress(TelegramAPIError):  # logged by the sender
            await self.sender.send_text(chat_id, catalog.format(lang, "telegram-groups-declined"))

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
            return await self.conversations.handle(inbound)
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


def _parse_button(data: str | None) -> tuple[str, str | None]:
    """(step tag, value) of a conversation button.

    A button of another version of the bot (or not ours at all) belongs to no known question:
    a tag that no step has makes the engine answer it like any old button — it says so and asks
    the current question again, so the person sees where they are and gets buttons that work.
    """
    parsed = parse_callback(data or "")
    return (STALE_TAG, None) if parsed is None else parsed


def _start_payload(text: str) -> str | None:
    """``"/start x"`` → ``"x"``, ``"/start"`` → ``""``; ``None`` for any other text."""
    head, _sep, rest = text.strip().partition(" ")
    if head.split("@", 1)[0].casefold() != "/start":
        return None
    return rest.strip()


def _hint(user: User | None) -> str | None:
    return user.language_code if user is not None else None
