"""The file's cross-reference sections, counted before any PDF reader builds them: the first and cheapest check.

A PDF reader turns every cross-reference entry into an object in memory, and a cross-reference *stream* can claim
millions of entries that take no bytes at all (``/W [0 0 0]``), so a file of a few kilobytes can make a reader work
for seconds and hold hundreds of megabytes before the signature is even found. Our exporter (reportlab, then
pyHanko's incremental updates) writes only classic ``xref`` tables, whose entries are exactly 20 bytes each, so the
pack format allows nothing else (docs/pack-format.md): this module walks the chain of sections from the last
``startxref``, reading only subsection headers and trailers, and refuses a cross-reference stream, a hybrid file,
a loop or too many revisions, and more entries in all than ``ReadingLimits.max_xref_entries``. Its work is bounded
by the number of sections, not by what they claim.
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import read_non_whitespace

from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem

DAMAGED = "damaged or not a Kitemark pack (its cross-reference table cannot be read)"
TAIL = 1024  # where a reader looks for the last startxref
ENTRY = 20  # bytes of one classic cross-reference entry, end of line included (ISO 32000-1, 7.5.4)
MAX_TRAILER = 64 * 1024

_STARTXREF = re.compile(rb"startxref[\r\n ]+(\d{1,15})[\r\n ]+%%EOF")
_SUBSECTION = re.compile(rb"(\d{1,10}) (\d{1,10})[ ]?(?:\r\n|\r|\n)")
_ENTRY = re.compile(rb"\d{10} \d{5} [fn](?: \r| \n|\r\n)")


def check_cross_references(handle: BinaryIO, size: int, limits: ReadingLimits) -> int:
    """Walk every cross-reference section; return how many entries they hold, or raise ``PackProblem`` or
    ``LimitExceeded``. Reads at most a few kilobytes per section."""
    handle.seek(max(0, size - TAIL))
    # The last one in the tail, as a reader finds it; bytes after it are the signature's coverage check's to name.
    found = None
    for match in _STARTXREF.finditer(handle.read(TAIL)):
        found = match
    if found is None:
        raise PackProblem("damaged or not a Kitemark pack (it does not end with a cross-reference table)")
    offset: int | None = int(found[1])
    seen: set[int] = set()
    entries = 0
    while offset is not None:
        if offset in seen:
            raise PackProblem(DAMAGED)
        if len(seen) >= limits.max_revisions:
            raise LimitExceeded(f"the file has more than {limits.max_revisions} revisions, more than any real pack")
        seen.add(offset)
        entries, offset = _section(handle, size, offset, entries, limits)
    return entries


def _section(handle: BinaryIO, size: int, offset: int, entries: int, limits: ReadingLimits) -> tuple[int, int | None]:
    if not 0 <= offset < size:
        raise PackProblem(DAMAGED)
    handle.seek(offset)
    head = handle.read(6)
    if head[:1].isdigit():
        raise PackProblem("the file uses a cross-reference stream, which a Kitemark pack never does")
    eol = 6 if head[4:6] == b"\r\n" else 5
    if head[:4] != b"xref" or head[4:5] not in (b"\r", b"\n"):
        raise PackProblem(DAMAGED)
    position = offset + eol
    while True:
        handle.seek(position)
        line = handle.read(24)
        subsection = _SUBSECTION.match(line)
        if subsection is None:
            break
        count = int(subsection[2])
        entries += count
        if entries > limits.max_xref_entries:
            raise LimitExceeded(
                f"the file lists more than {limits.max_xref_entries:,} objects, far more than any real pack"
            )
        position += subsection.end()
        if count:  # the first entry of each subsection shows the table keeps the 20-byte form
            handle.seek(position)
            if _ENTRY.fullmatch(handle.read(ENTRY)) is None:
                raise PackProblem(DAMAGED)
        position += count * ENTRY
        if position > size:
            raise PackProblem(DAMAGED)
    return entries, _previous(handle, position, size)


def _previous(handle: BinaryIO, position: int, size: int) -> int | None:
    """The trailer after the table: its ``/Prev``, or None for the first section."""
    handle.seek(position)
    chunk = handle.read(min(MAX_TRAILER, size - position))
    body = io.BytesIO(chunk)
    read_non_whitespace(body, seek_back=True, allow_eof=True)  # nothing after the table: no trailer (not a crash)
    if body.read(7) != b"trailer":
        raise PackProblem(DAMAGED)
    try:
        read_non_whitespace(body, seek_back=True)
        trailer = generic.read_object(body, generic.TrailerReference(None))
    except Exception:
        raise PackProblem(DAMAGED) from None
    if not isinstance(trailer, generic.DictionaryObject):
        raise PackProblem(DAMAGED)
    if "/XRefStm" in trailer:
        raise PackProblem("the file uses a cross-reference stream, which a Kitemark pack never does")
    previous = trailer.raw_get("/Prev") if "/Prev" in trailer else None
    if previous is None:
        return None
    if not isinstance(previous, int) or isinstance(previous, bool):
        raise PackProblem(DAMAGED)
    return int(previous)
