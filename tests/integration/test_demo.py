"""The demo workspace: a realistic organisation, ready to export, built only through the ordinary operations."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitemark_app.core.status import ResponseStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.services import demo, evidence_ops
from kitemark_app.services.demo import create_demo
from kitemark_app.services.report import StatusReport, status_report
from kitemark_app.services.workspace import Workspace


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("demo") / "data"
    create_demo(root)
    return root


@pytest.fixture
def report(demo_root: Path) -> StatusReport:
    with Workspace.open(demo_root) as workspace:
        return status_report(workspace)


def test_status_shows_the_organisation_and_its_progress(report: StatusReport) -> None:
    assert report.organisation == "Riverside Community Food Network"
    assert report.framework_id == "borough-vco-kitemark"
    assert report.target_level == "Commissioning-ready"
    assert report.answered >= 40
    assert report.criteria_applicable - report.answered in range(3, 5)  # a few left for the user to try
    assert 14 <= report.evidence <= 20


def test_nothing_blocks_export_but_freshness_warnings_show(report: StatusReport) -> None:
    assert report.must_fix == []
    stale = [p for p in report.problems if p.kind == "stale-evidence"]
    assert len({p.evidence_id for p in stale}) >= 3
    assert any("due for review" in p.message for p in stale)


def test_answers_evidence_and_actions_look_real(demo_root: Path) -> None:
    with Workspace.open(demo_root) as workspace:
        with workspace.session() as session:
            cycle = workspace.current_cycle(session)
            statuses = {r.criterion_id: ResponseStatus(r.status) for r in cycle.responses}
            not_applicable = [r for r in cycle.responses if r.status == ResponseStatus.NOT_APPLICABLE]
            narratives = [r.narrative for r in cycle.responses if r.status != ResponseStatus.NOT_APPLICABLE]
            actions = list(cycle.actions)
        evidence = evidence_ops.list_evidence(workspace)
    assert list(statuses.values()).count(ResponseStatus.PARTLY_MET) >= 2
    assert ResponseStatus.NOT_MET in statuses.values()
    assert len(not_applicable) == 1 and not_applicable[0].na_reason.strip()
    assert all(narrative.strip() for narrative in narratives)
    assert {e.media_type for e in evidence} >= {"application/pdf", "text/csv", "image/png", "image/jpeg"}
    assert max(len(e.criteria) for e in evidence) >= 3  # one document supports several criteria
    assert len(actions) == 4
    assert all(a.owner and a.due_date for a in actions)
    assert sum(a.due_date < a.created_at.date() for a in actions) == 1  # one is overdue


def test_evidence_files_are_stored_intact(demo_root: Path) -> None:
    with Workspace.open(demo_root) as workspace:
        for item in evidence_ops.list_evidence(workspace):
            data = b"".join(workspace.store.open_verified(item.sha256))
            assert len(data) == item.size
            if item.media_type == "application/pdf":
                assert data.startswith(b"%PDF")
            elif item.media_type == "image/png":
                assert data.startswith(b"\x89PNG\r\n\x1a\n")
            elif item.media_type == "image/jpeg":
                assert data.startswith(b"\xff\xd8")


def test_refuses_a_folder_that_is_not_empty(data_dir: Path) -> None:
    (data_dir / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(KitemarkError, match="empty folder"):
        create_demo(data_dir)
    assert [p.name for p in data_dir.iterdir()] == ["notes.txt"]


def test_a_failed_build_leaves_the_folder_empty_for_a_retry(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setitem(demo._WRITERS, ".csv", broken)
    with pytest.raises(OSError):
        create_demo(data_dir)
    assert list(data_dir.iterdir()) == []


def test_refuses_an_existing_workspace(demo_root: Path) -> None:
    with pytest.raises(KitemarkError):
        create_demo(demo_root)
