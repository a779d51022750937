"""The cross-reference sections are counted before any reader builds them (verify/crossref.py): a file that claims
millions of objects in a few bytes, loops, piles up revisions or breaks the 20-byte table form is refused first."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest
from pyhanko.pdf_utils.writer import PdfFileWriter

from kitemark_app.review.read import ReviewRejected, verify_review
from kitemark_app.verify import verify_pack
from kitemark_app.verify.crossref import check_cross_references
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem
from tests import packs

STREAM_REASON = "cross-reference stream"


def _genuine(tmp_path: Path) -> tuple[Path, packs.OrgKeys]:
    keys = packs.default_keys()
    return packs.build_pack(tmp_path / "genuine.pdf", packs.PackOptions(keys=keys)), keys


def _last_startxref(data: bytes) -> int:
    return int(re.findall(rb"startxref\s+(\d+)", data)[-1])


def _append_xref_stream(data: bytes, index: bytes, widths: bytes = b"[0 0 0]", extra: bytes = b"") -> bytes:
    """An update whose cross-reference stream's entries take no bytes: ``index`` claims how many there are."""
    out = bytearray(data)
    number = packs.next_object_number(data)
    start = len(out)
    out += (
        b"%d 0 obj\n<< /Type /XRef /Size %d /W %s /Index %s /Prev %d /Root 1 0 R%s /Length 0 >>\nstream\n\nendstream"
        b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % (number, 2_000_000, widths, index, _last_startxref(data), extra, start)
    )
    return bytes(out)


def _append_table(data: bytes, prev: int | None, extra: bytes = b"", entry_end: bytes = b"\r\n") -> bytes:
    """An empty classic update (just the free-list head) whose trailer points at ``prev``."""
    out = bytearray(data)
    start = len(out)
    previous = b" /Prev %d" % prev if prev is not None else b""
    out += b"xref\n0 1\n0000000000 65535 f" + entry_end
    out += b"trailer\n<< /Size 2 /Root 1 0 R%s%s >>\nstartxref\n%d\n%%%%EOF\n" % (previous, extra, start)
    return bytes(out)


def _verify_bytes(tmp_path: Path, data: bytes, keys: packs.OrgKeys) -> tuple[str, str, float]:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(data)
    began = time.perf_counter()
    verdict = verify_pack(path, {keys.fingerprint})
    return verdict.verdict, " | ".join(verdict.reasons), time.perf_counter() - began


def test_a_million_free_entries_in_an_appended_xref_stream_are_refused_unread(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    hostile = _append_xref_stream(path.read_bytes(), b"[0 1000000]")
    verdict, reasons, _seconds = _verify_bytes(tmp_path, hostile, keys)
    assert verdict == "rejected" and STREAM_REASON in reasons


def test_an_appended_hybrid_trailer_is_refused(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    data = path.read_bytes()
    hostile = _append_table(data, _last_startxref(data), extra=b" /XRefStm %d" % _last_startxref(data))
    verdict, reasons, _seconds = _verify_bytes(tmp_path, hostile, keys)
    assert verdict == "rejected" and STREAM_REASON in reasons


def test_a_file_written_with_cross_reference_streams_is_refused_before_reading(tmp_path: Path) -> None:
    writer = PdfFileWriter(stream_xrefs=True)
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    with pytest.raises(PackProblem, match=STREAM_REASON):
        check_cross_references(io.BytesIO(data), len(data), ReadingLimits())


def test_the_entry_limit_holds_at_its_boundary(tmp_path: Path) -> None:
    path, _keys = _genuine(tmp_path)
    data = path.read_bytes()
    # counted independently of the module: every 20-byte entry line in the file's tables
    entries = len(re.findall(rb"(?<![0-9])\d{10} \d{5} [fn](?: \r| \n|\r\n)", data))
    assert entries > 10
    assert check_cross_references(io.BytesIO(data), len(data), ReadingLimits(max_xref_entries=entries)) == entries
    with pytest.raises(LimitExceeded, match=f"more than {entries - 1:,} objects"):
        check_cross_references(io.BytesIO(data), len(data), ReadingLimits(max_xref_entries=entries - 1))


def test_the_default_entry_limit_refuses_a_table_of_more_entries(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    data = path.read_bytes()
    count = ReadingLimits().max_xref_entries + 1
    out = bytearray(data)
    start = len(out)
    out += b"xref\n0 %d\n" % count + b"0000000000 65535 f\r\n" * count
    out += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        count,
        _last_startxref(data),
        start,
    )
    verdict, reasons, _seconds = _verify_bytes(tmp_path, bytes(out), keys)
    assert verdict == "rejected" and "objects, far more than any real pack" in reasons


def test_revisions_are_counted_at_the_limit(tmp_path: Path) -> None:
    path, _keys = _genuine(tmp_path)
    data = path.read_bytes()
    revisions = len(re.findall(rb"startxref", data))
    limits = ReadingLimits(max_revisions=revisions + 2)
    for _ in range(2):  # up to the limit: the chain is read to its end
        data = _append_table(data, _last_startxref(data))
    check_cross_references(io.BytesIO(data), len(data), limits)
    data = _append_table(data, _last_startxref(data))  # one more
    with pytest.raises(LimitExceeded, match=f"more than {revisions + 2} revisions"):
        check_cross_references(io.BytesIO(data), len(data), limits)


def test_a_loop_in_the_chain_of_sections_is_refused(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    data = path.read_bytes()
    own_offset = len(data)  # the appended table's /Prev points at itself
    verdict, reasons, _seconds = _verify_bytes(tmp_path, _append_table(data, own_offset), keys)
    assert verdict == "rejected" and "cross-reference table cannot be read" in reasons


def test_a_table_whose_entries_are_not_20_bytes_is_refused(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    data = path.read_bytes()
    hostile = _append_table(data, _last_startxref(data), entry_end=b"\n")  # 19 bytes
    verdict, reasons, _seconds = _verify_bytes(tmp_path, hostile, keys)
    assert verdict == "rejected" and "cross-reference table cannot be read" in reasons


def test_a_prev_beyond_the_end_of_the_file_is_refused(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    data = path.read_bytes()
    verdict, reasons, _seconds = _verify_bytes(tmp_path, _append_table(data, len(data) * 10), keys)
    assert verdict == "rejected" and "cross-reference table cannot be read" in reasons


def test_a_review_with_an_appended_xref_stream_is_refused(tmp_path: Path) -> None:
    from kitemark_app.review.model import FIELD_NAME, REVIEW_NAME

    review_file = packs.PackFile(REVIEW_NAME, b'{"schema": "kitemark-review/1"}', "application/json", compress=True)
    options = packs.PackOptions(files=[review_file], include_manifest=False, field_name=FIELD_NAME)
    review = packs.build_pack(tmp_path / "review.pdf", options)
    hostile = tmp_path / "hostile-review.pdf"
    hostile.write_bytes(_append_xref_stream(review.read_bytes(), b"[0 1000000]"))
    with pytest.raises(ReviewRejected, match=STREAM_REASON):
        verify_review(hostile)


def _form_listing_the_field(data: bytes, times: int) -> bytes:
    from pyhanko.pdf_utils.reader import PdfFileReader

    first = PdfFileReader(io.BytesIO(data), strict=False).root["/AcroForm"]["/Fields"].raw_get(0)
    number = packs.next_object_number(data)
    form = b"<< /Fields [" + b" ".join([b"%d %d R" % (first.idnum, first.generation)] * times) + b"] >>"
    root = packs.catalog_with(data, b"/AcroForm %d 0 R" % number).replace(b"/AcroForm", b"/Old", 1)
    return packs.raw_update(data, {number: form}, new_root=root)


def test_a_form_listing_more_fields_than_a_pack_has_is_refused_before_they_are_walked(tmp_path: Path) -> None:
    path, keys = _genuine(tmp_path)
    data = path.read_bytes()
    at_limit = _verify_bytes(tmp_path, _form_listing_the_field(data, 8), keys)
    assert at_limit[0] == "rejected" and "fields" not in at_limit[1]  # 8: walked, and refused for another reason
    verdict, reasons, _seconds = _verify_bytes(tmp_path, _form_listing_the_field(data, 9), keys)
    assert verdict == "rejected" and "the file's form lists 9 fields, but a Kitemark pack has one" in reasons
