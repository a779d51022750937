"""Counts read right for 1 and for 2: every counted message is one Qt plural message (``tr("%n …(s)", "", n)``)
whose English forms come from the app's English translation (scripts/translations.py), installed as ``run_gui``
installs it; that translation is what the sources give, so no counted message shows "(s)" or "1 actions"."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from kitemark_app.core.award import Reminder
from kitemark_app.core.readiness import Problem
from kitemark_app.services.overview import ReviewSummary
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.action_plan import ActionPlanPage
from kitemark_app.ui.dashboard import DashboardPage
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_dialogs import confirm_removal
from kitemark_app.ui.evidence_library import EvidenceLibraryPage
from kitemark_app.ui.widgets.review_outcome import ReviewOutcomeBox
from tests.ui.test_criterion_page import window  # noqa: F401  (the main window fixture)
from tests.ui.vco_workspace import vco_workspace, write_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workspace(data_dir: Path):
    with vco_workspace(data_dir) as ws:
        yield ws


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_english_translation_is_what_the_sources_give() -> None:
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr


def test_the_action_plan_counts_its_actions(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    page = shown(qtbot, ActionPlanPage(workspace, AppEvents()))
    workspace.add_action("Write a reserves policy")
    page.refresh()
    assert page.summary.text() == "1 action: 0 done, 0 overdue (highlighted)."
    workspace.add_action("Trustee induction pack")
    page.refresh()
    assert page.summary.text() == "2 actions: 0 done, 0 overdue (highlighted)."
    page.export_to(tmp_path / "plan.csv")
    assert page.summary.text().startswith("Saved 2 actions to ")


def test_the_evidence_library_counts_its_items(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    from kitemark_app.services import evidence_ops

    page = shown(qtbot, EvidenceLibraryPage(workspace, AppEvents()))
    for count, name in ((1, "a.pdf"), (2, "b.pdf")):
        evidence_ops.add_evidence(workspace, write_file(tmp_path, name, name))
        page.refresh()
        assert page._summary_html().startswith(f"{count} item{'s' if count == 2 else ''}, 0 out of date.")


def test_the_overview_heading_counts_warnings_and_problems(qtbot, workspace: Workspace) -> None:
    page = shown(qtbot, DashboardPage(workspace, AppEvents()))
    check = Problem("unanswered", "PLN-06 not answered yet.", False, "PLN-06")
    must = Problem("unanswered-mandatory", "GOV-01 must be answered.", True, "GOV-01")
    page._fill_problems([check])
    assert "check 1 warning first." in page.readiness_heading.text()
    page._fill_problems([check, check])
    assert "check 2 warnings first." in page.readiness_heading.text()
    page._fill_problems([must, check])
    assert "1 problem must be fixed before you can submit. 1 more to check." in page.readiness_heading.text()
    page._fill_problems([must, must])
    heading = page.readiness_heading.text()
    assert "2 problems must be fixed before you can submit." in heading and "to check" not in heading


@pytest.mark.parametrize(("days", "word"), [(1, "day"), (2, "days")])
def test_reminders_count_the_days(qtbot, workspace: Workspace, days: int, word: str) -> None:
    page = DashboardPage(workspace, AppEvents())
    qtbot.addWidget(page)
    day = date(2027, 1, 1)
    assert page.reminder_text(Reminder(days, 7, day)).startswith(f"Your Kitemark expires in {days} {word} (on 1 ")
    assert page.reminder_text(Reminder(days, 7, day, "Risk register")) == (
        f"'Risk register' is due for review in {days} {word} (on 1 January 2027)."
    )
    assert page.reminder_text(Reminder(0, 7, day, "Risk register")) == (
        "'Risk register' is due for review today (on 1 January 2027)."
    )


@pytest.mark.parametrize(
    ("count", "words"), [(1, ("1 day left", "1 condition,")), (2, ("2 days left", "2 conditions,"))]
)
def test_the_review_box_counts_days_and_conditions(qtbot, count: int, words: tuple[str, str]) -> None:
    box = shown(qtbot, ReviewOutcomeBox())
    valid_until = date(2027, 1, 1)
    summary = ReviewSummary("awarded", "Kitemark awarded", "Foundation", valid_until, None, "", "Jo Assessor",
                            datetime(2026, 12, 1), datetime(2026, 12, 1), count, 0, 1, True)  # fmt: skip
    box.set_summary(summary, today=date.fromordinal(valid_until.toordinal() - count))
    text = box.text.text()
    assert all(word in text for word in words), text
    assert "0 not met, 1 asking for more information (see the action plan)" in text


@pytest.mark.parametrize(
    ("criteria", "said"), [(["GOV-01"], "1 criterion: GOV-01."), (["GOV-01", "TRU-02"], "2 criteria")]
)
def test_removing_evidence_counts_the_criteria_it_leaves(qtbot, monkeypatch, criteria: list[str], said: str) -> None:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    parent = shown(qtbot, QWidget())
    confirm_removal(parent, "Budget", criteria)
    assert texts == [f"'Budget' is used by {said}" + ("" if len(criteria) == 1 else ": GOV-01, TRU-02.")]


def test_the_window_counts_criteria_that_came_and_went(window) -> None:  # noqa: F811
    window.say_criteria_changed(["PPL-03"], [])
    assert window.statusBar().currentMessage() == "Now 1 more criterion applies: PPL-03."
    window.say_criteria_changed(["PPL-03", "HSR-04"], ["SAF-01"])
    assert window.statusBar().currentMessage() == (
        "Now 2 more criteria apply: PPL-03, HSR-04. 1 criterion no longer applies: SAF-01."
    )
    window.say_criteria_changed([], ["SAF-01", "SAF-02"])
    assert window.statusBar().currentMessage() == "2 criteria no longer apply: SAF-01, SAF-02."


def test_the_submission_dialog_counts_what_must_be_fixed(qtbot, workspace: Workspace) -> None:
    from kitemark_app.ui.submission_dialog import SubmissionDialog

    dialog = SubmissionDialog(workspace)
    qtbot.addWidget(dialog)
    count = len(dialog.must_fix)
    assert count > 1  # nothing is answered yet
    assert dialog.readiness_summary.text().startswith(
        f"{count} problems must be fixed first. Close this window, fix them"
    )
