"""Embed files in a PDF as one incremental update, streamed from disk (docs/pack-format.md, revision 2).

Building the embedded-file objects in memory (as general PDF libraries do) holds every file whole, several times
over; a pack can carry a gigabyte of scans. So this module writes the update itself: each file is copied from disk
in chunks straight into its ``/EmbeddedFile`` stream, then the file specifications, the ``/EmbeddedFiles`` name
tree, the updated catalog, a cross-reference section and the trailer. pyHanko reads the existing trailer and
catalog and serialises the dictionaries; we never parse PDF ourselves.

Already-compressed files (PDF, JPEG, PNG, ZIP-based office files…) are stored as they are, so their ``/Length``
is known before the data. Other files are deflated (zlib-ng level 1, in 1 MiB blocks compressed on worker threads
and joined into one zlib stream, as ``pigz`` does); their ``/Length`` is an indirect object written after the stream.
"""

from __future__ import annotations

import codecs
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    encode_pdfdocencoding,
)
from pyhanko.pdf_utils.reader import PdfFileReader
from zlib_ng import zlib_ng as zlib

from kitemark_app.errors import KitemarkError
from kitemark_app.pack.encryption import PackEncryption, StreamEncryptor, encrypted_length
from kitemark_app.sentences import say

CHUNK = 1024 * 1024
LEVEL = 1  # measured: level 1 is 2x faster than 6 on text; zlib-ng's level 1 is 1.6-2x faster again
SNIFF_RATIO = 0.9  # deflate an unknown type only if its first MiB shrinks below 90 %

ALREADY_COMPRESSED_TYPES = frozenset(
    {
        "application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
        "image/avif", "application/zip", "application/x-zip-compressed", "application/gzip",
        "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed",
        "application/vnd.rar", "application/x-bzip2", "application/x-xz", "application/zstd",
        "application/epub+zip", "application/vnd.ms-cab-compressed",
    }
)  # fmt: skip
ALREADY_COMPRESSED_PREFIXES = (
    "audio/",
    "video/",
    "application/vnd.openxmlformats-officedocument.",
    "application/vnd.oasis.opendocument.",
)

BytesDone = Callable[[int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(KitemarkError):
    """The user cancelled the export."""

    def __init__(self) -> None:
        super().__init__(say("The export was cancelled; no pack was written."))


@dataclass(frozen=True)
class Attachment:
    """One file to embed. ``chunks()`` yields its bytes and may raise (e.g. when the stored file is damaged)."""

    name: str
    description: str
    media_type: str
    size: int
    relationship: str  # "Source" for evidence, "Data" for the manifest
    chunks: Callable[[], Iterable[bytes]]


def is_already_compressed(media_type: str) -> bool:
    media_type = media_type.lower()
    return media_type in ALREADY_COMPRESSED_TYPES or media_type.startswith(ALREADY_COMPRESSED_PREFIXES)


def pdf_text_bytes(text: str) -> bytes:
    """How a PDF text string is encoded: PDFDocEncoding when it can be, else UTF-16BE with a BOM."""
    try:
        return bytes(encode_pdfdocencoding(text))
    except UnicodeEncodeError:
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")


class CountingWriter:
    """Appends to a file, keeping count of the position (the offsets the cross-reference section needs) and,
    when given a SHA-256 state, hashing what it writes (so the file's digest needs no second pass)."""

    def __init__(self, handle: BinaryIO, digest: Any = None) -> None:
        self.handle = handle
        self.digest = digest
        self.position = handle.tell()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self.digest is not None:
            self.digest.update(data)
        self.handle.write(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position


def _deflate_block(block: bytes, last: bool) -> bytes:
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(block) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)


class _EncryptingSink:
    """Where a stream's data goes when the pack is encrypted: through AES (``StreamEncryptor``) to the file."""

    def __init__(self, out: CountingWriter, key: bytes) -> None:
        self.out = out
        self.encryptor = StreamEncryptor(key)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.out.write(self.encryptor.update(data))
        return len(data)

    def close(self) -> None:
        self.out.write(self.encryptor.finish())


class _PlainSink:
    def __init__(self, out: CountingWriter) -> None:
        self.write = out.write

    def close(self) -> None:
        return None


_Sink = _EncryptingSink | _PlainSink


class _Appender:
    def __init__(
        self,
        out: CountingWriter,
        next_number: int,
        pool: ThreadPoolExecutor,
        workers: int,
        encryption: PackEncryption | None = None,
    ) -> None:
        self.out = out
        self.encryption = encryption
        self.next_number = next_number
        self.offsets: dict[int, int] = {}
        self.pool = pool
        self.in_flight = max(2, workers * 2)

    def allocate(self) -> int:
        number = self.next_number
        self.next_number += 1
        return number

    def write_object(self, number: int, obj: generic.PdfObject) -> None:
        self.offsets[number] = self.out.tell()
        self.out.write(b"%d 0 obj\n" % number)
        self._serialise(number, obj)
        self.out.write(b"\nendobj\n")

    def _serialise(self, number: int, obj: generic.PdfObject) -> None:
        """The object as PDF syntax, its strings encrypted when the pack is (the key is the same for every object
        with AES-256, but pyHanko wants the container's reference)."""
        if self.encryption is None:
            obj.write_to_stream(self.out)
        else:
            obj.write_to_stream(self.out, self.encryption.handler, generic.Reference(number, 0))

    def write_stream(self, attachment: Attachment, done: BytesDone, cancelled: Cancelled) -> tuple[int, int]:
        """Write the file's ``/EmbeddedFile`` stream; returns its object number and how many bytes it read."""
        chunks = iter(attachment.chunks())
        first = next(chunks, b"")
        if is_already_compressed(attachment.media_type):
            deflate = False
        else:  # sniff: scans saved as .tif or a .bin of random bytes do not shrink
            deflate = len(_deflate_block(first[: 256 * 1024], True)) < SNIFF_RATIO * min(len(first), 256 * 1024)
        number = self.allocate()
        length_number = self.allocate() if deflate else None
        stored = attachment.size if self.encryption is None else encrypted_length(attachment.size)
        header = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/EmbeddedFile"),
                NameObject("/Subtype"): NameObject("/" + attachment.media_type),
                NameObject("/Params"): DictionaryObject({NameObject("/Size"): NumberObject(attachment.size)}),
                NameObject("/Length"): IndirectObject(length_number, 0, None)
                if length_number
                else NumberObject(stored),
            }
        )
        if deflate:
            header[NameObject("/Filter")] = NameObject("/FlateDecode")
        self.offsets[number] = self.out.tell()
        self.out.write(b"%d 0 obj\n" % number)
        self._serialise(number, header)
        self.out.write(b"\nstream\n")
        data_start = self.out.tell()
        source = _prepend(first, chunks)
        sink = _PlainSink(self.out) if self.encryption is None else _EncryptingSink(self.out, self.encryption.key)
        if deflate:
            read = self._copy_deflated(source, sink, done, cancelled)
        else:
            read = self._copy(source, sink, done, cancelled)
        sink.close()
        written = self.out.tell() - data_start
        if read != attachment.size:
            raise KitemarkError(
                say(
                    "The evidence file for '{title}' has changed size since it was added; "
                    "run 'kitemark check' and add it again.",
                    title=attachment.description,
                )
            )
        self.out.write(b"\nendstream\nendobj\n")
        if length_number:
            self.write_object(length_number, NumberObject(written))
        return number, read

    def _copy(self, source: Iterator[bytes], sink: _Sink, done: BytesDone, cancelled: Cancelled) -> int:
        read = 0
        for chunk in source:
            if cancelled():
                raise ExportCancelled()
            sink.write(chunk)
            read += len(chunk)
            done(len(chunk))
        return read

    def _copy_deflated(self, source: Iterator[bytes], sink: _Sink, done: BytesDone, cancelled: Cancelled) -> int:
        """One zlib stream from blocks deflated in parallel: header, raw deflate blocks, Adler-32 of the data."""
        sink.write(b"\x78\x01")
        adler = zlib.adler32(b"")
        read = 0
        pending: deque[tuple[Future[bytes], int]] = deque()
        chunk = next(source, None)
        while chunk is not None:
            if cancelled():
                for future, _ in pending:
                    future.cancel()
                raise ExportCancelled()
            following = next(source, None)  # look ahead: the last block must finish the stream
            adler = zlib.adler32(chunk, adler)
            read += len(chunk)
            pending.append((self.pool.submit(_deflate_block, chunk, following is None), len(chunk)))
            while len(pending) >= self.in_flight or (following is None and pending):
                future, size = pending.popleft()
                sink.write(future.result())
                done(size)
            chunk = following
        if read == 0:
            sink.write(_deflate_block(b"", True))
        sink.write(adler.to_bytes(4, "big"))
        return read


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _filespec(attachment: Attachment, stream_number: int) -> DictionaryObject:
    name = ByteStringObject(pdf_text_bytes(attachment.name))
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): name,
            NameObject("/UF"): name,
            NameObject("/Desc"): ByteStringObject(pdf_text_bytes(attachment.description)),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): IndirectObject(stream_number, 0, None)}),
            NameObject("/AFRelationship"): NameObject("/" + attachment.relationship),
        }
    )


def append_attachments(
    handle: BinaryIO,
    attachments: Sequence[Attachment],
    *,
    done: BytesDone,
    cancelled: Cancelled,
    digest: Any = None,
    encryption: PackEncryption | None = None,
) -> int:
    """Append one incremental update embedding ``attachments`` to the PDF open in ``handle`` (read/write).

    If ``digest`` (a hashlib SHA-256 object) holds the state of the file's current bytes, it is fed every byte
    written, so afterwards it is the state of the whole file. With ``encryption`` (the one the document was written
    with) every stream and string of the update is encrypted too. Returns the total bytes read from the attachments.
    """
    handle.seek(0)
    reader = PdfFileReader(handle, strict=False) if encryption is None else encryption.reader(handle)
    trailer = reader.trailer.flatten()
    root_ref = trailer.raw_get("/Root")
    stored_catalog = reader.root
    catalog = DictionaryObject({NameObject(key): stored_catalog.raw_get(key) for key in stored_catalog})
    next_number = int(trailer["/Size"])
    previous_xref = reader.last_startxref
    if previous_xref is None:
        raise ValueError("the PDF has no cross-reference section to append to")
    handle.seek(0, os.SEEK_END)
    out = CountingWriter(handle, digest)
    out.write(b"\n")
    workers = max(1, min(4, (os.cpu_count() or 1)))
    total_read = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="deflate") as pool:
        appender = _Appender(out, next_number, pool, workers, encryption)
        specs: list[tuple[bytes, int]] = []
        for attachment in attachments:
            stream_number, read = appender.write_stream(attachment, done, cancelled)
            total_read += read
            spec_number = appender.allocate()
            appender.write_object(spec_number, _filespec(attachment, stream_number))
            specs.append((pdf_text_bytes(attachment.name), spec_number))
        if cancelled():
            raise ExportCancelled()
        specs.sort()  # a name tree's keys are in byte order
        tree_number = appender.allocate()
        names = ArrayObject()
        for key, number in specs:
            names.extend([ByteStringObject(key), IndirectObject(number, 0, None)])
        appender.write_object(tree_number, DictionaryObject({NameObject("/Names"): names}))
        existing_names = catalog.get("/Names")
        names_dict = DictionaryObject(dict(existing_names) if isinstance(existing_names, dict) else {})
        names_dict[NameObject("/EmbeddedFiles")] = IndirectObject(tree_number, 0, None)
        catalog[NameObject("/Names")] = names_dict
        catalog[NameObject("/AF")] = ArrayObject(IndirectObject(number, 0, None) for _, number in specs)
        appender.write_object(root_ref.idnum, catalog)
        _write_xref_and_trailer(out, appender, trailer, root_ref, previous_xref)
    return total_read


def _write_xref_and_trailer(
    out: CountingWriter, appender: _Appender, trailer: DictionaryObject, root_ref: generic.PdfObject, previous_xref: int
) -> None:
    xref_offset = out.tell()
    numbers = sorted(appender.offsets)
    lines = [b"xref\n"]
    start = 0
    while start < len(numbers):  # consecutive runs become subsections
        end = start
        while end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            end += 1
        lines.append(b"%d %d\n" % (numbers[start], end - start + 1))
        lines.extend(b"%010d 00000 n\r\n" % appender.offsets[n] for n in numbers[start : end + 1])
        start = end + 1
    out.write(b"".join(lines))
    new_trailer = DictionaryObject(
        {
            NameObject("/Size"): NumberObject(appender.next_number),
            NameObject("/Root"): root_ref,
            NameObject("/Prev"): NumberObject(previous_xref),
        }
    )
    for key in ("/Info", "/ID", "/Encrypt"):
        if key in trailer:
            new_trailer[NameObject(key)] = trailer.raw_get(key)
    out.write(b"trailer\n")
    new_trailer.write_to_stream(out)
    out.write(b"\nstartxref\n%d\n%%%%EOF\n" % xref_offset)
