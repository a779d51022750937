"""Mistaken and hostile input to the CLI: one plain line on stderr, the documented exit code, nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.services.backup_archive import create_archive
from tests.safety import dump_tables, fill, new_workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kitemark: ")
    assert "Traceback" not in err and "unexpected error" not in err


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> Path:
    with new_workspace(data_dir) as workspace:
        fill(workspace, tmp_path / "files")
    return data_dir


@pytest.mark.parametrize(
    "argv",
    [["demo"], ["status"], ["check"], ["backup", "--out", "b.zip"], ["evidence", "add", "x.pdf"]],
    ids=lambda argv: argv[0],
)
def test_a_data_folder_that_is_a_file_is_named_as_such(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_bytes(b"someone's notes")
    code, _, err = run(capsys, "--data-dir", str(not_a_folder), *argv)
    assert code == 1
    assert_one_line_error(err)
    assert "is a file, not a folder" in err
    assert not_a_folder.read_bytes() == b"someone's notes"


def test_kitemark_data_dir_that_is_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_bytes(b"x")
    monkeypatch.setenv("KITEMARK_DATA_DIR", str(not_a_folder))
    code, _, err = run(capsys, "status")
    assert code == 1
    assert_one_line_error(err)
    assert "is a file, not a folder" in err


def test_a_damaged_database_is_reported_in_one_line(tmp_path: Path) -> None:
    """In a real terminal (no pytest log handlers) the app's log record must not reach stderr as well."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "kitemark.sqlite3").write_bytes(os.urandom(40_000))
    env = {**os.environ, "KITEMARK_DATA_DIR": str(folder)}
    done = subprocess.run(
        [sys.executable, "-m", "kitemark_app", "status"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 1
    assert_one_line_error(done.stderr)
    assert "moved aside" in done.stderr
    log = (folder / "logs" / "kitemark.log").read_text(encoding="utf-8")
    assert "integrity check" in log  # the detail is kept, in the data folder's log


def test_restore_mends_a_data_folder_whose_database_is_not_a_database(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "b.zip"
    create_archive(filled, archive)
    expected = dump_tables(filled / "kitemark.sqlite3")
    garbage = os.urandom(40_000)
    (filled / "kitemark.sqlite3").write_bytes(garbage)
    code, out, err = run(capsys, "--data-dir", str(filled), "restore", str(archive))
    assert code == 0, err
    assert dump_tables(filled / "kitemark.sqlite3") == expected
    kept = [p for p in filled.iterdir() if p.name.startswith("kitemark.sqlite3.damaged-")]
    assert [p.read_bytes() for p in kept] == [garbage]  # the damaged file is kept, never deleted
    assert "kept in" in out


def test_restore_given_a_folder_says_it_is_a_folder(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    before = dump_tables(filled / "kitemark.sqlite3")
    code, _, err = run(capsys, "--data-dir", str(filled), "restore", str(tmp_path))
    assert code == 1
    assert_one_line_error(err)
    assert "is a folder" in err
    assert dump_tables(filled / "kitemark.sqlite3") == before


def test_a_file_just_over_the_limit_is_visibly_over_it(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(250_400_000)  # sparse: 250.4 MB on paper, nothing on disk
    before = dump_tables(filled / "kitemark.sqlite3")
    code, _, err = run(capsys, "--data-dir", str(filled), "evidence", "add", str(big))
    assert code == 1
    assert_one_line_error(err)
    assert "'scan.pdf' is 250.4 MB, over the 250 MB limit" in err
    assert dump_tables(filled / "kitemark.sqlite3") == before


def test_data_dir_may_come_after_the_command(capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path) -> None:
    """The README says every command takes --data-dir; users put it after the command too."""
    code, out, err = run(capsys, "status", "--json", "--data-dir", str(filled))
    assert code == 0, err
    assert '"organisation"' in out
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_bytes(b"x")
    code, _, err = run(capsys, "evidence", "add", "x.pdf", "--data-dir", str(not_a_folder))
    assert code == 1 and "is a file, not a folder" in err
    code, out, _ = run(capsys, "--data-dir", str(not_a_folder), "status", "--data-dir", str(filled))
    assert code == 0  # the one nearer the command wins
    code, _, _ = run(capsys, "--data-dir", str(filled), "status")
    assert code == 0  # a command given none keeps the one before it


def test_a_passphrase_file_saved_by_notepad_works(tmp_path: Path) -> None:
    """Notepad and PowerShell write a byte-order mark and CRLF; the passphrase is what was typed."""
    from argparse import Namespace

    from kitemark_app.commands.export import read_passphrase

    path = tmp_path / "passphrase.txt"
    path.write_bytes(b"\xef\xbb\xbfcorrect horse\r\n")
    assert read_passphrase(Namespace(passphrase_file=path)) == "correct horse"
    path.write_bytes(b"correct horse\n")
    assert read_passphrase(Namespace(passphrase_file=path)) == "correct horse"


def test_an_empty_passphrase_file_is_named(tmp_path: Path) -> None:
    from argparse import Namespace

    from kitemark_app.commands.export import read_passphrase
    from kitemark_app.errors import UsageError

    path = tmp_path / "passphrase.txt"
    path.write_bytes(b"\n")
    with pytest.raises(UsageError, match="is empty; put the passphrase on its first line"):
        read_passphrase(Namespace(passphrase_file=path))


@pytest.mark.slow
def test_a_review_and_a_pack_given_to_the_wrong_command_say_what_they_are(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from kitemark_app.services import assessor
    from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
    from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
    from kitemark_app.services.export import export_pack

    vco, desk = tmp_path / "vco", tmp_path / "desk"
    create_demo(vco)
    pack = export_pack(vco, tmp_path / "pack.pdf", DEMO_PASSPHRASE).pack
    opened = assessor.open_received_pack(desk, pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    opened = assessor.open_received_pack(desk, pack)
    for criterion in opened.criteria:
        opened.draft.verdicts[criterion.criterion] = VerdictEntry("met", comment="Clear.")
    opened.draft.outcome = OutcomeEntry("awarded", "Foundation", assessor.default_valid_until(), None, "Well done.")
    assessor.save_review(desk, opened.received_pack_id, opened.draft)
    assessor.create_assessor_key(desk, "Jo Assessor", "Borough Council", "test assessor passphrase (not secret)")
    review = assessor.export_review(
        desk, opened.received_pack_id, tmp_path / "review.pdf", "test assessor passphrase (not secret)"
    ).path

    code, out, _ = run(capsys, "verify", str(review))
    assert code == 1
    assert "this is an assessor's signed review, not a submission pack" in out
    before = dump_tables(vco / "kitemark.sqlite3")
    code, _, err = run(capsys, "--data-dir", str(vco), "review", "import", str(pack))
    assert code == 1
    assert_one_line_error(err)
    assert "'pack.pdf' is a submission pack, not the assessor's review" in err
    assert dump_tables(vco / "kitemark.sqlite3") == before
