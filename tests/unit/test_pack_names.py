"""Attachment names made from hostile evidence file names are safe and unique."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from kitemark_app.pack.names import MANIFEST_NAME, MAX_BYTES, MAX_CHARS, attachment_names, safe_name

RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)), *(f"LPT{n}" for n in range(10))}
HOSTILE = [
    "../x",
    "..\\..\\windows\\system32\\evil.dll",
    "CON",
    "con.txt",
    "Lpt1.pdf",
    "a\u202efdp.exe",
    "x" * 300,
    "é" * 300 + ".pdf",
    "",
    ".",
    "..",
    "....",
    " . . ",
    "tab\there\nnewline\x00nul.pdf",
    'a:b*c?d"e<f>g|h.pdf',
    "\u200b\u2066zero\u2069width.txt",
    "report.pdf",
    "report.pdf",
    "REPORT.PDF",
    "manifest.json",
]


def assert_safe(name: str) -> None:
    assert name, "a name must not be empty"
    assert name.isascii() and name.isprintable()
    assert len(name) <= MAX_CHARS
    assert len(name.encode("utf-8")) <= MAX_BYTES
    assert not set(name) & set('/\\:*?"<>|')
    assert all(not unicodedata.category(c).startswith(("C", "Z")) or c == " " for c in name)
    assert name == name.strip(" ."), "no leading or trailing dots or spaces"
    assert name not in (".", "..")
    assert name.split(".")[0].upper() not in RESERVED


def test_hostile_examples_become_safe_unique_names() -> None:
    names = attachment_names(HOSTILE)
    for name in names:
        assert_safe(name)
    assert len({n.casefold() for n in names}) == len(names)
    assert MANIFEST_NAME not in names
    assert names[0] == "E001-x"
    assert names[5].startswith("E006-") and "\u202e" not in names[5]
    assert names[16] == "E017-report.pdf"


def test_extension_and_readable_stem_are_kept() -> None:
    assert safe_name("Annual Report 2025.PDF") == "Annual-Report-2025.pdf"
    assert safe_name("C:\\Users\\amara\\Documents\\policy.docx") == "policy.docx"
    long = safe_name("minutes " * 60 + ".pdf")
    assert long.endswith(".pdf") and len(long) <= MAX_CHARS
    assert safe_name("Überblick café.txt") == "Uberblick-cafe.txt"
    assert safe_name("Ελληνικά.pdf") == "file.pdf"


def test_reserved_device_names_are_changed() -> None:
    for original in ("CON", "con.txt", "NUL.tar.gz", "com1", "LPT9.pdf"):
        assert safe_name(original).split(".")[0].upper() not in RESERVED, original


@given(st.lists(st.text(max_size=400), max_size=30))
@example(["../x", "CON", "a\u202efdp.exe", "y" * 300, "dup", "dup", "", "..."])
def test_any_names_become_safe_and_unique(originals: list[str]) -> None:
    names = attachment_names(originals)
    assert len(names) == len(originals)
    for name in names:
        assert_safe(name)
    assert len({n.casefold() for n in names}) == len(names)


@given(st.text(max_size=400))
def test_safe_name_is_safe_for_any_text(original: str) -> None:
    assert_safe(safe_name(original))
