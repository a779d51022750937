"""Personal data stays where it belongs: the pack embeds evidence without its GPS position, camera and author.

A photo with GPS EXIF and XMP, and a PDF with an author in its document information and its XMP, are added to the
demo's library; an earlier signed pack is added too. The exported pack's attachments are read back with qpdf,
Pillow and poppler (not with the exporter's code), the pack is verified, the report made before the export is
compared with what happened, and the library's originals are compared byte for byte with the files added.
"""

from __future__ import annotations

import getpass
import hashlib
import io
import json
import socket
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational
from reportlab.pdfgen.canvas import Canvas

from kitemark_app import __version__
from kitemark_app.cli import main
from kitemark_app.evidence.metadata import Outcome
from kitemark_app.services import evidence_ops
from kitemark_app.services.changes import since_last_export
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import ExportResult, export_pack
from kitemark_app.services.export_copies import FileDetails, what_is_removed
from kitemark_app.services.health import check
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify import verify_pack

PERSON = "Philippa Quarrington-Vale"
LAPTOP = "PQV-LAPTOP-7731"
CAMERA_MAKE, CAMERA_MODEL = "Zorkicam", "ZX-4410 Mark II"
#: GPS seconds of latitude and longitude, as EXIF rationals: distinctive numerators to find in the bytes.
LATITUDE_SECONDS, LONGITUDE_SECONDS = IFDRational(123457, 10000), IFDRational(987653, 10000)
XMP_GPS = "51,30.2057613N"
ORIENTATION_RIGHT = 6


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, capture_output=True, check=False)


def _xmp(extra: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/">'
        f"<dc:creator><rdf:Seq><rdf:li>{PERSON}</rdf:li></rdf:Seq></dc:creator>"
        f"<xmp:CreatorTool>Writer on {LAPTOP}</xmp:CreatorTool>{extra}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def make_photo(path: Path) -> None:
    """A JPEG with GPS, camera, owner and date-taken EXIF, and an XMP packet naming the photographer and place."""
    image = Image.new("RGB", (320, 240), (90, 140, 200))
    ImageDraw.Draw(image).rectangle((40, 60, 280, 200), fill=(230, 200, 60))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B], exif[0x0112] = CAMERA_MAKE, CAMERA_MODEL, PERSON, ORIENTATION_RIGHT
    exif[0x8825] = {1: "N", 2: (51, 30, LATITUDE_SECONDS), 3: "W", 4: (0, 7, LONGITUDE_SECONDS)}
    exif.get_ifd(0x8769)[0x9003] = "2026:09:18 19:04:11"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, exif=exif)
    data = buffer.getvalue()
    packet = b"http://ns.adobe.com/xap/1.0/\x00" + _xmp(f"<exif:GPSLatitude>{XMP_GPS}</exif:GPSLatitude>")
    app1 = b"\xff\xe1" + struct.pack(">H", len(packet) + 2) + packet
    path.write_bytes(data[:2] + app1 + data[2:])  # right after the start-of-image marker


def make_minutes(path: Path) -> None:
    """A PDF whose document information and XMP name its author and the computer it was written on."""
    canvas = Canvas(str(path))
    canvas.setAuthor(PERSON)
    canvas.setTitle("AGM minutes")
    canvas.setCreator(f"Writer on {LAPTOP}")
    canvas.drawString(72, 720, "Minutes of the annual general meeting, 18 September 2026.")
    canvas.drawString(72, 700, "Present: the trustees. The accounts were approved.")
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.Root.Metadata = pdf.make_stream(_xmp(""), Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        pdf.save(path)


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Exported:
    root: Path
    result: ExportResult
    sources: dict[str, bytes]  # original file name -> the bytes added
    report: list[FileDetails]  # made before the export
    manifest: dict


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    base = tmp_path_factory.mktemp("metadata")
    earlier = base / "earlier"
    create_demo(earlier)
    signed = base / "last-years-pack.pdf"
    export_pack(earlier, signed, DEMO_PASSPHRASE)
    photo, minutes = base / "photo-agm.jpg", base / "agm-minutes.pdf"
    make_photo(photo)
    make_minutes(minutes)
    root = base / "data"
    create_demo(root)
    with Workspace.open(root) as workspace:
        for path in (photo, minutes, signed):
            evidence_ops.add_evidence(workspace, path, criteria=["GOV-01"])
    sources = {p.name: p.read_bytes() for p in (photo, minutes, signed)}
    report = what_is_removed(root)
    out = base / "out" / "pack.pdf"
    out.parent.mkdir()
    result = export_pack(root, out, DEMO_PASSPHRASE)
    shown = run("qpdf", "--show-attachment=manifest.json", str(out))
    assert shown.returncode == 0, shown.stderr
    return Exported(root, result, sources, report, json.loads(shown.stdout))


def entry(exported: Exported, name: str) -> dict:
    return next(e for e in exported.manifest["evidence"] if e["original_name"] == name)


def attachment(exported: Exported, name: str) -> bytes:
    shown = run("qpdf", f"--show-attachment={entry(exported, name)['attachment']}", str(exported.result.pack))
    assert shown.returncode == 0, shown.stderr
    return shown.stdout


def expanded(pdf: bytes, folder: Path) -> bytes:
    """The PDF with every stream decompressed (qpdf's QDF form), so text hidden in a compressed stream shows."""
    source, target = folder / "in.pdf", folder / "out.pdf"
    source.write_bytes(pdf)
    done = run("qpdf", "--qdf", "--object-streams=disable", "--decode-level=all", str(source), str(target))
    assert done.returncode in (0, 3), done.stderr  # 3: warnings only
    return target.read_bytes()


def rational_bytes(value: IFDRational) -> list[bytes]:
    """The rational as EXIF stores it, in either byte order."""
    return [struct.pack(order + "II", value.numerator, value.denominator) for order in (">", "<")]


def test_the_photo_in_the_pack_has_no_gps_camera_owner_or_date(exported: Exported) -> None:
    original, copy = exported.sources["photo-agm.jpg"], attachment(exported, "photo-agm.jpg")
    for value in (LATITUDE_SECONDS, LONGITUDE_SECONDS):
        assert any(secret in original for secret in rational_bytes(value))  # the test's photo really carries it
        assert not any(secret in copy for secret in rational_bytes(value))
    for text in (PERSON, CAMERA_MAKE, CAMERA_MODEL, XMP_GPS, LAPTOP, "2026:09:18"):
        assert text.encode() in original
        assert text.encode() not in copy
    with Image.open(io.BytesIO(copy)) as image:
        exif = image.getexif()
        assert not exif.get_ifd(0x8825)  # no GPS directory
        assert not exif.get_ifd(0x8769)  # no EXIF directory (date taken, camera settings)
        assert dict(exif) == {0x0112: ORIENTATION_RIGHT}  # only the orientation, so it still shows upright
        assert "xmp" not in image.info
        pixels = image.tobytes()
    with Image.open(io.BytesIO(original)) as image:
        assert image.tobytes() == pixels  # lossless: the same picture, pixel for pixel


def test_the_pdf_in_the_pack_has_no_author_producer_or_xmp(exported: Exported, tmp_path: Path) -> None:
    original, copy = exported.sources["agm-minutes.pdf"], attachment(exported, "agm-minutes.pdf")
    assert PERSON.encode() in expanded(original, tmp_path)
    flat = expanded(copy, tmp_path)
    for text in (PERSON, LAPTOP, "ReportLab", "/Author", "/Producer", "x:xmpmeta"):
        assert text.encode() not in flat
    with pikepdf.open(io.BytesIO(copy)) as pdf:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        assert len(pdf.pages) == 1
    (tmp_path / "original.pdf").write_bytes(original)
    (tmp_path / "copy.pdf").write_bytes(copy)
    text = [run("pdftotext", str(tmp_path / name), "-").stdout for name in ("original.pdf", "copy.pdf")]
    assert text[0] == text[1] and b"The accounts were approved." in text[1]  # the same content


def test_a_signed_pdf_is_sent_as_it_is(exported: Exported) -> None:
    assert attachment(exported, "last-years-pack.pdf") == exported.sources["last-years-pack.pdf"]
    item = entry(exported, "last-years-pack.pdf")
    assert "original_sha256" not in item and "metadata_removed" not in item
    assert item["sha256"] == sha256_of(exported.sources["last-years-pack.pdf"])


def test_the_manifest_describes_each_copy_by_its_own_bytes_and_its_original(exported: Exported) -> None:
    for name, words in (
        ("photo-agm.jpg", {"GPS position", "camera make and model", "author", "date taken", "software used"}),
        ("agm-minutes.pdf", {"author", "title", "software used", "dates created and changed"}),
    ):
        item, copy = entry(exported, name), attachment(exported, name)
        assert item["size"] == len(copy) and item["sha256"] == sha256_of(copy)
        assert item["original_sha256"] == sha256_of(exported.sources[name])
        assert words <= set(item["metadata_removed"]), item["metadata_removed"]


def test_the_pack_still_verifies(exported: Exported) -> None:
    pack = exported.result.pack
    verdict = verify_pack(pack, trusted_roots={exported.result.signer_root_fingerprint})
    assert verdict.verdict == "valid", verdict.reasons
    assert verdict.attachments_checked == len(exported.manifest["evidence"])
    report = run("pdfsig", str(pack)).stdout.decode()
    assert "Signature Validation: Signature is Valid." in report and "Total document signed" in report


def test_the_report_before_export_named_what_the_pack_left_out(exported: Exported) -> None:
    by_name = {item.file_name: item for item in exported.report}
    assert set(by_name) == {e["original_name"] for e in exported.manifest["evidence"]}  # the pack's files, all
    for item in exported.manifest["evidence"]:
        cleaning = by_name[item["original_name"]].cleaning
        assert list(cleaning.removed) == item.get("metadata_removed", [])  # what it said is what was done
    photo = by_name["photo-agm.jpg"]
    assert photo.sentence().startswith("photo-agm.jpg: GPS position, ")
    assert "camera make and model" in photo.sentence() and "date taken" in photo.sentence()
    signed = by_name["last-years-pack.pdf"].cleaning
    assert signed.outcome is Outcome.KEPT and "signed" in signed.reason
    assert by_name["last-years-pack.pdf"].sentence().startswith("last-years-pack.pdf: kept as is (")


def test_the_command_line_lists_what_is_removed(exported: Exported, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(exported.root), "export", "--what-is-removed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("photo-agm.jpg: GPS position, ") for line in lines)
    assert any(line.startswith("agm-minutes.pdf: author, ") for line in lines)
    assert main(["--data-dir", str(exported.root), "export", "--what-is-removed", "--json"]) == 0
    files = {f["file_name"]: f for f in json.loads(capsys.readouterr().out)["files"]}
    assert files["photo-agm.jpg"]["outcome"] == "removed" and "GPS position" in files["photo-agm.jpg"]["removed"]
    assert files["last-years-pack.pdf"]["outcome"] == "kept" and files["last-years-pack.pdf"]["removed"] == []
    assert files["budget.csv"]["outcome"] == "not-handled"
    assert main(["--data-dir", str(exported.root), "export", "--what-is-removed", "--out", "x.pdf"]) == 2
    assert main(["--data-dir", str(exported.root), "export"]) == 2


def test_the_originals_in_the_library_are_unchanged(exported: Exported) -> None:
    with Workspace.open(exported.root) as workspace, workspace.session() as session:
        stored = {e.original_name: e.sha256 for e in workspace.organisation(session).evidence}
        for name, data in exported.sources.items():
            assert stored[name] == sha256_of(data)
            assert workspace.store.path_for(stored[name]).read_bytes() == data
    assert check(exported.root).healthy
    assert not list(exported.root.glob(".export-copies-*"))  # the copies went with the export


def test_a_copy_counts_as_its_original_when_packs_are_compared(exported: Exported) -> None:
    since = since_last_export(exported.root)
    assert since is not None
    assert since.changes == []  # nothing changed since the export, though the pack holds copies


def test_the_packs_own_metadata_names_the_organisation_and_the_app_only(exported: Exported, tmp_path: Path) -> None:
    pack = exported.result.pack
    info = dict(line.split(":", 1) for line in run("pdfinfo", str(pack)).stdout.decode().splitlines() if ":" in line)
    info = {key: value.strip() for key, value in info.items()}
    organisation = exported.manifest["organisation"]["name"]
    assert info["Author"] == organisation
    assert info["Creator"] == f"Kitemark {__version__}"
    assert info["Producer"].startswith(f"Kitemark {__version__}")  # pyHanko adds its own name when signing
    assert "ReportLab" not in info["Producer"]
    assert info["Metadata Stream"] == "no"
    flat = expanded(pack.read_bytes(), tmp_path)
    machine = [str(exported.root), str(pack.parent), str(Path.home()), getpass.getuser(), socket.gethostname()]
    for text in machine:
        if len(text) >= 5:  # a short user name ("root") would match PDF keywords
            assert text.encode() not in flat, text


def test_a_cancelled_export_leaves_no_copies_and_a_killed_ones_are_removed(tmp_path: Path) -> None:
    from kitemark_app.pack.attachments import ExportCancelled

    root = tmp_path / "data"
    create_demo(root)
    photo = tmp_path / "photo-agm.jpg"
    make_photo(photo)
    with Workspace.open(root) as workspace:
        evidence_ops.add_evidence(workspace, photo, criteria=["GOV-01"])
    killed = root / ".export-copies-999999999-abc"  # no such process: an export that was killed
    killed.mkdir()
    (killed / "00001").write_bytes(b"a copy")
    calls = 0

    def cancel_while_embedding() -> bool:
        nonlocal calls
        calls += 1
        return calls > 40  # after the copies are made, while the attachments are written

    (tmp_path / "out").mkdir()
    with pytest.raises(ExportCancelled):
        export_pack(root, tmp_path / "out" / "pack.pdf", DEMO_PASSPHRASE, cancelled=cancel_while_embedding)
    assert calls > 40
    assert not list(root.glob(".export-copies-*"))
    assert not list((tmp_path / "out").iterdir())
