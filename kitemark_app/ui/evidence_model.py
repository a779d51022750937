"""The table model behind the evidence library: one row per evidence item."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from enum import IntEnum
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from kitemark_app.services.evidence_library import LibraryItem
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.widgets.row_model import Index, RowListModel, change_filter

#: Raw values for sorting (sizes as numbers, dates as ISO text), so "9 KB" sorts below "10 KB".
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The evidence id of a row.
ID_ROLE = Qt.ItemDataRole.UserRole + 2


_TYPES = {
    "application/pdf": QT_TRANSLATE_NOOP("EvidenceModel", "PDF"),
    "application/msword": QT_TRANSLATE_NOOP("EvidenceModel", "Word"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": QT_TRANSLATE_NOOP(
        "EvidenceModel", "Word"
    ),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("EvidenceModel", "ODT"),
    "application/vnd.ms-excel": QT_TRANSLATE_NOOP("EvidenceModel", "Excel"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": QT_TRANSLATE_NOOP("EvidenceModel", "Excel"),
    "application/vnd.oasis.opendocument.spreadsheet": QT_TRANSLATE_NOOP("EvidenceModel", "ODS"),
    "text/plain": QT_TRANSLATE_NOOP("EvidenceModel", "Text"),
    "text/csv": QT_TRANSLATE_NOOP("EvidenceModel", "CSV"),
    "image/jpeg": QT_TRANSLATE_NOOP("EvidenceModel", "JPEG"),
    "image/png": QT_TRANSLATE_NOOP("EvidenceModel", "PNG"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceModel", text)


#: A size's unit, as the language shown writes it after the number (%1).
_UNITS = {
    "B": QT_TRANSLATE_NOOP("FileSize", "%1 B"),
    "KB": QT_TRANSLATE_NOOP("FileSize", "%1 KB"),
    "MB": QT_TRANSLATE_NOOP("FileSize", "%1 MB"),
    "GB": QT_TRANSLATE_NOOP("FileSize", "%1 GB"),
}


def with_unit(number: str, unit: str) -> str:
    """``number`` followed by ``unit`` (B, KB, MB or GB) as the language shown writes it: "1.2 MB"."""
    return QApplication.translate("FileSize", _UNITS[unit]).replace("%1", number)


def human_size(size: int) -> str:
    """1234567 -> '1.2 MB' (decimal units)."""
    if size < 1000:
        return with_unit(str(size), "B")
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1000
        if value < 999.95 or unit == "GB":
            break
    return with_unit(f"{value:.1f}" if value < 100 else f"{value:.0f}", unit)


def describe_type(media_type: str, name: str) -> str:
    if media_type in _TYPES:
        return _tr(_TYPES[media_type])
    suffix = PurePath(name).suffix.lstrip(".").upper()
    return suffix or QCoreApplication.translate("EvidenceModel", "File")


class Column(IntEnum):
    TITLE = 0
    FILE = 1
    TYPE = 2
    SIZE = 3
    DOCUMENT_DATE = 4
    REVIEW_BY = 5
    CRITERIA = 6
    SHA256 = 7


_HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("EvidenceModel", "Title"),
    Column.FILE: QT_TRANSLATE_NOOP("EvidenceModel", "File name"),
    Column.TYPE: QT_TRANSLATE_NOOP("EvidenceModel", "Type"),
    Column.SIZE: QT_TRANSLATE_NOOP("EvidenceModel", "Size"),
    Column.DOCUMENT_DATE: QT_TRANSLATE_NOOP("EvidenceModel", "Dated"),
    Column.REVIEW_BY: QT_TRANSLATE_NOOP("EvidenceModel", "Review by"),
    Column.CRITERIA: QT_TRANSLATE_NOOP("EvidenceModel", "Used by"),
    Column.SHA256: QT_TRANSLATE_NOOP("EvidenceModel", "SHA-256"),
}

_HEADER_TIPS = {
    Column.DOCUMENT_DATE: QT_TRANSLATE_NOOP(
        "EvidenceModel", "The date the document represents (e.g. when the policy was approved)"
    ),
    Column.REVIEW_BY: QT_TRANSLATE_NOOP("EvidenceModel", "When the document must be checked again"),
    Column.CRITERIA: QT_TRANSLATE_NOOP("EvidenceModel", "How many criteria use this document"),
    Column.SHA256: QT_TRANSLATE_NOOP(
        "EvidenceModel", "The start of the file's SHA-256 fingerprint, as the submission pack lists it"
    ),
}


def _date_text(value: date | None) -> str:
    return long_day(value) if value else ""


def _date_key(value: date | None) -> str:
    return value.isoformat() if value else ""


class EvidenceTableModel(RowListModel):
    """Rows of ``LibraryItem``. Titles are editable in place; ``rename(id, title)`` stores the change.

    ``rename`` must not reset this model while it runs (the view is still committing its editor); the page
    reloads it on a later turn of the event loop.
    """

    columns = Column

    def __init__(self, rename: Callable[[int, str], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._rename = rename

    def item(self, row: int) -> LibraryItem:
        item: LibraryItem = self._items[row]
        return item

    def row_of(self, evidence_id: int) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == evidence_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[Column(section)])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return _tr(_HEADER_TIPS.get(Column(section), _HEADERS[Column(section)]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = Column(index.column())
        if role == ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(item, column, role == Qt.ItemDataRole.EditRole)
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE and item.stale:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and item.stale and column in (Column.TITLE, Column.REVIEW_BY):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(item, column, False)
            if column == Column.TITLE and item.stale:
                return QCoreApplication.translate("EvidenceModel", "%1 (out of date)").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SIZE, Column.CRITERIA):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.TITLE:
            return False
        item = self._items[index.row()]
        title = str(value).strip()
        if not title or title == item.title or not self._rename(item.id, title):
            return False
        self._items[index.row()] = replace(item, title=title)
        self.dataChanged.emit(index, index)
        return True

    # --- helpers ------------------------------------------------------------------------------------

    @staticmethod
    def _display(item: LibraryItem, column: Column, editing: bool) -> str:
        match column:
            case Column.TITLE:
                return item.title
            case Column.FILE:
                return item.original_name
            case Column.TYPE:
                return describe_type(item.media_type, item.original_name)
            case Column.SIZE:
                return human_size(item.size)
            case Column.DOCUMENT_DATE:
                return _date_text(item.document_date)
            case Column.REVIEW_BY:
                return _date_text(item.review_by)
            case Column.CRITERIA:
                return str(len(item.criteria))
            case Column.SHA256:
                return item.short_hash

    @staticmethod
    def _sort_key(item: LibraryItem, column: Column) -> Any:
        match column:
            case Column.SIZE:
                return item.size
            case Column.CRITERIA:
                return len(item.criteria)
            case Column.DOCUMENT_DATE:
                return _date_key(item.document_date)
            case Column.REVIEW_BY:
                return _date_key(item.review_by)
            case _:
                return EvidenceTableModel._display(item, column, False).casefold()

    @staticmethod
    def _tooltip(item: LibraryItem, column: Column) -> str | None:
        # Titles and file names may be cut to fit the table: their tooltip has them in full.
        if column == Column.TITLE:
            return "\n".join((item.title, *item.stale))
        if column == Column.FILE:
            return item.original_name
        if column == Column.SHA256:
            return item.sha256
        if column == Column.CRITERIA:
            return ", ".join(item.criteria) or QCoreApplication.translate(
                "EvidenceModel", "Not linked to any criterion"
            )
        if column == Column.SIZE:
            return QCoreApplication.translate("EvidenceModel", "%1 bytes").replace("%1", f"{item.size:,}")
        if item.stale:
            return "\n".join(item.stale)
        return None


class EvidenceFilterModel(QSortFilterProxyModel):
    """Sorts by raw values and filters on title, file name, type and the criteria that use an item."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._stale_only = False

    def set_stale_only(self, stale_only: bool) -> None:
        change_filter(self, lambda: setattr(self, "_stale_only", stale_only))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EvidenceTableModel)
        item = model.item(source_row)
        if self._stale_only and not item.stale:
            return False
        needle = self.filterRegularExpression().pattern()
        if not needle:
            return True
        pattern = self.filterRegularExpression()
        haystack = " ".join(
            (item.title, item.original_name, describe_type(item.media_type, item.original_name), *item.criteria)
        )
        return pattern.match(haystack).hasMatch()
