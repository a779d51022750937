"""The CLI contract: commands, JSON shapes, exit codes, one-line errors, light imports."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib.resources import as_file
from pathlib import Path

import pytest

from kitemark_app import __version__
from kitemark_app.cli import main
from kitemark_app.paths import resource
from kitemark_app.services.workspace import Workspace
from tests.integration.test_workspace_model import DETAILS
from tests.unit.test_framework_loader import GOOD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kitemark: ")
    assert "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"kitemark {__version__}"


def test_usage_error_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "no-such-command")
    assert code == 2
    assert_one_line_error(err)
    code, _, err = run(capsys, "evidence", "add", "x.pdf", "--document-date", "31/12/2025")
    assert code == 2
    assert "YYYY-MM-DD" in err
    assert_one_line_error(err)


def test_validate_the_default_framework(capsys: pytest.CaptureFixture[str]) -> None:
    with as_file(resource("frameworks", "borough-vco-kitemark.yaml")) as path:
        code, out, _ = run(capsys, "framework", "validate", str(path), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["ok"] is True
    assert result["errors"] == []
    assert result["areas"] >= 10 and result["criteria"] >= 48
    assert result["levels"] == ["Foundation", "Commissioning-ready"]
    assert set(result["framework"]) == {"id", "version", "title"}


def test_validate_reports_problems_with_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("level: Commissioning-ready", "level: Gold"), encoding="utf-8")
    code, out, _ = run(capsys, "framework", "validate", str(bad), "--json")
    assert code == 1
    result = json.loads(out)
    assert result["ok"] is False
    assert result["errors"] == [
        {
            "path": "areas[0].criteria[1].level",
            "message": "unknown level 'Gold' (levels are: Foundation, Commissioning-ready)",
        }
    ]
    code, out, err = run(capsys, "framework", "validate", str(bad))
    assert code == 1
    assert "areas[0].criteria[1].level: unknown level 'Gold'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", ["missing", "folder", "binary"])
def test_validate_unreadable_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str) -> None:
    target = tmp_path / "framework.yaml"
    if kind == "folder":
        target.mkdir()
    elif kind == "binary":
        target.write_bytes(b"\xff\xfe\x00garbage\x80")
    code, _, err = run(capsys, "framework", "validate", str(target))
    assert code == 2
    assert_one_line_error(err)
    code, out, _ = run(capsys, "framework", "validate", str(target), "--json")
    assert code == 2
    assert json.loads(out)["ok"] is False


def test_status_without_an_organisation(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "status", "--json")
    assert code == 1
    assert_one_line_error(err)
    assert "no organisation yet" in err


@pytest.fixture
def set_up(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as ws:
        ws.create_organisation(DETAILS)
        ws.start_cycle(GOOD, "Commissioning-ready")
    return data_dir


def test_evidence_add_then_status(capsys: pytest.CaptureFixture[str], set_up: Path, tmp_path: Path) -> None:
    files = [tmp_path / "minutes-2026-10.pdf", tmp_path / "skills audit.csv"]
    for file in files:
        file.write_bytes(b"some content " + file.name.encode())
    code, out, err = run(
        capsys, "--data-dir", str(set_up), "evidence", "add", *map(str, files),
        "--criterion", "GOV-01", "--criterion", "GOV-02", "--document-date", "2026-10-14",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "Added minutes-2026-10.pdf, linked to GOV-01, GOV-02" in out

    code, out, _ = run(capsys, "--data-dir", str(set_up), "status", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["organisation"] == "Test Community Group"
    assert status["framework"] == {"id": "test-kitemark", "version": "2026.1"}
    assert status["target_level"] == "Commissioning-ready"
    assert (status["criteria_applicable"], status["answered"], status["evidence"]) == (3, 0, 2)
    assert [a["id"] for a in status["areas"]] == ["GOV", "SAF"]
    assert set(status["areas"][0]) == {"id", "title", "applicable", "answered"}
    kinds = {(p["criterion"], p["kind"]) for p in status["problems"]}
    assert ("GOV-01", "unanswered-mandatory") in kinds
    assert ("SAF-01", "unanswered-mandatory") in kinds

    code, out, _ = run(capsys, "--data-dir", str(set_up), "status")
    assert code == 0
    assert "Answered 0 of 3 criteria; 2 evidence items" in out


@pytest.mark.parametrize(
    ("make", "extra", "message"),
    [
        (lambda p: None, [], "does not exist"),
        (lambda p: p.write_bytes(b""), [], "is empty"),
        (lambda p: p.mkdir(), [], "is a folder"),
        (lambda p: p.write_bytes(b"x"), ["--criterion", "NOPE-1"], "Unknown criterion NOPE-1"),
    ],
)
def test_evidence_add_bad_input(capsys, set_up: Path, tmp_path: Path, make, extra, message) -> None:
    target = tmp_path / "policy.pdf"
    make(target)
    code, _, err = run(capsys, "--data-dir", str(set_up), "evidence", "add", str(target), *extra)
    assert code == 1
    assert_one_line_error(err)
    assert message in err
    code, out, _ = run(capsys, "--data-dir", str(set_up), "status", "--json")
    assert json.loads(out)["evidence"] == 0  # nothing half-added


def test_one_bad_file_adds_nothing(capsys, set_up: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(b"content")
    code, _, err = run(capsys, "--data-dir", str(set_up), "evidence", "add", str(good), str(tmp_path / "gone.pdf"))
    assert "gone.pdf" in err
    assert code == 1
    code, out, _ = run(capsys, "--data-dir", str(set_up), "status", "--json")
    assert json.loads(out)["evidence"] == 0


def test_headless_commands_do_not_import_qt_reportlab_or_pyhanko(set_up: Path, tmp_path: Path) -> None:
    framework = tmp_path / "f.yaml"
    framework.write_text(GOOD, encoding="utf-8")
    probe = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from kitemark_app.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                main(["--version"])
            except SystemExit:
                pass
            assert main(["framework", "validate", {str(framework)!r}, "--json"]) == 0
            assert main(["--data-dir", {str(set_up)!r}, "status", "--json"]) == 0
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "reportlab", "pyhanko"))
        print(heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_reader_that_stops_early_is_not_a_crash(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "PYTHONSAFEPATH": "1"}
    data = tmp_path / "data"
    subprocess.run([sys.executable, "-m", "kitemark_app", "--data-dir", str(data), "demo"], check=True,
                   capture_output=True, env=env)  # fmt: skip
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone before the first line, like `| head -0`
    done = subprocess.run([sys.executable, "-m", "kitemark_app", "--data-dir", str(data), "status"],
                          stdout=writer, stderr=subprocess.PIPE, text=True, env=env)  # fmt: skip
    os.close(writer)
    assert done.returncode == 141
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr
    assert not (data / "logs" / "crash.log").exists()
