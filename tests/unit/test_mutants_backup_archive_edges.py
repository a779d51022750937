"""More of the backup archive (services/backup_archive.py) at the edges the mutants of scripts/mutation.sh probe:
where the work files go, what the manifest records, cancelling, storage errors, long names, zero-size and
oversized entries, snapshots given to ``restore``. Archives are written by hand with zipfile or by
``create_archive`` from a data folder made here, so every expected value is known beforehand."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import sqlite3
import struct
import time
import zipfile
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kitemark_app import __version__
from kitemark_app.evidence.store import CHUNK, ImportCancelled
from kitemark_app.services.backup import BackupError
from kitemark_app.services.backup_archive import FORMAT, create_archive, restore, verify_archive


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_database(path: Path, evidence: Sequence[bytes] = (), revision: str | None = "0001") -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, title TEXT)")
    for data in evidence:
        connection.execute("INSERT INTO evidence (sha256, title) VALUES (?, 't')", (sha(data),))
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()
    return path


def data_folder(root: Path, evidence: Sequence[bytes] = (), keys: dict[str, bytes] | None = None) -> Path:
    root.mkdir(parents=True)
    make_database(root / "kitemark.sqlite3", evidence)
    for data in evidence:
        (root / "evidence" / sha(data)[:2]).mkdir(parents=True, exist_ok=True)
        (root / "evidence" / sha(data)[:2] / sha(data)).write_bytes(data)
    if keys is not None:
        (root / "keys").mkdir()
        for name, data in keys.items():
            (root / "keys" / name).write_bytes(data)
    return root


def write_zip(
    path: Path, entries: dict[str, bytes], files: list[dict[str, object]] | None = None, **extra: object
) -> Path:
    """A zip of ``entries`` and a manifest listing ``files`` (by default: each entry as it is); ``extra`` changes
    manifest fields, and a field given as None is left out."""
    listed = files if files is not None else [{"name": n, "sha256": sha(d), "size": len(d)} for n, d in entries.items()]
    manifest: dict[str, object] = {
        "format": FORMAT,
        "app_version": "0.1.0",
        "created_at": "2026-11-26T10:00:00+00:00",
        "files": listed,
    }
    manifest.update(extra)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps({k: v for k, v in manifest.items() if v is not None}))
    return path


def evidence_hashes(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return [row[0] for row in connection.execute("SELECT sha256 FROM evidence")]
    finally:
        connection.close()


def refusal(tmp_path: Path, path: Path) -> str:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    with pytest.raises(BackupError) as caught:
        verify_archive(path, work)
    return str(caught.value)


def not_usable(name: str, why: str) -> str:
    return f"'{name}' is not a usable Kitemark backup ({why}); nothing was changed."


@pytest.fixture
def tokyo_time() -> Iterator[None]:
    """The local time zone nine hours ahead of UTC, so a local time cannot pass for UTC."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


# --- creating --------------------------------------------------------------------------------------------------


def test_work_files_are_made_beside_the_data_and_the_backup_and_then_removed(tmp_path: Path) -> None:
    root = data_folder(tmp_path / "data", [b"evidence"])
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    seen: list[tuple[list[str], list[str]]] = []

    def progress(done: int, total: int) -> None:
        seen.append((sorted(p.name for p in root.iterdir()), sorted(p.name for p in out_folder.iterdir())))

    create_archive(root, out_folder / "b.zip", progress=progress)
    in_root, in_out = seen[0]
    assert [n for n in in_root if n.startswith(".backup-")], in_root  # the database copy: inside the data folder
    assert len(in_out) == 1 and in_out[0].startswith(".b.zip.partial-")  # the zip: beside its final name
    assert not [p for p in root.iterdir() if p.name.startswith(".backup-")]
    assert [p.name for p in out_folder.iterdir()] == ["b.zip"]


def test_the_manifest_records_version_time_revision_and_damage(tmp_path: Path) -> None:
    good_1, good_2, damaged = b"first policy", b"second policy", b"will be damaged"
    root = data_folder(tmp_path / "data", [good_1, good_2, damaged], keys={"root.p12": b"protected"})
    (root / "evidence" / sha(damaged)[:2] / sha(damaged)).write_bytes(b"rotten bytes")
    before = datetime.now(UTC).replace(microsecond=0)
    result = create_archive(root, tmp_path / "b.zip")
    after = datetime.now(UTC)
    assert result.evidence_files == 2  # both good ones counted, the damaged one not
    assert result.left_out == [f"evidence file {sha(damaged)[:12]}… is damaged in the store"]
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        raw = archive.read("manifest.json").decode("utf-8")
        key_info = archive.getinfo("keys/root.p12")
    manifest = json.loads(raw)
    assert manifest["app_version"] == __version__
    assert manifest["schema_revision"] == "0001"
    created = datetime.fromisoformat(manifest["created_at"])
    assert created.utcoffset() == timedelta(0) and before <= created <= after
    assert manifest["left_out"] == result.left_out
    assert key_info.compress_type == zipfile.ZIP_DEFLATED  # key files are compressed, like the database
    # Indented two spaces, and "…" written as itself (UTF-8), not as \u2026.
    assert raw.splitlines()[1] == '  "format": "kitemark-backup/1",'
    assert "… is damaged in the store" in raw and "\\u2026" not in raw


def test_entry_times_are_utc_whatever_the_local_time_zone(tmp_path: Path, tokyo_time: None) -> None:
    root = data_folder(tmp_path / "data", [b"evidence"])
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0) - timedelta(seconds=2)
    create_archive(root, tmp_path / "b.zip")
    after = datetime.now(UTC).replace(tzinfo=None) + timedelta(seconds=2)
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        for info in archive.infolist():
            if info.filename != "manifest.json":
                assert before <= datetime(*info.date_time) <= after, info.filename


def test_every_streamed_entry_is_written_in_zip64_form(tmp_path: Path) -> None:
    """So that a database or evidence file over 4 GiB fits: the local header of each entry carries the zip64
    extra field (header id 1), written when the size is not known in advance."""
    root = data_folder(tmp_path / "data", [b"evidence"], keys={"root.p12": b"protected"})
    path = create_archive(root, tmp_path / "b.zip").path
    data = path.read_bytes()
    with zipfile.ZipFile(path) as archive:
        streamed = [i for i in archive.infolist() if i.filename != "manifest.json"]
        assert len(streamed) == 3
        for info in streamed:
            offset = info.header_offset
            assert data[offset : offset + 4] == b"PK\x03\x04"
            name_length, extra_length = struct.unpack("<HH", data[offset + 26 : offset + 30])
            extra = data[offset + 30 + name_length : offset + 30 + name_length + extra_length]
            assert extra[:2] == b"\x01\x00", info.filename


def test_progress_goes_chunk_by_chunk(tmp_path: Path) -> None:
    big = bytes(range(256)) * (CHUNK // 256) + b"tail"  # one chunk and four bytes
    root = data_folder(tmp_path / "data", [big])
    calls: list[tuple[int, int]] = []
    create_archive(root, tmp_path / "b.zip", progress=lambda done, total: calls.append((done, total)))
    total = calls[-1][1]
    assert calls[-1][0] == total
    database_size = (root / "kitemark.sqlite3").stat().st_size
    assert total == database_size + len(big)
    assert [done for done, _ in calls[-2:]] == [database_size + CHUNK, total]  # the evidence in two chunks


def test_cancelling_a_backup_leaves_nothing(tmp_path: Path) -> None:
    root = data_folder(tmp_path / "data", [b"evidence"])
    with pytest.raises(ImportCancelled) as caught:
        create_archive(root, tmp_path / "b.zip", cancelled=lambda: True)
    assert str(caught.value) == "The backup was cancelled; nothing was changed."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert not [p for p in root.iterdir() if p.name.startswith(".backup-")]


def test_a_database_from_a_newer_version_is_not_backed_up(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    make_database(root / "kitemark.sqlite3", revision="9999-from-the-future")
    with pytest.raises(BackupError) as caught:
        create_archive(root, tmp_path / "b.zip")
    assert str(caught.value) == (
        "The database cannot be backed up because it was made by a newer version of Kitemark; install that version "
        "to restore it; run 'kitemark check'."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_file_that_is_not_a_database_is_not_backed_up(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / "kitemark.sqlite3").write_bytes(b"this is not SQLite at all, just some text " * 100)
    with pytest.raises(BackupError) as caught:
        create_archive(root, tmp_path / "b.zip")
    assert str(caught.value) == "The database could not be backed up (file is not a database); run 'kitemark check'."


def test_a_full_disk_while_writing_the_backup_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = data_folder(tmp_path / "data", [b"evidence"])

    out = tmp_path / "b.zip"
    real_replace = os.replace

    def no_space_for_the_backup(source: str | Path, target: str | Path) -> None:
        if Path(target) == out:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", no_space_for_the_backup)
    with pytest.raises(BackupError) as caught:
        create_archive(root, out)
    assert str(caught.value) == (
        "There is not enough free disk space to store the backup file 'b.zip'; free some space and try again."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # the partial file is gone


# --- checking ----------------------------------------------------------------------------------------------------


def test_a_special_file_is_not_a_backup(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    assert refusal(tmp_path, fifo) == "'pipe.zip' is not a regular file; choose the backup file (a .zip)."


def test_long_entry_names_are_cut_to_60_characters(tmp_path: Path) -> None:
    db = {"kitemark.sqlite3": make_database(tmp_path / "db.sqlite3").read_bytes()}
    long_name = "keys/" + "k" * 80
    listed_only = [*({"name": n, "sha256": sha(d), "size": len(d)} for n, d in db.items())]
    missing = write_zip(tmp_path / "a.zip", db, [*listed_only, {"name": long_name, "sha256": sha(b""), "size": 0}])
    assert refusal(tmp_path, missing) == not_usable("a.zip", f"'{long_name[:60]}' is missing from it")
    extra = write_zip(tmp_path / "b.zip", {**db, long_name: b"x"}, listed_only)
    assert refusal(tmp_path, extra) == not_usable("b.zip", f"it contains an unexpected entry '{long_name[:60]}'")
    wrong_sum = write_zip(
        tmp_path / "c.zip", {**db, long_name: b"x"}, [*listed_only, {"name": long_name, "sha256": sha(b"y"), "size": 1}]
    )
    assert refusal(tmp_path, wrong_sum) == not_usable(
        "c.zip", f"'{long_name[:60]}' does not match its recorded checksum"
    )


def test_a_listed_entry_with_an_unexpected_name_is_refused(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": make_database(tmp_path / "db.sqlite3").read_bytes(), "notes.txt": b"hello"}
    assert refusal(tmp_path, write_zip(tmp_path / "a.zip", entries)) == not_usable(
        "a.zip", "it contains an unexpected entry 'notes.txt'"
    )


def test_an_entry_larger_than_its_recorded_size_stops_at_the_first_chunk_over(tmp_path: Path) -> None:
    database = make_database(tmp_path / "db.sqlite3").read_bytes()
    name = "keys/" + "b" * 70
    big = b"k" * (2 * CHUNK + 1)
    files = [
        {"name": "kitemark.sqlite3", "sha256": sha(database), "size": len(database)},
        {"name": name, "sha256": sha(big), "size": 2 * CHUNK},  # the right checksum, a size one byte short
    ]
    path = write_zip(tmp_path / "a.zip", {"kitemark.sqlite3": database, name: big}, files)
    assert refusal(tmp_path, path) == not_usable("a.zip", f"'{name[:60]}' is larger than its recorded size")


def test_an_entry_of_zero_bytes_is_fine(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": make_database(tmp_path / "db.sqlite3").read_bytes(), "keys/empty.txt": b""}
    work = tmp_path / "work"
    work.mkdir()
    info = verify_archive(write_zip(tmp_path / "a.zip", entries), work)
    assert info.key_files == 1 and (work / "keys" / "empty.txt").read_bytes() == b""
    assert info.schema_revision == "0001"


def test_a_damaged_entry_is_refused_with_what_zipfile_found(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": make_database(tmp_path / "db.sqlite3").read_bytes(), "keys/a.p12": b"A" * 100}
    path = write_zip(tmp_path / "a.zip", entries)
    data = bytearray(path.read_bytes())
    where = data.index(b"A" * 100)  # stored, not compressed: the bytes are there as they are
    data[where] = ord("B")
    path.write_bytes(bytes(data))
    assert refusal(tmp_path, path) == not_usable("a.zip", "it is damaged: Bad CRC-32 for file 'keys/a.p12'")


def test_a_manifest_without_time_or_version_reads_as_empty_text(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": make_database(tmp_path / "db.sqlite3").read_bytes()}
    path = write_zip(tmp_path / "a.zip", entries, created_at=None, app_version=None)
    work = tmp_path / "work"
    work.mkdir()
    info = verify_archive(path, work)
    assert (info.created_at, info.app_version) == ("", "")


def test_progress_while_checking_goes_chunk_by_chunk(tmp_path: Path) -> None:
    database = make_database(tmp_path / "db.sqlite3").read_bytes()
    entries = {"kitemark.sqlite3": database, "keys/big.p12": b"k" * (CHUNK + 10)}
    work = tmp_path / "work"
    work.mkdir()
    calls: list[tuple[int, int]] = []
    verify_archive(write_zip(tmp_path / "a.zip", entries), work, progress=lambda d, t: calls.append((d, t)))
    total = len(database) + CHUNK + 10
    assert calls == [(len(database), total), (len(database) + CHUNK, total), (total, total)]


# --- restoring ---------------------------------------------------------------------------------------------------


def test_restore_makes_missing_parent_folders_and_works_beside_the_data(tmp_path: Path) -> None:
    archive = create_archive(data_folder(tmp_path / "src", [b"evidence"]), tmp_path / "b.zip").path
    target = tmp_path / "new" / "nested" / "data"
    seen: list[list[str]] = []
    result = restore(target, archive, progress=lambda d, t: seen.append(sorted(p.name for p in target.iterdir())))
    assert result.evidence_added == 1 and (target / "kitemark.sqlite3").is_file()
    assert seen and all(any(n.startswith(".restore-") for n in names) for names in seen)  # the work folder
    assert not [p for p in target.iterdir() if p.name.startswith(".restore-")]


def test_restore_adds_every_new_evidence_file_and_skips_those_already_stored(tmp_path: Path) -> None:
    blobs = [b"policy one", b"policy two", b"policy three"]
    archive = create_archive(data_folder(tmp_path / "src", blobs), tmp_path / "b.zip").path
    fresh = tmp_path / "fresh"
    assert restore(fresh, archive).evidence_added == 3
    first = sorted(blobs, key=sha)[0]  # the first one the restore meets
    partly = data_folder(tmp_path / "partly", [first])
    assert restore(partly, archive).evidence_added == 2
    for data in blobs:
        assert (partly / "evidence" / sha(data)[:2] / sha(data)).read_bytes() == data


def test_keys_with_the_same_names_and_sizes_but_other_bytes_are_kept_aside(tmp_path: Path, tokyo_time: None) -> None:
    archive = create_archive(data_folder(tmp_path / "src", keys={"root.p12": b"AAAA"}), tmp_path / "b.zip").path
    target = data_folder(tmp_path / "dst", keys={"root.p12": b"BBBB"})
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    kept = restore(target, archive).keys_kept_as
    after = datetime.now(UTC).replace(tzinfo=None)
    assert kept is not None and (kept / "root.p12").read_bytes() == b"BBBB"
    assert (target / "keys" / "root.p12").read_bytes() == b"AAAA"
    match = re.fullmatch(r"keys-before-restore-(\d{8}-\d{6}-\d{6})", kept.name)
    assert match, kept.name
    stamp = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")  # UTC, whatever the local time zone
    assert before <= stamp <= after


def test_cancel_during_the_check_stops_it_at_once(tmp_path: Path) -> None:
    archive = create_archive(data_folder(tmp_path / "src", [b"one", b"two"]), tmp_path / "b.zip").path
    target = data_folder(tmp_path / "dst", [b"other"])
    before = (target / "kitemark.sqlite3").read_bytes()
    pressed: list[bool] = []
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        pressed.append(True)  # cancel pressed while the first entry was being checked

    with pytest.raises(ImportCancelled, match=r"^The restore was cancelled; nothing was changed\.$"):
        restore(target, archive, progress=progress, cancelled=lambda: bool(pressed))
    assert len(calls) == 1  # no further entry was unpacked
    assert (target / "kitemark.sqlite3").read_bytes() == before


def test_cancel_pressed_just_as_the_check_ends_changes_nothing(tmp_path: Path) -> None:
    archive = create_archive(data_folder(tmp_path / "src", [b"one"]), tmp_path / "b.zip").path
    target = data_folder(tmp_path / "dst", [b"other"])
    before = (target / "kitemark.sqlite3").read_bytes()
    pressed: list[bool] = []

    def progress(done: int, total: int) -> None:
        if done == total:
            pressed.append(True)

    with pytest.raises(ImportCancelled) as caught:
        restore(target, archive, progress=progress, cancelled=lambda: bool(pressed))
    assert str(caught.value) == "The restore was cancelled; nothing was changed."
    assert (target / "kitemark.sqlite3").read_bytes() == before
    assert not (target / "evidence" / sha(b"one")[:2]).exists()


def test_a_full_disk_while_restoring_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = create_archive(data_folder(tmp_path / "src", [b"evidence"]), tmp_path / "b.zip").path
    target = data_folder(tmp_path / "dst", [b"other"])

    real_replace = os.replace

    def no_space_for_evidence(source: str | Path, to: str | Path) -> None:
        if Path(to).is_relative_to(target / "evidence"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, to)

    monkeypatch.setattr(os, "replace", no_space_for_evidence)
    with pytest.raises(BackupError) as caught:
        restore(target, archive)
    assert str(caught.value) == (
        "There is not enough free disk space to store the restored data; free some space and try again."
    )


def test_a_snapshot_is_restored_as_a_snapshot_and_a_zip_as_a_zip_whatever_its_name(tmp_path: Path) -> None:
    snapshot = make_database(tmp_path / "snapshot.sqlite3", [b"from the snapshot"])
    target = data_folder(tmp_path / "dst", [b"other"])
    result = restore(target, snapshot)
    assert result.restored_from == snapshot and result.kept_current_as is not None
    assert evidence_hashes(target / "kitemark.sqlite3") == [sha(b"from the snapshot")]

    named_like_a_snapshot = create_archive(data_folder(tmp_path / "src", [b"zipped"]), tmp_path / "b.sqlite3").path
    result = restore(target, named_like_a_snapshot)
    assert result.evidence_added == 1  # unpacked as an archive, evidence and all

    not_a_zip = tmp_path / "b.zip"
    not_a_zip.write_bytes(snapshot.read_bytes())  # a snapshot under an archive's name is checked as an archive
    with pytest.raises(BackupError) as caught:
        restore(target, not_a_zip)
    assert str(caught.value) == not_usable("b.zip", "it is not a zip file")
