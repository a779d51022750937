"""Benchmark: what leaving personal details out of the evidence costs an export, per file and per MiB.

    .venv/bin/python benchmarks/metadata_strip.py            # photos, scans and PDFs, ~200 MiB in all
    .venv/bin/python benchmarks/metadata_strip.py --scale 0.25  # a quick run

It makes, in a temporary folder, evidence as a charity has it: phone photos (JPEG with GPS EXIF and XMP, 4-12 MP),
PNG screenshots with text chunks, lossless TIFF scans, and PDFs (reportlab pages with scanned images, an author
and an XMP packet), then measures in one run, best of ``--repeats``:

* the baseline: the plain copy an export makes of a file it sends as it is — read in 1 MiB chunks, SHA-256,
  written to a file (``EvidenceStore.open_verified`` into the pack);
* the strip: what ``services.export_copies`` adds for a file it cleans — ``evidence.metadata.clean`` writing the
  copy, the SHA-256 of the copy, and the check of the original's SHA-256;
* the report: ``clean`` without a copy, as ``kitemark export --what-is-removed`` runs it.

It prints, per kind of file, the time per file and per MiB and the ratios of strip and report to the baseline;
the export of a cleaned file costs baseline + strip (the copy is then embedded like any file).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import struct
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

MIB = 1024 * 1024
CHUNK = 1024 * 1024


def _noise_picture(rng: random.Random, width: int, height: int) -> object:
    """A picture with photo-like detail (smooth areas and noise), so JPEG and deflate do real work."""
    from PIL import Image, ImageFilter

    small = Image.frombytes("RGB", (width // 8, height // 8), rng.randbytes((width // 8) * (height // 8) * 3))
    picture = small.resize((width, height), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    grain = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    return Image.blend(picture, grain, 0.08)


def _exif() -> object:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B], exif[0x0112] = "Zorkicam", "ZX-4410", "A Trustee", 6
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}
    exif.get_ifd(0x8769)[0x9003] = "2026:09:18 19:04:11"
    return exif


XMP = (
    b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>A Trustee</dc:creator></rdf:Description>'
    b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


def make_photo(path: Path, rng: random.Random, megapixels: float) -> None:
    width = int((megapixels * 1e6 * 4 / 3) ** 0.5)
    buffer = io.BytesIO()
    _noise_picture(rng, width, width * 3 // 4).save(buffer, "JPEG", quality=92, exif=_exif())  # type: ignore[attr-defined]
    data = buffer.getvalue()
    packet = b"http://ns.adobe.com/xap/1.0/\x00" + XMP
    path.write_bytes(data[:2] + b"\xff\xe1" + struct.pack(">H", len(packet) + 2) + packet + data[2:])


def make_png(path: Path, rng: random.Random) -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "A Trustee")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    _noise_picture(rng, 1600, 1000).save(path, "PNG", pnginfo=info)  # type: ignore[attr-defined]


def make_tiff(path: Path, rng: random.Random) -> None:
    picture = _noise_picture(rng, 2480, 1754).convert("L")  # type: ignore[attr-defined]
    picture.save(path, "TIFF", compression="tiff_lzw", tiffinfo={0x013B: "A Trustee", 0x013C: "OFFICE-PC"})


def make_pdf(path: Path, rng: random.Random, pages: int) -> None:
    import pikepdf
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.setAuthor("A Trustee")
    scan = io.BytesIO()
    for page in range(pages):
        _noise_picture(rng, 1240, 1754).save(scan := io.BytesIO(), "JPEG", quality=80)  # type: ignore[attr-defined]
        canvas.drawImage(ImageReader(scan), 0, 0, 595, 842)
        canvas.drawString(72, 40, f"Page {page + 1}")
        canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.Root.Metadata = pdf.make_stream(XMP, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        pdf.save(path)


def plain_copy(source: Path, target: Path) -> None:
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def strip(source: Path, target: Path) -> None:
    from kitemark_app.evidence.metadata import Outcome, clean

    with open(target, "wb") as out:
        cleaning = clean(source, out)
    assert cleaning.outcome is Outcome.REMOVED, (source.name, cleaning)
    _sha256(target)  # the copy's hash, for the manifest
    _sha256(source)  # the original checked before its copy is sent


def report(source: Path, target: Path) -> None:
    from kitemark_app.evidence.metadata import clean

    clean(source)


def best(files: list[Path], folder: Path, step: Callable[[Path, Path], None], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for number, path in enumerate(files):
            step(path, folder / f"out-{number}")
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the number of files (default 1)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20261202)
    count = max(1, round(8 * args.scale))
    with tempfile.TemporaryDirectory(prefix="kitemark-strip-") as name:
        folder = Path(name)
        kinds: dict[str, list[Path]] = {"JPEG photos": [], "PNG screenshots": [], "TIFF scans": [], "PDFs": []}
        for i in range(count):
            photo = folder / f"photo-{i}.jpg"
            make_photo(photo, rng, 4 + 8 * (i % 3) / 2)
            kinds["JPEG photos"].append(photo)
            png = folder / f"screen-{i}.png"
            make_png(png, rng)
            kinds["PNG screenshots"].append(png)
            pdf = folder / f"minutes-{i}.pdf"
            make_pdf(pdf, rng, pages=1 + 3 * (i % 3))
            kinds["PDFs"].append(pdf)
            if i < max(1, count // 2):
                tiff = folder / f"scan-{i}.tif"
                make_tiff(tiff, rng)
                kinds["TIFF scans"].append(tiff)
        print(f"{'kind':<16} {'files':>5} {'MiB':>7} {'copy ms/file':>13} {'strip ms/file':>14} "
              f"{'strip ms/MiB':>13} {'strip/copy':>11} {'report ms/file':>15} {'report/copy':>12}")  # fmt: skip
        for kind, files in kinds.items():
            mib = sum(p.stat().st_size for p in files) / MIB
            baseline = best(files, folder, plain_copy, args.repeats)
            stripped = best(files, folder, strip, args.repeats)
            looked = best(files, folder, report, args.repeats)
            n = len(files)
            print(
                f"{kind:<16} {n:>5} {mib:>7.1f} {baseline / n * 1e3:>13.2f} {stripped / n * 1e3:>14.2f} "
                f"{stripped / mib * 1e3:>13.2f} {stripped / baseline:>10.2f}x {looked / n * 1e3:>15.2f} "
                f"{looked / baseline:>11.2f}x"
            )
    print("copy: read + SHA-256 + write (a file sent as it is); strip: clean + hash copy + check original;")
    print("report: clean without a copy. A cleaned file's export costs copy + strip.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
