"""Add or edit one action item: what will be done, who does it, by when, and how far it has got."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.status import ActionStatus
from kitemark_app.services.actions import ActionSummary
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.widgets.text import ShortTextEdit


@dataclass(frozen=True)
class ActionValues:
    description: str
    owner: str
    due_date: date | None
    status: ActionStatus


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, action: ActionSummary | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setAccessibleName(self.windowTitle())
        self.description = ShortTextEdit(4)
        self.description.setAccessibleName(self.tr("What will be done"))
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Who will do it"))
        self.has_due = QCheckBox(self.tr("Has a &due date"))
        self.has_due.setAccessibleName(self.tr("Has a due date"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(core_word(status.label), status.value)
        self.status.setAccessibleName(self.tr("Action status"))
        self.problem = QLabel()
        self.problem.setVisible(False)
        self.problem.setWordWrap(True)

        if action is not None:
            self.description.setPlainText(action.description)
            self.owner.setText(action.owner)
            self.has_due.setChecked(action.due_date is not None)
            due = action.due_date or date.today()
            self.due.setDate(QDate(due.year, due.month, due.day))
            self.status.setCurrentIndex(self.status.findData(action.status.value))
        else:
            self.has_due.setChecked(True)
            self.due.setDate(QDate.currentDate().addMonths(3))
        self.due.setEnabled(self.has_due.isChecked())

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in (
            (self.tr("&What will be done *"), self.description),
            (self.tr("Who will do &it"), self.owner),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(QLabel(self.tr("By when")), due_row)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save action"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def values(self) -> ActionValues:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return ActionValues(
            self.description.toPlainText().strip(),
            self.owner.text().strip(),
            due,  # type: ignore[arg-type]
            ActionStatus(self.status.currentData()),
        )

    def accept(self) -> None:
        if not self.values().description:
            self.problem.setText(self.tr("Please describe what will be done."))
            self.problem.setVisible(True)
            self.description.setFocus()
            return
        super().accept()
