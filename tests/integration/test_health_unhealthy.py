"""``kitemark check`` says no: each problem it looks for, made on its own in a copy of the real demo data folder,
gives exit 1, ``"healthy": false`` and the one problem; harmless findings (orphans, temporary files) stay exit 0.

The expected findings follow from what each test did to the folder (which file it removed or changed), not from
the code under test."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kitemark_app.cli import main

PAGE = 4096


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(root), "demo"]) == 0
    return root


@pytest.fixture
def data(demo_folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(demo_folder, copy)
    return copy


def run_check(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), "check", "--json"])
    return code, json.loads(capsys.readouterr().out)


def run_check_text(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data), "check"])
    return code, capsys.readouterr().out


def referenced_hashes(data: Path) -> list[str]:
    connection = sqlite3.connect(data / "kitemark.sqlite3")
    try:
        return sorted({row[0] for row in connection.execute("SELECT sha256 FROM evidence")})
    finally:
        connection.close()


def test_the_untouched_demo_folder_is_healthy(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The control for every test below: the same folder before it is damaged.
    code, report = run_check(data, capsys)
    assert code == 0
    assert report["healthy"] is True
    assert report["problems"] == []
    assert report["evidence_checked"] >= len(referenced_hashes(data)) > 0
    code, text = run_check_text(data, capsys)
    assert code == 0 and "Everything is intact." in text


def test_a_missing_evidence_file_is_unhealthy(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gone = referenced_hashes(data)[0]
    (data / "evidence" / gone[:2] / gone).unlink()
    code, report = run_check(data, capsys)
    assert code == 1
    assert report["healthy"] is False
    assert report["missing"] == [gone]
    assert report["damaged"] == []
    assert len(report["problems"]) == 1 and "is missing from the store" in report["problems"][0]
    code, text = run_check_text(data, capsys)
    assert code == 1
    assert "1 problem(s) found." in text and "Everything is intact." not in text


def test_a_changed_evidence_file_is_unhealthy(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = referenced_hashes(data)[-1]
    path = data / "evidence" / changed[:2] / changed
    content = bytearray(path.read_bytes())
    content[len(content) // 2] ^= 0x01  # one bit: same size, different hash
    path.write_bytes(bytes(content))
    assert hashlib.sha256(bytes(content)).hexdigest() != changed
    code, report = run_check(data, capsys)
    assert code == 1
    assert report["healthy"] is False
    assert report["damaged"] == [changed]
    assert report["missing"] == []
    assert len(report["problems"]) == 1 and "is damaged" in report["problems"][0]


def test_an_evidence_file_cut_short_is_unhealthy(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    changed = referenced_hashes(data)[0]
    path = data / "evidence" / changed[:2] / changed
    path.write_bytes(path.read_bytes()[:-1])
    code, report = run_check(data, capsys)
    assert (code, report["healthy"], report["damaged"]) == (1, False, [changed])


def test_a_damaged_database_is_unhealthy(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = data / "kitemark.sqlite3"
    assert not (data / "kitemark.sqlite3-wal").exists() or (data / "kitemark.sqlite3-wal").stat().st_size == 0
    size = database.stat().st_size
    with open(database, "r+b") as handle:
        for page in range(2, size // PAGE):
            handle.seek(page * PAGE + 8)
            handle.write(b"\xa5" * 64)  # page headers and cell pointers
    code, report = run_check(data, capsys)
    assert code == 1
    assert report["healthy"] is False
    assert report["database"] == "damaged"
    assert any(p.startswith("The database is damaged") for p in report["problems"]), report["problems"]


def test_a_file_that_is_not_a_database_is_unhealthy(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data / "kitemark.sqlite3").write_bytes(b"A letter to the trustees, saved over the database.\n" * 200)
    code, report = run_check(data, capsys)
    assert (code, report["healthy"], report["database"]) == (1, False, "damaged")


def test_a_folder_without_a_database_is_unhealthy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, report = run_check(empty, capsys)
    assert code == 1
    assert report["healthy"] is False
    assert report["database"] == "missing"
    assert report["problems"] == ["There is no database in this data folder (nothing has been entered yet)."]


@pytest.mark.parametrize(
    "stray",
    ["evidence/notes.txt", "evidence/ab/readme.txt", f"evidence/ab/{'cd' * 32}", f"evidence/ab/cd/{'ab' * 32}"],
)
def test_an_unexpected_file_in_the_store_is_unhealthy(
    data: Path, capsys: pytest.CaptureFixture[str], stray: str
) -> None:
    path = data / stray
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not evidence")
    code, report = run_check(data, capsys)
    assert code == 1
    assert report["healthy"] is False
    assert report["problems"] == [f"An unexpected file is in the evidence store: '{stray}'."]


def test_a_file_no_item_uses_is_a_note_not_a_problem(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = b"an earlier file no evidence item refers to any more\n"
    digest = hashlib.sha256(content).hexdigest()
    (data / "evidence" / digest[:2]).mkdir(parents=True, exist_ok=True)
    (data / "evidence" / digest[:2] / digest).write_bytes(content)
    code, report = run_check(data, capsys)
    assert (code, report["healthy"], report["orphans"]) == (0, True, [digest])
    assert len(report["notes"]) == 1


def test_a_temporary_import_file_is_a_note_not_a_problem(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (data / "evidence" / ".incoming-999999-abc").write_bytes(b"half an import")
    code, report = run_check(data, capsys)
    assert (code, report["healthy"], report["temp_files"]) == (0, True, [".incoming-999999-abc"])


def test_missing_and_damaged_together_are_both_listed(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second, *_ = referenced_hashes(data)
    (data / "evidence" / first[:2] / first).unlink()
    (data / "evidence" / second[:2] / second).write_bytes(b"replaced")
    code, report = run_check(data, capsys)
    assert code == 1
    assert (report["missing"], report["damaged"], len(report["problems"])) == ([first], [second], 2)
