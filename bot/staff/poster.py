"""Posters for a notice board: a municipality's page with QR codes for Telegram and the web chat.

One vector PDF page (A4 poster or A5 flyer, :mod:`bot.staff.poster_pdf` draws it): the
municipality's name on a band at the top, per chosen language a title and a line of text (the
``poster-*`` messages), the two codes side by side under large labels with captions in every
chosen language, and the municipality's contact line at the foot. Text sizes are fitted to the
page: the largest title that leaves room for the codes, never below :data:`MIN_TITLE` points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.i18n import LANGUAGES, SOURCE_LOCALE, Catalog
from bot.staff.poster_pdf import PAPERS, Paper, PosterError, Sheet

__all__ = [
    "MIN_BODY",
    "MIN_TITLE",
    "PAPERS",
    "PosterError",
    "PosterLinks",
    "PosterPlace",
    "poster_links",
    "render_poster",
    "save_poster",
]

CAMPAIGN = re.compile(r"[A-Za-z0-9_-]{1,59}")
BOT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
#: Font sizes in points on A4 (an A5 flyer scales them by 148/210). Noto Sans capitals are 0.714
#: of the size: 60 pt titles are 15 mm high, 36 pt 9 mm; 24 pt body text 6 mm.
MAX_TITLE, MIN_TITLE = 60.0, 36.0
MAX_BODY, MIN_BODY = 32.0, 24.0
CAPTION, LABEL, HEADER, CONTACT = 13.0, 24.0, 26.0, 14.0
#: The colour of a test poster's mark.
RED = (185, 28, 28)
#: QR code widths in mm on A4: at least this, grown into space the text leaves.
MIN_CODE, MAX_CODE = 50.0, 84.0
#: Telegram's limit for a start parameter.
START_LENGTH = 64


@dataclass(frozen=True)
class PosterLinks:
    """Where the poster sends people."""

    telegram: str
    web: str


@dataclass(frozen=True)
class PosterPlace:
    """Whose poster it is: the municipality's name and its contact line ("" for none);
    ``test`` for a test poster (``igubot qr --allow-loopback``), marked "TEST" on the page."""

    name: str
    contact: str = ""
    test: bool = False


def poster_links(
    base_url: str, bot_name: str, municipality: str, campaign: str | None, lang: str | None = None
) -> PosterLinks:
    """The deep links: ``https://t.me/<bot>?start=m751_<campaign>[_<lang>]`` and the web chat's
    (the start payload's format: docs/contracts.md, Start payloads).

    :param lang: the poster's one language: the chat opens in it without asking.
    :raises PosterError: for a bot name, campaign or language the link cannot carry.
    """
    if not BOT_NAME.fullmatch(bot_name):
        msg = f"{bot_name!r} is not a Telegram bot username such as 'igu_aarhus_bot'"
        raise PosterError(msg)
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


def _source_lang(catalog: Catalog, lang: str, msg_id: str) -> str:
    """The locale whose text ``catalog.format(lang, msg_id)`` shows (it may fall back)."""
    language = LANGUAGES.get(lang)
    chain = (lang, *(language.fallback if language else ("en",)))
    return next((code for code in chain if catalog.has(code, msg_id)), "en")


_Text = tuple[str, str]  # (text, the language it is written in)


@dataclass
class _Texts:
    """The poster's words in the chosen languages, each text once."""

    blocks: list[tuple[_Text, _Text]]
    telegram: list[_Text]
    web: list[_Text]
    labels: tuple[_Text, _Text]
    test: list[_Text]

    @classmethod
    def gather(cls, catalog: Catalog, langs: Sequence[str]) -> _Texts:
        def text(lang: str, msg_id: str) -> _Text:
            return catalog.format(lang, msg_id), _source_lang(catalog, lang, msg_id)

        blocks: list[tuple[_Text, _Text]] = []
        telegram: list[_Text] = []
        web: list[_Text] = []
        for lang in langs:
            title = text(lang, "poster-title")
            if title in (b[0] for b in blocks):
                continue
            blocks.append((title, text(lang, "poster-body")))
            for captions, msg_id in ((telegram, "poster-telegram"), (web, "poster-web")):
                if text(lang, msg_id) not in captions:
                    captions.append(text(lang, msg_id))
        first = langs[0]
        labels = (text(first, "poster-label-telegram"), text(first, "poster-label-web"))
        test = [text(first, "poster-test")]
        if text(SOURCE_LOCALE, "poster-test")[0] != test[0][0]:  # staff read the mark too
            test.append(text(SOURCE_LOCALE, "poster-test"))
        return cls(blocks, telegram, web, labels, test)


class _Layout:
    """Sizes and positions of one page; :meth:`fit` chooses them, :meth:`draw` draws them."""

    def __init__(self, sheet: Sheet, texts: _Texts, links: PosterLinks, place: PosterPlace):
        self.sheet, self.texts, self.links, self.place = sheet, texts, links, place
        s = sheet.paper.scale
        self.s = s
        self.margin = 12 * s
        self.width = sheet.paper.width - 2 * self.margin
        self.header = 18 * s
        self.box_gap = 8 * s
        self.box_width = (self.width - self.box_gap) / 2
        self.title, self.body, self.code = MAX_TITLE * s, MAX_BODY * s, MIN_CODE * s

    def blocks_height(self, title: float, body: float) -> float:
        sheet, total = self.sheet, 0.0
        for (t, tl), (b, bl) in self.texts.blocks:
            total += sheet.height(t, tl, title, self.width, bold=True) + 2 * self.s
            total += sheet.height(b, bl, body, self.width) + 6 * self.s
        return total

    def captions_height(self, captions: list[_Text], extra: _Text | None = None) -> float:
        inner = self.box_width - 8 * self.s
        size = CAPTION * self.s
        total = sum(self.sheet.height(t, lang, size, inner) + 1.5 * self.s for t, lang in captions)
        if extra:
            url_size = self.sheet.fitting_size(extra[0], "en", size, inner)
            total += self.sheet.height(extra[0], "en", url_size, inner, bold=True)
        return total

    def codes_height(self, code: float) -> float:
        label = self.sheet.height("Telegram", "en", LABEL * self.s, self.box_width)
        captions = max(
            self.captions_height(self.texts.telegram),
            self.captions_height(self.texts.web, (self.links.web, "en")),
        )
        return 4 * self.s + label + 2 * self.s + code + 3 * self.s + captions + 3 * self.s

    def footer_height(self) -> float:
        if not self.place.contact:
            return 0.0
        size = CONTACT * self.s
        return self.sheet.height(self.place.contact, "da", size, self.width) + 6 * self.s

    def room(self) -> float:
        """Height left for the language blocks with the smallest codes."""
        paper = self.sheet.paper
        fixed = self.header + 8 * self.s + self.codes_height(MIN_CODE * self.s)
        return paper.height - fixed - self.footer_height() - self.margin - 6 * self.s

    def fit(self) -> None:
        """The largest title (and body) that fits; then the codes grow into what is left.

        :raises PosterError: when even the smallest sizes do not fit.
        """
        room = self.room()
        title = MAX_TITLE
        while True:
            body = min(MAX_BODY, max(MIN_BODY, title * 0.45))
            needed = self.blocks_height(title * self.s, body * self.s)
            if needed <= room:
                break
            if title <= MIN_TITLE:
                paper = self.sheet.paper.name
                msg = (
                    f"{len(self.texts.blocks)} languages do not fit on one {paper} page at a "
                    "size readable from a distance: make one poster per one or two languages"
                )
                raise PosterError(msg)
            title = max(MIN_TITLE, title - 2)
        self.title, self.body = title * self.s, body * self.s
        self.spare = room - needed
        grow = min(self.spare * 0.6, (MAX_CODE - MIN_CODE) * self.s)
        self.code = MIN_CODE * self.s + grow
        self.spare -= grow

    def draw(self) -> None:
        sheet, s, m = self.sheet, self.s, self.margin
        sheet.band(0, self.header)
        size = HEADER * s
        top = (self.header - sheet.height(self.place.name, "da", size, self.width, True)) / 2
        sheet.text(
            self.place.name, "da", size, (m, top, self.width), bold=True, color=(255, 255, 255)
        )
        gaps = len(self.texts.blocks) + 1
        y = self.header + 8 * s + self.spare / gaps / 2
        for (t, tl), (b, bl) in self.texts.blocks:
            y = sheet.text(t, tl, self.title, (m, y, self.width), bold=True) + 2 * s
            y = sheet.text(b, bl, self.body, (m, y, self.width)) + 6 * s + self.spare / gaps
        top = y
        boxes = (
            (self.texts.labels[0], self.texts.telegram, self.links.telegram, False),
            (self.texts.labels[1], self.texts.web, self.links.web, True),
        )
        height = self.codes_height(self.code)
        for i, (label, captions, url, show_url) in enumerate(boxes):
            x = m + i * (self.box_width + self.box_gap)
            sheet.frame(x, top, self.box_width, height)
            cy = sheet.text(
                label[0],
                label[1],
                LABEL * s,
                (x, top + 4 * s, self.box_width),
                bold=True,
                align="center",
                color=(29, 78, 216),
            )
            sheet.qr(url, x + (self.box_width - self.code) / 2, cy + 2 * s, self.code)
            cy += 2 * s + self.code + 3 * s
            inner = (x + 4 * s, 0.0, self.box_width - 8 * s)
            for text, lang in captions:
                cy = sheet.text(text, lang, CAPTION * s, (inner[0], cy, inner[2]), align="center")
                cy += 1.5 * s
            if show_url:  # typed by people without a camera; the Telegram link is only scanned
                size = sheet.fitting_size(url, "en", CAPTION * s, inner[2])
                sheet.text(url, "en", size, (inner[0], cy, inner[2]), bold=True, align="center")
        if self.place.test:  # in the bottom margin, clear of everything the layout placed
            y = sheet.paper.height - m + 3 * s
            for i, (mark, lang) in enumerate(self.texts.test):
                half = self.width / len(self.texts.test)
                box = (m + i * half, y, half)
                sheet.text(mark, lang, CAPTION * s, box, bold=True, align="center", color=RED)
        if self.place.contact:
            foot = sheet.paper.height - m - self.footer_height() + 6 * s
            sheet.text(
                self.place.contact, "da", CONTACT * s, (m, foot, self.width), align="center"
            )


def render_poster(
    catalog: Catalog,
    langs: Sequence[str],
    links: PosterLinks,
    place: PosterPlace,
    paper: Paper = PAPERS["a4"],
) -> bytes:
    """The poster as a one-page PDF.

    :param catalog: the Fluent catalog (``poster-*`` messages; a language without them falls
        back, and a text already shown is not repeated).
    :param langs: language codes in the order they appear; the first names the codes' labels.
    :param place: the municipality's name and contact line.
    :param paper: ``PAPERS["a4"]`` (a poster) or ``PAPERS["a5"]`` (a flyer).
    :raises PosterError: without the fonts, or when the languages do not fit on the page.
    """
    if not langs:
        msg = "choose at least one language"
        raise PosterError(msg)
    texts = _Texts.gather(catalog, langs)
    sheet = Sheet(paper, texts.blocks[0][0][0])
    try:
        layout = _Layout(sheet, texts, links, place)
        layout.fit()
        layout.draw()
        return sheet.output()
    finally:
        sheet.close()


def save_poster(data: bytes, path: Path) -> None:
    """Write the PDF to ``path``.

    :raises PosterError: for a name that does not end in ``.pdf``.
    """
    if path.suffix.lower() != ".pdf":
        msg = f"{path}: write a .pdf file (the poster is a vector PDF)"
        raise PosterError(msg)
    path.write_bytes(data)
