"""Folding for search: names compared without case, accents or spacing differences, the same on both back ends.

The folded form is stored beside each name (``name_key``) and indexed, so a search is one indexed ``LIKE`` on
SQLite and a trigram-indexed ``LIKE`` on PostgreSQL, instead of folding every row at query time.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NOT_HEX = re.compile(r"[^0-9a-f]")


#: The blocks of combining accents (Latin, Greek, Cyrillic…). Only these go: the signs of scripts such as Bengali
#: (its hasanta, nukta, vowel signs) are letters of the word, not accents, and stay.
_ACCENTS = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))


def _is_accent(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _ACCENTS)


def fold(value: str) -> str:
    """``value`` without accents, in one case, single-spaced: "Café  Ünited" and "cafe united" fold alike."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not _is_accent(ch)))
    return _SPACES.sub(" ", bare.casefold()).strip()


def like_pattern(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, with LIKE's own wildcards taken literally (escape ``\\``)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def as_number(value: str) -> str:
    """A charity or company number as registers write it: no spaces, upper case ("sc 012345" → "SC012345")."""
    return "".join(value.split()).upper()


def as_fingerprint_prefix(value: str) -> str:
    """Hex digits of a (partial) fingerprint typed with colons or spaces; "" if it has other characters."""
    lowered = value.casefold().replace(":", "").replace(" ", "")
    return "" if not lowered or _NOT_HEX.search(lowered) else lowered
