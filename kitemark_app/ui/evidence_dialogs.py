"""Dialogs of the evidence library: edit an item's title and dates; confirm a removal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box "Has a date" and a date field with a calendar."""

    def __init__(self, label: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(self.tr("Set"), self)
        self.enabled_box.setAccessibleName(self.tr("%1: set a date").replace("%1", label))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(label)
        self.date_edit.setDate(QDate(value) if value else QDate.currentDate())
        self.enabled_box.setChecked(value is not None)
        self.date_edit.setEnabled(value is not None)
        self.enabled_box.toggled.connect(self.date_edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.date_edit, 1)
        self.setFocusProxy(self.enabled_box)

    def value(self) -> date | None:
        if not self.enabled_box.isChecked():
            return None
        qdate = self.date_edit.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.enabled_box.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value))


class EvidenceDetailsDialog(QDialog):
    """Edit the title, the date the document represents, and when it must be reviewed."""

    def __init__(
        self, title: str, document_date: date | None, review_by: date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence details"))
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.document_date = OptionalDateEdit(self.tr("Document date"), document_date, self)
        self.review_by = OptionalDateEdit(self.tr("Review by"), review_by, self)
        hint = QLabel(
            self.tr(
                "The document date is the date the document represents (e.g. when the policy was approved "
                "or the accounts' year end). Review by is when it should be checked again."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Document date:"), self.document_date)
        form.addRow(self.tr("&Review by:"), self.review_by)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _check_and_accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error_label.setText(self.tr("Please give the evidence a title, e.g. 'Safeguarding policy 2025'."))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        self.accept()

    def changes(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text().strip(),
            "document_date": self.document_date.value(),
            "review_by": self.review_by.value(),
        }


def confirm_removal(parent: QWidget, title: str, criteria: list[str]) -> bool:
    """Ask before removing; name every criterion the item would be taken away from."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(parent.tr("Remove evidence"))
    if criteria:
        box.setText(
            parent.tr("'%1' is used by %2 criteria: %3.")
            .replace("%1", title)
            .replace("%2", str(len(criteria)))
            .replace("%3", ", ".join(criteria))
        )
        box.setInformativeText(parent.tr("Removing it takes it away from all of them. Remove it from the library?"))
    else:
        box.setText(parent.tr("Remove '%1' from the library?").replace("%1", title))
        box.setInformativeText(parent.tr("No criterion uses it."))
    remove = box.addButton(parent.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is remove
