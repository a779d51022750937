"""Hash what the signature covers and every attachment, reading each byte range once, on two threads.

The signed ``/ByteRange`` (the whole file but the signature itself) and the attachments (most of the file again)
are two independent hashing jobs; ``hashlib`` and ``zlib`` release the GIL on large buffers, so on two cores the
pass takes about as long as one ``sha256sum`` of the file. pyHanko is then handed the document digest instead of
reading the file a second time.
"""

from __future__ import annotations

import hashlib
import os
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from kitemark_app.errors import KitemarkError
from kitemark_app.verify.limits import BoundedInflater, LimitExceeded, ReadingLimits
from kitemark_app.verify.structure import EmbeddedEntry, PackProblem, StreamLocation

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
Cancelled = Callable[[], bool]


class VerifyCancelled(KitemarkError):
    """The assessor cancelled the verification."""

    def __init__(self) -> None:
        super().__init__("The verification was cancelled; the pack has not been checked.")

    def __reduce__(self) -> tuple[type, tuple[()]]:  # it comes back from the child process (isolation.py)
        return (type(self), ())


class PackChanged(KitemarkError):
    """The pack file changed on disk while it was being read."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__("The pack file changed while it was being read; open it again to verify it.")

    def __reduce__(self) -> tuple[type, tuple[()]]:  # it comes back from the child process (isolation.py)
        return (type(self), ())


@dataclass(frozen=True)
class FileIdentity:
    """Enough to notice that a path now holds a different file."""

    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, handle: BinaryIO) -> FileIdentity:
        status = os.fstat(handle.fileno())
        return cls(status.st_size, status.st_mtime_ns, status.st_ino)


def open_same(path: Path, identity: FileIdentity) -> BinaryIO:
    handle = path.open("rb", buffering=0)
    if FileIdentity.of(handle) != identity:
        handle.close()
        raise PackChanged()
    return handle


def read_range(handle: BinaryIO, start: int, length: int, chunk: int, cancelled: Cancelled) -> Iterator[memoryview]:
    """The bytes ``[start, start + length)`` in chunks that share one buffer (use each before asking for the next)."""
    buffer = bytearray(min(chunk, max(length, 1)))
    view = memoryview(buffer)
    handle.seek(start)
    left = length
    while left > 0:
        if cancelled():
            raise VerifyCancelled()
        got = handle.readinto(view[: min(len(buffer), left)])  # type: ignore[attr-defined]
        if not got:
            raise PackChanged()  # the file is shorter than its structure says: it changed under us
        left -= got
        yield view[:got]


def only_attachment(
    handle: BinaryIO,
    entries: Sequence[EmbeddedEntry],
    name: str,
    relationship: str,
    limit: int,
    limits: ReadingLimits,
    what: str,
) -> bytes:
    """The one attachment a signed ``what`` ("review", "framework") carries, decoded within ``limit`` bytes;
    ``PackProblem`` (the reason, for the caller's sentence) when it is not exactly ``name`` attached as
    ``relationship``, or not the size it declares."""
    if [entry.name for entry in entries] != [name]:
        raise PackProblem(f"it must carry exactly one attachment, {name}, but carries {len(entries)}")
    entry = entries[0]
    if entry.relationship != relationship:
        raise PackProblem(f"{name} is not attached as the {what}'s {relationship.lower()}")
    if entry.stream.length > limit:
        raise PackProblem(f"{name} is larger than any real {what}")
    data = bytearray()
    for chunk in decoded_chunks(handle, name, entry.stream, limit, limits, lambda: False):
        data += chunk
    if entry.stream.params_size is not None and entry.stream.params_size != len(data):
        raise PackProblem(f"{name} is not the size it declares")
    return bytes(data)


def decoded_chunks(
    handle: BinaryIO, name: str, location: StreamLocation, limit: int, limits: ReadingLimits, cancelled: Cancelled
) -> Iterator[bytes | memoryview]:
    """An attachment's decoded bytes (decrypted first in a pack encrypted for the council), never more than
    ``limit`` of them."""
    chunks: Iterator[bytes | memoryview] = read_range(
        handle, location.offset, location.length, limits.chunk_size, cancelled
    )
    if location.key is not None:
        from kitemark_app.verify.encryption import decrypted_chunks

        chunks = decrypted_chunks(chunks, location.key, name)
        if not location.deflated:
            size = 0
            for piece in chunks:
                size += len(piece)
                if size > limit:
                    raise LimitExceeded(f"attachment '{name}' decodes to more than its stated size")
                yield piece
            return
    if not location.deflated:
        yield from chunks
        return
    inflater = BoundedInflater(name, limit)
    for chunk in chunks:
        yield from inflater.feed(chunk)
    yield from inflater.finish()


@dataclass(frozen=True)
class AttachmentJob:
    name: str
    location: StreamLocation
    expected_size: int


@dataclass(frozen=True)
class AttachmentResult:
    name: str
    size: int | None  # None when reading stopped at a limit
    sha256: str | None
    problem: str | None


@dataclass(frozen=True)
class HashResult:
    document_digest: bytes
    attachments: tuple[AttachmentResult, ...]
    file_sha256: str | None


def _hash_attachment(
    handle: BinaryIO, job: AttachmentJob, limits: ReadingLimits, cancelled: Cancelled
) -> AttachmentResult:
    digest = hashlib.sha256()
    size = 0
    try:
        for piece in decoded_chunks(handle, job.name, job.location, job.expected_size, limits, cancelled):
            digest.update(piece)
            size += len(piece)
    except (LimitExceeded, PackProblem) as error:
        return AttachmentResult(job.name, None, None, str(error))
    except zlib.error:
        return AttachmentResult(job.name, None, None, f"attachment '{job.name}' has a damaged compressed stream")
    return AttachmentResult(job.name, size, digest.hexdigest(), None)


def hash_pack(
    path: Path,
    identity: FileIdentity,
    byte_range: Sequence[int],
    md_algorithm: str,
    jobs: Sequence[AttachmentJob],
    limits: ReadingLimits,
    *,
    file_sha256: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> HashResult:
    """The ``/ByteRange`` digest and each attachment's size and SHA-256, on two threads.

    With ``file_sha256`` the whole file's SHA-256 is computed as well (for the register), on a third thread.
    """
    stop = threading.Event()

    def is_cancelled() -> bool:
        return stop.is_set() or (cancelled is not None and cancelled())

    total = identity.size

    def document_digest() -> bytes:
        digest = hashlib.new(md_algorithm)
        done = 0
        with open_same(path, identity) as handle:
            for start, length in ((byte_range[0], byte_range[1]), (byte_range[2], byte_range[3])):
                for chunk in read_range(handle, start, length, limits.chunk_size, is_cancelled):
                    digest.update(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
        return digest.digest()

    def attachments() -> tuple[AttachmentResult, ...]:
        with open_same(path, identity) as handle:
            return tuple(_hash_attachment(handle, job, limits, is_cancelled) for job in in_file_order)

    def whole_file() -> str:
        digest = hashlib.sha256()
        with open_same(path, identity) as handle:
            for chunk in read_range(handle, 0, total, limits.chunk_size, is_cancelled):
                digest.update(chunk)
        return digest.hexdigest()

    in_file_order = sorted(jobs, key=lambda job: job.location.offset)  # read forwards through the file
    with ThreadPoolExecutor(max_workers=3 if file_sha256 else 2, thread_name_prefix="verify-hash") as pool:
        futures: list[Future[Any]] = [pool.submit(document_digest), pool.submit(attachments)]
        if file_sha256:
            futures.append(pool.submit(whole_file))
        try:
            results = [future.result() for future in futures]
        except BaseException:
            stop.set()
            raise
    document, attached = results[0], results[1]
    assert isinstance(document, bytes) and isinstance(attached, tuple)
    whole = results[2] if file_sha256 else None
    return HashResult(document, attached, whole if isinstance(whole, str) else None)
