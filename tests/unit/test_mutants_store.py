"""The evidence store (evidence/store.py) at its boundaries: names, limits, sentences, what counts as evidence,
stray or temporary. Tests written to kill the mutants that survived the rest of the suite (scripts/mutation.sh);
expected values are worked out by hand from the rules in the module and the README."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from kitemark_app.evidence import store as store_module
from kitemark_app.evidence.store import (
    DEFAULT_MAX_BYTES,
    TEMP_PREFIX,
    EvidenceError,
    EvidenceStore,
    ImportCancelled,
    display_name,
    guess_media_type,
    safe_name,
    storage_error_sentence,
    write_all,
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_constants() -> None:
    assert DEFAULT_MAX_BYTES == 250_000_000
    assert TEMP_PREFIX == ".incoming-"
    assert store_module.CHUNK == 1024 * 1024


def test_media_types() -> None:
    assert guess_media_type("a.pdf") == "application/pdf"
    assert guess_media_type("a.unknownext") == "application/octet-stream"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("  policy.pdf  ", "policy.pdf"),
        ("a\u202eb.pdf", "a\ufffdb.pdf"),
        ("a\x00b", "a\ufffdb"),
        ("", "unnamed file"),
        ("   ", "unnamed file"),
        ("x" * 255, "x" * 255),
    ],
)
def test_safe_names(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_long_names_keep_a_short_extension() -> None:
    assert safe_name("x" * 256 + ".pdf") == "x" * 250 + "….pdf"
    assert len(safe_name("x" * 256 + ".pdf")) == 255
    assert safe_name("x" * 256) == "x" * 253 + "…"
    long_suffix = "x" * 250 + "." + "y" * 11
    assert safe_name(long_suffix) == long_suffix[:253] + "…"
    ten = "x" * 250 + "." + "y" * 10
    assert safe_name(ten) == ten[: 255 - 10 - 2] + "…." + "y" * 10


def test_display_name_limit() -> None:
    assert display_name("a" * 60) == "a" * 60
    assert display_name("a" * 61) == "a" * 59 + "…"
    assert display_name("abcdef", limit=3) == "ab…"


def test_storage_error_sentences() -> None:
    assert storage_error_sentence(OSError(errno.ENOSPC, "full"), "'a.pdf'") == (
        "There is not enough free disk space to store 'a.pdf'; free some space and try again."
    )
    assert storage_error_sentence(OSError(errno.EDQUOT, "quota"), "x").startswith("There is not enough free disk")
    for code in (errno.EACCES, errno.EPERM, errno.EROFS):
        assert storage_error_sentence(OSError(code, "no"), "the backup") == (
            "Kitemark is not allowed to write the backup to its data folder; check the folder's permissions."
        )
    assert storage_error_sentence(PermissionError("no"), "x").startswith("Kitemark is not allowed")
    assert storage_error_sentence(OSError(errno.EIO, "I/O error"), "the restored data") == (
        "The restored data could not be stored (I/O error); nothing was changed."
    )


def test_write_all_writes_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(store_module.os, "write", lambda fd, data: real_write(fd, bytes(data)[:3]))
    fd = os.open(tmp_path / "f", os.O_WRONLY | os.O_CREAT)
    try:
        write_all(fd, b"0123456789")
    finally:
        os.close(fd)
    assert (tmp_path / "f").read_bytes() == b"0123456789"


def test_check_source_sentences(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store", max_bytes=10)
    (tmp_path / "folder").mkdir()
    with pytest.raises(EvidenceError, match=r"^'folder' is a folder; choose the files inside it instead\.$"):
        store.check_source(tmp_path / "folder")
    with pytest.raises(EvidenceError, match=r"^'gone.pdf' does not exist; check the name and try again\.$"):
        store.check_source(tmp_path / "gone.pdf")
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(EvidenceError, match=r"^'empty.pdf' is empty; choose the file that has the document in it\.$"):
        store.check_source(tmp_path / "empty.pdf")
    (tmp_path / "ten.pdf").write_bytes(b"x" * 10)
    assert store.check_source(tmp_path / "ten.pdf") == 10
    (tmp_path / "eleven.pdf").write_bytes(b"x" * 11)
    with pytest.raises(EvidenceError, match="over the 0 MB limit"):
        store.check_source(tmp_path / "eleven.pdf")


def test_the_limit_sentence_rounds_the_size_up_and_the_limit_down(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path, max_bytes=DEFAULT_MAX_BYTES)
    assert str(store._limit_error("big.pdf", 250_000_001)) == (
        "'big.pdf' is 250.1 MB, over the 250 MB limit; save a smaller copy (e.g. scan at a lower resolution) and add "
        "that."
    )
    assert "is 300 MB, over the 250 MB limit" in str(store._limit_error("b", 300_000_000))
    assert "over the 0.1 MB limit" in str(EvidenceStore(tmp_path, max_bytes=199_999)._limit_error("b", 1))


def test_add_stores_under_the_hash_once(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    source = tmp_path / "Policy.PDF"
    source.write_bytes(b"policy text")
    calls: list[tuple[int, int]] = []
    stored = store.add(source, progress=lambda d, t: calls.append((d, t)))
    digest = sha(b"policy text")
    assert (stored.sha256, stored.size, stored.media_type, stored.original_name) == (
        digest,
        11,
        "application/pdf",
        "Policy.PDF",
    )
    assert calls == [(11, 11)]
    assert store.path_for(digest) == tmp_path / "store" / digest[:2] / digest
    assert store.contains(digest) and store.verify(digest) == "ok"
    assert store.add(source).sha256 == digest  # idempotent
    assert store.stored_hashes() == {digest}
    assert store.temp_files() == [] and store.stray_files() == []


def test_add_repairs_a_damaged_copy_and_refuses_when_read_only(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    source = tmp_path / "a.txt"
    source.write_bytes(b"content")
    digest = store.add(source).sha256
    store.path_for(digest).write_bytes(b"damaged")
    assert store.verify(digest) == "damaged"
    store.add(source)
    assert store.verify(digest) == "ok"
    with pytest.raises(EvidenceError, match=r"^read only because\.$"):
        EvidenceStore(tmp_path / "store", read_only_reason="read only because.").add(source)


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    source = tmp_path / "a.txt"
    source.write_bytes(b"content")
    with pytest.raises(ImportCancelled, match=r"^The import was cancelled; nothing was added\.$"):
        store.add(source, cancelled=lambda: True)
    assert store.stored_hashes() == set() and store.temp_files() == []
    digest = store.add(source).sha256
    with pytest.raises(ImportCancelled, match=r"^The check was cancelled\.$"):
        store.verify(digest, cancelled=lambda: True)
    assert store.verify(digest, cancelled=lambda: False) == "ok"


def test_references_that_are_not_hashes_are_refused(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path)
    for bad in ("a" * 63, "A" * 64, "g" * 64, "a" * 65, "../" + "a" * 61):
        with pytest.raises(EvidenceError, match="is not a valid evidence reference"):
            store.path_for(bad)
    assert store.verify("a" * 64) == "missing"


def test_open_verified(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    source = tmp_path / "a.txt"
    source.write_bytes(b"content")
    digest = store.add(source).sha256
    assert b"".join(store.open_verified(digest)) == b"content"
    store.path_for(digest).write_bytes(b"changed")
    with pytest.raises(EvidenceError, match=rf"^An evidence file has been damaged \({digest[:12]}…\)"):
        b"".join(store.open_verified(digest))
    with pytest.raises(EvidenceError, match=rf"^An evidence file is missing from the store \({'b' * 12}…\)"):
        b"".join(store.open_verified("b" * 64))


def test_what_is_evidence_stray_or_temporary(tmp_path: Path) -> None:
    root = tmp_path / "store"
    store = EvidenceStore(root)
    assert store.stored_hashes() == set() and store.stray_files() == [] and store.temp_files() == []
    good = "ab" + "c" * 62
    (root / "ab").mkdir(parents=True)
    (root / "ab" / good).write_bytes(b"x")
    misplaced = "cd" + "e" * 62
    (root / "ab" / misplaced).write_bytes(b"x")  # wrong folder
    (root / "ab" / "notes.txt").write_bytes(b"x")
    (root / "ef").mkdir()
    (root / "ef" / ("ef" + "0" * 62)).mkdir()  # a folder with a hash name is not a file
    (root / ("ab" + "c" * 62)).write_bytes(b"x")  # at the top, not in its folder
    (root / f"{TEMP_PREFIX}1-x").write_bytes(b"partial")
    assert store.stored_hashes() == {good, misplaced}
    assert sorted(p.relative_to(root).as_posix() for p in store.stray_files()) == sorted(
        ["ab/" + misplaced, "ab/notes.txt", "ab" + "c" * 62]
    )
    assert [p.name for p in store.temp_files()] == [f"{TEMP_PREFIX}1-x"]


def test_stale_temp_files_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    root = tmp_path / "store"
    root.mkdir()
    mine = root / f"{TEMP_PREFIX}{os.getpid()}-a"
    dead = root / f"{TEMP_PREFIX}999999999-b"
    odd = root / f"{TEMP_PREFIX}nopid"
    for path in (mine, dead, odd):
        path.write_bytes(b"x")
    assert EvidenceStore(root).remove_stale_temp_files() == 2
    assert [p.name for p in EvidenceStore(root).temp_files()] == [mine.name]
