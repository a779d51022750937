"""``evidence.metadata.clean``: what each kind of file carries, named in words, and the copy without it.

Every file is built here (Pillow, raw PNG/JPEG/GIF blocks, reportlab, pikepdf) and every copy is read back with
Pillow or pikepdf, never with the module under test; expected words are written out literally.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from kitemark_app.evidence.metadata import Outcome, clean
from kitemark_app.pack.manifest import EvidenceInfo
from kitemark_app.verify.manifest_model import EvidenceEntry

SECRET = b"Philippa Quarrington-Vale"


def xmp(body: str) -> bytes:
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
        f'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">{body}</rdf:Description></rdf:RDF>'
        '</x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def picture() -> Image.Image:
    image = Image.new("RGB", (48, 32), (10, 120, 200))
    image.paste((250, 200, 0), (8, 8, 40, 24))
    return image


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Zorkicam", "ZX-4410"
    if orientation:
        exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.0), 3: "W", 4: (0.0, 7.0, 39.0)}
    exif.get_ifd(0x8769)[0x9003] = "2026:09:18 19:04:11"
    return exif


def copy_of(path: Path) -> tuple[object, bytes]:
    out = io.BytesIO()
    return clean(path, out), out.getvalue()


def jpeg_markers(data: bytes) -> list[tuple[int, bytes]]:
    """(marker, first bytes of payload) of each segment before the scan: an independent reader."""
    found, position = [], 2
    while data[position + 1] != 0xDA:
        marker, length = data[position + 1], struct.unpack(">H", data[position + 2 : position + 4])[0]
        found.append((marker, data[position + 4 : position + 4 + 14]))
        position += 2 + length
    return found


def test_the_report_names_gps_camera_and_date_taken_in_words(tmp_path: Path) -> None:
    path = tmp_path / "photo-agm.jpg"
    picture().save(path, "JPEG", exif=gps_exif())
    cleaning = clean(path)
    assert cleaning.outcome is Outcome.REMOVED
    assert cleaning.sentence("photo-agm.jpg") == "photo-agm.jpg: GPS position, camera make and model, date taken"


def test_a_jpeg_copy_drops_exif_xmp_iptc_comments_and_trailing_data_but_keeps_icc_and_pixels(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    picture().save(buffer, "JPEG", quality=90, icc_profile=b"\x00" * 128 + b"profile")
    data = buffer.getvalue()
    iptc = b"\x1c\x02\x50" + struct.pack(">H", len(SECRET)) + SECRET + b"\x1c\x02\x5a\x00\x06London"
    photoshop = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    extra = (
        segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp(f"<dc:creator>{SECRET.decode()}</dc:creator>"))
        + segment(0xED, photoshop)
        + segment(0xFE, b"taken by " + SECRET)
    )
    path = tmp_path / "scan.jpg"
    path.write_bytes(data[:2] + extra + data[2:] + b"MOTION-VIDEO " + SECRET)
    cleaning, copy = copy_of(path)
    assert cleaning.outcome is Outcome.REMOVED
    assert set(cleaning.removed) == {
        "author",
        "place names",
        "description or comments",
        "data after the end of the picture",
    }
    assert SECRET not in copy and b"London" not in copy
    markers = jpeg_markers(copy)
    assert not [m for m, _ in markers if m in (0xE1, 0xED, 0xFE)]
    assert (0xE2, b"ICC_PROFILE\x00\x01\x01") in markers  # the colour profile stays
    assert copy.endswith(b"\xff\xd9")
    with Image.open(io.BytesIO(copy)) as image, Image.open(path) as original:
        assert image.tobytes() == original.tobytes()
        assert image.info.get("icc_profile") == original.info.get("icc_profile")


def test_a_jpeg_keeps_its_orientation_alone_so_it_still_shows_upright(tmp_path: Path) -> None:
    path = tmp_path / "portrait.jpg"
    picture().save(path, "JPEG", exif=gps_exif(orientation=8))
    cleaning, copy = copy_of(path)
    assert "GPS position" in cleaning.removed
    with Image.open(io.BytesIO(copy)) as image:
        assert dict(image.getexif()) == {0x0112: 8}
        assert not image.getexif().get_ifd(0x8825)


def test_a_jpeg_with_only_a_jfif_header_has_nothing_to_remove(tmp_path: Path) -> None:
    path = tmp_path / "plain.jpg"
    picture().save(path, "JPEG")
    out = io.BytesIO()
    assert clean(path, out).outcome is Outcome.NOTHING
    assert out.getvalue() == b""  # no copy: the original is sent


def test_a_jfif_thumbnail_is_a_preview_picture(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    picture().save(buffer, "JPEG")
    data = buffer.getvalue()
    jfif = b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x02\x01" + bytes(6)  # a 2x1 thumbnail, 6 bytes of RGB
    path = tmp_path / "thumb.jpg"
    path.write_bytes(data[:2] + segment(0xE0, jfif) + data[20:])  # replaces Pillow's own 16-byte APP0
    cleaning, copy = copy_of(path)
    assert cleaning.removed == ("preview picture",)
    assert copy[2:20] == segment(0xE0, jfif[:12] + b"\x00\x00")
    with Image.open(io.BytesIO(copy)) as image, Image.open(path) as original:
        assert image.tobytes() == original.tobytes()


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_chunks(data: bytes) -> list[bytes]:
    kinds, position = [], 8
    while position < len(data):
        length = struct.unpack(">I", data[position : position + 4])[0]
        kinds.append(data[position + 4 : position + 8])
        position += 12 + length
    return kinds


def test_a_png_copy_drops_text_time_and_exif_and_keeps_colour_chunks(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    picture().save(buffer, "PNG", exif=gps_exif(orientation=6), dpi=(300, 300))
    data = buffer.getvalue()
    extra = (
        png_chunk(b"tEXt", b"Author\x00" + SECRET)
        + png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + xmp("<dc:title>AGM</dc:title>"))
        + png_chunk(b"tIME", bytes.fromhex("07ea091213040b"))
        + png_chunk(b"gAMA", struct.pack(">I", 45455))
    )
    path = tmp_path / "photo.png"
    path.write_bytes(data[:33] + extra + data[33:])  # after IHDR
    cleaning, copy = copy_of(path)
    assert set(cleaning.removed) == {
        "GPS position", "author", "camera make and model", "date taken", "dates created and changed", "title",
    }  # fmt: skip
    kinds = png_chunks(copy)
    assert b"tEXt" not in kinds and b"iTXt" not in kinds and b"tIME" not in kinds
    assert b"gAMA" in kinds and b"pHYs" in kinds
    assert SECRET not in copy and b"Zorkicam" not in copy
    with Image.open(io.BytesIO(copy)) as image, Image.open(path) as original:
        assert image.tobytes() == original.tobytes()
        assert dict(image.getexif()) == {0x0112: 6}
        assert image.info["dpi"] == pytest.approx(original.info["dpi"])


def test_a_webp_copy_drops_exif_and_xmp_and_its_header_says_so(tmp_path: Path) -> None:
    path = tmp_path / "photo.webp"
    picture().save(path, "WEBP", lossless=True, exif=gps_exif(), xmp=xmp(f"<dc:creator>{SECRET.decode()}</dc:creator>"))
    assert SECRET in path.read_bytes()
    cleaning, copy = copy_of(path)
    assert {"GPS position", "author", "camera make and model"} <= set(cleaning.removed)
    assert SECRET not in copy and b"EXIF" not in copy[12:] and b"XMP " not in copy
    assert struct.unpack("<I", copy[4:8])[0] == len(copy) - 8
    if copy[12:16] == b"VP8X":
        assert copy[20] & 0x0C == 0  # neither the EXIF nor the XMP flag
    with Image.open(io.BytesIO(copy)) as image, Image.open(path) as original:
        assert image.tobytes() == original.tobytes()


def test_a_gif_copy_drops_comments_and_xmp_and_keeps_looping(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (8, 8), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], loop=0, comment=b"by " + SECRET)
    data = buffer.getvalue()
    packet = xmp(f"<dc:creator>{SECRET.decode()}</dc:creator>")
    magic = bytes([1, *range(255, -1, -1), 0])  # XMP's GIF trailer: the raw packet then reads as sub-blocks
    at = data.index(b",")  # the first image descriptor
    path = tmp_path / "anim.gif"
    path.write_bytes(data[:at] + b"!\xff\x0bXMP DataXMP" + packet + magic + data[at:])
    with Image.open(path) as original:
        assert original.n_frames == 2  # the test's file is a sound GIF
    cleaning, copy = copy_of(path)
    assert cleaning.removed == ("author", "description or comments")
    assert SECRET not in copy and b"NETSCAPE2.0" in copy
    with Image.open(io.BytesIO(copy)) as image:
        assert image.n_frames == 2 and "comment" not in image.info and image.info.get("loop") == 0


def test_a_lossless_tiff_is_re_encoded_with_the_same_pixels_and_a_lossy_one_is_kept(tmp_path: Path) -> None:
    tags = {0x013B: SECRET.decode(), 0x013C: "PQV-LAPTOP", 0x010F: "Scanix", 0x0110: "S-200"}
    path = tmp_path / "scan.tif"
    picture().save(path, "TIFF", compression="tiff_lzw", tiffinfo=tags, dpi=(300, 300))
    cleaning, copy = copy_of(path)
    assert set(cleaning.removed) == {"author", "computer name", "camera make and model"}
    assert SECRET not in copy and b"PQV-LAPTOP" not in copy
    with Image.open(io.BytesIO(copy)) as image, Image.open(path) as original:
        assert image.tobytes() == original.tobytes() and image.info["compression"] == "tiff_lzw"
        assert image.info["dpi"] == pytest.approx((300, 300))
    lossy = tmp_path / "lossy.tif"
    picture().save(lossy, "TIFF", compression="jpeg", tiffinfo=tags)
    kept = clean(lossy)
    assert kept.outcome is Outcome.KEPT and "quality" in kept.reason and "author" in kept.remaining


def make_pdf(path: Path, *, metadata: bytes | None = None) -> None:
    canvas = Canvas(str(path))
    canvas.setAuthor(SECRET.decode())
    canvas.drawString(72, 720, "Board minutes")
    canvas.save()
    if metadata is not None:
        with pikepdf.open(path, allow_overwriting_input=True) as pdf:
            pdf.Root.Metadata = pdf.make_stream(metadata, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
            pdf.save(path)


def test_a_pdf_copy_has_no_information_dictionary_or_xmp_and_the_same_pages(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    make_pdf(path, metadata=xmp(f"<dc:creator>{SECRET.decode()}</dc:creator>"))
    cleaning, copy = copy_of(path)
    assert {"author", "software used", "dates created and changed"} <= set(cleaning.removed)
    with pikepdf.open(io.BytesIO(copy)) as pdf, pikepdf.open(path) as original:
        assert "/Info" not in pdf.trailer and "/Metadata" not in pdf.Root
        assert pdf.pages[0].Contents.read_raw_bytes() == original.pages[0].Contents.read_raw_bytes()
    again = tmp_path / "again.pdf"
    again.write_bytes(copy)
    assert clean(again).outcome is Outcome.NOTHING  # nothing left to remove


def test_a_pdfa_copy_keeps_only_its_pdfa_identification(tmp_path: Path) -> None:
    path = tmp_path / "archive.pdf"
    make_pdf(path, metadata=xmp(f"<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>"
                                f"<dc:creator>{SECRET.decode()}</dc:creator>"))  # fmt: skip
    cleaning, copy = copy_of(path)
    assert "author" in cleaning.removed
    assert SECRET not in copy
    with pikepdf.open(io.BytesIO(copy)) as pdf:
        packet = pdf.Root.Metadata.read_bytes()
    assert b"<pdfaid:part>2</pdfaid:part>" in packet and b"<pdfaid:conformance>B</pdfaid:conformance>" in packet


def test_signed_and_encrypted_pdfs_are_kept_as_they_are(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    make_pdf(plain)
    signed = tmp_path / "signed.pdf"
    with pikepdf.open(plain) as pdf:
        value = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Sig, Contents=pikepdf.String(b"\x00" * 8)))
        field = pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Sig, T=pikepdf.String("Sig1"), V=value))
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))
        pdf.save(signed)
    encrypted = tmp_path / "encrypted.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(owner="owner", user=""))
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="owner", user="user"))
    for path, word in ((signed, "signed"), (encrypted, "encrypted"), (locked, "encrypted")):
        out = io.BytesIO()
        cleaning = clean(path, out)
        assert cleaning.outcome is Outcome.KEPT and word in cleaning.reason, path.name
        assert out.getvalue() == b""
    assert "author" in clean(signed).remaining


@pytest.mark.parametrize(
    ("name", "data"),
    [("cut.jpg", b"\xff\xd8\xff\xe1\xff\xff" + b"x" * 10), ("cut.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")],
)
def test_a_damaged_picture_is_kept_with_the_reason(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    cleaning = clean(path)
    assert cleaning.outcome is Outcome.KEPT and "could not read it" in cleaning.reason


def test_a_kind_kitemark_does_not_read_is_said_so(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text("line,amount\nrent,100\n")
    cleaning = clean(path)
    assert cleaning.outcome is Outcome.NOT_HANDLED
    assert cleaning.sentence("budget.csv").startswith("budget.csv: sent as it is (")


def test_the_kind_is_told_by_the_bytes_not_the_name(tmp_path: Path) -> None:
    path = tmp_path / "really-a-jpeg.pdf"
    picture().save(path, "JPEG", exif=gps_exif())
    assert clean(path).kind == "JPEG photo" and "GPS position" in clean(path).removed


def test_the_same_original_gives_the_same_copy(tmp_path: Path) -> None:
    path = tmp_path / "minutes.pdf"
    make_pdf(path, metadata=xmp("<dc:title>AGM</dc:title>"))
    assert copy_of(path)[1] == copy_of(path)[1]


def _entry(**fields: object) -> dict[str, object]:
    base = {"attachment": "E001-photo.jpg", "title": "Photo", "original_name": "photo.jpg",
            "media_type": "image/jpeg", "size": 10, "sha256": "a" * 64, "document_date": None, "review_by": None,
            "criteria": ["GOV-01"]}  # fmt: skip
    return base | fields


def test_the_manifest_model_takes_old_entries_and_copies_described_in_full_only() -> None:
    assert EvidenceEntry.model_validate(_entry()).original_sha256 == ""  # a pack made before copies
    copy = EvidenceEntry.model_validate(_entry(original_sha256="b" * 64, metadata_removed=["GPS position"]))
    assert copy.metadata_removed == ["GPS position"]
    for wrong in (
        {"original_sha256": "b" * 64},  # a copy that does not say what it left out
        {"metadata_removed": ["author"]},  # words with no original named
        {"original_sha256": "a" * 64, "metadata_removed": ["author"]},  # the "copy" is the original
        {"original_sha256": "B" * 64, "metadata_removed": ["author"]},
        {"original_sha256": "b" * 64, "metadata_removed": [""]},
        {"original_sha256": "b" * 64, "metadata_removed": ["x"] * 65},
    ):
        with pytest.raises(ValueError):
            EvidenceEntry.model_validate(_entry(**wrong))


def test_the_manifest_writes_the_copy_fields_only_for_a_copy() -> None:
    from kitemark_app.pack.manifest import manifest_dict
    from tests.unit.test_mutants_pack_manifest import content  # the manifest tests' own PackContent

    plain = EvidenceInfo("E001-a.pdf", "A", "a.pdf", "application/pdf", 1, "a" * 64, None, None, ("GOV-01",))
    copy = EvidenceInfo("E002-b.jpg", "B", "b.jpg", "image/jpeg", 2, "c" * 64, None, None, ("GOV-01",),
                        original_sha256="d" * 64, metadata_removed=("GPS position", "author"))  # fmt: skip
    written = manifest_dict(replace(content(), evidence=(plain, copy)))["evidence"]
    assert "original_sha256" not in written[0] and "metadata_removed" not in written[0]
    assert written[1]["original_sha256"] == "d" * 64 and written[1]["metadata_removed"] == ["GPS position", "author"]
    assert written[1]["sha256"] == "c" * 64 and written[1]["size"] == 2


def test_a_re_encoded_tiff_that_decodes_differently_is_not_used() -> None:
    from kitemark_app.evidence.metadata.tiff import _same_pixels

    written = io.BytesIO()
    picture().save(written, "TIFF", compression="tiff_lzw")
    assert _same_pixels([picture()], written)
    other = picture()
    other.putpixel((0, 0), (0, 0, 0))
    assert not _same_pixels([other], written)
    assert not _same_pixels([picture(), picture()], written)  # a page lost
