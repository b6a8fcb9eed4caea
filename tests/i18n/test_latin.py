"""Names in Latin letters: which names are asked again, which answers count, rough spellings."""

from __future__ import annotations

import pytest

from bot.i18n.latin import approximate_latin, is_latin_name, written_in_latin

# Names as people of the bot's languages write them, and what staff see as the approximate
# Latin spelling (anyascii). Arabic script writes no short vowels: the spelling is a skeleton.
NAMES = [
    pytest.param("أمينة أحمد", "'Mynh 'Hmd", id="arabic"),
    pytest.param("محمد عبد الله", "Mhmd `Bd Llh", id="arabic-three-words"),
    pytest.param("زهرا حسینی", "Zhr Hsyny", id="persian"),
    pytest.param("احمد ښاغلی", "Hmd Shghly", id="pashto"),
    pytest.param("ئاراس کەریم", "I'rs Kerym", id="sorani"),
    pytest.param("ሳባ ተስፋይ", "Saba Tesfay", id="tigrinya"),
    pytest.param("ዮሃንስ ገብረመድህን", "Yohans Gebremedhn", id="tigrinya-long"),
    pytest.param("Олена Коваленко", "Olena Kovalenko", id="ukrainian"),
    pytest.param("Юрій Ґаврилюк", "Yuriy Gavrilyuk", id="ukrainian-ґ-ї"),
    pytest.param("Сергей Щербаков", "Sergey Shcherbakov", id="russian"),
]


@pytest.mark.parametrize(("name", "spelled"), NAMES)
def test_approximate_latin_spells_every_script_in_ascii(name: str, spelled: str) -> None:
    assert not written_in_latin(name)
    assert approximate_latin(name) == spelled
    assert is_latin_name(approximate_latin(name).replace("`", "'"))


@pytest.mark.parametrize(
    "name", ["Amina Hassan", "Søren Ørsted-Ås", "Đặng Thị", "Zoë O'Brien", "Abdi 2", ""]
)
def test_written_in_latin_holds_for_latin_letters_and_no_letters(name: str) -> None:
    assert written_in_latin(name)


def test_written_in_latin_fails_on_one_letter_of_another_script() -> None:
    assert not written_in_latin("Amina أحمد")


@pytest.mark.parametrize(
    "answer",
    [
        "Amina Ahmed",
        "Hélène Ø. Åberg".replace(".", ""),
        "Abd-al-Rahman",
        "Ma'ruf",
        "Ma\u2019ruf",
        "Ma\u02bcruf",
        "Jose\u0301",  # an accent typed as a combining mark
    ],
)
def test_is_latin_name_takes_latin_letters_spaces_hyphens_apostrophes(answer: str) -> None:
    assert is_latin_name(answer)


@pytest.mark.parametrize(
    "answer",
    ["أمينة", "Олена", "Amina 2", "amina@example.org", "A.B", "-", "'", "\u0301a"],
)
def test_is_latin_name_refuses_other_scripts_digits_signs_and_no_letters(answer: str) -> None:
    assert not is_latin_name(answer)
