"""True redaction (evidence/redaction.py): copies made from pixels, areas black, pages left out, hostile files bounded.

The copies are read back with pikepdf, Pillow and PDFium; the integration test (tests/integration/
test_redaction_export.py) reads an exported pack with poppler and searches every byte.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from kitemark_app.evidence import redaction
from kitemark_app.evidence.redaction import Area, RedactionCancelled, RedactionError, Redactions, problems, redact

NAME = "Ayesha Rahman"


def make_pdf(path: Path, pages: int = 3, size: tuple[float, float] = A4, author: str = NAME) -> Path:
    canvas = Canvas(str(path), pagesize=size)
    canvas.setAuthor(author)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, size[1] - 100, f"Page {number}: {NAME}")
        canvas.rect(72, 100, 200, 100, fill=1)  # a dark block that must stay visible
        canvas.showPage()
    canvas.save()
    return path


def copy_of(source: Path, redactions: Redactions) -> tuple[bytes, redaction.RedactedCopy]:
    out = io.BytesIO()
    made = redact(source, out, redactions)
    return out.getvalue(), made


def pixel(image: Image.Image, fx: float, fy: float) -> int:
    """The grey value (0 black .. 255 white) at fractions of the image's width and height."""
    return int(image.convert("L").getpixel((int(fx * image.width), int(fy * image.height))))


def test_a_pdf_copy_is_pictures_of_its_pages_with_the_areas_black(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "dbs.pdf")
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    top = 1 - (A4[1] - 100 + 16) / A4[1]  # the name's line, from the top
    area = Area(1, 0.05, top, 0.8, top + 0.05)
    data, made = copy_of(source, Redactions((area,)))
    assert (made.pages_in, made.pages_out, made.kind) == (3, 3, "PDF")
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before  # the original is only read
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 3
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        for page in pdf.pages:
            resources = page.Resources
            assert "/Font" not in resources and list(resources.XObject.keys()) == ["/Im0"]
            image = resources.XObject.Im0
            assert (image.Filter, image.BitsPerComponent, image.ColorSpace) == ("/FlateDecode", 4, "/DeviceGray")
            assert image.DecodeParms.Predictor == 15  # a page of text: 16 greys, compressed losslessly
            assert [float(v) for v in page.MediaBox] == pytest.approx([0, 0, A4[0], A4[1]], abs=0.01)
    assert NAME.encode() not in data and NAME.encode("utf-16-be") not in data
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(data)
    first = redaction.render_page(copy, 1, dpi=72)
    assert pixel(first, 0.3, top + 0.025) < 30  # inside the area: black
    assert pixel(first, 0.9, top + 0.025) > 225  # right of the area: the page's white
    assert pixel(first, 0.2, 1 - 150 / A4[1]) < 30  # the dark block, not hidden, still shows
    second = redaction.render_page(copy, 2, dpi=72)
    line = second.convert("L").crop((0, int(top * second.height), second.width // 2, int((top + 0.05) * second.height)))
    assert line.getextrema()[0] < 100  # page 2 had no area: its name line still shows
    assert first.size == pytest.approx((A4[0], A4[1]), abs=1)  # 72 dpi: a pixel a point


def test_colour_pages_and_dark_grey_pages_are_jpeg(tmp_path: Path) -> None:
    canvas = Canvas(str(tmp_path / "mixed.pdf"), pagesize=A4)
    canvas.setFillColorRGB(0.8, 0.2, 0.1)
    canvas.rect(50, 50, 400, 600, fill=1)  # a colour poster
    canvas.showPage()
    canvas.setFillGray(0.3)
    canvas.rect(0, 0, A4[0], A4[1], fill=1)  # a dark grey photocopy
    canvas.showPage()
    canvas.save()
    data, _ = copy_of(tmp_path / "mixed.pdf", Redactions((Area(1, 0.1, 0.1, 0.2, 0.2),)))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        images = [page.Resources.XObject.Im0 for page in pdf.pages]
        found = [(str(i.Filter), str(i.ColorSpace), int(i.BitsPerComponent)) for i in images]
    assert found == [("/DCTDecode", "/DeviceRGB", 8), ("/DCTDecode", "/DeviceGray", 8)]


def test_pages_left_out_are_not_in_the_copy(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "three.pdf")
    data, made = copy_of(source, Redactions(omitted_pages=frozenset({2})))
    assert (made.pages_in, made.pages_out) == (3, 2)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 2


def test_a_landscape_and_a_rotated_page_keep_their_shape(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "wide.pdf", pages=2, size=landscape(A4))
    with pikepdf.open(source, allow_overwriting_input=True) as pdf:
        pdf.pages[1].Rotate = 90
        pdf.save(source)
    data, _ = copy_of(source, Redactions((Area(2, 0, 0, 0.5, 0.5),)))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        wide, turned = ([float(v) for v in page.MediaBox][2:] for page in pdf.pages)
    assert wide == pytest.approx(list(landscape(A4)), abs=0.01)
    assert turned == pytest.approx([A4[0], A4[1]], abs=0.01)  # as shown: upright


def test_the_same_original_gives_the_same_copy(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "again.pdf", pages=1)
    hidden = Redactions((Area(1, 0.1, 0.1, 0.4, 0.2),))
    assert copy_of(source, hidden)[0] == copy_of(source, hidden)[0]


def test_a_huge_page_is_drawn_at_a_lower_resolution(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "plan.pdf", pages=1, size=(14_000, 14_000))  # a 194-inch square page
    image = redaction.render_page(source, 1)
    assert image.width * image.height <= redaction.MAX_PAGE_PIXELS
    assert image.width > 3000


def exif_photo(path: Path) -> Path:
    """A 300 × 200 photo stored sideways (EXIF orientation 6: shown 200 wide, 300 high), with GPS and a camera."""
    image = Image.new("RGB", (300, 200), (200, 200, 200))
    ImageDraw.Draw(image).rectangle((0, 0, 30, 200), fill=(255, 0, 0))  # shown at the top once turned
    exif = Image.Exif()
    exif[0x0112], exif[0x010F], exif[0x013B] = 6, "Zorkicam", NAME
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.0)}
    image.save(path, "JPEG", quality=95, exif=exif, comment=NAME.encode())
    return path


def test_a_photo_copy_is_upright_black_where_marked_and_has_no_details(tmp_path: Path) -> None:
    source = exif_photo(tmp_path / "volunteer.jpg")
    data, made = copy_of(source, Redactions((Area(1, 0.0, 0.0, 1.0, 0.1),)))
    assert (made.kind, made.pages_out) == ("JPEG photo", 1)
    with Image.open(io.BytesIO(data)) as copy:
        assert copy.format == "JPEG" and copy.size == (200, 300)  # turned as shown, the orientation applied
        assert not copy.getexif() and "exif" not in copy.info and "icc_profile" not in copy.info
        assert "comment" not in copy.info
        assert pixel(copy, 0.5, 0.05) < 30  # the red band, now at the top, is hidden
        assert pixel(copy, 0.5, 0.5) > 150
    assert NAME.encode() not in data and b"Zorkicam" not in data


def test_a_transparent_png_keeps_no_colour_under_its_transparency(tmp_path: Path) -> None:
    image = Image.new("RGBA", (100, 100), (255, 0, 0, 0))  # fully transparent, but red underneath
    image.save(tmp_path / "logo.png")
    data, _ = copy_of(tmp_path / "logo.png", Redactions((Area(1, 0, 0, 0.5, 0.5),)))
    with Image.open(io.BytesIO(data)) as copy:
        assert copy.format == "PNG" and copy.mode in ("RGB", "L")
        assert copy.convert("RGB").getpixel((90, 90)) == (255, 255, 255)
        assert copy.convert("RGB").getpixel((10, 10)) == (0, 0, 0)


def test_areas_and_pages_that_do_not_fit_are_named() -> None:
    assert problems(Redactions((Area(1, 0.1, 0.1, 0.2, 0.2),), frozenset({2})), 3) == []
    assert problems(Redactions((Area(4, 0.1, 0.1, 0.2, 0.2),)), 3) == ["the file has 3 pages, so page 4 cannot be used"]
    assert problems(Redactions(omitted_pages=frozenset({1, 2})), 2) == [
        "every page would be left out; remove the item from the criteria instead"
    ]
    assert problems(Redactions((Area(1, 0.5, 0.1, 0.2, 0.2),)), 1) == [
        "an area's second corner must be right of and below its first"
    ]
    assert problems(Redactions((Area(1, -0.1, 0.1, 0.2, float("nan")),)), 1)[0].startswith("an area's corners")
    assert problems(Redactions((Area(0, 0.1, 0.1, 0.2, 0.2),)), 1)[0] == "pages are numbered from 1"


def test_the_words_say_what_was_hidden() -> None:
    assert Redactions((Area(1, 0, 0, 1, 1),)).words() == ("1 area hidden by the organisation",)
    hidden = Redactions((Area(1, 0, 0, 1, 1), Area(1, 0, 0, 1, 1)), frozenset({3, 2}))
    assert hidden.words() == ("2 areas hidden by the organisation", "pages 2, 3 left out by the organisation")


def sentence(error: pytest.ExceptionInfo[RedactionError]) -> str:
    message = str(error.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    return message


def test_hostile_or_unsuitable_files_get_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(RedactionError) as error:
        redaction.page_count(text)
    assert "save 'notes.txt' as a PDF" in sentence(error)

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(RedactionError) as error:
        copy_of(broken, Redactions((Area(1, 0, 0, 1, 1),)))
    assert sentence(error) == "Kitemark could not open 'broken.pdf' as a PDF (it may be damaged)."

    locked = tmp_path / "locked.pdf"
    with pikepdf.open(make_pdf(tmp_path / "open.pdf", pages=1)) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="secret"))
    with pytest.raises(RedactionError) as error:
        redaction.page_count(locked)
    assert "protected by a password" in sentence(error)

    monkeypatch.setattr(redaction, "MAX_PAGES", 2)
    with pytest.raises(RedactionError) as error:
        redaction.page_count(make_pdf(tmp_path / "long.pdf", pages=3))
    assert "has 3 pages, more than the 2 Kitemark can redact" in sentence(error)

    with pytest.raises(RedactionError) as error:
        copy_of(make_pdf(tmp_path / "short.pdf", pages=1), Redactions((Area(2, 0, 0, 1, 1),)))
    assert "page 2 cannot be used" in sentence(error)


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that claims to be width × height pixels (a decompression bomb's first step), with one row of data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = lambda kind, body: struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))  # noqa: E731
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
                     + chunk(b"IEND", b""))  # fmt: skip
    return path


def test_a_picture_over_the_pixel_limit_is_refused_before_it_is_decoded(tmp_path: Path) -> None:
    large = png_header_only(tmp_path / "large.png", 10_000, 9_000)  # over Kitemark's limit, under Pillow's
    with pytest.raises(RedactionError) as error:
        copy_of(large, Redactions((Area(1, 0, 0, 1, 1),)))
    assert sentence(error).startswith("'large.png' has 10000 × 9000 pixels, more than Kitemark redacts (65 million)")
    bomb = png_header_only(tmp_path / "bomb.png", 50_000, 50_000)  # over Pillow's own limit too
    with pytest.raises(RedactionError) as error:
        copy_of(bomb, Redactions((Area(1, 0, 0, 1, 1),)))
    assert sentence(error).startswith("'bomb.png' has more pixels than Kitemark redacts (65 million)")


def test_a_picture_has_one_page_that_cannot_be_left_out(tmp_path: Path) -> None:
    source = exif_photo(tmp_path / "photo.jpg")
    with pytest.raises(RedactionError) as error:
        copy_of(source, Redactions(omitted_pages=frozenset({1})))
    assert "cannot be left out" in sentence(error)


def test_cancelling_stops_between_pages(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "long.pdf", pages=3)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(RedactionCancelled):
        redact(source, io.BytesIO(), Redactions(omitted_pages=frozenset({3})), cancelled)
    assert len(asked) == 2


def test_the_preview_is_a_png_within_its_size(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "one.pdf", pages=1)
    with Image.open(io.BytesIO(redaction.preview_png(source, 1, longest_side=400))) as preview:
        assert preview.format == "PNG" and max(preview.size) == 400


def test_the_manifest_writes_redaction_only_for_a_redacted_copy_and_the_verifier_checks_it() -> None:
    from dataclasses import replace

    from kitemark_app.pack.manifest import EvidenceInfo, RedactionInfo, manifest_dict
    from kitemark_app.verify.manifest_model import EvidenceEntry
    from tests.unit.test_metadata_clean import _entry
    from tests.unit.test_mutants_pack_manifest import content

    copy = EvidenceInfo("E001-a.pdf", "A", "a.pdf", "application/pdf", 1, "a" * 64, None, None, ("GOV-01",),
                        original_sha256="b" * 64, metadata_removed=("author",))  # fmt: skip
    redacted = replace(copy, attachment="E002-b.pdf", redaction=RedactionInfo(3, (2, 5), 4))
    written = manifest_dict(replace(content(), evidence=(copy, redacted)))["evidence"]
    assert "redaction" not in written[0]
    assert written[1]["redaction"] == {"areas": 3, "pages_left_out": [2, 5], "pages": 4}
    assert written[1]["original_sha256"] == "b" * 64 and written[1]["metadata_removed"] == ["author"]

    described = _entry(original_sha256="b" * 64, metadata_removed=["1 area hidden by the organisation"])
    entry = EvidenceEntry.model_validate(described | {"redaction": written[1]["redaction"]})
    assert entry.redaction is not None and entry.redaction.pages_left_out == [2, 5]
    assert EvidenceEntry.model_validate(described).redaction is None  # a copy without personal details only
    for wrong in (
        _entry() | {"redaction": {"areas": 1, "pages_left_out": [], "pages": 1}},  # no original named
        described | {"redaction": {"areas": -1, "pages_left_out": [], "pages": 1}},
        described | {"redaction": {"areas": 1, "pages_left_out": [0], "pages": 1}},
        described | {"redaction": {"areas": 1, "pages_left_out": [], "pages": 0}},
        described | {"redaction": {"areas": 1, "pages_left_out": [], "pages": 1, "names": ["x"]}},
        described | {"redaction": {"areas": "1", "pages_left_out": [], "pages": 1}},
    ):
        with pytest.raises(ValueError):
            EvidenceEntry.model_validate(wrong)
