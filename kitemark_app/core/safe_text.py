"""Text made safe for the files the exports write: whatever a narrative or a title holds, the file still opens.

Word and Excel files are XML, which forbids most control characters (a narrative pasted from another program
may carry a form feed or a NUL) and lone surrogates; they are dropped. Excel also limits a cell to 32,767
characters, and reads a CSV cell beginning with ``=``, ``+``, ``-`` or ``@`` as a formula.
"""

from __future__ import annotations

import re
import unicodedata

#: Characters XML 1.0 does not allow (tab, line feed and carriage return are allowed).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
EXCEL_CELL_CHARS = 32_767
CUT_NOTE = " … (cut short: the full text is in Kitemark)"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold; line breaks kept as plain ``\\n``."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def cell_text(text: str) -> str:
    """Text for one Excel cell: XML-safe and not longer than Excel allows."""
    clean = xml_text(text)
    if len(clean) > EXCEL_CELL_CHARS:
        clean = clean[: EXCEL_CELL_CHARS - len(CUT_NOTE)] + CUT_NOTE
    return clean


def csv_text(text: str) -> str:
    """Text for one CSV cell, which a spreadsheet will show as text, never run as a formula."""
    clean = xml_text(text)
    return f"'{clean}" if clean.startswith(_FORMULA_START) else clean


def file_name_text(name: str, fallback: str = "Kitemark") -> str:
    """``name`` fit for a suggested file name: letters, digits, spaces and hyphens, in any script — a Bengali
    name keeps its vowel signs and conjuncts (combining marks, which ``str.isalnum`` refuses)."""
    kept = "".join(c for c in name if c in " -" or unicodedata.category(c)[0] in "LNM")
    return " ".join(kept.split()) or fallback
