"""The date guessed when a file is added (evidence/date_guess.py): each source alone, at its edges."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from kitemark_app.evidence.date_guess import DateGuess, guess_document_date

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("minutes 2025-09-18.pdf", date(2025, 9, 18)),
        ("accounts_20250331.pdf", date(2025, 3, 31)),
        ("Policy 18.09.2025.docx", date(2025, 9, 18)),
        ("policy 05-03-2025.docx", date(2025, 3, 5)),  # day first, as in the UK: 5 March, not 3 May
        ("AGM 18 Sep 2025.pdf", date(2025, 9, 18)),
        ("AGM 1st October 2025.pdf", date(2025, 10, 1)),
        ("report 2026-12-02.pdf", TODAY),  # today: allowed
        ("report 2026-12-03.pdf", None),  # tomorrow: no guess
        ("scan 1990-01-01.pdf", date(1990, 1, 1)),
        ("scan 1989-12-31.pdf", None),
        ("budget 2025-02-30.xlsx", None),  # not a real day
        ("invoice 12345678.pdf", None),  # digits that are no date
        ("safeguarding policy.pdf", None),
    ],
)
def test_dates_in_file_names(tmp_path: Path, name: str, expected: date | None) -> None:
    path = tmp_path / name
    path.write_bytes(b"not a real document")
    guess = guess_document_date(path, TODAY)
    assert guess == (DateGuess(expected, "file name") if expected else None)


def test_a_photo_s_date_taken(tmp_path: Path) -> None:
    from PIL import Image

    image = Image.new("RGB", (4, 4))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2025:06:14 10:30:00"  # DateTimeOriginal
    path = tmp_path / "volunteers.jpg"
    image.save(path, exif=exif)
    assert guess_document_date(path, TODAY) == DateGuess(date(2025, 6, 14), "date taken")
    plain = tmp_path / "plain.jpg"
    image.save(plain)
    assert guess_document_date(plain, TODAY) is None


def test_a_pdf_s_creation_date(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=True)  # reportlab's fixed creation date: 1 January 2000
    pdf.drawString(72, 72, "Policy")
    pdf.save()
    path = tmp_path / "policy.pdf"
    path.write_bytes(out.getvalue())
    assert guess_document_date(path, TODAY) == DateGuess(date(2000, 1, 1), "PDF created")


def test_the_file_name_wins_over_the_pdf_and_damage_is_no_guess(tmp_path: Path) -> None:
    broken = tmp_path / "policy.pdf"
    broken.write_bytes(b"%PDF-1.7\n garbage")
    assert guess_document_date(broken, TODAY) is None
    named = tmp_path / "policy 2024-04-01.pdf"
    named.write_bytes(b"%PDF-1.7\n garbage")
    assert guess_document_date(named, TODAY) == DateGuess(date(2024, 4, 1), "file name")
