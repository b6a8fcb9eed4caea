"""The registry of actions a flow may name in ``do:``; built-ins are registered like any other."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot.engine.session import Session
from bot.engine.words import HINT_MUNICIPALITY, HINT_NAME, PENDING_QUESTION, QUESTION
from bot.kernel.errors import BotError
from bot.kernel.municipalities import Municipalities
from bot.store.records import PERSON_FIELDS, LeadRecord

if TYPE_CHECKING:
    from bot.store import Store

logger = logging.getLogger(__name__)

#: What a "yes" to a consent question records in the session (private ``_`` variables): the
#: question's id, its text's version, and the answers it names (the step's ``sends``). One
#: consent gives one lead; "no" or a stored lead drops all three.
CONSENT_KEYS = ("_consent_id", "_consent_version", "_consent_sends")

#: Named by a consent but stored in a column of their own, not in a lead's ``data``.
_COLUMNS = frozenset({"municipality", *PERSON_FIELDS})


class ActionError(BotError):
    """An action could not run (a flow authoring mistake the checker should have caught)."""


@dataclass
class ActionContext:
    """What an action may read and change during one turn."""

    session: Session
    store: Store
    channel: str
    now: str


@dataclass(frozen=True)
class ActionSpec:
    """An action: what it needs before it runs and which variables it sets."""

    name: str
    run: Callable[[ActionContext], None]
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()
    needs_consent: bool = False
    clears: bool = False  # forgets every variable (the checker knows nothing is set after it)
    #: Stores the form: its answers are forgotten once the step has said its messages (they
    #: may still thank the person by name), and the form cannot be consented to again.
    ends_form: bool = False


#: The session variable naming the flow whose form was stored (until that flow starts anew).
SAVED_FORM = "_saved_form"


def _lead(ctx: ActionContext, kind: str, *, with_question: bool = False) -> LeadRecord:
    """The lead of this session; the person's own question only ``with_question`` (the action
    whose consent question names it), never because it is still in the session."""
    s = ctx.session
    if not s.vars.get("_consent_id"):
        msg = f"{kind} lead without recorded consent"
        raise ActionError(msg)
    municipality = s.vars.get("municipality")
    if not municipality:
        msg = f"{kind} lead without a municipality"
        raise ActionError(msg)
    # Only what the consent question names (its step's ``sends``): an answer given earlier in
    # the chat (age, years in Denmark, residence permit) stays out of the lead.
    sends = frozenset(s.vars.get("_consent_sends") or ())
    answers = s.public_vars()
    data = {k: answers[k] for k in sorted(sends - _COLUMNS) if k in answers}

    def col(name: str) -> str | None:
        value = answers.get(name) if name in sends else None
        return None if value is None else str(value)

    person: dict[str, Any] = {name: col(name) for name in PERSON_FIELDS}
    if not with_question:
        person[QUESTION] = None
    elif not person[QUESTION]:
        msg = f"{kind} lead with a question, but there is none"
        raise ActionError(msg)
    return LeadRecord(
        kind=kind,
        user_key=s.key,
        channel=ctx.channel,
        lang=s.lang or "en",
        municipality=str(municipality),
        data=data,
        consent_id=str(s.vars["_consent_id"]),
        consent_version=str(s.vars.get("_consent_version", "")),
        campaign=s.campaign,
        created=ctx.now,
        **person,
    )


def _store_lead(ctx: ActionContext, kind: str, *, with_question: bool = False) -> int:
    lead_id = ctx.store.add_lead(_lead(ctx, kind, with_question=with_question))
    # One consent gives one lead: a second lead needs the question answered again. The
    # person's question went with this lead and stays there only.
    for name in (*CONSENT_KEYS, QUESTION):
        ctx.session.vars.pop(name, None)
    ctx.session.vars[SAVED_FORM] = ctx.session.flow
    logger.info("stored %s lead %d", kind, lead_id)
    return lead_id


def save_lead(ctx: ActionContext) -> None:
    """Store a learner lead for the municipality."""
    _store_lead(ctx, "learner")


def save_employer_lead(ctx: ActionContext) -> None:
    """Store an employer lead, kept apart from learner leads."""
    _store_lead(ctx, "employer")


def request_callback(ctx: ActionContext) -> None:
    """Store a callback lead ("talk to a person") and queue a staff notification."""
    _callback(ctx, with_question=False)


def send_question(ctx: ActionContext) -> None:
    """Store a callback lead with the person's own question, as typed, and queue a staff
    notification ("Send my question to my municipality")."""
    _callback(ctx, with_question=True)


def _callback(ctx: ActionContext, *, with_question: bool) -> None:
    lead_id = _store_lead(ctx, "callback", with_question=with_question)
    ctx.store.add_outbox(
        "callback",
        {"lead_id": lead_id},
        user_key=ctx.session.key,
        lead_id=lead_id,
        now=ctx.now,
    )


def forget(ctx: ActionContext) -> None:
    """Delete everything stored about this person; the session is dropped after the turn."""
    counts = ctx.store.forget(ctx.session.key)
    logger.info("forgot a person: %s", counts)
    ctx.session.vars.clear()
    ctx.session.history.clear()
    ctx.session.forgotten = True


def end_form(session: Session) -> None:
    """Forget a stored form's answers: the lead has them, the chat keeps none (a token replayed
    or a shared device shows nothing personal). Only the mark of the stored form stays.

    :param session: the conversation whose form was just stored.
    """
    saved = session.vars.get(SAVED_FORM)
    session.vars.clear()
    if saved is not None:
        session.vars[SAVED_FORM] = saved


def end_conversation(session: Session) -> None:
    """Drop a conversation (the web page's "End and clear"): its answers and history go, and
    the session row is deleted after the turn; leads stored from it stay.

    :param session: the conversation to end.
    """
    session.vars.clear()
    session.history.clear()
    session.forgotten = True


def clear_answers(ctx: ActionContext) -> None:
    """Forget this conversation's answers (the language stays, and so does the municipality
    the start link named: it is where the conversation came from, not an answer)."""
    hint = {k: v for k, v in ctx.session.vars.items() if k in (HINT_MUNICIPALITY, HINT_NAME)}
    ctx.session.vars.clear()
    ctx.session.vars.update(hint)
    ctx.session.history.clear()


def take_hint_municipality(ctx: ActionContext) -> None:
    """The municipality the start link named is the answer: the person said they live there.

    :raises ActionError: when the link named no municipality (the flow's branch makes sure).
    """
    known = Municipalities.load().by_code(str(ctx.session.vars.get(HINT_MUNICIPALITY, "")))
    if known is None:
        msg = "take_hint_municipality without a municipality from the start link"
        raise ActionError(msg)
    ctx.session.vars["municipality"] = known.code
    ctx.session.vars["municipality_name"] = known.name


def take_question(ctx: ActionContext) -> None:
    """Forget this conversation's answers, like :func:`clear_answers`, but keep what the person
    typed that the bot could not place, as the answer ``question``: they chose to send it.
    Nothing is set when there is no such question (an old button)."""
    pending = ctx.session.vars.get(PENDING_QUESTION)
    clear_answers(ctx)
    if pending:
        ctx.session.vars[QUESTION] = str(pending)


def default_actions() -> dict[str, ActionSpec]:
    """The built-in registry."""
    specs = [
        ActionSpec(
            "save_lead",
            save_lead,
            frozenset({"municipality"}),
            needs_consent=True,
            ends_form=True,
        ),
        ActionSpec(
            "save_employer_lead",
            save_employer_lead,
            frozenset({"municipality"}),
            needs_consent=True,
            ends_form=True,
        ),
        ActionSpec(
            "request_callback",
            request_callback,
            frozenset({"municipality"}),
            needs_consent=True,
            ends_form=True,
        ),
        ActionSpec(
            "send_question",
            send_question,
            frozenset({"municipality"}),  # and ``question``: a flow branches on it, so the
            needs_consent=True,  # checker cannot tell; without one the action fails
            ends_form=True,
        ),
        ActionSpec(
            "take_hint_municipality",
            take_hint_municipality,
            frozenset({HINT_NAME}),
            provides=frozenset({"municipality", "municipality_name"}),
        ),
        ActionSpec("forget", forget, clears=True),
        ActionSpec("clear_answers", clear_answers, clears=True),
        # Sets ``question`` only when there is one: a flow branches on defined(question).
        ActionSpec("take_question", take_question, provides=frozenset({QUESTION}), clears=True),
    ]
    return {s.name: s for s in specs}


#: The actions flows may name (``do:``): what the engine runs and the checker knows.
ACTIONS: Mapping[str, ActionSpec] = MappingProxyType(default_actions())
