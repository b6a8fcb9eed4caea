"""QR posters for a municipality: a Telegram deep link and the web chat, text in several languages.

Drawn with Pillow as an A4 image; Pillow's libraqm layout (HarfBuzz + FriBiDi) shapes Arabic
script and orders right-to-left text, which reportlab cannot do by itself. The PDF is that image
on one A4 page. Fonts are the system's Noto or DejaVu fonts.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageFont, features

from bot.i18n import LANGUAGES, Catalog
from bot.kernel.errors import BotError

DPI = 200
A4 = (round(8.27 * DPI), round(11.69 * DPI))
MARGIN = 110
CAMPAIGN = re.compile(r"[A-Za-z0-9_-]{1,59}")
#: Telegram's limit for a start parameter.
START_LENGTH = 64
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
)
_ARABIC_SCRIPT = {"ar", "fa", "prs", "ckb", "ps"}
_FONTS = {
    # DejaVu first: it has Latin too, and Arabic-script text names "IGU" and "igubot".
    "arabic": ("DejaVuSans{d}.ttf", "NotoSansArabic-{w}.ttf", "NotoNaskhArabic-{w}.ttf"),
    "ethiopic": ("NotoSansEthiopic-{w}.ttf", "NotoSerifEthiopic-{w}.ttf", "DejaVuSans{d}.ttf"),
    "latin": ("NotoSans-{w}.ttf", "DejaVuSans{d}.ttf", "LiberationSans-{w}.ttf"),
}


class PosterError(BotError):
    """A poster cannot be made (bad campaign name, no font, no text shaping)."""


@dataclass(frozen=True)
class PosterLinks:
    """Where the poster sends people."""

    telegram: str
    web: str


def poster_links(
    base_url: str, bot_name: str, municipality: str, campaign: str | None, lang: str | None = None
) -> PosterLinks:
    """The deep links: ``https://t.me/<bot>?start=m751_<campaign>[_<lang>]`` and the web chat's
    (the start payload's format: docs/contracts.md, Start payloads).

    :param lang: the poster's one language: the chat opens in it without asking.
    :raises PosterError: for a campaign or language the start parameter cannot carry.
    """
    start = f"m{municipality}"
    if campaign:
        if not CAMPAIGN.fullmatch(campaign):
            msg = f"campaign {campaign!r}: use 1-59 letters, digits, '_' or '-'"
            raise PosterError(msg)
        if campaign.rpartition("_")[2] in LANGUAGES:
            msg = f"campaign {campaign!r} ends in a language code: choose the language with --lang"
            raise PosterError(msg)
        start += f"_{campaign}"
    if lang:
        if lang not in LANGUAGES:
            msg = f"language {lang!r}: use one of {', '.join(LANGUAGES)}"
            raise PosterError(msg)
        start += f"_{lang}"
    if len(start) > START_LENGTH:
        msg = f"the link's start parameter {start!r} is over {START_LENGTH} characters"
        raise PosterError(msg)
    return PosterLinks(f"https://t.me/{bot_name}?start={start}", f"{base_url}/?start={start}")


def _font(lang: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    family = "arabic" if lang in _ARABIC_SCRIPT else "ethiopic" if lang == "ti" else "latin"
    for pattern in _FONTS[family]:
        name = pattern.format(w="Bold" if bold else "Regular", d="-Bold" if bold else "")
        for folder in FONT_DIRS:
            if (folder / name).is_file():
                return ImageFont.truetype(
                    str(folder / name), size, layout_engine=ImageFont.Layout.RAQM
                )
    msg = f"no font for {lang!r} in {', '.join(map(str, FONT_DIRS))}; install fonts-noto-core"
    raise PosterError(msg)


def _source_lang(catalog: Catalog, lang: str, msg_id: str) -> str:
    """The locale whose text ``catalog.format(lang, msg_id)`` shows (it may fall back)."""
    language = LANGUAGES.get(lang)
    chain = (lang, *(language.fallback if language else ("en",)))
    return next((code for code in chain if catalog.has(code, msg_id)), "en")


class _Canvas:
    def __init__(self) -> None:
        self.image = Image.new("RGB", A4, "white")
        self.draw = ImageDraw.Draw(self.image)
        self.y = MARGIN

    def paragraph(self, text: str, lang: str, size: int, bold: bool = False) -> None:
        """Write wrapped text across the page, aligned to the language's start side."""
        width = A4[0] - 2 * MARGIN
        rtl = _rtl(lang)
        self.y = self.text(text, lang, size, bold, width, MARGIN, "end" if rtl else "start")
        self.y += round(size * 0.5)

    def text(
        self, text: str, lang: str, size: int, bold: bool, width: int, left: int, align: str
    ) -> int:
        """Draw ``text`` wrapped into ``width`` from ``left``; return the y below it.

        Right-to-left text is laid out whole by libraqm with a font that also has Latin
        letters. Left-to-right text in a script whose font lacks Latin (Ethiopic) is drawn in
        runs, each in the font that has its letters ("ንigubot").
        """
        script, latin = _font(lang, size, bold), _font("en", size, bold)
        step = round(size * 1.4)
        if _rtl(lang):
            for row in _wrap_rtl(text, script, width):
                rx = left + width if align == "end" else left + width // 2
                anchor = "ra" if align == "end" else "ma"
                self.draw.text(
                    (rx, self.y), row, font=script, fill="black", anchor=anchor, direction="rtl"
                )
                self.y += step
            return self.y
        space = latin.getlength(" ")
        for words in _wrap_ltr(text, script, latin, width):
            line_width = sum(_runs_width(w) for w in words) + space * (len(words) - 1)
            x = float(left) if align == "start" else left + (width - line_width) / 2
            for word in words:
                for chunk, font in word:
                    self.draw.text((x, self.y), chunk, font=font, fill="black", anchor="la")
                    x += font.getlength(chunk)
                x += space
            self.y += step
        return self.y

    def qr(self, url: str, caption_lines: Sequence[tuple[str, str]], left: bool) -> int:
        """Draw a QR code in the left or right half with captions; return its bottom edge."""
        half = (A4[0] - 2 * MARGIN) // 2
        symbol = segno.make(url, error="m")
        modules = symbol.symbol_size(border=2)[0]
        buffer = io.BytesIO()
        symbol.save(buffer, kind="png", scale=max(1, (half - 60) // modules), border=2)
        buffer.seek(0)
        with Image.open(buffer) as png:
            code = png.convert("RGB")
        x = MARGIN + (0 if left else half) + (half - code.width) // 2
        self.image.paste(code, (x, self.y))
        self.y += code.width + 20
        for text, lang in caption_lines:
            self.text(text, lang, 30, False, half - 20, MARGIN + (0 if left else half), "center")
            self.y += 12
        return self.y


_Run = tuple[str, ImageFont.FreeTypeFont]


def _rtl(lang: str) -> bool:
    return lang in LANGUAGES and LANGUAGES[lang].direction == "rtl"


def _runs(word: str, script: ImageFont.FreeTypeFont, latin: ImageFont.FreeTypeFont) -> list[_Run]:
    runs: list[_Run] = []
    for char in word:
        font = latin if ord(char) < 0x250 else script
        if runs and runs[-1][1] is font:
            runs[-1] = (runs[-1][0] + char, font)
        else:
            runs.append((char, font))
    return runs


def _runs_width(runs: list[_Run]) -> float:
    return sum(font.getlength(chunk) for chunk, font in runs)


def _wrap_ltr(
    text: str, script: ImageFont.FreeTypeFont, latin: ImageFont.FreeTypeFont, width: int
) -> list[list[list[_Run]]]:
    space = latin.getlength(" ")
    lines: list[list[list[_Run]]] = []
    for paragraph in text.splitlines() or [""]:
        line: list[list[_Run]] = []
        used = 0.0
        for word in paragraph.split():
            runs = _runs(word, script, latin)
            size = _runs_width(runs)
            if line and used + space + size > width:
                lines.append(line)
                line, used = [], 0.0
            used += (space if line else 0.0) + size
            line.append(runs)
        lines.append(line)
    return lines


def _wrap_rtl(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate, direction="rtl") > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def render_poster(catalog: Catalog, langs: Sequence[str], links: PosterLinks) -> Image.Image:
    """Draw the poster: per language a title and a line, then the two QR codes.

    :param catalog: the Fluent catalog (``poster-*`` messages; a language without them falls
        back, and a text already shown is not repeated).
    :param langs: language codes in the order they appear.
    :raises PosterError: without libraqm (text shaping) or without a font for a language.
    """
    if not features.check("raqm"):
        msg = "Pillow has no libraqm here, so Arabic script cannot be shaped; install libraqm0"
        raise PosterError(msg)
    canvas = _Canvas()
    shown: set[str] = set()
    captions_tg: list[tuple[str, str]] = []
    captions_web: list[tuple[str, str]] = []
    for lang in langs:

        def text(msg_id: str, lang: str = lang) -> tuple[str, str]:
            return catalog.format(lang, msg_id), _source_lang(catalog, lang, msg_id)

        title = text("poster-title")
        if title[0] in shown:
            continue
        shown.add(title[0])
        canvas.paragraph(*title, 64, bold=True)
        canvas.paragraph(*text("poster-body"), 40)
        for captions, msg_id in ((captions_tg, "poster-telegram"), (captions_web, "poster-web")):
            if text(msg_id) not in captions:
                captions.append(text(msg_id))
    canvas.y += 60
    captions_web.append((links.web, "en"))
    top = canvas.y
    canvas.qr(links.telegram, [*captions_tg, (links.telegram, "en")], left=True)
    canvas.y = top
    canvas.qr(links.web, captions_web, left=False)
    return canvas.image


def save_poster(image: Image.Image, path: Path) -> None:
    """Save as ``.png`` or as a one-page A4 ``.pdf``.

    :raises PosterError: for another file type.
    """
    suffix = path.suffix.lower()
    if suffix == ".png":
        image.save(path, "PNG", dpi=(DPI, DPI))
    elif suffix == ".pdf":
        image.save(path, "PDF", resolution=DPI, title="igubot poster")
    else:
        msg = f"{path}: write a .pdf or a .png file"
        raise PosterError(msg)
