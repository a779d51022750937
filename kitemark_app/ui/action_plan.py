"""The action plan page: every action item of the cycle, sortable, overdue ones highlighted, CSV export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.status import ActionStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.services.action_plan import action_plan, export_actions_csv, set_action_status
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.action_model import (
    STATUS_ROLE,
    ActionFilterModel,
    ActionTableModel,
    Column,
    status_label,
)
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.folders import in_documents
from kitemark_app.ui.translations import shown_language
from kitemark_app.ui.widgets.tables import ColumnFitter, row_table

Index = QModelIndex | QPersistentModelIndex


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of action statuses for the status column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Action status"))
        for status in ActionStatus:
            editor.addItem(status_label(status), status.value)
        editor.activated.connect(lambda _=0: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(STATUS_ROLE) or ActionStatus.OPEN.value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActionPlanPage(QWidget):
    """Emits ``events.data_changed("actions")`` after a status change."""

    exported = Signal(Path)

    def __init__(self, workspace: Workspace, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.setAccessibleName(self.tr("Action plan"))

        heading = QLabel(self.tr("<h2>Action plan</h2>"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Action plan summary"))
        self.hide_done = QCheckBox(self.tr("Hide finished a&ctions"), self)
        self.hide_done.setAccessibleName(self.tr("Hide finished actions"))
        self.go_button = QPushButton(self.tr("&Go to criterion"), self)
        self.go_button.setAccessibleName(self.tr("Go to the criterion of the selected action"))
        self.export_button = QPushButton(self.tr("E&xport as CSV…"), self)
        self.export_button.setAccessibleName(self.tr("Export the action plan as a CSV file"))

        self.model = ActionTableModel(self._store_status, self)
        self.proxy = ActionFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self, self.proxy, self.tr("Action items"), Column.DUE)
        self.table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.table))
        self.table.setWordWrap(True)
        # Rows grow with wrapped descriptions and shrink again when the window widens.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Dates, statuses and criteria in full; the description (wrapped) and the owner share the rest. When the
        # room is short, "From" goes (an assessor's action says so in its tooltip).
        self.columns = ColumnFitter(
            self.table,
            minimums={Column.DESCRIPTION: 30, Column.OWNER: 12},
            stretch=Column.DESCRIPTION,
            optional={Column.SOURCE: 1},
        )
        hint = QLabel(self.tr("To change a status, select the row and press F2 (or double-click the status)."), self)
        hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.hide_done)
        row.addStretch(1)
        row.addWidget(self.go_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

        self.hide_done.toggled.connect(self.proxy.set_hide_done)
        self.go_button.clicked.connect(self.go_to_criterion)
        self.export_button.clicked.connect(self.export_csv)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.data_changed.connect(self._on_data_changed)
        self.setTabOrder(self.hide_done, self.go_button)
        self.setTabOrder(self.go_button, self.export_button)
        self.setTabOrder(self.export_button, self.table)
        self._out_of_date = True  # loaded when first shown

    def refresh(self) -> None:
        self._out_of_date = False
        self.model.set_items(action_plan(self.workspace, shown_language()))
        total = self.model.rowCount()
        overdue = self.model.overdue_count()
        if total == 0:
            self.summary.setText(
                self.tr("No actions yet. Add an action on a criterion's page for anything you still need to do.")
            )
        else:
            done = sum(self.model.item(r).status is ActionStatus.DONE for r in range(total))
            self.summary.setText(
                self.tr("%n action(s): %1 done, %2 overdue (highlighted).", "", total)
                .replace("%1", str(done))
                .replace("%2", str(overdue))
            )
        self._update_buttons()

    def _on_data_changed(self, what: str) -> None:
        if what in ("actions", "cycle", "review"):
            if self.isVisible():
                self.refresh()
            else:
                self._out_of_date = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._out_of_date:
            self.refresh()
        super().showEvent(event)

    def _selected_criterion(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        return self.model.item(self.proxy.mapToSource(rows[0]).row()).action.criterion_id

    def _update_buttons(self, *_: object) -> None:
        self.go_button.setEnabled(bool(self._selected_criterion()))
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.column() != Column.STATUS:
            self.go_to_criterion()

    def go_to_criterion(self) -> None:
        if criterion := self._selected_criterion():
            self.events.navigation_requested.emit(f"criterion:{criterion}")

    def _store_status(self, action_id: int, status: ActionStatus) -> bool:
        try:
            set_action_status(self.workspace, action_id, status)
        except KitemarkError as error:
            QMessageBox.warning(self, self.tr("Action plan"), error_text(error))
            return False
        # Announce once the view has finished committing its editor (listeners, this page too, reload the model).
        QTimer.singleShot(0, lambda: self.events.data_changed.emit("actions"))
        return True

    def export_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the action plan"),
            in_documents("action-plan.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        try:
            count = export_actions_csv(self.workspace, target)
        except KitemarkError as error:
            QMessageBox.warning(self, self.tr("Action plan"), error_text(error))
            return False
        self.summary.setText(self.tr("Saved %n action(s) to %1.", "", count).replace("%1", str(target)))
        self.exported.emit(target)
        return True
