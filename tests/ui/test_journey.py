"""The whole VCO journey through the real main window: set up, answer, attach, reuse, plan, close and reopen."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard

from kitemark_app.core.profile import Activity, LegalForm
from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.actions import list_actions
from kitemark_app.services.answers import criterion_answer, outline
from kitemark_app.ui.action_dialog import ActionDialog
from kitemark_app.ui.app import AppController
from kitemark_app.ui.evidence_picker import EvidencePicker
from kitemark_app.ui.main_window import MainWindow


def fill_wizard(qtbot, controller: AppController) -> None:
    welcome = controller.welcome
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    wizard = controller.wizard
    qtbot.waitExposed(wizard)
    fields = wizard.fields
    qtbot.keyClicks(fields.name, "Brook Lane Community Garden")
    fields.legal_form.setCurrentIndex(fields.legal_form.findData(LegalForm.CIO.value))
    qtbot.keyClicks(fields.charity_number, "12345")  # too short: the wizard must say so and stay
    wizard.next()
    assert wizard.currentPage() is wizard.identity_page
    assert fields.errors["charity_number"].isVisibleTo(wizard)
    assert "6 or 7 digits" in fields.errors["charity_number"].text()
    fields.charity_number.clear()
    qtbot.keyClicks(fields.charity_number, "1180001")
    wizard.next()
    assert wizard.currentPage() is wizard.contact_page
    qtbot.keyClicks(fields.address, "2 Brook Lane, London")
    qtbot.keyClicks(fields.contact_name, "Ada Obi")
    qtbot.keyClicks(fields.contact_email, "ada@example.org")
    wizard.next()
    assert wizard.currentPage() is wizard.size_page
    fields.activities[Activity.USES_VOLUNTEERS].setChecked(True)
    fields.activities[Activity.WORKS_WITH_CHILDREN].setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.framework_page
    assert wizard.framework_page.use_default.isChecked()
    wizard.framework_page.level.setCurrentText("Foundation")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None)


def drop_files(widget, paths: list[Path]) -> None:
    """What a drag from the file manager delivers: drag-enter (which must be accepted), then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    centre = widget.rect().center()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the only QDragEnterEvent constructor takes QPoint
        enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def problems_for(window: MainWindow, criterion_id: str) -> set[str]:
    """The readiness problems the Overview shows for one criterion (opening the Overview, as a user would)."""
    back = window.current_target()
    window.navigate("overview")
    report = window.overview.report
    window.navigate(back)
    return {p.kind for p in report.problems if p.criterion == criterion_id}


def test_whole_journey(qtbot, open_app, data_dir: Path, tmp_path: Path, monkeypatch, message_boxes) -> None:
    controller = open_app(data_dir)
    assert controller.welcome is not None and controller.main_window is None
    fill_wizard(qtbot, controller)
    window = controller.main_window
    qtbot.addWidget(window)
    workspace = controller.workspace
    assert window.windowTitle().startswith("Brook Lane Community Garden")
    assert "DEMO" not in window.windowTitle()
    assert window.save_label.text() == "All changes saved"

    areas = outline(workspace).areas
    first, second = areas[0], areas[1]
    met_id, na_id = first.criteria[0].id, first.criteria[1].id
    partly_id = second.criteria[0].id
    answered_before = window.overview.report.answered
    assert "unanswered-mandatory" in problems_for(window, met_id)

    # Area one: met, with a narrative and evidence from the file dialog and by drag and drop.
    window.navigate(f"criterion:{met_id}")
    page = window.criterion_page
    assert window.stack.currentWidget() is page
    qtbot.mouseClick(page.status_buttons[ResponseStatus.MET], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.narrative, "Our constitution was adopted at the AGM.")
    constitution = tmp_path / "constitution.pdf"
    constitution.write_bytes(b"%PDF-1.4 constitution")
    minutes = tmp_path / "agm-minutes.txt"
    minutes.write_text("Minutes of the AGM", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(constitution)], "")))
    qtbot.mouseClick(page.evidence_box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.evidence_box.list.count() == 1)
    drop_files(page.evidence_box, [minutes])
    qtbot.waitUntil(lambda: page.evidence_box.list.count() == 2)
    assert {e.original_name for e in evidence_ops.evidence_for(workspace, met_id)} == {
        "constitution.pdf",
        "agm-minutes.txt",
    }
    nav_item = window.navigation.nav_model.itemFromIndex(window.navigation.nav_model.index_of(f"criterion:{met_id}"))
    assert ResponseStatus.MET.label in nav_item.toolTip()

    # Area one: not applicable needs a reason.
    window.navigate(f"criterion:{na_id}")
    qtbot.mouseClick(page.status_buttons[ResponseStatus.NOT_APPLICABLE], Qt.MouseButton.LeftButton)
    assert page.na_reason.isVisible() and page.na_problem.isVisible()
    assert "na-without-reason" in problems_for(window, na_id)
    window.navigate(f"criterion:{na_id}")
    qtbot.keyClicks(page.na_reason, "We have no premises of our own.")
    assert not page.na_problem.isVisible()

    # Area two: partly met, reusing the constitution from the library, with an action for the gap.
    window.navigate(f"criterion:{partly_id}")  # navigating stores the pending reason at once
    assert criterion_answer(workspace, na_id).na_reason == "We have no premises of our own."
    qtbot.mouseClick(page.status_buttons[ResponseStatus.PARTLY_MET], Qt.MouseButton.LeftButton)

    def pick_constitution(picker: EvidencePicker) -> int:
        for row in range(picker.list.count()):
            if "constitution.pdf" in picker.list.item(row).text():
                picker.list.item(row).setSelected(True)
        return EvidencePicker.DialogCode.Accepted

    monkeypatch.setattr(EvidencePicker, "exec", pick_constitution)
    qtbot.mouseClick(page.evidence_box.link_button, Qt.MouseButton.LeftButton)
    assert page.evidence_box.list.count() == 1
    assert len(evidence_ops.list_evidence(workspace)) == 2  # reused, not copied

    def fill_action(dialog: ActionDialog) -> int:
        dialog.description.setPlainText("Write a lone-working procedure")
        dialog.owner.setText("Ada Obi")
        return ActionDialog.DialogCode.Accepted

    monkeypatch.setattr(ActionDialog, "exec", fill_action)
    qtbot.mouseClick(page.actions_box.add_button, Qt.MouseButton.LeftButton)
    assert page.actions_box.table.rowCount() == 1

    # The dashboard and its readiness list followed every change.
    window.navigate("overview")
    report = window.overview.report
    assert report.answered == answered_before + 3
    assert "unanswered-mandatory" not in problems_for(window, met_id)
    assert "na-without-reason" not in problems_for(window, na_id)
    assert (
        f"{first.answered + 2}/{len(first.criteria)}" in window.navigation.nav_model.index_of(f"area:{first.id}").data()
    )

    window.navigate(f"criterion:{partly_id}")
    # The last keystrokes are still waiting for the debounce when the window closes: they must be kept.
    qtbot.keyClicks(page.narrative, "Lone working is covered in the volunteer handbook.")
    assert window.autosaver.has_pending
    window.close()
    controller.shut_down()
    assert not message_boxes.shown

    again = open_app(data_dir)
    window = again.main_window
    assert window is not None and again.welcome is None
    workspace = again.workspace
    window.navigate(f"criterion:{partly_id}")
    page = window.criterion_page
    assert page.status_buttons[ResponseStatus.PARTLY_MET].isChecked()
    assert page.narrative.toPlainText() == "Lone working is covered in the volunteer handbook."
    assert page.evidence_box.list.count() == 1
    assert [a.description for a in list_actions(workspace, partly_id)] == ["Write a lone-working procedure"]
    assert list_actions(workspace, partly_id)[0].status is ActionStatus.OPEN
    window.navigate(f"criterion:{na_id}")
    assert page.status_buttons[ResponseStatus.NOT_APPLICABLE].isChecked()
    assert page.na_reason.toPlainText() == "We have no premises of our own."
    window.navigate(f"criterion:{met_id}")
    assert page.narrative.toPlainText() == "Our constitution was adopted at the AGM."
    assert page.evidence_box.list.count() == 2
    assert sorted(evidence_ops.list_evidence(workspace)[0].criteria) == sorted([met_id, partly_id])
