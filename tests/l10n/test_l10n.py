"""Tests for the translators' tool: the bot.l10n package, ``igubot l10n`` and l10n.toml.

Most tests build a small locale tree in ``tmp_path`` (the real one changes while translators
work); the tests at the end run on the real tree and check structure only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from fluent.syntax import FluentParser, ast

from bot.content import Content
from bot.i18n import LANGUAGES, Catalog
from bot.i18n.sourcehash import source_hash
from bot.kernel.errors import LocaleError
from bot.l10n.cli import l10n
from bot.l10n.entries import entry_key, entry_source, parse_pattern_text, pattern_text
from bot.l10n.files import read_reference
from bot.l10n.ftl_edit import IMPORTED_REVIEW_LINE
from bot.l10n.po import PoUnit, dump_po, load_po
from bot.l10n.po_export import export_po
from bot.l10n.po_import import import_po
from bot.l10n.sources import read_sources, stamp, write_sources
from bot.l10n.status import build_status, format_status_table
from tests.support.tree import ROOT, run_python

#: The keys of a locale in `igubot l10n status --format json`, in order.
STATUS_KEYS = [
    "code",
    "total",
    "translated",
    "missing",
    "stale",
    "review",
    "examples",
    "keywords",
    "flows",
]

COMPARE_LOCALES = Path(sys.executable).parent / "compare-locales"

EN_COMMON = """\
### Shared messages.
### Review status: source

-brand = IGU-bot
    .gender = masculine

# $name (String) - the person's first name
hello = Hello, { $name }! I am { -brand }.
bye = Goodbye.

## Buttons (at most 30 characters)

button-yes = Yes
button-no = No
"""

EN_INTEREST = """\
### The interest form.
### Review status: source

# $count (Number) - how many messages are waiting
unread = { $count ->
    [one] You have one new message.
   *[other] You have { $count } new messages.
}
intro =
    IGU is a job with school.

    It lasts two years.
      This line is indented.
form-field = Your name
    .placeholder = Type your name
    .title = Name
# $months (Number) - months a lead is kept
consent = We keep your answers for { $months ->
        [one] one month
       *[other] { $months } months
    }. Type /forget to delete them.
"""

EN_MENU = """\
### The menu.
### Review status: source

menu-ask = What do you want to do?
# A button
menu-about = About IGU
"""

# Arabic: own comments, non-canonical layout, all six plural categories; "bye" is missing and
# there is no menu.ftl.
AR_COMMON = """\
### الرسائل المشتركة.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

-brand = بوت IGU
    .gender = masculine

# $name: الاسم الأول
hello = مرحبًا { $name }! أنا { -brand }.

## الأزرار

button-yes = نعم
button-no =   لا
"""

AR_INTEREST = """\
### استمارة الاهتمام.
### Review status: draft (written by the igubot team, not yet reviewed by a native speaker)

unread = { $count ->
    [zero] ليس لديك رسائل جديدة.
    [one] لديك رسالة جديدة واحدة.
    [two] لديك رسالتان جديدتان.
    [few] لديك { $count } رسائل جديدة.
    [many] لديك { $count } رسالة جديدة.
   *[other] لديك { $count } رسالة جديدة.
}
intro =
    IGU وظيفة مع مدرسة.

    تستمر سنتين.
      هذا السطر مُزاح.
form-field = اسمك
    .placeholder = اكتب اسمك
    .title = الاسم
consent =
    نحتفظ بإجاباتك لمدة { $months ->
        [one] شهر واحد
       *[other] { $months } شهرًا
    }. اكتب /forget لحذفها.
"""

EN_FILES = {"en/common.ftl": EN_COMMON, "en/interest.ftl": EN_INTEREST, "en/menu.ftl": EN_MENU}
AR_FILES = {"ar/common.ftl": AR_COMMON, "ar/interest.ftl": AR_INTEREST}


def write_locales(root: Path, files: dict[str, str]) -> Path:
    """Write ``{"en/common.ftl": text}`` below ``root/locales``; return that directory."""
    locales = root / "locales"
    for name, text in files.items():
        path = locales / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return locales


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory`` with its bytes."""
    return {
        str(p.relative_to(directory)): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run inside ``tmp_path`` so shown paths read ``locales/...``."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def tree(in_tmp: Path) -> Path:
    """English (three flows) and a partial Arabic draft; returns the locales directory."""
    return write_locales(in_tmp, {**EN_FILES, **AR_FILES})


@pytest.fixture
def cli() -> click.Group:
    """A root group with ``l10n`` registered the way bot/face/cli.py registers it."""
    group = click.Group("igubot")
    group.add_command(l10n)
    return group


def run(cli: click.Group, *args: str) -> Result:
    return CliRunner().invoke(cli, ["l10n", *args], catch_exceptions=False)


def entries_of(text: str) -> list[ast.Message | ast.Term]:
    return [e for e in FluentParser().parse(text).body if isinstance(e, (ast.Message, ast.Term))]


def ar_status(locales: Path) -> dict[str, object]:
    report = build_status(locales).as_json()
    locales_list = report["locales"]
    assert isinstance(locales_list, list)
    return next(item for item in locales_list if item["code"] == "ar")


# ----------------------------------------------------------- bot.l10n.entries, bot.i18n.sourcehash


def test_source_hash_agrees_with_content_source_hash(tree: Path) -> None:
    catalog, errors = Catalog.load(tree)
    assert errors == []
    content = Content(root=tree.parent, flows={}, catalog=catalog, facts=None, conditions={})
    entries = [e for name in EN_FILES.values() for e in entries_of(name)]
    assert len(entries) == 11
    for entry in entries:
        key = entry_key(entry)
        assert entry_source(entry) == catalog.source("en", key)
        assert source_hash(entry_source(entry)) == content.source_hash(key)
    stamp(tree, "ar")
    recorded = read_sources(tree / "ar")
    assert recorded["hello"] == content.source_hash("hello")
    assert recorded["-brand"] == content.source_hash("-brand")


@pytest.mark.slow
def test_consent_hash_does_not_load_the_translators_tool() -> None:
    # A fresh interpreter: what a consent answer imports (the engine's turn code, the content,
    # Content.source_hash for every consent step of the real flows), and nothing of bot.l10n.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import bot.engine.dialogue, bot.engine.engine\n"
        "from bot.check.load import load_content\n"
        "content, _ = load_content(Path('.'))\n"
        "asks = [s.ask for d in content.flows.values() for s in d.model.steps.values()\n"
        "        if s.consent and s.ask]\n"
        "hashes = [content.source_hash(ask) for ask in asks]\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'translate'\n"
        "                or m.startswith('bot.l10n'))\n"
        "print(len(hashes), all(len(h) == 12 for h in hashes), loaded)\n"
    )
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    count, well_formed, loaded = done.stdout.split(maxsplit=2)
    assert int(count) >= 2, "the real flows ask for consent (interest, human, employer)"
    assert well_formed == "True"
    assert loaded.strip() == "[]", "a consent answer must not import translate-toolkit or bot.l10n"


@pytest.mark.parametrize(
    "text",
    [EN_COMMON, EN_INTEREST, EN_MENU, AR_COMMON, AR_INTEREST],
    ids=["en-common", "en-interest", "en-menu", "ar-common", "ar-interest"],
)
def test_pattern_text_parses_back_to_the_same_entry(text: str) -> None:
    for entry in entries_of(text):
        parsed, errors = parse_pattern_text(entry_key(entry), pattern_text(entry))
        assert errors == []
        assert parsed is not None
        assert entry_source(parsed) == entry_source(entry)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("plain = Hello\n", "Hello"),
        ("dotted = .NET and more\n", ".NET and more"),
        ("attrs = Value\n    .title = Title\n", "Value\n.title = Title"),
        ("only-attrs =\n    .placeholder = Type\n", ".placeholder = Type"),
        (
            "sel = { $n ->\n    [one] One\n   *[other] Many\n}\n",
            "{ $n ->\n    [one] One\n   *[other] Many\n}",
        ),
        ("multi =\n    One\n\n    Two\n      Three\n", "One\n\nTwo\n  Three"),
        ("-term = Brand\n    .gender = f\n", "Brand\n.gender = f"),
    ],
)
def test_pattern_text_form(source: str, expected: str) -> None:
    (entry,) = entries_of(source)
    assert pattern_text(entry) == expected
    parsed, errors = parse_pattern_text(entry_key(entry), expected)
    assert errors == []
    assert parsed is not None
    assert entry_source(parsed) == entry_source(entry)


def test_parse_pattern_text_reports_line_of_the_text() -> None:
    parsed, errors = parse_pattern_text("unread", "{ $n ->\n    [one] One\n    [other] Many\n}")
    assert parsed is None
    assert errors == [(4, "E0010 Expected one of the variants to be marked as default (*)")]


# --------------------------------------------------------------------------------- bot.l10n.status


def test_status_counts_missing_and_unstamped_as_stale(tree: Path) -> None:
    status = ar_status(tree)
    assert (status["total"], status["translated"], status["missing"], status["stale"]) == (
        10,
        0,
        3,
        7,
    )


def test_status_stamp_clears_stale_and_english_change_makes_it_stale(tree: Path) -> None:
    stamp(tree, "ar")
    assert ar_status(tree)["stale"] == 0
    assert ar_status(tree)["translated"] == 7
    en_common = tree / "en" / "common.ftl"
    en_common.write_text(en_common.read_text().replace("Hello,", "Hi,"), encoding="utf-8")
    status = ar_status(tree)
    assert (status["translated"], status["missing"], status["stale"]) == (6, 3, 1)
    flows = {f["flow"]: f for f in status["flows"]}
    assert flows["common"] == {
        "flow": "common",
        "total": 4,
        "translated": 2,
        "missing": 1,
        "stale": 1,
    }
    stamp(tree, "ar", ["hello"])
    assert ar_status(tree)["stale"] == 0


def test_status_comment_and_layout_changes_are_not_stale(tree: Path) -> None:
    stamp(tree, "ar")
    en_common = tree / "en" / "common.ftl"
    text = en_common.read_text().replace("the person's first name", "first name only")
    en_common.write_text(text.replace("button-yes = Yes", "button-yes =\n    Yes"), "utf-8")
    assert ar_status(tree)["stale"] == 0


def test_status_json_shape_is_exact(tree: Path) -> None:
    stamp(tree, "ar", ["hello", "unread"])
    assert build_status(tree).as_json() == {
        "locales": [
            {
                "code": "en",
                "total": 10,
                "translated": 10,
                "missing": 0,
                "stale": 0,
                "review": "source",
                "examples": 0,
                "keywords": 0,
                "flows": [
                    {"flow": "common", "total": 4, "translated": 4, "missing": 0, "stale": 0},
                    {"flow": "interest", "total": 4, "translated": 4, "missing": 0, "stale": 0},
                    {"flow": "menu", "total": 2, "translated": 2, "missing": 0, "stale": 0},
                ],
            },
            {
                "code": "ar",
                "total": 10,
                "translated": 2,
                "missing": 3,
                "stale": 5,
                "review": "draft",
                "examples": 0,
                "keywords": 0,
                "flows": [
                    {"flow": "common", "total": 4, "translated": 1, "missing": 1, "stale": 2},
                    {"flow": "interest", "total": 4, "translated": 1, "missing": 0, "stale": 3},
                    {"flow": "menu", "total": 2, "translated": 0, "missing": 2, "stale": 0},
                ],
            },
        ]
    }
    keys = [list(item) for item in build_status(tree).as_json()["locales"]]
    assert keys[1] == STATUS_KEYS


@pytest.mark.parametrize(
    ("line", "expected", "warned"),
    [
        ("### Review status: source\n", "source", False),
        ("### Review status: draft (machine translated)\n", "draft", False),
        ("### Review status: reviewed 2026-11-20 by Amina H.\n", "reviewed", False),
        ("### Review status: Reviewed.\n", "reviewed", False),
        ("### Review status: almost done\n", "unknown", True),
        ("", "unknown", True),
    ],
)
def test_status_review_parsing(in_tmp: Path, line: str, expected: str, warned: bool) -> None:
    locales = write_locales(
        in_tmp,
        {"en/common.ftl": EN_COMMON, "uk/common.ftl": f"### Спільне.\n{line}\nbye = Бувай.\n"},
    )
    report = build_status(locales)
    (uk,) = [s for s in report.locales if s.code == "uk"]
    assert uk.review == expected
    assert any("uk" in p.path and "eview status" in p.message for p in report.problems) is warned


def test_status_review_from_first_file_and_mixed_files_warned(in_tmp: Path) -> None:
    locales = write_locales(
        in_tmp,
        {
            **EN_FILES,
            "uk/common.ftl": "### Review status: reviewed by O. K.\n\nbye = Бувай.\n",
            "uk/interest.ftl": "### Review status: draft (new)\n",
            "uk/menu.ftl": "menu-ask = Що ви хочете зробити?\n",
        },
    )
    report = build_status(locales)
    assert [s.review for s in report.locales if s.code == "uk"] == ["reviewed"]
    rendered = [p.render() for p in report.problems]
    assert (
        "locales/uk/interest.ftl:1:1: warning: review status 'draft' differs from 'reviewed' "
        "in common.ftl (the locale reports the first file's)"
    ) in rendered
    assert (
        "locales/uk/menu.ftl:1:1: warning: no '### Review status:' line (the locale reports "
        "'reviewed' from common.ftl)"
    ) in rendered


def test_status_all_lists_every_language(tree: Path) -> None:
    report = build_status(tree, all_languages=True)
    assert [s.code for s in report.locales] == list(LANGUAGES)
    ti = next(s for s in report.locales if s.code == "ti")
    assert (ti.exists, ti.translated, ti.missing, ti.review) == (False, 0, 10, "unknown")


def test_status_warns_about_syntax_errors_obsolete_and_unknown_directories(
    tree: Path,
) -> None:
    (tree / "ar" / "menu.ftl").write_text(
        "### Review status: draft\n\nmenu-ask = { $x\nold-id = قديم\n", encoding="utf-8"
    )
    (tree / "xx").mkdir()
    report = build_status(tree)
    rendered = [p.render() for p in report.problems]
    assert (
        "locales/ar/menu.ftl:3:1: warning: syntax error: this entry counts as missing "
        "(details: igubot check)"
    ) in rendered
    assert (
        "locales/ar/menu.ftl:4:1: warning: 'old-id' is not in English (any more): delete it, "
        "or rename it to the new id"
    ) in rendered
    assert any(p.startswith("locales/xx:1:1: warning:") for p in rendered)
    assert ar_status(tree)["missing"] == 3


def test_status_table_is_aligned_with_percent(tree: Path) -> None:
    stamp(tree, "ar", ["hello", "unread"])
    table = format_status_table(build_status(tree), flows=["ar"])
    assert table.splitlines() == [
        "locale      language  review  complete  translated  stale  missing  total  examples"
        "  keywords",
        "en          English   source      100%          10      0        0     10         0"
        "         0",
        "ar          Arabic    draft        20%           2      5        3     10         0"
        "         0",
        "  common                           25%           1      2        1      4",
        "  interest                         25%           1      3        0      4",
        "  menu                              0%           0      0        2      2",
    ]


# -------------------------------------------------------------------------------- bot.l10n.sources


def test_stamp_rejects_unknown_and_untranslated_ids_and_writes_nothing(tree: Path) -> None:
    with pytest.raises(LocaleError, match="not in English: nope"):
        stamp(tree, "ar", ["hello", "nope"])
    with pytest.raises(LocaleError, match="not translated in 'ar': bye"):
        stamp(tree, "ar", ["bye"])
    with pytest.raises(LocaleError, match="source locale"):
        stamp(tree, "en")
    assert not (tree / "ar" / "sources.json").exists()


def test_sources_json_is_sorted_with_trailing_newline(tree: Path) -> None:
    stamp(tree, "ar", ["unread", "hello", "-brand"])
    text = (tree / "ar" / "sources.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert list(data) == ["-brand", "hello", "unread"]
    assert all(len(v) == 12 and int(v, 16) >= 0 for v in data.values())
    assert text.endswith("}\n")
    assert write_sources(tree / "ar", data) is False  # same content: not rewritten


def test_read_sources_reports_bad_json_located(tree: Path) -> None:
    (tree / "ar" / "sources.json").write_text('{\n  "hello": 1\n}\n', encoding="utf-8")
    with pytest.raises(LocaleError, match="must be a JSON object"):
        read_sources(tree / "ar")
    (tree / "ar" / "sources.json").write_text('{\n  "hello": \n', encoding="utf-8")
    with pytest.raises(LocaleError) as raised:
        read_sources(tree / "ar")
    assert raised.value.path.endswith("sources.json")
    assert raised.value.line == 3


# ------------------------------------------------------------------------------ bot.l10n.po_export


def test_export_po_units(tree: Path) -> None:
    stamp(tree, "ar", ["hello"])
    document = load_po(export_po(tree, "ar"), "ar.po")
    assert document.language == "ar"
    units = {u.context: u for u in document.units}
    assert list(units) == [
        "-brand",
        "hello",
        "bye",
        "button-yes",
        "button-no",
        "unread",
        "intro",
        "form-field",
        "consent",
        "menu-ask",
        "menu-about",
    ]
    assert units["hello"] == PoUnit(
        context="hello",
        source="Hello, { $name }! I am { -brand }.",
        target="مرحبًا { $name }! أنا { -brand }.",
        fuzzy=False,
        notes=("$name (String) - the person's first name",),
        locations=("locales/en/common.ftl",),
        line=units["hello"].line,
    )
    assert units["unread"].fuzzy  # translated, never stamped
    assert units["unread"].target.splitlines()[0] == "{ $count ->"
    assert units["bye"].target == ""
    assert not units["bye"].fuzzy
    assert units["button-no"].notes == ("Section: Buttons (at most 30 characters)",)
    assert units["form-field"].source == "Your name\n.placeholder = Type your name\n.title = Name"


def test_export_po_header_names_plural_categories(tree: Path) -> None:
    text = export_po(tree, "ar").decode("utf-8")
    assert '"Language: ar\\n"' in text
    assert "# Plural categories (CLDR) for ar: zero, one, two, few, many, other." in text


def test_export_po_for_language_without_directory(tree: Path) -> None:
    document = load_po(export_po(tree, "uk"), "uk.po")
    assert len(document.units) == 11
    assert all(u.target == "" and not u.fuzzy for u in document.units)


# ---------------------------------------------- bot.l10n.po_import, bot.l10n.ftl_edit, bot.l10n.po


def test_import_round_trip_leaves_every_file_byte_identical(tree: Path) -> None:
    before = snapshot(tree)
    report = import_po(tree, "ar", export_po(tree, "ar"), "ar.po")
    assert report.issues == ()
    assert report.changed == ()
    assert len(report.unchanged) == 8
    assert report.stamped == ()  # all fuzzy: never stamped
    assert report.written == ()
    assert snapshot(tree) == before


def test_import_round_trip_after_stamp_is_byte_identical(tree: Path) -> None:
    stamp(tree, "ar")
    before = snapshot(tree)
    report = import_po(tree, "ar", export_po(tree, "ar"), "ar.po")
    assert len(report.stamped) == 8
    assert report.written == ()
    assert snapshot(tree) == before


def _with_targets(data: bytes, targets: dict[str, str], *, fuzzy: bool | None = None) -> bytes:
    """The PO file ``data`` with some msgstr replaced (and all fuzzy flags set or cleared)."""
    document = load_po(data, "in.po")
    units = [
        PoUnit(
            context=u.context,
            source=u.source,
            target=targets.get(u.context, u.target),
            fuzzy=u.fuzzy if fuzzy is None else fuzzy,
            notes=u.notes,
            locations=u.locations,
        )
        for u in document.units
    ]
    return dump_po(units, language="ar", project="igubot", created="2026-11-23 12:00+0000")


def test_import_changes_in_place_inserts_new_in_english_order_and_stamps(tree: Path) -> None:
    data = _with_targets(
        export_po(tree, "ar"),
        {
            "hello": "أهلًا { $name }!",
            "bye": "مع السلامة.",
            "button-yes": "أجل",
            "menu-about": "عن IGU",
            "menu-ask": "ماذا تريد أن تفعل؟",
        },
        fuzzy=False,
    )
    report = import_po(tree, "ar", data, "ar.po")
    assert report.issues == ()
    assert sorted(report.changed) == ["button-yes", "bye", "hello", "menu-about", "menu-ask"]
    assert len(report.stamped) == 11  # ten messages and the term
    common = (tree / "ar" / "common.ftl").read_text(encoding="utf-8")
    assert common == AR_COMMON.replace(
        "hello = مرحبًا { $name }! أنا { -brand }.\n",
        "hello = أهلًا { $name }!\nbye = مع السلامة.\n",
    ).replace("button-yes = نعم", "button-yes = أجل")
    assert "# $name: الاسم الأول\nhello = أهلًا" in common  # the translator's comment stays
    assert (tree / "ar" / "menu.ftl").read_text(encoding="utf-8") == (
        f"{IMPORTED_REVIEW_LINE}\n\nmenu-ask = ماذا تريد أن تفعل؟\n\n# A button\n"
        "menu-about = عن IGU\n"
    )
    assert (tree / "ar" / "interest.ftl").read_text(encoding="utf-8") == AR_INTEREST
    status = ar_status(tree)
    assert (status["translated"], status["missing"], status["stale"]) == (10, 0, 0)


def test_import_inserts_multiline_and_select_messages_after_their_english_neighbours(
    in_tmp: Path,
) -> None:
    short = AR_INTEREST.split("intro =")[0] + "form-field = اسمك\n    .placeholder = اكتب اسمك\n"
    short += "    .title = الاسم\n"
    locales = write_locales(in_tmp, {**EN_FILES, "ar/interest.ftl": short})
    complete = write_locales(in_tmp / "complete", {**EN_FILES, **AR_FILES})
    report = import_po(locales, "ar", export_po(complete, "ar"), "ar.po")
    assert report.issues == ()
    assert sorted(report.changed) == sorted(
        ["-brand", "hello", "button-yes", "button-no", "intro", "consent"]
    )
    text = (locales / "ar" / "interest.ftl").read_text(encoding="utf-8")
    intro = "intro =\n    IGU وظيفة مع مدرسة.\n\n    تستمر سنتين.\n      هذا السطر مُزاح.\n"
    consent = (
        "# $months (Number) - months a lead is kept\nconsent =\n    نحتفظ بإجاباتك لمدة { $months ->\n"
        "        [one] شهر واحد\n       *[other] { $months } شهرًا\n    }. اكتب /forget لحذفها.\n"
    )
    assert text == short.replace("form-field", intro + "form-field") + "\n" + consent
    assert [entry_key(e) for e in entries_of(text)] == ["unread", "intro", "form-field", "consent"]
    new = {entry_key(e): entry_source(e) for e in entries_of(text)}
    old = {entry_key(e): entry_source(e) for e in entries_of(AR_INTEREST)}
    assert new == old


def test_import_fuzzy_units_are_imported_but_stay_stale(tree: Path) -> None:
    data = _with_targets(export_po(tree, "ar"), {"bye": "مع السلامة."}, fuzzy=True)
    report = import_po(tree, "ar", data, "ar.po")
    assert report.changed == ("bye",)
    assert report.stamped == ()
    assert ar_status(tree)["stale"] == 8


def test_import_new_message_before_all_existing_goes_after_resource_comments(
    in_tmp: Path,
) -> None:
    locales = write_locales(
        in_tmp,
        {
            **EN_FILES,
            "ar/menu.ftl": "### Review status: draft\n\n## القائمة\n\nmenu-about = عن IGU\n",
        },
    )
    data = _with_targets(export_po(locales, "ar"), {"menu-ask": "ماذا تريد؟"})
    import_po(locales, "ar", data, "ar.po")
    assert (locales / "ar" / "menu.ftl").read_text(encoding="utf-8") == (
        "### Review status: draft\n\nmenu-ask = ماذا تريد؟\n\n## القائمة\n\nmenu-about = عن IGU\n"
    )


def test_import_syntax_error_is_located_at_po_line_and_others_imported(tree: Path) -> None:
    broken = "{ $count ->\n    [one] واحدة\n    [other] { $count }\n}"
    data = _with_targets(
        export_po(tree, "ar"), {"unread": broken, "bye": "مع السلامة."}, fuzzy=False
    )
    lines = data.decode("utf-8").splitlines()
    msgstr = next(
        i
        for i, line in enumerate(lines, 1)
        if line.startswith("msgstr") and i > lines.index('msgctxt "unread"')
    )
    report = import_po(tree, "ar", data, "ar.po")
    assert [i.render() for i in report.errors] == [
        f"ar.po:{msgstr + 4}: unread: E0010 Expected one of the variants to be marked as "
        "default (*)"
    ]
    assert lines[msgstr + 3] == '"}"'
    assert "bye" in report.changed
    assert "unread" not in report.stamped
    assert (tree / "ar" / "interest.ftl").read_text(encoding="utf-8") == AR_INTEREST


def test_import_rejects_unknown_variables_and_attribute_changes(tree: Path) -> None:
    data = _with_targets(
        export_po(tree, "ar"),
        {
            "hello": "مرحبًا { $user }!",
            "form-field": "اسمك\n.placeholder = اكتب اسمك",
            "bye": "{ $count ->\n   *[other] مع السلامة { $who }\n}",
        },
    )
    report = import_po(tree, "ar", data, "ar.po")
    messages = {i.key: i.message for i in report.errors}
    assert messages == {
        "hello": "unknown variable(s) $user (English has $name); variable names are never "
        "translated",
        "bye": "unknown variable(s) $count, $who (English has none); variable names are never "
        "translated",
        "form-field": "attributes must be those of English (missing: .title; unknown: none); "
        "keep the line `.title =` as it is; translate only the words after it",
    }
    assert (tree / "ar" / "common.ftl").read_text(encoding="utf-8") == AR_COMMON


def test_import_rejects_ids_english_does_not_have_and_duplicates(tree: Path) -> None:
    units = [
        PoUnit(context="gone", source="Old", target="قديم"),
        PoUnit(context="bye", source="Goodbye.", target="وداعًا"),
        PoUnit(context="bye", source="Goodbye.", target="مع السلامة"),
    ]
    data = dump_po(units, language="ar", project="igubot", created="2026-11-23 12:00+0000")
    report = import_po(tree, "ar", data, "ar.po")
    assert [(i.key, i.message) for i in report.errors] == [
        ("gone", "English has no such message (removed or renamed?); skipped"),
        ("bye", "a second unit for this id; skipped"),
    ]
    assert report.changed == ("bye",)


def test_import_from_older_english_is_imported_but_not_stamped(tree: Path) -> None:
    data = _with_targets(export_po(tree, "ar"), {"bye": "وداعًا"}, fuzzy=False)
    en_common = tree / "en" / "common.ftl"
    en_common.write_text(en_common.read_text().replace("Goodbye.", "Bye!"), encoding="utf-8")
    report = import_po(tree, "ar", data, "ar.po")
    assert "bye" in report.changed
    assert "bye" not in report.stamped
    assert [i.level for i in report.issues if i.key == "bye"] == ["warning"]


def test_import_refuses_po_for_another_language(tree: Path) -> None:
    data = export_po(tree, "uk")
    with pytest.raises(LocaleError, match="for language 'uk', not 'ar'"):
        import_po(tree, "ar", data, "uk.po")


def test_import_refuses_files_with_syntax_errors(tree: Path) -> None:
    (tree / "ar" / "menu.ftl").write_text("menu-ask = { $x\n", encoding="utf-8")
    data = _with_targets(export_po(tree, "ar"), {"menu-about": "عن IGU"})
    report = import_po(tree, "ar", data, "ar.po")
    assert [i.key for i in report.errors] == ["menu-about"]
    assert "syntax error at line 1" in report.errors[0].message


def test_import_dry_run_writes_nothing(tree: Path) -> None:
    before = snapshot(tree)
    data = _with_targets(export_po(tree, "ar"), {"bye": "وداعًا"}, fuzzy=False)
    report = import_po(tree, "ar", data, "ar.po", dry_run=True)
    assert report.changed == ("bye",)
    assert snapshot(tree) == before


def test_load_po_records_line_of_each_translated_line() -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Language: ar\\n"\n\n'
        '#, fuzzy\nmsgctxt "multi"\nmsgid "x"\nmsgstr ""\n"one\\n"\n"two "\n"still two\\n"\n'
        '"\\n"\n"four"\n\n'
        'msgctxt ""\n"wrapped-"\n"id"\nmsgid "y"\nmsgstr "z"\n\n'
        '#~ msgctxt "old"\n#~ msgid "o"\n#~ msgstr "p"\n'
    )
    document = load_po(text.encode("utf-8"), "t.po")
    multi, wrapped = document.units
    assert multi.target == "one\ntwo still two\n\nfour"
    assert multi.fuzzy
    assert (multi.line, multi.target_lines) == (8, (9, 10, 12, 13))
    assert (wrapped.context, wrapped.line, wrapped.target_line(1)) == ("wrapped-id", 19, 19)


def test_load_po_reports_parse_errors_with_line() -> None:
    with pytest.raises(LocaleError) as raised:
        load_po(b'msgid "a"\nmsgstr "b"\nnonsense here\n', "bad.po")
    assert raised.value.path == "bad.po"
    assert "not a valid PO file" in raised.value.message


def test_compare_locales_clean_after_import_with_sources_json(tree: Path) -> None:
    data = _with_targets(export_po(tree, "ar"), {"bye": "وداعًا", "menu-ask": "ماذا؟"}, fuzzy=False)
    import_po(tree, "ar", data, "ar.po")
    assert (tree / "ar" / "sources.json").is_file()
    (tree.parent / "l10n.toml").write_text(
        'basepath = "."\nlocales = ["ar"]\n\n[[paths]]\nreference = "locales/en/*.ftl"\n'
        'l10n = "locales/{locale}/*.ftl"\n',
        encoding="utf-8",
    )
    summary, details = compare_locales(tree.parent, "ar")
    assert summary["errors"] == 0
    assert "sources.json" not in json.dumps(details)
    assert summary["missing"] == 1  # menu-about


# ------------------------------------------------------------------------------------ bot.l10n.cli


def test_cli_status_text_json_and_warning_exit_zero(cli: click.Group, in_tmp: Path) -> None:
    locales = write_locales(in_tmp, {**EN_FILES, "ti/menu.ftl": "menu-ask = ምንታይ?\n"})
    result = run(cli, "status", "--locales-dir", str(locales))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == [
        "locale",
        "language",
        "review",
        "complete",
        "translated",
        "stale",
        "missing",
        "total",
        "examples",
        "keywords",
    ]
    assert "locales/ti:1:1: warning: ti: no file has a '### Review status:' line" in result.stderr
    result = run(cli, "status", "--format", "json", "--locales-dir", str(locales))
    assert result.exit_code == 0
    assert [item["code"] for item in json.loads(result.stdout)["locales"]] == ["en", "ti"]
    result = run(cli, "status", "ti", "--locales-dir", str(locales))
    assert "  menu " in result.stdout
    assert "en " not in result.stdout


def test_cli_exit_codes(cli: click.Group, tree: Path, tmp_path: Path) -> None:
    loc = ["--locales-dir", str(tree)]
    assert run(cli, "status", *loc).exit_code == 0
    assert run(cli, "status", "xx", *loc).exit_code == 1
    assert run(cli, "status", "--locales-dir", str(tmp_path / "nowhere")).exit_code == 1
    assert run(cli, "stamp", "ar", "nope", *loc).exit_code == 1
    assert run(cli, "stamp", "zz", *loc).exit_code == 1
    stamped = run(cli, "stamp", "ar", "hello", *loc)
    assert (stamped.exit_code, stamped.stdout) == (0, "ar: stamped 1 message(s)\n")
    assert run(cli, "stamp", "ar", *loc, "--", "-brand").exit_code == 0
    assert "-brand" in read_sources(tree / "ar")
    assert run(cli, "export", "en", "-o", str(tmp_path / "en.po"), *loc).exit_code == 1
    po = tmp_path / "ar.po"
    assert run(cli, "export", "ar", "-o", str(po), *loc).exit_code == 0
    assert run(cli, "export", "ar", "-o", "-", *loc).stdout_bytes.startswith(b"# igubot")
    result = run(cli, "import", "ar", str(po), *loc)
    assert (result.exit_code, result.stdout) == (
        0,
        "ar: changed 0, unchanged 8, stamped 2, empty 3, skipped 0\n",
    )
    po.write_bytes(_with_targets(po.read_bytes(), {"hello": "{ $user }"}))
    result = run(cli, "import", "ar", str(po), *loc)
    assert result.exit_code == 1
    assert f"{po}:" in result.stderr
    assert ": hello: unknown variable(s) $user" in result.stderr
    po.write_bytes(b"garbage\n")
    assert run(cli, "import", "ar", str(po), *loc).exit_code == 1


# ------------------------------------------------------------------------ the real tree, l10n.toml


def real_locales() -> list[str]:
    """Every locale directory of the project except the source, by name."""
    return sorted(
        p.name
        for p in (ROOT / "locales").iterdir()
        if p.is_dir() and not p.name.startswith(".") and p.name != "en"
    )


def compare_locales(root: Path, code: str) -> tuple[dict[str, int], object]:
    """Run compare-locales on ``root/l10n.toml`` for one locale: (summary, details)."""
    done = subprocess.run(
        [str(COMPARE_LOCALES), "--json", "-", "--return-zero", "l10n.toml", ".", code],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    (report,) = json.loads(done.stdout)
    summary = report["summary"].get(code)
    assert summary is not None, f"compare-locales skipped {code!r}: is it in l10n.toml's locales?"
    return summary, report["details"]


def test_l10n_toml_lists_every_locale_directory() -> None:
    config = tomllib.loads((ROOT / "l10n.toml").read_text(encoding="utf-8"))
    assert config["locales"] == real_locales()
    assert config["env"] == {"l": "locales/"}
    assert config["paths"] == [{"reference": "{l}en/*.ftl", "l10n": "{l}{locale}/*.ftl"}]


def test_l10n_toml_ignores_exactly_the_files_a_locale_does_not_translate() -> None:
    config = tomllib.loads((ROOT / "l10n.toml").read_text(encoding="utf-8"))
    reference = read_reference(ROOT / "locales")
    not_translated = {
        f"{{l}}{code}/{flow}.ftl"
        for code in real_locales()
        for flow in reference.flows
        if not reference.applies(flow, code)
    }
    assert not_translated, "en/*.ftl has no '### Locales:' file any more: drop the filter"
    (ignored,) = config["filters"]
    assert ignored["action"] == "ignore"
    assert sorted(ignored["path"]) == sorted(not_translated)


@pytest.mark.parametrize("code", real_locales())
def test_compare_locales_reports_every_locale_clean(code: str) -> None:
    summary, details = compare_locales(ROOT, code)
    counts = {k: summary.get(k, 0) for k in ("errors", "warnings", "missing", "obsolete")}
    assert counts == dict.fromkeys(counts, 0), json.dumps(details, ensure_ascii=False, indent=1)


def test_status_on_real_tree_has_the_documented_structure() -> None:
    report = build_status(ROOT / "locales").as_json()
    locales_list = report["locales"]
    assert isinstance(locales_list, list)
    assert sorted(item["code"] for item in locales_list) == sorted([*real_locales(), "en"])
    flows = sorted(p.stem for p in (ROOT / "locales" / "en").glob("*.ftl"))
    for item in locales_list:
        assert list(item) == STATUS_KEYS
        assert item["examples"] > 0
        assert item["keywords"] > 0
        assert item["review"] in {"source", "draft", "reviewed", "unknown"}
        assert item["translated"] + item["missing"] + item["stale"] == item["total"]
        assert set(f["flow"] for f in item["flows"]) <= set(flows)
        assert {"menu", "interest", "common"} <= {f["flow"] for f in item["flows"]}
        for flow in item["flows"]:
            assert list(flow) == ["flow", "total", "translated", "missing", "stale"]
            assert flow["translated"] + flow["missing"] + flow["stale"] == flow["total"]
    en = next(item for item in locales_list if item["code"] == "en")
    assert (en["review"], en["translated"]) == ("source", en["total"])


def test_status_a_file_for_some_locales_is_not_counted_elsewhere(in_tmp: Path) -> None:
    staff = "### Staff pages\n### Review status: source\n### Locales: da, en (staff read Danish)\n\nstaff-title = Leads\nstaff-logout = Sign out\n"
    locales = write_locales(
        in_tmp,
        {
            "en/menu.ftl": "### Review status: source\nmenu-ask = What now?\n",
            "en/staff.ftl": staff,
            "ar/menu.ftl": "### Review status: draft\nmenu-ask = ماذا الآن؟\n",
            "da/menu.ftl": "### Review status: draft\nmenu-ask = Hvad nu?\n",
        },
    )
    rows = {row["code"]: row for row in build_status(locales).as_json()["locales"]}  # type: ignore[union-attr]
    assert (rows["ar"]["total"], rows["ar"]["missing"]) == (1, 0)
    assert (rows["da"]["total"], rows["da"]["missing"]) == (3, 2)
    assert b"staff-title" not in export_po(locales, "ar")
    assert b"staff-title" in export_po(locales, "da")


# ------------------------------------------------------------------- typed examples (understand-*)

EN_UNDERSTANDING = """\
### Examples of what learners type.
### Review status: source

understand-pay =
    how much is the salary
    what do i earn
    .keywords = salary, wage, løn
"""

AR_UNDERSTANDING = """\
### Review status: draft

understand-pay =
    كم الراتب
    كم اخذ
    كم المعاش بالشهر
    .keywords = راتب، معاش
"""


def test_status_counts_example_lines_and_keywords_per_locale(in_tmp: Path) -> None:
    locales = write_locales(
        in_tmp,
        {
            **EN_FILES,
            **AR_FILES,
            "en/understanding.ftl": EN_UNDERSTANDING,
            "ar/understanding.ftl": AR_UNDERSTANDING,
        },
    )
    report = build_status(locales)
    counts = {s.code: (s.examples, s.keywords) for s in report.locales}
    assert counts == {"en": (2, 3), "ar": (3, 2)}
    assert ar_status(locales)["examples"] == 3
    header, en_row, ar_row = format_status_table(report).splitlines()
    assert header.split()[-2:] == ["examples", "keywords"]
    assert en_row.split()[-2:] == ["2", "3"]
    assert ar_row.split()[-2:] == ["3", "2"]


def test_import_a_translated_keywords_line_is_told_to_stay_at_its_po_line(
    in_tmp: Path,
) -> None:
    locales = write_locales(
        in_tmp,
        {
            **EN_FILES,
            **AR_FILES,
            "en/understanding.ftl": EN_UNDERSTANDING,
            "ar/understanding.ftl": AR_UNDERSTANDING,
        },
    )
    translated = "كم الراتب\nكم اخذ\n.الكلمات = راتب، معاش"
    data = _with_targets(export_po(locales, "ar"), {"understand-pay": translated}, fuzzy=False)
    lines = data.decode("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines, 1) if line.startswith('".الكلمات'))
    report = import_po(locales, "ar", data, "ar.po")
    assert [i.render() for i in report.errors] == [
        f"ar.po:{at}: understand-pay: keep the line `.keywords =` as it is; translate only the "
        "words after it"
    ]
    assert (locales / "ar" / "understanding.ftl").read_text(encoding="utf-8") == AR_UNDERSTANDING
