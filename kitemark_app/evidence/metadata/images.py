"""Photos without their details, edited losslessly: the picture's own bytes are copied unchanged.

JPEG, PNG, WebP and GIF keep what they say in blocks apart from the picture (JPEG's APPn and COM segments, PNG's
text and ``eXIf`` chunks, WebP's ``EXIF``/``XMP `` chunks, GIF's comment and application extensions). A copy keeps
the picture's data and every block a viewer needs to show it exactly as before (JPEG's JFIF, ICC profile and Adobe
colour segments; PNG's colour, transparency, physical size and animation chunks; WebP's ICC profile, alpha and
animation; GIF's looping and ICC extensions) and drops the rest. The one EXIF value it keeps is the orientation,
in an EXIF block of its own, so a portrait photo does not show on its side. Data after the end of the picture
(a phone's motion-photo video, a depth map) is dropped too.

Each function reads ``data`` (an mmap of the file, never copied whole) and returns the words for what it found and
the pieces of the copy: ranges of ``data`` to copy, or new bytes. ``Damaged`` means the file's structure is not
what its format says; it is then sent as it is.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Sequence
from typing import BinaryIO

from kitemark_app.evidence.metadata import details
from kitemark_app.evidence.metadata.details import (
    DATES,
    DESCRIPTION,
    EXTRA_PICTURES,
    OTHER,
    PREVIEW,
    TRAILING,
)
from kitemark_app.sentences import say

Piece = tuple[int, int] | bytes
Found = tuple[set[str], list[Piece]]
CHUNK = 1024 * 1024


class Damaged(Exception):
    """The file does not follow its format's structure."""


def write_pieces(data: bytes, pieces: Sequence[Piece], out: BinaryIO) -> None:
    for piece in pieces:
        if isinstance(piece, bytes):
            out.write(piece)
            continue
        start, end = piece
        for position in range(start, end, CHUNK):
            out.write(data[position : min(end, position + CHUNK)])


_PADDING = re.compile(rb"[^\x00\xff\r\n\t ]")


def _trailing(data: bytes, end: int, pieces: list[Piece], words: set[str], word: str) -> None:
    """Bytes after the picture's end: dropped and named, unless they are only padding (kept, so no copy is made)."""
    if end < len(data):
        if _PADDING.search(data, end):
            words.add(word)
        else:
            pieces.append((end, len(data)))


# --- JPEG ------------------------------------------------------------------------------------------------------

_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")  # in entropy-coded data, FF is followed by 00 or RSTn
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(data: bytes) -> Found:
    if data[:2] != b"\xff\xd8":
        raise Damaged(say("no start of image"))
    words: set[str] = set()
    pieces: list[Piece] = [(0, 2)]
    position, size = 2, len(data)
    has_mpf = False
    while True:
        if position + 2 > size:  # no end-of-image marker: a truncated file, kept to its end
            pieces.append((position, size))
            return words, pieces
        if data[position] != 0xFF:
            raise Damaged(say("a segment does not start with a marker"))
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            pieces.append((position, position + 1))
            position += 1
            continue
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pieces.append((position, position + 2))
            position += 2
            continue
        if marker == 0xD9:
            pieces.append((position, position + 2))
            _trailing(data, position + 2, pieces, words, EXTRA_PICTURES if has_mpf else TRAILING)
            return words, pieces
        if position + 4 > size:
            raise Damaged(say("a segment is cut short"))
        end = position + 2 + struct.unpack_from(">H", data, position + 2)[0]
        if end > size or end < position + 4:
            raise Damaged(say("a segment runs past the end of the file"))
        if marker == 0xDA:  # start of scan: its entropy-coded data runs to the next real marker
            match = _SCAN_END.search(data, end)
            scan_end = match.start() if match else size
            pieces.append((position, scan_end))
            position = scan_end
            continue
        payload = bytes(data[position + 4 : end])
        kept = _jpeg_segment(marker, payload, words)
        if kept is None:
            pieces.append((position, end))
        elif kept:
            pieces.append(kept)
        has_mpf = has_mpf or (marker == 0xE2 and payload.startswith(b"MPF\x00"))
        position = end


def _jpeg_segment(marker: int, payload: bytes, words: set[str]) -> bytes | None:
    """None to keep the segment as it is; b"" to drop it (its words added); other bytes to put in its place."""
    if marker == 0xE0:
        if payload.startswith(b"JFIF\x00"):
            if len(payload) >= 14 and payload[12] and payload[13]:  # a thumbnail inside the JFIF header
                words.add(PREVIEW)
                return _segment(0xE0, payload[:12] + b"\x00\x00")
            return None
        words.add(PREVIEW if payload.startswith(b"JFXX\x00") else OTHER)
        return b""
    if marker == 0xE1:
        if payload.startswith(b"Exif\x00\x00"):
            found, orientation = details.exif_words(payload)
            if not found:
                return None
            words |= found
            return _segment(0xE1, b"Exif\x00\x00" + details.minimal_exif(orientation)) if orientation != 1 else b""
        if payload.startswith(_XMP):
            found = details.xmp_words(payload[len(_XMP) :])
            if not found:
                return None
            words |= found
            return b""
        words |= (
            details.xmp_words(payload[len(_XMP_EXTENSION) + 40 :]) if payload.startswith(_XMP_EXTENSION) else {OTHER}
        )
        return b""
    if marker == 0xE2:
        if payload.startswith(b"ICC_PROFILE\x00"):
            return None
        words.add(EXTRA_PICTURES if payload.startswith(b"MPF\x00") else OTHER)
        return b""
    if marker == 0xED:
        photoshop = b"Photoshop 3.0\x00"
        words |= details.photoshop_words(payload[len(photoshop) :]) if payload.startswith(photoshop) else {OTHER}
        return b""
    if marker == 0xEE and payload.startswith(b"Adobe"):
        return None  # the colour transform: without it a CMYK or RGB scan decodes wrongly
    if 0xE0 <= marker <= 0xEF:
        words.add(OTHER)
        return b""
    if marker == 0xFE:
        words.add(DESCRIPTION)
        return b""
    return None  # tables, frame headers and the like: the picture itself


# --- PNG -------------------------------------------------------------------------------------------------------

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Chunks that change how the picture shows (colour, transparency, physical size, animation): kept.
_PNG_KEEP = frozenset(
    {b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD", b"pHYs", b"hIST", b"sPLT", b"cICP", b"mDCV",
     b"cLLI", b"acTL", b"fcTL", b"fdAT", b"oFFs", b"pCAL", b"sCAL", b"sTER"}
)  # fmt: skip
_PNG_TEXT = {
    "title": details.TITLE, "author": details.AUTHOR, "description": DESCRIPTION, "comment": DESCRIPTION,
    "copyright": details.COPYRIGHT, "creation time": DATES, "software": details.SOFTWARE,
    "source": details.CAMERA, "date:create": DATES, "date:modify": DATES, "date:timestamp": DATES,
}  # fmt: skip


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png(data: bytes) -> Found:
    if data[:8] != PNG_SIGNATURE:
        raise Damaged(say("no PNG signature"))
    words: set[str] = set()
    pieces: list[Piece] = [(0, 8)]
    position, size = 8, len(data)
    while True:
        if position + 12 > size:
            raise Damaged(say("a chunk is cut short"))
        length = struct.unpack_from(">I", data, position)[0]
        kind = bytes(data[position + 4 : position + 8])
        end = position + 12 + length
        if end > size:
            raise Damaged(say("a chunk runs past the end of the file"))
        if kind[:1].isupper() or kind in _PNG_KEEP:
            pieces.append((position, end))
            if kind == b"IEND":
                _trailing(data, end, pieces, words, TRAILING)
                return words, pieces
        elif kind == b"eXIf":
            found, orientation = details.exif_words(bytes(data[position + 8 : end - 4]))
            if found:
                words |= found
                if orientation != 1:
                    pieces.append(_png_chunk(b"eXIf", details.minimal_exif(orientation)))
            else:
                pieces.append((position, end))
        elif kind in (b"tEXt", b"zTXt", b"iTXt"):
            words |= _png_text_words(kind, bytes(data[position + 8 : end - 4]))
        elif kind == b"tIME":
            words.add(DATES)
        else:
            words.add(OTHER)
        position = end


def _png_text_words(kind: bytes, body: bytes) -> set[str]:
    keyword, _, rest = body.partition(b"\x00")
    name = keyword.decode("latin-1").strip().lower()
    if name == "xml:com.adobe.xmp" or name.startswith("raw profile type"):
        try:
            text = _png_text(kind, rest)
        except (zlib.error, ValueError):
            return {OTHER}
        if name == "xml:com.adobe.xmp":
            return details.xmp_words(text)
        if name in ("raw profile type exif", "raw profile type app1"):
            return details.exif_words(_imagemagick_profile(text))[0] or {OTHER}
        return {OTHER}
    if name.startswith("exif:"):
        tag = name[5:]
        if tag.startswith("gps"):
            return {details.GPS}
        if tag in ("make", "model"):
            return {details.CAMERA}
        return {details.DATE_TAKEN} if tag.startswith("datetime") else {details.SETTINGS}
    return {_PNG_TEXT.get(name, OTHER)}


def _png_text(kind: bytes, rest: bytes) -> bytes:
    limit = details.MAX_XMP_BYTES
    if kind == b"zTXt":
        return zlib.decompressobj().decompress(rest[1:], limit)
    if kind == b"iTXt":
        compressed, rest = rest[0], rest[2:]
        _language, _, rest = rest.partition(b"\x00")
        _translated, _, text = rest.partition(b"\x00")
        return zlib.decompressobj().decompress(text, limit) if compressed else text
    return rest


def _imagemagick_profile(text: bytes) -> bytes:
    """ImageMagick's "Raw profile type" text: a name line, a length line, then the bytes in hex."""
    lines = text.strip().split(b"\n", 2)
    if len(lines) < 3:
        raise ValueError(say("not a raw profile"))
    return bytes.fromhex(lines[2].decode("ascii", "replace").replace("\n", "").replace(" ", ""))


# --- WebP ------------------------------------------------------------------------------------------------------

_WEBP_KEEP = frozenset({b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"})
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def webp(data: bytes) -> Found:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise Damaged(say("not a RIFF WebP file"))
    riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
    if riff_end > len(data):
        raise Damaged(say("the file is shorter than it says"))
    words: set[str] = set()
    body: list[Piece] = []
    vp8x_at = vp8x_start = -1
    kept_exif = kept_xmp = False
    position = 12
    while position + 8 <= riff_end:
        kind = bytes(data[position : position + 4])
        length = struct.unpack_from("<I", data, position + 4)[0]
        end = position + 8 + length + (length & 1)
        if position + 8 + length > riff_end:
            raise Damaged(say("a chunk runs past the end of the file"))
        if kind in _WEBP_KEEP:
            if kind == b"VP8X":
                if length != 10:
                    raise Damaged(say("the extended header is not 10 bytes"))
                vp8x_at, vp8x_start = len(body), position
            body.append((position, min(end, riff_end)))
        elif kind == b"EXIF":
            found, orientation = details.exif_words(bytes(data[position + 8 : position + 8 + length]))
            if found:
                words |= found
                if orientation != 1:
                    exif = details.minimal_exif(orientation)
                    body.append(b"EXIF" + struct.pack("<I", len(exif)) + exif)
                    kept_exif = True
            else:
                body.append((position, min(end, riff_end)))
                kept_exif = True
        elif kind == b"XMP ":
            found = details.xmp_words(bytes(data[position + 8 : position + 8 + length]))
            if found:
                words |= found
            else:
                body.append((position, min(end, riff_end)))
                kept_xmp = True
        else:
            words.add(OTHER)
        position = end
    if vp8x_at >= 0 and words:  # the header's flags must say which of EXIF and XMP are still there
        header = bytearray(data[vp8x_start : vp8x_start + 18])
        flags = (header[8] | _VP8X_EXIF) if kept_exif else (header[8] & ~_VP8X_EXIF)
        header[8] = ((flags | _VP8X_XMP) if kept_xmp else (flags & ~_VP8X_XMP)) & 0xFF
        body[vp8x_at] = bytes(header)
    tail: list[Piece] = []
    _trailing(data, riff_end, tail, words, TRAILING)
    length = sum(len(p) if isinstance(p, bytes) else p[1] - p[0] for p in body) + 4
    return words, [b"RIFF" + struct.pack("<I", length) + b"WEBP", *body, *tail]


# --- GIF -------------------------------------------------------------------------------------------------------

_GIF_KEEP_APPLICATIONS = (b"NETSCAPE2.0", b"ANIMEXTS1.0", b"ICCRGBG1012")


def _sub_blocks_end(data: bytes, position: int) -> int:
    """Where the data sub-blocks starting at ``position`` end (after their zero terminator)."""
    size = len(data)
    while True:
        if position >= size:
            raise Damaged(say("data sub-blocks run past the end of the file"))
        length = data[position]
        position += 1 + length
        if length == 0:
            return position


def gif(data: bytes) -> Found:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 13:
        raise Damaged(say("not a GIF file"))
    words: set[str] = set()
    packed = data[10]
    position = 13 + (3 * (2 << (packed & 7)) if packed & 0x80 else 0)
    pieces: list[Piece] = [(0, position)]
    size = len(data)
    while True:
        if position >= size:
            raise Damaged(say("no trailer"))
        introducer = data[position]
        if introducer == 0x3B:
            pieces.append((position, position + 1))
            _trailing(data, position + 1, pieces, words, TRAILING)
            return words, pieces
        if introducer == 0x2C:
            if position + 10 > size:
                raise Damaged(say("an image descriptor is cut short"))
            flags = data[position + 9]
            table = 3 * (2 << (flags & 7)) if flags & 0x80 else 0
            end = _sub_blocks_end(data, position + 10 + table + 1)
            pieces.append((position, end))
        elif introducer == 0x21:
            if position + 2 > size:
                raise Damaged(say("an extension is cut short"))
            label = data[position + 1]
            end = _sub_blocks_end(data, position + 2)
            if label == 0xFE:
                words.add(DESCRIPTION)
            elif label == 0xFF:
                identifier = bytes(data[position + 3 : position + 14])
                if identifier in _GIF_KEEP_APPLICATIONS:
                    pieces.append((position, end))
                else:
                    words |= (
                        details.xmp_words(bytes(data[position + 14 : end])) if identifier == b"XMP DataXMP" else {OTHER}
                    )
            else:
                pieces.append((position, end))  # graphic control, plain text: part of the picture
        else:
            raise Damaged(say("an unknown block"))
        position = end
