"""The progress dialog is wide enough for its title (window managers cut a title to the dialog's width)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kitemark_app.ui.tasks import Task


def test_the_progress_dialog_fits_its_title(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    title = "Signing and exporting the submission pack…"
    task = Task(parent, lambda _report, _cancelled: None, title)
    dialog = task._dialog
    assert dialog.minimumWidth() >= dialog.fontMetrics().horizontalAdvance(title)
    assert dialog.windowTitle() == title
