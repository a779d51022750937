"""The data model, migrated from an empty database, through the workspace operations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.db.models import ActionItem, Base, Evidence, Response
from kitemark_app.db.session import current_revision, head_revision
from kitemark_app.errors import KitemarkError
from kitemark_app.services import evidence_ops
from kitemark_app.services.report import status_report
from kitemark_app.services.workspace import Workspace
from tests.profiles import ORGANISATION
from tests.unit.test_framework_loader import GOOD

DETAILS = ORGANISATION


@pytest.fixture
def workspace(data_dir: Path):
    with Workspace.open(data_dir) as ws:
        ws.create_organisation(DETAILS)
        ws.start_cycle(GOOD, "Commissioning-ready")
        yield ws


def test_migrates_an_empty_database_to_the_models(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        assert current_revision(ws.engine) == head_revision()
        tables = set(inspect(ws.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        with ws.engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_opening_twice_is_idempotent(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    with Workspace.open(data_dir) as ws:
        assert not ws.has_organisation()


def test_organisation_round_trip(workspace: Workspace) -> None:
    assert workspace.organisation_details() == DETAILS


def test_unknown_target_level_is_refused(workspace: Workspace) -> None:
    with pytest.raises(KitemarkError, match="'Gold' is not a level"):
        workspace.start_cycle(GOOD, "Gold")


def test_answers_evidence_and_actions(workspace: Workspace, tmp_path: Path) -> None:
    workspace.save_answer("GOV-01", status=ResponseStatus.MET, narrative="Adopted 2019.")
    workspace.save_answer("GOV-02", status=ResponseStatus.NOT_APPLICABLE, na_reason="Too small.")
    workspace.save_answer("SAF-01", status=ResponseStatus.PARTLY_MET)
    policy = tmp_path / "constitution_2019.pdf"
    policy.write_bytes(b"%PDF-1.4 pretend constitution")
    evidence_id = evidence_ops.add_evidence(workspace, policy, document_date=date(2019, 5, 1), criteria=["GOV-01"])
    evidence_ops.link(workspace, evidence_id, "SAF-01")
    evidence_ops.link(workspace, evidence_id, "SAF-01")  # linking twice is harmless
    workspace.add_action(
        "Write a safeguarding policy", criterion_id="SAF-01", owner="Chair", due_date=date(2027, 1, 31)
    )

    (summary,) = evidence_ops.list_evidence(workspace)
    assert summary.title == "constitution 2019"
    assert summary.media_type == "application/pdf"
    assert summary.criteria == ("GOV-01", "SAF-01")
    assert workspace.store.contains(summary.sha256)

    report = status_report(workspace, today=date(2026, 11, 26))
    assert report.organisation == "Test Community Group"
    assert (report.criteria_applicable, report.answered, report.evidence) == (3, 3, 1)
    assert [p.kind for p in report.problems] == []

    evidence_ops.unlink(workspace, evidence_id, "SAF-01")
    assert evidence_ops.evidence_for(workspace, "SAF-01") == []
    assert evidence_ops.remove(workspace, evidence_id) == ["GOV-01"]
    with workspace.session() as session:
        assert session.scalars(select(Evidence)).all() == []
        response = session.scalars(select(Response).where(Response.criterion_id == "GOV-01")).one()
        assert response.evidence == []
        assert response.narrative == "Adopted 2019."


def test_replacing_a_file_keeps_the_old_version_in_history(workspace: Workspace, tmp_path: Path) -> None:
    old, new = tmp_path / "policy-2024.pdf", tmp_path / "policy-2026.pdf"
    old.write_bytes(b"old policy")
    new.write_bytes(b"new policy")
    evidence_id = evidence_ops.add_evidence(workspace, old, criteria=["GOV-01"])
    stored = evidence_ops.store_file(workspace, new)
    evidence_ops.replace_file(workspace, evidence_id, stored, date(2026, 1, 1))
    with workspace.session() as session:
        evidence = session.get(Evidence, evidence_id)
        assert evidence.original_name == "policy-2026.pdf"
        assert [v.original_name for v in evidence.history] == ["policy-2024.pdf"]
        assert workspace.store.contains(evidence.history[0].sha256)


def test_actions_update_and_delete(workspace: Workspace) -> None:
    action_id = workspace.add_action("  Review reserves  ", owner=" Chair ")
    kept_id = workspace.add_action("Train trustees")
    with workspace.session() as session:
        action = session.get(ActionItem, action_id)
        assert (action.description, action.owner, action.status) == ("Review reserves", "Chair", "open")
    workspace.update_action(action_id, status=ActionStatus.DONE, owner="Treasurer", due_date=date(2027, 3, 31))
    with workspace.session() as session:
        action = session.get(ActionItem, action_id)
        assert (action.status, action.owner, action.due_date) == ("done", "Treasurer", date(2027, 3, 31))
    with pytest.raises(KitemarkError, match="An action needs a description"):
        workspace.add_action("   ")
    with pytest.raises(ValueError, match="source"):
        workspace.update_action(action_id, source="assessor")
    workspace.delete_action(action_id)
    with workspace.session() as session:
        assert session.get(ActionItem, action_id) is None
        assert session.get(ActionItem, kept_id) is not None  # only the one asked for
    workspace.delete_action(action_id)  # already gone: nothing to do
    with pytest.raises(KitemarkError, match=r"That action no longer exists\."):
        workspace.update_action(action_id, owner="Nobody")


def test_unknown_criterion_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(KitemarkError, match="Unknown criterion XYZ-99"):
        evidence_ops.check_criteria(workspace, ["XYZ-99"])
