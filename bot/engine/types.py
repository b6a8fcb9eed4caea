"""Transport-neutral values exchanged between channels and the engine (docs/architecture.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True)
class Inbound:
    """One thing a person did: typed text, pressed a button, or started the bot.

    :param user_key: stable, channel-prefixed key of the conversation (``web:…``, ``tg:…``).
    :param channel: ``web`` | ``telegram`` | ``console``.
    :param text: typed text (a ``/command`` is text too).
    :param choice: the ``value`` of a button the bot offered.
    :param start: start parameter (deep link payload); ``""`` for a plain start.
    :param lang_hint: Telegram ``language_code`` or the browser's ``Accept-Language``.
    :param step_tag: for a button press, the tag of the step that showed the button
        (:func:`bot.engine.callbacks.step_tag`); a press on another step's button is answered
        as an old button instead of being taken as an answer.
    :param dedupe_id: a transport's unique event id (Telegram ``update_id``): an event seen
        before is dropped inside the same transaction as its turn (exactly once).
    :param lang: a language the page chose explicitly (the web widget's ``data-lang``): a new
        conversation starts in it instead of asking (``/language`` changes it).
    :param unsupported: the person sent something that is not text (a photo, a sticker, a
        voice message …); the engine says it reads text only and changes nothing.
    :param opened: for a channel that issues conversation ids (the web chat): ``False`` for an
        id issued with this turn, ``True`` for one issued before. The engine then keeps no row
        for a conversation that only sits at the opening question. ``None`` (Telegram, the
        console): every conversation is stored.
    """

    user_key: str
    channel: str
    text: str | None = None
    choice: str | None = None
    start: str | None = None
    lang_hint: str | None = None
    step_tag: str | None = None
    dedupe_id: int | None = None
    unsupported: bool = False
    lang: str | None = None
    opened: bool | None = None


@dataclass(frozen=True)
class Choice:
    """A button: ``value`` comes back as ``Inbound.choice``; ``label`` is localized text."""

    value: str
    label: str


@dataclass(frozen=True)
class InputSpec:
    """What kind of typed answer a message waits for (``text``, ``phone``, ``municipality`` …)."""

    type: str


@dataclass(frozen=True)
class Message:
    """One rendered message: its Fluent id, text, buttons and the input it waits for."""

    id: str
    text: str
    choices: tuple[Choice, ...] = ()
    input: InputSpec | None = None


@dataclass(frozen=True)
class Reply:
    """Everything the bot says in one turn, in one language."""

    lang: str
    dir: Direction
    messages: tuple[Message, ...]


@dataclass(frozen=True)
class TurnResult:
    """A reply plus what happened, for tests and adapters (never sent to users as such)."""

    reply: Reply
    actions: tuple[str, ...] = ()
    variables: dict[str, Any] = field(default_factory=dict)
    flow: str = ""
    step: str = ""
    duplicate: bool = False  # the event was handled before; nothing to send

    @property
    def waiting_step_tag(self) -> str:
        """The tag to put on this reply's buttons (they belong to the step now waiting)."""
        from bot.engine.callbacks import step_tag

        return step_tag(self.flow, self.step)


@dataclass(frozen=True)
class Health:
    """Whether a running bot can serve: the database takes a write, content is loaded."""

    database: bool
    content: bool

    @property
    def ok(self) -> bool:
        """Both hold."""
        return self.database and self.content
