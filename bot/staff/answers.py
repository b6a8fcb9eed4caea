"""A lead's answers in words staff read: contact route, the name in Latin letters, the outcome of
"Can I join?", other answers, the consent text agreed to.

Identifiers (``followup_ok: yes``, ``interest-consent-ask v4f1d2c2ce5c2``) stay in the store and
the CSV for systems; these functions turn them into labels of ``locales/{da,en}/staff.ftl`` and
the consent message itself, rendered from the catalog in the staff member's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.content import Content
from bot.i18n import SOURCE_LOCALE
from bot.staff.clock import waiting_days
from bot.store import LeadRecord
from bot.store.export import approximate_name, contact_route

#: Statuses for which a lead is still waiting for the municipality.
WAITING_STATUSES = frozenset({"new", "no_answer"})
#: The answer in a lead's ``data`` that holds the outcome of "Can I join?" (flows/eligibility.yaml:
#: ``likely``, ``ukraine``, ``unsure``, ``not_eligible``), shown on its own, not among the others.
ELIGIBILITY = "eligibility"


@dataclass(frozen=True)
class LatinName:
    """The name staff can say on the phone.

    :param text: the name in Latin letters.
    :param approximate: ``True`` when the computer spelled it from the name as typed (the person
        gave none): staff see it marked "transliterated automatically, may be inexact".
    """

    text: str
    approximate: bool


def latin_name_of(lead: LeadRecord) -> LatinName | None:
    """The lead's name in Latin letters: as the person gave it (``name_latin``), else a rough
    spelling of a name in another script (never stored), else ``None`` (a Latin name needs
    none)."""
    if lead.name_latin:
        return LatinName(lead.name_latin, approximate=False)
    spelled = approximate_name(lead)
    return None if spelled is None else LatinName(spelled, approximate=True)


def eligibility_of(lead: LeadRecord) -> str | None:
    """The outcome of "Can I join?" the lead carries (its consent named it), or ``None``."""
    value = lead.data.get(ELIGIBILITY)
    return None if value is None else str(value)


def other_answers(lead: LeadRecord) -> list[tuple[str, Any]]:
    """The lead's ``data`` answers shown under "Other answers", by key: all but the outcome of
    "Can I join?", which has a place of its own."""
    return sorted((k, v) for k, v in lead.data.items() if k != ELIGIBILITY)


def contact_of(lead: LeadRecord) -> str | None:
    """How the person wants to be contacted: ``phone`` for a callback, whose form asks no more
    (:func:`bot.store.export.contact_route`, the exports' rule)."""
    return contact_route(lead)


@dataclass(frozen=True)
class Consent:
    """What a lead's consent was given to, as staff read it.

    :param text: the consent question the person answered "yes" to, in the staff language,
        ``None`` when that version of the text is no longer in the catalog.
    :param version: the text's version (a hash of its English source).
    :param given: when the person agreed (the lead was stored in the same turn).
    """

    text: str | None
    version: str
    given: str


def consent_of(content: Content, lang: str, lead: LeadRecord, municipality_name: str) -> Consent:
    """The consent of ``lead``: the text of its version rendered in ``lang``, and when.

    The version is the hash of the English source of what the person read when they agreed (the
    summary's heading and labels and the consent message:
    :meth:`bot.content.Content.consent_version`): while the catalog's English is the same, the
    text is rendered with the lead's municipality and the facts, as the person saw it (in their
    language; here in the staff's). A changed text gives ``text=None``.
    """
    catalog = content.catalog
    current = (
        content.consent_version(lead.consent_id)
        if catalog.has(SOURCE_LOCALE, lead.consent_id)
        else None
    )
    text = None
    if current is not None and current == lead.consent_version:
        args: dict[str, Any] = {
            **content.facts.variables(),
            "municipality_name": municipality_name,
        }
        text = catalog.format(lang, lead.consent_id, args)
    return Consent(text=text, version=lead.consent_version, given=lead.created)


def waiting(lead: LeadRecord, now: dt.datetime, zone: ZoneInfo) -> int | None:
    """Calendar days the lead has waited for the municipality; ``None`` once someone acted."""
    if lead.status not in WAITING_STATUSES:
        return None
    return waiting_days(lead.created, now, zone)
