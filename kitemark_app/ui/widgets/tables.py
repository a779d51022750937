"""The one way Kitemark's list pages set up a table: sortable rows, one selected at a time, Tab leaves it; and
columns that share the table's width so that no date or number is ever cut (``ColumnFitter``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from kitemark_app.ui.widgets.row_model import Index
from kitemark_app.ui.widgets.widths import ColumnNeed, share_widths


def row_table(parent: QWidget, model: QAbstractItemModel, name: str, sort_column: int) -> QTableView:
    """A table over ``model`` (usually a sort/filter proxy) whose rows are selected whole, sorted by
    ``sort_column``, editable by double-click or F2, with an accessible ``name``; arrows move inside it."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.verticalHeader().hide()
    return table


class ElideMiddleDelegate(QStyledItemDelegate):
    """Cuts a long text in the middle, so a file name keeps its start and its extension."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ColumnFitter(QObject):
    """Shares ``table``'s width among its columns (``widgets/widths.py``) whenever the table is resized or its
    rows change. ``minimums`` gives the columns that may be elided their least width, in average characters;
    every other column always shows its text in full. ``optional`` columns (a rank: the highest is hidden first)
    are hidden when the room is short; ``stretch`` takes what is left over."""

    def __init__(
        self,
        table: QTableView,
        *,
        minimums: dict[int, int],
        stretch: int,
        optional: dict[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.minimums = minimums
        self.optional = optional or {}
        self.stretch = stretch
        self._wanted: dict[int, int] = {}
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Rows change in bursts (a reload, a sort): measure once, on the next turn of the event loop.
        self._measure_soon = QTimer(self)
        self._measure_soon.setSingleShot(True)
        self._measure_soon.setInterval(0)
        self._measure_soon.timeout.connect(self.measure)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._measure_soon.start)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._wanted:
            self.fit()
        return False

    def measure(self) -> None:
        """How wide each column must be to show all its cells and its header in full; then fit."""
        header = self.table.horizontalHeader()
        self._wanted = {
            column: max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(self.table.model().columnCount())
        }
        self.fit()

    def fit(self) -> None:
        average = self.table.fontMetrics().averageCharWidth()
        needs = [
            ColumnNeed(
                column,
                wanted,
                self.minimums[column] * average if column in self.minimums else None,
                self.optional.get(column, 0),
            )
            for column, wanted in self._wanted.items()
        ]
        widths = share_widths(self.table.viewport().width(), needs, self.stretch)
        header = self.table.horizontalHeader()
        for column in self._wanted:
            header.setSectionHidden(column, column not in widths)
            if column in widths:
                header.resizeSection(column, widths[column])

    def shows_in_full(self, column: int) -> bool:
        """Whether every cell of ``column`` and its header are shown without being cut."""
        header = self.table.horizontalHeader()
        return not header.isSectionHidden(column) and header.sectionSize(column) >= self._wanted.get(column, 0)
