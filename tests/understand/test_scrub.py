"""Scrubbing a miss: numbers in every script, phone numbers, e-mail and web addresses go; long
messages are not kept at all."""

from __future__ import annotations

import pytest

from bot.understand.scrub import MAX_CHARS, MAX_TYPED, MAX_WORDS, scrub


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        pytest.param("call me +45 20 12 34 56", "call me #", id="danish-phone-in-groups"),
        pytest.param("(+45) 20-12-34-56 please", "# please", id="phone-with-brackets"),
        pytest.param("ring på 20123456 tak", "ring på # tak", id="phone-in-one-run"),
        pytest.param("رقمي ٢٠١٢٣٤٥٦ من فضلك", "رقمي # من فضلك", id="arabic-indic-digits"),
        pytest.param("شماره من ۰۹۱۲۳۴۵۶۷۸۹", "شماره من #", id="persian-digits"),
        pytest.param("ዕድመይ ፳፭ እዩ", "ዕድመይ # እዩ", id="ethiopic-numerals"),
        pytest.param("my cpr 010190-1234", "my cpr #", id="cpr-number"),
        pytest.param("born 01.01.1990 in aleppo", "born # in aleppo", id="date"),
        pytest.param("I am 25 and have 2 kids", "I am # and have # kids", id="small-numbers"),
        pytest.param("ＳＵ １２", "ＳＵ #", id="full-width-digits"),
        pytest.param("sa7bi", "sa#bi", id="digit-inside-a-word"),
    ],
)
def test_scrub_replaces_every_number_with_one_mark(typed: str, kept: str) -> None:
    assert scrub(typed) == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        pytest.param("write to amina@example.com please", "write to @ please", id="email"),
        pytest.param("mail: (amina.h90@gmail.com)", "mail: @", id="email-in-brackets"),
        pytest.param("amina@gmail is mine", "@ is mine", id="mistyped-email"),
        pytest.param("tg @amina_h hi", "tg @ hi", id="username"),
        pytest.param("see https://x.dk/a?id=17 now", "see @ now", id="web-address"),
        pytest.param("on www.amina.dk", "on @", id="www-address"),
        pytest.param("my channel t.me/amina", "my channel @", id="telegram-link"),
    ],
)
def test_scrub_replaces_addresses_with_one_mark(typed: str, kept: str) -> None:
    assert scrub(typed) == kept


def test_scrub_collapses_whitespace() -> None:
    assert scrub("  what\tabout \n\n the   pay  ") == "what about the pay"


def test_scrub_keeps_short_messages_and_drops_long_ones() -> None:
    assert scrub(" ".join(["word"] * MAX_WORDS)) is not None
    assert scrub(" ".join(["word"] * (MAX_WORDS + 1))) is None


def test_scrub_counts_words_after_numbers_are_joined() -> None:
    phone_in_groups = "my number is 20 12 34 56 call me today or tomorrow please thanks"
    assert len(phone_in_groups.split()) > MAX_WORDS
    assert scrub(phone_in_groups) == "my number is # call me today or tomorrow please thanks"


def test_scrub_cuts_a_kept_miss_to_its_length_limit() -> None:
    kept = scrub("x" * (MAX_CHARS + 50))
    assert kept == "x" * MAX_CHARS


def test_scrub_drops_what_is_too_long_to_be_a_question() -> None:
    assert scrub("x" * (MAX_TYPED + 1)) is None


@pytest.mark.parametrize("typed", ["", "   \n\t "])
def test_scrub_keeps_nothing_of_an_empty_message(typed: str) -> None:
    assert scrub(typed) is None


def test_scrub_leaves_a_question_without_personal_data_alone() -> None:
    assert scrub("كم الراتب في IGU؟") == "كم الراتب في IGU؟"
