"""The evidence linked to one criterion: a list with freshness warnings, a drop target for files, and buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.services.answers import LinkedEvidence
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.problem_text import reason_text


class LinkedEvidenceBox(QGroupBox):
    add_files_requested = Signal()
    link_requested = Signal()
    open_requested = Signal(int)
    unlink_requested = Signal(int)
    #: Local files dropped onto the box.
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Evidence"), parent)
        self.setAcceptDrops(True)
        hint = QLabel(self.tr("Documents that show this criterion is met. You can also drag files here."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Linked evidence"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a cut line keeps its title and its date
        self.list.setAcceptDrops(False)  # the box takes the drop
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(self._id(item)))
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No evidence linked yet."))
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setAccessibleName(self.tr("Freshness warnings"))
        self.warnings.setVisible(False)

        self.add_button = self._button(self.tr("&Add files…"), self.tr("Add evidence files"))
        self.add_button.clicked.connect(self.add_files_requested)
        self.link_button = self._button(self.tr("Link from &library…"), self.tr("Link evidence from the library"))
        self.link_button.clicked.connect(self.link_requested)
        self.open_button = self._button(self.tr("&Open"), self.tr("Open the selected evidence"))
        self.open_button.clicked.connect(lambda: self._emit_for_current(self.open_requested))
        self.unlink_button = self._button(self.tr("&Unlink"), self.tr("Unlink the selected evidence"))
        self.unlink_button.clicked.connect(lambda: self._emit_for_current(self.unlink_requested))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.link_button, self.open_button, self.unlink_button):
            buttons.addWidget(button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    @staticmethod
    def _id(item: QListWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _emit_for_current(self, signal: Signal) -> None:
        item = self.list.currentItem()
        if item is not None:
            signal.emit(self._id(item))  # type: ignore[attr-defined]

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.unlink_button.setEnabled(chosen)

    def set_items(self, linked: tuple[LinkedEvidence, ...]) -> None:
        self.list.clear()
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        warnings: list[str] = []
        undated: list[str] = []
        for entry in linked:
            summary = entry.item
            dated = long_day(summary.document_date) if summary.document_date else self.tr("no date")
            item = QListWidgetItem(f"{summary.title} — {summary.original_name} ({dated})")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(item.text())  # in full when the list is too narrow for it
            if entry.stale_reason:
                item.setIcon(warning_icon)
                reason = reason_text(entry.staleness) if entry.staleness is not None else entry.stale_reason
                text = self.tr("'%1' %2.").replace("%1", summary.title).replace("%2", reason)
                item.setToolTip(f"{item.text()}\n{text}")
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, text)
                (undated if entry.needs_date else warnings).append("⚠ " + text)
            self.list.addItem(item)
        self.list.setVisible(bool(linked))
        rows = min(max(1, len(linked)), 8)
        row_height = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 4)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)
        self.empty.setVisible(not linked)
        parts = []
        if undated:
            parts.append(
                self.tr("Needs a date — give the date each document represents (Evidence library → Edit details):")
                + "\n"
                + "\n".join(undated)
            )
        if warnings:
            parts.append(
                self.tr("Out of date — replace or update these before you submit:") + "\n" + "\n".join(warnings)
            )
        self.warnings.setText("\n\n".join(parts))
        self.warnings.setVisible(bool(parts))
        self._update_buttons()

    # --- drag and drop ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()
