"""TIFF scans without their details: re-encoded, every page, with the same lossless compression.

A TIFF's details are tags in the same directories as the picture's layout, so they cannot be cut out as a block;
the copy is the picture written anew by Pillow (pages, compression, resolution and ICC profile kept; Pillow turns a
page upright as it loads it, so the copy needs no orientation tag) and is used only if it decodes to exactly the
same pixels as the original. A TIFF compressed lossily (JPEG, WebP
inside) would lose quality, so it is sent as it is.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from kitemark_app.evidence.metadata import details
from kitemark_app.evidence.metadata.details import OTHER
from kitemark_app.sentences import say

LOSSLESS = frozenset({"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate", "packbits", "group3", "group4",
                      "tiff_ccitt"})  # fmt: skip
LOSSY = say("it is compressed in a way that re-encoding would lower its quality")
CHANGED = say("re-encoding it would change the picture")
UNREADABLE = say("Kitemark could not read it as a TIFF picture")

#: Tags that lay out the picture (strips, tiles, samples, colour map, page number…): not details.
_LAYOUT = details.TECHNICAL | frozenset(
    {0x0118, 0x0119, 0x0122, 0x0123, 0x0124, 0x0125, 0x0129, 0x013D, 0x0140, 0x0141, 0x0142, 0x0143, 0x0144,
     0x0145, 0x014C, 0x014D, 0x0150, 0x0151, 0x0152, 0x0153, 0x0154, 0x0155, 0x0156, 0x015B, 0x8773}
)  # fmt: skip
_XMP, _IPTC, _PHOTOSHOP = 0x02BC, 0x83BB, 0x8649


def clean_tiff(source: Path, out: BinaryIO | None) -> tuple[set[str], str]:
    """The words for what the TIFF holds and, when it must be sent as it is, why; writes the copy to ``out``."""
    from PIL import Image, ImageSequence

    try:
        with Image.open(source) as image:
            words: set[str] = set()
            compression = str(image.info.get("compression", "raw"))
            for frame in ImageSequence.Iterator(image):
                words |= _frame_words(frame)
            if compression not in LOSSLESS:
                return words, LOSSY
            if not words or out is None:
                return words, ""
            frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
            options: dict[str, Any] = {"compression": compression}
            if image.info.get("dpi"):
                options["dpi"] = image.info["dpi"]
            if image.info.get("icc_profile"):
                options["icc_profile"] = image.info["icc_profile"]
    except Exception:
        return set(), UNREADABLE
    buffer = io.BytesIO()
    try:
        frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:], **options)
        if not _same_pixels(frames, buffer):
            return words, CHANGED
    except Exception:
        return words, CHANGED
    out.write(buffer.getbuffer())
    return words, ""


def _frame_words(frame: Any) -> set[str]:
    exif = frame.getexif()
    words = details.exif_tag_words(exif, _LAYOUT | {_XMP, _IPTC, _PHOTOSHOP}, thumbnail=False)  # IFD1: next page
    for tag, read in ((_XMP, details.xmp_words), (_IPTC, details.iptc_words), (_PHOTOSHOP, details.photoshop_words)):
        value = exif.get(tag)
        if value is not None:
            words |= read(value) if isinstance(value, bytes) else {OTHER}
    return words


def _same_pixels(frames: list[Any], written: io.BytesIO) -> bool:
    from PIL import Image, ImageSequence

    written.seek(0)
    with Image.open(written) as copy:
        if getattr(copy, "n_frames", 1) != len(frames):
            return False
        for page, frame in zip(ImageSequence.Iterator(copy), frames, strict=True):  # one image object, seeked
            if page.mode != frame.mode or page.size != frame.size or page.tobytes() != frame.tobytes():
                return False
    return True
