"""Disk full and unwritable places: one clear sentence, nothing half-written, the previous data intact.

How each is simulated (tests run as root, where chmod stops nothing): SQLite's "database or disk is full" by
capping the database with ``PRAGMA max_page_count`` (SQLite returns the same SQLITE_FULL error as on ENOSPC);
file writes by monkeypatching the call that writes to raise ``OSError(ENOSPC)`` or ``PermissionError``.
"""

from __future__ import annotations

import errno
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import event

from kitemark_app.cli import main
from kitemark_app.core.status import ResponseStatus
from kitemark_app.services import backup, backup_archive, health
from kitemark_app.services.backup import BackupError
from kitemark_app.services.workspace import DataFolderError, Workspace
from tests.safety import dump_tables, fill, new_workspace


def test_database_full_keeps_the_previous_answer(data_dir: Path, tmp_path: Path) -> None:
    with new_workspace(data_dir) as workspace:
        fill(workspace, tmp_path / "files")
        workspace.save_answer("GOV-02", status=ResponseStatus.MET, narrative="Skills audit done in May.")
        before = dump_tables(data_dir / "kitemark.sqlite3")
        workspace.engine.dispose()

        @event.listens_for(workspace.engine, "connect")
        def _cap(connection, _record) -> None:  # the disk is full: no page may be added
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={pages}")

        with pytest.raises(DataFolderError) as caught:
            workspace.save_answer("GOV-02", narrative="A very long answer. " * 5000)
        assert str(caught.value) == (
            "The disk is full, so the last change was not saved; free some space and try again."
        )
        event.remove(workspace.engine, "connect", _cap)
        workspace.engine.dispose()
    assert dump_tables(data_dir / "kitemark.sqlite3") == before
    assert health.check(data_dir).healthy


def _filled(data_dir: Path, tmp_path: Path) -> Path:
    with new_workspace(data_dir) as workspace:
        fill(workspace, tmp_path / "files")
    return data_dir


def test_backup_archive_disk_full_leaves_no_file(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    _filled(data_dir, tmp_path)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    previous = out_dir / "kitemark-backup.zip"
    backup_archive.create_archive(data_dir, previous)
    previous_bytes = previous.read_bytes()
    real_stream = backup_archive._stream_into
    calls = {"n": 0}

    def fills_up(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:  # the stick fills up on the third file
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_stream(*args, **kwargs)

    monkeypatch.setattr(backup_archive, "_stream_into", fills_up)
    with pytest.raises(BackupError) as caught:
        backup_archive.create_archive(data_dir, previous, overwrite=True)
    assert str(caught.value) == (
        "There is not enough free disk space to store the backup file 'kitemark-backup.zip'; "
        "free some space and try again."
    )
    assert sorted(p.name for p in out_dir.iterdir()) == ["kitemark-backup.zip"]  # no partial file left
    assert previous.read_bytes() == previous_bytes  # the earlier backup is untouched
    assert not list(data_dir.glob(".backup-*"))


def test_backup_to_a_folder_we_may_not_write(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    _filled(data_dir, tmp_path)

    def denied(*_a, **_k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backup_archive.tempfile, "mkstemp", denied)
    with pytest.raises(BackupError, match=r"not allowed to write the backup file 'b\.zip'"):
        backup_archive.create_archive(data_dir, tmp_path / "b.zip")
    assert not (tmp_path / "b.zip").exists()


def test_cli_backup_errors_are_one_line(data_dir: Path, tmp_path: Path, capsys) -> None:
    _filled(data_dir, tmp_path)
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "nowhere" / "b.zip")]) == 1
    assert capsys.readouterr().err.strip() == (
        f"kitemark: The folder '{tmp_path / 'nowhere'}' does not exist; choose an existing folder."
    )
    (tmp_path / "b.zip").write_text("keep me")
    assert main(["--data-dir", str(data_dir), "backup", "--out", str(tmp_path / "b.zip")]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "b.zip").read_text() == "keep me"


def test_snapshot_disk_full(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    _filled(data_dir, tmp_path)
    existing = set(p.name for p in (data_dir / "backups").iterdir())

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", full)
    with pytest.raises(BackupError, match="not enough free disk space to store a backup of the database"):
        backup.backup_before(data_dir, "export")
    assert set(p.name for p in (data_dir / "backups").iterdir()) == existing


def test_daily_backup_failure_does_not_stop_the_app(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    _filled(data_dir, tmp_path)
    shutil.rmtree(data_dir / "backups")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "copy_database", full)
    with Workspace.open(data_dir) as workspace:  # opens fine; the failure is logged
        assert workspace.has_organisation()


def test_restore_disk_full_changes_nothing(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    _filled(data_dir, tmp_path)
    archive = tmp_path / "b.zip"
    backup_archive.create_archive(data_dir, archive)
    with Workspace.open(data_dir) as workspace:
        workspace.save_answer("GOV-01", narrative="Changed after the backup.")
    before = dump_tables(data_dir / "kitemark.sqlite3")
    real_open = zipfile.ZipFile.open
    opened = {"n": 0}

    def fills_up(self, name, *args, **kwargs):
        opened["n"] += 1
        if opened["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", fills_up)
    with pytest.raises(BackupError, match="not enough free disk space"):
        backup_archive.restore(data_dir, archive)
    monkeypatch.undo()
    assert dump_tables(data_dir / "kitemark.sqlite3") == before
    assert not list(data_dir.glob(".restore-*"))
    assert health.check(data_dir).healthy
