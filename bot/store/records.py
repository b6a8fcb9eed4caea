"""Typed rows the store reads and writes: sessions, leads and funnel events."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any

from bot.kernel.errors import StoreError

LEAD_KINDS = frozenset({"learner", "employer", "callback"})
"""Allowed values of :attr:`LeadRecord.kind`."""

EVENT_NAMES = frozenset({"entered", "answered", "invalid", "completed", "started"})
"""Allowed values of :attr:`Event.event`."""

# Field metadata that marks what a person told about themselves (see PERSON_FIELDS below).
_ANSWER = MappingProxyType({"person": "answer"})
_IDENTIFYING = MappingProxyType({"person": "identifying"})


def iso_timestamp(now: str | datetime | None = None) -> str:
    """Render a moment as the store's ISO-8601 UTC text, e.g. ``2026-05-01T12:00:00+00:00``.

    One fixed-width form keeps ``ORDER BY`` and ``<`` comparisons on timestamp columns correct.

    :param now: an aware datetime, an ISO-8601 string with an offset (``Z`` is fine), or
        ``None`` for the current time.
    :return: the moment in UTC to the second.
    :raises StoreError: if ``now`` has no UTC offset or is not ISO-8601.
    """
    if now is None:
        moment = datetime.now(UTC)
    elif isinstance(now, datetime):
        moment = now
    else:
        try:
            moment = datetime.fromisoformat(now)
        except ValueError as exc:
            msg = f"timestamp {now!r} is not ISO-8601; pass e.g. '2026-05-01T12:00:00+00:00'"
            raise StoreError(msg) from exc
    if moment.tzinfo is None or moment.utcoffset() is None:
        msg = f"timestamp {now!r} has no UTC offset; pass an aware datetime or append '+00:00'"
        raise StoreError(msg)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, kw_only=True)
class SessionRecord:
    """The stored state of one conversation (one row of ``sessions``).

    :param key: the conversation key (``Inbound.user_key``, e.g. ``tg:123``).
    :param lang: chosen language code, ``None`` until the person picks one.
    :param flow: current flow id.
    :param step: current step id in ``flow``.
    :param flow_version: the flow's ``version`` when the step was entered.
    :param vars: answers saved so far (JSON-serialisable values).
    :param history: visited ``(flow, step)`` pairs, oldest first, for ``/back``.
    :param attempts: invalid answers in a row on the current step.
    :param waiting: whether the current step waits for input.
    :param campaign: the start parameter (poster, partner) the person came from.
    :param created: ISO-8601 UTC time of the first save (kept by later saves).
    :param updated: ISO-8601 UTC time of this save.
    """

    key: str
    lang: str | None = None
    flow: str
    step: str
    flow_version: int
    vars: dict[str, Any] = field(default_factory=dict)
    history: tuple[tuple[str, str], ...] = ()
    attempts: int = 0
    waiting: bool = False
    campaign: str | None = None
    created: str
    updated: str


@dataclass(frozen=True, kw_only=True)
class LeadRecord:
    """A person's consented interest, handed to their municipality (one row of ``leads``).

    :param kind: ``learner`` | ``employer`` | ``callback``.
    :param user_key: the conversation key of the person (for ``/forget``; never exported).
    :param channel: ``web`` | ``telegram`` | ``console``.
    :param lang: the language the person used.
    :param municipality: three-digit municipality code as text, e.g. ``"751"``.
    :param name: the name the person gave, as typed (in any script).
    :param name_latin: the name as on their residence card, in Latin letters, when the typed
        one has letters of another script and they gave it (interest form); identifying.
    :param phone: phone number in E.164 form, e.g. ``+4512345678``.
    :param email: e-mail address.
    :param contact: preferred way to be contacted (``phone``, ``sms``, ``email`` ...).
    :param interpreter: interpreter need (a language code, or ``no``).
    :param danish_level: self-assessed Danish level.
    :param work_area: areas of work the person is interested in.
    :param question: the person's own question, as typed, sent with their consent
        ("Send my question to my municipality"); free text, so it counts as identifying.
    :param data: any other answers (e.g. eligibility), JSON-serialisable.
    :param consent_id: Fluent id of the consent text the person agreed to.
    :param consent_version: version of that consent text.
    :param campaign: the start parameter the person came from.
    :param status: staff workflow status; ``new`` until someone acts.
    :param created: ISO-8601 UTC time the lead was stored.
    :param id: the row id; ``None`` until :meth:`Store.add_lead` assigns one.
    """

    kind: str
    user_key: str
    channel: str
    lang: str
    municipality: str
    name: str | None = field(default=None, metadata=_IDENTIFYING)
    name_latin: str | None = field(default=None, metadata=_IDENTIFYING)
    phone: str | None = field(default=None, metadata=_IDENTIFYING)
    email: str | None = field(default=None, metadata=_IDENTIFYING)
    contact: str | None = field(default=None, metadata=_ANSWER)
    interpreter: str | None = field(default=None, metadata=_ANSWER)
    danish_level: str | None = field(default=None, metadata=_ANSWER)
    work_area: str | None = field(default=None, metadata=_ANSWER)
    question: str | None = field(default=None, metadata=_IDENTIFYING)
    data: dict[str, Any] = field(default_factory=dict)
    consent_id: str
    consent_version: str
    campaign: str | None = None
    status: str = "new"
    created: str
    id: int | None = None


PERSON_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(LeadRecord) if "person" in f.metadata
)
"""What a person told about themselves that has a column of its own in ``leads``, in record
order: ``name``, ``name_latin``, ``phone``, ``email``, ``contact``, ``interpreter``,
``danish_level``, ``work_area``, ``question``. Each is named as the session variable a flow
sets; every other answer goes to :attr:`LeadRecord.data`. (``municipality`` and ``lang`` are
required of every lead and set apart.) Defined once, by the field metadata of
:class:`LeadRecord`."""

IDENTIFYING_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(LeadRecord) if f.metadata.get("person") == "identifying"
)
"""Those of :data:`PERSON_FIELDS` that identify the person (``name``, ``name_latin``,
``phone``, ``email``, and ``question``, free text that may name them): shown to staff in
e-mail only where that is configured."""


@dataclass(frozen=True, kw_only=True)
class Event:
    """One funnel event; carries no personal data and no user key (one row of ``events``).

    :param ts: ISO-8601 UTC time of the event.
    :param flow: flow id.
    :param flow_version: the flow's version.
    :param step: step id.
    :param event: ``entered`` | ``answered`` | ``invalid`` | ``completed`` | ``started`` (once
        per conversation, when it gets its first language).
    :param lang: language of the conversation, if chosen.
    :param channel: ``web`` | ``telegram`` | ``console``.
    :param campaign: the start parameter the person came from.
    """

    ts: str
    flow: str
    flow_version: int
    step: str
    event: str
    lang: str | None = None
    channel: str
    campaign: str | None = None
