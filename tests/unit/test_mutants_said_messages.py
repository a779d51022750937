"""The sentences the health check and the backup archive say, word for word with their values: the mutants of
scripts/mutation.sh that drop a value from a say() (``path=None``) or blank a template must fail here. Expected
sentences are written out in full, with the values the test itself chose."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kitemark_app.services.backup import BackupError
from kitemark_app.services.backup_archive import create_archive, verify_archive
from kitemark_app.services.health import check, integrity_problem
from tests.unit.test_mutants_backup_archive_edges import data_folder, make_database, write_zip
from tests.unit.test_mutants_health import make_folder, store_file


def test_a_damaged_earlier_version_and_a_damaged_current_file_are_named_with_their_titles(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "d")
    old = store_file(root, b"the old minutes", name=None)
    current = store_file(root, b"the new minutes", name=None)
    for digest in (old, current):  # damage both in the store
        (root / "evidence" / digest[:2] / digest).write_bytes(b"changed on disk")
    connection = sqlite3.connect(root / "kitemark.sqlite3")
    connection.execute("INSERT INTO evidence (sha256, title) VALUES (?, 'Board minutes')", (current,))
    connection.execute("INSERT INTO evidence_version (sha256, evidence_id) VALUES (?, 1)", (old,))
    connection.commit()
    connection.close()
    assert sorted(check(root).problems) == sorted(
        [
            f"The file of evidence an earlier version of 'Board minutes' is damaged ({old[:12]}…).",
            f"The file of evidence 'Board minutes' is damaged ({current[:12]}…).",
        ]
    )


def test_a_damaged_database_says_what_sqlite_found(tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    database = root / "kitemark.sqlite3"
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    found = integrity_problem(database)
    assert found
    assert check(root).problems == [f"The database is damaged ({found}); restore the newest backup."]


def test_a_folder_given_as_the_backup_file_is_named(tmp_path: Path) -> None:
    root = data_folder(tmp_path / "data")
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupError) as caught:
        create_archive(root, folder)
    assert str(caught.value) == f"'{folder}' is a folder; give a file name for the backup, e.g. kitemark-backup.zip."


def test_a_backup_into_a_folder_that_does_not_exist_names_the_folder(tmp_path: Path) -> None:
    root = data_folder(tmp_path / "data")
    out = tmp_path / "no such folder" / "b.zip"
    with pytest.raises(BackupError) as caught:
        create_archive(root, out)
    assert str(caught.value) == f"The folder '{out.parent}' does not exist; choose an existing folder."


def test_a_backup_of_a_newer_database_cannot_be_restored_and_says_why(tmp_path: Path) -> None:
    database = make_database(tmp_path / "kitemark.sqlite3", revision="9999-from-the-future")
    archive = write_zip(tmp_path / "newer.zip", {"kitemark.sqlite3": database.read_bytes()})
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(BackupError) as caught:
        verify_archive(archive, work)
    assert str(caught.value) == (
        "'newer.zip' cannot be restored: it was made by a newer version of Kitemark; install that version to "
        "restore it; nothing was changed."
    )
