"""The outcome of the review: award at a level with a valid-until date, resubmission by a date, or not awarded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.review.model import Decision
from kitemark_app.services.assessor import OutcomeEntry, default_valid_until


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setAccessibleName(name)
    return edit


class OutcomePanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.group = QButtonGroup(self)
        self.award = QRadioButton(self.tr("&Award the Kitemark"))
        self.resubmit = QRadioButton(self.tr("Ask for a resub&mission"))
        self.not_awarded = QRadioButton(self.tr("&Not awarded"))
        self.buttons = {
            Decision.AWARDED: self.award,
            Decision.RESUBMIT: self.resubmit,
            Decision.NOT_AWARDED: self.not_awarded,
        }
        for button in self.buttons.values():
            button.setAccessibleName(button.text().replace("&", ""))
            self.group.addButton(button)
        self.group.buttonToggled.connect(lambda _b, on: on and self._update())
        self.level = QComboBox()
        self.level.setEditable(True)
        self.level.setAccessibleName(self.tr("Level awarded"))
        self.level.currentTextChanged.connect(self._emit)
        self.valid_until = _date_edit(self.tr("Valid until"))
        self.valid_until.dateChanged.connect(self._emit)
        self.resubmit_by = _date_edit(self.tr("Resubmit by"))
        self.resubmit_by.dateChanged.connect(self._emit)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("Summary feedback"))
        self.summary.setPlaceholderText(self.tr("What the organisation does well and what it should work on next"))
        self.summary.textChanged.connect(self._emit)
        form = QFormLayout()
        self.level_label = QLabel(self.tr("&Level:"))
        self.level_label.setBuddy(self.level)
        self.valid_label = QLabel(self.tr("Valid un&til:"))
        self.valid_label.setBuddy(self.valid_until)
        self.resubmit_label = QLabel(self.tr("Resubmit &by:"))
        self.resubmit_label.setBuddy(self.resubmit_by)
        form.addRow(self.level_label, self.level)
        form.addRow(self.valid_label, self.valid_until)
        form.addRow(self.resubmit_label, self.resubmit_by)
        summary_label = QLabel(self.tr("&Summary feedback:"))
        summary_label.setBuddy(self.summary)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #b42318")
        self.warnings.setAccessibleName(self.tr("Where the outcome contradicts the verdicts"))
        self.warnings.setVisible(False)
        layout = QVBoxLayout(self)
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.warnings)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)

    def set_outcome(self, outcome: OutcomeEntry, levels: list[str]) -> None:
        self._loading = True
        try:
            self.group.setExclusive(False)
            for decision, button in self.buttons.items():
                button.setChecked(outcome.decision == decision.value)
            self.group.setExclusive(True)
            self.level.clear()
            self.level.addItems(levels)
            self.level.setCurrentText(outcome.level)
            self.valid_until.setDate(QDate(outcome.valid_until or default_valid_until()))
            self.resubmit_by.setDate(QDate(outcome.resubmit_by or date.fromordinal(date.today().toordinal() + 56)))
            self.summary.setPlainText(outcome.summary)
            self._update(emit=False)
        finally:
            self._loading = False

    def outcome(self) -> OutcomeEntry:
        decision = next((d.value for d, b in self.buttons.items() if b.isChecked()), "")
        return OutcomeEntry(
            decision,
            self.level.currentText().strip() if decision == Decision.AWARDED else "",
            self.valid_until.date().toPython() if decision == Decision.AWARDED else None,  # type: ignore[arg-type]
            self.resubmit_by.date().toPython() if decision == Decision.RESUBMIT else None,  # type: ignore[arg-type]
            self.summary.toPlainText(),
        )

    def show_warnings(self, warnings: list[str]) -> None:
        """Where the award contradicts the verdicts (review/checks.py), shown under the decision."""
        self.warnings.setText("\n".join(f"• {warning}" for warning in warnings))
        self.warnings.setVisible(bool(warnings))

    def _update(self, emit: bool = True) -> None:
        award, resubmit = self.award.isChecked(), self.resubmit.isChecked()
        for widget in (self.level, self.level_label, self.valid_until, self.valid_label):
            widget.setVisible(award)
        for widget in (self.resubmit_by, self.resubmit_label):
            widget.setVisible(resubmit)
        if emit:
            self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()
