"""Follow-up: some days after a Telegram lead, ask the person whether anyone has called.

Only with consent: the interest flow asks on Telegram whether igubot may check in once, and saves
the answer as ``followup_ok`` (a lead keeps it in its ``data``). The question is an outbox row of
kind ``followup`` for the Telegram sender (payload in docs/staff.md,
:mod:`bot.channels.telegram_outbox` delivers it); the answer comes back through
:meth:`Store.record_followup_answer`, and "no" raises the lead in the next digest.
"""

from __future__ import annotations

import datetime as dt
import logging

from bot.staff.config import StaffConfig
from bot.store import LeadRecord, Store, iso_timestamp

logger = logging.getLogger(__name__)

FOLLOWUP_KIND = "followup"
#: The Fluent ids the Telegram side shows (in the lead's language) and the answer values.
QUESTION_ID = "followup-ask"
ANSWERS = {"yes": "followup-yes", "no": "followup-no"}
#: The lead's ``data`` key (the interest flow's ``save``) and the value that gives consent.
CONSENT_KEY = "followup_ok"
CONSENT_YES = "yes"


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
