"""A pack whose charity wrote in Bengali: the answers, a criterion title and the organisation's name print in the
bundled Noto Sans Bengali, shaped (conjuncts formed, vowel signs placed), Latin beside them in DejaVu, and a
reader's text extraction (pdftotext) gets back exactly what was typed — through an ActualText span on each shaped
run, since the glyphs of a conjunct have no Unicode of their own (docs/bengali-pdf.md)."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kitemark_app.pack import pdf_layout
from kitemark_app.pack.document import write_document

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

WORDS = ("ক্ষমতা", "প্রশিক্ষণ", "স্বেচ্ছাসেবক", "সিদ্ধান্ত", "কর্মী", "লক্ষ্য", "ট্রাস্টি", "শিশু", "আমাদের")
NARRATIVE = (
    "আমাদের স্বেচ্ছাসেবক ও কর্মীদের সুরক্ষা প্রশিক্ষণ আছে। ট্রাস্টিরা সিদ্ধান্ত নিয়েছেন (২০২৬)।\n\n"
    "প্রতিটি DBS-এর যাচাই হয়েছে; শিশুদের নিরাপত্তা ও ক্ষমতা বাড়ানো আমাদের লক্ষ্য। কর্মী: 12"
)
NAME = "ব্রিক লেন কমিউনিটি সেন্টার"


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def extracted(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "pack.pdf"
    path.write_bytes(pdf)
    return nfc(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.fixture(scope="module")
def bengali_pack(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from kitemark_app.services.demo import create_demo
    from kitemark_app.services.export import _content
    from kitemark_app.services.workspace import Workspace

    root = tmp_path_factory.mktemp("bengali") / "data"
    create_demo(root)
    with Workspace.open(root) as workspace:
        content, _ = _content(workspace, "AB" * 32, [], datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    responses = list(content.responses)
    responses[0] = dataclasses.replace(responses[0], narrative=NARRATIVE, title=f"শাসন: {responses[0].title}")
    content = dataclasses.replace(
        content,
        responses=tuple(responses),
        organisation=dataclasses.replace(content.organisation, name=NAME),
    )
    handle = io.BytesIO()
    write_document(content, handle)
    return handle.getvalue()


def test_bengali_answers_extract_exactly_as_typed(bengali_pack: bytes, tmp_path: Path) -> None:
    text = extracted(bengali_pack, tmp_path)
    tokens = set(text.split())
    assert [word for word in WORDS if nfc(word) not in text] == []
    for paragraph in NARRATIVE.split("\n\n"):
        assert nfc(" ".join(paragraph.split())) in " ".join(text.split())  # line breaks aside, the whole sentence
    assert nfc(NAME) in text  # the cover and every page's footer
    assert text.count(nfc(NAME)) >= 10
    assert nfc("শাসন:") in tokens


def test_the_bengali_font_is_embedded_and_holds_every_character_printed(bengali_pack: bytes, tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(bengali_pack)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansBengali-Regular" in fonts and "NotoSansBengali-Bold" in fonts  # bold: the heading's title
    pdf_layout.register_fonts()
    from reportlab.pdfbase import pdfmetrics

    bengali = pdfmetrics.getFont(pdf_layout.BENGALI).face.charToGlyph
    in_bengali_runs = {char for run in pdf_layout._BENGALI_RUN.findall(NARRATIVE + NAME) for char in run}
    assert in_bengali_runs and all(ord(char) in bengali for char in in_bengali_runs)


def test_text_puts_bengali_runs_in_the_bengali_font_and_the_rest_in_dejavu() -> None:
    assert pdf_layout.text("DBS-এর যাচাই, <ok>") == "DBS-<font name='KM-Bengali'>এর যাচাই</font>, &lt;ok&gt;"
    assert pdf_layout.text("Plain English\nline") == "Plain English<br/>line"
    body = pdf_layout.base_styles()["body"]
    assert pdf_layout.paragraph("Plain English", body).style is body  # only Bengali paragraphs are shaped
    shaped = pdf_layout.paragraph(pdf_layout.text("শিশু"), body)
    assert shaped.style.shaping and shaped.style.fontName == body.fontName


def test_a_word_mixing_scripts_is_shaped_one_font_at_a_time(tmp_path: Path) -> None:
    """reportlab alone shapes "DBS-এর" with DejaVu (the first piece's font): the Bengali came out as boxes."""
    styles = pdf_layout.base_styles()
    handle = io.BytesIO()
    words = "DBS-এর (২০২৬)। Kitemark-এ"
    pdf_layout.build_pdf(handle, [pdf_layout.paragraph(pdf_layout.text(words), styles["body"])],
                         title="t", author="a", subject="s", creator="c", footer="")  # fmt: skip
    assert extracted(handle.getvalue(), tmp_path).split()[:3] == [nfc(word) for word in words.split()]
