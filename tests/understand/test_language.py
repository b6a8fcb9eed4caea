"""Guessing the language of a message typed at the first screen."""

from __future__ import annotations

import pytest

from bot.i18n import LANGUAGES
from bot.understand.language import guess_language

ALL = tuple(LANGUAGES)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param("ሰላም ከመይ ኣለኹም", "ti", id="ethiopic-is-tigrinya"),
        pytest.param("مرحبا، أريد أن أعمل", "ar", id="arabic-words-and-hamza"),
        pytest.param("سلام خوبی؟ مرسی، میخوام کار کنم", "fa", id="farsi-words"),
        pytest.param("سلام، خوب استم، تشکر", "prs", id="dari-istam-tashakor"),
        pytest.param("زه کار غواړم", "ps", id="pashto-letters"),
        pytest.param("سڵاو، دەمەوێت کار بکەم", "ckb", id="sorani-letters"),
        pytest.param("хочу записатися", "uk", id="ukrainian-i"),
        pytest.param("Здравствуйте, сколько это стоит?", "ru", id="russian-words"),
        pytest.param("Привет, мы хотим работать", "ru", id="russian-yery"),
        pytest.param("Hej, hvad er lønnen?", "da", id="danish-letters-and-words"),
        pytest.param("hvordan kan jeg starte", "da", id="danish-words-without-letters"),
        pytest.param("hello, how much is the salary", "en", id="english-words"),
        pytest.param("hiiii", "en", id="english-letters-repeated"),
        pytest.param("waxaan rabaa shaqo", "so", id="somali-waxaan"),
        pytest.param("iska warran", "so", id="somali-iska"),
        pytest.param("Ez dixwazim kar bikim", "kmr", id="kurmanji-words"),
        pytest.param("rojbaş, ez têm", "kmr", id="kurmanji-letters"),
    ],
)
def test_guess_language_ranks_the_typed_language_first(text: str, first: str) -> None:
    assert guess_language(text, ALL)[0] == first


def test_guess_language_tells_farsi_from_dari_by_frequent_words() -> None:
    assert guess_language("من خوب هستم، مرسی", ALL)[0] == "fa"
    assert guess_language("من خوب استم، تشکر", ALL)[0] == "prs"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("معاش چند است", "prs", id="dari-maash-salary"),
        pytest.param("میتانم کار کنم؟", "prs", id="dari-mitanam-can"),
        pytest.param("چطور استی", "prs", id="dari-how-are-you"),
        pytest.param("مه در مکتب درس میخوانم", "prs", id="dari-maktab-school"),
        pytest.param("معلومات در باره پوهنتون", "prs", id="dari-malumat-pohantun"),
        pytest.param("حقوق چند است", "fa", id="persian-hoquq-salary"),
        pytest.param("میتونم کار کنم؟", "fa", id="persian-mitunam-can"),
        pytest.param("چطور میتونم ثبت نام کنم", "fa", id="persian-chetor-shared"),
        pytest.param("بله میخوام ثبت نام کنم", "fa", id="persian-bale"),
        pytest.param("بچه‌ها مدرسه میرن", "fa", id="persian-madrese-school"),
        pytest.param("اطلاعات درباره دانشگاه", "fa", id="persian-etelaat-daneshgah"),
    ],
)
def test_guess_language_tells_dari_from_persian_by_everyday_words(text: str, lang: str) -> None:
    guesses = guess_language(text, ALL)
    assert guesses[0] == lang
    assert {"fa", "prs"} <= set(guesses)  # the other stays a candidate


def test_guess_language_keeps_arabic_script_languages_as_candidates() -> None:
    assert set(guess_language("سلام", ALL)) == {"ar", "fa", "prs", "ps", "ckb"}


def test_guess_language_folds_yeh_and_kaf_typed_on_an_arabic_keyboard() -> None:
    # "ممنون" and "خیلی" typed with Arabic ي: still Persian words
    assert guess_language("خيلي ممنون", ALL)[0] in {"fa", "prs"}


@pytest.mark.parametrize("text", ["", "   ", "😀🙏", "123 456", "?!", "Ahmed", "Mohamed Ali"])
def test_guess_language_is_unsure_without_evidence(text: str) -> None:
    assert guess_language(text, ALL) == ()


def test_guess_language_offers_only_available_languages() -> None:
    assert guess_language("ሰላም", ["en", "da"]) == ()
    assert guess_language("хочу записатися", ["ru", "en"]) == ("ru",)
    assert "ar" not in guess_language("مرحبا", ["fa", "prs"])
