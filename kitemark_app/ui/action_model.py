"""The table model behind the action plan: one row per action item, status editable in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kitemark_app.core.status import ActionStatus
from kitemark_app.services.action_plan import PlannedAction
from kitemark_app.services.actions import ActionSummary
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.widgets.row_model import Index, RowListModel, change_filter

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: The ActionStatus value of a row, as text (the status column's editor reads it).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3


#: Status order for sorting: what still needs doing first.
_STATUS_ORDER = {ActionStatus.OPEN: 0, ActionStatus.IN_PROGRESS: 1, ActionStatus.DONE: 2}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionModel", text)


def status_label(status: ActionStatus) -> str:
    return core_word(status.label)


def overdue_background(palette: QPalette) -> QColor:
    """A red tint mixed into the view's own base colour, so it reads in light and dark themes alike."""
    base = palette.color(QPalette.ColorRole.Base)
    red = QColor(220, 50, 47)
    weight = 0.22 if base.lightness() > 128 else 0.38
    return QColor(
        round(base.red() * (1 - weight) + red.red() * weight),
        round(base.green() * (1 - weight) + red.green() * weight),
        round(base.blue() * (1 - weight) + red.blue() * weight),
    )


class Column(IntEnum):
    DUE = 0
    STATUS = 1
    DESCRIPTION = 2
    OWNER = 3
    CRITERION = 4
    SOURCE = 5


_HEADERS = {
    Column.DUE: QT_TRANSLATE_NOOP("ActionModel", "Due"),
    Column.STATUS: QT_TRANSLATE_NOOP("ActionModel", "Status"),
    Column.DESCRIPTION: QT_TRANSLATE_NOOP("ActionModel", "Action"),
    Column.OWNER: QT_TRANSLATE_NOOP("ActionModel", "Owner"),
    Column.CRITERION: QT_TRANSLATE_NOOP("ActionModel", "Criterion"),
    Column.SOURCE: QT_TRANSLATE_NOOP("ActionModel", "From"),
}


class ActionTableModel(RowListModel):
    """Rows of ``PlannedAction``; ``set_status(action_id, status)`` stores a status change.

    ``set_status`` must not reset this model while it runs (the view is still committing its editor).
    """

    columns = Column

    def __init__(self, set_status: Callable[[int, ActionStatus], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._set_status = set_status
        self.today = date.today()

    def set_items(self, items: Sequence[PlannedAction], today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_items(items)

    def item(self, row: int) -> PlannedAction:
        item: PlannedAction = self._items[row]
        return item

    def overdue_count(self) -> int:
        return sum(item.is_overdue(self.today) for item in self._items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._items[index.row()]
        item = row.action
        column = Column(index.column())
        overdue = item.is_overdue(self.today)
        if role == ID_ROLE:
            return item.id
        if role == STATUS_ROLE:
            return item.status.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._display(item, column)
            if column == Column.DUE and overdue:
                text = QCoreApplication.translate("ActionModel", "%1 (overdue)").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.EditRole:
            return item.status.value if column == Column.STATUS else self._display(item, column)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(overdue_background(QApplication.palette()))
        if role == Qt.ItemDataRole.FontRole and overdue and column == Column.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.CRITERION and row.criterion_title:
                return f"{item.criterion_id} — {row.criterion_title} ({row.area_title})"
            if column == Column.DESCRIPTION:  # in full, and where it came from ("From" is hidden when narrow)
                return (
                    QCoreApplication.translate("ActionModel", "%1\n(from: %2)")
                    .replace("%1", item.description)
                    .replace("%2", self._display(item, Column.SOURCE))
                )
            if column == Column.OWNER and item.owner:
                return item.owner
            if overdue:
                return QCoreApplication.translate("ActionModel", "Overdue: it was due on %1 and is not done.").replace(
                    "%1", long_day(item.due_date)
                )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.STATUS:
            return False
        try:
            status = ActionStatus(value)
        except ValueError:
            return False
        row = self._items[index.row()]
        if status is row.action.status or not self._set_status(row.action.id, status):
            return False
        self._items[index.row()] = replace(row, action=replace(row.action, status=status))
        first, last = self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(first, last)
        return True

    @staticmethod
    def _display(item: ActionSummary, column: Column) -> str:
        match column:
            case Column.DUE:
                return (
                    long_day(item.due_date) if item.due_date else QCoreApplication.translate("ActionModel", "no date")
                )
            case Column.STATUS:
                return status_label(item.status)
            case Column.DESCRIPTION:
                return item.description
            case Column.OWNER:
                return item.owner
            case Column.CRITERION:
                return item.criterion_id
            case Column.SOURCE:
                return (
                    QCoreApplication.translate("ActionModel", "Assessor")
                    if item.source == "assessor"
                    else QCoreApplication.translate("ActionModel", "Self-assessment")
                )

    @staticmethod
    def _sort_key(item: ActionSummary, column: Column) -> Any:
        match column:
            case Column.DUE:
                return item.due_date.isoformat() if item.due_date else "9999-99-99"  # undated last
            case Column.STATUS:
                return _STATUS_ORDER[item.status]
            case _:
                return ActionTableModel._display(item, column).casefold()


class ActionFilterModel(QSortFilterProxyModel):
    """Sorts by raw values; optionally hides finished actions."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._hide_done = False

    def set_hide_done(self, hide: bool) -> None:
        change_filter(self, lambda: setattr(self, "_hide_done", hide))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionTableModel)
        return not (self._hide_done and model.item(source_row).status is ActionStatus.DONE)
