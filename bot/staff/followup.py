"""Follow-up: some days after a Telegram lead, ask the person whether anyone has called.

Only with consent: the interest flow asks on Telegram whether igubot may check in once, and saves
the answer as ``followup_ok`` (a lead keeps it in its ``data``). The question is an outbox row of
kind ``followup`` (payload in docs/staff.md) that :class:`bot.staff.notices.NoticeWorker` sends
through the chat app's notifier with two buttons (:func:`followup_notice`); a press comes back
through :class:`FollowupAnswers`, which a channel calls, and "no" raises the lead in the next
digest.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

from bot.engine.types import Choice
from bot.i18n import LANGUAGES, SOURCE_LOCALE, Catalog, choose_language
from bot.kernel.errors import DeliveryError
from bot.staff.config import StaffConfig
from bot.staff.delivery import DbCall
from bot.staff.notifier import Notice
from bot.store import LeadRecord, OutboxItem, StaffLead, Store, iso_timestamp

logger = logging.getLogger(__name__)

FOLLOWUP_KIND = "followup"
#: The Fluent ids the Telegram side shows (in the lead's language) and the answer values.
QUESTION_ID = "followup-ask"
ANSWERS = {"yes": "followup-yes", "no": "followup-no"}
#: The lead's ``data`` key (the interest flow's ``save``) and the value that gives consent.
CONSENT_KEY = "followup_ok"
CONSENT_YES = "yes"
#: The thank-you message per answer.
THANKS = {"yes": "followup-thanks-yes", "no": "followup-thanks-no"}
#: A lead still waiting for the municipality (the statuses ``due_followups`` asks about).
WAITING = frozenset({"new", "no_answer"})
#: Button data of a follow-up answer: ``f1:<lead id>:<answer>`` (version 1 of this format).
FOLLOWUP_PREFIX = "f1:"
_FOLLOWUP_DATA = re.compile(r"^f1:([1-9][0-9]{0,17}):(yes|no)$")


def consented(lead: LeadRecord) -> bool:
    """Whether the person agreed to the check-in (a Telegram lead with ``followup_ok: yes``)."""
    return lead.channel == "telegram" and lead.data.get(CONSENT_KEY) == CONSENT_YES


def due_followups(store: Store, config: StaffConfig, now: dt.datetime) -> int:
    """Queue the follow-up question for every Telegram lead that is due, exactly once each.

    Due means: created at least ``followup_days`` ago, still ``new`` or ``no_answer``, never
    considered before, and the person said yes to the check-in (:func:`consented`). Claiming the
    leads and queueing their rows is one transaction. A lead without consent is claimed too
    (``followup_at`` is set, so it is not looked at again) but nothing is queued for it.

    :param store: the store (called on the thread that may use it).
    :param config: ``followup_days`` (0 turns follow-ups off).
    :param now: the current time (aware).
    :return: how many questions were queued.
    """
    if config.followup_days <= 0:
        return 0
    stamp = iso_timestamp(now)
    before = iso_timestamp(now - dt.timedelta(days=config.followup_days))
    with store.transaction():
        claimed = store.claim_followups(before, stamp)
        leads = [x for x in claimed if consented(x.lead)]
        for staff_lead in leads:
            lead = staff_lead.lead
            store.add_outbox(
                FOLLOWUP_KIND,
                {
                    "lead_id": staff_lead.id,
                    "lang": lead.lang,
                    "municipality": lead.municipality,
                    "question": QUESTION_ID,
                    "answers": ANSWERS,
                },
                user_key=lead.user_key,
                lead_id=staff_lead.id,
                now=stamp,
            )
    if leads:
        logger.info("queued %d follow-up question(s)", len(leads))
    return len(leads)


# -- the question, as a notice to the learner's chat ----------------------------------------


def followup_data(lead_id: int, answer: str) -> str:
    """The value of a follow-up button, e.g. ``f1:42:no`` (at most 25 bytes).

    Distinct from the engine's button data (``1:<step tag>:<value>``), so a channel knows
    whose button was pressed (:meth:`FollowupAnswers.owns`).
    """
    return f"{FOLLOWUP_PREFIX}{lead_id}:{answer}"


def parse_followup_data(data: str | None) -> tuple[int, str] | None:
    """``(lead id, "yes" | "no")`` of follow-up button data, or ``None`` if it is not one."""
    m = _FOLLOWUP_DATA.match(data or "")
    return (int(m.group(1)), m.group(2)) if m else None


def waiting_lead(store: Store, item: OutboxItem) -> StaffLead | None:
    """The lead a follow-up row asks about, if it still exists, agreed, and waits for a call."""
    if item.lead_id is None:
        return None
    leads = store.staff_leads_by_ids([item.lead_id])
    if not leads:
        return None  # forgotten meanwhile
    lead = leads[0]
    if lead.lead.user_key != item.user_key or not consented(lead.lead):
        return None
    return lead if lead.lead.status in WAITING else None


def followup_notice(store: Store, catalog: Catalog, item: OutboxItem) -> Notice | None:
    """The question of a ``followup`` row in the lead's language, with its two buttons.

    :return: ``None`` when there is nothing (left) to ask (the lead was forgotten, answered…).
    :raises DeliveryError: the row cannot be sent as it is (not written by :func:`due_followups`).
    """
    if not item.user_key or item.lead_id is None:
        msg = "a follow-up row needs a user key and a lead"
        raise DeliveryError(msg, permanent=True)
    lead = waiting_lead(store, item)
    if lead is None:
        return None
    lang = choose_language(_lang_of(item.payload.get("lang") or lead.lead.lang), None, LANGUAGES)
    buttons = [
        Choice(followup_data(lead.id, answer), catalog.format(lang, label))
        for answer, label in ANSWERS.items()
    ]
    return Notice(item.user_key, catalog.format(lang, QUESTION_ID), tuple(buttons))


def _lang_of(value: object) -> str | None:
    return value if isinstance(value, str) else None


# -- the answer: a press of one of the buttons ----------------------------------------------


def record_answer(
    store: Store, user_key: str, lead_id: int, answer: str, dedupe_id: int | None, now: str
) -> str | None:
    """Record a follow-up answer once, for a lead of this conversation that was asked.

    :return: the lead's language when the answer was recorded, else ``None`` (a repeated event,
        another conversation's lead, a forgotten lead, a lead never asked).
    """
    with store.transaction():
        if dedupe_id is not None and not store.mark_update_seen(dedupe_id, now):
            return None
        leads = store.staff_leads_by_ids([lead_id])
        if not leads:
            return None
        lead = leads[0]
        if lead.lead.user_key != user_key or lead.followup_at is None:
            return None
        if not store.record_followup_answer(lead_id, answer, now):
            return None
        return lead.lead.lang or SOURCE_LOCALE


class FollowupAnswers:
    """The staff use-case a channel calls when a follow-up button is pressed.

    Any chat channel gets follow-ups this way, without knowing the staff side: it asks
    :meth:`owns` of a pressed button's value and hands it to :meth:`answer`.

    :param store: the store (used through ``db``).
    :param db: runs store calls where the store may be used.
    :param catalog: the current catalog.
    :param clock: the current time, aware.
    """

    def __init__(
        self,
        store: Store,
        db: DbCall,
        catalog: Callable[[], Catalog],
        clock: Callable[[], dt.datetime],
    ) -> None:
        self.store = store
        self.db = db
        self.catalog = catalog
        self.clock = clock

    def owns(self, value: str | None) -> bool:
        """Whether a button value belongs to a follow-up question (readable or not)."""
        return (value or "").startswith(FOLLOWUP_PREFIX)

    async def answer(self, user_key: str, value: str, dedupe_id: int | None) -> str | None:
        """Record the answer; the thank-you in the lead's language, or ``None`` if ignored."""
        parsed = parse_followup_data(value)
        if parsed is None:
            logger.info("follow-up: unreadable button data")
            return None
        lead_id, answer = parsed
        now = iso_timestamp(self.clock())
        lang = await self.db(record_answer, self.store, user_key, lead_id, answer, dedupe_id, now)
        if lang is None:
            logger.info("follow-up: a press for lead %d ignored", lead_id)
            return None
        logger.info("follow-up: answer %r recorded for lead %d", answer, lead_id)
        code = choose_language(lang, None, LANGUAGES)
        return self.catalog().format(code, THANKS[answer])
