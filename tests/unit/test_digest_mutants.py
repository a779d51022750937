"""The hashing pass (verify/digest.py) on plain files written here: a file of known bytes, byte ranges and
attachment places chosen by hand, and every digest worked out with ``hashlib`` over the slices the pack format
says are covered, not through the module."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import threading
import zlib
from pathlib import Path

import pytest

from kitemark_app.errors import KitemarkError
from kitemark_app.verify.digest import (
    AttachmentJob,
    AttachmentResult,
    FileIdentity,
    PackChanged,
    VerifyCancelled,
    decoded_chunks,
    hash_pack,
    open_same,
    read_range,
)
from kitemark_app.verify.limits import ReadingLimits
from kitemark_app.verify.structure import StreamLocation

PLAIN = bytes(range(256)) * 8  # 2048 bytes
TEXT = b"Our constitution, clause " * 80  # 2000 bytes
DEFLATED = zlib.compress(TEXT)


def never() -> bool:
    return False


def pieces(iterator: object) -> list[bytes]:
    return [bytes(piece) for piece in iterator]  # type: ignore[attr-defined]  # copy: the buffer is shared


# --- the errors ---------------------------------------------------------------------------------------------------


def test_the_two_errors_say_what_happened_and_survive_the_pipe() -> None:
    cancelled, changed = VerifyCancelled(), PackChanged()
    assert str(cancelled) == "The verification was cancelled; the pack has not been checked."
    assert str(changed) == "The pack file changed while it was being read; open it again to verify it."
    assert changed.exit_code == 2 and isinstance(changed, KitemarkError) and isinstance(cancelled, KitemarkError)
    for error in (cancelled, changed):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)


# --- the file's identity ------------------------------------------------------------------------------------------


def test_the_identity_is_size_modification_time_and_inode(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(PLAIN)
    status = os.stat(path)
    with path.open("rb") as handle:
        assert FileIdentity.of(handle) == FileIdentity(2048, status.st_mtime_ns, status.st_ino)


def test_the_same_file_opens_unbuffered_and_another_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(PLAIN)
    with path.open("rb") as handle:
        identity = FileIdentity.of(handle)
    with open_same(path, identity) as same:
        assert isinstance(same, io.FileIO) and same.mode == "rb"
    for changed in (
        FileIdentity(identity.size + 1, identity.mtime_ns, identity.inode),
        FileIdentity(identity.size, identity.mtime_ns + 1, identity.inode),
        FileIdentity(identity.size, identity.mtime_ns, identity.inode + 1),
    ):
        with pytest.raises(PackChanged):
            open_same(path, changed)


# --- reading a range ----------------------------------------------------------------------------------------------


def test_a_range_in_chunks_of_the_given_size() -> None:
    handle = io.BytesIO(PLAIN)
    assert pieces(read_range(handle, 2, 5, 2, never)) == [PLAIN[2:4], PLAIN[4:6], PLAIN[6:7]]
    assert pieces(read_range(handle, 0, 2048, 1000, never)) == [PLAIN[:1000], PLAIN[1000:2000], PLAIN[2000:]]
    assert pieces(read_range(handle, 2040, 8, 100, never)) == [PLAIN[2040:]]
    assert pieces(read_range(handle, 5, 0, 100, never)) == []


def test_the_chunks_share_one_buffer_no_larger_than_needed() -> None:
    views = list(read_range(io.BytesIO(PLAIN), 0, 6, 4, never))
    assert [len(v) for v in views] == [4, 2]
    assert views[0].obj is views[1].obj and len(views[0].obj) == 4  # type: ignore[union-attr]
    [only] = list(read_range(io.BytesIO(PLAIN), 0, 3, 1000, never))
    assert len(only.obj) == 3  # type: ignore[union-attr]


def test_a_file_shorter_than_its_range_has_changed() -> None:
    reader = read_range(io.BytesIO(PLAIN), 2040, 9, 100, never)
    assert bytes(next(reader)) == PLAIN[2040:]
    with pytest.raises(PackChanged):
        next(reader)


def test_cancel_is_asked_before_each_chunk() -> None:
    answers = iter([False, True])
    reader = read_range(io.BytesIO(PLAIN), 0, 30, 10, lambda: next(answers))
    assert bytes(next(reader)) == PLAIN[:10]
    with pytest.raises(VerifyCancelled):
        next(reader)


def test_decoded_chunks_of_a_plain_and_a_deflated_stream() -> None:
    data = b"x" * 7 + PLAIN + DEFLATED + b"y" * 3
    handle = io.BytesIO(data)
    plain = StreamLocation(7, 2048, False, None, "application/octet-stream")
    assert b"".join(pieces(decoded_chunks(handle, "a", plain, 2048, ReadingLimits(chunk_size=500), never))) == PLAIN
    deflated = StreamLocation(7 + 2048, len(DEFLATED), True, None, "text/plain")
    out = pieces(decoded_chunks(handle, "b", deflated, 2000, ReadingLimits(chunk_size=64), never))
    assert b"".join(out) == TEXT


def test_a_deflated_stream_is_cut_at_its_stated_size() -> None:
    handle = io.BytesIO(DEFLATED)
    location = StreamLocation(0, len(DEFLATED), True, None, "text/plain")
    assert b"".join(pieces(decoded_chunks(handle, "b", location, 2000, ReadingLimits(), never))) == TEXT
    from kitemark_app.verify.limits import LimitExceeded

    with pytest.raises(LimitExceeded, match="attachment 'b' decodes to more than its stated size"):
        pieces(decoded_chunks(handle, "b", location, 1999, ReadingLimits(), never))


# --- the whole pass -----------------------------------------------------------------------------------------------


def pack_like(tmp_path: Path) -> tuple[Path, FileIdentity, bytes]:
    """A file laid out as a pack is: head, a plain attachment, a "signature" gap, a deflated attachment, tail."""
    data = b"%PDF-head" + PLAIN + b"<SIGNATURE>" + DEFLATED + b"tail"
    path = tmp_path / "pack.bin"
    path.write_bytes(data)
    with path.open("rb") as handle:
        return path, FileIdentity.of(handle), data


def locations(data: bytes) -> tuple[StreamLocation, StreamLocation]:
    plain = StreamLocation(data.index(PLAIN), len(PLAIN), False, None, "application/octet-stream")
    deflated = StreamLocation(data.index(DEFLATED), len(DEFLATED), True, None, "text/plain")
    return plain, deflated


def byte_range(data: bytes) -> list[int]:
    gap = data.index(b"<SIGNATURE>")
    after = gap + len(b"<SIGNATURE>")
    return [0, gap, after, len(data) - after]


def test_the_document_digest_covers_both_parts_and_each_attachment_is_hashed(tmp_path: Path) -> None:
    path, identity, data = pack_like(tmp_path)
    plain, deflated = locations(data)
    ranges = byte_range(data)
    seen: list[tuple[int, int, str]] = []
    result = hash_pack(
        path,
        identity,
        ranges,
        "sha256",
        # given last-first: the results come in file order
        [AttachmentJob("b.txt", deflated, 2000), AttachmentJob("a.bin", plain, 2048)],
        ReadingLimits(chunk_size=1000),
        progress=lambda done, total: seen.append((done, total, threading.current_thread().name)),
    )
    signed = data[: ranges[1]] + data[ranges[2] :]
    assert result.document_digest == hashlib.sha256(signed).digest()
    assert result.attachments == (
        AttachmentResult("a.bin", 2048, hashlib.sha256(PLAIN).hexdigest(), None),
        AttachmentResult("b.txt", 2000, hashlib.sha256(TEXT).hexdigest(), None),
    )
    assert result.file_sha256 is None
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert seen[-1][:2] == (len(signed), len(data)) and {total for _, total, _ in seen} == {len(data)}
    assert len(seen) == 4  # 1000-byte chunks: 1000, 1000 and 57 bytes before the gap, one piece after it
    assert all(name.startswith("verify-hash") for _, _, name in seen)


def test_the_whole_file_is_hashed_on_request_with_another_algorithm(tmp_path: Path) -> None:
    path, identity, data = pack_like(tmp_path)
    ranges = byte_range(data)
    result = hash_pack(path, identity, ranges, "sha512", [], ReadingLimits(), file_sha256=True)
    assert result.document_digest == hashlib.sha512(data[: ranges[1]] + data[ranges[2] :]).digest()
    assert result.file_sha256 == hashlib.sha256(data).hexdigest()
    assert result.attachments == ()


def test_an_attachment_past_its_stated_size_or_damaged_is_reported_not_raised(tmp_path: Path) -> None:
    path, identity, data = pack_like(tmp_path)
    plain, deflated = locations(data)
    damaged = StreamLocation(plain.offset, 100, True, None, "text/plain")  # not zlib data at all
    result = hash_pack(
        path,
        identity,
        byte_range(data),
        "sha256",
        [AttachmentJob("big.txt", deflated, 1999), AttachmentJob("bad.txt", damaged, 10)],
        ReadingLimits(),
    )
    assert result.attachments == (
        AttachmentResult("bad.txt", None, None, "attachment 'bad.txt' has a damaged compressed stream"),
        AttachmentResult("big.txt", None, None, "attachment 'big.txt' decodes to more than its stated size"),
    )


def test_cancelled_and_changed_files_stop_the_pass(tmp_path: Path) -> None:
    path, identity, data = pack_like(tmp_path)
    with pytest.raises(VerifyCancelled):
        hash_pack(path, identity, byte_range(data), "sha256", [], ReadingLimits(), cancelled=lambda: True)
    assert hash_pack(path, identity, byte_range(data), "sha256", [], ReadingLimits(), cancelled=never).attachments == ()
    with pytest.raises(PackChanged):
        hash_pack(path, FileIdentity(identity.size, identity.mtime_ns, identity.inode + 1), byte_range(data),
                  "sha256", [], ReadingLimits())  # fmt: skip
    short = list(byte_range(data))
    short[3] += 1  # a range one byte past the end of the file: it changed under us
    with pytest.raises(PackChanged):
        hash_pack(path, identity, short, "sha256", [], ReadingLimits())


def test_a_one_byte_range_uses_a_one_byte_buffer() -> None:
    [only] = list(read_range(io.BytesIO(PLAIN), 7, 1, 1000, never))
    assert bytes(only) == PLAIN[7:8] and len(only.obj) == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("whole_file", [False, True])
def test_the_jobs_run_at_the_same_time_each_on_its_own_thread(tmp_path: Path, whole_file: bool) -> None:
    # every job asks ``cancelled`` before its first chunk: each thread waits there until all of them have arrived,
    # which only happens if the two jobs (three with the whole file's digest) run at once
    path, identity, data = pack_like(tmp_path)
    plain, _deflated = locations(data)
    arrived = threading.Barrier(3 if whole_file else 2, timeout=5)
    waited: set[str] = set()
    lock = threading.Lock()

    def cancelled() -> bool:
        name = threading.current_thread().name
        with lock:
            first = name not in waited
            waited.add(name)
        if first:
            arrived.wait()
        return False

    result = hash_pack(path, identity, byte_range(data), "sha256", [AttachmentJob("a.bin", plain, 2048)],
                       ReadingLimits(), file_sha256=whole_file, cancelled=cancelled)  # fmt: skip
    assert len(waited) == (3 if whole_file else 2)
    assert (result.file_sha256 is not None) is whole_file
