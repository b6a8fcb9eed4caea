"""`igubot qr`: posters for a notice board, with the links a real deployment gives, read back
from the PDF (PDFium) and its raster (zbar decodes the codes)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner, Result
from PIL import Image

from bot.content import Content
from bot.face.cli import main
from bot.i18n import LANGUAGES, Catalog
from bot.staff.poster import (
    MIN_TITLE,
    PAPERS,
    PosterError,
    PosterLinks,
    PosterPlace,
    poster_links,
    render_poster,
)
from tests.support.deployment import READY, fake_bot_api
from tests.support.fake_bot_api import TOKEN
from tests.support.tree import ROOT

#: The fake Bot API is plain HTTP: aiogram closes its session without waiting for TLS.
pytestmark = pytest.mark.usefixtures("aiogram_closes_at_once")

LOCAL = """
[staff]
base_url = "http://127.0.0.1:8080"
"""


def igubot(args: list[str], tmp_path: Path, config: str = READY, **env: str) -> Result:
    path = tmp_path / "igubot.toml"
    path.write_text(config, encoding="utf-8")
    base: dict[str, str | None] = {
        "IGUBOT_DATA_DIR": str(tmp_path / "data"),
        "IGUBOT_CONTENT_DIR": str(ROOT),
        "IGUBOT_CONFIG": str(path),
        "IGUBOT_BASE_URL": None,
        "TELEGRAM_TOKEN": None,
        "TELEGRAM_API_BASE": None,
    }
    return CliRunner().invoke(
        main, args, env={**base, **env}, catch_exceptions=False, prog_name="igubot"
    )


def test_qr_reads_the_bot_name_from_telegram(tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    with fake_bot_api() as fake:
        result = igubot(
            ["qr", "--municipality", "751", "--campaign", "library", "-o", str(out)],
            tmp_path,
            TELEGRAM_TOKEN=TOKEN,
            TELEGRAM_API_BASE=fake.base_url,
        )

    assert result.exit_code == 0, result.output
    assert "https://t.me/igubot_test_bot?start=m751_library" in result.output
    assert "https://igu.aarhus.dk/?start=m751_library" in result.output
    assert out.read_bytes().startswith(b"%PDF")
    assert 'set [staff.municipalities."751"] poster_contact' in result.output


def test_qr_prints_the_municipality_and_its_contact_line(tmp_path: Path) -> None:
    config = (
        READY + '[staff.municipalities."751"]\nposter_contact = "Jobcenter Aarhus · 89 40 20 00"\n'
    )
    out = tmp_path / "flyer.pdf"

    result = igubot(
        [
            "qr",
            "--municipality",
            "751",
            "--telegram-bot",
            "igu_bot",
            "--paper",
            "a5",
            "-o",
            str(out),
        ],
        tmp_path,
        config,
    )

    assert result.exit_code == 0, result.output
    assert "poster_contact" not in result.output
    page = Page.read(out.read_bytes())
    assert (round(page.width_mm), round(page.height_mm)) == (148, 210)
    assert page.text.startswith("Aarhus")
    assert "Jobcenter Aarhus · 89 40 20 00" in page.text
    assert "TEST" not in page.text  # a real poster carries no test mark


def test_qr_without_a_token_asks_for_one(tmp_path: Path) -> None:
    result = igubot(["qr", "--municipality", "751", "-o", str(tmp_path / "p.pdf")], tmp_path)

    assert result.exit_code == 1
    assert "TELEGRAM_TOKEN" in result.output
    assert "--telegram-bot" in result.output
    assert not (tmp_path / "p.pdf").exists()


def test_qr_refuses_a_loopback_address_unless_told_it_is_a_test(tmp_path: Path) -> None:
    args = ["qr", "--municipality", "751", "--telegram-bot", "igu_bot", "-o"]
    out = tmp_path / "p.pdf"

    refused = igubot([*args, str(out)], tmp_path, LOCAL)
    assert refused.exit_code == 1
    assert "http://127.0.0.1:8080" in refused.output
    assert "--allow-loopback" in refused.output
    assert not out.exists()

    allowed = igubot([*args, str(out), "--allow-loopback"], tmp_path, LOCAL)
    assert allowed.exit_code == 0, allowed.output
    assert "http://127.0.0.1:8080/?start=m751" in allowed.output
    assert Page.read(out.read_bytes()).text.endswith("TEST")  # a test poster says so


def test_qr_test_poster_in_arabic_is_marked_in_arabic_and_english(tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    args = ["qr", "--municipality", "751", "--telegram-bot", "igu_bot", "--lang", "ar", "-o"]

    result = igubot([*args, str(out), "--allow-loopback"], tmp_path, LOCAL)

    assert result.exit_code == 0, result.output
    text = Page.read(out.read_bytes()).text
    assert "TEST" in text
    assert "اختبار" in text or "اختبار"[::-1] in text  # the page's first language too


def test_qr_rejects_unknown_language_bad_campaign_and_file_type(tmp_path: Path) -> None:
    args = ["qr", "--municipality", "751", "--telegram-bot", "igu_bot"]
    out = str(tmp_path / "p.pdf")
    bad_lang = igubot([*args, "--lang", "xx", "-o", out], tmp_path)
    bad_campaign = igubot([*args, "--campaign", "a b", "-o", out], tmp_path)
    bad_type = igubot([*args, "-o", str(tmp_path / "p.jpg")], tmp_path)
    bad_bot = igubot(["qr", "--municipality", "751", "--telegram-bot", "a b", "-o", out], tmp_path)

    assert bad_lang.exit_code == 2
    assert "campaign 'a b'" in bad_campaign.output
    assert "write a .pdf" in bad_type.output
    assert "not a Telegram bot username" in bad_bot.output


def test_poster_links_without_campaign() -> None:
    links = poster_links("https://igubot.example", "igubot", "101", None)
    assert links.telegram == "https://t.me/igubot?start=m101"
    assert links.web == "https://igubot.example/?start=m101"
    with pytest.raises(PosterError):
        poster_links("https://igubot.example", "igubot", "101", "x" * 60)


# -- the page, read back: rasterised with PDFium, codes decoded with zbar ----------------------

ALL = ("da", "en", "ar", "ti", "uk", "prs", "fa", "so", "kmr", "ckb", "ru", "ps")
LINKS = PosterLinks(
    "https://t.me/igu_aarhus_bot?start=m751_library", "https://igu.aarhus.dk/?start=m751_library"
)
PLACE = PosterPlace("Aarhus", "Jobcenter Aarhus · Værkmestergade 25 · 89 40 20 00")
MM = 72 / 25.4  # PDF points per millimetre


@dataclass
class Page:
    """A rendered poster: its size, its characters with their boxes, and a raster."""

    width_mm: float
    height_mm: float
    text: str
    boxes: list[tuple[float, float, float, float]]
    image: Image.Image  # 4 pixels per mm, greyscale

    @classmethod
    def read(cls, pdf: bytes) -> Page:
        document = pdfium.PdfDocument(pdf)
        try:
            assert len(document) == 1
            page = document[0]
            width, height = page.get_size()
            textpage = page.get_textpage()
            count = textpage.count_chars()
            text = "".join(textpage.get_text_range(i, 1) for i in range(count))
            boxes = [textpage.get_charbox(i) for i in range(count)]
            image = page.render(scale=4 / MM, grayscale=True).to_pil().convert("L")
        finally:
            document.close()
        return cls(width / MM, height / MM, text, boxes, image)

    def ink_mm(self, index: int) -> float:
        """How high the ink of character ``index`` is."""
        _left, bottom, _right, top = self.boxes[index]
        return (top - bottom) / MM

    def blank_share(self) -> float:
        """The share of the page's rows (inside a 12 mm margin) without a dark pixel."""
        margin = 12 * 4
        rows = self.image.crop((margin, 0, self.image.width - margin, self.image.height))
        width = rows.width
        data = rows.tobytes()
        blank = sum(1 for y in range(rows.height) if min(data[y * width : (y + 1) * width]) > 200)
        return blank / rows.height

    def codes(self, tmp_path: Path) -> set[str]:
        """What zbarimg decodes from the raster."""
        zbarimg = shutil.which("zbarimg")
        if zbarimg is None:
            pytest.skip("zbarimg is missing: apt-get install zbar-tools")
        path = tmp_path / "page.png"
        self.image.save(path)
        found = subprocess.run(
            [zbarimg, "--raw", "-q", str(path)], capture_output=True, text=True, check=False
        )
        return set(found.stdout.split())


def render(catalog: Catalog, langs: list[str], paper: str = "a4") -> Page:
    return Page.read(render_poster(catalog, langs, LINKS, PLACE, PAPERS[paper]))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ALL)
def test_poster_in_each_language_fills_an_a4_page_readable_from_a_distance(
    tree_content: Content, lang: str, tmp_path: Path
) -> None:
    page = render(tree_content.catalog, [lang])

    assert (round(page.width_mm), round(page.height_mm)) == (210, 297)
    title = page.text.index("IGU")  # every title names IGU in Latin letters
    assert page.ink_mm(title) >= 15.0, "the title's capitals are at least 15 mm high"
    body = page.text.index("igubot")  # every body names igubot
    assert page.ink_mm(body + 3) >= 6.0, "the body's 'b' is at least 6 mm high"
    assert page.text.startswith("Aarhus")
    assert "Jobcenter Aarhus" in page.text
    assert page.blank_share() < 0.35
    assert page.codes(tmp_path) == {LINKS.telegram, LINKS.web}
    if LANGUAGES[lang].direction == "rtl":
        # shaped Arabic script reads back as Arabic letters, though a lam-alef ligature may come
        # back in drawing order: count the letters rather than compare words
        assert sum(1 for ch in page.text if "\u0600" <= ch <= "\u06ff") >= 60
    else:
        own = tree_content.catalog.format(lang, "poster-label-web")
        assert unicodedata.normalize("NFKC", own) in unicodedata.normalize("NFKC", page.text)


@pytest.mark.slow
def test_poster_in_two_languages_keeps_text_large(tree_content: Content, tmp_path: Path) -> None:
    page = render(tree_content.catalog, ["ar", "da"])

    titles = [i for i in range(len(page.text)) if page.text.startswith("IGU", i)]
    assert len(titles) == 2
    assert min(page.ink_mm(i) for i in titles) >= MIN_TITLE * 0.714 / MM - 0.2
    bodies = [i for i in range(len(page.text)) if page.text.startswith("igubot", i)]
    assert min(page.ink_mm(i + 3) for i in bodies) >= 6.0
    assert "Stil igubot dine spørgsmål" in page.text
    assert page.blank_share() < 0.35
    assert page.codes(tmp_path) == {LINKS.telegram, LINKS.web}


@pytest.mark.slow
def test_flyer_is_an_a5_page_with_both_codes(tree_content: Content, tmp_path: Path) -> None:
    page = render(tree_content.catalog, ["ti", "en"], paper="a5")

    assert (round(page.width_mm), round(page.height_mm)) == (148, 210)
    assert "ደሞዝ" in page.text  # Ethiopic text is there as text, with its own font
    assert page.blank_share() < 0.35
    assert page.codes(tmp_path) == {LINKS.telegram, LINKS.web}


def test_poster_with_too_many_languages_says_so(tree_content: Content) -> None:
    with pytest.raises(PosterError, match="do not fit on one A4 page"):
        render_poster(tree_content.catalog, ["ar", "da", "en", "ti"], LINKS, PLACE)


def test_poster_text_falls_back_and_is_not_repeated(tree_content: Content) -> None:
    page = Page.read(render_poster(tree_content.catalog, ["da", "en", "en"], LINKS, PLACE))

    assert page.text.count("IGU") == 2
