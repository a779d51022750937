"""A damaged database at start-up is moved aside (never deleted) and the newest good backup offered;
data from a newer Kitemark opens read-only and is never downgraded."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.session import stored_revision
from kitemark_app.services import backup
from kitemark_app.services.backup import DamagedDatabaseError
from kitemark_app.services.backup_archive import restore
from kitemark_app.services.workspace import DataFolderError, ReadOnlyError, Workspace
from tests.safety import dump_tables, new_workspace

PAGE = 4096


def _made_with_a_backup(data_dir: Path) -> tuple[bytes, backup.Snapshot]:
    with new_workspace(data_dir) as workspace:
        workspace.save_answer("GOV-01", status=ResponseStatus.MET, narrative="Adopted at the 2024 AGM.")
        taken = backup.backup_before(workspace, "export")
    assert taken is not None
    return (data_dir / "kitemark.sqlite3").read_bytes(), taken


def _scribble(database: Path, offset: int, length: int = PAGE) -> None:
    with open(database, "r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * length)


@pytest.mark.parametrize(
    "damage",
    ["header", "schema page", "data pages", "truncated", "not sqlite"],
)
def test_damaged_database_is_moved_aside_and_newest_backup_offered(data_dir: Path, damage: str) -> None:
    original, taken = _made_with_a_backup(data_dir)
    database = data_dir / "kitemark.sqlite3"
    if damage == "header":
        _scribble(database, 0, 100)
    elif damage == "schema page":
        _scribble(database, 100, PAGE - 100)
    elif damage == "data pages":
        for page in range(2, len(original) // PAGE):
            _scribble(database, page * PAGE + 8, 64)  # page headers and cell pointers
    elif damage == "truncated":
        database.write_bytes(original[: len(original) // 3])
    else:
        database.write_bytes(b"This is a letter to the trustees, saved over the database by mistake.\n" * 200)
    damaged_bytes = database.read_bytes()

    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(data_dir)
    error = caught.value
    assert error.moved_to.read_bytes() == damaged_bytes  # kept, byte for byte
    assert error.moved_to.parent == data_dir and ".damaged-" in error.moved_to.name
    assert not database.exists()
    assert error.newest_backup is not None and error.newest_backup.path == taken.path
    assert "moved aside" in str(error) and "\n" not in str(error)

    restore(data_dir, error.newest_backup.path)  # what the GUI does when the user accepts the offer
    with Workspace.open(data_dir) as workspace, workspace.session() as session:
        answer = workspace.response(session, "GOV-01", create=False)
        assert answer is not None and answer.narrative == "Adopted at the 2024 AGM."
    assert error.moved_to.exists()  # restoring did not delete the damaged file either


def test_damaged_backups_are_not_offered(data_dir: Path) -> None:
    _, older = _made_with_a_backup(data_dir)
    newer = backup.snapshot(data_dir, "before-export", now=datetime.now(UTC) + timedelta(hours=1))
    newer.path.write_bytes(b"garbage" * 1000)
    _scribble(data_dir / "kitemark.sqlite3", 0, 100)
    with pytest.raises(DamagedDatabaseError) as caught:
        Workspace.open(data_dir)
    assert caught.value.newest_backup is not None
    assert caught.value.newest_backup.path in {older.path, *[s.path for s in backup.list_snapshots(data_dir)]}
    assert caught.value.newest_backup.path != newer.path


def test_without_any_backup_the_message_says_so(data_dir: Path) -> None:
    (data_dir / "kitemark.sqlite3").write_bytes(b"\x00garbage" * 600)
    with pytest.raises(DamagedDatabaseError, match="no automatic backup exists") as caught:
        Workspace.open(data_dir)
    assert caught.value.newest_backup is None


def test_cli_reports_a_damaged_database_in_one_line(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _made_with_a_backup(data_dir)
    _scribble(data_dir / "kitemark.sqlite3", 0, 100)
    assert main(["--data-dir", str(data_dir), "status"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kitemark: The Kitemark database was damaged") and "\n" not in err
    assert "kitemark restore" in err


def _from_newer_version(data_dir: Path) -> Path:
    with new_workspace(data_dir) as workspace:
        workspace.save_answer("GOV-01", status=ResponseStatus.MET, narrative="Written by version 9.")
    database = data_dir / "kitemark.sqlite3"
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
        connection.execute("ALTER TABLE response ADD COLUMN reviewer_note TEXT DEFAULT ''")  # a newer column
    connection.close()
    return database


def test_newer_database_opens_read_only_and_is_never_downgraded(data_dir: Path) -> None:
    database = _from_newer_version(data_dir)
    before = dump_tables(database)
    snapshots_before = backup.list_snapshots(data_dir)
    with Workspace.open(data_dir) as workspace:
        assert workspace.read_only
        assert "newer version of Kitemark" in (workspace.read_only_reason or "")
        with workspace.session() as session:  # reading works
            answer = workspace.response(session, "GOV-01", create=False)
            assert answer is not None and answer.narrative == "Written by version 9."
        with pytest.raises(ReadOnlyError, match="newer version of Kitemark"):
            workspace.save_answer("GOV-01", narrative="changed by the old version")
        source = data_dir / "new.pdf"
        source.write_bytes(b"%PDF new")
        with pytest.raises(Exception, match="newer version of Kitemark"):
            workspace.store.add(source)
    assert stored_revision(database) == "f00dfeedbeef"
    assert dump_tables(database) == before
    assert backup.list_snapshots(data_dir) == snapshots_before  # nothing written, not even a backup


def test_cli_on_newer_data(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _from_newer_version(data_dir)
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "newer version" in capsys.readouterr().out


def test_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError, match="cannot use the data folder") as caught:
        Workspace.open(blocker / "data")
    assert "\n" not in str(caught.value)


def test_cli_says_when_data_is_read_only(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _from_newer_version(data_dir)
    assert main(["--data-dir", str(data_dir), "status"]) == 0  # reading is fine; only changes are refused
    assert (
        "kitemark: This data was saved by a newer version of Kitemark, so it is open read-only"
        in capsys.readouterr().err
    )
    policy = data_dir.parent / "policy.pdf"
    policy.write_bytes(b"%PDF-1.4 a policy")
    before = (data_dir / "kitemark.sqlite3").read_bytes()
    assert main(["--data-dir", str(data_dir), "evidence", "add", str(policy), "--criterion", "GOV-01"]) == 1
    assert "read-only" in capsys.readouterr().err
    assert (data_dir / "kitemark.sqlite3").read_bytes() == before
