"""The one-file backup to keep safe or move to a new PC: a zip holding a database snapshot, the evidence files
it uses, the signing key files (only in their passphrase-protected PKCS#12 form) and ``manifest.json`` with the
SHA-256 and size of every other entry.

Restoring checks the whole archive first — every hash, SQLite's integrity check, a schema revision this app
knows — in a work folder inside the data folder, before touching anything. Then the current database is kept as
a snapshot, the evidence files are added to the store (content-addressed, so nothing valid is overwritten), the
current keys folder is kept aside if it differs, and the database is swapped in with one rename.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from kitemark_app import __version__
from kitemark_app.db.session import stored_revision
from kitemark_app.evidence.store import CHUNK, EvidenceStore, ImportCancelled, fsync_directory, storage_error_sentence
from kitemark_app.paths import DATABASE_NAME, DataLayout
from kitemark_app.sentences import say
from kitemark_app.services.backup import (
    BackupError,
    RestoreResult,
    copy_database,
    keep_current_database,
    release_database,
    restore_snapshot,
    snapshot_problem,
    swap_in_database,
)

FORMAT = "kitemark-backup/1"
MANIFEST = "manifest.json"
DB_ENTRY = DATABASE_NAME
_EVIDENCE_ENTRY = re.compile(r"^evidence/([0-9a-f]{2})/([0-9a-f]{64})$")
_KEY_ENTRY = re.compile(r"^keys/[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$")
_UNPROTECTED_PEM = re.compile(rb"-----BEGIN (?:RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    size: int
    evidence_files: int
    key_files: int
    #: Files left out, each with the reason: unprotected keys, evidence missing or damaged in the store.
    left_out: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArchiveInfo:
    created_at: str
    app_version: str
    schema_revision: str | None
    evidence_files: int
    key_files: int


def holds_unprotected_private_key(data: bytes) -> bool:
    """True if ``data`` is (or contains) a private key readable without a passphrase."""
    if _UNPROTECTED_PEM.search(data) and b"ENCRYPTED" not in data:
        return True
    try:
        key, _, _ = pkcs12.load_key_and_certificates(data, None)
    except (ValueError, TypeError):
        key = None
    if key is not None:
        return True
    try:
        serialization.load_der_private_key(data, None)
    except (ValueError, TypeError):
        return False
    return True


def _referenced_hashes(database: Path) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        found: set[str] = set()
        for table in ("evidence", "evidence_version"):
            if table in tables:
                found.update(row[0] for row in connection.execute(f"SELECT sha256 FROM {table}"))
        return found
    finally:
        connection.close()


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as reader:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _Counter:
    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None, cancel_message: str) -> None:
        self.total, self.done, self.progress, self.cancelled = total, 0, progress, cancelled
        self.cancel_message = cancel_message

    def step(self, amount: int) -> None:
        if self.cancelled and self.cancelled():
            raise ImportCancelled(self.cancel_message)
        self.done += amount
        if self.progress:
            self.progress(self.done, self.total)


def _stream_into(archive: zipfile.ZipFile, source: Path, name: str, counter: _Counter, compress: bool) -> str:
    """Copy ``source`` into the archive in chunks, hashing what is written; returns its SHA-256."""
    digest = hashlib.sha256()
    info = zipfile.ZipInfo(name, date_time=datetime.now(UTC).timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with open(source, "rb") as reader, archive.open(info, "w", force_zip64=True) as writer:
        while chunk := reader.read(CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            counter.step(len(chunk))
    return digest.hexdigest()


def create_archive(
    root: Path,
    out: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ArchiveResult:
    """Write the backup archive of the data folder ``root`` to ``out`` (all or nothing)."""
    layout = DataLayout(root)
    if not layout.database.exists():
        raise BackupError(say("This data folder has nothing to back up yet."))
    if out.is_dir():
        raise BackupError(
            say("'{path}' is a folder; give a file name for the backup, e.g. kitemark-backup.zip.", path=out)
        )
    if out.exists() and not overwrite:
        raise BackupError(say("'{name}' already exists; choose another name or delete it first.", name=out.name))
    if not out.parent.is_dir():
        raise BackupError(say("The folder '{folder}' does not exist; choose an existing folder.", folder=out.parent))
    store = EvidenceStore(layout.evidence)
    temp_out: Path | None = None
    try:
        with tempfile.TemporaryDirectory(prefix=".backup-", dir=root) as work:
            db_copy = Path(work) / DB_ENTRY
            copy_database(layout.database, db_copy)
            if problem := snapshot_problem(db_copy):
                raise BackupError(
                    say("The database cannot be backed up because {problem}; run 'kitemark check'.", problem=problem)
                )
            left_out: list[str] = []
            blobs = []
            for sha256 in sorted(_referenced_hashes(db_copy)):
                path = store.path_for(sha256)
                if path.is_file():
                    blobs.append((sha256, path))
                else:
                    left_out.append(say("evidence file {hash}… is missing from the store", hash=sha256[:12]))
            keys = []
            if layout.keys.is_dir():
                for path in sorted(p for p in layout.keys.rglob("*") if p.is_file()):
                    relative = path.relative_to(layout.keys).as_posix()
                    if path.name.startswith("."):  # a key file being written (or left by a crash)
                        continue
                    if not _KEY_ENTRY.match(f"keys/{relative}"):
                        left_out.append(say("key folder file '{name}' has an unexpected name", name=relative))
                    elif holds_unprotected_private_key(path.read_bytes()):
                        left_out.append(
                            say("key file '{name}' holds a private key without a passphrase", name=relative)
                        )
                    else:
                        keys.append((relative, path))
            total = db_copy.stat().st_size + sum(p.stat().st_size for _, p in blobs + keys)
            counter = _Counter(total, progress, cancelled, say("The backup was cancelled; nothing was changed."))
            handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.partial-", dir=out.parent)
            os.close(handle)
            temp_out = Path(temp_name)
            entries: list[dict[str, Any]] = []
            with zipfile.ZipFile(temp_out, "w", allowZip64=True) as archive:
                sha = _stream_into(archive, db_copy, DB_ENTRY, counter, compress=True)
                entries.append({"name": DB_ENTRY, "sha256": sha, "size": db_copy.stat().st_size})
                evidence_count = 0
                for sha256, path in blobs:
                    name = f"evidence/{sha256[:2]}/{sha256}"
                    written = _stream_into(archive, path, name, counter, compress=False)
                    if written != sha256:  # damaged in the store: keep the bytes, but never restore them as valid
                        left_out.append(say("evidence file {hash}… is damaged in the store", hash=sha256[:12]))
                    entries.append({"name": name, "sha256": written, "size": path.stat().st_size})
                    evidence_count += written == sha256
                for relative, path in keys:
                    name = f"keys/{relative}"
                    entries.append(
                        {
                            "name": name,
                            "sha256": _stream_into(archive, path, name, counter, True),
                            "size": path.stat().st_size,
                        }
                    )
                manifest = {
                    "format": FORMAT,
                    "app_version": __version__,
                    "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "schema_revision": stored_revision(db_copy),
                    "files": entries,
                    "left_out": left_out,
                }
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            with open(temp_out, "rb+") as written_file:
                os.fsync(written_file.fileno())
            os.replace(temp_out, out)
            temp_out = None
            fsync_directory(out.parent)
    except OSError as error:
        raise BackupError(storage_error_sentence(error, say("the backup file '{name}'", name=out.name))) from None
    except sqlite3.DatabaseError as error:
        raise BackupError(
            say("The database could not be backed up ({reason}); run 'kitemark check'.", reason=error)
        ) from None
    finally:
        if temp_out is not None:
            temp_out.unlink(missing_ok=True)
    return ArchiveResult(out, out.stat().st_size, evidence_count, len(keys), left_out)


def _not_a_backup(path: Path, why: str) -> BackupError:
    return BackupError(
        say("'{name}' is not a usable Kitemark backup ({reason}); nothing was changed.", name=path.name, reason=why)
    )


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise _not_a_backup(path, say("it has no manifest")) from None
    except (ValueError, UnicodeDecodeError):
        raise _not_a_backup(path, say("its manifest cannot be read")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _not_a_backup(path, say("it is not in a format this version knows"))
    files = manifest.get("files")
    if not isinstance(files, list) or not all(
        isinstance(f, dict)
        and isinstance(f.get("name"), str)
        and isinstance(f.get("sha256"), str)
        and type(f.get("size")) is int  # not a bool, a float or a string
        and f["size"] >= 0
        for f in files
    ):
        raise _not_a_backup(path, say("its manifest is incomplete"))
    return manifest


def _check_entry_name(name: str, path: Path) -> None:
    pure = PurePosixPath(name)
    safe = not pure.is_absolute() and ".." not in pure.parts and "\\" not in name
    if not safe or not (name == DB_ENTRY or _EVIDENCE_ENTRY.match(name) or _KEY_ENTRY.match(name)):
        raise _not_a_backup(path, say("it contains an unexpected entry '{entry}'", entry=name[:60]))


def verify_archive(
    path: Path, work: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ArchiveInfo:
    """Unpack ``path`` into the empty folder ``work``, checking everything; raises BackupError on any problem."""
    if path.is_dir():
        raise BackupError(say("'{name}' is a folder; choose the backup file (a .zip) inside it.", name=path.name))
    if not path.exists():
        raise BackupError(say("'{name}' does not exist; check the name and try again.", name=path.name))
    if not path.is_file():
        raise BackupError(say("'{name}' is not a regular file; choose the backup file (a .zip).", name=path.name))
    if not zipfile.is_zipfile(path):
        raise _not_a_backup(path, say("it is not a zip file"))
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = _read_manifest(archive, path)
            listed = {f["name"]: f for f in manifest["files"]}
            present = set(archive.namelist()) - {MANIFEST}
            if missing := set(listed) - present:
                raise _not_a_backup(path, say("'{entry}' is missing from it", entry=sorted(missing)[0][:60]))
            if extra := present - set(listed):
                raise _not_a_backup(path, say("it contains an unexpected entry '{entry}'", entry=sorted(extra)[0][:60]))
            if DB_ENTRY not in listed:
                raise _not_a_backup(path, say("it has no database"))
            cancel_message = say("The restore was cancelled; nothing was changed.")
            counter = _Counter(sum(f["size"] for f in listed.values()), progress, cancelled, cancel_message)
            for name, entry in listed.items():
                _check_entry_name(name, path)
                target = work / name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                written = 0
                with archive.open(name) as reader, open(target, "wb") as writer:
                    while chunk := reader.read(CHUNK):
                        written += len(chunk)
                        if written > entry["size"]:  # a zip bomb stops here, not when the disk is full
                            raise _not_a_backup(
                                path, say("'{entry}' is larger than its recorded size", entry=name[:60])
                            )
                        digest.update(chunk)
                        writer.write(chunk)
                        counter.step(len(chunk))
                    writer.flush()
                    os.fsync(writer.fileno())
                if digest.hexdigest() != entry["sha256"]:
                    raise _not_a_backup(path, say("'{entry}' does not match its recorded checksum", entry=name[:60]))
                match = _EVIDENCE_ENTRY.match(name)
                if match and match.group(2) != entry["sha256"]:
                    target.unlink()  # recorded as damaged when the backup was made: never restore it as valid
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise _not_a_backup(path, say("it is damaged: {reason}", reason=error)) from None
    if problem := snapshot_problem(work / DB_ENTRY):
        raise BackupError(
            say("'{name}' cannot be restored: {problem}; nothing was changed.", name=path.name, problem=problem)
        )
    return ArchiveInfo(
        created_at=str(manifest.get("created_at", "")),
        app_version=str(manifest.get("app_version", "")),
        schema_revision=stored_revision(work / DB_ENTRY),
        evidence_files=sum(1 for n in listed if n.startswith("evidence/")),
        key_files=sum(1 for n in listed if n.startswith("keys/")),
    )


def _same_tree(a: Path, b: Path) -> bool:
    def files(root: Path) -> dict[str, str]:
        return {p.relative_to(root).as_posix(): _hash_file(p)[0] for p in root.rglob("*") if p.is_file()}

    return files(a) == files(b)


def _install_keys(layout: DataLayout, restored: Path) -> Path | None:
    """Put the archive's key files in place; a different current keys folder is kept aside, never deleted."""
    if not restored.is_dir():
        return None
    kept = None
    if layout.keys.is_dir() and any(layout.keys.iterdir()):
        if _same_tree(layout.keys, restored):
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        kept = layout.backups / f"keys-before-restore-{stamp}"
        kept.parent.mkdir(parents=True, exist_ok=True)
        os.replace(layout.keys, kept)
    elif layout.keys.exists():
        layout.keys.rmdir()
    os.replace(restored, layout.keys)
    fsync_directory(layout.root)
    return kept


def restore(
    root: Path, source: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> RestoreResult:
    """Restore a backup archive, or an automatic snapshot (``.sqlite3``), into the data folder ``root``.

    The workspace must be closed. Nothing is touched until the whole backup has been checked.
    """
    if source.suffix == ".sqlite3" and not zipfile.is_zipfile(source):
        return restore_snapshot(root, source)
    layout = DataLayout(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".restore-", dir=root) as work_name:
            work = Path(work_name)
            verify_archive(source, work, progress, cancelled)
            if cancelled and cancelled():
                raise ImportCancelled(say("The restore was cancelled; nothing was changed."))
            release_database(layout.database)  # refuses while Kitemark is open elsewhere, before any change
            kept = keep_current_database(layout)
            store = EvidenceStore(layout.evidence)
            added = 0
            for blob in sorted((work / "evidence").glob("??/*")):
                target = store.path_for(blob.name)
                if target.is_file() and store.verify(blob.name) == "ok":
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(blob, target)
                fsync_directory(target.parent)
                added += 1
            keys_kept = _install_keys(layout, work / "keys")
            swap_in_database(layout, work / DB_ENTRY)
            shutil.rmtree(work / "evidence", ignore_errors=True)
    except OSError as error:
        raise BackupError(storage_error_sentence(error, say("the restored data"))) from None
    return RestoreResult(source, kept, added, keys_kept)
