"""Issue 16, done when: a name and a DBS number hidden before sending are nowhere in the exported pack.

A PDF names a volunteer and her DBS certificate number as text (and as its author), on three pages; a JPEG shows
her name drawn in it (and names her in its EXIF); a PNG shows it too (and in a text chunk). Areas are marked over
them, page 2 of the PDF is left out, and the demo's pack is exported. Then poppler's ``pdftotext`` of the embedded
copies, every byte of the pack, and every stream of the pack and of each embedded PDF decompressed (pikepdf), in
UTF-8, UTF-16 and PDF hex-string forms, find neither; the originals in the library are unchanged; poppler's
``pdftoppm`` draws the copy black where marked and the rest as it was.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kitemark_app.errors import NotReadyError
from kitemark_app.evidence.redaction import Area, Redactions
from kitemark_app.services import evidence_ops, redaction_ops
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import ExportResult, export_pack, readiness
from kitemark_app.services.export_copies import what_is_removed
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify import verify_pack

NAME = "Ayesha Rahman"
NUMBER = "DBS 001234567890"
#: Searched for: the name, its first part, the number and its digits ("Rahman" alone is not: the demo's volunteer
#: register names another Rahman, who is not hidden).
SECRETS = (NAME, NUMBER, "Ayesha", "001234567890")
KEPT_TEXT = "Enhanced check with barred lists"
WIDTH, HEIGHT = A4
FONT_SIZE = 14
CRITERION = "SAF-01"


def line_area(page: int, baseline: float, x0: float = 60, x1: float = 420) -> Area:
    """An area over one line of text drawn at ``baseline`` (points from the bottom), with a margin all round."""
    top, bottom = baseline + FONT_SIZE + 4, baseline - 6
    return Area(page, x0 / WIDTH, 1 - top / HEIGHT, x1 / WIDTH, 1 - bottom / HEIGHT)


def make_certificate(path: Path) -> None:
    """Three pages: the name and number on page 1 (hidden by areas), page 2 (left out) and page 3 (an area)."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setAuthor(NAME)
    canvas.setTitle(f"DBS certificate, {NAME}")
    for page in (1, 2, 3):
        canvas.setFont("Helvetica", FONT_SIZE)
        canvas.drawString(72, 760, f"Certificate page {page}")
        canvas.drawString(72, 700, f"Applicant: {NAME}")
        canvas.drawString(72, 660, f"Certificate number: {NUMBER}")
        canvas.drawString(72, 600, KEPT_TEXT)
        canvas.showPage()
    canvas.save()


CERTIFICATE_HIDDEN = Redactions(
    (line_area(1, 700), line_area(1, 660), line_area(3, 700), line_area(3, 660)), frozenset({2})
)


def make_picture(path: Path, kind: str) -> None:
    """The name drawn large across the top of a 600 × 300 picture, a blue block below it; the name in its details."""
    image = Image.new("RGB", (600, 300), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.text((20, 30), NAME, fill=(0, 0, 0), font=ImageFont.load_default(size=48))
    draw.rectangle((20, 200, 580, 280), fill=(40, 60, 200))
    if kind == "JPEG":
        exif = Image.Exif()
        exif[0x013B] = NAME  # Artist
        image.save(path, "JPEG", quality=95, exif=exif)
    else:
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Author", NAME)
        info.add_text("Comment", NUMBER, zip=True)  # a compressed text chunk
        image.save(path, "PNG", pnginfo=info)


PICTURE_HIDDEN = Redactions((Area(1, 0.0, 0.0, 1.0, 0.5),))


@dataclass(frozen=True)
class Exported:
    root: Path
    result: ExportResult
    pack: bytes
    sources: dict[str, bytes]
    stored: dict[str, Path]  # the originals in the library
    manifest: dict
    copies: dict[str, bytes]  # original name -> the embedded copy


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    base = tmp_path_factory.mktemp("redaction")
    certificate, photo, scan = base / "dbs-certificate.pdf", base / "volunteer-badge.jpg", base / "rota.png"
    make_certificate(certificate)
    make_picture(photo, "JPEG")
    make_picture(scan, "PNG")
    root = base / "data"
    create_demo(root)
    stored = {}
    with Workspace.open(root) as workspace:
        for path, hidden in ((certificate, CERTIFICATE_HIDDEN), (photo, PICTURE_HIDDEN), (scan, PICTURE_HIDDEN)):
            evidence_id = evidence_ops.add_evidence(workspace, path, criteria=[CRITERION])
            redaction_ops.save(workspace, evidence_id, hidden)
            stored[path.name] = redaction_ops.load(workspace, evidence_id).path
    out = base / "out" / "pack.pdf"
    out.parent.mkdir()
    result = export_pack(root, out, DEMO_PASSPHRASE)
    data = out.read_bytes()
    with pikepdf.open(out) as pdf:
        embedded = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    manifest = json.loads(embedded["manifest.json"])
    copies = {e["original_name"]: embedded[e["attachment"]] for e in manifest["evidence"]}
    sources = {p.name: p.read_bytes() for p in (certificate, photo, scan)}
    return Exported(root, result, data, sources, stored, manifest, copies)


def forms(text: str) -> list[bytes]:
    """Ways a PDF or a program may have written ``text``: UTF-8, UTF-16 either way round, a PDF hex string."""
    return [
        text.encode(),
        text.encode("utf-16-be"),
        text.encode("utf-16-le"),
        text.encode().hex().encode(),
        text.encode().hex().upper().encode(),
    ]


def assert_nowhere(data: bytes, where: str) -> None:
    for secret in SECRETS:
        for form in forms(secret):
            assert form not in data, f"{secret!r} found in {where}"


def streams_decoded(pdf_bytes: bytes) -> list[bytes]:
    """Every stream of the PDF, decompressed (and those qpdf cannot decode, as they are), and every string."""
    found = []
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    found.append(obj.read_bytes())
                except pikepdf.PdfError:  # an image's DCT data: not decoded by qpdf
                    found.append(obj.read_raw_bytes())
            elif isinstance(obj, (pikepdf.Dictionary, pikepdf.Array)):
                found.append(repr(obj).encode("utf-8", "replace"))
            elif isinstance(obj, pikepdf.String):
                found.append(bytes(obj))
    return found


def test_the_originals_really_hold_the_name_and_number(exported: Exported, tmp_path: Path) -> None:
    """So the searches below could fail: each secret is findable in what was added."""
    (tmp_path / "original.pdf").write_bytes(exported.sources["dbs-certificate.pdf"])
    text = subprocess.run(["pdftotext", str(tmp_path / "original.pdf"), "-"], capture_output=True, check=True).stdout
    assert NAME.encode() in text and NUMBER.encode() in text and text.count(NAME.encode()) == 3
    assert any(NAME.encode() in s for s in streams_decoded(exported.sources["dbs-certificate.pdf"]))
    assert NAME.encode() in exported.sources["volunteer-badge.jpg"]
    assert NAME.encode() in exported.sources["rota.png"]


def test_pdftotext_of_the_embedded_copies_finds_neither(exported: Exported, tmp_path: Path) -> None:
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(exported.copies["dbs-certificate.pdf"])
    text = subprocess.run(["pdftotext", str(copy), "-"], capture_output=True, check=True).stdout
    assert_nowhere(text, "the copy's text")
    info = subprocess.run(["pdfinfo", str(copy)], capture_output=True, check=True).stdout
    assert_nowhere(info, "the copy's document information")
    assert re.search(rb"^Pages:\s+2$", info, re.MULTILINE)  # page 2 of 3 left out


def test_no_byte_of_the_pack_holds_the_name_or_number(exported: Exported) -> None:
    assert_nowhere(exported.pack, "the pack's bytes")
    for index, stream in enumerate(streams_decoded(exported.pack)):
        assert_nowhere(stream, f"stream {index} of the pack, decompressed")
    for name, copy in exported.copies.items():
        assert_nowhere(copy, f"the copy of {name}")
        if copy.startswith(b"%PDF"):
            for index, stream in enumerate(streams_decoded(copy)):
                assert_nowhere(stream, f"stream {index} of the copy of {name}, decompressed")


def test_the_picture_copies_hold_no_text_or_details(exported: Exported) -> None:
    for name, kind in (("volunteer-badge.jpg", "JPEG"), ("rota.png", "PNG")):
        with Image.open(io.BytesIO(exported.copies[name])) as copy:
            assert copy.format == kind and copy.size == (600, 300)
            assert not copy.getexif()
            assert not {k for k in copy.info if k not in ("dpi", "jfif", "jfif_version", "jfif_unit", "jfif_density")}
            grey = copy.convert("L")
            assert grey.crop((0, 0, 600, 150)).getextrema()[1] < 20  # the area over the name: all black
            blue = copy.convert("RGB").getpixel((300, 240))
            assert blue[2] > 150 and blue[0] < 100  # the block below the area is still there


def test_the_originals_in_the_library_are_unchanged(exported: Exported) -> None:
    for name, path in exported.stored.items():
        assert sha256(path.read_bytes()) == sha256(exported.sources[name])
        assert path.read_bytes() == exported.sources[name]


def test_pdftoppm_draws_the_copy_black_where_marked(exported: Exported, tmp_path: Path) -> None:
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(exported.copies["dbs-certificate.pdf"])
    subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(copy), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == 2
    for path in pages:  # the copy's pages 1 and 2 are the original's 1 and 3
        with Image.open(path) as shown:
            page = shown.convert("L")
            scale = page.height / HEIGHT
            for baseline in (700, 660):
                area = line_area(1, baseline)
                box = (int(area.x0 * page.width) + 2, int(area.y0 * page.height) + 2,
                       int(area.x1 * page.width) - 2, int(area.y1 * page.height) - 2)  # fmt: skip
                assert page.crop(box).getextrema()[1] < 40, f"{path.name}: not black over the line at {baseline}"
            kept = page.crop((60, int((HEIGHT - 616) * scale), 400, int((HEIGHT - 594) * scale)))
            assert kept.getextrema()[0] < 80, f"{path.name}: the text not hidden is gone"
            right = page.crop((450, int((HEIGHT - 716) * scale), 560, int((HEIGHT - 650) * scale)))
            assert right.getextrema()[0] > 200, f"{path.name}: black beyond the area"


def test_the_manifest_says_which_items_are_redacted_copies(exported: Exported) -> None:
    by_name = {e["original_name"]: e for e in exported.manifest["evidence"]}
    certificate = by_name["dbs-certificate.pdf"]
    assert certificate["redaction"] == {"areas": 4, "pages_left_out": [2], "pages": 2}
    assert certificate["original_sha256"] == sha256(exported.sources["dbs-certificate.pdf"])
    assert certificate["sha256"] == sha256(exported.copies["dbs-certificate.pdf"])
    assert certificate["metadata_removed"][:2] == ["4 areas hidden by the organisation",
                                                   "page 2 left out by the organisation"]  # fmt: skip
    assert "author" in certificate["metadata_removed"]
    for name in ("volunteer-badge.jpg", "rota.png"):
        assert by_name[name]["redaction"] == {"areas": 1, "pages_left_out": [], "pages": 1}
    assert sum("redaction" in e for e in exported.manifest["evidence"]) == 3  # the demo's own files are not


def test_the_verifier_reports_the_redacted_copies(exported: Exported) -> None:
    verdict = verify_pack(exported.result.pack, trusted_roots={exported.result.signer_root_fingerprint})
    assert verdict.verdict == "valid", verdict.reasons
    redacted = {a.name: a.redaction for a in verdict.attachments if a.redaction is not None}
    assert len(redacted) == 3
    assert sorted(r.pages_left_out for r in redacted.values()) == [[], [], [2]]


def test_the_report_before_export_names_the_hidden_parts(exported: Exported) -> None:
    by_name = {item.file_name: item for item in what_is_removed(exported.root)}
    assert (
        by_name["dbs-certificate.pdf"]
        .sentence()
        .startswith("dbs-certificate.pdf: 4 areas hidden by the organisation, page 2 left out by the organisation, ")
    )
    listed = [e["metadata_removed"] for e in exported.manifest["evidence"] if e["original_name"] == "rota.png"]
    assert list(by_name["rota.png"].cleaning.removed) == listed[0]


def test_a_replaced_file_holds_the_export_until_its_hidden_parts_are_checked(tmp_path: Path) -> None:
    root = tmp_path / "data"
    create_demo(root)
    first, second = tmp_path / "dbs-certificate.pdf", tmp_path / "dbs-certificate-2027.pdf"
    make_certificate(first)
    make_certificate(second)
    second.write_bytes(second.read_bytes().replace(b"Certificate page", b"Certificate sheet"))
    with Workspace.open(root) as workspace:
        evidence_id = evidence_ops.add_evidence(workspace, first, criteria=[CRITERION])
        redaction_ops.save(workspace, evidence_id, CERTIFICATE_HIDDEN)
        assert not [p for p in readiness(workspace) if p.kind == "redactions-to-check"]
        evidence_ops.replace_file(workspace, evidence_id, workspace.store.add(second), None)
        item = redaction_ops.load(workspace, evidence_id)
        assert item.redactions == CERTIFICATE_HIDDEN  # kept, to be re-applied to the new file
        assert item.to_check.startswith("its file was replaced")
        problems = [p for p in readiness(workspace) if p.kind == "redactions-to-check"]
        assert len(problems) == 1 and problems[0].must_fix and problems[0].evidence_id == evidence_id
    with pytest.raises(NotReadyError, match="hidden parts still cover"):
        export_pack(root, tmp_path / "pack.pdf", DEMO_PASSPHRASE)
    with Workspace.open(root) as workspace:
        redaction_ops.save(workspace, evidence_id, redaction_ops.load(workspace, evidence_id).redactions)
        assert redaction_ops.load(workspace, evidence_id).to_check == ""
    result = export_pack(root, tmp_path / "pack.pdf", DEMO_PASSPHRASE)
    with pikepdf.open(result.pack) as pdf:
        manifest = json.loads(pdf.attachments["manifest.json"].get_file().read_bytes())
    entry = next(e for e in manifest["evidence"] if e["original_name"] == second.name)
    assert entry["original_sha256"] == sha256(second.read_bytes()) and entry["redaction"]["pages"] == 2


def test_parts_that_do_not_fit_the_file_are_refused_in_a_sentence(tmp_path: Path) -> None:
    root = tmp_path / "data"
    create_demo(root)
    certificate = tmp_path / "dbs.pdf"
    make_certificate(certificate)
    notes = tmp_path / "notes.csv"
    notes.write_text("name,number\n")
    with Workspace.open(root) as workspace:
        evidence_id = evidence_ops.add_evidence(workspace, certificate)
        with pytest.raises(Exception, match=r"^The parts to hide in 'dbs' cannot be saved: the file has 3 pages, "):
            redaction_ops.save(workspace, evidence_id, Redactions(omitted_pages=frozenset({4})))
        with pytest.raises(Exception, match="every page would be left out"):
            redaction_ops.save(workspace, evidence_id, Redactions(omitted_pages=frozenset({1, 2, 3})))
        other = evidence_ops.add_evidence(workspace, notes)
        with pytest.raises(Exception, match="Kitemark can hide parts of PDFs and of JPEG, PNG, WebP and GIF"):
            redaction_ops.save(workspace, other, Redactions((Area(1, 0, 0, 1, 1),)))
        assert redaction_ops.load(workspace, evidence_id).redactions.empty


def test_the_progress_bar_moves_while_pages_are_redrawn_and_never_goes_back(tmp_path: Path) -> None:
    root = tmp_path / "data"
    create_demo(root)
    make_certificate(tmp_path / "dbs-certificate.pdf")
    with Workspace.open(root) as workspace:
        evidence_id = evidence_ops.add_evidence(workspace, tmp_path / "dbs-certificate.pdf", criteria=[CRITERION])
        redaction_ops.save(workspace, evidence_id, CERTIFICATE_HIDDEN)
    seen: list[float] = []
    export_pack(root, tmp_path / "pack.pdf", DEMO_PASSPHRASE, report=lambda done, total: seen.append(done / total))
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert seen[:3] == [0.0, 0.25, 0.5]  # the copy's two pages, as they are made: the first half of the bar
    assert all(f > 0.5 for f in seen[3:])  # then the pack being written
