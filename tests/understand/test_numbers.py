"""Reading the one whole number out of a typed answer, in digits of any script or in words."""

from __future__ import annotations

import pytest

from bot.engine.inputs import Invalid, Valid, validate
from bot.understand.numbers import MAX_WORDS, WORD_LANGUAGES, read_number


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        pytest.param("I am 52", "en", 52, id="en-digits-in-a-sentence"),
        pytest.param("52 years old", "so", 52, id="so-digits-before-words"),
        pytest.param("عمري ٥٢ سنة", "ar", 52, id="ar-arabic-indic-digits"),
        pytest.param("۵۲ سال دارم", "fa", 52, id="fa-persian-digits"),
        pytest.param("fifty-two", "en", 52, id="en-words"),
        pytest.param("one hundred and twenty", "en", 120, id="en-words-with-and"),
        pytest.param("jeg er tooghalvtreds år", "da", 52, id="da-one-word"),
        pytest.param("اثنان و خمسون", "ar", 52, id="ar-written-form"),
        pytest.param("عمري اثنين وخمسين", "ar", 52, id="ar-spoken-form-joined-wa"),
        pytest.param("پنجاه و دو سال", "fa", 52, id="fa-words"),
        pytest.param("پنجاه و دو", "prs", 52, id="prs-reads-persian-words"),
        pytest.param("мне пятьдесят два года", "ru", 52, id="ru-words"),
        pytest.param("мені п'ятдесят два роки", "uk", 52, id="uk-words-apostrophe"),
        pytest.param("Мне ПЯТЬДЕСЯТ ДВА", "ru", 52, id="ru-upper-case"),
        pytest.param("twenty five", "ar", 25, id="english-words-in-any-chat"),
    ],
)
def test_read_number_finds_the_one_number(text: str, lang: str, value: int) -> None:
    assert read_number(text, lang) == value


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("52, in Denmark 3", "en", id="two-numbers"),
        pytest.param("fifty or three", "en", id="two-numbers-in-words"),
        pytest.param("1e3", "en", id="digits-inside-a-word"),
        pytest.param("jeg er en mand", "da", id="da-article-is-not-one"),
        pytest.param("how much do I earn with 2 children in Aarhus", "en", id="a-question"),
        pytest.param("quite old", "en", id="no-number"),
        pytest.param("ሓምሳን ክልተን", "ti", id="ti-words-not-known"),
    ],
)
def test_read_number_does_not_guess(text: str, lang: str) -> None:
    assert read_number(text, lang) is None


@pytest.mark.parametrize("lang", sorted(WORD_LANGUAGES))
def test_read_number_reads_every_generated_word_form(lang: str) -> None:
    from num2words import num2words

    library = WORD_LANGUAGES[lang]
    misread = {
        n: read_number(num2words(n, lang=library), lang)
        for n in range(2, MAX_WORDS + 1)
        if read_number(num2words(n, lang=library), lang) != n
    }
    assert misread == {}


def test_age_answer_in_a_sentence_is_the_age_and_out_of_range_is_said() -> None:
    assert validate("age", "I am 52", lang="en") == Valid(52)
    assert validate("age", "عمري ٣٢ سنة", lang="ar") == Valid(32)
    assert validate("age", "born in 1990", lang="en") == Invalid(
        "error-number-range", {"minimum": 0, "maximum": 120}
    )
