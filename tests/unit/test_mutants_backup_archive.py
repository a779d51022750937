"""The backup archive's checks (services/backup_archive.py) on hand-made zips: each refusal with its sentence, at
the boundaries the mutants of scripts/mutation.sh probe. Every archive is written here with zipfile, so what is
wrong with it is known before the code reads it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from kitemark_app.services import backup_archive
from kitemark_app.services.backup import BackupError
from kitemark_app.services.backup_archive import (
    FORMAT,
    _check_entry_name,
    create_archive,
    holds_unprotected_private_key,
    verify_archive,
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def database_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "made.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, title TEXT)")
    connection.commit()
    connection.close()
    return path.read_bytes()


def write_zip(path: Path, entries: dict[str, bytes], manifest: object | None = None, raw: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if raw is not None:
            archive.writestr("manifest.json", raw)
        elif manifest is not None:
            archive.writestr("manifest.json", json.dumps(manifest))
    return path


def manifest_of(entries: dict[str, bytes], **changes: object) -> dict[str, object]:
    files = [{"name": n, "sha256": sha(d), "size": len(d)} for n, d in entries.items()]
    return {"format": FORMAT, "app_version": "0.1.0", "created_at": "2026-11-26T10:00:00+00:00", "files": files} | (
        changes
    )


def refusal(tmp_path: Path, path: Path) -> str:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    with pytest.raises(BackupError) as caught:
        verify_archive(path, work)
    return str(caught.value)


# --- keys ----------------------------------------------------------------------------------------------------


def test_private_keys_without_a_passphrase_are_recognised_in_every_form() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    encrypted_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret-passphrase"),
    )
    open_p12 = pkcs12.serialize_key_and_certificates(b"k", key, None, None, serialization.NoEncryption())
    locked_p12 = pkcs12.serialize_key_and_certificates(
        b"k", key, None, None, serialization.BestAvailableEncryption(b"secret-passphrase")
    )
    assert holds_unprotected_private_key(pem)
    assert holds_unprotected_private_key(b"notes\n" + pem)
    assert holds_unprotected_private_key(der)
    assert holds_unprotected_private_key(open_p12)
    assert not holds_unprotected_private_key(encrypted_pem)
    assert not holds_unprotected_private_key(locked_p12)
    assert not holds_unprotected_private_key(b"just a note")
    assert holds_unprotected_private_key(b"-----BEGIN RSA PRIVATE KEY-----\nMIIB\n")
    assert not holds_unprotected_private_key(b"-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n")


# --- entry names ---------------------------------------------------------------------------------------------

GOOD_HASH = "ab" + "0" * 62


@pytest.mark.parametrize(
    "name", ["kitemark.sqlite3", f"evidence/ab/{GOOD_HASH}", "keys/root.p12", "keys/sub/signing-key_1.p12"]
)
def test_expected_entry_names(name: str, tmp_path: Path) -> None:
    _check_entry_name(name, tmp_path / "b.zip")


@pytest.mark.parametrize(
    "name",
    [
        "/kitemark.sqlite3",
        "keys/../evil",
        "keys\\evil",
        f"evidence/{GOOD_HASH}",
        f"evidence/ab/{GOOD_HASH}x",
        f"evidence/AB/{GOOD_HASH.upper()}",
        "evidence/ab/" + "0" * 63,
        "keys/",
        "keys/a b",
        "other.txt",
        "kitemark.sqlite3.bak",
    ],
)
def test_unexpected_entry_names(name: str, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="it contains an unexpected entry"):
        _check_entry_name(name, tmp_path / "b.zip")


def test_a_long_unexpected_name_is_cut_to_60_characters(tmp_path: Path) -> None:
    with pytest.raises(BackupError) as caught:
        _check_entry_name("x" * 100, tmp_path / "b.zip")
    assert str(caught.value) == (
        f"'b.zip' is not a usable Kitemark backup (it contains an unexpected entry '{'x' * 60}'); nothing was changed."
    )


# --- refusals before anything is unpacked --------------------------------------------------------------------


def test_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    assert refusal(tmp_path, folder) == "'folder.zip' is a folder; choose the backup file (a .zip) inside it."
    assert refusal(tmp_path, tmp_path / "gone.zip") == "'gone.zip' does not exist; check the name and try again."
    (tmp_path / "plain.zip").write_bytes(b"not a zip at all")
    assert refusal(tmp_path, tmp_path / "plain.zip") == (
        "'plain.zip' is not a usable Kitemark backup (it is not a zip file); nothing was changed."
    )


def test_manifest_problems(tmp_path: Path) -> None:
    db = {"kitemark.sqlite3": b"db"}

    def why(name: str, **kw: object) -> str:
        return refusal(tmp_path, write_zip(tmp_path / name, db, **kw))  # type: ignore[arg-type]

    assert "(it has no manifest)" in why("a.zip")
    assert "(its manifest cannot be read)" in why("b.zip", raw=b"{not json")
    assert "(its manifest cannot be read)" in why("c.zip", raw=b"\xff\xfe")
    assert "(it is not in a format this version knows)" in why("d.zip", manifest=[1, 2])
    assert "(it is not in a format this version knows)" in why("e.zip", manifest=manifest_of(db, format="x/2"))
    assert "(its manifest is incomplete)" in why("f.zip", manifest=manifest_of(db, files={"a": 1}))
    assert "(its manifest is incomplete)" in why("g.zip", manifest=manifest_of(db, files=[{"name": "a"}]))
    assert "(its manifest is incomplete)" in why("h.zip", manifest=manifest_of(db, files=[{"name": 1, "sha256": "x"}]))
    assert "(its manifest is incomplete)" in why("i.zip", manifest=manifest_of(db, files=["kitemark.sqlite3"]))


def test_listed_and_present_entries_must_agree(tmp_path: Path) -> None:
    db = {"kitemark.sqlite3": b"db"}
    listed_more = manifest_of({**db, "keys/a.p12": b"k"})
    assert "('keys/a.p12' is missing from it)" in refusal(tmp_path, write_zip(tmp_path / "a.zip", db, listed_more))
    extra = {**db, "keys/b.p12": b"k"}
    assert "(it contains an unexpected entry 'keys/b.p12')" in refusal(
        tmp_path, write_zip(tmp_path / "b.zip", extra, manifest_of(db))
    )
    keys_only = {"keys/a.p12": b"k"}
    assert "(it has no database)" in refusal(tmp_path, write_zip(tmp_path / "c.zip", keys_only, manifest_of(keys_only)))


def test_a_checksum_mismatch_is_refused(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": b"db"}
    manifest = manifest_of(entries)
    manifest["files"][0]["sha256"] = sha(b"other")  # type: ignore[index]
    assert "('kitemark.sqlite3' does not match its recorded checksum)" in refusal(
        tmp_path, write_zip(tmp_path / "a.zip", entries, manifest)
    )


def test_a_good_archive_is_unpacked_and_described(tmp_path: Path) -> None:
    evidence = b"a policy"
    damaged_name = "cd" + "1" * 62
    entries = {
        "kitemark.sqlite3": database_bytes(tmp_path),
        f"evidence/{sha(evidence)[:2]}/{sha(evidence)}": evidence,
        f"evidence/cd/{damaged_name}": b"recorded as damaged",
        "keys/root.p12": b"protected",
    }
    path = write_zip(tmp_path / "good.zip", entries, manifest_of(entries))
    work = tmp_path / "work"
    work.mkdir()
    calls: list[tuple[int, int]] = []
    info = verify_archive(path, work, progress=lambda done, total: calls.append((done, total)))
    assert (info.created_at, info.app_version, info.schema_revision) == ("2026-11-26T10:00:00+00:00", "0.1.0", None)
    assert (info.evidence_files, info.key_files) == (2, 1)
    total = sum(len(d) for d in entries.values())
    assert calls[-1] == (total, total)
    assert (work / "evidence" / sha(evidence)[:2] / sha(evidence)).read_bytes() == evidence
    assert not (work / "evidence" / "cd" / damaged_name).exists()  # never restored as valid
    assert (work / "keys" / "root.p12").read_bytes() == b"protected"


def test_cancel_while_unpacking(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": database_bytes(tmp_path)}
    path = write_zip(tmp_path / "good.zip", entries, manifest_of(entries))
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(backup_archive.ImportCancelled, match=r"^The restore was cancelled; nothing was changed\.$"):
        verify_archive(path, work, cancelled=lambda: True)


def test_an_archive_whose_database_is_not_a_database(tmp_path: Path) -> None:
    entries = {"kitemark.sqlite3": b"not sqlite"}
    message = refusal(tmp_path, write_zip(tmp_path / "a.zip", entries, manifest_of(entries)))
    assert message.startswith("'a.zip' cannot be restored: ")
    assert message.endswith("; nothing was changed.")


# --- creating ------------------------------------------------------------------------------------------------


def test_create_refuses_before_writing_anything(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    with pytest.raises(BackupError, match=r"^This data folder has nothing to back up yet\.$"):
        create_archive(root, tmp_path / "b.zip")
    (root / "kitemark.sqlite3").write_bytes(database_bytes(tmp_path))
    (tmp_path / "dir.zip").mkdir()
    with pytest.raises(BackupError, match="is a folder; give a file name for the backup"):
        create_archive(root, tmp_path / "dir.zip")
    (tmp_path / "old.zip").write_bytes(b"x")
    with pytest.raises(BackupError, match=r"^'old.zip' already exists; choose another name or delete it first\.$"):
        create_archive(root, tmp_path / "old.zip")
    with pytest.raises(BackupError, match="does not exist; choose an existing folder"):
        create_archive(root, tmp_path / "nowhere" / "b.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "dir.zip", "made.sqlite3", "old.zip"]


def test_create_then_verify_round_trip_with_left_out_files(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    present, missing = b"present evidence", b"missing evidence"
    connection = sqlite3.connect(root / "kitemark.sqlite3")
    connection.execute("CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, title TEXT)")
    connection.execute("CREATE TABLE evidence_version (id INTEGER PRIMARY KEY, sha256 TEXT, evidence_id INTEGER)")
    connection.execute("INSERT INTO evidence (sha256, title) VALUES (?, 'a')", (sha(present),))
    connection.execute("INSERT INTO evidence_version (sha256, evidence_id) VALUES (?, 1)", (sha(missing),))
    connection.commit()
    connection.close()
    (root / "evidence" / sha(present)[:2]).mkdir(parents=True)
    (root / "evidence" / sha(present)[:2] / sha(present)).write_bytes(present)
    keys = root / "keys"
    keys.mkdir()
    (keys / "root.p12").write_bytes(b"protected, not a key anyone can read")
    (keys / ".partial").write_bytes(b"being written")
    (keys / "bad name!").write_bytes(b"x")
    key = ec.generate_private_key(ec.SECP256R1())
    (keys / "open.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    out = tmp_path / "b.zip"
    calls: list[tuple[int, int]] = []
    result = create_archive(root, out, progress=lambda d, t: calls.append((d, t)))
    assert result.path == out and result.size == out.stat().st_size
    assert (result.evidence_files, result.key_files) == (1, 1)
    assert sorted(result.left_out) == sorted(
        [
            f"evidence file {sha(missing)[:12]}… is missing from the store",
            "key folder file 'bad name!' has an unexpected name",
            "key file 'open.pem' holds a private key without a passphrase",
        ]
    )
    assert calls[-1][0] == calls[-1][1]
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        assert archive.getinfo(f"evidence/{sha(present)[:2]}/{sha(present)}").compress_type == zipfile.ZIP_STORED
        assert archive.getinfo("kitemark.sqlite3").compress_type == zipfile.ZIP_DEFLATED
    assert names == sorted(
        ["kitemark.sqlite3", f"evidence/{sha(present)[:2]}/{sha(present)}", "keys/root.p12", "manifest.json"]
    )
    assert manifest["format"] == "kitemark-backup/1"
    assert manifest["left_out"] == result.left_out
    assert manifest["files"][0]["name"] == "kitemark.sqlite3"
    work = tmp_path / "work"
    work.mkdir()
    info = verify_archive(out, work)
    assert (info.evidence_files, info.key_files) == (1, 1)
    with pytest.raises(BackupError, match="already exists"):
        create_archive(root, out)
    assert create_archive(root, out, overwrite=True).evidence_files == 1
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]
    assert not [p for p in root.iterdir() if p.name.startswith(".backup-")]


# --- restoring -----------------------------------------------------------------------------------------------


def _data_folder(root: Path, tmp_path: Path, evidence: bytes, key: bytes | None) -> Path:
    root.mkdir(parents=True)
    connection = sqlite3.connect(root / "kitemark.sqlite3")
    connection.execute("CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, title TEXT)")
    connection.execute("INSERT INTO evidence (sha256, title) VALUES (?, 'a')", (sha(evidence),))
    connection.commit()
    connection.close()
    (root / "evidence" / sha(evidence)[:2]).mkdir(parents=True)
    (root / "evidence" / sha(evidence)[:2] / sha(evidence)).write_bytes(evidence)
    if key is not None:
        (root / "keys").mkdir()
        (root / "keys" / "root.p12").write_bytes(key)
    return root


def test_restore_keeps_different_keys_aside_and_adds_the_evidence(tmp_path: Path) -> None:
    source = _data_folder(tmp_path / "old-pc", tmp_path, b"evidence from the old pc", b"the old pc's key")
    archive = create_archive(source, tmp_path / "b.zip").path
    target = _data_folder(tmp_path / "new-pc", tmp_path, b"something else", b"a different key")
    result = backup_archive.restore(target, archive)
    assert result.restored_from == archive
    assert result.evidence_added == 1
    assert (target / "keys" / "root.p12").read_bytes() == b"the old pc's key"
    assert result.keys_kept_as is not None
    assert result.keys_kept_as.parent == target / "backups"
    assert result.keys_kept_as.name.startswith("keys-before-restore-")
    assert (result.keys_kept_as / "root.p12").read_bytes() == b"a different key"
    assert result.kept_current_as is not None and result.kept_current_as.exists()
    stored = target / "evidence" / sha(b"evidence from the old pc")[:2] / sha(b"evidence from the old pc")
    assert stored.read_bytes() == b"evidence from the old pc"
    assert not [p for p in target.iterdir() if p.name.startswith(".restore-")]
    again = backup_archive.restore(target, archive)  # the same keys and evidence: nothing kept aside or added
    assert again.keys_kept_as is None
    assert again.evidence_added == 0


def test_restore_into_a_folder_with_no_or_empty_keys(tmp_path: Path) -> None:
    source = _data_folder(tmp_path / "old-pc", tmp_path, b"evidence", b"key")
    archive = create_archive(source, tmp_path / "b.zip").path
    empty_keys = _data_folder(tmp_path / "a", tmp_path, b"x", None)
    (empty_keys / "keys").mkdir()
    result = backup_archive.restore(empty_keys, archive)
    assert result.keys_kept_as is None
    assert (empty_keys / "keys" / "root.p12").read_bytes() == b"key"
    fresh = tmp_path / "fresh"
    result = backup_archive.restore(fresh, archive)
    assert (fresh / "keys" / "root.p12").read_bytes() == b"key"
    assert result.evidence_added == 1
    no_keys = _data_folder(tmp_path / "nk-src", tmp_path, b"y", None)
    archive2 = create_archive(no_keys, tmp_path / "nk.zip").path
    keep = _data_folder(tmp_path / "nk-dst", tmp_path, b"z", b"mine")
    assert backup_archive.restore(keep, archive2).keys_kept_as is None
    assert (keep / "keys" / "root.p12").read_bytes() == b"mine"


def test_restore_repairs_a_damaged_stored_copy(tmp_path: Path) -> None:
    source = _data_folder(tmp_path / "src", tmp_path, b"good bytes", None)
    archive = create_archive(source, tmp_path / "b.zip").path
    target = _data_folder(tmp_path / "dst", tmp_path, b"other", None)
    damaged = target / "evidence" / sha(b"good bytes")[:2] / sha(b"good bytes")
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"rotten")
    assert backup_archive.restore(target, archive).evidence_added == 1
    assert damaged.read_bytes() == b"good bytes"


def test_restore_cancelled_after_the_check_changes_nothing(tmp_path: Path) -> None:
    source = _data_folder(tmp_path / "src", tmp_path, b"e", b"k")
    archive = create_archive(source, tmp_path / "b.zip").path
    target = _data_folder(tmp_path / "dst", tmp_path, b"f", b"other")
    before = sorted(p.relative_to(target).as_posix() for p in target.rglob("*"))
    with pytest.raises(backup_archive.ImportCancelled):
        backup_archive.restore(target, archive, cancelled=lambda: True)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == before
