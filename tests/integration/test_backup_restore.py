"""The one-file backup and restore, automatic snapshots and their rotation."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from kitemark_app.cli import main
from kitemark_app.db import session as db_session
from kitemark_app.db.session import head_revision, open_database
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import ImportCancelled
from kitemark_app.pack import keys
from kitemark_app.services import backup, health
from kitemark_app.services.backup import BackupError, Snapshot, snapshots_to_keep
from kitemark_app.services.backup_archive import create_archive, holds_unprotected_private_key, restore
from kitemark_app.services.workspace import Workspace
from tests.safety import DETAILS, dump_tables, evidence_files, fill, new_workspace

PASSPHRASE = "correct horse battery staple"  # test passphrase


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> Path:
    with new_workspace(data_dir) as workspace:
        fill(workspace, tmp_path / "files")
    return data_dir


@pytest.fixture(scope="module")
def signing_key() -> tuple[keys.SigningKey, rsa.RSAPrivateKey]:
    return keys.create_signing_key(DETAILS.name)


def _db(root: Path) -> Path:
    return root / "kitemark.sqlite3"


def test_round_trip_to_a_new_pc(filled: Path, tmp_path: Path, signing_key) -> None:
    signing, root_key = signing_key
    keys.save_keys(filled / "keys", signing, PASSPHRASE, root_key)
    archive = tmp_path / "kitemark-backup.zip"
    result = create_archive(filled, archive)
    assert result.evidence_files == 3 and result.key_files == 3 and result.left_out == []

    new_pc = tmp_path / "new-pc"
    restored = restore(new_pc, archive)
    assert restored.kept_current_as is None and restored.evidence_added == 3
    assert dump_tables(_db(new_pc)) == dump_tables(_db(filled))
    assert evidence_files(new_pc) == evidence_files(filled)
    assert health.check(new_pc).healthy
    # the keys came along, still protected: the right passphrase opens them, a wrong one gets a clear sentence
    assert keys.load_signing_key(new_pc / "keys", PASSPHRASE).root_fingerprint == signing.root_fingerprint
    with pytest.raises(keys.WrongPassphraseError, match="That passphrase does not open the signing key"):
        keys.load_signing_key(new_pc / "keys", "Correct horse battery staple")
    with Workspace.open(new_pc) as workspace:
        assert workspace.organisation_details().name == DETAILS.name


def test_no_unprotected_private_key_is_ever_in_a_backup(filled: Path, tmp_path: Path, signing_key) -> None:
    signing, root_key = signing_key
    keys.save_keys(filled / "keys", signing, PASSPHRASE, root_key)
    # Something (a person, another tool) left a bare key in the keys folder: it must not travel.
    bare = root_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    (filled / "keys" / "exported.pem").write_bytes(bare)
    (filled / "keys" / "exported.der").write_bytes(
        root_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    archive = tmp_path / "b.zip"
    result = create_archive(filled, archive)
    assert sorted(result.left_out) == [
        "key file 'exported.der' holds a private key without a passphrase",
        "key file 'exported.pem' holds a private key without a passphrase",
    ]
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert sorted(n for n in names if n.startswith("keys/")) == [
            "keys/root-certificate.pem", "keys/root.p12", "keys/signing.p12",
        ]  # fmt: skip
        for name in names:
            data = opened.read(name)
            assert b"PRIVATE KEY-----" not in data or b"ENCRYPTED PRIVATE KEY" in data, name
            assert not holds_unprotected_private_key(data), name
    assert holds_unprotected_private_key(bare)
    assert not holds_unprotected_private_key((filled / "keys" / "signing.p12").read_bytes())


def test_restore_keeps_the_current_data_as_a_backup(filled: Path, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    create_archive(filled, archive)
    expected = dump_tables(_db(filled))
    with Workspace.open(filled) as workspace:
        workspace.save_answer("GOV-01", narrative="Written after the backup.")
    after_change = dump_tables(_db(filled))
    result = restore(filled, archive)
    assert dump_tables(_db(filled)) == expected
    assert result.kept_current_as is not None and "before-restore" in result.kept_current_as.name
    assert dump_tables(result.kept_current_as) == after_change  # nothing lost: the later answer is kept
    assert not list(filled.glob(".restore-*")) and not (filled / "kitemark.sqlite3-wal").exists()
    restore(filled, result.kept_current_as)  # and it can be put back
    assert dump_tables(_db(filled)) == after_change


def test_restore_over_different_keys_keeps_them_aside(filled: Path, tmp_path: Path, signing_key) -> None:
    signing, root_key = signing_key
    keys.save_keys(filled / "keys", signing, PASSPHRASE, root_key)
    archive = tmp_path / "b.zip"
    create_archive(filled, archive)
    (filled / "keys" / "signing.p12").write_bytes(b"a different key file")
    result = restore(filled, archive)
    assert result.keys_kept_as is not None
    assert (result.keys_kept_as / "signing.p12").read_bytes() == b"a different key file"
    assert keys.load_signing_key(filled / "keys", PASSPHRASE).root_fingerprint == signing.root_fingerprint


def _rewrite(archive: Path, target: Path, change) -> None:
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as out:
        entries = {name: source.read(name) for name in source.namelist()}
        manifest = json.loads(entries.pop("manifest.json"))
        change(entries, manifest)
        for name, data in entries.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))


def _flip_evidence_byte(entries, _manifest) -> None:
    name = next(n for n in entries if n.startswith("evidence/"))
    entries[name] = b"X" + entries[name][1:]


def _extra_entry(entries, _manifest) -> None:
    entries["evidence/../../escape.txt"] = b"zip slip"


def _newer_schema(entries, manifest) -> None:
    path = Path(manifest["_tmp"]) / "db.sqlite3"
    path.write_bytes(entries["kitemark.sqlite3"])
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num='fffffffffff1'")
    connection.close()
    entries["kitemark.sqlite3"] = path.read_bytes()
    import hashlib

    for item in manifest["files"]:
        if item["name"] == "kitemark.sqlite3":
            item["sha256"] = hashlib.sha256(entries["kitemark.sqlite3"]).hexdigest()


def _damaged_database(entries, manifest) -> None:
    import hashlib

    data = bytearray(entries["kitemark.sqlite3"])
    data[100:4096] = b"\xa5" * (4096 - 100)
    entries["kitemark.sqlite3"] = bytes(data)
    for item in manifest["files"]:
        if item["name"] == "kitemark.sqlite3":
            item["sha256"] = hashlib.sha256(data).hexdigest()


def _missing_entry(entries, _manifest) -> None:
    del entries[next(n for n in entries if n.startswith("evidence/"))]


def _wrong_format(_entries, manifest) -> None:
    manifest["format"] = "something-else/7"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_flip_evidence_byte, "does not match its recorded checksum"),
        (_extra_entry, "unexpected entry"),
        (_newer_schema, "made by a newer version of Kitemark"),
        (_damaged_database, "the database in it is damaged"),
        (_missing_entry, "is missing from it"),
        (_wrong_format, "not in a format this version knows"),
    ],
)
def test_a_bad_archive_is_refused_before_anything_is_touched(filled: Path, tmp_path: Path, change, message) -> None:
    good = tmp_path / "good.zip"
    create_archive(filled, good)
    bad = tmp_path / "bad.zip"
    (tmp_path / "scratch").mkdir()

    def with_tmp(entries, manifest):
        manifest["_tmp"] = str(tmp_path / "scratch")
        change(entries, manifest)

    _rewrite(good, bad, with_tmp)
    with Workspace.open(filled) as workspace:
        workspace.save_answer("GOV-01", narrative="Current work that must survive.")
    before_tables, before_files = dump_tables(_db(filled)), sorted(p.relative_to(filled) for p in filled.rglob("*"))
    with pytest.raises(BackupError, match=message) as caught:
        restore(filled, bad)
    assert "\n" not in str(caught.value)
    assert dump_tables(_db(filled)) == before_tables
    assert sorted(p.relative_to(filled) for p in filled.rglob("*")) == before_files
    assert not (tmp_path / "escape.txt").exists()


def test_not_a_backup_at_all(filled: Path, tmp_path: Path, capsys) -> None:
    letter = tmp_path / "letter.zip"
    letter.write_bytes(b"Dear trustees")
    assert main(["--data-dir", str(filled), "restore", str(letter)]) == 1
    assert capsys.readouterr().err.strip() == (
        "kitemark: 'letter.zip' is not a usable Kitemark backup (it is not a zip file); nothing was changed."
    )
    truncated = tmp_path / "cut.zip"
    create_archive(filled, tmp_path / "whole.zip")
    truncated.write_bytes((tmp_path / "whole.zip").read_bytes()[:-2000])
    with pytest.raises(BackupError, match="not a usable Kitemark backup"):
        restore(filled, truncated)


def test_cli_backup_restore_check(filled: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "b.zip"
    assert main(["--data-dir", str(filled), "backup", "--out", str(out)]) == 0
    assert "Backed up the database, 3 evidence files and 0 key files" in capsys.readouterr().out
    target = tmp_path / "other"
    assert main(["--data-dir", str(target), "restore", str(out)]) == 0
    assert "Restored b.zip" in capsys.readouterr().out
    assert main(["--data-dir", str(target), "check"]) == 0
    assert "Everything is intact." in capsys.readouterr().out
    assert main(["--data-dir", str(target), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] is True and report["evidence_checked"] == 3  # 2 items + 1 earlier version


def test_cancelled_backup_leaves_nothing(filled: Path, tmp_path: Path) -> None:
    with pytest.raises(ImportCancelled, match="backup was cancelled"):
        create_archive(filled, tmp_path / "b.zip", cancelled=lambda: True)
    assert list(tmp_path.glob("*b.zip*")) == []


def test_backup_before_and_automatic_daily(filled: Path) -> None:
    snapshots = backup.list_snapshots(filled)
    assert [s.reason for s in snapshots] == ["daily"]  # the first open of the day took one
    Workspace.open(filled).close()
    assert len(backup.list_snapshots(filled)) == 1  # only one a day
    taken = backup.backup_before(filled, "export")
    assert taken is not None and taken.reason == "before-export"
    assert dump_tables(taken.path) == dump_tables(_db(filled))
    assert backup.newest_good_snapshot(filled) == taken
    assert backup.backup_before(filled / "empty", "export") is None


def test_backup_taken_before_a_migration(data_dir: Path, monkeypatch) -> None:
    """The mechanism: when the stored revision is not head, a snapshot is taken before upgrading."""
    Workspace.open(data_dir).close()
    real_head = head_revision()
    seen: list[str | None] = []
    engine, _ = open_database(_db(data_dir), before_migration=seen.append)
    engine.dispose()
    assert seen == []  # already at head: no migration, no backup
    monkeypatch.setattr(db_session, "head_revision", lambda: "0002-not-yet-written")
    engine, _ = open_database(_db(data_dir), before_migration=seen.append)
    engine.dispose()
    assert seen == [real_head]
    with Workspace.open(data_dir):
        pass
    assert [s.reason for s in backup.list_snapshots(data_dir)].count("before-migration") == 1


def _snap(days_ago: float, reason: str = "daily", now: datetime = datetime(2026, 11, 26, 12, tzinfo=UTC)) -> Snapshot:
    created = now - timedelta(days=days_ago)
    return Snapshot(Path(f"{created:%Y%m%d-%H%M%S}-{reason}"), created, reason)


def test_rotation_keeps_7_daily_4_weekly_6_monthly() -> None:
    # two a day for 400 days, newest first
    daily = sorted((_snap(d / 2) for d in range(800)), key=lambda s: s.created, reverse=True)
    exports = [_snap(d, "before-export") for d in range(15)]
    keep = snapshots_to_keep(daily + exports)
    kept_daily = sorted((s for s in daily if s.path in keep), key=lambda s: s.created, reverse=True)
    days = {s.created.date() for s in kept_daily}
    newest_per_day = {s.created.date(): s for s in reversed(kept_daily)}
    assert all(newest_per_day[d].created.hour == 12 for d in list(sorted(days, reverse=True))[:7])
    assert len(kept_daily) <= 7 + 4 + 6
    assert kept_daily[0] == daily[0]  # the newest is always kept
    assert len({s.created.isocalendar()[:2] for s in kept_daily}) >= 4
    assert len({(s.created.year, s.created.month) for s in kept_daily}) == 6
    assert sum(1 for s in exports if s.path in keep) == 10


def test_rotation_deletes_files_on_disk(filled: Path) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day in range(30):
        backup.automatic_backup(filled, now=start + timedelta(days=day))
    daily = [s for s in backup.list_snapshots(filled) if s.is_daily]
    assert len(daily) <= 7 + 4 + 6 and len(daily) < 31
    assert start + timedelta(days=29) in {s.created for s in daily}  # the newest of the run is kept
    assert all(backup.snapshot_problem(s.path) is None for s in daily)


def test_restoring_a_snapshot_from_the_cli(filled: Path, capsys) -> None:
    taken = backup.backup_before(filled, "export")
    assert taken is not None
    expected = dump_tables(_db(filled))
    with Workspace.open(filled) as workspace:
        workspace.add_action("Something new")
    assert main(["--data-dir", str(filled), "restore", str(taken.path)]) == 0
    assert dump_tables(_db(filled)) == expected
    assert "kept in" in capsys.readouterr().out


def test_restore_refuses_while_another_connection_writes(filled: Path, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    create_archive(filled, archive)
    holder = sqlite3.connect(_db(filled))
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN")
    holder.execute("UPDATE organisation SET name = name")
    try:
        with pytest.raises(KitemarkError, match="still using this data in another window"):
            restore(filled, archive)
    finally:
        holder.rollback()
        holder.close()
    assert [s.reason for s in backup.list_snapshots(filled)] == ["daily"]  # refused before doing anything
    assert health.check(filled).healthy
