"""The matcher over a small hand-made example set: topics, unsure candidates, nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import Catalog
from bot.understand import Matcher, Thresholds, TopicExamples, Understanding, Weights
from bot.understand.examples import Phrase, load_examples
from bot.understand.matcher import MAX_TEXT
from tests.support.understand import TOPICS, example_catalog


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.from_catalog(example_catalog())


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        pytest.param("en", "how much money do i get", "pay", id="en-paraphrase"),
        pytest.param("en", "What's the SALARY??", "pay", id="en-keyword-case-punctuation"),
        pytest.param("en", "hiiii 👋", "greeting", id="en-repeated-letters-emoji"),
        pytest.param("en", "how much is the salery", "pay", id="en-typo"),
        pytest.param("en", "i got sick", "leave", id="en-keyword-in-sentence"),
        pytest.param("en", "will i lose kontanthjaelp", "benefits", id="danish-word-typed-ae"),
        pytest.param("so", "waa imisa mushaharka", "pay", id="so-own-locale"),
        pytest.param("so", "how much is the løn", "pay", id="so-mixing-english-and-danish"),
        pytest.param("da", "hvad er lønnen", "pay", id="da-exact"),
        pytest.param("ar", "كم الراتب؟", "pay", id="ar-exact-punctuation"),
        pytest.param("ar", "كَم الراتِب", "pay", id="ar-harakat"),
        pytest.param("ar", "kam el ratib", "pay", id="ar-transliterated"),
        pytest.param("ar", "3ayez ashta8al", "job", id="ar-arabizi"),
        pytest.param("fa", "حقوق چقدره", "pay", id="fa-colloquial"),
        pytest.param("prs", "سلام", "greeting", id="prs-from-farsi-examples"),
        pytest.param("uk", "хочу записатися", "interest", id="uk-exact"),
        pytest.param("ru", "хочу записаться", "interest", id="ru-from-ukrainian-examples"),
        pytest.param("ti", "ሠላም", "greeting", id="ti-homophone-letter"),
        pytest.param("en", "tak", "thanks", id="danish-thanks-in-english"),
    ],
)
def test_match_routes_typed_text_to_its_topic(
    matcher: Matcher, lang: str, text: str, topic: str
) -> None:
    result = matcher.match(text, lang)
    assert (result.outcome, result.topic) == ("topic", topic), result


@pytest.mark.parametrize("text", ["", "😀😀😀", "?!...", "asdkjh qwpoeiru", "zzzz xxxx", "1234"])
def test_match_understands_nothing_in_noise(matcher: Matcher, text: str) -> None:
    assert matcher.match(text, "en") == Understanding("none")


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("what about the salary when i am sick", {"pay", "leave"}),
        ("hours and salary", {"pay", "hours"}),
    ],
)
def test_match_is_unsure_between_two_topics_a_message_mixes(
    matcher: Matcher, text: str, topics: set[str]
) -> None:
    result = matcher.match(text, "en")
    assert result.outcome == "unsure"
    assert set(result.topics[:2]) == topics
    assert result.topic is None


def test_match_offers_at_most_the_configured_number_of_candidates() -> None:
    strict = Thresholds(confident=0.99, margin=0.5, candidate=0.05, spread=1.0, max_candidates=2)
    matcher = Matcher.from_catalog(example_catalog(), thresholds=strict)
    result = matcher.match("how do i find a job in school", "en")
    assert result.outcome == "unsure"
    assert len(result.candidates) == 2
    assert result.candidates[0][1] >= result.candidates[1][1]


def test_match_weighs_the_learners_own_locale_first() -> None:
    groups = [
        TopicExamples("en", "pay", (Phrase("hello money"),)),
        TopicExamples("so", "greeting", (Phrase("hello money"[:-1]),)),
    ]
    matcher = Matcher.build(groups, weights=Weights(own=1.0, bridge=0.6, other=0.6))
    assert matcher.match("hello mone", "so").topics[0] == "greeting"
    assert matcher.match("hello money", "en").topics[0] == "pay"


def test_match_scores_lie_between_zero_and_one(matcher: Matcher) -> None:
    for text in ("how much is the salary løn pay wage", "hi hello salam", "tak tak tak"):
        for score in matcher.scores(text, "en").values():
            assert 0.0 < score <= 1.0 + 1e-9


def test_matcher_from_catalog_indexes_every_locale_and_topic(matcher: Matcher) -> None:
    loaded = load_examples(example_catalog())
    assert {g.lang for g in loaded} == {"en", "da", "ar", "uk", "ti", "fa", "so"}
    assert matcher.topics == TOPICS


def test_decide_turns_scores_into_outcomes(matcher: Matcher) -> None:
    t = matcher.thresholds
    assert matcher.decide({}) == Understanding("none")
    assert matcher.decide({"pay": t.candidate / 2}).outcome == "none"
    assert matcher.decide({"pay": 0.9, "school": 0.2}) == Understanding("topic", (("pay", 0.9),))
    close = matcher.decide({"pay": 0.9, "school": 0.9 - t.margin / 2, "job": 0.1})
    assert close.outcome == "unsure"
    assert close.topics == ("pay", "school")


def test_tuned_matcher_shares_the_index_and_applies_new_thresholds(matcher: Matcher) -> None:
    strict = matcher.tuned(thresholds=Thresholds(confident=1.01, candidate=0.99))
    assert strict.index is matcher.index
    assert matcher.match("how much money do i get", "en").outcome == "topic"
    assert strict.match("how much money do i get", "en").outcome in ("unsure", "none")


def test_tuned_matcher_recomputes_keyword_weights(matcher: Matcher) -> None:
    no_keywords = matcher.tuned(weights=Weights(keyword=0.0))
    # "boligstøtte" is a keyword of 'benefits' and in none of its examples
    assert matcher.scores("boligstøtte", "en").get("benefits", 0.0) > 0.5
    assert no_keywords.scores("boligstøtte", "en").get("benefits", 0.0) < 0.3


def test_matcher_with_bigrams_indexes_two_letter_grams() -> None:
    groups = load_examples(example_catalog())
    with_bigrams = Matcher.build(groups, ngram_range=(2, 4))
    assert with_bigrams.index.ngram_range == (2, 4)
    assert with_bigrams.match("كم راتبي", "ar").topics[0] == "pay"


def test_match_reads_only_the_beginning_of_a_very_long_message(matcher: Matcher) -> None:
    long = "how much is the salary " + "and what about holidays " * 5000
    assert matcher.match(long, "en") == matcher.match(long[:MAX_TEXT], "en")
    assert matcher.match(long, "en").outcome != "none"


def test_keyword_inside_a_longer_keyword_of_another_topic_gives_way_to_it() -> None:
    groups = [
        TopicExamples(
            "en",
            "interest",
            (Phrase("i want to sign up"),),
            (Phrase("apply"),),
        ),
        TopicExamples(
            "en",
            "eligibility",
            (Phrase("who is it for"),),
            (Phrase("can i apply"),),
        ),
    ]
    matcher = Matcher.build(groups)
    # "apply" alone is interest's; inside "can i apply" it is eligibility's word
    assert matcher.match("apply", "en").topic == "interest"
    asking = matcher.scores("so can i apply", "en")
    assert asking["eligibility"] > 0.5
    assert asking.get("interest", 0.0) < 0.3


def test_phrase_keyword_missing_one_of_its_words_does_not_count() -> None:
    # "can" in many examples: a common word, a small share of the phrase's weight
    can = ("can you help", "can i call", "what can i do", "can i ask", "can someone help")
    groups = [
        TopicExamples("en", "interest", (Phrase("sign me up"),), (Phrase("apply"),)),
        TopicExamples("en", "eligibility", (Phrase("who is it for"),), (Phrase("can i apply"),)),
        TopicExamples("en", "help", tuple(Phrase(t) for t in can)),
    ]
    matcher = Matcher.build(groups)
    loose = matcher.tuned(weights=Weights(phrase_floor=matcher.weights.keyword_floor))
    # without "can", "i ... apply" is most of the phrase's n-grams, but a wish, not a question
    assert loose.scores("i want to apply", "en").get("eligibility", 0.0) > 0.3
    assert matcher.scores("i want to apply", "en").get("eligibility", 0.0) < 0.3
    assert matcher.match("i want to apply", "en").topic == "interest"


def test_match_one_word_of_a_longer_example_is_not_confident() -> None:
    groups = [
        TopicExamples("so", "interest", (Phrase("haa waan rabaa"), Phrase("i qor"))),
        TopicExamples("so", "pay", (Phrase("waa imisa mushaharka"),)),
    ]
    capped = Matcher.build(groups)
    uncapped = capped.tuned(weights=Weights(one_word=1.0))
    assert uncapped.match("haa", "so").topic == "interest"  # what the cap prevents
    assert capped.match("haa", "so").outcome != "topic"
    assert capped.match("haa waan rabaa", "so").topic == "interest"


@pytest.fixture(scope="module")
def content_matcher() -> Matcher:
    catalog, errors = Catalog.load(Path(__file__).resolve().parents[2] / "locales")
    assert not errors
    return Matcher.from_catalog(catalog)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "ja"),
        ("en", "yes"),
        ("ar", "نعم"),
        ("ti", "እወ"),
        ("uk", "так"),
        ("prs", "بلی"),
        ("fa", "بله"),
        ("so", "haa"),
        ("kmr", "erê"),
        ("ckb", "بەڵێ"),
        ("ru", "да"),
        ("ps", "هو"),
        ("en", "no"),
        ("uk", "ні"),
        ("so", "maya"),
    ],
)
def test_match_bare_yes_or_no_is_small_talk_in_the_content(
    content_matcher: Matcher, lang: str, text: str
) -> None:
    assert content_matcher.match(text, lang).topic == "ack"
