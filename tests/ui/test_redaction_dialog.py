"""Hide parts before sending: the marking dialog, opened from the evidence library and driven with the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from kitemark_app.evidence.redaction import Area
from kitemark_app.services import evidence_ops, redaction_ops
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_library import EvidenceLibraryPage
from kitemark_app.ui.redaction_dialog import RedactionDialog
from tests.integration.test_redaction_export import make_certificate
from tests.ui.mnemonics import clashes
from tests.ui.test_dialogs_fit import assert_fits, screen  # noqa: F401  (the screen fixture: 1366x768, 1024x768)
from tests.ui.test_evidence_library import select_title
from tests.ui.vco_workspace import first_criteria, vco_workspace, write_file


@pytest.fixture
def workspace(data_dir: Path):
    with vco_workspace(data_dir) as ws:
        yield ws


@pytest.fixture
def certificate(workspace: Workspace, tmp_path: Path) -> int:
    make_certificate(tmp_path / "dbs-certificate.pdf")
    return evidence_ops.add_evidence(
        workspace, tmp_path / "dbs-certificate.pdf", title="DBS certificate", criteria=first_criteria(workspace, 1)
    )


@pytest.fixture
def page(qtbot, workspace: Workspace, certificate: int, tmp_path: Path) -> EvidenceLibraryPage:
    evidence_ops.add_evidence(workspace, write_file(tmp_path, "rota.csv", "name,shift\n"), title="Rota")
    widget = EvidenceLibraryPage(workspace, AppEvents())
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def opened(qtbot, page: EvidenceLibraryPage, title: str) -> RedactionDialog:
    select_title(page, title)
    assert page.hide_button.isEnabled()
    dialog = page.hide_parts_of_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pages > 0 and 1 in dialog._images)
    qtbot.waitExposed(dialog)
    return dialog


def on_canvas(dialog: RedactionDialog, fx: float, fy: float) -> QPoint:
    """The widget position of a point given in fractions of the page shown."""
    rect = dialog.canvas.page_rect()
    return QPoint(round(rect.x() + fx * rect.width()), round(rect.y() + fy * rect.height()))


def drag(qtbot, dialog: RedactionDialog, start: tuple[float, float], end: tuple[float, float]) -> None:
    canvas = dialog.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=on_canvas(dialog, *start))
    qtbot.mouseMove(canvas, on_canvas(dialog, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2))
    qtbot.mouseMove(canvas, on_canvas(dialog, *end))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=on_canvas(dialog, *end))


def test_drag_boxes_leave_a_page_out_and_save(qtbot, page: EvidenceLibraryPage, workspace: Workspace,
                                              certificate: int) -> None:  # fmt: skip
    dialog = opened(qtbot, page, "DBS certificate")
    assert dialog.page_label.text() == "Page 1 of 3"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    drag(qtbot, dialog, (0.1, 0.15), (0.6, 0.2))
    drag(qtbot, dialog, (0.1, 0.3), (0.5, 0.35))
    boxes = dialog.canvas.boxes()
    assert len(boxes) == 2
    assert (boxes[0].left(), boxes[0].top()) == pytest.approx((0.1, 0.15), abs=0.01)
    assert (boxes[0].right(), boxes[0].bottom()) == pytest.approx((0.6, 0.2), abs=0.01)
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=on_canvas(dialog, 0.3, 0.32))  # removes one
    assert len(dialog.canvas.boxes()) == 1
    qtbot.mouseClick(dialog.canvas, Qt.MouseButton.LeftButton, pos=on_canvas(dialog, 0.9, 0.9))  # on nothing
    assert len(dialog.canvas.boxes()) == 1

    with qtbot.waitSignal(dialog.page_shown, check_params_cb=lambda number: number == 2):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "Page 2 of 3" and dialog.canvas.boxes() == []
    dialog.omit.setChecked(True)
    drag(qtbot, dialog, (0.1, 0.1), (0.5, 0.5))  # a page left out takes no boxes
    assert dialog.canvas.boxes() == []
    with qtbot.waitSignal(dialog.page_shown, check_params_cb=lambda number: number == 1):
        qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)  # drawn before: no new task
    assert len(dialog.canvas.boxes()) == 1 and not dialog.omit.isChecked()

    with qtbot.waitSignal(dialog.redactions_saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    hidden = redaction_ops.load(workspace, certificate).redactions
    assert hidden.omitted_pages == {2}
    (area,) = hidden.areas
    assert area.page == 1
    assert (area.x0, area.y0, area.x1, area.y1) == pytest.approx((0.1, 0.15, 0.6, 0.2), abs=0.01)
    qtbot.waitUntil(lambda: "Hidden before sending:" in page.details.toPlainText())
    assert "1 area hidden by the organisation; page 2 left out by the organisation" in page.details.toPlainText()


def test_saved_marks_come_back_and_cancel_keeps_them(qtbot, page: EvidenceLibraryPage, workspace: Workspace,
                                                     certificate: int) -> None:  # fmt: skip
    redaction_ops.add(workspace, certificate, [Area(1, 0.2, 0.2, 0.4, 0.3), Area(3, 0, 0, 1, 0.1)], [2])
    dialog = opened(qtbot, page, "DBS certificate")
    assert len(dialog.canvas.boxes()) == 1
    dialog.canvas.add_box(dialog.canvas.boxes()[0].translated(0.3, 0.3))
    dialog._clear_page()
    assert dialog.canvas.boxes() == []
    dialog.reject()
    hidden = redaction_ops.load(workspace, certificate).redactions
    assert len(hidden.areas) == 2 and hidden.omitted_pages == {2}


def test_a_replaced_file_asks_for_a_check_that_saving_clears(qtbot, page: EvidenceLibraryPage,
                                                             workspace: Workspace, certificate: int,
                                                             tmp_path: Path) -> None:  # fmt: skip
    redaction_ops.add(workspace, certificate, [Area(1, 0.2, 0.2, 0.4, 0.3)])
    make_certificate(tmp_path / "newer.pdf")
    evidence_ops.replace_file(workspace, certificate, workspace.store.add(tmp_path / "newer.pdf"), None)
    dialog = opened(qtbot, page, "DBS certificate")
    assert dialog.to_check.isVisibleTo(dialog) and "its file was replaced" in dialog.to_check.text()
    with qtbot.waitSignal(dialog.redactions_saved, timeout=10_000):
        dialog.save()
    assert redaction_ops.load(workspace, certificate).to_check == ""


def test_only_pdfs_and_pictures_can_have_parts_hidden(page: EvidenceLibraryPage) -> None:
    select_title(page, "Rota")
    assert not page.hide_button.isEnabled()
    select_title(page, "DBS certificate")
    assert page.hide_button.isEnabled()


def test_a_file_that_cannot_be_drawn_is_one_sentence(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    broken = write_file(tmp_path, "scan.pdf", b"%PDF-1.7\n" + b"\x00not a pdf" * 50)
    evidence_id = evidence_ops.add_evidence(workspace, broken, title="Scan")
    dialog = RedactionDialog(workspace, evidence_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task_failed) as failed:
        dialog.show()
    assert failed.args == ["Kitemark could not open 'scan.pdf' as a PDF (it may be damaged)."]
    assert dialog.message.isVisibleTo(dialog) and not dialog.save_button.isEnabled()


def test_the_dialog_fits_the_small_screens(qtbot, workspace: Workspace, certificate: int, screen: QRect) -> None:  # noqa: F811
    dialog = RedactionDialog(workspace, certificate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: 1 in dialog._images)
    assert_fits(dialog, screen, "hide parts before sending")
    assert dialog.canvas.height() >= 380  # room to see the page
    assert clashes(dialog) == {}
