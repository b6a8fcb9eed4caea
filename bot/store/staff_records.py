"""Typed rows of the staff side: staff users and sessions, scoped leads, notes, outbox items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bot.store.records import LeadRecord

LEAD_STATUSES = ("new", "contacted", "started", "not_relevant", "no_answer")
"""Staff workflow of a lead, in the order the staff page offers them."""

NOTE_KINDS = frozenset({"note", "status", "followup"})
"""Kinds of :class:`LeadNote`: written by staff, a status change, or a follow-up answer."""


@dataclass(frozen=True, kw_only=True)
class StaffUser:
    """An employment-service employee who may sign in to the staff pages.

    :param id: row id.
    :param email: lower-cased address the sign-in link goes to.
    :param municipalities: the municipality codes whose leads this user may see, sorted.
    :param created: ISO-8601 UTC time the user was added.
    """

    id: int
    email: str
    municipalities: tuple[str, ...]
    created: str


@dataclass(frozen=True, kw_only=True)
class StaffSession:
    """A signed-in browser: the user and the session's CSRF token.

    :param user: who is signed in.
    :param csrf: the token every POST form of this session must carry.
    :param expires: ISO-8601 UTC time after which the session is void.
    """

    user: StaffUser
    csrf: str
    expires: str


@dataclass(frozen=True, kw_only=True)
class StaffLead:
    """A lead as staff see it: the lead and its hand-over state.

    :param lead: the lead itself.
    :param digest_id: the "new" digest that handed it over, ``None`` until one did.
    :param digested_at: when that digest was queued.
    :param status_changed: when staff last changed the status.
    :param raised_at: when the person said in a follow-up that nobody had contacted them.
    :param followup_at: when the follow-up question was queued.
    """

    lead: LeadRecord
    digest_id: int | None = None
    digested_at: str | None = None
    status_changed: str | None = None
    raised_at: str | None = None
    followup_at: str | None = None

    @property
    def id(self) -> int:
        """The lead's id (a stored lead always has one)."""
        assert self.lead.id is not None
        return self.lead.id


@dataclass(frozen=True, kw_only=True)
class LeadNote:
    """One append-only entry in a lead's history.

    :param id: row id.
    :param lead_id: the lead.
    :param kind: ``note`` | ``status`` | ``followup`` (see :data:`NOTE_KINDS`).
    :param text: the note, or the new status, or the follow-up answer.
    :param author: staff e-mail of the writer; ``None`` for igubot itself.
    :param created: ISO-8601 UTC time.
    """

    id: int
    lead_id: int
    kind: str
    text: str
    author: str | None
    created: str


@dataclass(frozen=True, kw_only=True)
class LeadFilter:
    """What the staff lead list shows; every field narrows it, ``None`` leaves it open.

    :param kind: ``learner`` | ``employer`` | ``callback``.
    :param status: one of :data:`LEAD_STATUSES`.
    :param municipality: one code (still only among the user's own).
    :param created_from: first day (inclusive), UTC.
    :param created_to: last day (inclusive), UTC.
    :param limit: most rows returned.
    :param offset: rows skipped (paging).
    """

    kind: str | None = None
    status: str | None = None
    municipality: str | None = None
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True, kw_only=True)
class OutboxItem:
    """A queued notification, as the delivering worker sees it.

    :param id: row id.
    :param kind: e.g. ``staff_digest``, ``staff_telegram``, ``followup``, ``callback``.
    :param payload: what the sender needs.
    :param user_key: the person it concerns, if any.
    :param lead_id: the lead it concerns, if any.
    :param attempts: delivery attempts started so far (this one included, once claimed).
    :param created: ISO-8601 UTC time it was queued.
    :param next_attempt: ISO-8601 UTC time it is due (or its claim runs out).
    :param sent_at: ISO-8601 UTC time it was delivered, ``None`` while pending.
    :param error: the last failure, short and without personal data.
    """

    id: int
    kind: str
    payload: dict[str, Any] = field(default_factory=dict)
    user_key: str | None = None
    lead_id: int | None = None
    attempts: int = 0
    created: str
    next_attempt: str
    sent_at: str | None = None
    error: str | None = None


@dataclass(frozen=True, kw_only=True)
class DigestClaim:
    """What one digest hands over, decided inside the transaction that queues it.

    :param digest_id: the new ``digests`` row.
    :param municipality: its municipality code.
    :param new_ids: leads handed over for the first time (claimed by this digest).
    :param raised_ids: leads whose follow-up said "not contacted" (claimed by this digest).
    :param reminder_ids: leads still ``new`` after the reminder period (not claimed).
    """

    digest_id: int
    municipality: str
    new_ids: tuple[int, ...]
    raised_ids: tuple[int, ...]
    reminder_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class FunnelRow:
    """One count of the anonymous funnel.

    :param flow: flow id.
    :param step: step id.
    :param event: ``entered`` | ``answered`` | ``invalid`` | ``completed``.
    :param count: how many.
    """

    flow: str
    step: str
    event: str
    count: int
