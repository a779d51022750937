"""Safe, unique attachment names made from the names evidence files had on the VCO's computer.

A pack travels to other computers, where a reader may save an attachment under its name. So a name must be a
plain file name everywhere: printable ASCII only (accents are dropped: ``café`` → ``cafe``), no path separators,
no control, format or bidirectional characters (``a\\u202efdp.exe`` would show as ``aexe.pdf``), no Windows device
names (``CON``, ``COM1``…), no leading or trailing dots and spaces, at most ``MAX_CHARS`` characters. Each name
starts with ``E001-``, ``E002-``… (the evidence's place in the pack), which also makes them unique; the original
name is kept in the manifest.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

MAX_CHARS = 120
MAX_BYTES = 240
MAX_EXTENSION_CHARS = 10
FALLBACK_STEM = "file"
MANIFEST_NAME = "manifest.json"

_FORBIDDEN_PUNCTUATION = set('/\\:*?"<>|')
_RESERVED_STEMS = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{n}" for n in "0123456789¹²³"),
    *(f"LPT{n}" for n in "0123456789¹²³"),
}  # fmt: skip
_SPACES = re.compile(r"[\s_]+")
_EXTENSION = re.compile(rf"^[A-Za-z0-9]{{1,{MAX_EXTENSION_CHARS}}}$")


def _clean_characters(text: str) -> str:
    kept = []
    # ASCII only: "café" becomes "cafe". PDF tools disagree on non-ASCII name-tree keys (qpdf cannot extract a
    # UTF-16 one by name), and the original name is kept in the manifest anyway.
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    for char in ascii_text:
        category = unicodedata.category(char)
        if (
            char in _FORBIDDEN_PUNCTUATION or category.startswith("C") or category.startswith("Z")
        ):  # Cc control, Cf format/bidi, Cs, Co, Cn
            kept.append(" ")
        else:
            kept.append(char)
    return _SPACES.sub(" ", "".join(kept)).strip()


def _is_reserved(stem: str) -> bool:
    return stem.split(".")[0].strip().upper() in _RESERVED_STEMS


def _truncate(text: str, chars: int, max_bytes: int) -> str:
    text = text[:chars]
    while len(text.encode("utf-8")) > max_bytes:
        text = text[:-1]
    return text.rstrip(" .")


def safe_name(original: str, max_chars: int = MAX_CHARS, max_bytes: int = MAX_BYTES) -> str:
    """A safe file name that keeps as much of ``original`` (and its extension) as it can; never empty."""
    base = re.split(r"[/\\]", original)[-1]  # a path: keep only its last part
    cleaned = _clean_characters(base)
    stem, dot, extension = cleaned.rpartition(".")
    if not dot or not _EXTENSION.match(extension):
        stem, extension = cleaned, ""
    stem = stem.strip(" .").replace(" ", "-") or FALLBACK_STEM
    if _is_reserved(stem):
        first, dot, rest = stem.partition(".")
        stem = f"{first}-file{dot}{rest}"  # Windows reads "NUL.tar" as the device too
    suffix = f".{extension.lower()}" if extension else ""
    stem = _truncate(stem, max_chars - len(suffix), max_bytes - len(suffix.encode("utf-8")))
    return f"{stem or FALLBACK_STEM}{suffix}"


def attachment_names(originals: Sequence[str]) -> list[str]:
    """One safe name per original, in order: ``E001-<safe name>``, ``E002-…``; unique even ignoring case."""
    width = max(3, len(str(len(originals))))
    names: list[str] = []
    for number, original in enumerate(originals, start=1):
        prefix = f"E{number:0{width}d}-"
        names.append(prefix + safe_name(original, MAX_CHARS - len(prefix), MAX_BYTES - len(prefix)))
    return names
