"""Restore says no (services/backup_archive.py): each refusal alone, on a real backup changed in one way, with the
change listed in the archive's manifest too, so that the guard under test is the only one that can refuse it; and
evidence recorded as damaged when the backup was made is never restored as valid."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kitemark_app.cli import main
from kitemark_app.services import health
from kitemark_app.services.backup import BackupError
from kitemark_app.services.backup_archive import create_archive, restore
from kitemark_app.services.workspace import Workspace
from tests.safety import dump_tables, evidence_files, fill, new_workspace

Change = Callable[[dict[str, bytes], dict[str, Any]], None]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> Path:
    with new_workspace(data_dir) as workspace:
        fill(workspace, tmp_path / "files")
    return data_dir


def rewrite(archive: Path, target: Path, change: Change) -> Path:
    with zipfile.ZipFile(archive) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(entries.pop("manifest.json"))
    change(entries, manifest)
    with zipfile.ZipFile(target, "w") as out:
        for name, data in entries.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    return target


def listed_first(name: str, data: bytes) -> Change:
    """An extra entry in the zip *and* in the manifest (first, with its true checksum): only the name is wrong."""

    def change(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        entries[name] = data
        manifest["files"].insert(0, {"name": name, "sha256": sha(data), "size": len(data)})

    return change


def snapshot(root: Path) -> tuple[dict, list[Path]]:
    return dump_tables(root / "kitemark.sqlite3"), sorted(p.relative_to(root) for p in root.rglob("*"))


def escaped(tmp_path: Path) -> list[Path]:
    return [p for p in tmp_path.rglob("escape*") if p.is_file()]


@pytest.mark.parametrize(
    "name",
    [
        "evidence/../../escape.txt",  # beside the data folder's hidden work folder: in the data folder itself
        "evidence/../escape.txt",
        "evidence/ab/../../../escape.txt",
        "keys/../../escape.txt",
        "keys/../../../escape.txt",
        "evidence\\..\\..\\escape.txt",
    ],
)
def test_a_listed_entry_leaving_the_folder_is_refused(filled: Path, tmp_path: Path, name: str) -> None:
    good = create_archive(filled, tmp_path / "good.zip").path
    bad = rewrite(good, tmp_path / "bad.zip", listed_first(name, b"zip slip"))
    with Workspace.open(filled) as workspace:
        workspace.save_answer("GOV-01", narrative="Current work that must survive.")
    before = snapshot(filled)
    with pytest.raises(BackupError, match="unexpected entry") as caught:
        restore(filled, bad)
    assert str(caught.value).endswith("nothing was changed.") and "\n" not in str(caught.value)
    assert escaped(tmp_path) == []
    assert snapshot(filled) == before


def test_a_listed_absolute_entry_is_refused(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "outside" / "escape-absolute.txt"
    good = create_archive(filled, tmp_path / "good.zip").path
    bad = rewrite(good, tmp_path / "bad.zip", listed_first(target.as_posix(), b"absolute"))
    with pytest.raises(BackupError, match="unexpected entry"):
        restore(filled, bad)
    assert not target.exists()


@pytest.mark.parametrize(
    "name",
    [
        "notes.txt",  # not a database, evidence or key entry
        "evidence/ab/not-a-hash",
        f"evidence/{'ab' * 32}",  # no two-character folder
        f"evidence/AB/{'AB' * 32}",  # upper-case hex
        "keys/has space.p12",
    ],
)
def test_a_listed_entry_with_an_unexpected_name_is_refused(filled: Path, tmp_path: Path, name: str) -> None:
    good = create_archive(filled, tmp_path / "good.zip").path
    bad = rewrite(good, tmp_path / "bad.zip", listed_first(name, b"something"))
    before = snapshot(filled)
    with pytest.raises(BackupError, match="unexpected entry"):
        restore(filled, bad)
    assert snapshot(filled) == before


def test_the_cli_refuses_a_traversal_entry_with_exit_1(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = create_archive(filled, tmp_path / "good.zip").path
    bad = rewrite(good, tmp_path / "bad.zip", listed_first("evidence/../../escape.txt", b"zip slip"))
    capsys.readouterr()
    assert main(["--data-dir", str(filled), "restore", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == (
        "kitemark: 'bad.zip' is not a usable Kitemark backup (it contains an unexpected entry "
        "'evidence/../../escape.txt'); nothing was changed."
    )
    assert escaped(tmp_path) == []


# --- evidence recorded as damaged when the backup was made ------------------------------------------------


def test_evidence_damaged_at_backup_time_is_not_restored(filled: Path, tmp_path: Path) -> None:
    stored = evidence_files(filled)
    damaged = sorted(stored)[0]
    path = filled / "evidence" / damaged[:2] / damaged
    path.write_bytes(b"overwritten by mistake")
    archive = create_archive(filled, tmp_path / "backup.zip")
    assert any(damaged[:12] in reason for reason in archive.left_out), archive.left_out

    new_pc = tmp_path / "new-pc"
    result = restore(new_pc, archive.path)
    restored = evidence_files(new_pc)
    assert damaged not in restored
    assert not (new_pc / "evidence" / damaged[:2] / damaged).exists()
    # Everything else came back exactly, named by its own hash.
    assert restored == {name: name for name in stored if name != damaged}
    assert result.evidence_added == len(stored) - 1
    report = health.check(new_pc)
    assert report.missing == [damaged]  # honestly missing, never "present" with the wrong content
    assert report.damaged == []


def test_a_hand_made_mismatched_evidence_entry_is_dropped(filled: Path, tmp_path: Path) -> None:
    content = b"these bytes are not what the entry's name says"
    wrong_name = f"evidence/{'ab'}/{'ab' * 32}"  # a hash that is not the content's

    good = create_archive(filled, tmp_path / "good.zip").path
    bad = rewrite(good, tmp_path / "bad.zip", listed_first(wrong_name, content))
    new_pc = tmp_path / "new-pc"
    restore(new_pc, bad)
    assert not (new_pc / "evidence" / "ab" / ("ab" * 32)).exists()
    assert "ab" * 32 not in evidence_files(new_pc)
    assert health.check(new_pc).healthy  # the database does not refer to it, so nothing is missing


def test_a_damaged_copy_in_the_backup_does_not_replace_a_good_one(filled: Path, tmp_path: Path) -> None:
    stored = evidence_files(filled)
    victim = sorted(stored)[-1]
    good_bytes = (filled / "evidence" / victim[:2] / victim).read_bytes()
    (filled / "evidence" / victim[:2] / victim).write_bytes(b"damaged")
    archive = create_archive(filled, tmp_path / "backup.zip")
    (filled / "evidence" / victim[:2] / victim).write_bytes(good_bytes)  # repaired since
    restore(filled, archive.path)
    assert (filled / "evidence" / victim[:2] / victim).read_bytes() == good_bytes
    assert health.check(filled).healthy


# --- the archive's other refusals, each alone ---------------------------------------------------------------


def _drop_manifest_field(field: str) -> Change:
    def change(_entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        del manifest["files"][0][field]

    return change


def _no_database(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
    del entries["kitemark.sqlite3"]
    manifest["files"] = [f for f in manifest["files"] if f["name"] != "kitemark.sqlite3"]


def _unlisted(entries: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    entries["keys/extra.p12"] = b"not listed"


def _wrong_checksum(_entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
    item = next(f for f in manifest["files"] if f["name"] == "kitemark.sqlite3")
    item["sha256"] = "0" * 64


def _files_not_a_list(_entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
    manifest["files"] = "kitemark.sqlite3"


def _size_of_database(size: object) -> Change:
    def change(_entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
        next(f for f in manifest["files"] if f["name"] == "kitemark.sqlite3")["size"] = size

    return change


def _database_one_byte_under_its_size(entries: dict[str, bytes], manifest: dict[str, Any]) -> None:
    """The entry holds one byte more than the manifest says (as a zip bomb would hold far more)."""
    _size_of_database(len(entries["kitemark.sqlite3"]) - 1)(entries, manifest)


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (_drop_manifest_field("sha256"), "its manifest is incomplete"),
        (_drop_manifest_field("name"), "its manifest is incomplete"),
        (_files_not_a_list, "its manifest is incomplete"),
        (_drop_manifest_field("size"), "its manifest is incomplete"),
        (_size_of_database("big"), "its manifest is incomplete"),
        (_size_of_database(-1), "its manifest is incomplete"),
        (_size_of_database(1.5), "its manifest is incomplete"),
        (_size_of_database(True), "its manifest is incomplete"),
        (_database_one_byte_under_its_size, "'kitemark.sqlite3' is larger than its recorded size"),
        (_no_database, "it has no database"),
        (_unlisted, "it contains an unexpected entry 'keys/extra.p12'"),
        (_wrong_checksum, "'kitemark.sqlite3' does not match its recorded checksum"),
    ],
)
def test_each_archive_refusal_alone(filled: Path, tmp_path: Path, change: Change, why: str) -> None:
    good = create_archive(filled, tmp_path / "good.zip").path
    bad = rewrite(good, tmp_path / "bad.zip", change)
    before = snapshot(filled)
    with pytest.raises(BackupError) as caught:
        restore(filled, bad)
    assert str(caught.value) == f"'bad.zip' is not a usable Kitemark backup ({why}); nothing was changed."
    assert snapshot(filled) == before


@pytest.mark.parametrize(
    ("manifest", "why"),
    [(None, "it has no manifest"), (b"{not json", "its manifest cannot be read")],
)
def test_manifest_missing_or_unreadable(filled: Path, tmp_path: Path, manifest: bytes | None, why: str) -> None:
    good = create_archive(filled, tmp_path / "good.zip").path
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as out:
        for name in source.namelist():
            if name != "manifest.json":
                out.writestr(name, source.read(name))
        if manifest is not None:
            out.writestr("manifest.json", manifest)
    with pytest.raises(BackupError) as caught:
        restore(filled, bad)
    assert str(caught.value) == f"'bad.zip' is not a usable Kitemark backup ({why}); nothing was changed."


def test_a_folder_a_missing_file_and_a_non_zip_are_refused(filled: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.zip"
    folder.mkdir()
    with pytest.raises(BackupError, match="is a folder; choose the backup file"):
        restore(filled, folder)
    with pytest.raises(BackupError, match="does not exist; check the name"):
        restore(filled, tmp_path / "nowhere.zip")
    letter = tmp_path / "letter.zip"
    letter.write_bytes(b"Dear trustees")
    with pytest.raises(BackupError, match=r"\(it is not a zip file\)"):
        restore(filled, letter)
