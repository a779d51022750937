"""True redaction: a copy of a PDF or a picture made anew from its pixels, chosen areas painted black, chosen pages
left out.

Drawing a black box over a PDF's text leaves the text underneath (a reader selects or searches it), and a picture's
EXIF keeps the original's thumbnail. So the copy is never an edit of the original: each page is rendered to pixels
(PDFium, through pypdfium2), the areas are filled black in those pixels, and the pixels alone are written out: a
new PDF with one JPEG image per page for a PDF, a new picture of the same kind for a picture. No text, font, form,
attachment, earlier revision or document detail of the original can survive, since none is ever copied.

Areas are fractions of the page as it is shown (its rotation applied; a photo's EXIF orientation applied), from the
top left: ``(0, 0, 1, 1)`` is the whole page. They survive a change of resolution, so the marking dialog, the copy
and a replaced file of another resolution agree. Pages are numbered from 1.

Evidence can be hostile: the pages and pixels read are bounded (``MAX_PAGES``, ``MAX_PAGE_PIXELS``,
``MAX_PICTURE_PIXELS``), and every failure is a ``RedactionError`` whose message is one sentence. Qt-free.
"""

from __future__ import annotations

import contextlib
import io
import math
import struct
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.metadata import kind_of
from kitemark_app.sentences import say

if TYPE_CHECKING:
    from PIL import Image

#: Pages of a PDF Kitemark renders, at most (an A4 page at 150 dpi is about 200 KB in the copy).
MAX_PAGES = 300
#: Pixels of one rendered page, at most: a larger page (a plan, a poster) is rendered at a lower resolution.
MAX_PAGE_PIXELS = 12_000_000
#: Pixels of a picture, at most (a 64-megapixel camera's photo is 9248 × 6936).
MAX_PICTURE_PIXELS = 65_000_000
#: The resolution of a PDF page in the copy: text stays readable, the file stays small.
DPI = 150
JPEG_QUALITY = 80
PICTURE_QUALITY = 90
#: A page whose colours differ by less than this (0..255) between channels is written in shades of grey.
GREY_TOLERANCE = 24
#: A grey page with at least this share of its pixels this light or lighter is paper with writing on it: written
#: in 16 greys, losslessly compressed (sharper and smaller than JPEG for text); else as a JPEG (photos, dark scans).
PAPER_LEVEL, PAPER_SHARE = 224, 0.6

PICTURE_FORMATS = {"JPEG photo": "JPEG", "PNG picture": "PNG", "WebP picture": "WEBP", "GIF picture": "GIF"}

# PDFium is not thread-safe: the marking dialog renders on a worker thread while an export may run on another.
_PDFIUM = threading.Lock()

Cancelled = Callable[[], bool]
PagesDone = Callable[[int, int], None]  # (pages of the copy made, pages it will have)


class RedactionError(KitemarkError):
    """The copy cannot be made; the message says why in one sentence."""


class RedactionCancelled(KitemarkError):
    """The work was cancelled."""


@dataclass(frozen=True)
class Area:
    """A rectangle to paint black: the page (from 1) and fractions of its width and height from the top left."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def problem(self) -> str | None:
        """Why this area cannot be used, in words, or None."""
        values = (self.x0, self.y0, self.x1, self.y1)
        if self.page < 1:
            return say("pages are numbered from 1")
        if not all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in values):
            return say("an area's corners must be between 0 and 1 (fractions of the page's width and height)")
        if self.x1 <= self.x0 or self.y1 <= self.y0:
            return say("an area's second corner must be right of and below its first")
        return None


@dataclass(frozen=True)
class Redactions:
    """What to hide in one evidence file."""

    areas: tuple[Area, ...] = ()
    omitted_pages: frozenset[int] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return not self.areas and not self.omitted_pages

    def words(self) -> tuple[str, ...]:
        """What the copy hides, in words, for the manifest and the report before an export."""
        found: list[str] = []
        if len(self.areas) == 1:
            found.append(say("1 area hidden by the organisation"))
        elif self.areas:
            found.append(say("{count} areas hidden by the organisation", count=len(self.areas)))
        if len(self.omitted_pages) == 1:
            found.append(say("page {page} left out by the organisation", page=min(self.omitted_pages)))
        elif self.omitted_pages:
            pages = sorted(self.omitted_pages)
            listed = ", ".join(str(p) for p in pages[:20]) + (", …" if len(pages) > 20 else "")
            found.append(say("pages {pages} left out by the organisation", pages=listed))
        return tuple(found)


@dataclass(frozen=True)
class RedactedCopy:
    """What a copy is: its kind, the pages of the original and of the copy."""

    kind: str
    pages_in: int
    pages_out: int


def redactable_kind(source: Path, name: str = "") -> str:
    """The kind of file ("PDF", "JPEG photo"…), or a RedactionError when Kitemark cannot hide parts of it.

    ``name`` is how messages name the file (the library stores files under their SHA-256).
    """
    name = name or source.name
    try:
        with open(source, "rb") as handle:
            kind = kind_of(handle.read(1024))
    except OSError as error:
        reason = error.strerror or str(error)
        raise RedactionError(say("'{name}' cannot be read ({reason}).", name=name, reason=reason)) from None
    if kind != "PDF" and kind not in PICTURE_FORMATS:
        raise RedactionError(say(
            "Kitemark can hide parts of PDFs and of JPEG, PNG, WebP and GIF pictures; "
            "save '{name}' as a PDF and replace the file with that copy.",
            name=name,
        ))  # fmt: skip
    return kind


def page_count(source: Path, name: str = "") -> int:
    """How many pages the file shows (1 for a picture)."""
    if redactable_kind(source, name) != "PDF":
        return 1
    with _PDFIUM, _open_pdf(source, name or source.name) as pdf:
        return len(pdf)


def problems(redactions: Redactions, pages: int) -> list[str]:
    """Why these redactions do not fit a file of ``pages`` pages, each in words (none when they do)."""
    found = [p for area in redactions.areas if (p := area.problem())]
    beyond = sorted({a.page for a in redactions.areas if a.page > pages} | {p for p in redactions.omitted_pages
                                                                            if p > pages or p < 1})  # fmt: skip
    if beyond and pages == 1:
        found.append(say("the file has 1 page, so page {page} cannot be used", page=beyond[0]))
    elif beyond:
        found.append(say("the file has {pages} pages, so page {page} cannot be used", pages=pages, page=beyond[0]))
    if pages and redactions.omitted_pages >= set(range(1, pages + 1)):
        found.append(say("every page would be left out; remove the item from the criteria instead"))
    return found


def render_page(
    source: Path, page: int, *, dpi: float = DPI, max_pixels: int = MAX_PAGE_PIXELS, name: str = ""
) -> Image.Image:
    """Page ``page`` (from 1) as shown, in RGB, at ``dpi`` (a picture at its own size), within ``max_pixels``."""
    name = name or source.name
    kind = redactable_kind(source, name)
    if kind != "PDF":
        if page != 1:
            raise RedactionError(say("'{name}' is a picture, so it has only page 1.", name=name))
        picture = _open_picture(source, kind, name)
        return _fit(picture, max_pixels)
    with _PDFIUM, _open_pdf(source, name) as pdf:
        if not 1 <= page <= len(pdf):
            raise RedactionError(
                say("'{name}' has {count} pages, so page {page} cannot be shown.", name=name, count=len(pdf), page=page)
            )
        return _render(pdf, page - 1, dpi, max_pixels)[0]


def preview_png(source: Path, page: int, longest_side: int = 1600, name: str = "") -> bytes:
    """A PNG of the page for the marking dialog, at most ``longest_side`` pixels wide or high."""
    image = render_page(source, page, max_pixels=MAX_PAGE_PIXELS, name=name)
    image.thumbnail((longest_side, longest_side))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def redact(
    source: Path,
    out: BinaryIO,
    redactions: Redactions,
    cancelled: Cancelled | None = None,
    name: str = "",
    pages_done: PagesDone | None = None,
) -> RedactedCopy:
    """Write to ``out`` the copy of ``source`` with ``redactions`` applied; the original is only read.

    ``pages_done(done, total)`` is told after each page, for a progress bar.
    """
    cancelled = cancelled or (lambda: False)
    pages_done = pages_done or (lambda done, total: None)
    name = name or source.name
    kind = redactable_kind(source, name)
    if kind != "PDF":
        if redactions.omitted_pages:
            raise RedactionError(say("'{name}' is a picture, which has one page that cannot be left out.", name=name))
        if found := problems(redactions, 1):
            raise RedactionError(
                say("The hidden areas of '{name}' do not fit it: {problem}.", name=name, problem=found[0])
            )
        image = _open_picture(source, kind, name)
        _paint(image, [a for a in redactions.areas if a.page == 1])
        _save_picture(image, PICTURE_FORMATS[kind], out)
        pages_done(1, 1)
        return RedactedCopy(kind, 1, 1)
    with _PDFIUM, _open_pdf(source, name) as pdf:
        pages = len(pdf)
        if found := problems(redactions, pages):
            raise RedactionError(
                say("The hidden parts of '{name}' do not fit it: {problem}.", name=name, problem=found[0])
            )
        kept = [n for n in range(1, pages + 1) if n not in redactions.omitted_pages]
        rendered = _rendered_pages(pdf, kept, redactions, cancelled, pages_done)
        written = _write_image_pdf(rendered, out)
        pages_done(written, written)
    return RedactedCopy(kind, pages, written)


# --- PDFs --------------------------------------------------------------------------------------------------------


def _open_pdf(source: Path, name: str):  # type: ignore[no-untyped-def]  # pypdfium2 has no type annotations
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(source)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            raise RedactionError(
                say("Kitemark could not open '{name}' as a PDF (it is protected by a password).", name=name)
            ) from None
        raise RedactionError(say("Kitemark could not open '{name}' as a PDF (it may be damaged).", name=name)) from None
    if len(pdf) == 0:
        pdf.close()
        raise RedactionError(say("'{name}' has no pages.", name=name))
    if len(pdf) > MAX_PAGES:
        count = len(pdf)
        pdf.close()
        raise RedactionError(say(
            "'{name}' has {count} pages, more than the {limit} Kitemark can redact; "
            "split it into smaller files and add those.",
            name=name, count=count, limit=MAX_PAGES,
        ))  # fmt: skip
    with contextlib.suppress(pypdfium2.PdfiumError):
        pdf.init_forms()  # so filled-in form fields are drawn, as a viewer shows them
    return pdf


def _render(pdf, index: int, dpi: float, max_pixels: int) -> tuple[Image.Image, tuple[float, float]]:  # type: ignore[no-untyped-def]
    """The page's pixels in RGB and its size as shown, in points."""
    import pypdfium2

    try:
        page = pdf[index]
        width, height = page.get_size()  # as shown: PDFium applies the page's rotation
        if not (width > 0 and height > 0 and math.isfinite(width * height)):
            raise RedactionError(say("Page {page} of the PDF has no size, so it cannot be drawn.", page=index + 1))
        # PDFium rounds the bitmap's sides up: a pixel's margin keeps the page within max_pixels.
        scale = min(dpi / 72.0, (math.sqrt(max_pixels) - 2) / math.sqrt(width * height))
        bitmap = page.render(scale=scale, draw_annots=True, may_draw_forms=True)
        image = bitmap.to_pil().convert("RGB")
        page.close()
    except pypdfium2.PdfiumError:
        raise RedactionError(
            say("Page {page} of the PDF could not be drawn; it may be damaged.", page=index + 1)
        ) from None
    return image, (float(width), float(height))


@dataclass(frozen=True)
class _PageImage:
    """One page of the copy: its encoded pixels, as a PDF image, and its size in points."""

    data: bytes
    width: int
    height: int
    colour_space: str  # "/DeviceGray" or "/DeviceRGB"
    bits: int
    png_rows: bool  # Flate-encoded rows with PNG predictors (a document's page), else JPEG
    size: tuple[float, float]


def _rendered_pages(  # type: ignore[no-untyped-def]
    pdf, kept: list[int], redactions: Redactions, cancelled: Cancelled, pages_done: PagesDone
) -> Iterator[_PageImage]:
    """Each kept page rendered, its areas painted, encoded: a page of text in 16 greys (sharp and small), a grey
    page with pictures as greyscale JPEG, a colour page as JPEG."""
    for done, number in enumerate(kept):
        if cancelled():
            raise RedactionCancelled(say("The redaction was cancelled."))
        pages_done(done, len(kept))
        image, size = _render(pdf, number - 1, DPI, MAX_PAGE_PIXELS)
        _paint(image, [a for a in redactions.areas if a.page == number])
        if _is_grey(image):
            grey = image.convert("L")
            if _is_document(grey):
                yield _PageImage(_sixteen_greys(grey), grey.width, grey.height, "/DeviceGray", 4, True, size)
                continue
            image = grey
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=JPEG_QUALITY)
        space = "/DeviceGray" if image.mode == "L" else "/DeviceRGB"
        yield _PageImage(buffer.getvalue(), image.width, image.height, space, 8, False, size)


def _is_document(grey: Image.Image) -> bool:
    """Mostly paper: at least ``PAPER_SHARE`` of the pixels near white (typed and printed pages, most scans)."""
    histogram = grey.histogram()
    return sum(histogram[PAPER_LEVEL:]) >= PAPER_SHARE * grey.width * grey.height


def _sixteen_greys(grey: Image.Image) -> bytes:
    """The page in 16 levels of grey, 4 bits a pixel, as the zlib data of a PNG's rows (each with its filter byte):
    what a PDF image with ``/FlateDecode`` and ``/Predictor 15`` holds. Text stays sharp; a page is 10-40 KB."""
    from PIL import Image

    levels = grey.point(lambda value: round(value / 17))  # 0..15; the PDF decodes level n as grey n × 17
    indexed = Image.frombytes("P", grey.size, levels.tobytes())
    indexed.putpalette([value for level in range(16) for value in (level * 17,) * 3])
    buffer = io.BytesIO()
    indexed.save(buffer, "PNG", bits=4, compress_level=6)
    return _png_rows(buffer.getvalue())


def _png_rows(png: bytes) -> bytes:
    """The concatenated IDAT data of a PNG Pillow just wrote."""
    rows, position = [], 8
    while position < len(png):
        (length,), kind = struct.unpack(">I", png[position : position + 4]), png[position + 4 : position + 8]
        if kind == b"IDAT":
            rows.append(png[position + 8 : position + 8 + length])
        position += 12 + length
    return b"".join(rows)


def _write_image_pdf(pages: Iterator[_PageImage], out: BinaryIO) -> int:
    """A new PDF with one image per page, and nothing else: no text, no document information, no XMP."""
    import pikepdf

    pdf = pikepdf.new()
    count = 0
    for shown in pages:
        image = pikepdf.Stream(pdf, shown.data)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = shown.width, shown.height, shown.bits
        image.ColorSpace = pikepdf.Name(shown.colour_space)
        if shown.png_rows:
            image.Filter = pikepdf.Name.FlateDecode
            image.DecodeParms = pikepdf.Dictionary(
                Predictor=15, Colors=1, BitsPerComponent=shown.bits, Columns=shown.width
            )
        else:
            image.Filter = pikepdf.Name.DCTDecode
        width, height = shown.size
        drawing = pikepdf.Stream(pdf, f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode())
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, width, height],
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
            Contents=drawing,
        )
        pdf.pages.append(pikepdf.Page(page))
        count += 1
    # The images' data are written as they were made (neither decoded nor recompressed).
    pdf.save(out, deterministic_id=True, compress_streams=True, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return count


# --- pictures ----------------------------------------------------------------------------------------------------


def _open_picture(source: Path, kind: str, name: str) -> Image.Image:
    """The picture's pixels as shown (EXIF orientation applied), in RGB or L, and nothing else of the file."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():  # Pillow warns of a picture over its limit: ours, lower, is checked next
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            picture = Image.open(source)
        with picture:
            width, height = picture.size
            if width * height > MAX_PICTURE_PIXELS:
                raise RedactionError(say(
                    "'{name}' has {width} × {height} pixels, more than Kitemark redacts "
                    "({millions} million); save a smaller copy and replace the file with it.",
                    name=name, width=width, height=height, millions=MAX_PICTURE_PIXELS // 1_000_000,
                ))  # fmt: skip
            if getattr(picture, "n_frames", 1) > 1:
                raise RedactionError(
                    say("'{name}' is an animation; Kitemark can hide parts of still pictures only.", name=name)
                )
            shown = ImageOps.exif_transpose(picture)
            if shown.mode in ("RGBA", "LA", "PA") or (shown.mode == "P" and "transparency" in shown.info):
                # Transparent pixels still hold colours; they are laid on white so none survives.
                rgba = shown.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                shown = flat
            pixels = shown.convert("L" if shown.mode in ("L", "1", "I;16", "I", "F") else "RGB")
    except Image.DecompressionBombError:  # Pillow's own, higher limit, checked as the file is opened
        raise RedactionError(say(
            "'{name}' has more pixels than Kitemark redacts ({millions} million); "
            "save a smaller copy and replace the file with it.",
            name=name, millions=MAX_PICTURE_PIXELS // 1_000_000,
        )) from None  # fmt: skip
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise RedactionError(
            say("Kitemark could not read '{name}' as a {kind}; it may be damaged.", name=name, kind=kind)
        ) from None
    # A new image holding only the pixels: nothing of the file's EXIF, ICC profile or text comes along.
    return Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())


def _fit(image: Image.Image, max_pixels: int) -> Image.Image:
    if image.width * image.height <= max_pixels:
        return image.convert("RGB")
    scale = math.sqrt(max_pixels / (image.width * image.height))
    return image.convert("RGB").resize((max(1, int(image.width * scale)), max(1, int(image.height * scale))))


def _save_picture(image: Image.Image, format_name: str, out: BinaryIO) -> None:
    if format_name == "JPEG":
        image.save(out, "JPEG", quality=PICTURE_QUALITY)
    elif format_name == "WEBP":
        image.save(out, "WEBP", quality=PICTURE_QUALITY)
    elif format_name == "GIF":
        image.save(out, "GIF")
    else:
        image.save(out, "PNG")


# --- pixels ------------------------------------------------------------------------------------------------------


def _paint(image: Image.Image, areas: list[Area]) -> None:
    """Fill each area black, rounded outwards to whole pixels so nothing at its edge shows."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    width, height = image.size
    black = 0 if image.mode == "L" else (0, 0, 0)
    for area in areas:
        left, top = math.floor(area.x0 * width), math.floor(area.y0 * height)
        right, bottom = math.ceil(area.x1 * width), math.ceil(area.y1 * height)
        if right > left and bottom > top:
            draw.rectangle((left, top, right - 1, bottom - 1), fill=black)


def _is_grey(image: Image.Image) -> bool:
    """Whether the page is in shades of grey (most scanned letters and certificates): written with one channel."""
    from PIL import ImageChops

    red, green, blue = image.resize((64, 64)).split()
    spread = 0
    for one, other in ((red, green), (green, blue), (red, blue)):
        extrema = ImageChops.difference(one, other).getextrema()
        spread = max(spread, int(extrema[1]))  # type: ignore[arg-type]  # one band: (lowest, highest)
    return spread < GREY_TOLERANCE
