"""What the pack and the review PDFs share: fonts, colours, base styles, tables and "Page n of m" footers.

The fonts are the bundled DejaVu family rather than the PDF base fonts, so names and narratives beyond Latin-1
(Polish, Turkish, Greek, Cyrillic…) print correctly; reportlab embeds only the glyphs used. DejaVu has no Bengali,
so ``text`` puts each run of Bengali in the bundled Noto Sans Bengali, and ``paragraph`` has a paragraph that holds
some shaped with HarfBuzz (reportlab's ``shaping``, through uharfbuzz), which forms the conjuncts and places the
vowel signs. What a PDF reader's text extraction gets back from shaped Bengali is measured in docs/bengali-pdf.md.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import as_file
from typing import Any, BinaryIO, Literal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

from kitemark_app.paths import resource

MARGIN = 18 * mm
KITEMARK_BLUE = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")
GRID = colors.HexColor("#b8c4d0")

SANS, SANS_BOLD, MONO, MONO_BOLD = "KM-Sans", "KM-Sans-Bold", "KM-Mono", "KM-Mono-Bold"
BENGALI, BENGALI_BOLD = "KM-Bengali", "KM-Bengali-Bold"
_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
    BENGALI: "NotoSansBengali-Regular.ttf",
    BENGALI_BOLD: "NotoSansBengali-Bold.ttf",
}
#: A run of Bengali: the block's letters and signs, the dandas (U+0964/5, in the Devanagari block but Bengali's full
#: stops) and the joiners, with the spaces between its words; Latin letters, digits and punctuation stay in DejaVu.
_BOLD_FONTS = {SANS_BOLD, MONO_BOLD, BENGALI_BOLD}
_BOLD_SPAN = re.compile(r"<b>.*?</b>", re.S)  # a <font name=…> inside it names the regular face: bold it too
_BENGALI_RUN = re.compile(
    r"[\u0980-\u09ff\u0964\u0965\u200c\u200d]+(?:[ \u00a0]+[\u0980-\u09ff\u0964\u0965\u200c\u200d]+)*"
)


@cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (``<b>`` in a Paragraph picks the bold one)."""
    for name, file_name in _FONT_FILES.items():
        with as_file(resource("fonts", file_name)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD)
    pdfmetrics.registerFontFamily(BENGALI, normal=BENGALI, bold=BENGALI_BOLD, italic=BENGALI, boldItalic=BENGALI_BOLD)
    rl_paragraph.shapeFragWord = _shape_each_font  # type: ignore[attr-defined]  # reportlab's own name, kept


_shape_word = ttfonts.shapeFragWord
#: What each shaped word's glyphs stand for (glyphs → the text typed), for ``ActualText``; bounded, as a cache.
_ORIGINALS: dict[str, str] = {}


def _shape_each_font(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """reportlab's ``shapeFragWord``, one run of one font at a time: it shapes a whole word with its first piece's
    font, so a word mixing scripts ("DBS-এর", "(২০২৬)।") came out as the wrong glyphs. Each shaped run's glyphs are
    remembered with the text they stand for, so that the PDF can carry that text (``_ActualTextObject``)."""
    pieces = word[1:]
    if any(hasattr(frag, "cbDefn") for frag, _ in pieces):
        return _shape_word(word, *args, **kwargs)  # type: ignore[no-any-return]
    fonts = [frag.fontName for frag, _ in pieces]
    shaped: list[Any] = []
    width, start, changed = 0.0, 0, False
    for end in range(1, len(pieces) + 1):
        if end < len(pieces) and fonts[end] == fonts[start]:
            continue
        run = pieces[start:end]
        run_width = sum(pdfmetrics.stringWidth(s, frag.fontName, frag.fontSize) for frag, s in run)
        result = _shape_word(word.__class__([run_width, *run]), *args, **kwargs)
        changed = changed or isinstance(result, ttfonts.ShapedFragWord)
        _remember("".join(s for _, s in run), [s for _, s in result[1:]])
        width += result[0]
        shaped += result[1:]
        start = end
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *shaped])


def _remember(typed: str, glyph_runs: list[str]) -> None:
    if len(_ORIGINALS) > 20000:
        _ORIGINALS.clear()
    data = [getattr(run, "__shapeData__", None) for run in glyph_runs]  # each glyph's cluster: where it was typed
    starts = [shape[0].cluster if shape else None for shape in data]
    if len(glyph_runs) == 1:
        starts = [0]
    if None in starts:
        return
    for i, run in enumerate(glyph_runs):
        end = starts[i + 1] if i + 1 < len(starts) else len(typed)
        if str(run) != typed[starts[i] : end]:
            _ORIGINALS.setdefault(str(run), typed[starts[i] : end])


def _typed_text(glyphs: str) -> str:
    return " ".join(_ORIGINALS.get(word, word) for word in glyphs.split(" "))


class _ActualTextObject(PDFTextObject):
    """Shaped text wrapped in a marked-content span whose ``ActualText`` is the text as typed: the glyphs of a
    Bengali conjunct have no Unicode of their own and a vowel sign is drawn before its consonant, so without it a
    reader's copy or search (and pdftotext) would get a jumble."""

    def _formatText(self, text: str) -> str:
        code: str = super()._formatText(text)  # type: ignore[misc]
        if isinstance(text, ttfonts.ShapedStr):
            typed = _typed_text(str(text))
            if typed != str(text):
                return f"/Span <</ActualText <FEFF{typed.encode('utf-16-be').hex().upper()}>>> BDC {code} EMC"
        return code


def base_styles() -> dict[str, ParagraphStyle]:
    """The styles the documents start from; each adds its own on top (a new dict: the styles are built once)."""
    return dict(_base_styles())


@cache
def _base_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    sample = getSampleStyleSheet()
    body = ParagraphStyle("Body", parent=sample["BodyText"], fontName=SANS, fontSize=10, leading=13.5)
    return {
        "body": body,
        "small": ParagraphStyle("Small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=10.5),
        "label": ParagraphStyle("Label", parent=body, fontName=SANS_BOLD, fontSize=9, leading=12),
        "title": ParagraphStyle(
            "CoverTitle", parent=sample["Title"], fontName=SANS_BOLD, fontSize=26, leading=32, textColor=KITEMARK_BLUE
        ),
        "h1": ParagraphStyle(
            "Heading1",
            parent=sample["Heading1"],
            fontName=SANS_BOLD,
            textColor=KITEMARK_BLUE,
            fontSize=17,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "Heading2", parent=sample["Heading2"], fontName=SANS_BOLD, fontSize=12.5, spaceBefore=10, spaceAfter=3
        ),
    }


@cache
def _footer_style() -> ParagraphStyle:
    return ParagraphStyle("Footer", fontName=SANS, fontSize=8, leading=9, textColor=colors.grey)


def escape(value: str) -> str:
    """``&``, ``<`` and ``>`` as entities, for a Paragraph's markup: what ``xml.sax.saxutils.escape`` does, without
    the ``urllib.request`` (a network client) that module imports."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text(value: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept, Bengali runs in the Bengali font."""
    marked = _BENGALI_RUN.sub(lambda run: f"<font name='{BENGALI}'>{run.group(0)}</font>", escape(value))
    return marked.replace("\n", "<br/>")


def has_bengali(value: str) -> bool:
    return _BENGALI_RUN.search(value) is not None


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of ``markup`` (made with ``text``), shaped when it holds Bengali (only then: shaping also kerns
    the Latin, which would change how every other paragraph is set)."""
    if has_bengali(markup):
        style = _shaped(style)
        if pdfmetrics.getFont(style.fontName).fontName in _BOLD_FONTS:
            markup = markup.replace(f"<font name='{BENGALI}'>", f"<font name='{BENGALI_BOLD}'>")
        markup = _BOLD_SPAN.sub(lambda bold: bold.group(0).replace(f"'{BENGALI}'", f"'{BENGALI_BOLD}'"), markup)
    return Paragraph(markup, style)


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def table(rows: list[list[Any]], widths: list[float], *, header: bool = True) -> Table:
    """A bordered table; the header row (repeated on each page) shaded and bold."""
    built = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD)]
    built.setStyle(TableStyle(style))
    return built


class NumberedCanvas(Canvas):
    """Writes "Page n of m" (and ``footer_left``) on every page: the total is known only after the last page."""

    footer_left = ""

    def beginText(self, x: float = 0, y: float = 0, direction: Literal["LTR", "RTL"] | None = None) -> PDFTextObject:
        return _ActualTextObject(self, x, y, direction=direction)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset; private, so not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for page in self._pages:
            self.__dict__.update(page)
            self.setFont(SANS, 8)
            self.setFillColor(colors.grey)
            if has_bengali(self.footer_left):  # e.g. the organisation's name: shaped, in the Bengali font
                footer = paragraph(text(self.footer_left), _footer_style())
                footer.wrapOn(self, A4[0] / 2, 20 * mm)
                footer.drawOn(self, MARGIN, 10 * mm - footer.style.fontSize * 0.2)
                self.setFont(SANS, 8)
                self.setFillColor(colors.grey)
            else:
                self.drawString(MARGIN, 10 * mm, self.footer_left)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {self.getPageNumber()} of {total}")
            super().showPage()
        super().save()


def build_pdf(
    handle: BinaryIO, story: list[Flowable], *, title: str, author: str, subject: str, creator: str, footer: str
) -> None:
    """Lay ``story`` out on A4 pages with the shared margins, document metadata and numbered footer."""
    doc = BaseDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=author,
        subject=subject,
        creator=creator,
        producer=creator,  # the app, not the libraries and their versions (pyHanko adds its name when signing)
        invariant=False,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])]
    )

    class Footed(NumberedCanvas):
        footer_left = footer

    doc.build(story, canvasmaker=Footed)
