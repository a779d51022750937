"""Benchmark: what a redacted copy costs an export, per page, against baselines measured in the same run.

    .venv/bin/python benchmarks/redaction.py               # 10-page text PDFs, 10-page scanned PDFs, photos
    .venv/bin/python benchmarks/redaction.py --pages 3 --repeats 1  # a quick run

It makes, in a temporary folder, evidence as a charity redacts it: a typed letter (reportlab text pages), a
scanned certificate (one 150 dpi greyscale picture per page) and phone photos (12 MP JPEG), and measures, best of
``--repeats``:

* ``copy``: the plain copy an export makes of a file it sends as it is — read in 1 MiB chunks, SHA-256, written;
* ``strip``: the copy without personal details (``evidence.metadata.clean``), what the export makes otherwise;
* ``render``: PDFium drawing each page at 150 dpi and nothing else (for a photo: Pillow decoding it), the part of
  the redaction no implementation can avoid;
* ``redact``: ``evidence.redaction.redact`` with two areas per page and one page left out — render, paint, encode
  each page (16 greys for a page of text, else JPEG), write the new PDF (a photo: decode, paint, encode).

It prints the time per page and the ratios of redact to each baseline, and the copy's size against the original's.
No test times anything: this is for people deciding on resolution and encoding.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CHUNK = 1024 * 1024


def make_letter(path: Path, pages: int) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for page in range(pages):
        canvas.setFont("Helvetica", 11)
        for line in range(48):
            canvas.drawString(60, 780 - line * 15, f"Page {page + 1}, line {line + 1}: Ayesha Rahman attended "
                                                   "the safeguarding training on 12 March 2026.")  # fmt: skip
        canvas.showPage()
    canvas.save()


def _scan(rng: random.Random) -> object:
    from PIL import Image, ImageDraw, ImageFilter

    page = Image.new("L", (1240, 1754), 245)
    draw = ImageDraw.Draw(page)
    for line in range(50):
        for word in range(12):
            x = 100 + word * 85 + rng.randrange(10)
            draw.rectangle((x, 150 + line * 30, x + 50 + rng.randrange(25), 162 + line * 30), fill=40)
    noise = Image.frombytes("L", page.size, rng.randbytes(page.width * page.height))
    return Image.blend(page.filter(ImageFilter.GaussianBlur(1)), noise, 0.06)


def make_scanned(path: Path, rng: random.Random, pages: int) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for _ in range(pages):
        _scan(rng).save(scan := io.BytesIO(), "JPEG", quality=85)  # type: ignore[attr-defined]
        canvas.drawImage(ImageReader(scan), 0, 0, 595, 842)
        canvas.showPage()
    canvas.save()


def make_photo(path: Path, rng: random.Random) -> None:
    from PIL import Image, ImageFilter

    small = Image.frombytes("RGB", (500, 375), rng.randbytes(500 * 375 * 3))
    picture = small.resize((4000, 3000), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(2))
    picture.save(path, "JPEG", quality=92)


def plain_copy(source: Path, target: Path) -> None:
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)


def strip(source: Path, target: Path) -> None:
    from kitemark_app.evidence.metadata import clean

    with open(target, "wb") as out:
        clean(source, out)


def render_only(source: Path, _target: Path) -> None:
    from PIL import Image

    from kitemark_app.evidence import redaction

    if source.suffix == ".pdf":
        for page in range(1, redaction.page_count(source) + 1):
            redaction.render_page(source, page)
    else:
        with Image.open(source) as picture:
            picture.load()


def hidden_for(source: Path) -> object:
    from kitemark_app.evidence.redaction import Area, Redactions, page_count

    pages = page_count(source)
    areas = tuple(a for p in range(1, pages + 1) for a in (Area(p, 0.1, 0.1, 0.6, 0.13), Area(p, 0.5, 0.7, 0.9, 0.75)))
    return Redactions(areas, frozenset({2}) if pages > 2 else frozenset())


def redact(source: Path, target: Path) -> None:
    from kitemark_app.evidence.redaction import redact as make_copy

    with open(target, "wb") as out:
        make_copy(source, out, hidden_for(source))  # type: ignore[arg-type]


def best(source: Path, folder: Path, step: Callable[[Path, Path], None], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        step(source, folder / "out")
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10, help="pages of each PDF (default 10)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(20261203)
    from kitemark_app.evidence.redaction import page_count

    with tempfile.TemporaryDirectory(prefix="kitemark-redact-") as name:
        folder = Path(name)
        files = {"typed letter": folder / "letter.pdf", "scanned PDF": folder / "scan.pdf",
                 "12 MP photo": folder / "photo.jpg"}  # fmt: skip
        make_letter(files["typed letter"], args.pages)
        make_scanned(files["scanned PDF"], rng, args.pages)
        make_photo(files["12 MP photo"], rng)
        print(f"{'evidence':<14} {'pages':>5} {'KB in':>7} {'KB out':>7} {'copy ms':>8} {'strip ms':>9} "
              f"{'render ms/p':>12} {'redact ms/p':>12} {'/copy':>7} {'/strip':>7} {'/render':>8}")  # fmt: skip
        for label, path in files.items():
            pages = page_count(path)
            copy_time = best(path, folder, plain_copy, args.repeats)
            strip_time = best(path, folder, strip, args.repeats)
            render_time = best(path, folder, render_only, args.repeats)
            redact_time = best(path, folder, redact, args.repeats)
            kept = pages - (1 if pages > 2 else 0)
            print(
                f"{label:<14} {pages:>5} {path.stat().st_size / 1024:>7.0f} {(folder / 'out').stat().st_size / 1024:>7.0f} "
                f"{copy_time * 1e3:>8.2f} {strip_time * 1e3:>9.2f} {render_time / pages * 1e3:>12.1f} "
                f"{redact_time / kept * 1e3:>12.1f} {redact_time / copy_time:>6.0f}x {redact_time / strip_time:>6.0f}x "
                f"{redact_time / render_time:>7.2f}x"
            )
    print("copy: read + SHA-256 + write; strip: the copy without personal details; render: PDFium at 150 dpi, every")
    print("page (a photo: decoded); redact: the redacted copy, per page kept (page 2 of a PDF left out).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
