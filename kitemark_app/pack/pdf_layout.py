"""What the pack and the review PDFs share: fonts, colours, base styles, tables and "Page n of m" footers.

The fonts are the bundled DejaVu family rather than the PDF base fonts, so names and narratives beyond Latin-1
(Polish, Turkish, Greek, Cyrillic…) print correctly; reportlab embeds only the glyphs used.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from kitemark_app.paths import resource

MARGIN = 18 * mm
KITEMARK_BLUE = colors.HexColor("#1f4e79")
LIGHT = colors.HexColor("#e8eef5")
GRID = colors.HexColor("#b8c4d0")

SANS, SANS_BOLD, MONO, MONO_BOLD = "KM-Sans", "KM-Sans-Bold", "KM-Mono", "KM-Mono-Bold"
_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the bundled fonts with reportlab once per process (``<b>`` in a Paragraph picks the bold one)."""
    for name, file_name in _FONT_FILES.items():
        with as_file(resource("fonts", file_name)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD)


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


def escape(value: str) -> str:
    """``&``, ``<`` and ``>`` as entities, for a Paragraph's markup: what ``xml.sax.saxutils.escape`` does, without
    the ``urllib.request`` (a network client) that module imports."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text(value: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


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
