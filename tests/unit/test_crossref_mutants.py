"""The cross-reference walk (verify/crossref.py) on small hand-written files: each refusal made alone, every limit at
its boundary (the limit and one past it), and every accepted form of the classic table. The files are written out
byte by byte here, from ISO 32000-1 7.5.4 (20-byte entries, "xref" then subsection headers, then the trailer),
so the expected counts and offsets are worked out from the bytes, not from the module.

The tests of the real packs are in tests/integration/test_crossref_bounds.py; these are fast enough for the
mutants of scripts/mutation.sh."""

from __future__ import annotations

import io

import pytest

from kitemark_app.verify.crossref import check_cross_references
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import PackProblem

HEADER = b"%PDF-1.7\n"
FREE = b"0000000000 65535 f\r\n"  # one 20-byte entry
USED = b"0000000009 00000 n\r\n"
DAMAGED = "damaged or not a Kitemark pack (its cross-reference table cannot be read)"
NO_END = "damaged or not a Kitemark pack (it does not end with a cross-reference table)"
STREAM = "the file uses a cross-reference stream, which a Kitemark pack never does"


def table(*subsections: tuple[int, int], eol: bytes = b"\n", entry: bytes = FREE) -> bytes:
    """``xref`` and the given (first, count) subsections, each followed by ``count`` entries."""
    out = b"xref" + eol
    for first, count in subsections:
        out += b"%d %d\n" % (first, count) + entry * count
    return out


def section(out: bytearray, body: bytes, prev: int | None = None, extra: bytes = b"") -> int:
    """Append ``body`` (a table), its trailer (with /Prev when given) and startxref; return where it starts."""
    start = len(out)
    out += body
    out += b"trailer\n<< /Size 9"
    if prev is not None:
        out += b" /Prev %d" % prev
    out += extra + b" >>\nstartxref\n%d\n%%%%EOF\n" % start
    return start


def check(data: bytes, limits: ReadingLimits | None = None) -> int:
    return check_cross_references(io.BytesIO(data), len(data), limits or ReadingLimits())


def refused(data: bytes, error: type[Exception] = PackProblem, limits: ReadingLimits | None = None) -> str:
    with pytest.raises(error) as caught:
        check(data, limits)
    return str(caught.value)


def one_section(body: bytes, extra: bytes = b"") -> bytes:
    out = bytearray(HEADER)
    section(out, body, extra=extra)
    return bytes(out)


# --- what is counted ------------------------------------------------------------------------------------------


def test_one_section_one_entry() -> None:
    assert check(one_section(table((0, 1)))) == 1


def test_the_count_is_the_second_number_of_each_subsection_header() -> None:
    # "0 1" then "5 3": 1 + 3 entries (not 0 + 5, the first numbers)
    assert check(one_section(table((0, 1), (5, 3)))) == 4
    assert check(one_section(table((7, 2)))) == 2


def test_an_empty_subsection_is_accepted_and_its_missing_entry_not_read() -> None:
    assert check(one_section(table((0, 0)))) == 0
    assert check(one_section(table((0, 0), (3, 2)))) == 2


def test_entries_of_every_revision_are_added_up_from_the_last_startxref() -> None:
    out = bytearray(HEADER)
    first = section(out, table((0, 1)))
    second = section(out, table((3, 2)), prev=first)
    section(out, table((6, 3)), prev=second)
    assert check(bytes(out)) == 6


def test_the_last_startxref_in_the_tail_is_the_one_followed() -> None:
    out = bytearray(HEADER)
    first = section(out, table((0, 1)))
    section(out, table((3, 2)), prev=first)
    assert check(bytes(out)) == 3  # from the first startxref it would be 1
    # a last startxref that points nowhere useful is not saved by a good one before it
    bad = bytes(out) + b"startxref\n3\n%%EOF\n"
    assert refused(bad) == DAMAGED


@pytest.mark.parametrize("eol", [b"\n", b"\r", b"\r\n"])
def test_each_end_of_line_after_xref(eol: bytes) -> None:
    assert check(one_section(table((0, 1), (4, 2), eol=eol))) == 3


@pytest.mark.parametrize("entry", [b"0000000000 65535 f \n", b"0000000000 65535 f \r", b"0000000123 00002 n\r\n"])
def test_each_20_byte_entry_form(entry: bytes) -> None:
    assert len(entry) == 20
    assert check(one_section(table((0, 1), entry=entry))) == 1


def test_a_subsection_header_of_the_longest_form() -> None:
    header = b"0000000000 0000000001 \r\n"  # 24 bytes: ten digits, space, ten digits, space, CR LF
    assert len(header) == 24
    assert check(one_section(b"xref\n" + header + FREE)) == 1


def test_a_section_at_the_very_start_of_a_small_file() -> None:
    data = table((0, 1)) + b"trailer\n<< /Size 1 >>\nstartxref\n0\n%%EOF\n"  # no header: the table is at 0
    assert check(data) == 1


def test_white_space_before_the_trailer_keyword() -> None:
    data = HEADER + table((0, 1)) + b"\r\n  trailer\n<< /Size 1 >>\nstartxref\n9\n%%EOF\n"
    assert check(data) == 1


# --- finding the last startxref -------------------------------------------------------------------------------


def test_no_startxref_at_the_end() -> None:
    assert refused(HEADER + table((0, 1)) + b"trailer\n<< /Size 1 >>\n%%EOF\n") == NO_END


def test_the_startxref_must_lie_in_the_last_1024_bytes() -> None:
    body = HEADER + table((0, 1)) + b"trailer\n<< /Size 1 >>\n"
    tail = b"startxref\n9\n%%EOF\n"
    at_edge = body + tail + b" " * (1024 - len(tail))  # "startxref" begins exactly 1024 bytes before the end
    assert len(at_edge) - at_edge.rindex(b"startxref") == 1024
    assert check(at_edge) == 1
    assert refused(at_edge + b" ") == NO_END  # 1025 bytes before the end: out of reach


def test_a_startxref_at_the_first_byte_of_a_small_file_is_found() -> None:
    # found (then its offset 0 is no table): the look at the tail starts at byte 0 of a file shorter than 1024
    assert refused(b"startxref\n0\n%%EOF\n") == DAMAGED


# --- the chain of sections ------------------------------------------------------------------------------------


def test_revisions_up_to_the_limit_and_one_more() -> None:
    out = bytearray(HEADER)
    previous = section(out, table((0, 1)))
    previous = section(out, table((1, 1)), prev=previous)
    limits = ReadingLimits(max_revisions=2)
    assert check(bytes(out), limits) == 2
    section(out, table((2, 1)), prev=previous)
    assert refused(bytes(out), LimitExceeded, limits) == "the file has more than 2 revisions, more than any real pack"
    assert check(bytes(out), ReadingLimits(max_revisions=3)) == 3


def test_the_default_revision_limit_is_8() -> None:
    out = bytearray(HEADER)
    previous = None
    for number in range(8):
        previous = section(out, table((number, 1)), prev=previous)
    assert check(bytes(out)) == 8
    section(out, table((8, 1)), prev=previous)
    assert refused(bytes(out), LimitExceeded) == "the file has more than 8 revisions, more than any real pack"


def test_a_section_that_names_itself_as_previous_is_a_loop() -> None:
    out = bytearray(HEADER)
    section(out, table((0, 1)), prev=len(HEADER))
    assert refused(bytes(out)) == DAMAGED


def test_a_loop_of_two_sections() -> None:
    out = bytearray(HEADER)
    second_at = len(HEADER) + len(table((0, 1))) + len(b"trailer\n<< /Size 9 /Prev 99 >>\nstartxref\n9\n%%EOF\n")
    first = section(out, table((0, 1)), prev=second_at)
    assert section(out, table((1, 1)), prev=first) == second_at
    assert refused(bytes(out), limits=ReadingLimits(max_revisions=50)) == DAMAGED


@pytest.mark.parametrize("prev", [b"-5", b"(12)", b"/Twelve", b"4 0 R", b"[9]"])
def test_a_previous_offset_that_is_not_a_plain_offset(prev: bytes) -> None:
    assert refused(one_section(table((0, 1)), extra=b" /Prev " + prev)) == DAMAGED


def test_a_previous_offset_written_as_a_real_number_is_refused_even_where_a_table_is() -> None:
    out = bytearray(HEADER)
    first = section(out, table((0, 1)))
    good = bytearray(out)
    section(good, table((1, 1)), prev=first)
    assert check(bytes(good)) == 2  # the control: as an integer, the chain is read
    section(out, table((1, 1)), extra=b" /Prev %d.0" % first)
    assert refused(bytes(out)) == DAMAGED


@pytest.mark.parametrize("beyond", [0, 1, 1000])
def test_a_startxref_at_or_past_the_end(beyond: int) -> None:
    body = HEADER + table((0, 1)) + b"trailer\n<< /Size 1 >>\nstartxref\n"
    size = len(body) + len(b"000000\n%%EOF\n")  # the offset written with six digits (leading zeros are digits)
    data = body + b"%06d\n%%%%EOF\n" % (size + beyond)
    assert len(data) == size
    assert refused(data) == DAMAGED


# --- the section's first line -----------------------------------------------------------------------------------


@pytest.mark.parametrize("start", [b"7 0 obj\n<< /Type /XRef >>", b"12 0 obj\n<< /Type /XRef >>"])
def test_an_object_where_the_table_should_be_is_a_cross_reference_stream(start: bytes) -> None:
    out = bytearray(HEADER)
    at = len(out)
    out += start + b"\nstartxref\n%d\n%%%%EOF\n" % at
    assert refused(bytes(out)) == STREAM


@pytest.mark.parametrize("head", [b"xref ", b"xrefs", b"XREF\n", b"xre\n", b"trailer\n"])
def test_anything_but_xref_and_an_end_of_line(head: bytes) -> None:
    body = head + b"0 1\n" + FREE
    assert refused(one_section(body)) == DAMAGED


# --- the subsections ----------------------------------------------------------------------------------------------


def test_entries_up_to_the_limit_and_one_more_across_revisions() -> None:
    out = bytearray(HEADER)
    first = section(out, table((0, 2)))
    section(out, table((2, 3)), prev=first)
    data = bytes(out)
    assert check(data, ReadingLimits(max_xref_entries=5)) == 5
    assert refused(data, LimitExceeded, ReadingLimits(max_xref_entries=4)) == (
        "the file lists more than 4 objects, far more than any real pack"
    )


def test_the_entry_limit_is_counted_before_the_entries_are_read() -> None:
    # a header that claims more than the limit in a file that holds none of them: the limit speaks first
    data = one_section(b"xref\n0 1235\n")
    assert refused(data, LimitExceeded, ReadingLimits(max_xref_entries=1234)) == (
        "the file lists more than 1,234 objects, far more than any real pack"
    )
    assert refused(data, limits=ReadingLimits(max_xref_entries=1235)) == DAMAGED  # at the limit: then too short


def test_the_default_entry_limit_is_200_000() -> None:
    assert refused(one_section(b"xref\n0 200001\n"), LimitExceeded) == (
        "the file lists more than 200,000 objects, far more than any real pack"
    )
    assert refused(one_section(b"xref\n0 200000\n")) == DAMAGED  # within the limit, then shorter than it says


@pytest.mark.parametrize(
    "entry", [b"0000000000 65535 f\n", b"000000000 65535 f \r\n", b"0000000000 65535 x\r\n", b"0000000000 65535 f  "]
)
def test_a_first_entry_not_in_the_20_byte_form(entry: bytes) -> None:
    body = b"xref\n0 2\n" + entry + FREE + FREE
    assert refused(one_section(body)) == DAMAGED


def test_a_table_claiming_more_entries_than_the_file_holds() -> None:
    body = b"xref\n0 40\n" + FREE  # 40 entries claimed, one there (the trailer is well within 40 * 20 bytes)
    assert refused(one_section(body)) == DAMAGED


# --- the trailer --------------------------------------------------------------------------------------------------


def test_no_trailer_after_the_table() -> None:
    data = HEADER + table((0, 1)) + b"<< /Size 1 >>\nstartxref\n9\n%%EOF\n"
    assert refused(data) == DAMAGED


@pytest.mark.parametrize("trailer", [b"trailer\n[1 2]", b"trailer\n5", b"trailer\n<< /Size", b"trailer\n)"])
def test_a_trailer_that_is_not_a_dictionary(trailer: bytes) -> None:
    data = HEADER + table((0, 1)) + trailer + b"\nstartxref\n9\n%%EOF\n"
    assert refused(data) == DAMAGED


def test_a_hybrid_trailer_is_a_cross_reference_stream() -> None:
    assert refused(one_section(table((0, 1)), extra=b" /XRefStm 9")) == STREAM


def test_the_trailer_is_read_up_to_64_kib() -> None:
    def with_trailer_of(length: int) -> bytes:
        start = b"trailer\n<< /Size 1 /J ("
        end = b") >>"
        trailer = start + b"x" * (length - len(start) - len(end)) + end
        assert len(trailer) == length
        return HEADER + table((0, 1)) + trailer + b"\nstartxref\n9\n%%EOF\n"

    assert check(with_trailer_of(65536)) == 1
    # two bytes more cut both '>' off (pyHanko accepts a dictionary that ends in one '>')
    assert refused(with_trailer_of(65538)) == DAMAGED


def test_a_table_that_ends_at_the_end_of_the_file_is_refused_as_damaged() -> None:
    # the last two "entries" of the table are the startxref line itself: nothing follows the table, not even a
    # trailer, and that is a damaged table (PackProblem), not an error of the PDF parser
    tail = b"startxref\n9\n%%EOF\n"
    data = HEADER + b"xref\n0 3\n" + FREE + tail + b" " * (40 - len(tail))
    assert len(data) == len(HEADER) + len(b"xref\n0 3\n") + 3 * 20
    assert refused(data) == DAMAGED


class CountingReader(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.bytes_read += len(out)
        return out


def test_each_section_is_read_a_few_kilobytes_at_most() -> None:
    # a table at the start of a file of a megabyte: the tail, the table's lines and at most 64 KiB of trailer
    out = bytearray(HEADER)
    section(out, table((0, 1), (5, 2)))
    padding = b"0123456789" * 100_000 + b"\n"  # a megabyte of something else (not a comment cut short)
    data = bytes(out[: out.index(b"startxref")]) + padding + bytes(out[out.index(b"startxref") :])
    handle = CountingReader(data)
    assert check_cross_references(handle, len(data), ReadingLimits()) == 3
    assert handle.bytes_read <= 1024 + 6 + 3 * 24 + 2 * 20 + 64 * 1024
