"""Digests: which leads each municipality gets (claimed with the outbox row), and the e-mails.

A digest row in the outbox holds its recipients and the *ids* of the leads it covers, never
their data: the e-mail is rendered when it is sent, so ``/forget`` before delivery removes a
person from it, and nothing personal sits in a queued payload.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from bot.kernel.municipalities import Municipalities
from bot.staff.answers import contact_of, eligibility_of, latin_name_of
from bot.staff.clock import staff_time
from bot.staff.config import StaffConfig
from bot.staff.render import Renderer
from bot.store import (
    IDENTIFYING_FIELDS,
    PERSON_FIELDS,
    DigestClaim,
    OutboxItem,
    StaffLead,
    Store,
    iso_timestamp,
)

logger = logging.getLogger(__name__)

DIGEST_KIND = "staff_digest"
TELEGRAM_KIND = "staff_telegram"
CALLBACK_KIND = "callback"
DEMAND_DAYS = 30
#: The kinds listed one by one in a digest's "new" part. A callback lead is not: it had its
#: own e-mail when it came in (``callback`` outbox row), so the digest only counts it.
KINDS_IN_ORDER = ("learner", "employer")


class _RollbackError(Exception):
    """Raised only to roll back a dry run's transaction."""


@dataclass(frozen=True)
class Email:
    """A rendered staff e-mail."""

    recipients: tuple[str, ...]
    subject: str
    text: str
    html: str
    message_id: str


@dataclass(frozen=True)
class LeadLine:
    """One lead as a digest shows it; personal fields are ``None`` unless configured.

    :param has_question: the person sent a question of their own (shown as ``question`` only
        where personal data may be e-mailed; else the mail says it is on the staff page).
    """

    id: int
    kind: str
    lang: str
    #: Where the lead came from (``web``, ``telegram``, ``console``) and its campaign, if any.
    channel: str
    campaign: str | None
    interpreter: str | None
    contact: str | None
    danish_level: str | None
    work_area: str | None
    created: str
    url: str
    raised: bool
    name: str | None = None
    name_latin: str | None = None
    #: A rough Latin spelling of a name in another script, shown marked as approximate, when
    #: the person gave no ``name_latin`` (and names may be e-mailed).
    name_approx: str | None = None
    phone: str | None = None
    email: str | None = None
    question: str | None = None
    has_question: bool = False
    #: The outcome of "Can I join?" the lead carries (``likely`` …), not identifying.
    eligibility: str | None = None


class Digests:
    """Create digests (store work, on the database thread) and compose their e-mails.

    :param store: the store.
    :param config: staff settings (routing, reminder period, personal data in e-mail).
    :param renderer: templates and staff text.
    :param lang: language of e-mails (Danish).
    """

    def __init__(
        self, store: Store, config: StaffConfig, renderer: Renderer, lang: str = "da"
    ) -> None:
        self.store = store
        self.config = config
        self.renderer = renderer
        self.lang = lang
        self.municipalities = Municipalities.load()

    # -- creating ----------------------------------------------------------------------------

    def create(self, now: dt.datetime) -> list[DigestClaim]:
        """Queue one digest per municipality that has news, each in its own transaction.

        :param now: the current time (aware).
        :return: what each queued digest covers.
        """
        stamp = iso_timestamp(now)
        remind_before = iso_timestamp(now - dt.timedelta(days=self.config.reminder_days))
        local = now.astimezone(self.config.timezone)
        midnight = dt.datetime.combine(local.date(), dt.time(), tzinfo=self.config.timezone)
        quiet_since = iso_timestamp(midnight)
        claims: list[DigestClaim] = []
        for code in self.store.digest_municipalities(remind_before, quiet_since):
            route = self.config.route(code)
            if not route.emails and route.telegram_chat is None:
                logger.warning(
                    "no recipients for municipality %s: its leads wait; set [staff] "
                    'default_emails or [staff.municipalities."%s"]',
                    code,
                    code,
                )
                continue
            with self.store.transaction():
                claim = self.store.claim_digest(code, stamp, remind_before, quiet_since)
                if claim is None:
                    continue
                if route.emails:
                    payload = self._payload(claim, route.emails, now)
                    self.store.add_outbox(DIGEST_KIND, payload, now=stamp)
                if route.telegram_chat is not None:
                    text = self._telegram_text(claim)
                    self.store.add_outbox(
                        TELEGRAM_KIND,
                        {
                            "chat_id": route.telegram_chat,
                            "text": text,
                            "digest_id": claim.digest_id,
                            "municipality": code,
                            "url": self.list_url(code),
                        },
                        now=stamp,
                    )
            logger.info(
                "digest %d for %s: %d new, %d raised, %d reminders",
                claim.digest_id,
                code,
                len(claim.new_ids),
                len(claim.raised_ids),
                len(claim.reminder_ids),
            )
            claims.append(claim)
        return claims

    def preview(self, now: dt.datetime) -> list[Email]:
        """The digest e-mails a run would send now, without changing anything (dry run).

        The same code as a real run, inside a transaction that is rolled back.
        """
        emails: list[Email] = []
        try:
            with self.store.transaction():
                claims = {c.digest_id for c in self.create(now)}
                for item in self.store.outbox_items([DIGEST_KIND], pending=True):
                    if item.payload.get("digest_id") in claims:
                        email = self.compose(item)
                        if email is not None:
                            emails.append(email)
                raise _RollbackError
        except _RollbackError:
            pass
        return emails

    def _payload(
        self, claim: DigestClaim, recipients: tuple[str, ...], now: dt.datetime
    ) -> dict[str, Any]:
        municipality = self.municipalities.by_code(claim.municipality)
        region_codes = [claim.municipality]
        region = ""
        if municipality is not None:
            region = municipality.region_code
            region_codes = [m.code for m in self.municipalities.all() if m.region_code == region]
        since = iso_timestamp(now - dt.timedelta(days=DEMAND_DAYS))
        demand = self.store.region_demand(region_codes, since)
        return {
            "digest_id": claim.digest_id,
            "municipality": claim.municipality,
            "recipients": list(recipients),
            "new": list(claim.new_ids),
            "raised": list(claim.raised_ids),
            "reminders": list(claim.reminder_ids),
            "demand": {"region": region, "rows": [list(row) for row in demand]},
        }

    def _telegram_text(self, claim: DigestClaim) -> str:
        t = self.renderer.t(self.lang)
        return t(
            "staff-telegram-digest",
            municipality=self.municipality_name(claim.municipality),
            new=len(claim.new_ids),
            raised=len(claim.raised_ids),
            reminders=len(claim.reminder_ids),
            url=self.list_url(claim.municipality),
        )

    # -- composing ---------------------------------------------------------------------------

    def compose(self, item: OutboxItem) -> Email | None:
        """The e-mail for a queued digest or callback notice; ``None`` if nothing is left.

        :param item: a claimed outbox row of kind ``staff_digest`` or ``callback``.
        """
        if item.kind == CALLBACK_KIND:
            return self._callback(item)
        p = item.payload
        ids = [*p["raised"], *p["new"], *p["reminders"]]
        found = {lead.id: lead for lead in self.store.staff_leads_by_ids(ids)}
        if not found:
            return None
        raised = [self._line(found[i], True) for i in p["raised"] if i in found]
        new = [self._line(found[i], False) for i in p["new"] if i in found]
        sections = [(kind, [x for x in new if x.kind == kind]) for kind in KINDS_IN_ORDER]
        callbacks = sum(1 for x in new if x.kind == CALLBACK_KIND)
        reminders = [self._line(found[i], False) for i in p["reminders"] if i in found]
        code = str(p["municipality"])
        region = next(
            (
                m.region_name
                for m in self.municipalities.all()
                if m.region_code == p["demand"]["region"]
            ),
            "",
        )
        context = {
            "municipality": self.municipality_name(code),
            "raised": raised,
            "sections": [s for s in sections if s[1]],
            "new_count": len(new),
            "callbacks": callbacks,
            "reminders": reminders,
            "reminder_days": self.config.reminder_days,
            "demand": [tuple(row) for row in p["demand"]["rows"]],
            "demand_days": DEMAND_DAYS,
            "region": region,
            "url": self.list_url(code),
            "personal": self.config.email_personal_data,
            "local_links": self.config.local_links,
            "base_url": self.config.base_url,
        }
        t = self.renderer.t(self.lang)
        subject = t(
            "staff-digest-subject",
            municipality=context["municipality"],
            new=len(new),
            raised=len(raised),
            reminders=len(reminders),
        )
        return Email(
            recipients=tuple(p["recipients"]),
            subject=subject,
            text=self.renderer.render("mail_digest.txt", self.lang, **context),
            html=self.renderer.render("mail_digest.html", self.lang, subject=subject, **context),
            message_id=f"digest-{p['digest_id']}",
        )

    def _callback(self, item: OutboxItem) -> Email | None:
        leads = self.store.staff_leads_by_ids([int(item.payload["lead_id"])])
        if not leads:
            return None
        lead = leads[0]
        route = self.config.route(lead.lead.municipality)
        if not route.emails:
            logger.warning("callback notice for %s has no recipients", lead.lead.municipality)
            return None
        t = self.renderer.t(self.lang)
        context = {
            "municipality": self.municipality_name(lead.lead.municipality),
            "lead": self._line(lead, False),
            "personal": self.config.email_personal_data,
            "local_links": self.config.local_links,
            "base_url": self.config.base_url,
        }
        subject = t("staff-callback-subject", municipality=context["municipality"])
        return Email(
            recipients=route.emails,
            subject=subject,
            text=self.renderer.render("mail_callback.txt", self.lang, **context),
            html=self.renderer.render("mail_callback.html", self.lang, subject=subject, **context),
            message_id=f"callback-{item.id}",
        )

    def _line(self, staff: StaffLead, raised: bool) -> LeadLine:
        lead = staff.lead
        hidden = () if self.config.email_personal_data else IDENTIFYING_FIELDS
        person: dict[str, Any] = {
            name: None if name in hidden else getattr(lead, name) for name in PERSON_FIELDS
        }
        person["contact"] = contact_of(lead)
        latin = latin_name_of(lead) if person["name"] else None
        if latin is not None and latin.approximate:
            person["name_approx"] = latin.text
        return LeadLine(
            id=staff.id,
            kind=lead.kind,
            lang=lead.lang,
            channel=lead.channel,
            campaign=lead.campaign,
            created=staff_time(lead.created, self.config.timezone),
            url=f"{self.config.base_url}/staff/leads/{staff.id}",
            raised=raised,
            has_question=bool(lead.question),
            eligibility=eligibility_of(lead),
            **person,
        )

    def municipality_name(self, code: str) -> str:
        """``Aarhus (751)``, or the bare code for an unknown one."""
        found = self.municipalities.by_code(code)
        return f"{found.name} ({code})" if found else code

    def list_url(self, code: str) -> str:
        """The staff page listing this municipality's leads."""
        return f"{self.config.base_url}/staff/?municipality={code}"
