"""The start payload of a link: municipality, campaign and language (docs/contracts.md)."""

from __future__ import annotations

import pytest

from bot.engine.payload import StartPayload, parse_start
from bot.i18n import LANGUAGES

LOCALES = tuple(LANGUAGES)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("", StartPayload()),
        ("m751", StartPayload(municipality="751")),
        ("m751_poster-2026", StartPayload(municipality="751", campaign="poster-2026")),
        ("m751-library", StartPayload(municipality="751", campaign="library")),
        ("m101_x", StartPayload(municipality="101", campaign="x")),
        ("jobcenter-flyer", StartPayload(campaign="jobcenter-flyer")),
        ("ar", StartPayload(campaign="ar")),
        ("m751_poster-ar", StartPayload(municipality="751", campaign="poster-ar")),
    ],
)
def test_parse_start_reads_payloads_without_a_language_as_before(
    payload: str, expected: StartPayload
) -> None:
    assert parse_start(payload, LOCALES) == expected


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("m751_ar", StartPayload(municipality="751", lang="ar")),
        ("m751-ar", StartPayload(municipality="751", lang="ar")),
        ("m751-prs", StartPayload(municipality="751", lang="prs")),
        ("m751_poster-2026_ckb", StartPayload("751", "poster-2026", "ckb")),
        ("m751_poster_2026_ti", StartPayload("751", "poster_2026", "ti")),
        ("jobcenter-flyer_so", StartPayload(campaign="jobcenter-flyer", lang="so")),
    ],
)
def test_parse_start_reads_a_last_part_that_is_a_locale_as_the_language(
    payload: str, expected: StartPayload
) -> None:
    assert parse_start(payload, LOCALES) == expected


def test_parse_start_takes_only_languages_the_bot_has() -> None:
    assert parse_start("m751_ar", ("da", "en")) == StartPayload("751", "ar")
    assert parse_start("m751_de", LOCALES) == StartPayload("751", "de")


@pytest.mark.parametrize("payload", ["m751 ar", "m751_æ", "x" * 65, "m751/ar", "<script>"])
def test_parse_start_ignores_a_payload_telegram_could_not_carry(payload: str) -> None:
    assert parse_start(payload, LOCALES) == StartPayload()
