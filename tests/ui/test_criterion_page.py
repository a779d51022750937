"""The criterion page: what it shows, autosave of typing, evidence (open, unlink, freshness) and actions."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.actions import list_actions
from kitemark_app.services.answers import criterion_answer
from kitemark_app.ui.action_dialog import ActionDialog
from kitemark_app.ui.autosave import DEBOUNCE_MS

CRITERION = "GOV-03"  # mandatory for a CIO, with a freshness rule (22 months)


@pytest.fixture
def window(open_app, started_folder: Path):
    controller = open_app(started_folder)
    controller.main_window.navigate(f"criterion:{CRITERION}")
    return controller.main_window


def add_file(window, tmp_path: Path, name: str, content: bytes, **dates) -> int:
    source = tmp_path / name
    source.write_bytes(content)
    return evidence_ops.add_evidence(window.workspace, source, criteria=[CRITERION], **dates)


def test_shows_the_framework_text_and_badges(window) -> None:
    page = window.criterion_page
    criterion = page.answer.criterion
    assert page.id_label.text() == CRITERION
    assert criterion.title in page.title_label.text()
    assert page.level_badge.text() == "Level: Foundation"
    assert not page.mandatory_badge.isHidden()
    assert page.guidance.text() == criterion.guidance
    for example in criterion.evidence_examples:
        assert example.replace("'", "&#x27;") in page.examples.text()
    assert page.current_status() is ResponseStatus.NOT_STARTED
    assert page.na_reason.isHidden()


def test_typing_is_stored_after_a_pause_and_at_once_on_navigation(qtbot, window) -> None:
    page, workspace = window.criterion_page, window.workspace
    states: list[bool] = []
    window.events.save_state_changed.connect(states.append)
    qtbot.keyClicks(page.narrative, "Filed in March")
    assert window.save_label.text() == "Saving…"
    assert criterion_answer(workspace, CRITERION).narrative == ""  # not yet: still typing
    qtbot.waitUntil(
        lambda: criterion_answer(workspace, CRITERION).narrative == "Filed in March", timeout=DEBOUNCE_MS * 4
    )
    assert window.save_label.text() == "All changes saved"
    assert states[0] is False and states[-1] is True

    qtbot.keyClicks(page.narrative, ", on time.")
    window.navigate("overview")  # no waiting: navigation stores it
    assert criterion_answer(workspace, CRITERION).narrative == "Filed in March, on time."


def test_not_applicable_asks_for_a_reason(qtbot, window) -> None:
    page = window.criterion_page
    assert page.na_reason.isHidden()
    page.status_buttons[ResponseStatus.NOT_APPLICABLE].click()
    assert not page.na_reason.isHidden() and not page.na_problem.isHidden()
    assert criterion_answer(window.workspace, CRITERION).status is ResponseStatus.NOT_APPLICABLE
    qtbot.keyClicks(page.na_reason, "Not registered yet")
    assert page.na_problem.isHidden()
    page.status_buttons[ResponseStatus.MET].click()
    assert page.na_reason.isHidden()
    window.autosaver.flush()
    answer = criterion_answer(window.workspace, CRITERION)
    assert answer.status is ResponseStatus.MET and answer.na_reason == "Not registered yet"


def test_navigation_icon_and_area_count_follow_the_status(window) -> None:
    model = window.navigation.nav_model
    area = model.index_of("area:GOV").data()
    window.criterion_page.status_buttons[ResponseStatus.NOT_MET].click()
    assert model.index_of("area:GOV").data() != area
    item = model.itemFromIndex(model.index_of(f"criterion:{CRITERION}"))
    assert "Not met" in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_stale_evidence_is_warned_about(window, tmp_path: Path) -> None:
    old = date.today() - timedelta(days=3 * 365)
    add_file(window, tmp_path, "annual-return-2022.pdf", b"%PDF old return", document_date=old)
    add_file(
        window, tmp_path, "register.png", b"\x89PNG register", document_date=date.today(),
        review_by=date.today() - timedelta(days=1),
    )  # fmt: skip
    add_file(window, tmp_path, "return-2026.pdf", b"%PDF new return", document_date=date.today())
    page = window.criterion_page
    page.reload()
    assert page.evidence_box.list.count() == 3
    warnings = page.evidence_box.warnings
    assert not warnings.isHidden()
    assert "more than 22 months ago" in warnings.text()
    assert "was due for review by" in warnings.text()
    assert "return 2026" not in warnings.text()


def test_open_gives_the_viewer_a_read_only_copy_under_the_original_name(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    evidence_id = add_file(window, tmp_path, "Annual Return 2026.pdf", b"%PDF-1.4 return")
    page = window.criterion_page
    page.reload()
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(Path(url.toLocalFile())) or True)
    )
    page.evidence_box.list.setCurrentRow(0)
    qtbot.mouseClick(page.evidence_box.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    [copy] = opened
    assert copy.name == "Annual Return 2026.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 return"
    assert not copy.stat().st_mode & stat.S_IWUSR
    stored = window.workspace.store.path_for(evidence_ops.list_evidence(window.workspace)[0].sha256)
    assert copy != stored and stored.parent != copy.parent
    assert evidence_id
    window.close()
    assert not copy.exists()  # the viewing copies go when the window closes


def test_unlink_keeps_the_item_in_the_library(qtbot, window, tmp_path: Path) -> None:
    add_file(window, tmp_path, "return.pdf", b"%PDF return")
    page = window.criterion_page
    page.reload()
    page.evidence_box.list.setCurrentRow(0)
    qtbot.mouseClick(page.evidence_box.unlink_button, Qt.MouseButton.LeftButton)
    assert page.evidence_box.list.count() == 0
    assert not page.evidence_box.empty.isHidden()
    [item] = evidence_ops.list_evidence(window.workspace)
    assert item.criteria == ()


def test_the_same_file_twice_is_one_library_item(qtbot, window, tmp_path: Path) -> None:
    page = window.criterion_page
    source = tmp_path / "return.pdf"
    source.write_bytes(b"%PDF same")
    page.attach_files([source])
    qtbot.waitUntil(lambda: page.evidence_box.list.count() == 1)
    window.navigate("criterion:GOV-01")
    page.attach_files([source])
    qtbot.waitUntil(lambda: page.evidence_box.list.count() == 1)
    [item] = evidence_ops.list_evidence(window.workspace)
    assert item.criteria == ("GOV-01", CRITERION)


def test_a_file_that_cannot_be_added_is_explained(qtbot, window, tmp_path: Path, message_boxes) -> None:
    page = window.criterion_page
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    good = tmp_path / "good.pdf"
    good.write_bytes(b"%PDF good")
    page.attach_files([empty, good])
    qtbot.waitUntil(lambda: page.evidence_box.list.count() == 1)
    [text] = message_boxes.texts("warning")
    assert "'empty.pdf' is empty" in text


def test_actions_can_be_added_edited_and_deleted(qtbot, window, monkeypatch, message_boxes) -> None:
    page = window.criterion_page
    due = date.today() + timedelta(days=30)

    def fill(dialog: ActionDialog) -> int:
        dialog.description.setPlainText("File the overdue annual return")
        dialog.owner.setText("Treasurer")
        dialog.due.setDate(due)
        return ActionDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", fill)
    qtbot.mouseClick(page.actions_box.add_button, Qt.MouseButton.LeftButton)
    [action] = list_actions(window.workspace, CRITERION)
    assert (action.description, action.owner, action.due_date) == ("File the overdue annual return", "Treasurer", due)
    assert page.actions_box.table.item(0, 1).text() == "Treasurer"

    def finish(dialog: ActionDialog) -> int:
        assert dialog.description.toPlainText() == "File the overdue annual return"
        dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.DONE.value))
        dialog.has_due.setChecked(False)
        return ActionDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", finish)
    page.actions_box.table.selectRow(0)
    qtbot.mouseClick(page.actions_box.edit_button, Qt.MouseButton.LeftButton)
    [action] = list_actions(window.workspace, CRITERION)
    assert action.status is ActionStatus.DONE and action.due_date is None

    message_boxes.answer = message_boxes.answer.No
    qtbot.mouseClick(page.actions_box.delete_button, Qt.MouseButton.LeftButton)
    assert len(list_actions(window.workspace, CRITERION)) == 1
    message_boxes.answer = message_boxes.answer.Yes
    qtbot.mouseClick(page.actions_box.delete_button, Qt.MouseButton.LeftButton)
    assert list_actions(window.workspace, CRITERION) == []
    assert page.actions_box.table.isHidden()


def test_action_dialog_needs_a_description(qtbot) -> None:
    dialog = ActionDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != ActionDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden()


def test_profile_page_saves_as_typed_and_refreshes_the_title(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate("profile:contact_email")  # where the readiness list sends you for a missing email
    page = window.pages["profile"]
    assert QApplication.focusWidget() is page.fields.contact_email
    page.fields.name.setText("Brook Lane Garden")
    window.navigate("overview")
    assert window.workspace.organisation_details().name == "Brook Lane Garden"
    assert window.windowTitle().startswith("Brook Lane Garden")


def test_window_geometry_and_text_size_are_remembered(qtbot, open_app, started_folder: Path, settings) -> None:
    first = open_app(started_folder)
    window = first.main_window
    window.resize(640, 480)
    window.set_zoom(150)
    window.close()
    first.shut_down()
    second = open_app(started_folder)
    assert second.main_window.size().width() == 640
    assert second.main_window.zoom == 150
