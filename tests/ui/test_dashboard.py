"""The overview dashboard: the chart per area, overall progress, readiness problems as links."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt

from kitemark_app.core.status import ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.dashboard import TARGET_ROLE, DashboardPage
from kitemark_app.ui.events import AppEvents
from tests.ui.vco_workspace import vco_workspace, write_file


@pytest.fixture
def workspace(data_dir: Path):
    with vco_workspace(data_dir) as ws:
        yield ws


@pytest.fixture
def page(qtbot, workspace: Workspace):
    widget = DashboardPage(workspace, AppEvents())
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bar_values(page: DashboardPage) -> dict[str, list[float]]:
    (series,) = page.chart_view.chart().series()
    assert isinstance(series, QHorizontalBarSeries)
    return {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())] for bar_set in series.barSets()}


def problem_rows(page: DashboardPage) -> list[tuple[str, str]]:
    return [
        (page.problems.item(i).text(), page.problems.item(i).data(TARGET_ROLE)) for i in range(page.problems.count())
    ]


def answer_first_area(workspace: Workspace, status: ResponseStatus, tmp_path: Path) -> list[str]:
    with workspace.session() as session:
        applicable = workspace.applicable(session)
    area_id = applicable[0].area.id
    ids = [a.id for a in applicable if a.area.id == area_id]
    proof = write_file(tmp_path, "proof.pdf", "proof")
    evidence_ops.add_evidence(workspace, proof, document_date=date.today(), criteria=ids)
    for criterion_id in ids:
        workspace.save_answer(criterion_id, status=status)
    return ids


def test_empty_workspace_shows_zero_progress_and_blocking_problems(page: DashboardPage) -> None:
    report = page.report
    assert report is not None
    assert page.answered_bar.value() == 0 and page.answered_bar.maximum() == report.criteria_applicable
    values = bar_values(page)
    assert set(values) == {"Answered", "Met"}
    assert len(values["Answered"]) == len(report.areas)
    assert all(v == 0 for v in values["Answered"] + values["Met"])
    assert "Not ready yet" in page.readiness_heading.text()
    rows = problem_rows(page)
    assert rows and all(text.startswith("Must fix:") for text, _ in rows[: len(report.must_fix)])
    assert all(target.startswith("criterion:") for _, target in rows)


def test_answering_an_area_moves_its_bar_and_the_totals(
    qtbot, page: DashboardPage, workspace: Workspace, tmp_path: Path
) -> None:
    before = len(page.report.problems)
    ids = answer_first_area(workspace, ResponseStatus.MET, tmp_path)
    with qtbot.waitSignal(page.refreshed):
        page.events.data_changed.emit("responses")
    values = bar_values(page)
    # The first area is drawn at the top, which is the last category of a horizontal bar series.
    assert values["Answered"][-1] == pytest.approx(100.0)
    assert values["Met"][-1] == pytest.approx(100.0)
    assert sum(values["Answered"][:-1]) == 0
    assert page.answered_bar.value() == len(ids) and page.met_bar.value() == len(ids)
    assert f"{len(ids)} of {page.report.criteria_applicable}" in page.answered_bar.text()
    assert len(page.report.problems) < before
    assert page.chart_view.accessibleDescription().count("answered") == len(page.report.areas)


def test_problems_link_to_profile_evidence_and_criterion(
    qtbot, page: DashboardPage, workspace: Workspace, tmp_path: Path
) -> None:
    details = workspace.organisation_details()
    details.contact_email = ""
    workspace.update_organisation(details)
    with workspace.session() as session:
        first = workspace.applicable(session)[0].id
    old = evidence_ops.add_evidence(
        workspace, write_file(tmp_path, "old.pdf", "old"), review_by=date(2020, 1, 1), criteria=[first]
    )
    workspace.save_answer(first, status=ResponseStatus.MET)
    with qtbot.waitSignal(page.refreshed):
        page.events.data_changed.emit("profile")
    rows = problem_rows(page)
    targets = [target for _, target in rows]
    assert "profile:contact_email" in targets
    assert f"evidence:{old}" in targets
    # Must-fix problems come first, each marked.
    flags = [text.startswith("Must fix:") for text, _ in rows]
    assert flags == sorted(flags, reverse=True)
    stale_row = targets.index(f"evidence:{old}")
    assert rows[stale_row][0].startswith("Check:")
    with qtbot.waitSignal(page.events.navigation_requested) as blocker:
        page.problems.itemActivated.emit(page.problems.item(0))
    assert blocker.args == ["profile:contact_email"]


def test_hidden_dashboard_waits_until_shown(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    widget = DashboardPage(workspace, AppEvents())
    qtbot.addWidget(widget)
    assert widget.report is None  # nothing computed while building the main window
    answer_first_area(workspace, ResponseStatus.PARTLY_MET, tmp_path)
    widget.events.data_changed.emit("responses")
    assert widget.report is None
    widget.show()
    assert widget.report is not None and widget.report.answered > 0
    assert bar_values(widget)["Met"][-1] == 0


def test_ready_when_nothing_is_missing(qtbot, page: DashboardPage, workspace: Workspace, tmp_path: Path) -> None:
    with workspace.session() as session:
        ids = [item.id for item in workspace.applicable(session)]
    proof = write_file(tmp_path, "everything.pdf", "all of it")
    linked = evidence_ops.add_evidence(workspace, proof, document_date=date.today(), criteria=ids)
    # Said to name no one, so the criteria whose evidence usually names people (DBS, training) do not flag it.
    evidence_ops.update_details(workspace, linked, personal_data=False)
    for criterion_id in ids:
        workspace.save_answer(criterion_id, status=ResponseStatus.MET)
    page.refresh()
    assert page.report.problems == []
    assert "Ready for submission" in page.readiness_heading.text()
    assert page.problems.isHidden()
    assert page.met_bar.value() == len(ids)


def test_one_click_on_a_problem_goes_there(qtbot, page: DashboardPage) -> None:
    item = page.problems.item(0)
    rect = page.problems.visualItemRect(item)
    with qtbot.waitSignal(page.events.navigation_requested) as blocker:
        qtbot.mouseClick(page.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [item.data(TARGET_ROLE)]
