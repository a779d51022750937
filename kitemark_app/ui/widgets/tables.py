"""The one way Kitemark's list pages set up a table: sortable rows, one selected at a time, Tab leaves it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


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
