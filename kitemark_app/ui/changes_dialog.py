"""File → What changed since my last pack…: answers, evidence and actions changed since the pack last sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget

from kitemark_app.services.changes import SinceExport, since_last_export
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.tasks import Task, run_task

WANTED_SIZE = QSize(720, 480)


class ChangesDialog(QDialog):
    def __init__(self, since: SinceExport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed since your last pack"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Since %1, sent on %2:").replace("%1", since.file_name).replace("%2", long_day(since.exported_at))
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Changes since your last pack"))
        self.changes.setWordWrap(True)
        for change in since.changes:
            self.changes.addItem(change.sentence())
        for action in since.actions_closed:
            self.changes.addItem(self.tr("Action done: %1").replace("%1", action))
        if since.nothing:
            self.changes.addItem(self.tr("Nothing has changed since then."))
        layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self, WANTED_SIZE)
        super().showEvent(event)


def show_changes(parent: QWidget, workspace: Workspace) -> Task:
    root = workspace.layout.root

    def shown(since: SinceExport | None) -> None:
        if since is None:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("ChangesDialog", "What changed since your last pack"),
                QCoreApplication.translate(
                    "ChangesDialog", "You have not sent a pack yet, so there is nothing to compare with."
                ),
            )
            return
        ChangesDialog(since, parent).exec()

    def failed(message: str) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("ChangesDialog", "What changed since your last pack"), message
        )

    return run_task(
        parent,
        lambda _report, _cancelled: since_last_export(root),
        title=QCoreApplication.translate("ChangesDialog", "Comparing with your last pack…"),
        on_done=shown,
        on_failed=failed,
    )
