"""`igubot check` measures turns (what one step sends before the learner answers), not only
single messages: a turn over 400 characters in any locale is an error at the step."""

from __future__ import annotations

from pathlib import Path

from bot.check.load import load_content
from bot.check.samples import SAMPLE_MUNICIPALITY
from bot.check.turns import turn_lengths
from bot.content import Content
from bot.engine import Engine, Inbound
from bot.engine.types import TurnResult
from bot.engine.words import MAX_TURN
from tests.support.tree import MINI_EN, errors_of, mini_tree


def test_turns_each_fit_a_phone_screen_in_every_locale(tree_content: Content) -> None:
    too_long = [t for t in turn_lengths(tree_content) if t.length > MAX_TURN]
    assert too_long == []
    measured = {t.lang for t in turn_lengths(tree_content)}
    assert measured == set(tree_content.catalog.locales)


def test_check_turns_reports_the_step_whose_messages_together_are_too_long(in_dir: Path) -> None:
    # "too_old" says form-too-old and moves on to menu:start, which asks menu-ask: one turn.
    # Each message alone stays under the 300 characters of a message; together they do not.
    long_say = "IGU is for people under { $age_max }. " + "Words to read. " * 17
    long_ask = "What do you want to do? " + "More words here. " * 12
    en = MINI_EN.replace(
        "form-too-old = IGU is for people under { $age_max }.", f"form-too-old = {long_say}"
    ).replace("menu-ask = What do you want to do?", f"menu-ask = {long_ask}")
    mini_tree(in_dir, **{"locales/en/main.ftl": en})
    _content, problems = load_content(in_dir, strict=True)
    errors = [e for e in errors_of(problems) if "a turn entering" in e]
    assert errors, errors_of(problems)
    assert errors[0].startswith("flows/form.yaml:18:3: error: a turn entering 'too_old' shows ")
    assert "in 'en' (form-too-old + menu-ask)" in errors[0]


def test_check_turns_is_quiet_when_the_same_messages_are_short(in_dir: Path) -> None:
    mini_tree(in_dir)
    _content, problems = load_content(in_dir, strict=True)
    assert [e for e in errors_of(problems) if "a turn entering" in e] == []


def _at_school_types(engine: Engine, key: str) -> TurnResult:
    engine.handle(Inbound(key, "test", start=""))
    for value in ("en", "about", "more", "school"):
        engine.handle(Inbound(key, "test", choice=value))
    return engine.handle(Inbound(key, "test", choice="types"))


def test_help_at_a_long_answer_page_carries_its_buttons_without_the_answer_again(
    engine: Engine,
) -> None:
    shown = _at_school_types(engine, "test:reask").reply.messages[-1]
    assert shown.id == "about-school-types-ask"
    helped = engine.handle(Inbound("test:reask", "test", text="/help")).reply
    assert [m.id for m in helped.messages] == ["common-help"]
    assert helped.messages[-1].choices == shown.choices
    assert sum(len(m.text) for m in helped.messages) <= MAX_TURN


def test_help_at_a_short_question_repeats_the_question(engine: Engine) -> None:
    engine.handle(Inbound("test:short", "test", start=""))
    engine.handle(Inbound("test:short", "test", choice="en"))
    helped = engine.handle(Inbound("test:short", "test", text="/help")).reply
    assert [m.id for m in helped.messages] == ["common-help", "menu-start-ask"]


def test_back_shows_the_question_in_full_as_when_it_was_entered(engine: Engine) -> None:
    _at_school_types(engine, "test:back")
    engine.handle(Inbound("test:back", "test", choice="next"))
    back = engine.handle(Inbound("test:back", "test", text="/back")).reply
    assert [m.id for m in back.messages] == ["about-school-types-ask"]


def test_check_turns_reports_help_too_long_to_ask_again_after(in_dir: Path) -> None:
    long_help = "Type /menu for the menu. " + "Some more help words. " * 17
    en = MINI_EN.replace("common-help = Type /menu for the menu.", f"common-help = {long_help}")
    mini_tree(in_dir, **{"locales/en/main.ftl": en})
    _content, problems = load_content(in_dir, strict=True)
    errors = [e for e in errors_of(problems) if "a turn asking again" in e]
    assert errors
    assert errors[0].startswith("flows/form.yaml:6:3: error: a turn asking again at 'name' shows ")
    assert "(common-help + common-reask)" in errors[0]


def test_check_measures_a_municipality_in_a_message_at_its_longest_name(in_dir: Path) -> None:
    # 290 characters and the municipality: "x" would make 291, the longest name 306.
    text = "What do you want to do? " + "Words to read. " * 17 + "In "
    text = text + "a" * (290 - len(text))
    en = MINI_EN.replace(
        "menu-ask = What do you want to do?", f"menu-ask = {text}{{ $municipality_name }}"
    )
    mini_tree(in_dir, **{"locales/en/main.ftl": en})
    _content, problems = load_content(in_dir, strict=True)
    length = 290 + len(SAMPLE_MUNICIPALITY)
    assert f"'menu-ask' has {length} characters; keep messages under 300" in {
        p.message for p in problems
    }
