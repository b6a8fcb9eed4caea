"""The start payload of a deep link or a web address: municipality, campaign and language.

The format (docs/contracts.md, Deep links): ``[m<code>[_|-]][<campaign>][_<lang>]``, at most
64 characters of ``A-Za-z0-9_-`` (what Telegram allows). ``m751``, ``m751_poster-2026``,
``m751_poster-2026_ar``, ``m751_ar``, ``m751-ar``, ``jobcenter-flyer_so``. A last ``_`` part that
is a locale code is the language; so is the part after ``m<code>-`` when it is one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

#: What a start payload may be: Telegram's limit for ``/start`` parameters.
START_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_MUNICIPALITY = re.compile(r"^m(\d{3})(?:[_-]([A-Za-z0-9_-]{1,59}))?$")


@dataclass(frozen=True)
class StartPayload:
    """What a start payload says; ``None`` for what it does not say.

    :param municipality: a three-digit municipality code (``"751"``): where the person
        probably lives (the poster hangs there).
    :param campaign: the campaign the person came from (``poster-2026``).
    :param lang: the language of the poster or page, one of the locales.
    """

    municipality: str | None = None
    campaign: str | None = None
    lang: str | None = None


def parse_start(payload: str, locales: Collection[str]) -> StartPayload:
    """Read a start payload; an empty or malformed one says nothing.

    :param payload: the deep link's ``start`` parameter (``""`` for a plain start).
    :param locales: the language codes a payload may name.
    """
    if not START_PAYLOAD.match(payload):
        return StartPayload()
    lang = None
    head, _sep, last = payload.rpartition("_")
    if head and last in locales:
        lang, payload = last, head
    else:
        short = _MUNICIPALITY.match(payload)
        if short and short.group(2) in locales and payload[4] == "-":
            return StartPayload(municipality=short.group(1), lang=short.group(2))
    m = _MUNICIPALITY.match(payload)
    if m:
        return StartPayload(municipality=m.group(1), campaign=m.group(2), lang=lang)
    return StartPayload(campaign=payload, lang=lang)
