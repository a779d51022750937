"""The start-up snapshot (sqlite3, read-only) gives exactly what the ORM gives, or steps aside."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kitemark_app.core.profile import IncomeBand, LegalForm
from kitemark_app.db.models import ImportedReview
from kitemark_app.review.model import (
    Assessor,
    CriterionReview,
    Decision,
    FrameworkRef,
    Outcome,
    Review,
    ReviewedOrganisation,
    Verdict,
)
from kitemark_app.services.answers import outline
from kitemark_app.services.backup import DamagedDatabaseError
from kitemark_app.services.demo import create_demo
from kitemark_app.services.report import current_facts, status_report
from kitemark_app.services.review_import import review_summary
from kitemark_app.services.snapshot import _review_facts, read_first_screen
from kitemark_app.services.workspace import OrganisationDetails, Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("snapshot") / "demo"
    create_demo(folder)
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_snapshot_gives_the_same_facts_outline_and_report_as_the_orm(demo: Path) -> None:
    database = demo / "kitemark.sqlite3"
    before = _digest(database)
    first = read_first_screen(demo)
    assert first is not None
    assert _digest(database) == before  # read only
    with Workspace.open(demo) as workspace:
        with workspace.session() as session:
            assert first.facts == current_facts(workspace, session)
        assert first.outline() == outline(workspace)
        today = date.today()
        assert first.status_report(today) == status_report(workspace, today)
        assert first.review is None and review_summary(workspace) is None
    # The demo exercises the interesting parts: answered, n/a, evidence (some stale), problems.
    report = first.status_report()
    assert report.answered and report.evidence and report.problems
    assert any(problem.kind == "stale-evidence" for problem in report.problems)
    assert sum(len(area.criteria) for area in first.outline().areas) == report.criteria_applicable


def test_the_snapshot_gives_the_same_review_summary_as_the_orm(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "reviewed"
    create_demo(folder)
    created = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    review = Review(
        app_version="test",
        created_at=created,
        pack_sha256="a" * 64,
        pack_file_name="pack.pdf",
        organisation=ReviewedOrganisation(name="Demo", root_fingerprint="b" * 64),
        framework=FrameworkRef(id="f", version="1", title="F"),
        assessor=Assessor(name="Sam Assessor", organisation="Council", root_fingerprint="c" * 64),
        verdicts=[
            CriterionReview(criterion="GOV-01", verdict=Verdict.MET),
            CriterionReview(
                criterion="GOV-02",
                verdict=Verdict.MET_WITH_CONDITIONS,
                condition="Minute it",
                deadline=date(2026, 5, 1),
            ),
            CriterionReview(criterion="GOV-03", verdict=Verdict.NOT_MET, comment="Missing"),
        ],
        outcome=Outcome(decision=Decision.RESUBMIT, resubmit_by=date(2026, 6, 1), summary="Nearly there"),
    )
    with Workspace.open(folder) as workspace:
        with workspace.session() as session:
            cycle = workspace.current_cycle(session)
            session.add(
                ImportedReview(
                    cycle_id=cycle.id,
                    pack_sha256="a" * 64,
                    review_sha256="d" * 64,
                    outcome="resubmit",
                    resubmit_by=date(2026, 6, 1),
                    summary="Nearly there",
                    assessor_name="Sam Assessor",
                    review_json=review.to_bytes().decode("utf-8"),
                    imported_at=created + timedelta(days=1),
                )
            )
        expected = review_summary(workspace)
    first = read_first_screen(folder)
    assert first is not None and expected is not None
    assert first.review == expected
    assert (expected.conditions, expected.not_met, expected.for_this_cycle) == (1, 1, True)
    # Read without pydantic (json), as the model reads it.
    assert _review_facts(review.to_bytes().decode("utf-8")) == (created, [v.verdict for v in review.verdicts])
    probe = (
        "import sys; from pathlib import Path; from kitemark_app.services.snapshot import read_first_screen; "
        f"screen = read_first_screen(Path({str(folder)!r})); "
        "print(screen.review.not_met, screen.review.reviewed_at.isoformat(), 'pydantic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split() == ["1", created.isoformat(), "False"]


def test_no_snapshot_for_a_new_folder_or_one_without_an_organisation(tmp_path: Path) -> None:
    assert read_first_screen(tmp_path / "new") is None
    with Workspace.open(tmp_path / "empty"):
        pass
    assert read_first_screen(tmp_path / "empty") is None
    with Workspace.open(tmp_path / "no-cycle") as workspace:
        workspace.create_organisation(
            OrganisationDetails(name="Oak", legal_form=LegalForm.CIO, income_band=IncomeBand.UNDER_10K)
        )
    assert read_first_screen(tmp_path / "no-cycle") is None


@pytest.mark.parametrize("revision", ["0000", "9999"], ids=["migration-due", "newer-app"])
def test_no_snapshot_when_the_schema_is_not_exactly_this_apps(demo: Path, tmp_path: Path, revision: str) -> None:
    folder = tmp_path / "other"
    create_demo(folder)
    with sqlite3.connect(folder / "kitemark.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()
    assert read_first_screen(folder) is None


def test_a_damaged_database_is_moved_aside_as_at_an_ordinary_start(tmp_path: Path) -> None:
    folder = tmp_path / "damaged"
    create_demo(folder)
    with open(folder / "kitemark.sqlite3", "r+b") as handle:
        handle.write(b"\xa5" * 100)
    with pytest.raises(DamagedDatabaseError):
        read_first_screen(folder)
    assert list(folder.glob("kitemark.sqlite3.damaged-*"))
