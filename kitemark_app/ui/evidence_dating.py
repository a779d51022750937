"""Right after files are added: "What date is each document?", with Kitemark's guess filled in to confirm.

One dialog for every newly added file that has no date yet: its title, the date it represents (guessed from the
file name, a photo's date taken or a PDF's creation date, and saying so), and an optional review-by date. "Later"
leaves them as "needs a date" — never "out of date".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.dates import EXAMPLE
from kitemark_app.evidence.date_guess import DateGuess
from kitemark_app.ui.evidence_dialogs import OptionalDateEdit
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.screen_fit import fit_dialog

SOURCE_WORDS = {
    "file name": QT_TRANSLATE_NOOP("DatingDialog", "from the file name"),
    "date taken": QT_TRANSLATE_NOOP("DatingDialog", "when the photo was taken"),
    "PDF created": QT_TRANSLATE_NOOP("DatingDialog", "when the PDF was made"),
}


@dataclass(frozen=True)
class Undated:
    evidence_id: int
    title: str
    guess: DateGuess | None


class DatingDialog(QDialog):
    def __init__(self, items: list[Undated], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setWindowTitle(self.tr("Date the documents"))
        intro = QLabel(
            self.tr(
                "What date does each document represent — when the policy was approved, the minutes' meeting, "
                "the accounts' year end? Kitemark uses it to tell when a document is out of date. Check any date "
                "it guessed."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, heading in enumerate((self.tr("Document"), self.tr("Document date"), self.tr("Review by"))):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.dates: list[OptionalDateEdit] = []
        self.reviews: list[OptionalDateEdit] = []
        for row, item in enumerate(items, start=1):
            title = QLabel(item.title)
            title.setWordWrap(True)
            dated = OptionalDateEdit(self.tr("Document date of %1").replace("%1", item.title), None)
            if item.guess is not None:
                dated.set_value(item.guess.day)
                dated.setToolTip(
                    self.tr("Guessed %1: %2. Check it.")
                    .replace("%1", self.tr(SOURCE_WORDS.get(item.guess.source, item.guess.source)))
                    .replace("%2", long_day(item.guess.day))
                )
            review = OptionalDateEdit(self.tr("Review-by date of %1").replace("%1", item.title), None)
            for field in (dated, review):  # the whole date in view, clear button included
                field.text.setMinimumWidth(field.text.fontMetrics().horizontalAdvance("28/09/2026") + 48)
                # A placeholder short enough to show whole; the rest of the hint in the tooltip.
                field.text.setPlaceholderText(self.tr("e.g. %1").replace("%1", EXAMPLE))
                if not field.toolTip():
                    field.setToolTip(
                        self.tr(
                            "Type a date like %1, or pick one from the calendar; leave it empty if there is none."
                        ).replace("%1", EXAMPLE)
                    )
            grid.addWidget(title, row, 0)
            grid.addWidget(dated, row, 1)
            grid.addWidget(review, row, 2)
            if item.guess is not None:
                note = QLabel(self.tr("guessed %1 — check it").replace(
                    "%1", self.tr(SOURCE_WORDS.get(item.guess.source, item.guess.source))))  # fmt: skip
                note.setStyleSheet("color: palette(placeholder-text)")
                note.setWordWrap(True)  # it shares the width with the titles rather than taking it from them
                grid.addWidget(note, row, 3)
            self.dates.append(dated)
            self.reviews.append(review)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 1)
        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save dates"), QDialogButtonBox.ButtonRole.AcceptRole)
        later: QPushButton = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("They are listed as needing a date until you set one."))
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(900, min(560, 180 + 44 * len(items)))

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def _check_and_accept(self) -> None:
        for field in (*self.dates, *self.reviews):
            if problem := field.problem():
                self.problem.setText(problem)
                self.problem.show()
                field.setFocus()
                return
        self.accept()

    def values(self) -> list[tuple[int, date | None, date | None]]:
        """(evidence id, document date, review by) for each row, as typed (call after accept)."""
        return [
            (item.evidence_id, dated.value(), review.value())
            for item, dated, review in zip(self.items, self.dates, self.reviews, strict=True)
        ]
