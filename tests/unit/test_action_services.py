"""The action plan and evidence library services: plain data in, plain data out, files written atomically."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import EvidenceError
from kitemark_app.services import evidence_ops
from kitemark_app.services.action_plan import CSV_COLUMNS, action_plan, export_actions_csv, set_action_status
from kitemark_app.services.evidence_library import copy_for_viewing, criteria_using, file_history, library_items
from kitemark_app.services.workspace import Workspace
from tests.ui.vco_workspace import first_criteria, vco_workspace, write_file

TODAY = date(2026, 3, 1)


@pytest.fixture
def workspace(data_dir: Path):
    with vco_workspace(data_dir) as ws:
        yield ws


def test_action_plan_names_criterion_and_area(workspace: Workspace) -> None:
    first = first_criteria(workspace, 1)[0]
    workspace.add_action("Adopt a reserves policy", criterion_id=first, owner="Treasurer")
    workspace.add_action("Tidy the shared drive")  # not tied to a criterion
    rows = action_plan(workspace)
    assert [row.action.description for row in rows] == ["Adopt a reserves policy", "Tidy the shared drive"]
    assert rows[0].criterion_title and rows[0].area_title
    assert (rows[1].criterion_title, rows[1].area_title) == ("", "")


def test_set_action_status(workspace: Workspace) -> None:
    action_id = workspace.add_action("Train the safeguarding lead")
    set_action_status(workspace, action_id, ActionStatus.DONE)
    assert action_plan(workspace)[0].status is ActionStatus.DONE


def test_csv_export_has_every_action_and_marks_overdue(workspace: Workspace, tmp_path: Path) -> None:
    first = first_criteria(workspace, 1)[0]
    workspace.add_action("Late one, café budget", criterion_id=first, due_date=TODAY - timedelta(days=1))
    workspace.add_action("Late but done", due_date=TODAY - timedelta(days=9), status=ActionStatus.DONE)
    workspace.add_action("Not due yet", due_date=TODAY + timedelta(days=30), owner="Chair")
    target = tmp_path / "plan.csv"
    assert export_actions_csv(workspace, target, today=TODAY) == 3
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["description"], r["overdue"], r["status"]) for r in rows] == [
        ("Late one, café budget", "yes", "open"),
        ("Late but done", "no", "done"),
        ("Not due yet", "no", "open"),
    ]
    assert rows[0]["criterion"] == first and rows[0]["due_date"] == (TODAY - timedelta(days=1)).isoformat()
    assert rows[2]["owner"] == "Chair"
    assert not list(tmp_path.glob(".action-plan-*"))  # no temporary file left behind


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://x.example","click")', "+44 20 7946 0321", "-1", "@SUM(A1)"])
def test_csv_export_never_hands_a_spreadsheet_a_formula(workspace: Workspace, tmp_path: Path, typed: str) -> None:
    """Words anyone typed (a description, an owner) that begin as a formula would are written as text."""
    workspace.add_action(typed, owner=typed)
    target = tmp_path / "plan.csv"
    export_actions_csv(workspace, target, today=TODAY)
    (row,) = csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines())
    assert (row["description"], row["owner"]) == ("'" + typed, "'" + typed)


def test_csv_export_failure_leaves_no_file(workspace: Workspace, tmp_path: Path) -> None:
    workspace.add_action("Something")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "plan.csv"
    target.mkdir()  # a folder in the way: the rename fails
    with pytest.raises(KitemarkError, match="could not be saved"):
        export_actions_csv(workspace, target)
    assert [p.name for p in out.iterdir()] == ["plan.csv"]
    with pytest.raises(KitemarkError, match="does not exist"):
        export_actions_csv(workspace, out / "missing" / "plan.csv")


def test_library_items_mark_review_by_and_freshness(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.session() as session:
        fresh_rule = next(item.id for item in workspace.applicable(session) if item.criterion.freshness)
    old = evidence_ops.add_evidence(
        workspace, write_file(tmp_path, "old.pdf", "old"), document_date=date(2015, 1, 1), criteria=[fresh_rule]
    )
    overdue = evidence_ops.add_evidence(workspace, write_file(tmp_path, "b.pdf", "b"), review_by=date(2020, 5, 1))
    current = evidence_ops.add_evidence(workspace, write_file(tmp_path, "c.pdf", "c"), document_date=date.today())
    items = {item.id: item for item in library_items(workspace)}
    assert items[old].criteria == (fresh_rule,)
    assert len(items[old].stale) == 1 and fresh_rule in items[old].stale[0]
    assert items[overdue].stale == ("It was due for review by 1 May 2020.",)
    assert items[current].stale == ()
    assert items[current].short_hash == items[current].sha256[:12] and len(items[current].short_hash) == 12
    # Evidence on a criterion answered "not applicable" is not held to that criterion's freshness rule.
    workspace.save_answer(fresh_rule, status=ResponseStatus.NOT_APPLICABLE, na_reason="We have no staff.")
    assert {item.id: item for item in library_items(workspace)}[old].stale == ()


def test_file_history_keeps_replaced_versions(workspace: Workspace, tmp_path: Path) -> None:
    evidence_id = evidence_ops.add_evidence(workspace, write_file(tmp_path, "policy-2023.pdf", "v1"))
    stored = evidence_ops.store_file(workspace, write_file(tmp_path, "policy-2025.pdf", "v2"))
    evidence_ops.replace_file(workspace, evidence_id, stored, date(2025, 4, 1))
    history = file_history(workspace, evidence_id)
    assert [(v.original_name, v.replaced_at is None) for v in history] == [
        ("policy-2025.pdf", True),
        ("policy-2023.pdf", False),
    ]
    assert workspace.store.contains(history[1].sha256)


def test_criteria_using_and_copy_for_viewing(workspace: Workspace, tmp_path: Path) -> None:
    criteria = first_criteria(workspace, 2)
    evidence_id = evidence_ops.add_evidence(
        workspace, write_file(tmp_path, "Minutes March.docx", b"\x00minutes" * 1000), criteria=criteria
    )
    assert criteria_using(workspace, evidence_id) == sorted(criteria)
    seen: list[int] = []
    copy = copy_for_viewing(workspace, evidence_id, tmp_path, lambda done, _total: seen.append(done))
    assert copy.name == "Minutes March.docx"
    assert copy.read_bytes() == b"\x00minutes" * 1000
    assert seen[-1] == 8000
    assert [p.name for p in copy.parent.iterdir()] == ["Minutes March.docx"]


def test_copy_for_viewing_refuses_a_damaged_file(workspace: Workspace, tmp_path: Path) -> None:
    evidence_id = evidence_ops.add_evidence(workspace, write_file(tmp_path, "a.pdf", "original"))
    sha = library_items(workspace)[0].sha256
    workspace.store.path_for(sha).write_bytes(b"tampered")
    with pytest.raises(EvidenceError, match="damaged"):
        copy_for_viewing(workspace, evidence_id, tmp_path)
    assert not list(tmp_path.glob("kitemark-view-*/*a.pdf*"))
