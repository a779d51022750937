"""The pack's structure (verify/structure.py): the embedded files found in small PDFs written object by object
(tests/unit/minipdf.py), each rule broken alone with its sentence, each limit at its boundary; the signature's
coverage checked with the signature's answers given by hand (its /ByteRange, its /Contents, its revision), so
every branch is reached with one thing wrong. Offsets are found in the bytes written, not asked of the module."""

from __future__ import annotations

import io
from functools import cache
from types import SimpleNamespace
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import IndirectObject

from kitemark_app.verify.limits import LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import (
    EmbeddedEntry,
    PackProblem,
    StreamLocation,
    certification_problems,
    embedded_files,
    resolved,
    signature_problems,
    text_of,
)
from tests.unit.minipdf import pdf_bytes

# --- small helpers ------------------------------------------------------------------------------------------------


def test_text_of_each_kind_of_pdf_string() -> None:
    assert text_of("plain") == "plain" and type(text_of(generic.TextStringObject("t"))) is str
    assert text_of(b"\xfe\xff\x00A\x00\xe9") == "Aé"  # UTF-16BE after its byte order mark
    assert text_of(b"caf\xe9") == "café"  # otherwise Latin-1 (PDFDocEncoding agrees on these)
    assert text_of(b"\xfe") == "þ"
    with pytest.raises(PackProblem) as caught:
        text_of(5)
    assert str(caught.value) == "an attachment name is not a text string"


def test_resolved_follows_references_and_defaults() -> None:
    data = pdf_bytes({1: b"<< /Type /Catalog /Pages 2 0 R /X 3 0 R >>", 2: b"<< >>", 3: b"42"})
    from pyhanko.pdf_utils.reader import PdfFileReader

    root = PdfFileReader(io.BytesIO(data), strict=False).root
    assert resolved(root, "/X") == 42
    assert resolved(root, "/Missing") is None
    assert resolved(root, "/Missing", "fallback") == "fallback"


# --- the embedded files -------------------------------------------------------------------------------------------

STREAM = b"<< /Type /EmbeddedFile /Subtype /text#2Fplain /Length 5 /Params << /Size 5 >> >>\nstream\nhello\nendstream"
SPEC = b"<< /Type /Filespec /F (a.txt) /UF (a.txt) /EF << /F 5 0 R >> /AFRelationship /Source >>"


def document(
    names: bytes = b"<< /EmbeddedFiles << /Names [(a.txt) 4 0 R] >> >>",
    spec: bytes = SPEC,
    stream: bytes = STREAM,
    catalog: bytes = b"/AF [4 0 R]",
    objects: dict[int, bytes] | None = None,
    headers: dict[int, bytes] | None = None,
) -> bytes:
    body = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names " + names + b" " + catalog + b" >>",
        2: b"<< /Type /Pages /Kids [] /Count 0 >>",
        4: spec,
        5: stream,
        **(objects or {}),
    }
    return pdf_bytes(body, headers=headers)


def entries(data: bytes, limits: ReadingLimits | None = None) -> list[EmbeddedEntry]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    handle = io.BytesIO(data)
    return embedded_files(PdfFileReader(handle, strict=False), handle, limits or ReadingLimits())


def refused(data: bytes, error: type[Exception] = PackProblem, limits: ReadingLimits | None = None) -> str:
    with pytest.raises(error) as caught:
        entries(data, limits)
    return str(caught.value)


def test_an_attachment_is_found_where_its_bytes_are() -> None:
    data = document()
    [entry] = entries(data)
    assert entry == EmbeddedEntry("a.txt", "Source", StreamLocation(data.index(b"hello"), 5, False, 5, "text/plain"))


def test_each_end_of_line_after_the_stream_keyword() -> None:
    for eol in (b"\n", b"\r\n"):
        data = document(stream=STREAM.replace(b"stream\nhello", b"stream" + eol + b"hello"))
        assert entries(data)[0].stream.offset == data.index(b"hello")
    for eol in (b" ", b"\r", b""):
        data = document(stream=STREAM.replace(b"stream\nhello", b"stream" + eol + b"hello"))
        assert refused(data) == "attachment 'a.txt' has a damaged stream"


@pytest.mark.parametrize("before", [b"\r\n", b"\n", b"\r", b""])
def test_each_end_of_line_before_endstream(before: bytes) -> None:
    data = document(stream=STREAM.replace(b"hello\nendstream", b"hello" + before + b"endstream"))
    assert entries(data)[0].stream.length == 5


@pytest.mark.parametrize("length", [b"4", b"7"])  # 6 would end at "\nendstream", with no EOL: allowed
def test_data_that_does_not_end_where_its_length_says(length: bytes) -> None:
    data = document(stream=STREAM.replace(b"/Length 5", b"/Length " + length))
    assert refused(data) == "attachment 'a.txt' does not end where its /Length says"


@pytest.mark.parametrize("length", [b"-1", b"5.0", b"true", b"(5)", b""])
def test_a_length_that_is_not_a_count_of_bytes(length: bytes) -> None:
    data = document(stream=STREAM.replace(b"/Length 5", b"/Length " + length if length else b""))
    assert refused(data) == "attachment 'a.txt' has no valid /Length"


def test_a_length_by_reference_and_no_params_and_no_media_type() -> None:
    stream = b"<< /Type /EmbeddedFile /Length 9 0 R >>\nstream\nhello\nendstream"
    data = document(stream=stream, objects={9: b"5"})
    assert entries(data)[0].stream == StreamLocation(data.index(b"hello"), 5, False, None, "")


@pytest.mark.parametrize(
    ("params", "size"), [(b"/Params << /Size 7 >>", 7), (b"/Params 7", None), (b"/Params << >>", None),
                         (b"/Params << /Size (7) >>", None), (b"/Params << /Size true >>", None), (b"", None)]
)  # fmt: skip
def test_the_declared_size(params: bytes, size: int | None) -> None:
    stream = b"<< /Type /EmbeddedFile /Length 5 " + params + b" >>\nstream\nhello\nendstream"
    assert entries(document(stream=stream))[0].stream.params_size == size


def test_deflate_alone_and_no_filter() -> None:
    for filters, deflated in ((b"/Filter /FlateDecode", True), (b"/Filter [/FlateDecode]", True),
                              (b"/Filter []", False), (b"", False)):  # fmt: skip
        stream = b"<< /Type /EmbeddedFile /Length 5 " + filters + b" >>\nstream\nhello\nendstream"
        assert entries(document(stream=stream))[0].stream.deflated is deflated, filters


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        (b"/Filter /ASCIIHexDecode", "attachment 'a.txt' uses an encoding a pack never uses (/ASCIIHexDecode)"),
        (b"/Filter [/ASCIIHexDecode]", "attachment 'a.txt' uses an encoding a pack never uses (/ASCIIHexDecode)"),
        (b"/Filter [/FlateDecode /FlateDecode]", "attachment 'a.txt' uses an encoding a pack never uses"),
        (b"/Filter /FlateDecode /DecodeParms << >>", "attachment 'a.txt' uses an encoding a pack never uses"),
        (b"/F (outside.txt)", "attachment 'a.txt' uses an encoding a pack never uses"),
        (b"/FFilter /FlateDecode", "attachment 'a.txt' uses an encoding a pack never uses"),
    ],
)
def test_every_other_encoding_is_refused(extra: bytes, reason: str) -> None:
    stream = b"<< /Type /EmbeddedFile /Length 5 " + extra + b" >>\nstream\nhello\nendstream"
    assert refused(document(stream=stream)) == reason


def test_a_stream_that_is_not_an_embedded_file() -> None:
    assert refused(document(stream=STREAM.replace(b"/EmbeddedFile", b"/XObject"))) == (
        "attachment 'a.txt' is not an embedded file stream"
    )


def test_a_table_pointing_at_another_object() -> None:
    assert refused(document(headers={5: b"6 0 obj"})) == "attachment 'a.txt' points at the wrong object"
    assert refused(document(headers={5: b"5 1 obj"})) == "attachment 'a.txt' points at the wrong object"


def test_the_word_stream_inside_the_dictionary_is_not_the_keyword() -> None:
    stream = STREAM.replace(b"/text#2Fplain", b"/application#2Foctet-stream")
    data = document(stream=stream)
    [entry] = entries(data)
    assert entry.stream.offset == data.index(b"hello") and entry.stream.media_type == "application/octet-stream"


def with_streams_inside(count: int) -> bytes:
    """A dictionary holding the word "stream" ``count`` times before the keyword itself."""
    inside = b" ".join(b"/K%d /stream" % index for index in range(count))
    return document(stream=b"<< /Type /EmbeddedFile /Length 5 " + inside + b" >>\nstream\nhello\nendstream")


def test_at_most_16_places_are_tried_for_the_keyword() -> None:
    data = with_streams_inside(15)  # the keyword is the 16th occurrence
    assert entries(data)[0].stream.offset == data.index(b"hello")
    assert refused(with_streams_inside(16)) == "attachment 'a.txt' has no readable stream"


def test_a_dictionary_followed_by_anything_but_white_space_has_no_readable_stream() -> None:
    assert refused(document(stream=STREAM.replace(b">>\nstream", b">> junk\nstream"))) == (
        "attachment 'a.txt' has no readable stream"
    )
    assert refused(document(stream=b"[1 2]\nstream\nhello\nendstream")) == "attachment 'a.txt' has no readable stream"


def test_the_stream_header_is_read_up_to_its_limit() -> None:
    # the object's first line ("5 0 obj\n") is read before the header; the keyword and one byte after it must fit
    data = document()
    start = data.index(b"5 0 obj\n") + len(b"5 0 obj\n")
    needed = data.index(b"stream\nhello") + 7 - start
    assert entries(data, ReadingLimits(max_stream_header=needed))[0].stream.length == 5
    assert refused(data, limits=ReadingLimits(max_stream_header=needed - 1)) == (
        "attachment 'a.txt' has no readable stream"
    )


# --- the file specification -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        (b"[1]", "attachment 'a.txt' has no proper file specification"),
        (SPEC.replace(b"/Filespec", b"/Other"), "attachment 'a.txt' has no proper file specification"),
        (SPEC.replace(b"/Type /Filespec ", b""), "attachment 'a.txt' has no proper file specification"),
        (SPEC.replace(b"/F (a.txt) ", b""), "attachment 'a.txt' is listed under a different file name (/F)"),
        (SPEC.replace(b"/F (a.txt)", b"/F (b.txt)"), "attachment 'a.txt' is listed under a different file name (/F)"),
        (SPEC.replace(b"/UF (a.txt) ", b""), "attachment 'a.txt' is listed under a different file name (/UF)"),
        (SPEC.replace(b"/UF (a.txt)", b"/UF (b.txt)"), "attachment 'a.txt' is listed under a different file name (/UF)"),
        (SPEC.replace(b"/EF", b"/RF << >> /EF"), "attachment 'a.txt' carries related files the manifest does not list"),
        (SPEC.replace(b"/EF << /F 5 0 R >>", b"/EF 5"), "attachment 'a.txt' does not have exactly one embedded file stream"),
        (SPEC.replace(b"/EF << /F 5 0 R >>", b"/EF << /UF 5 0 R >>"), "attachment 'a.txt' does not have exactly one embedded file stream"),
        (SPEC.replace(b"/F 5 0 R", b"/F 5 0 R /DOS 5 0 R"), "attachment 'a.txt' does not have exactly one embedded file stream"),
        (SPEC.replace(b"/F 5 0 R", b"/F 5 0 R /UF 6 0 R"), "attachment 'a.txt' does not have exactly one embedded file stream"),
        (SPEC.replace(b"/F 5 0 R", b"/F 5 0 R /UF (x)"), "attachment 'a.txt' does not have exactly one embedded file stream"),
        (SPEC.replace(b"/F 5 0 R", b"/F (x)"), "attachment 'a.txt' has no embedded file stream"),
    ],
)  # fmt: skip
def test_each_file_specification_rule(spec: bytes, reason: str) -> None:
    assert refused(document(spec=spec, objects={6: STREAM})) == reason


def test_the_same_stream_under_f_and_uf_and_no_relationship() -> None:
    spec = b"<< /Type /Filespec /F (a.txt) /UF (a.txt) /EF << /F 5 0 R /UF 5 0 R >> >>"
    [entry] = entries(document(spec=spec))
    assert entry.relationship is None and entry.name == "a.txt"


def test_the_names_in_utf16_are_the_same_names() -> None:
    spec = SPEC.replace(b"/UF (a.txt)", b"/UF <FEFF0061002E007400780074>")
    assert entries(document(spec=spec))[0].name == "a.txt"


# --- the name tree ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("names", [b"<< >>", b"<< /Dests << >> >>"])
def test_no_embedded_files(names: bytes) -> None:
    assert entries(document(names=names, catalog=b"")) == []


def test_no_names_at_all() -> None:
    data = pdf_bytes({1: b"<< /Type /Catalog /Pages 2 0 R >>", 2: b"<< /Type /Pages /Kids [] >>"})
    assert entries(data) == []


def two_files(names: bytes, catalog: bytes = b"/AF [4 0 R 6 0 R]") -> bytes:
    spec_b = SPEC.replace(b"a.txt", b"b.txt").replace(b"5 0 R", b"7 0 R")
    return document(names=names, catalog=catalog, objects={6: spec_b, 7: STREAM})


def test_kids_of_the_name_tree_are_followed() -> None:
    names = b"<< /EmbeddedFiles << /Kids [8 0 R] >> >>"
    objects = {8: b"<< /Names [(a.txt) 4 0 R] /Kids [9 0 R] >>", 9: b"<< /Names [(b.txt) 6 0 R] >>"}
    data = document(names=names, catalog=b"/AF [4 0 R 6 0 R]", objects={
        6: SPEC.replace(b"a.txt", b"b.txt").replace(b"5 0 R", b"7 0 R"), 7: STREAM, **objects})  # fmt: skip
    assert [entry.name for entry in entries(data)] == ["a.txt", "b.txt"]


def nested(depth: int) -> bytes:
    """The name tree's root, then ``depth`` levels of kids, the last one holding the attachment."""
    objects = {}
    for level in range(depth):
        objects[10 + level] = (
            b"<< /Kids [%d 0 R] >>" % (11 + level) if level + 1 < depth else b"<< /Names [(a.txt) 4 0 R] >>"
        )
    names = (
        b"<< /EmbeddedFiles << /Kids [10 0 R] >> >>" if depth else b"<< /EmbeddedFiles << /Names [(a.txt) 4 0 R] >> >>"
    )
    return document(names=names, objects=objects)


def test_the_name_tree_may_be_as_deep_as_the_depth_limit_and_no_deeper() -> None:
    assert [e.name for e in entries(nested(3), ReadingLimits(max_depth=3))] == ["a.txt"]
    assert refused(nested(4), LimitExceeded, ReadingLimits(max_depth=3)) == (
        "the list of attachments is nested too deeply or too large"
    )
    assert [e.name for e in entries(nested(32))] == ["a.txt"]  # the default: 32
    assert refused(nested(33), LimitExceeded) == "the list of attachments is nested too deeply or too large"


def test_the_name_tree_may_have_as_many_nodes_as_the_limit_and_no_more() -> None:
    # the root and three kids, the first two empty: 4 nodes
    names = b"<< /EmbeddedFiles << /Kids [10 0 R 11 0 R 12 0 R] >> >>"
    data = document(names=names, objects={10: b"<< >>", 11: b"<< >>", 12: b"<< /Names [(a.txt) 4 0 R] >>"})
    assert [e.name for e in entries(data, ReadingLimits(max_name_tree_nodes=4))] == ["a.txt"]
    assert refused(data, LimitExceeded, ReadingLimits(max_name_tree_nodes=3)) == (
        "the list of attachments is nested too deeply or too large"
    )


def many(count: int) -> bytes:
    pairs = b" ".join(b"(f%d.txt) %d 0 R" % (index, 100 + index) for index in range(count))
    objects = {}
    for index in range(count):
        name = b"f%d.txt" % index
        objects[100 + index] = SPEC.replace(b"a.txt", name).replace(b"5 0 R", b"%d 0 R" % (1000 + index))
        objects[1000 + index] = STREAM
    return document(names=b"<< /EmbeddedFiles << /Names [" + pairs + b"] >> >>", catalog=b"", objects=objects)


def test_as_many_attachments_as_the_limit_and_no_more() -> None:
    assert len(entries(many(3), ReadingLimits(max_attachments=3))) == 3
    assert refused(many(4), LimitExceeded, ReadingLimits(max_attachments=3)) == "the pack holds more than 3 attachments"


@pytest.mark.parametrize(
    "names",
    [
        b"<< /EmbeddedFiles [1] >>",
        b"<< /EmbeddedFiles << /Names 5 >> >>",
        b"<< /EmbeddedFiles << /Names [(a.txt)] >> >>",
        b"<< /EmbeddedFiles << /Kids 5 >> >>",
    ],
)
def test_a_damaged_name_tree(names: bytes) -> None:
    assert refused(document(names=names)) == "the list of attachments is damaged"


def test_a_name_that_is_not_printable_ascii() -> None:
    data = document(names=b"<< /EmbeddedFiles << /Names [(caf\\351.txt) 4 0 R] >> >>")
    assert (
        refused(data) == "attachment name 'caf\\xe9.txt' is not printable ASCII, as every Kitemark attachment name is"
    )
    data = document(names=b"<< /EmbeddedFiles << /Names [(a\\n.txt) 4 0 R] >> >>")
    assert refused(data) == "attachment name 'a\n.txt' is not printable ASCII, as every Kitemark attachment name is"


def test_two_attachments_of_the_same_name() -> None:
    assert refused(two_files(b"<< /EmbeddedFiles << /Names [(a.txt) 4 0 R (a.txt) 6 0 R] >> >>")) == (
        "the pack has two attachments named 'a.txt'"
    )


def test_one_file_specification_under_two_names() -> None:
    assert refused(two_files(b"<< /EmbeddedFiles << /Names [(a.txt) 4 0 R (b.txt) 4 0 R] >> >>")) == (
        "attachment 'b.txt' shares its file specification with another attachment"
    )


def test_one_stream_under_two_file_specifications() -> None:
    spec_b = SPEC.replace(b"a.txt", b"b.txt")  # its /EF /F is 5 0 R too
    data = document(names=b"<< /EmbeddedFiles << /Names [(a.txt) 4 0 R (b.txt) 6 0 R] >> >>",
                    catalog=b"/AF [4 0 R 6 0 R]", objects={6: spec_b})  # fmt: skip
    assert refused(data) == "attachment 'b.txt' shares its data with another attachment"


def test_a_direct_file_specification_in_the_name_tree() -> None:
    names = b"<< /EmbeddedFiles << /Names [(a.txt) " + SPEC + b"] >> >>"
    [entry] = entries(document(names=names, catalog=b""))
    assert entry.name == "a.txt"


def test_two_attachments_in_the_order_of_the_name_tree() -> None:
    data = two_files(b"<< /EmbeddedFiles << /Names [(b.txt) 6 0 R (a.txt) 4 0 R] >> >>")
    assert [entry.name for entry in entries(data)] == ["b.txt", "a.txt"]


# --- the catalog's associated files ------------------------------------------------------------------------------


@pytest.mark.parametrize("catalog", [b"", b"/AF []", b"/AF [4 0 R]"])
def test_associated_files_that_are_in_the_name_tree(catalog: bytes) -> None:
    assert len(entries(document(catalog=catalog))) == 1


@pytest.mark.parametrize(
    ("catalog", "reason"),
    [
        (b"/AF 4 0 R", "the catalog's list of associated files is damaged"),
        (b"/AF [4 0 R 9 0 R]", "the pack has an associated file that is not in its list of attachments"),
        (b"/AF [(x)]", "the pack has an associated file that is not in its list of attachments"),
    ],
)
def test_associated_files_that_are_not(catalog: bytes, reason: str) -> None:
    assert refused(document(catalog=catalog, objects={9: SPEC})) == reason


# --- the signature's coverage, with its answers given by hand ---------------------------------------------------


@cache
def real_contents() -> bytes:
    """The /Contents (CMS and its zero padding) of a pack signed by the test builder."""
    import tempfile
    from pathlib import Path

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    from tests import packs

    with tempfile.TemporaryDirectory() as folder:
        path = packs.build_pack(Path(folder) / "p.pdf")
        reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
        [signature] = reader.embedded_signatures
        assert isinstance(signature, EmbeddedPdfSignature)
        return bytes(signature.pkcs7_content)


def cms_only() -> bytes:
    contents = real_contents()
    length = int.from_bytes(contents[2:4], "big")  # 30 82 LL LL: a DER SEQUENCE with a two-byte length
    assert contents[:2] == b"\x30\x82"
    return contents[: 4 + length]


def coverage(
    contents: bytes,
    *,
    before: int = 100,
    after: int = 50,
    gap: bytes | None = None,
    byte_range: list[int] | None = None,
    size: int | None = None,
    revisions: int = 3,
    signed_revision: int = 2,
) -> list[str]:
    hole = gap if gap is not None else b"<" + contents.hex().upper().encode("ascii") + b">"
    data = b"a" * before + hole + b"z" * after
    ranges = byte_range if byte_range is not None else [0, before, before + len(hole), after]
    signature = SimpleNamespace(byte_range=ranges, pkcs7_content=contents, signed_revision=signed_revision)
    reader = SimpleNamespace(xrefs=SimpleNamespace(total_revisions=revisions))
    return signature_problems(reader, signature, io.BytesIO(data), len(data) if size is None else size)  # type: ignore[arg-type]


def test_the_signature_as_our_writer_makes_it() -> None:
    assert coverage(real_contents()) == []
    assert coverage(cms_only()) == []  # no padding at all


def test_a_byte_range_not_of_four_numbers() -> None:
    assert coverage(real_contents(), byte_range=[0, 100, 200]) == [
        "the signature's /ByteRange is not the standard two-part range"
    ]


@pytest.mark.parametrize(
    "ranges",
    [[1, 100, 200, 50], [0, 0, 200, 50], [0, -1, 200, 50], [0, 100, 100, 50], [0, 100, 99, 50], [0, 100, 200, -1]],
)
def test_a_byte_range_that_does_not_start_at_the_first_byte(ranges: list[int]) -> None:
    assert coverage(real_contents(), byte_range=ranges) == [
        "the signature's /ByteRange does not cover the file from its first byte"
    ]


def test_the_smallest_byte_ranges_that_are_well_formed() -> None:
    # length1 of 1, start2 one past it, length2 of 0: the shape passes, and the rest is judged
    found = coverage(real_contents(), byte_range=[0, 1, 2, 0], size=2)
    assert "the signature's /ByteRange does not cover the file from its first byte" not in found
    assert found and "not exactly the signature's /Contents" in found[0]


def test_bytes_added_or_removed_after_signing() -> None:
    contents = real_contents()
    size = 100 + 2 + 2 * len(contents) + 50
    assert coverage(contents, size=size + 1) == [
        f"the signature covers {size} bytes but the file has {size + 1}: bytes were added or removed after signing"
    ]
    assert coverage(contents, size=size - 1)[0].startswith(
        f"the signature covers {size} bytes but the file has {size - 1}"
    )


def test_the_gap_may_be_one_mib_and_no_more() -> None:
    contents = real_contents()
    at_limit = coverage(contents, byte_range=[0, 100, 100 + 1_048_576, 10], size=100 + 1_048_576 + 10)
    assert "the gap in the signature's /ByteRange is far larger than a signature" not in at_limit
    assert coverage(contents, byte_range=[0, 100, 100 + 1_048_577, 10], size=100 + 1_048_577 + 10) == [
        "the gap in the signature's /ByteRange is far larger than a signature"
    ]
    # a size problem found first is kept
    assert coverage(contents, byte_range=[0, 100, 100 + 1_048_577, 10], size=5) == [
        f"the signature covers {100 + 1_048_577 + 10} bytes but the file has 5: bytes were added or removed after signing",
        "the gap in the signature's /ByteRange is far larger than a signature",
    ]


@pytest.mark.parametrize("how", ["lower", "no brackets", "space"])
def test_a_gap_other_than_the_contents_in_upper_case_hex(how: str) -> None:
    contents = real_contents()
    hexed = contents.hex().upper().encode("ascii")
    gap = {"lower": b"<" + contents.hex().encode() + b">", "no brackets": b"0" + hexed + b"0",
           "space": b"<" + hexed[:-2] + b" 0>"}[how]  # fmt: skip
    assert coverage(contents, gap=gap) == [
        "the part of the file the signature leaves out is not exactly the signature's /Contents as Kitemark writes it"
    ]


def test_data_after_the_signature_in_its_contents() -> None:
    cms = cms_only()
    assert coverage(cms + b"\x00" * 10 + b"\x01" + b"\x00" * 5) == [
        "the signature's /Contents holds data after the signature"
    ]


def test_a_signature_not_in_der() -> None:
    cms = cms_only()
    ber = b"\x30\x83\x00" + cms[2:]  # the same length written with a needless leading zero byte
    assert coverage(ber + b"\x00" * 8) == ["the signature's /Contents is not in the one encoding (DER) Kitemark writes"]


def test_later_revisions_after_the_signed_one() -> None:
    assert coverage(real_contents(), revisions=3, signed_revision=2) == []
    assert coverage(real_contents(), revisions=4, signed_revision=2) == [
        "the file was changed after signing (1 later revision(s))"
    ]
    assert coverage(real_contents(), revisions=5, signed_revision=2) == [
        "the file was changed after signing (2 later revision(s))"
    ]


# --- the certification ------------------------------------------------------------------------------------------


def certification(root: dict[str, Any], value: IndirectObject | None, level: Any) -> list[str]:
    field = generic.DictionaryObject({generic.NameObject("/V"): value} if value is not None else {})
    signature = SimpleNamespace(sig_field=field, docmdp_level=level)
    return certification_problems(SimpleNamespace(root=root), signature)  # type: ignore[arg-type]


def perms(docmdp: Any) -> dict[str, Any]:
    entries = {generic.NameObject("/DocMDP"): docmdp} if docmdp is not None else {}
    return {"/Perms": generic.DictionaryObject(entries)}


SIG = IndirectObject(7, 0, None)  # type: ignore[arg-type]


def test_a_certification_allowing_no_changes() -> None:
    assert certification(perms(IndirectObject(7, 0, None)), SIG, SimpleNamespace(value=1)) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("root", [{}, perms(None)])
def test_no_certification_entry(root: dict[str, Any]) -> None:
    assert certification(root, SIG, SimpleNamespace(value=1)) == [
        "the signature is not a certification signature (no /Perms /DocMDP in the catalog)"
    ]


@pytest.mark.parametrize(
    "docmdp",
    [IndirectObject(8, 0, None), IndirectObject(7, 1, None), generic.NumberObject(7)],  # type: ignore[arg-type]
)
def test_a_certification_entry_pointing_elsewhere(docmdp: Any) -> None:
    assert certification(perms(docmdp), SIG, SimpleNamespace(value=1)) == [
        "the certification entry in the catalog does not point at the pack's signature"
    ]


def test_a_signature_value_that_is_not_a_reference() -> None:
    assert certification(perms(SIG), generic.NumberObject(7), SimpleNamespace(value=1)) == [  # type: ignore[arg-type]
        "the certification entry in the catalog does not point at the pack's signature"
    ]


@pytest.mark.parametrize("level", [None, SimpleNamespace(value=2), SimpleNamespace(value=3)])
def test_a_certification_allowing_changes(level: Any) -> None:
    assert certification(perms(SIG), SIG, level) == [
        "the certification signature allows changes after signing (DocMDP level is not 1)"
    ]


def test_both_certification_problems_together() -> None:
    assert certification(perms(IndirectObject(8, 0, None)), SIG, None) == [  # type: ignore[arg-type]
        "the certification entry in the catalog does not point at the pack's signature",
        "the certification signature allows changes after signing (DocMDP level is not 1)",
    ]


# --- third round: the survivors of the second measured run ---------------------------------------------------------


def test_padding_of_any_byte_but_zero_is_data_after_the_signature() -> None:
    assert coverage(cms_only() + b"\x00XX\x00") == ["the signature's /Contents holds data after the signature"]


def test_a_signature_of_indefinite_length_is_not_der() -> None:
    # the same CMS with its outer length written as BER's "indefinite" (0x80) and closed by an end-of-contents
    cms = cms_only()
    body = cms[4:]
    assert body[-2:] != b"\x00\x00"  # the signature's last bytes: the cut below would otherwise be invisible
    ber = b"\x30\x80" + body + b"\x00\x00"
    assert coverage(ber + b"\x00" * 8) == ["the signature's /Contents is not in the one encoding (DER) Kitemark writes"]


def test_contents_that_are_not_a_cms_structure_at_all() -> None:
    assert coverage(b"\x04\x03ABC" + b"\x00" * 8) == [
        "the signature's /Contents is not in the one encoding (DER) Kitemark writes"
    ]


def test_an_empty_attachment_is_an_empty_stream() -> None:
    data = document(stream=b"<< /Type /EmbeddedFile /Length 0 >>\nstream\n\nendstream")
    [entry] = entries(data)
    assert entry.stream.length == 0 and entry.stream.offset == data.index(b"stream\n\nendstream") + 7


def test_an_object_not_stored_as_a_stream_of_its_own() -> None:
    from pyhanko.pdf_utils.generic import Reference

    from kitemark_app.verify.structure import locate_stream

    ref = Reference(5, 0)
    reader = SimpleNamespace(xrefs={ref: ("in an object stream", 12)})
    with pytest.raises(PackProblem) as caught:
        locate_stream(reader, io.BytesIO(b""), ref, "a.txt", ReadingLimits())  # type: ignore[arg-type]
    assert str(caught.value) == "attachment 'a.txt' is not stored as a stream"


class CountingReader(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.bytes_read += len(out)
        return out


def test_finding_an_attachment_reads_its_header_not_its_data_or_what_follows() -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    big = b"x" * (1024 * 1024)
    stream = b"<< /Type /EmbeddedFile /Length %d >>\nstream\n" % len(big) + big + b"\nendstream"
    data = document(stream=stream, objects={9: b"(" + b"y" * (1024 * 1024) + b")"})  # and a megabyte after it
    handle = CountingReader(data)
    reader = PdfFileReader(handle, strict=False)
    handle.bytes_read = 0
    [entry] = embedded_files(reader, handle, ReadingLimits(max_stream_header=1024))
    assert entry.stream.length == len(big)
    assert handle.bytes_read < 16 * 1024


# --- DER all the way down: a needless long length at each depth of the CMS ---------------------------------------


def _long_length_at(encoded: bytes, path: tuple[int, ...]) -> bytes:
    """``encoded`` with the value at ``path`` (child indexes from the outer value) given a needless two-byte length
    (0x82 0x00 0xNN for a length under 128, a BER encoding DER forbids); every value around it re-emitted with its
    own, correct length, so only that one value is not DER."""
    from asn1crypto import parser

    class_, method, tag, header, body, _trailer = parser.parse(encoded)
    if not path:
        assert len(body) < 128 and header[-1] == len(body), "choose a value whose DER length is one byte"
        return header[:-1] + b"\x82\x00" + bytes([len(body)]) + body
    assert method == 1, "only a constructed value has children"
    children, rest = [], body
    while rest:
        *_, child_header, child_body, child_trailer = parser.parse(rest)
        size = len(child_header) + len(child_body) + len(child_trailer)
        children.append(rest[:size])
        rest = rest[size:]
    children[path[0]] = _long_length_at(children[path[0]], path[1:])
    return parser.emit(class_, method, tag, b"".join(children))


@pytest.mark.parametrize(
    "path",
    [
        pytest.param((0,), id="the content type"),
        pytest.param((1, 0, 0), id="the signed data's version"),
        pytest.param((1, 0, 1), id="its digest algorithms"),
        pytest.param((1, 0, 2, 0), id="its encapsulated content type"),
        pytest.param((1, 0, 3, 0, 0, 1), id="a certificate's serial number"),
        pytest.param((1, 0, 3, 1, 0, 1), id="the second certificate's serial number"),
        pytest.param((1, 0, 4, 0, 0), id="the signer's version"),
        pytest.param((1, 0, 4, 0, 2), id="the signer's digest algorithm"),
    ],
)
def test_a_needless_long_length_anywhere_in_the_signature_is_not_der(path: tuple[int, ...]) -> None:
    cms = cms_only()
    ber = _long_length_at(cms, path)
    assert ber != cms and len(ber) == len(cms) + 2
    assert coverage(ber + b"\x00" * 8) == ["the signature's /Contents is not in the one encoding (DER) Kitemark writes"]


def test_the_signature_re_emitted_unchanged_is_der() -> None:
    """The helper above changes only the value it is told to: re-emitting every value as it is gives the same
    bytes, which pass."""
    from asn1crypto import parser

    cms = cms_only()
    _class, _method, _tag, _header, body, _trailer = parser.parse(cms)
    assert parser.emit(0, 1, 16, body) == cms
    assert coverage(cms + b"\x00" * 8) == []
