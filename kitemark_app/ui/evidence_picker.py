"""Pick items already in the evidence library to link to a criterion (one document can support many)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.services.evidence_ops import EvidenceSummary
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.screen_fit import fit_dialog

WANTED_SIZE = QSize(560, 420)


class EvidencePicker(QDialog):
    def __init__(self, items: list[EvidenceSummary], criterion_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link evidence from the library"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("Choose one or more documents to link to %1.").replace("%1", criterion_id))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter"))
        self.filter.setAccessibleName(self.tr("Filter the library"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Evidence in the library"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut line keeps its title and its date
        for summary in items:
            dated = long_day(summary.document_date) if summary.document_date else self.tr("no date")
            item = QListWidgetItem(f"{summary.title} — {summary.original_name} ({dated})")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(item.text())  # in full when the list is too narrow for it
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Link"))
        self.ok_button.setAccessibleName(self.tr("Link the chosen evidence"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        if not items:
            empty = QLabel(self.tr("Every document in the library is already linked here, or the library is empty."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(WANTED_SIZE)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen_ids(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]
