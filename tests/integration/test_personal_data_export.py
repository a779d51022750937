"""Personal-data care, end to end on the demo: a file said to name people is flagged before the pack is sent until
parts of it are hidden; one on a criterion whose evidence usually names people until the charity says either way;
the pack's own document does not carry this advice; ``kitemark evidence personal-data`` says it from the CLI."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.evidence.redaction import Area
from kitemark_app.services import evidence_ops, redaction_ops
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack, readiness
from kitemark_app.services.workspace import Workspace
from tests.integration.test_redaction_export import make_certificate


def personal(workspace: Workspace) -> dict[tuple[str, int | None], str]:
    return {(p.criterion, p.evidence_id): p.message for p in readiness(workspace) if p.kind == "personal-data"}


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    create_demo(root)
    return root


def test_flags_come_and_go_with_what_the_charity_says_and_hides(demo: Path, tmp_path: Path) -> None:
    make_certificate(tmp_path / "dbs.pdf")
    with Workspace.open(demo) as workspace:
        record = next(i for i in evidence_ops.list_evidence(workspace) if i.title == "Training and checks record")
        flagged = personal(workspace)
        assert {c for c, e in flagged if e == record.id} == {"PPL-02", "PPL-06", "SAF-03"}  # the flagged criteria
        assert "may name people" in flagged[("PPL-02", record.id)]
        evidence_ops.update_details(workspace, record.id, personal_data=False)
        assert not [key for key in personal(workspace) if key[1] == record.id]

        certificate = evidence_ops.add_evidence(workspace, tmp_path / "dbs.pdf", criteria=["SAF-03", "GOV-01"])
        evidence_ops.update_details(workspace, certificate, personal_data=True)
        said = personal(workspace)
        assert {c for c, e in said if e == certificate} == {"SAF-03", "GOV-01"}  # marked: whatever the criterion
        assert "contains personal data" in said[("GOV-01", certificate)]
        assert not any(p.must_fix for p in readiness(workspace) if p.kind == "personal-data")
        redaction_ops.save(workspace, certificate, redaction_ops.Redactions((Area(1, 0, 0, 1, 0.3),)))
        assert not [key for key in personal(workspace) if key[1] == certificate]
        redaction_ops.save(workspace, certificate, redaction_ops.Redactions())
        assert [key for key in personal(workspace) if key[1] == certificate]


def test_the_pack_document_does_not_carry_the_advice(demo: Path, tmp_path: Path) -> None:
    with Workspace.open(demo) as workspace:
        assert personal(workspace)
    result = export_pack(demo, tmp_path / "pack.pdf", DEMO_PASSPHRASE)
    assert any("may name people" in warning for warning in result.warnings)  # told to the charity
    text = subprocess.run(["pdftotext", str(result.pack), "-"], capture_output=True, check=True).stdout.decode()
    assert "may name people" not in text.replace("\n", " ") and "personal parts" not in text.replace("\n", " ")
    assert "12 months ago" in text.replace("\n", " ")  # the other acknowledged problems are still shown


def test_the_command_line_says_it(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(demo) as workspace:
        record = next(i for i in evidence_ops.list_evidence(workspace) if i.title == "Training and checks record")
    assert main(["--data-dir", str(demo), "evidence", "personal-data", str(record.id), "yes"]) == 0
    assert capsys.readouterr().out == "'Training and checks record': names people.\n"
    assert main(["--data-dir", str(demo), "status"]) == 0
    assert "'Training and checks record' contains personal data" in capsys.readouterr().out
    assert main(["--data-dir", str(demo), "evidence", "personal-data", str(record.id), "not-said"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(demo), "evidence", "personal-data", str(record.id), "maybe"]) == 2
    assert "invalid choice: 'maybe'" in capsys.readouterr().err
    assert main(["--data-dir", str(demo), "evidence", "personal-data", "999", "no"]) == 1
    assert capsys.readouterr().err.strip() == "kitemark: That evidence item no longer exists."
