"""Dialogs of the evidence library: edit an item's title and dates; confirm a removal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from kitemark_app.core.dates import EXAMPLE, DateTextError, parse_day, show_day
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.screen_fit import fit_dialog


class OptionalDateEdit(QWidget):
    """A date that may be left empty, typed as people in the UK write dates (``18/09/2025``, ``18 Sep 2025``,
    ``2025-09-18``…, read by ``core.dates.parse_day``) or picked from a calendar."""

    def __init__(self, label: str, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(show_day(value) if value else "", self)
        self.text.setPlaceholderText(self.tr("e.g. %1 (leave empty if there is none)").replace("%1", EXAMPLE))
        self.text.setAccessibleName(label)
        self.text.setClearButtonEnabled(True)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setAccessibleName(self.tr("%1: pick from a calendar").replace("%1", label))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        menu.aboutToShow.connect(self._show_typed_date)
        self.calendar.clicked.connect(lambda day: (self.set_value(day.toPython()), menu.close()))
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.text)

    def _show_typed_date(self) -> None:
        try:
            typed = self.value()
        except DateTextError:
            typed = None
        self.calendar.setSelectedDate(QDate(typed) if typed else QDate.currentDate())

    def value(self) -> date | None:
        """The date typed, None when the field is empty; raises ``DateTextError`` when it is not a date."""
        if not self.text.text().strip():
            return None
        return parse_day(self.text.text())

    def problem(self) -> str | None:
        try:
            self.value()
        except DateTextError as error:
            return error_text(error)
        return None

    def set_value(self, value: date | None) -> None:
        self.text.setText(show_day(value) if value else "")


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

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def _check_and_accept(self) -> None:
        if not self.title_edit.text().strip():
            self._say(self.tr("Please give the evidence a title, e.g. 'Safeguarding policy 2025'."), self.title_edit)
            return
        for field in (self.document_date, self.review_by):
            if problem := field.problem():
                self._say(problem, field.text)
                return
        self.accept()

    def _say(self, problem: str, where: QWidget) -> None:
        self.error_label.setText(problem)
        self.error_label.show()
        where.setFocus()

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
    box.setWindowTitle(QCoreApplication.translate("EvidenceDialogs", "Remove evidence"))
    if criteria:
        used_by = QCoreApplication.translate(
            "EvidenceDialogs", "'%1' is used by %n criterion(s): %2.", "", len(criteria)
        )
        box.setText(used_by.replace("%2", ", ".join(criteria)).replace("%1", title))
        box.setInformativeText(
            QCoreApplication.translate(
                "EvidenceDialogs", "Removing it takes it away from all of them. Remove it from the library?"
            )
        )
    else:
        box.setText(QCoreApplication.translate("EvidenceDialogs", "Remove '%1' from the library?").replace("%1", title))
        box.setInformativeText(QCoreApplication.translate("EvidenceDialogs", "No criterion uses it."))
    remove = box.addButton(
        QCoreApplication.translate("EvidenceDialogs", "Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is remove
