"""One turn's working state, and how it renders messages in the person's language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.engine.actions import ACTIONS, ActionSpec
from bot.engine.campaigns import Campaigns
from bot.engine.inputs import clean
from bot.engine.session import Session
from bot.engine.types import Choice, Inbound, InputSpec, Message
from bot.engine.words import GLOBAL_TARGETS, MAX_TURN, OPERATOR_VARIABLES, REASK_MESSAGE
from bot.flows.schema import StepModel
from bot.i18n import LANGUAGES, SOURCE_LOCALE, choose_language, negotiate
from bot.i18n.bidi import strip_marks
from bot.store import Event
from bot.understand.scrub import scrub

if TYPE_CHECKING:
    from bot.content import Content
    from bot.store import Store

#: After this many wrong answers in a row a question offers "talk to a person".
OFFER_HUMAN_AFTER = 3
#: The step a "Talk to a person" button leads to.
HUMAN = GLOBAL_TARGETS["human"]


@dataclass
class Turn:
    """What one turn works on (a session, the event that started it) and what it produced.

    :param content: the content set serving this turn (a reload takes effect between turns).
    :param store: the store, for actions; the turn's transaction is already open.
    :param now: the turn's time, ISO 8601 UTC.
    """

    content: Content
    store: Store
    session: Session
    inbound: Inbound
    now: str
    #: The action registry of the engine running this turn.
    registry: Mapping[str, ActionSpec] = field(default_factory=lambda: ACTIONS)
    #: The campaign names a deep link may record.
    campaigns: Campaigns = field(default_factory=Campaigns)
    messages: list[Message] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: Typed texts the bot could not place, already scrubbed, for content authors.
    misses: list[str] = field(default_factory=list)
    #: What the operator configured (``OPERATOR_VARIABLES``: the data controller and contact).
    operator: Mapping[str, str] = field(default_factory=dict)
    #: :meth:`builtins` by language, worked out once a turn: an unset operator variable's
    #: stand-in is a rendered message, and every message of the turn asks for it.
    _builtins: dict[str, dict[str, str]] = field(default_factory=dict, init=False, repr=False)

    # -- language and variables -------------------------------------------------------------

    @property
    def lang(self) -> str:
        """The language this turn speaks (the person's choice, else their hint, else English)."""
        chosen = self.session.lang
        if chosen:  # picked from the catalog's languages: no need to look them up again
            return chosen
        return choose_language(None, self.inbound.lang_hint, self.content.catalog.locales)

    def builtins(self) -> dict[str, str]:
        """The built-in variables of the turn (see ``BUILTIN_VARIABLES``), in the language it
        speaks now."""
        lang = self.lang
        known = self._builtins.get(lang)
        if known is not None:
            return known
        values = {"channel": self.inbound.channel}
        catalog = self.content.catalog
        for name, unset in OPERATOR_VARIABLES.items():
            value = self.operator.get(name)
            if not value and catalog.has(SOURCE_LOCALE, unset):
                # not configured: the stand-in message, in the language the turn speaks now
                value = catalog.format(lang, unset, {})
            values[name] = value or ""
        self._builtins[lang] = values
        return values

    def args(self, extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """The Fluent variables of a message: answers, facts, built-ins and ``extra``."""
        args: dict[str, Any] = {
            **self.session.public_vars(),
            **self.content.facts.variables(),
            **self.builtins(),
        }
        if extra:
            args.update(extra)
        return args

    # -- what the turn says -----------------------------------------------------------------

    def say(self, msg_id: str, extra: dict[str, Any] | None = None) -> None:
        """Add the message ``msg_id`` (no buttons)."""
        text = self.content.catalog.format(self.lang, msg_id, self.args(extra))
        self.messages.append(Message(id=msg_id, text=text))

    def offer(self, msg_id: str, choices: list[Choice]) -> None:
        """Add the message ``msg_id`` with buttons of the engine's own (not a step's)."""
        text = self.content.catalog.format(self.lang, msg_id, self.args())
        self.messages.append(Message(msg_id, text, tuple(choices)))

    def label(self, msg_id: str) -> str:
        """One button label, rendered in this turn's language."""
        return self.content.catalog.format(self.lang, msg_id, self.args())

    def labels(self, step: StepModel) -> list[str]:
        """The rendered labels of the step's buttons."""
        lang, args = self.lang, self.args()
        return [self.content.catalog.format(lang, c.label, args) for c in step.choices or []]

    def shown(self) -> int:
        """Characters of text the turn has said so far (bidi marks not counted)."""
        return sum(len(strip_marks(m.text)) for m in self.messages)

    def question(self, step: StepModel, *, brief: bool = False) -> None:
        """Add the step's question with its buttons (and "talk to a person" after misses).

        :param brief: ask again: when the question would take the turn past
            :data:`~bot.engine.words.MAX_TURN` characters, a short :data:`REASK_MESSAGE` asks
            with the same buttons instead (the question is on the screen just above).
        """
        s = self.session
        assert step.ask is not None
        lang = self.lang
        msg_id = step.ask
        text = self.content.catalog.format(lang, msg_id, self.args())
        if brief and self.shown() + len(strip_marks(text)) > MAX_TURN:
            msg_id = REASK_MESSAGE
            text = self.content.catalog.format(lang, msg_id, self.args())
        labels = self.labels(step)
        choices = [Choice(c.value, lab) for c, lab in zip(step.choices or [], labels, strict=True)]
        if step.input is not None and step.input.type == "language":
            choices += self.language_choices()
        offers_human = any(c.next == HUMAN for c in step.choices or [])
        if s.attempts >= OFFER_HUMAN_AFTER - 1 and s.flow != "human" and not offers_human:
            label = self.content.catalog.format(lang, "common-offer-human", self.args())
            choices.append(Choice("/human", label))
        input_spec = None
        if step.input is not None and step.input.type != "language":
            input_spec = InputSpec(step.input.type)
        self.messages.append(Message(msg_id, text, tuple(choices), input_spec))

    def language_choices(self) -> list[Choice]:
        """Every language, in its own name; the hinted (or chosen) one first."""
        available = self.content.catalog.locales
        hinted = negotiate(self.inbound.lang_hint, available) or self.session.lang
        order = sorted(available, key=lambda code: (code != hinted, list(LANGUAGES).index(code)))
        return [Choice(code, LANGUAGES[code].native_name) for code in order]

    # -- the funnel -------------------------------------------------------------------------

    def event(self, name: str) -> None:
        """Record a funnel event at the current step (no personal data)."""
        s = self.session
        self.events.append(
            Event(
                ts=self.now,
                flow=s.flow,
                flow_version=s.flow_version,
                step=s.step,
                event=name,
                lang=s.lang,
                channel=self.inbound.channel,
                campaign=s.campaign,
            )
        )

    def miss(self, text: str) -> None:
        """Keep a typed text the bot could not place, scrubbed (none of it if too long).

        Cleaned first as a typed answer is: a lone surrogate could not be stored, and an
        invisible character could split a number.
        """
        scrubbed = scrub(clean(text))
        if scrubbed is not None:
            self.misses.append(scrubbed)
