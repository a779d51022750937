"""A good guess at the date a document represents, for the person to confirm when the file is added.

In order: a date written in the file name (``minutes 2025-09-18.pdf``, ``Policy 18.09.2025.docx``,
``accounts_20250331.pdf``, ``AGM 18 Sep 2025.pdf``), a photo's "date taken" (EXIF ``DateTimeOriginal``, then
``DateTime``), a PDF's own creation date (``/Info /CreationDate``). The file's modified time is never used: copying
a file changes it. A guess in the future, or before 1990, is no guess. Reading is bounded: only the first few
megabytes of an image's metadata, and PDFs up to ``MAX_PDF_BYTES`` (the user's own files, but a bad one must not
stall the import); any error means no guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kitemark_app.core.dates import MONTHS

MAX_PDF_BYTES = 64 * 1024 * 1024
EARLIEST = date(1990, 1, 1)

_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.](\d{4})(?!\d)")
_WORDS = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?[\s_-]+([A-Za-z]{3,9})[\s_-]+(\d{4})(?!\d)")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")
_EXIF_DATE = re.compile(r"^(\d{4}):(\d{2}):(\d{2})")


@dataclass(frozen=True)
class DateGuess:
    day: date
    source: str  # "file name", "date taken", "PDF created"


def guess_document_date(path: Path, today: date | None = None) -> DateGuess | None:
    today = today or date.today()
    for source, day in (
        ("file name", _from_name(path.stem)),
        ("date taken", _from_image(path)),
        ("PDF created", _from_pdf(path)),
    ):
        if day is not None and EARLIEST <= day <= today:
            return DateGuess(day, source)
    return None


def _day(year: str, month: str | int | None, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day)) if month is not None else None
    except ValueError:
        return None


def _from_name(stem: str) -> date | None:
    for match in _ISO.finditer(stem):
        if found := _day(match[1], match[2], match[3]):
            return found
    for match in _COMPACT.finditer(stem):
        if found := _day(match[1], match[2], match[3]):
            return found
    for match in _DAY_FIRST.finditer(stem):  # the UK's order: day first
        if found := _day(match[3], match[2], match[1]):
            return found
    for match in _WORDS.finditer(stem):
        if found := _day(match[3], MONTHS.get(match[2].lower()), match[1]):
            return found
    return None


def _from_image(path: Path) -> date | None:
    if path.suffix.lower() not in {".jpg", ".jpeg", ".tif", ".tiff", ".png", ".heic", ".webp"}:
        return None
    try:
        from PIL import Image  # reportlab's dependency

        with Image.open(path) as image:
            exif = image.getexif()
            taken = exif.get_ifd(0x8769).get(0x9003) or exif.get(0x0132)  # DateTimeOriginal, else DateTime
    except Exception:
        return None
    match = _EXIF_DATE.match(str(taken or ""))
    return _day(match[1], match[2], match[3]) if match else None


def _from_pdf(path: Path) -> date | None:
    if path.suffix.lower() != ".pdf":
        return None
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            return None
        from pyhanko.pdf_utils.reader import PdfFileReader

        with path.open("rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            info = reader.trailer_view.get("/Info")
            info = info.get_object() if info is not None else None
            created = str(info.get("/CreationDate", "")) if info is not None else ""
    except Exception:
        return None
    match = _PDF_DATE.match(created)
    return _day(match[1], match[2], match[3]) if match else None
