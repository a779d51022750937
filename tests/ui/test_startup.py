"""Start-up: the main window is drawn from the snapshot with the real data, and the workspace follows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kitemark_app.services.demo import create_demo
from kitemark_app.services.report import status_report
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.app import STARTUP_TRACE_ENV, AppController
from tests.ui.conftest import wait_for_workspace

#: Not needed to show the main window; each costs start-up time (pydantic: the framework schema and the review
#: model, needed only to validate a framework file or read a review).
HEAVY = {"sqlalchemy", "alembic", "reportlab", "pyhanko", "pydantic"}


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    create_demo(folder)
    return folder


def test_the_window_shows_the_real_data_before_the_workspace_and_waits_for_it(qtbot, demo: Path, settings) -> None:
    controller = AppController(demo, settings)
    try:
        assert controller.start()
        window = controller.main_window
        assert window is not None
        qtbot.addWidget(window)
        # Drawn from the snapshot: the workspace is not open yet.
        assert not window.is_ready and window.workspace is None and window.criterion_page is None
        with Workspace.open(demo) as workspace:
            expected = status_report(workspace)
        assert window.overview.report == expected
        assert expected.organisation in window.windowTitle()
        model = window.navigation.nav_model
        for area in expected.areas:
            assert f"{area.answered}/{area.applicable}" in model.index_of(f"area:{area.id}").data()
        assert len(model.criterion_ids()) == expected.criteria_applicable
        # What changes data waits; what only looks does not.
        assert not window.new_evidence_action.isEnabled() and not window.backup_action.isEnabled()
        assert window.zoom_in_action.isEnabled() and window.quit_action.isEnabled()
        target = f"criterion:{model.criterion_ids()[0]}"
        window.navigate(target)  # asked for before the workspace is there: nothing to type into yet
        assert window.stack.currentWidget() is window.overview
        assert QApplication.overrideCursor() is not None
        assert window.navigation.current_target() == target

        wait_for_workspace(controller)
        assert window.workspace is controller.workspace is not None
        assert window.stack.currentWidget() is window.criterion_page  # the page asked for opens now
        assert window.current_target() == target
        assert QApplication.overrideCursor() is None
        assert window.new_evidence_action.isEnabled() and window.backup_action.isEnabled()
    finally:
        controller.shut_down()


def test_the_chart_is_drawn_once_the_window_is_shown_and_its_figures_are_there_before(
    qtbot, demo: Path, settings
) -> None:
    controller = AppController(demo, settings)
    try:
        assert controller.start()
        window = controller.main_window
        assert window is not None
        qtbot.addWidget(window)
        page = window.overview
        assert page.report is not None and page.chart_view is None and page.chart_text is not None
        text = page.chart_text.text()
        for area in page.report.areas:  # every figure the chart will show, as text in its place
            assert f"{area.title}: {area.answered} of {area.applicable} answered, {area.met} met" in text
        qtbot.waitUntil(lambda: page.chart_view is not None)  # the first turn of the event loop draws it
        assert page.chart_text is None
        (series,) = page.chart_view.chart().series()
        assert series.count() == 2 and series.barSets()[0].count() == len(page.report.areas)
        assert text.replace("\n", "; ") == page.chart_view.accessibleDescription()
        wait_for_workspace(controller)
    finally:
        controller.shut_down()


def test_closing_before_the_workspace_is_open_closes_it_cleanly(qtbot, demo: Path, settings) -> None:
    controller = AppController(demo, settings)
    assert controller.start()
    qtbot.addWidget(controller.main_window)
    QApplication.processEvents()  # the first turn of the event loop starts the background opening
    controller.shut_down()  # waits for it and closes what it opened
    assert controller.loader is None and controller.main_window is None
    assert not (demo / "kitemark.sqlite3-wal").exists()  # every connection closed


@pytest.mark.slow
def test_exit_after_show_loads_no_heavy_package_before_the_window_is_shown(demo: Path, tmp_path: Path) -> None:
    trace = tmp_path / "trace.jsonl"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        STARTUP_TRACE_ENV: str(trace),
    }
    env.pop("KITEMARK_DATA_DIR", None)
    command = [sys.executable, "-m", "kitemark_app", "--data-dir", str(demo), "gui", "--exit-after-show"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    events = {event["event"]: event for event in map(json.loads, trace.read_text(encoding="utf-8").splitlines())}
    assert set(events) == {"shown", "ready"}
    assert events["shown"]["time"] <= events["ready"]["time"]
    assert "PySide6" in events["shown"]["packages"]
    assert not HEAVY & set(events["shown"]["packages"])
    # The probe can see them: once the workspace is open, SQLAlchemy is there (PDF and signing still are not).
    assert "sqlalchemy" in events["ready"]["packages"]
    assert not {"reportlab", "pyhanko"} & set(events["ready"]["packages"])


def test_the_collector_paused_for_start_up_runs_again_once_the_workspace_is_usable(qtbot, demo: Path, settings) -> None:
    import gc

    from kitemark_app import collection

    collection.pause()  # as `kitemark gui` starts
    controller = AppController(demo, settings)
    try:
        assert controller.start()
        assert controller.main_window is not None
        qtbot.addWidget(controller.main_window)
        assert not gc.isenabled()  # shown from the snapshot; still starting
        wait_for_workspace(controller)
        qtbot.waitUntil(gc.isenabled, timeout=5000)  # usable: a long session collects its own garbage
    finally:
        gc.enable()
        gc.unfreeze()
        controller.shut_down()
