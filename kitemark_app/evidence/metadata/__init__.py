"""Details a file carries about people, places and devices (GPS position, camera, author…), and copies without them.

``clean(path)`` names, in words, what would be removed from an evidence file; ``clean(path, out)`` also writes the
copy to ``out`` when there is something to remove. The original is only read. The kind of file is told by its
first bytes, not its name. What each kind keeps and drops: ``images`` (JPEG, PNG, WebP, GIF: edited losslessly),
``tiff`` (re-encoded with the same lossless compression), ``pdf`` (rewritten by qpdf). A file of another kind, or
one that must be sent as it is (signed, encrypted, damaged, lossy to re-encode), is said so with the reason.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from kitemark_app.evidence.metadata import details, images
from kitemark_app.evidence.metadata.details import ordered
from kitemark_app.sentences import Said, joined, say

NOT_HANDLED = say("Kitemark does not look for hidden details in this kind of file")
LOSSY = say("its details can only be removed by re-encoding the picture, which would lower its quality")


class Outcome(StrEnum):
    REMOVED = "removed"  # the pack carries a copy without the details named
    NOTHING = "nothing"  # looked at: nothing to remove, the file is sent as it is
    KEPT = "kept"  # sent as it is although it may hold details, for the reason given
    NOT_HANDLED = "not-handled"  # a kind of file Kitemark does not look inside


@dataclass(frozen=True)
class Cleaning:
    outcome: Outcome
    kind: str  # "JPEG photo", "PDF"…, or "" for a kind Kitemark does not know
    removed: tuple[str, ...] = ()  # words, most personal first
    reason: str = ""  # for KEPT and NOT_HANDLED: why the file is sent as it is
    remaining: tuple[str, ...] = ()  # for KEPT: what it still holds, as far as Kitemark can tell

    def sentence(self, name: str) -> str:
        """One line for the report, e.g. ``photo-agm.jpg: GPS position, camera make and model, date taken``."""
        if self.outcome is Outcome.REMOVED:
            return say("{name}: {details}", name=name, details=joined(self.removed))
        if self.outcome is Outcome.NOTHING:
            return say("{name}: nothing to remove", name=name)
        if self.outcome is Outcome.NOT_HANDLED:
            return say("{name}: sent as it is ({reason})", name=name, reason=self.reason)
        if self.remaining:
            return say("{name}: kept as is ({reason}); it still holds: {details}",
                       name=name, reason=self.reason, details=joined(self.remaining))  # fmt: skip
        return say("{name}: kept as is ({reason})", name=name, reason=self.reason)


_IMAGES = {"JPEG photo": images.jpeg, "PNG picture": images.png, "WebP picture": images.webp,
           "GIF picture": images.gif}  # fmt: skip


def kind_of(head: bytes) -> str:
    """The kind of file its first bytes (at least 1 KiB when the file has them) say it is, or ""."""
    if head.startswith(b"\xff\xd8\xff"):
        return say("JPEG photo")  # said: the kind is named in sentences too ("could not read it as a JPEG photo")
    if head.startswith(images.PNG_SIGNATURE):
        return say("PNG picture")
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return say("WebP picture")
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return say("GIF picture")
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return say("TIFF picture")
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"avif",
                                               b"avis"):  # fmt: skip
        return say("HEIF/AVIF photo")
    if b"%PDF-" in head[:1024]:
        return "PDF"
    return ""


def clean(source: Path, out: BinaryIO | None = None) -> Cleaning:
    """What ``source`` holds that the pack should not carry; with ``out``, the copy without it is written there
    (only when the outcome is REMOVED: otherwise nothing is written and the original is what to send)."""
    with open(source, "rb") as handle:
        head = handle.read(1024)
        kind = kind_of(head)
        if not kind:
            return Cleaning(Outcome.NOT_HANDLED, "", reason=NOT_HANDLED)
        if kind == "PDF":
            return _pdf(source, out)
        if kind == "TIFF picture":
            from kitemark_app.evidence.metadata import tiff

            return _result(kind, *tiff.clean_tiff(source, out))
        if kind == "HEIF/AVIF photo":
            return Cleaning(Outcome.KEPT, kind, reason=LOSSY, remaining=ordered(_pillow_words(source)))
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            try:
                words, pieces = _IMAGES[kind](data)  # type: ignore[arg-type]
            except (images.Damaged, IndexError, ValueError, struct.error) as error:
                said = len(error.args) == 1 and isinstance(error.args[0], Said)  # images' own, else Python's words
                reason = say("Kitemark could not read it as a {kind} ({problem})", kind=kind,
                             problem=error.args[0] if said else str(error))  # fmt: skip
                return Cleaning(Outcome.KEPT, kind, reason=reason)
            if words and out is not None:
                images.write_pieces(data, pieces, out)  # type: ignore[arg-type]
    return _result(kind, words, "")


def _result(kind: str, words: set[str], kept_reason: str) -> Cleaning:
    if kept_reason:
        return Cleaning(Outcome.KEPT, kind, reason=kept_reason, remaining=ordered(words))
    return Cleaning(Outcome.REMOVED, kind, removed=ordered(words)) if words else Cleaning(Outcome.NOTHING, kind)


def _pdf(source: Path, out: BinaryIO | None) -> Cleaning:
    from kitemark_app.evidence.metadata.pdf import Unchanged, clean_pdf

    try:
        words = clean_pdf(source, out)
    except Unchanged as unchanged:
        return Cleaning(Outcome.KEPT, "PDF", reason=unchanged.reason, remaining=ordered(unchanged.remaining))
    return _result("PDF", words, "")


def _pillow_words(source: Path) -> set[str]:
    """What Pillow can read of a photo's EXIF (HEIF/AVIF, when it has the plugin); nothing when it cannot."""
    try:
        from PIL import Image

        with Image.open(source) as image:
            exif = image.getexif()
            return details.exif_words(exif.tobytes())[0] if len(exif) else set()
    except Exception:
        return set()
