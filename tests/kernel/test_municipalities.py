"""The municipality table and its matcher: codes, names, typos, other scripts by sound."""

from __future__ import annotations

import csv
import io
from importlib.resources import files

import pytest

from bot.kernel.errors import ContentError
from bot.kernel.municipalities import Municipalities, Municipality
from bot.kernel.transliterate import transliterate


def _packaged_rows() -> list[dict[str, str]]:
    """The shipped CSV read independently of the code under test."""
    text = (files("bot.kernel") / "data" / "municipalities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


ROWS = _packaged_rows()
ROW_PARAMS = [pytest.param(row, id=f"{row['municipality_code']}-{row['name']}") for row in ROWS]


def _ascii_spellings(name: str) -> set[str]:
    """How a name is written without Danish letters: æ/ø/å as ae/oe/aa and as plain a/o."""
    digraphs = name.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    plain = name.replace("æ", "a").replace("ø", "o").replace("å", "a")
    return {digraphs, digraphs.upper(), plain, plain.lower()}


# ---------------------------------------------------------------------------- municipalities


def test_municipalities_table_has_98_unique_codes_and_names() -> None:
    table = Municipalities.load().all()
    assert len(ROWS) == 98
    assert len(table) == 98
    assert len({m.code for m in table}) == 98
    assert len({m.name for m in table}) == 98


def test_municipalities_load_is_cached() -> None:
    assert Municipalities.load() is Municipalities.load()


def test_municipalities_rows_keep_region() -> None:
    aarhus = Municipalities.load().by_code("751")
    assert aarhus == Municipality("751", "Aarhus", "1082", "Region Midtjylland")


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_municipalities_every_one_matches_its_own_name(row: dict[str, str]) -> None:
    table = Municipalities.load()
    code = row["municipality_code"]
    for spelling in (row["name"], row["name"].lower(), f"{row['name']} Kommune"):
        found = table.match(spelling)
        assert found is not None, spelling
        assert found.code == code, spelling


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_municipalities_every_one_matches_without_danish_letters(row: dict[str, str]) -> None:
    table = Municipalities.load()
    for spelling in _ascii_spellings(row["name"]):
        found = table.match(spelling)
        assert found is not None, spelling
        assert found.code == row["municipality_code"], spelling


@pytest.mark.parametrize("row", ROW_PARAMS)
def test_municipalities_every_one_matches_its_code(row: dict[str, str]) -> None:
    table = Municipalities.load()
    code = row["municipality_code"]
    for spelling in (code, code.zfill(4), f" {code} "):
        assert table.by_code(spelling) is not None, spelling
        found = table.match(spelling)
        assert found is not None, spelling
        assert found.code == code, spelling
        assert found.name == row["name"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("København", "101", id="danish-name"),
        pytest.param("københavn", "101", id="lower-case"),
        pytest.param("Kobenhavn", "101", id="o-for-oe"),
        pytest.param("Koebenhavn", "101", id="oe-digraph"),
        pytest.param("Copenhagen", "101", id="exonym-copenhagen"),
        pytest.param("Københavns Kommune", "101", id="official-genitive"),
        pytest.param("Municipality of Copenhagen", "101", id="english-phrase"),
        pytest.param("aarhus", "751", id="aarhus-lower"),
        pytest.param("Århus", "751", id="aarhus-old-spelling"),
        pytest.param("Arhus", "751", id="aarhus-plain-a"),
        pytest.param("Aarhus Kommune", "751", id="trailing-kommune"),
        pytest.param("kommune aarhus", "751", id="leading-kommune"),
        pytest.param("AARHUS   MUNICIPALITY", "751", id="trailing-municipality"),
        pytest.param("  aarhus  ", "751", id="surrounding-spaces"),
        pytest.param("751", "751", id="code"),
        pytest.param("0751", "751", id="code-leading-zero"),
        pytest.param(" 751 ", "751", id="code-spaces"),
        pytest.param("Kommune 751", "751", id="code-with-kommune"),
        pytest.param("8000 Aarhus C", "751", id="postal-address"),
        pytest.param("Høje Taastrup", "169", id="double-name-space"),
        pytest.param("hoje-taastrup", "169", id="double-name-ascii"),
        pytest.param("Høje   -  Taastrup", "169", id="double-name-loose"),
        pytest.param("Taastrup", "169", id="part-of-double-name"),
        pytest.param("Bornholms Regionskommune", "400", id="regionskommune"),
        pytest.param("Elsinore", "217", id="exonym-elsinore"),
        pytest.param("Helsingoer", "217", id="helsingoer"),
        pytest.param("Nordfyn", "480", id="without-genitive-s"),
        pytest.param("Odensee", "461", id="typo-extra-letter"),
        pytest.param("Aalborgg", "851", id="typo-double-letter"),
        pytest.param("Roskild", "265", id="typo-missing-letter"),
        pytest.param("Frederiksbrg", "147", id="typo-long-name"),
        pytest.param("jeg bor i Odense", "461", id="name-in-sentence"),
    ],
)
def test_municipalities_match_is_forgiving(text: str, code: str) -> None:
    found = Municipalities.load().match(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="spaces"),
        pytest.param("xyz", id="nonsense"),
        pytest.param("hello world", id="words"),
        pytest.param("12345", id="not-a-code"),
        pytest.param("999", id="unused-code"),
        pytest.param("Kommune", id="only-kommune"),
        pytest.param("Region Hovedstaden", id="region"),
        pytest.param("Denmark", id="country"),
        pytest.param("Vejlen", id="ambiguous-vejle-vejen"),
        pytest.param("Aarhus or Odense", id="two-municipalities"),
        pytest.param("Fane", id="short-word-not-corrected"),
        pytest.param("nej", id="no"),
    ],
)
def test_municipalities_match_returns_none_when_unsure(text: str) -> None:
    assert Municipalities.load().match(text) is None


@pytest.mark.parametrize(
    "code",
    [
        pytest.param("", id="empty"),
        pytest.param("abc", id="letters"),
        pytest.param("12345", id="too-long"),
        pytest.param("7 51", id="inner-space"),
    ],
)
def test_municipalities_by_code_rejects_non_codes(code: str) -> None:
    assert Municipalities.load().by_code(code) is None


def test_municipalities_from_csv_reports_missing_columns() -> None:
    with pytest.raises(ContentError):
        Municipalities.from_csv("code,name\n101,København\n", "x.csv")


# ---------------------------------------------------------------------------- municipalities: other scripts

# How refugees type the municipalities where most of them live, on Arabic (Arabic, Persian/Dari,
# Pashto, Sorani, Urdu letters), Cyrillic (Russian, Ukrainian) and Ethiopic (Tigrinya) keyboards:
# the usual exonym or transliteration, and sloppy spellings (short vowels left out, غ/ج/ك/گ for
# g, ف/و/ڤ for v, Danish pronunciation, a name inside a sentence).
OTHER_SCRIPT_SPELLINGS: list[tuple[str, str]] = [
    # København
    ("كوبنهاغن", "101"), ("كوبنهاجن", "101"), ("كوبنهاجين", "101"), ("كوبنهاكن", "101"),
    ("كوبنهاغ", "101"), ("كوبنهافن", "101"), ("كوبنهاون", "101"), ("کپنهاگ", "101"),
    ("کپنهاک", "101"), ("کوپنهاگن", "101"), ("کوپنهاګن", "101"), ("کۆپنهاگن", "101"),
    ("Копенгаген", "101"), ("Копенгаґен", "101"), ("Копенхаген", "101"), ("Кобенхавн", "101"),
    ("Кобенгавн", "101"), ("ኮፐንሃገን", "101"),
    # Aarhus
    ("آرهوس", "751"), ("ارهوس", "751"), ("أرهوس", "751"), ("اورهوس", "751"), ("آرھوس", "751"),
    ("اوړهوس", "751"), ("ئۆرهووس", "751"), ("أرهس", "751"), ("ارحوس", "751"), ("آرهوز", "751"),
    ("آرهووووس", "751"), ("ارهوص", "751"), ("Орхус", "751"), ("Оргус", "751"), ("Архус", "751"),
    ("Аархус", "751"), ("ኦርሁስ", "751"), ("ኣርሁስ", "751"),
    # Odense
    ("أودنسه", "461"), ("اودنسه", "461"), ("اوڈنسه", "461"), ("اودنسي", "461"), ("أودينسه", "461"),
    ("أودنسة", "461"), ("اودينسي", "461"), ("ئۆدێنسە", "461"), ("Оденсе", "461"), ("Одэнсе", "461"),
    ("ኦደንሰ", "461"), ("ኦዴንሴ", "461"),
    # Aalborg
    ("ألبورغ", "851"), ("البورغ", "851"), ("آلبورگ", "851"), ("البورج", "851"), ("ألبورج", "851"),
    ("اولبورگ", "851"), ("ئۆڵبۆرگ", "851"), ("Ольборг", "851"), ("Олборг", "851"), ("Ольборґ", "851"),
    ("Альборг", "851"), ("ኣልቦርግ", "851"), ("ኦልቦርግ", "851"),
    # Esbjerg
    ("إسبيرغ", "561"), ("اسبيرغ", "561"), ("إسبيرج", "561"), ("ايسبيرغ", "561"), ("اسبیرگ", "561"),
    ("اسبرگ", "561"), ("اسبجرغ", "561"), ("Эсбьерг", "561"), ("Эсберг", "561"), ("Есб'єрг", "561"),
    ("Есб'єрґ", "561"), ("ኤስብየርግ", "561"),
    # Vejle
    ("فايله", "630"), ("ڤايله", "630"), ("فيله", "630"), ("فيلي", "630"), ("فايلي", "630"),
    ("ویله", "630"), ("ويلە", "630"), ("Вейле", "630"), ("Вайле", "630"), ("Вєйле", "630"),
    ("ቫይለ", "630"),
    # Randers
    ("راندرس", "730"), ("رانرس", "730"), ("رندرس", "730"), ("راندرز", "730"), ("Раннерс", "730"),
    ("Рандерс", "730"), ("ራንደርስ", "730"),
    # Kolding
    ("كولدنغ", "621"), ("كولدينغ", "621"), ("كولدينج", "621"), ("كولينغ", "621"), ("كولنغ", "621"),
    ("کولدینگ", "621"), ("کلدینگ", "621"), ("Колдинг", "621"), ("Колдінг", "621"), ("Коллинг", "621"),
    ("ኮልዲንግ", "621"),
    # Horsens
    ("هورسنس", "615"), ("هورسنز", "615"), ("هورسينس", "615"), ("حورسنس", "615"), ("Хорсенс", "615"),
    ("Горсенс", "615"), ("ሆርሰንስ", "615"),
    # Herning
    ("هيرنينغ", "657"), ("هرنینگ", "657"), ("هيرننغ", "657"), ("هرنينك", "657"), ("Хернинг", "657"),
    ("Гернінг", "657"), ("ሄርኒንግ", "657"),
    # Silkeborg
    ("سيلكبورغ", "740"), ("سلكبورغ", "740"), ("سيلكيبورغ", "740"), ("سیلکه\u200cبورگ", "740"),
    ("Силькеборг", "740"), ("Сількеборг", "740"), ("Сількеборґ", "740"),
    # Næstved
    ("نستفد", "370"), ("نيستفيد", "370"), ("نستفيد", "370"), ("نستوید", "370"), ("Нествед", "370"),
    ("Нэствед", "370"), ("ነስትቨድ", "370"),
    # Fredericia
    ("فريدريسيا", "607"), ("فردریسیا", "607"), ("فريدريكيا", "607"), ("فريدريشيا", "607"),
    ("فردريسيا", "607"), ("Фредерисия", "607"), ("Фредерісія", "607"),
    # Viborg
    ("فيبورغ", "791"), ("فيبورج", "791"), ("ڤيبورغ", "791"), ("ویبورگ", "791"), ("Виборг", "791"),
    ("Віборг", "791"), ("ቪቦርግ", "791"),
    # Køge
    ("كوغه", "259"), ("کوگه", "259"), ("كوگه", "259"), ("Кёге", "259"), ("Кеге", "259"),
    ("Кьоге", "259"), ("ኮገ", "259"),
    # Holstebro
    ("هولستبرو", "661"), ("هلستبرو", "661"), ("هولستيبرو", "661"), ("Хольстебро", "661"),
    ("Гольстебро", "661"), ("ሆልስተብሮ", "661"),
    # Slagelse
    ("سلاغلسه", "330"), ("سلاجلسه", "330"), ("سلاگلسه", "330"), ("اسلاگلسه", "330"),
    ("Слагельсе", "330"),
    # Roskilde
    ("روسكيلده", "265"), ("روسكيله", "265"), ("روسكيلد", "265"), ("Роскилле", "265"),
    ("Роскілле", "265"), ("Роскільде", "265"), ("ሮስኪልደ", "265"),
    # Sønderborg
    ("سوندربورغ", "540"), ("سوندربورج", "540"), ("سونربورگ", "540"), ("Сённерборг", "540"),
    ("Сондерборг", "540"), ("Сьондерборг", "540"),
    # Svendborg
    ("سفندبورغ", "479"), ("سڤندبورغ", "479"), ("سفيندبورغ", "479"), ("Свендборг", "479"),
    ("Свеннборг", "479"),
    # Hjørring
    ("هيورينغ", "860"), ("يورينغ", "860"), ("هيورنغ", "860"), ("Хьёрринг", "860"), ("Йоррінг", "860"),
    # Holbæk
    ("هولبيك", "316"), ("هولبك", "316"), ("Хольбек", "316"), ("Гольбек", "316"),
    # Frederikshavn
    ("فريدريكسهافن", "813"), ("فريدريكسهاون", "813"), ("فردریکسهاون", "813"),
    ("Фредериксхавн", "813"), ("Фредеріксгавн", "813"), ("Фредеріксхавн", "813"),
    # Ishøj
    ("إيشوي", "183"), ("ايسهوي", "183"), ("ایسهوی", "183"), ("Ишёй", "183"), ("Ішой", "183"),
    ("Исхой", "183"), ("Ісгой", "183"),
    # Høje-Taastrup
    ("هويه تاستروب", "169"), ("هوي-تاستروب", "169"), ("هويه-تاستروب", "169"), ("تاستروب", "169"),
    ("Хёйе-Тоструп", "169"), ("Хойе-Тааструп", "169"), ("Тоструп", "169"), ("Тааструп", "169"),
    # Albertslund
    ("ألبرتسلوند", "165"), ("البيرتسلوند", "165"), ("البرتسلوند", "165"), ("Альбертслунн", "165"),
    ("Альбертслунд", "165"),
    # Brøndby
    ("برونبي", "153"), ("بروندبي", "153"), ("برونديبي", "153"), ("Брённбю", "153"), ("Брондбі", "153"),
    ("Брондбю", "153"), ("Брьондбю", "153"),
    # Gladsaxe
    ("غلادساكسه", "159"), ("غلادساكس", "159"), ("گلادساکسه", "159"), ("Гладсаксе", "159"),
    # Hvidovre
    ("هفيدوفره", "167"), ("هفيدوفر", "167"), ("فيدوفره", "167"), ("فيدوفري", "167"),
    ("Хвидовре", "167"), ("Видовре", "167"), ("Відовре", "167"),
    # With "municipality", in a sentence, with a postcode
    ("بلدية آرهوس", "751"), ("آرهوس كومونه", "751"), ("شهرداری کپنهاگ", "101"),
    ("Оденсе коммуна", "461"), ("أسكن في أودنسه", "461"), ("я живу в Орхусе", "751"),
    ("8000 آرهوس", "751"), ("  آرهوس!  ", "751"), ("Оденсе.", "461"),
]  # fmt: skip

# Spellings the matcher does not find (it answers None, so the bot asks again): a final vowel
# left out of a name with three consonants, Danish pronunciation without its r, a wrong final
# vowel, a Latin c typed among Cyrillic letters.
OTHER_SCRIPT_MISSES = {"اودنس", "Оденс", "اوهوس", "اودنسا", "Орхуc"}
OTHER_SCRIPT_MISSED: list[tuple[str, str]] = [
    ("اودنس", "461"), ("Оденс", "461"), ("اوهوس", "751"), ("اودنسا", "461"), ("Орхуc", "751"),
]  # fmt: skip
OTHER_SCRIPT_TABLE = OTHER_SCRIPT_SPELLINGS + OTHER_SCRIPT_MISSED
# The municipalities where most refugees live: the table covers each of them.
REFUGEE_MUNICIPALITIES = {
    "101", "751", "461", "851", "561", "630", "730", "621", "615", "657", "740", "370", "607",
    "791", "259", "661", "330", "265", "540", "479", "860", "316", "813", "183", "169", "165",
    "153", "159", "167",
}  # fmt: skip
MINIMUM_OTHER_SCRIPT_HIT_RATE = 0.95


def test_municipalities_other_script_table_covers_refugee_municipalities() -> None:
    codes = {code for _text, code in OTHER_SCRIPT_TABLE}
    assert codes == REFUGEE_MUNICIPALITIES
    assert len(OTHER_SCRIPT_TABLE) >= 60
    assert len({text for text, _code in OTHER_SCRIPT_TABLE}) == len(OTHER_SCRIPT_TABLE)
    assert {text for text, _code in OTHER_SCRIPT_MISSED} == OTHER_SCRIPT_MISSES


@pytest.mark.parametrize(
    ("text", "code"), [pytest.param(text, code, id=text) for text, code in OTHER_SCRIPT_TABLE]
)
def test_municipalities_match_other_scripts(text: str, code: str) -> None:
    found = Municipalities.load().match(text)
    if text in OTHER_SCRIPT_MISSES:
        assert found is None  # a known miss: asked again, never a wrong municipality
    else:
        assert found is not None
        assert found.code == code


def test_municipalities_other_scripts_hit_rate_and_no_wrong_answer() -> None:
    table = Municipalities.load()
    found = [(table.match(text), code) for text, code in OTHER_SCRIPT_TABLE]
    wrong = [(m.name, code) for m, code in found if m is not None and m.code != code]
    hits = sum(1 for m, code in found if m is not None and m.code == code)
    assert wrong == []
    assert hits / len(OTHER_SCRIPT_TABLE) >= MINIMUM_OTHER_SCRIPT_HIT_RATE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("آرهوس", "751", id="arabic-aarhus"),
        pytest.param("اوڈنسه", "461", id="urdu-ddal-odense"),
        pytest.param("Орхус", "751", id="russian-aarhus"),
        pytest.param("Оденсе", "461", id="russian-odense"),
        pytest.param("Копенгаген", "101", id="russian-copenhagen"),
        pytest.param("كوبنهاغن", "101", id="arabic-copenhagen"),
        pytest.param("أودنسه", "461", id="arabic-hamza-odense"),
        pytest.param("ألبورغ", "851", id="arabic-aalborg"),
        pytest.param("إسبيرغ", "561", id="arabic-esbjerg"),
        pytest.param("ኦርሁስ", "751", id="tigrinya-aarhus"),
    ],
)
def test_municipalities_match_the_briefs_examples(text: str, code: str) -> None:
    found = Municipalities.load().match(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    "text",
    [
        # greetings, "I don't know", yes/no, thanks, help, where?
        "مرحبا", "السلام عليكم", "لا أعرف", "لا اعرف", "ما بعرف", "نمی\u200cدانم", "نمیدونم",
        "نه پوهېږم", "نازانم", "привет", "Здравствуйте", "не знаю", "Я не знаю", "не знаю точно",
        "ሰላም", "ኣይፈልጥን", "نعم", "لا", "شكرا", "ساعدني", "مساعدة", "بله", "نه", "سوپاس", "да",
        "нет", "спасибо", "дякую", "ኣይፋል", "እወ", "وين", "فين", "أين؟", "کجا؟", "где?", "де?",
        "هنا", "اینجا", "здесь", "тут",
        # single letters and digits mixed with letters
        "ب", "ع", "ا", "а", "Ґ", "ሀ", "3ب", "ا1ب", "123 абв", "٧٥١ب", "آرهوس7",
        # short words that sound like a short name: elephant, house, secret, art, Syria, Odesa,
        # Sorani "here", "was here", "warehouse", Pashto "we send"
        "فيل", "دار", "سر", "فن", "سوريا", "سورية", "Одеса", "Одесса", "أوديسا", "لێرە",
        "لێرە بووە", "کۆگای", "لە کۆگای", "لېږو",
        # where people come from, and people's names
        "دمشق", "حلب", "حمص", "كابل", "هرات", "مزار شریف", "Київ", "Харків", "Москва", "Маріуполь",
        "ኣስመራ", "ኤርትራ", "الدنمارك", "Дания", "Данія", "ዴንማርክ", "محمد", "فاطمة", "خالد",
        "زينب", "Олена", "Андрій", "Ольга", "ዮሃንስ", "ሚካኤል",
        # Danish towns and districts that are not municipalities
        "كاستروب", "Каструп", "غيليروب", "فولسموسه", "نوربرو", "Нёрребро", "Скаген",
        # only "municipality", and two municipalities
        "بلدية", "коммуна", "муніципалітет", "ከተማ", "كوبنهاغن أو آرهوس", "Орхус или Оденсе",
    ],
)  # fmt: skip
def test_municipalities_other_scripts_return_none_when_unsure(text: str) -> None:
    assert Municipalities.load().match(text) is None


def test_municipalities_latin_text_is_never_matched_by_sound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Latin input keeps exactly the matching it had: the sound matcher is never asked."""

    def fail(self: Municipalities, text: str) -> str | None:
        raise AssertionError(f"matched by sound: {text!r}")

    monkeypatch.setattr(Municipalities, "_match_sound", fail)
    table = Municipalities.load()
    for row in ROWS:
        for spelling in {row["name"], f"{row['name']}x", row["name"][1:]} | _ascii_spellings(
            row["name"]
        ):
            table.match(spelling)
    for text in ("xyz", "hello world", "Vejlen", "Aarhus or Odense", "nej", "Kommune 751"):
        table.match(text)


# Consonant skeletons that two municipalities share, and how each collision is decided: by the
# vowels (Viborg has an i where Faaborg has å; Fanø ends in a vowel, Vejen in n), or not at all.
SKELETON_COLLISIONS = {"fbrg": frozenset({"430", "791"}), "fn": frozenset({"563", "575"})}


def test_municipalities_skeleton_collisions_are_the_known_ones() -> None:
    assert Municipalities.load().skeleton_collisions() == SKELETON_COLLISIONS


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("فيبورغ", "791", id="viborg-arabic"),
        pytest.param("Виборг", "791", id="viborg-russian"),
        pytest.param("ቪቦርግ", "791", id="viborg-tigrinya"),
        pytest.param("فابورغ", "430", id="faaborg-arabic"),
        pytest.param("Фоборг", "430", id="faaborg-russian-o"),
        pytest.param("ፋቦርግ", "430", id="faaborg-tigrinya"),
        pytest.param("فبرغ", None, id="fbrg-without-vowels"),
        pytest.param("Фборг", None, id="fbrg-cyrillic-without-vowels"),
        pytest.param("فانو", "563", id="fano-arabic"),
        pytest.param("Фанё", "563", id="fano-russian"),
        pytest.param("فاين", "575", id="vejen-arabic"),
        pytest.param("Вейен", "575", id="vejen-russian"),
        pytest.param("فن", None, id="fn-too-short"),
    ],
)
def test_municipalities_skeleton_collisions_are_decided_by_vowels(
    text: str, code: str | None
) -> None:
    found = Municipalities.load().match(text)
    assert (None if found is None else found.code) == code


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        pytest.param("Київ", ("kiiv",), id="ukrainian-i-yi"),
        pytest.param("Ґанок єдиний", ("ganok ėdinij",), id="ukrainian-ge-ye"),
        pytest.param("Гольбек", ("golbėk", "holbėk"), id="cyrillic-g-both-ways"),
        pytest.param("Гернінг", ("gėrning", "hėrning"), id="ukrainian-ng-stays-g"),
        pytest.param("ኦርሁስ", ("orhus",), id="ethiopic-rows-and-columns"),
        pytest.param("ቫይለ", ("vajle",), id="ethiopic-va-ye-le"),
        pytest.param("پژ چگ", ("pzh chg",), id="persian-letters"),
        pytest.param("ټډړښږګڼ", ("tdrshzgn",), id="pashto-consonants"),
        pytest.param("ڕڵۆێە", ("rloee",), id="sorani-letters"),
        pytest.param("اودنسه", ("əodnse",), id="initial-alef-final-heh"),
        pytest.param("ویله", ("vile",), id="initial-waw-is-v"),
        pytest.param("نستوید", ("nstoid", "nstvid"), id="waw-before-vowel-both-ways"),
    ],
)
def test_transliterate_spells_other_scripts_in_latin(text: str, latin: tuple[str, ...]) -> None:
    assert transliterate(text) == latin


def test_municipalities_every_one_is_found_by_the_sound_of_its_name() -> None:
    """The sound index holds every municipality, and no name is mistaken for noise ("kommune")
    or for another name; Ærø has one consonant, too few to compare."""
    table = Municipalities.load()
    missed = [m.name for m in table.all() if table._match_sound(m.name) != m.code]
    assert missed == ["Ærø"]
