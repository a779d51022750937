"""``kitemark check`` (services/health.py) on hand-made data folders: each problem and note exactly, at the
boundaries the mutants of scripts/mutation.sh probe. The databases are built here with sqlite3 alone (the two
tables the check reads), so the expected findings follow from what the test put there."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kitemark_app.services import health
from kitemark_app.services.health import HealthReport, check


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_folder(
    root: Path,
    evidence: list[tuple[str, str]] = (),  # type: ignore[assignment]
    versions: list[tuple[str, int | None]] = (),  # type: ignore[assignment]
    revision: str | None = None,
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(root / "kitemark.sqlite3")
    connection.execute("CREATE TABLE evidence (id INTEGER PRIMARY KEY, sha256 TEXT, title TEXT)")
    connection.execute("CREATE TABLE evidence_version (id INTEGER PRIMARY KEY, sha256 TEXT, evidence_id INTEGER)")
    connection.executemany("INSERT INTO evidence (sha256, title) VALUES (?, ?)", evidence)
    connection.executemany("INSERT INTO evidence_version (sha256, evidence_id) VALUES (?, ?)", versions)
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()
    return root


def store_file(root: Path, data: bytes, name: str | None = None) -> str:
    digest = sha(data)
    folder = root / "evidence" / digest[:2]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / (name or digest)).write_bytes(data)
    return digest


def test_the_database_file_name_is_the_one_the_app_uses(tmp_path: Path) -> None:
    from kitemark_app.paths import DATABASE_NAME

    assert DATABASE_NAME == "kitemark.sqlite3"


def test_an_empty_folder_has_no_database(tmp_path: Path) -> None:
    report = check(tmp_path)
    assert report.database == "missing"
    assert report.database_check == "integrity_check"
    assert report.problems == ["There is no database in this data folder (nothing has been entered yet)."]
    assert not report.healthy
    assert report.orphans == [] and report.notes == [] and report.evidence_checked == 0


def test_a_healthy_folder_reports_each_file_checked_with_progress(tmp_path: Path) -> None:
    a, b = b"policy", b"minutes"
    root = make_folder(tmp_path / "d", evidence=[(sha(a), "Policy"), (sha(b), "Minutes")], versions=[(sha(a), 1)])
    store_file(root, a)
    store_file(root, b)
    calls: list[tuple[int, int]] = []
    report = check(root, progress=lambda done, total: calls.append((done, total)))
    assert report.healthy
    assert report.database == "ok"
    assert report.problems == [] and report.notes == []
    assert report.evidence_checked == 2
    assert calls == [(1, 2), (2, 2)]
    assert report.as_json() == {
        "healthy": True,
        "database": "ok",
        "database_check": "integrity_check",
        "evidence_checked": 2,
        "problems": [],
        "notes": [],
        "missing": [],
        "damaged": [],
        "orphans": [],
        "temp_files": [],
    }


def test_missing_and_damaged_files_name_the_item_that_uses_them(tmp_path: Path) -> None:
    gone, bad = sha(b"gone"), sha(b"bad")
    root = make_folder(tmp_path / "d", evidence=[(gone, "Accounts"), (bad, "Policy")])
    folder = root / "evidence" / bad[:2]
    folder.mkdir(parents=True)
    (folder / bad).write_bytes(b"not what was stored")
    report = check(root)
    assert report.missing == [gone]
    assert report.damaged == [bad]
    expected = {
        f"The file of evidence 'Accounts' is missing from the store ({gone[:12]}…).",
        f"The file of evidence 'Policy' is damaged ({bad[:12]}…).",
    }
    assert set(report.problems) == expected and len(report.problems) == 2
    assert not report.healthy
    assert report.as_json()["healthy"] is False


def test_an_earlier_version_is_described_as_such_and_the_first_user_wins(tmp_path: Path) -> None:
    old, shared = sha(b"old version"), sha(b"shared")
    root = make_folder(
        tmp_path / "d",
        evidence=[(shared, "First"), (shared, "Second")],
        versions=[(old, 1), (shared, 2)],
    )
    report = check(root)
    assert sorted(report.problems) == sorted(
        [
            f"The file of evidence an earlier version of 'First' is missing from the store ({old[:12]}…).",
            f"The file of evidence 'First' is missing from the store ({shared[:12]}…).",
        ]
    )
    assert report.evidence_checked == 2


def test_a_reference_that_is_not_a_hash_is_damaged_not_a_crash(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "d", evidence=[("abc", "Odd")])
    report = check(root)
    assert report.damaged == ["abc"]
    assert report.problems == ["The file of evidence 'Odd' is damaged (abc…)."]


def test_a_63_character_reference_is_damaged_and_64_is_looked_up(tmp_path: Path) -> None:
    digest = sha(b"x")
    root = make_folder(tmp_path / "d", evidence=[(digest[:63], "Short"), (digest, "Right")])
    store_file(root, b"x")
    report = check(root)
    assert report.damaged == [digest[:63]]
    assert report.missing == []


def test_orphans_and_temporary_files_are_notes_not_problems(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "d")
    orphan = store_file(root, b"nobody uses me")
    (root / "evidence" / ".incoming-123-abc").write_bytes(b"partial")
    report = check(root)
    assert report.healthy
    assert report.orphans == [orphan]
    assert report.temp_files == [".incoming-123-abc"]
    assert report.notes == [
        "Stored files no evidence item uses: 1. They are kept so older backups can still use them.",
        "Temporary files of an interrupted import: 1. They are never used as evidence and are removed the next "
        "time Kitemark opens this data.",
    ]


def test_a_stray_file_is_a_problem_named_by_its_place(tmp_path: Path) -> None:
    root = make_folder(tmp_path / "d")
    (root / "evidence").mkdir()
    (root / "evidence" / "notes.txt").write_text("?")
    report = check(root)
    assert report.problems == ["An unexpected file is in the evidence store: 'evidence/notes.txt'."]


def test_a_damaged_database(tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    (root / "kitemark.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    report = check(root)
    assert report.database == "damaged"
    assert len(report.problems) == 1
    assert report.problems[0].startswith("The database is damaged (")
    assert report.problems[0].endswith("); restore the newest backup.")


def test_a_newer_database_is_a_note_its_evidence_checked_and_orphans_not_listed(tmp_path: Path) -> None:
    used = sha(b"used")
    root = make_folder(tmp_path / "d", evidence=[(used, "Used")], revision="9999_from_the_future")
    store_file(root, b"used")
    store_file(root, b"orphan")
    report = check(root)
    assert report.database == "newer"
    assert report.notes == ["The database was saved by a newer version of Kitemark."]
    assert report.healthy
    assert report.evidence_checked == 1
    assert report.orphans == []


def test_quick_check_only_above_the_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_folder(tmp_path / "d")
    size = (root / "kitemark.sqlite3").stat().st_size
    monkeypatch.setattr(health, "QUICK_CHECK_ABOVE_BYTES", size)
    assert check(root).database_check == "integrity_check"
    monkeypatch.setattr(health, "QUICK_CHECK_ABOVE_BYTES", size - 1)
    assert check(root).database_check == "quick_check"


def test_an_unused_report_is_healthy_with_empty_lists() -> None:
    report = HealthReport(database="ok", database_check="integrity_check")
    assert report.healthy
    assert report.as_json()["problems"] == []


def test_cancelling_the_check_stops_it(tmp_path: Path) -> None:
    from kitemark_app.evidence.store import ImportCancelled

    data = b"a file to hash"
    root = make_folder(tmp_path / "d", evidence=[(sha(data), "Policy")])
    store_file(root, data)
    with pytest.raises(ImportCancelled):
        check(root, cancelled=lambda: True)
    assert check(root, cancelled=lambda: False).healthy
