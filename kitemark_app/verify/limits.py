"""Reading limits for packs from other computers: stop compression bombs and absurd structures early.

A pack is untrusted input until it has been verified. Everything the verifier reads is bounded: the file size, the
number of attachments and the depth of the structures we walk, the size of the manifest, and the decoded size of
every stream. pyHanko bounds what it decodes itself (cross-reference and object streams, page content) with its
own ``DecodeLimits``, tightened here; attachments are decoded by ``BoundedInflater``, which never produces more than
the size the manifest states and refuses a stream whose stated size is out of proportion to its encoded length.
Objects nested thousands deep end in Python's recursion limit inside pyHanko's parser (a ``RecursionError`` after
a few hundred levels, in microseconds and with no memory to speak of); the structures we walk ourselves (the
embedded-files name tree) stop at ``max_depth``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from pyhanko.pdf_utils.decode_limits import (
    DEFAULT_PURPOSE_LIMITS,
    DecodeLimits,
    DocumentDecodeBudget,
    StreamDecodeLimits,
)

MiB = 1024 * 1024
GiB = 1024 * MiB


class LimitExceeded(Exception):
    """A pack goes beyond a reading limit; the message says which, in plain words."""


@dataclass(frozen=True)
class ReadingLimits:
    """Caps applied while reading one pack. The defaults suit real packs with a generous margin."""

    max_file_size: int = 16 * GiB
    max_attachments: int = 5000
    max_attachment_size: int = 8 * GiB  # decoded size of one attachment
    max_manifest_size: int = 16 * MiB
    #: Decoded/encoded ratio above which a compressed attachment is refused before it is read. A single layer
    #: of deflate cannot exceed ~1032:1; an honest text file rarely goes past 20:1.
    max_ratio: float = 1100.0
    ratio_floor: int = MiB  # a stream decoding to less than this is never refused for its ratio
    #: All compressed attachments together: decoded at most ``total_floor`` plus ``max_total_ratio`` times their
    #: encoded bytes. Thousands of small streams each under the per-stream floor would otherwise add up to
    #: gigabytes of inflating from a file of a few megabytes.
    max_total_ratio: float = 64.0
    total_floor: int = 256 * MiB
    max_depth: int = 32  # levels of the embedded-files name tree we follow
    max_name_tree_nodes: int = 10_000
    max_stream_header: int = 64 * 1024  # bytes of an attachment's stream dictionary we parse
    #: Cross-reference entries in all revisions, counted before a reader builds them (verify/crossref.py). A pack
    #: holds a few objects per attachment and per page: 5,000 attachments list about 20,000.
    max_xref_entries: int = 200_000
    max_revisions: int = 8  # a pack has 3 (the document, its attachments, the signature)
    chunk_size: int = MiB  # read size when hashing
    #: What pyHanko may decode itself (page content, cross-reference and object streams, the signature's
    #: certificates); attachments never go through it.
    pyhanko_limits: DecodeLimits = field(
        default_factory=lambda: DecodeLimits(
            per_stream=StreamDecodeLimits(max_ratio=1100, ratio_floor=MiB, max_output_size=64 * MiB),
            per_purpose=dict(DEFAULT_PURPOSE_LIMITS),
            document_budget=DocumentDecodeBudget(base_allowance=256 * MiB, max_ratio=4),
        )
    )

    def check_ratio(self, name: str, encoded: int, decoded: int) -> None:
        """Refuse a compressed stream whose stated size is out of proportion to its encoded length."""
        if decoded > self.max_attachment_size:
            raise LimitExceeded(f"attachment '{name}' is larger than the {self.max_attachment_size // GiB} GiB limit")
        if decoded > max(self.ratio_floor, encoded * self.max_ratio):
            raise LimitExceeded(f"attachment '{name}' would expand more than a compressed file can (compression bomb)")


def check_total_ratio(encoded: int, decoded: int, limits: ReadingLimits) -> None:
    """Refuse attachments whose stated sizes, summed, are out of proportion to their encoded bytes, summed."""
    if decoded > limits.total_floor + encoded * limits.max_total_ratio:
        raise LimitExceeded("the attachments would expand to far more than any real pack holds (compression bomb)")


class BoundedInflater:
    """A streaming zlib decoder that never yields more than ``limit`` bytes in total.

    ``feed`` yields decoded pieces of at most ``piece`` bytes, so memory stays at a few chunks whatever the input.
    Going past ``limit`` raises ``LimitExceeded``; ``finish`` checks that the zlib stream ended, with its checksum,
    exactly at the end of the input.
    """

    def __init__(self, name: str, limit: int, piece: int = 4 * MiB) -> None:
        self.name = name
        self.limit = limit
        self.piece = piece
        self.produced = 0
        self._decoder = zlib.decompressobj()

    def feed(self, data: bytes | memoryview) -> Iterator[bytes]:
        pending: bytes | memoryview = data
        while pending:
            if self._decoder.eof:
                raise LimitExceeded(f"attachment '{self.name}' has data after the end of its compressed stream")
            allowed = min(self.piece, self.limit - self.produced + 1)
            out = self._decoder.decompress(pending, allowed)
            self.produced += len(out)
            if self.produced > self.limit:
                raise LimitExceeded(f"attachment '{self.name}' decodes to more than its stated size")
            if out:
                yield out
            pending = self._decoder.unconsumed_tail
            if not out and pending and not self._decoder.eof:  # pragma: no cover - zlib always progresses
                raise LimitExceeded(f"attachment '{self.name}' could not be decoded")
            if self._decoder.eof and self._decoder.unused_data:
                raise LimitExceeded(f"attachment '{self.name}' has data after the end of its compressed stream")

    def finish(self) -> Iterator[bytes]:
        out = self._decoder.flush()
        self.produced += len(out)
        if self.produced > self.limit:
            raise LimitExceeded(f"attachment '{self.name}' decodes to more than its stated size")
        if out:
            yield out
        if not self._decoder.eof:
            raise LimitExceeded(f"attachment '{self.name}' has a compressed stream that is cut short")
