"""Every evidence limit gives one clear sentence and leaves nothing behind; stored files are verified on read.

Tests run as root in CI, where ``chmod`` does not stop reads or writes, so "unreadable" and "disk full" are
simulated by monkeypatching the calls the store makes (``open`` for the source, ``os.write``/``os.replace`` for
the store) to raise the OSError the operating system would.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kitemark_app.evidence import store as store_module
from kitemark_app.evidence.store import EvidenceError, EvidenceStore, ImportCancelled


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence", max_bytes=10_000)


def _one_sentence(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert (message.endswith(".") and message[0].isupper()) or message.startswith("'")


def _nothing_left(store: EvidenceStore) -> None:
    leftovers = list(store.root.rglob("*")) if store.root.exists() else []
    assert [p for p in leftovers if p.is_file()] == []


def test_empty_file(store: EvidenceStore, tmp_path: Path) -> None:
    empty = tmp_path / "minutes.pdf"
    empty.touch()
    with pytest.raises(EvidenceError, match=r"'minutes\.pdf' is empty") as caught:
        store.add(empty)
    _one_sentence(str(caught.value))
    _nothing_left(store)


def test_folder(store: EvidenceStore, tmp_path: Path) -> None:
    folder = tmp_path / "Policies"
    folder.mkdir()
    with pytest.raises(EvidenceError, match="'Policies' is a folder; choose the files inside it"):
        store.add(folder)
    _nothing_left(store)


def test_missing_file(store: EvidenceStore, tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match="does not exist"):
        store.add(tmp_path / "gone.pdf")


def test_not_a_regular_file(store: EvidenceStore, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError, match="not a regular file"):
        store.add(fifo)
    _nothing_left(store)


def test_over_the_limit(store: EvidenceStore, tmp_path: Path) -> None:
    big = tmp_path / "scan.tiff"
    big.write_bytes(b"x" * 10_001)
    with pytest.raises(EvidenceError, match=r"over the 0 MB limit; save a smaller copy") as caught:
        store.add(big)
    _one_sentence(str(caught.value))
    _nothing_left(store)


def test_default_limit_is_250_mb(tmp_path: Path) -> None:
    assert EvidenceStore(tmp_path).max_bytes == 250_000_000


def test_unreadable_file(store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "accounts.xlsx"
    source.write_bytes(b"PK" * 100)

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store_module, "open", denied, raising=False)  # simulated: tests run as root
    with pytest.raises(EvidenceError, match=r"'accounts.xlsx' cannot be read \(permission denied\)"):
        store.add(source)
    _nothing_left(store)


def test_read_error_half_way(store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A USB stick pulled out mid-copy: the half-copied temp file is removed."""
    monkeypatch.setattr(store_module, "CHUNK", 1000)
    source = tmp_path / "minutes.pdf"
    source.write_bytes(b"m" * 5000)
    real_open = open

    class Flaky:
        def __init__(self, path: Path) -> None:
            self.inner = real_open(path, "rb")
            self.reads = 0

        def read(self, size: int) -> bytes:
            self.reads += 1
            if self.reads == 3:
                raise OSError(errno.EIO, "Input/output error")
            return self.inner.read(size)

        def close(self) -> None:
            self.inner.close()

    monkeypatch.setattr(store_module, "open", lambda path, mode: Flaky(path), raising=False)
    with pytest.raises(EvidenceError, match=r"could not be read to the end .*USB stick"):
        store.add(source)
    _nothing_left(store)


def test_disk_full_while_writing(store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "CHUNK", 1000)
    earlier = tmp_path / "earlier.pdf"
    earlier.write_bytes(b"e" * 3000)
    kept = store.add(earlier)
    source = tmp_path / "report.pdf"
    source.write_bytes(b"r" * 5000)
    real_write = os.write
    calls = {"n": 0}

    def full(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(store_module.os, "write", full)
    with pytest.raises(EvidenceError) as caught:
        store.add(source)
    assert (
        str(caught.value) == "There is not enough free disk space to store 'report.pdf'; free some space and try again."
    )
    monkeypatch.undo()
    assert store.temp_files() == []  # nothing half-written
    assert store.stored_hashes() == {kept.sha256}  # the earlier file is intact
    assert store.verify(kept.sha256) == "ok"


def test_store_folder_not_writable(store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"p" * 500)

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store_module.tempfile, "mkstemp", denied)
    with pytest.raises(EvidenceError, match=r"not allowed to write 'policy\.pdf' to its data folder"):
        store.add(source)


def test_rename_blocked_by_antivirus_is_retried(
    store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"p" * 500)
    real_replace = os.replace
    attempts = {"n": 0}

    def locked_twice(a: Path, b: Path) -> None:
        attempts["n"] += 1
        if attempts["n"] <= 2:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(a, b)

    monkeypatch.setattr(store_module.os, "replace", locked_twice)
    monkeypatch.setattr(store_module.time, "sleep", lambda _s: None)
    stored = store.add(source)
    assert attempts["n"] == 3
    assert store.verify(stored.sha256) == "ok"
    assert store.temp_files() == []


def test_cancel_leaves_nothing(store: EvidenceStore, tmp_path: Path) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"p" * 500)
    with pytest.raises(ImportCancelled):
        store.add(source, cancelled=lambda: True)
    assert store.temp_files() == [] and store.stored_hashes() == set()


def test_read_only_store_refuses(tmp_path: Path) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"p" * 500)
    store = EvidenceStore(tmp_path / "evidence", read_only_reason="This data is open read-only.")
    with pytest.raises(EvidenceError, match="open read-only"):
        store.add(source)


def test_read_for_export_is_verified_against_the_hash(store: EvidenceStore, tmp_path: Path) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"p" * 5000)
    stored = store.add(source)
    assert b"".join(store.open_verified(stored.sha256)) == source.read_bytes()
    path = store.path_for(stored.sha256)
    path.write_bytes(b"q" + path.read_bytes()[1:])  # one byte flipped on disk
    with pytest.raises(EvidenceError, match="has been damaged"):
        b"".join(store.open_verified(stored.sha256))
    assert store.verify(stored.sha256) == "damaged"
    path.unlink()
    with pytest.raises(EvidenceError, match="missing from the store"):
        b"".join(store.open_verified(stored.sha256))


def test_adding_again_repairs_a_damaged_copy(store: EvidenceStore, tmp_path: Path) -> None:
    source = tmp_path / "policy.pdf"
    source.write_bytes(b"p" * 5000)
    stored = store.add(source)
    store.path_for(stored.sha256).write_bytes(b"junk")
    assert store.add(source).sha256 == stored.sha256
    assert store.verify(stored.sha256) == "ok"


def test_a_reference_that_is_not_a_hash_is_refused(store: EvidenceStore) -> None:
    with pytest.raises(EvidenceError, match="not a valid evidence reference"):
        store.path_for("../../etc/passwd")


def test_stale_temp_files_of_dead_processes_are_removed(store: EvidenceStore) -> None:
    store.root.mkdir(parents=True)
    mine = store.root / f".incoming-{os.getpid()}-abc"
    mine.write_bytes(b"in progress")
    dead = store.root / ".incoming-999999999-def"  # no such process
    dead.write_bytes(b"left by a killed import")
    assert store.remove_stale_temp_files() == 1
    assert mine.exists() and not dead.exists()
