"""Attachment names (pack/names.py) at their boundaries: tests written to kill the mutants that survived the rest
of the suite (scripts/mutation.sh). Expected names are worked out by hand from the rules in the module's docstring
and docs/pack-format.md."""

from __future__ import annotations

import pytest

from kitemark_app.pack.names import MAX_BYTES, MAX_CHARS, MAX_EXTENSION_CHARS, attachment_names, safe_name


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("report.PDF", "report.pdf"),
        ("C:\\Users\\sam\\Board minutes.docx", "Board-minutes.docx"),
        ("folder/sub/file.txt", "file.txt"),
        ("my  file__name.txt", "my-file-name.txt"),
        ("café.txt", "cafe.txt"),
        ("a\tb\x07c.txt", "a-b-c.txt"),
        ('a:b*c?d"e<f>g|h.txt', "a-b-c-d-e-f-g-h.txt"),
        ("a\u202efdp.exe", "afdp.exe"),
        ("", "file"),
        (".pdf", "file.pdf"),
        ("...", "file"),
        ("name. .pdf", "name.pdf"),
        (" .hidden name ", "hidden-name"),
        ("a.ABCDEFGHIJ", "a.abcdefghij"),  # a 10-character extension is kept (lower-cased)
        ("a.ABCDEFGHIJK", "a.ABCDEFGHIJK"),  # an 11-character one is part of the name
        ("a.tar-gz", "a.tar-gz"),
        ("con", "con-file"),
        ("COM1.txt", "COM1-file.txt"),
        ("LPT9", "LPT9-file"),
        ("NUL.tar.gz", "NUL-file.tar.gz"),
        ("aux .txt", "aux-file.txt"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("COM10.txt", "COM10.txt"),
    ],
)
def test_safe_name_examples(original: str, expected: str) -> None:
    assert safe_name(original) == expected


def test_the_limits() -> None:
    assert (MAX_CHARS, MAX_BYTES, MAX_EXTENSION_CHARS) == (120, 240, 10)


def test_length_limit_keeps_the_extension() -> None:
    assert safe_name("a" * 116 + ".pdf") == "a" * 116 + ".pdf"
    assert safe_name("a" * 117 + ".pdf") == "a" * 116 + ".pdf"
    assert len(safe_name("b" * 500)) == 120
    assert safe_name("abcdef", max_chars=4) == "abcd"
    assert safe_name("abcdef", max_bytes=3) == "abc"
    assert safe_name("abcdef.txt", max_chars=8, max_bytes=100) == "abcd.txt"
    assert safe_name("abcdef.txt", max_chars=100, max_bytes=7) == "abc.txt"


def test_truncation_never_ends_in_a_dot_or_dash_space_and_never_empties() -> None:
    assert safe_name("ab.cd efgh", max_chars=3) == "ab"
    assert safe_name("x.pdf", max_chars=4) == "file.pdf"


def test_attachment_names_are_numbered_in_order() -> None:
    assert attachment_names(["a.pdf", "b.pdf", "a.pdf"]) == ["E001-a.pdf", "E002-b.pdf", "E003-a.pdf"]
    assert attachment_names([]) == []


def test_numbering_widens_only_past_999() -> None:
    assert attachment_names(["x"] * 999)[-1] == "E999-x"
    names = attachment_names(["x"] * 1000)
    assert names[0] == "E0001-x" and names[-1] == "E1000-x"


def test_the_prefix_counts_towards_the_length_limit() -> None:
    name = attachment_names(["a" * 300 + ".pdf"])[0]
    assert name == "E001-" + "a" * 111 + ".pdf"
    assert len(name) == MAX_CHARS


def test_names_may_start_or_end_with_x() -> None:
    assert safe_name("BOX") == "BOX"
    assert safe_name("XRAY.pdf") == "XRAY.pdf"
    assert safe_name("X-BOX", max_chars=5) == "X-BOX"
