"""The drawing side of posters: a vector PDF page (fpdf2) with embedded Noto fonts and QR codes.

fpdf2 shapes text with HarfBuzz (uharfbuzz) and orders right-to-left lines with its own Unicode
bidi algorithm, so Arabic-script text joins and reads right to left; Ethiopic and Latin are
drawn with Noto fonts, embedded as subsets. A run a script font lacks (the Latin "IGU" and
"igubot" inside Arabic or Tigrinya text) falls back to Noto Sans. QR codes are segno's module
matrix drawn as filled rectangles: vector, sharp at any print size. Lengths are millimetres.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import segno
from fpdf import FPDF
from fpdf.enums import Align

from bot.i18n import LANGUAGES
from bot.kernel.errors import BotError

#: Where Debian's fonts-noto-core puts the fonts (.ci/run installs it).
FONT_DIRS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))
_FAMILIES = {
    "latin": "NotoSans-{w}.ttf",
    "arabic": "NotoSansArabic-{w}.ttf",
    "ethiopic": "NotoSansEthiopic-{w}.ttf",
}
#: fpdf2's style and the weight in the file name.
_WEIGHTS = (("", "Regular"), ("B", "Bold"))
#: Every font file a poster embeds (the Dockerfile copies exactly these).
FONT_FILES = tuple(p.format(w=w) for p in _FAMILIES.values() for _s, w in _WEIGHTS)
_ARABIC_SCRIPT = frozenset({"ar", "fa", "prs", "ckb", "ps"})
#: A point in millimetres.
PT = 25.4 / 72
#: Noto Sans: capital letters are 0.714 of the font size high.
CAP_HEIGHT = 0.714
INK = (24, 24, 27)
BLUE = (29, 78, 216)
# fontTools (fpdf2's font subsetter) logs every subset table at INFO: noise in `igubot qr`.
logging.getLogger("fontTools").setLevel(logging.WARNING)


class PosterError(BotError):
    """A poster cannot be made (bad link, no font, too much text for the page)."""


@dataclass(frozen=True)
class Paper:
    """A page size in millimetres; every other length of the layout scales with ``width``."""

    name: str
    width: float
    height: float

    @property
    def scale(self) -> float:
        """Lengths relative to A4."""
        return self.width / 210


PAPERS = {"a4": Paper("A4", 210, 297), "a5": Paper("A5", 148, 210)}


def family(lang: str) -> str:
    """The font family that has ``lang``'s letters."""
    return "arabic" if lang in _ARABIC_SCRIPT else "ethiopic" if lang == "ti" else "latin"


#: Line height per font size: Arabic script has tall letters and dots above and below.
_LEADING = {"latin": 1.2, "arabic": 1.4, "ethiopic": 1.3}


def leading(lang: str) -> float:
    """The line height of ``lang``'s text, as a multiple of the font size."""
    return _LEADING[family(lang)]


def rtl(lang: str) -> bool:
    """Whether ``lang`` is written right to left."""
    return lang in LANGUAGES and LANGUAGES[lang].direction == "rtl"


def _font_file(name: str) -> Path:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    msg = f"no font {name} in {', '.join(map(str, FONT_DIRS))}: install fonts-noto-core"
    raise PosterError(msg)


class Sheet:
    """One PDF page being drawn; text blocks can be measured before they are drawn."""

    def __init__(self, paper: Paper, title: str) -> None:
        self.paper = paper
        self.pdf = FPDF(unit="mm", format=(paper.width, paper.height))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.c_margin = 0  # text boxes are exactly as wide as the layout says
        self.pdf.set_title(title)
        self.pdf.set_creator("igubot qr")
        for name, pattern in _FAMILIES.items():
            for style, weight in _WEIGHTS:
                self.pdf.add_font(name, style, str(_font_file(pattern.format(w=weight))))
        self.pdf.set_fallback_fonts(["latin"], exact_match=False)
        self.pdf.add_page()

    def _font(self, lang: str, size: float, bold: bool) -> None:
        direction = "rtl" if rtl(lang) else "ltr"
        self.pdf.set_text_shaping(use_shaping_engine=True, direction=direction)
        self.pdf.set_font(family(lang), "B" if bold else "", size)

    def height(self, text: str, lang: str, size: float, width: float, bold: bool = False) -> float:
        """How high ``text`` is when wrapped into ``width`` at ``size`` points."""
        self._font(lang, size, bold)
        line = size * PT * leading(lang)
        return len(self._lines(text, width, line)) * line

    def _lines(self, text: str, width: float, line: float) -> list[str]:
        """``text`` wrapped into ``width`` in the current font."""
        lines = self.pdf.multi_cell(width, line, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)  # output="LINES" returns the list alone
        return [str(row) for row in lines]

    def text(
        self,
        text: str,
        lang: str,
        size: float,
        box: tuple[float, float, float],
        *,
        bold: bool = False,
        align: str = "start",
        color: tuple[int, int, int] = INK,
    ) -> float:
        """Draw ``text`` wrapped into ``box`` (x, y, width); return the y below it.

        :param align: ``start`` (the language's own side), ``center``, or ``end``.
        """
        x, y, width = box
        self._font(lang, size, bold)
        sides = {"start": Align.R if rtl(lang) else Align.L, "center": Align.C}
        line = size * PT * leading(lang)
        # Wrapped first, then drawn line by line, each line setting its font on the page anew
        # (set_font_size twice marks it unset): fpdf2 2.8 sets a line's font inside the line's
        # q/Q when its first run is in the fallback font (the Latin "IGU" in Tigrinya), so the
        # next line inherited an earlier font and its Ethiopic glyphs came out as other letters.
        lines = self._lines(text, width, line)
        self.pdf.set_text_color(*color)
        for row in lines:
            self.pdf.set_font_size(size + 1)
            self.pdf.set_font_size(size)
            self.pdf.set_xy(x, y)
            self.pdf.cell(
                width, line, row, align=sides.get(align, Align.L if rtl(lang) else Align.R)
            )
            y += line
        return y

    def fitting_size(self, text: str, lang: str, size: float, width: float) -> float:
        """``size``, or less so that ``text`` (a web address) stays on one line of ``width``."""
        self._font(lang, size, True)
        natural = self.pdf.get_string_width(text)
        return size if natural <= width * 0.97 else size * width * 0.97 / natural

    def band(self, y: float, height: float, color: tuple[int, int, int] = BLUE) -> None:
        """A full-width coloured band."""
        self.pdf.set_fill_color(*color)
        self.pdf.rect(0, y, self.paper.width, height, style="F")

    def frame(self, x: float, y: float, w: float, h: float) -> None:
        """A rounded outline around a code and its captions."""
        self.pdf.set_draw_color(*BLUE)
        self.pdf.set_line_width(0.8 * self.paper.scale)
        self.pdf.rect(x, y, w, h, style="D", round_corners=True, corner_radius=4)

    def qr(self, url: str, x: float, y: float, size: float) -> None:
        """``url`` as a QR code (error correction M, quiet zone of 2 modules) ``size`` mm wide."""
        symbol = segno.make(url, error="m", micro=False)
        rows = [list(row) for row in symbol.matrix_iter(scale=1, border=2)]
        module = size / len(rows)
        self.pdf.set_fill_color(255, 255, 255)
        self.pdf.rect(x, y, size, size, style="F")
        self.pdf.set_fill_color(0, 0, 0)
        for r, row in enumerate(rows):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                # a hair of overlap: no white seams between modules in any viewer
                self.pdf.rect(
                    x + start * module,
                    y + r * module,
                    (c - start) * module + 0.02,
                    module + 0.02,
                    style="F",
                )

    def output(self) -> bytes:
        """The finished PDF."""
        return bytes(self.pdf.output())

    def close(self) -> None:
        """Close the font files fpdf2 opened (lazily, through fontTools); also after an error."""
        for font in self.pdf.fonts.values():
            ttfont = getattr(font, "ttfont", None)
            if ttfont is not None:
                ttfont.close()
