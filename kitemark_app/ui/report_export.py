"""File → Export an editable copy…: the self-assessment as a Word document, an Excel workbook, or a bundle of the
evidence files for a funder (``services/office_export``).

The dialog asks which and where (the save dialog starts in the Documents folder); the file is written off the UI
thread through ``run_task``, with progress and Cancel, and appears under its name only when complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.safe_text import file_name_text
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.folders import in_documents
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.tasks import Task, run_task

WANTED_SIZE = QSize(560, 340)
SUFFIXES = {"docx": ".docx", "xlsx": ".xlsx", "bundle": ".zip"}


class ReportExportDialog(QDialog):
    """Choose a format, then Export… asks where to save it and writes it in the background."""

    #: The file was written (its path).
    report_exported = Signal(Path)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Export an editable copy"))
        with workspace.session() as session:
            title = workspace.framework(workspace.current_cycle(session)).title
        intro = QLabel(
            self.tr(
                "A copy of your self-assessment against %1 to edit, share or print. It is not signed: for the "
                "council, use Prepare submission."
            ).replace("%1", title)
        )
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.formats: dict[str, QRadioButton] = {
            "docx": QRadioButton(self.tr("&Word document: the criteria, your answers, the evidence and the gaps")),
            "xlsx": QRadioButton(
                self.tr("E&xcel workbook: one row per criterion, with the action plan and the evidence list")
            ),
            "bundle": QRadioButton(
                self.tr("&Bundle for a funder: a zip of the evidence files, with an index in Word and CSV")
            ),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.formats.values():
            self.choices.addButton(button)
            layout.addWidget(button)
        self.formats["docx"].setChecked(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Export result"))
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self, WANTED_SIZE)
        super().showEvent(event)

    @property
    def chosen_format(self) -> str:
        return next(fmt for fmt, button in self.formats.items() if button.isChecked())

    def _suggested_name(self, fmt: str) -> str:
        name = self.workspace.organisation_details().name or "Kitemark"
        safe = file_name_text(name)
        what = self.tr("evidence for funders") if fmt == "bundle" else self.tr("self-assessment")
        return f"{safe} {what}{SUFFIXES[fmt]}"

    def choose_and_export(self) -> None:
        fmt = self.chosen_format
        filters = {
            "docx": self.tr("Word documents (*.docx)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "bundle": self.tr("Zip files (*.zip)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the editable copy"), in_documents(self._suggested_name(fmt)), filters[fmt]
        )
        if name:
            self.export_to(fmt, Path(name))

    def export_to(self, fmt: str, out: Path) -> Task:
        """Write ``fmt`` to ``out`` in the background (the save dialog already asked before replacing a file)."""
        from kitemark_app.services.office_export import write_report

        if out.suffix.lower() != SUFFIXES[fmt]:
            out = out.with_name(out.name + SUFFIXES[fmt])
        workspace = self.workspace
        self.outcome.setText("")
        self.export_button.setEnabled(False)
        titles = {
            "docx": self.tr("Writing the Word document…"),
            "xlsx": self.tr("Writing the Excel workbook…"),
            "bundle": self.tr("Putting the evidence bundle together…"),
        }
        self.task = run_task(
            self,
            lambda report, cancelled: write_report(workspace, fmt, out, progress=report, cancelled=cancelled),
            title=titles[fmt],
            on_done=self._exported,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
        )
        return self.task

    def _exported(self, result: object) -> None:
        path = Path(getattr(result, "path"))  # noqa: B009 - a ReportResult, typed loosely across the signal
        self.task = None
        self.export_button.setEnabled(True)
        self.outcome.setText(self.tr("Saved as %1. You can open it, edit it and send it.").replace("%1", str(path)))
        self.report_exported.emit(path)

    def _failed(self, message: str) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.outcome.setText(message)  # a KitemarkError's sentence, which says what was (not) saved

    def _cancelled(self) -> None:
        self._failed(self.tr("The export was cancelled; nothing was saved."))


def export_report(parent: QWidget, workspace: Workspace) -> ReportExportDialog:
    """Show the dialog (window-modal, not blocking) and return it."""
    dialog = ReportExportDialog(workspace, parent)
    dialog.setModal(True)
    dialog.open()
    return dialog
