"""What Kitemark's list tables share: a model over a list of plain-data rows, and a safe filter change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractTableModel):
    """One row per item of a list of plain data; subclasses set ``columns`` and supply ``data``/``headerData``."""

    columns: type[IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)


def change_filter(proxy: QSortFilterProxyModel, apply: Callable[[], None]) -> None:
    """Change what ``proxy`` filters by calling ``apply``, telling Qt in the way this Qt version wants."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
        proxy.beginFilterChange()
        apply()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        apply()
        proxy.invalidateFilter()
