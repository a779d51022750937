"""A PDF written out object by object for the verifier's unit tests: the objects given (number -> body), a classic
cross-reference table of 20-byte entries and a trailer naming object 1 as the catalog. Nothing is checked or
filled in, so a test can write exactly the structure it is about, however wrong."""

from __future__ import annotations

import io

from pyhanko.pdf_utils.reader import PdfFileReader


def pdf_bytes(objects: dict[int, bytes], trailer: bytes = b"", headers: dict[int, bytes] | None = None) -> bytes:
    """``headers`` replaces an object's "N 0 obj" line (to make the table point at another object)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += (headers or {}).get(number, b"%d 0 obj" % number) + b"\n" + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f\r\n" % size
    for number in range(1, size):
        out += b"%010d 00000 n\r\n" % offsets[number] if number in offsets else b"0000000000 00001 f\r\n"
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, xref)
    return bytes(out)


def pdf_reader(objects: dict[int, bytes], headers: dict[int, bytes] | None = None) -> PdfFileReader:
    return PdfFileReader(io.BytesIO(pdf_bytes(objects, headers=headers)), strict=False)
