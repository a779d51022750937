"""The evidence store's size limit at its boundary (evidence/store.py): a file exactly at the limit is taken, one
byte over is refused with its sentence, whether the size is known beforehand or only found while copying."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kitemark_app.evidence.store import EvidenceError, EvidenceStore

LIMIT = 10_000


@pytest.fixture
def store(tmp_path: Path) -> EvidenceStore:
    return EvidenceStore(tmp_path / "evidence", max_bytes=LIMIT)


def stored_files(store: EvidenceStore) -> list[Path]:
    return [p for p in store.root.rglob("*") if p.is_file()] if store.root.exists() else []


def test_a_file_exactly_at_the_limit_is_added(store: EvidenceStore, tmp_path: Path) -> None:
    content = bytes(range(250)) * 40  # 10,000 bytes
    assert len(content) == LIMIT
    source = tmp_path / "exactly.bin"
    source.write_bytes(content)
    stored = store.add(source)
    assert stored.size == LIMIT
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert (store.root / stored.sha256[:2] / stored.sha256).read_bytes() == content


def test_one_byte_over_the_limit_is_refused(store: EvidenceStore, tmp_path: Path) -> None:
    source = tmp_path / "over.bin"
    source.write_bytes(b"y" * (LIMIT + 1))
    with pytest.raises(EvidenceError) as caught:
        store.add(source)
    # 10,001 bytes is 0.010001 MB, shown rounded up to one decimal: 0.1 MB; the limit rounded down: 0 MB.
    assert str(caught.value) == (
        "'over.bin' is 0.1 MB, over the 0 MB limit; save a smaller copy (e.g. scan at a lower resolution) and add that."
    )
    assert stored_files(store) == []


def test_a_one_byte_file_is_added_and_an_empty_one_refused(store: EvidenceStore, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_bytes(b"x")
    assert store.add(one).size == 1
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EvidenceError, match=r"^'empty.txt' is empty; choose the file that has the document in it\.$"):
        store.add(empty)


def test_the_default_limit_at_and_one_byte_over_250_mb(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    at = tmp_path / "at.tiff"
    with at.open("wb") as handle:
        handle.truncate(250_000_000)  # sparse: check_source only looks at the size
    assert store.check_source(at) == 250_000_000
    over = tmp_path / "over.tiff"
    with over.open("wb") as handle:
        handle.truncate(250_000_001)
    with pytest.raises(EvidenceError) as caught:
        store.check_source(over)
    assert str(caught.value).startswith("'over.tiff' is 250.1 MB, over the 250 MB limit;")


def test_a_file_that_grew_past_the_limit_while_copied_is_refused(
    store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "growing.bin"
    source.write_bytes(b"z" * (LIMIT + 1))
    monkeypatch.setattr(store, "check_source", lambda _source: 100)  # what the size was when it was looked at
    with pytest.raises(EvidenceError, match=r"over the 0 MB limit"):
        store.add(source)
    assert stored_files(store) == []


def test_a_file_exactly_at_the_limit_found_while_copying_is_added(
    store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "grew-to-the-limit.bin"
    source.write_bytes(b"z" * LIMIT)
    monkeypatch.setattr(store, "check_source", lambda _source: 100)
    assert store.add(source).size == LIMIT


def test_a_file_emptied_after_it_was_looked_at_is_refused(
    store: EvidenceStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "emptied.txt"
    source.write_bytes(b"")
    monkeypatch.setattr(store, "check_source", lambda _source: 5)
    with pytest.raises(EvidenceError, match="is empty"):
        store.add(source)
    assert stored_files(store) == []


def test_a_reference_that_is_not_a_lower_case_hash_is_refused(store: EvidenceStore) -> None:
    for reference in ("A" * 64, "a" * 63, "a" * 65, "../" + "a" * 61, ""):
        with pytest.raises(EvidenceError, match="is not a valid evidence reference"):
            store.path_for(reference)
