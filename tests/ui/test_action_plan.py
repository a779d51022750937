"""The action plan page: sorting, overdue highlighting (light and dark), inline status, CSV export."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QFileDialog

from kitemark_app.core.status import ActionStatus
from kitemark_app.services.action_plan import action_plan
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.action_model import Column, overdue_background
from kitemark_app.ui.action_plan import ActionPlanPage
from kitemark_app.ui.events import AppEvents
from tests.ui.vco_workspace import first_criteria, vco_workspace

TODAY = date.today()


@pytest.fixture
def workspace(data_dir: Path):
    with vco_workspace(data_dir) as ws:
        yield ws


@pytest.fixture
def page(qtbot, workspace: Workspace):
    gov, tru = first_criteria(workspace, 2)
    workspace.add_action("Write a reserves policy", criterion_id=gov, due_date=TODAY + timedelta(days=20))
    workspace.add_action("Trustee induction pack", criterion_id=tru, due_date=TODAY - timedelta(days=5))
    workspace.add_action(
        "Old and done", criterion_id=gov, due_date=TODAY - timedelta(days=90), status=ActionStatus.DONE
    )
    workspace.add_action("Some day", status=ActionStatus.IN_PROGRESS)
    widget = ActionPlanPage(workspace, AppEvents())
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def texts(page: ActionPlanPage, column: Column) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def row_of(page: ActionPlanPage, description: str) -> int:
    return texts(page, Column.DESCRIPTION).index(description)


def test_lists_every_action_sorted_by_due_date(page: ActionPlanPage) -> None:
    assert texts(page, Column.DESCRIPTION) == [
        "Old and done",
        "Trustee induction pack",
        "Write a reserves policy",
        "Some day",  # no date: last
    ]
    assert "4 actions: 1 done, 1 overdue" in page.summary.text()


def test_sorts_by_status(page: ActionPlanPage) -> None:
    page.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
    assert texts(page, Column.STATUS) == ["Open", "Open", "In progress", "Done"]


def test_overdue_rows_are_highlighted_and_say_so(page: ActionPlanPage) -> None:
    late = row_of(page, "Trustee induction pack")
    assert page.proxy.index(late, Column.DUE).data().endswith("(overdue)")
    assert page.proxy.index(late, Column.DESCRIPTION).data(Qt.ItemDataRole.BackgroundRole) is not None
    for description in ("Old and done", "Write a reserves policy", "Some day"):
        row = row_of(page, description)
        assert page.proxy.index(row, Column.DESCRIPTION).data(Qt.ItemDataRole.BackgroundRole) is None
        assert "overdue" not in page.proxy.index(row, Column.DUE).data()


def test_overdue_colour_suits_light_and_dark_themes() -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    light.setColor(QPalette.ColorRole.Text, QColor("black"))
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    on_light, on_dark = overdue_background(light), overdue_background(dark)
    assert on_light.lightness() > 150  # black text stays readable
    assert on_dark.lightness() < 110  # light text stays readable
    for colour in (on_light, on_dark):
        assert colour.red() > colour.green() and colour.red() > colour.blue()  # visibly a red tint


def test_status_is_edited_in_place_with_a_drop_down(qtbot, page: ActionPlanPage, workspace: Workspace) -> None:
    row = row_of(page, "Trustee induction pack")
    index = page.proxy.index(row, Column.STATUS)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Action status"
    assert editor.currentData() == "open"
    with qtbot.waitSignal(page.events.data_changed, check_params_cb=lambda what: what == "actions"):
        editor.setCurrentIndex(editor.findData("done"))
        editor.activated.emit(editor.currentIndex())
    statuses = {a.action.description: a.status for a in action_plan(workspace)}
    assert statuses["Trustee induction pack"] is ActionStatus.DONE
    qtbot.waitUntil(lambda: "2 done, 0 overdue" in page.summary.text())
    late = row_of(page, "Trustee induction pack")
    assert page.proxy.index(late, Column.DESCRIPTION).data(Qt.ItemDataRole.BackgroundRole) is None


def test_hide_finished(page: ActionPlanPage) -> None:
    page.hide_done.setChecked(True)
    assert "Old and done" not in texts(page, Column.DESCRIPTION)
    assert len(texts(page, Column.DESCRIPTION)) == 3


def test_export_csv_through_the_save_dialog(monkeypatch, qtbot, page: ActionPlanPage, tmp_path: Path) -> None:
    chosen = tmp_path / "our plan"  # no extension typed: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    with qtbot.waitSignal(page.exported) as blocker:
        page.export_button.click()
    target = blocker.args[0]
    assert target == tmp_path / "our plan.csv"
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert sorted(r["description"] for r in rows) == sorted(texts(page, Column.DESCRIPTION))
    assert "Saved 4 actions" in page.summary.text()


def test_go_to_criterion(qtbot, page: ActionPlanPage, workspace: Workspace) -> None:
    tru = first_criteria(workspace, 2)[1]
    page.table.selectRow(row_of(page, "Trustee induction pack"))
    with qtbot.waitSignal(page.events.navigation_requested) as blocker:
        page.go_button.click()
    assert blocker.args == [f"criterion:{tru}"]
    page.table.selectRow(row_of(page, "Some day"))  # no criterion: nowhere to go
    assert not page.go_button.isEnabled()


def test_refreshes_when_actions_change_elsewhere(qtbot, page: ActionPlanPage, workspace: Workspace) -> None:
    workspace.add_action("Added on a criterion page")
    page.events.data_changed.emit("actions")
    assert "Added on a criterion page" in texts(page, Column.DESCRIPTION)


def test_empty_plan_explains_itself(qtbot, workspace: Workspace) -> None:
    widget = ActionPlanPage(workspace, AppEvents())
    qtbot.addWidget(widget)
    widget.show()
    assert "No actions yet" in widget.summary.text()
    assert not widget.export_button.isEnabled()
