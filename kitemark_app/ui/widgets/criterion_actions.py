"""The action items for one criterion: what will be done about a gap, by whom and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.services.actions import ActionSummary
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.widgets.text import bold_font


class CriterionActionsBox(QGroupBox):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions"), parent)
        hint = QLabel(self.tr("What you will do about anything not yet met."))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("What will be done"), self.tr("Who"), self.tr("By when"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Actions for this criterion"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemActivated.connect(lambda item: self.edit_requested.emit(self._id_at(item.row())))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No actions for this criterion."))

        self.add_button = QPushButton(self.tr("Add ac&tion…"))
        self.add_button.setAccessibleName(self.tr("Add an action"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected action"))
        self.edit_button.clicked.connect(lambda: self._emit_for_current(self.edit_requested))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected action"))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.delete_requested))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()

    def _id_at(self, row: int) -> int:
        return int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _emit_for_current(self, signal: Signal) -> None:
        row = self.table.currentRow()
        if row >= 0:
            signal.emit(self._id_at(row))  # type: ignore[attr-defined]

    def _update_buttons(self) -> None:
        chosen = self.table.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def set_actions(self, actions: list[ActionSummary], today: date | None = None) -> None:
        today = today or date.today()
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            due = long_day(action.due_date) if action.due_date else self.tr("not set")
            if action.is_overdue(today):
                due = self.tr("%1 (overdue)").replace("%1", due)
            cells = [action.description, action.owner or self.tr("not set"), due, core_word(action.status.label)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, action.id)
                if action.is_overdue(today) and column == 2:
                    item.setFont(bold_font())
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(len(actions)))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height + 2 * self.table.frameWidth())
        self.table.setVisible(bool(actions))
        self.empty.setVisible(not actions)
        self._update_buttons()
