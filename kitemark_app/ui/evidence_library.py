"""The evidence library page: every document the organisation keeps, with sort, filter, edit, replace, remove."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import StoredFile
from kitemark_app.services import evidence_ops, redaction_ops
from kitemark_app.services.evidence_library import (
    LibraryItem,
    copy_for_viewing,
    criteria_using,
    file_history,
    library_items,
)
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.core_sentences import error_text, sentence
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_dialogs import EvidenceDetailsDialog, confirm_removal
from kitemark_app.ui.evidence_import import choose_files, import_files
from kitemark_app.ui.evidence_model import ID_ROLE, Column, EvidenceFilterModel, EvidenceTableModel, human_size
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.redaction_dialog import REDACTABLE_TYPES, RedactionDialog
from kitemark_app.ui.tasks import IsCancelled, Report, Task, run_task
from kitemark_app.ui.widgets.tables import ColumnFitter, ElideMiddleDelegate, row_table

#: Whether a file names people (``Evidence.personal_data``) as the choice's key.
PERSONAL_KEYS: dict[bool | None, str] = {None: "unknown", True: "yes", False: "no"}


def store_one(workspace: Workspace, path: Path) -> Callable[[Report, IsCancelled], StoredFile]:
    """The background part of replacing a file: hash and copy it into the store (checked first, on the caller)."""
    workspace.store.check_source(path)
    return lambda report, cancelled: evidence_ops.store_file(workspace, path, report, cancelled)


class EvidenceLibraryPage(QWidget):
    """Emits ``events.data_changed("evidence")`` after every change it makes."""

    #: Files were stored and recorded (ids of the new items); for tests and the status bar.
    evidence_added = Signal(list)
    evidence_replaced = Signal(int)
    #: A copy was made for the system viewer (its path), just before it is handed to the viewer.
    file_opened = Signal(Path)
    #: A long task failed; its one-sentence message (also shown to the user).
    task_failed = Signal(str)

    def __init__(self, workspace: Workspace, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.current_task: Task | None = None
        self.setAccessibleName(self.tr("Evidence library"))

        heading = QLabel(self.tr("<h2>Evidence library</h2>"), self)
        intro = QLabel(
            self.tr(
                "Every document you keep as evidence. One document can support several criteria. "
                "Items marked with a warning sign are out of date."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, file name, type or criterion"))
        self.filter_edit.setAccessibleName(self.tr("Filter evidence"))
        self.filter_edit.setClearButtonEnabled(True)
        self.stale_only = QCheckBox(self.tr("Only &out-of-date items"), self)
        self.stale_only.setAccessibleName(self.tr("Show only out-of-date items"))
        self.personal = QComboBox(self)
        for text, key in (
            (self.tr("Not said yet"), "unknown"),
            (self.tr("Yes: it names people"), "yes"),
            (self.tr("No: it names no one"), "no"),
        ):
            self.personal.addItem(text, key)
        self.personal.setAccessibleName(self.tr("Does the selected file name people?"))
        self.personal.setToolTip(
            self.tr("A file that names people is flagged before the pack is sent, unless you hide those parts.")
        )
        personal_label = QLabel(self.tr("Does this file name people (personal &data)?"), self)
        personal_label.setBuddy(self.personal)

        self.add_button = QPushButton(self.tr("&Add files…"), self)
        self.replace_button = QPushButton(self.tr("&Replace file…"), self)
        self.edit_button = QPushButton(self.tr("Edi&t details…"), self)
        self.open_button = QPushButton(self.tr("O&pen"), self)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.hide_button = QPushButton(self.tr("Hide parts &before sending…"), self)
        for button, name in (
            (self.add_button, self.tr("Add evidence files")),
            (self.replace_button, self.tr("Replace the file with a newer version")),
            (self.edit_button, self.tr("Edit title and dates")),
            (self.open_button, self.tr("Open the file")),
            (self.remove_button, self.tr("Remove from the library")),
            (self.hide_button, self.tr("Black out names, numbers or pages in the copy the pack carries")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)

        self.model = EvidenceTableModel(self._rename, self)
        self.proxy = EvidenceFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self, self.proxy, self.tr("Evidence items"), Column.TITLE)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per item; the details below show everything in full
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setItemDelegateForColumn(Column.FILE, ElideMiddleDelegate(self.table))  # keeps the extension
        # Dates, sizes and counts always in full; titles and file names share the rest (cut ones have a tooltip).
        # When the room is short, the fingerprint goes first (the details below show it), then the type (the
        # file name's extension says it).
        self.columns = ColumnFitter(
            self.table,
            minimums={Column.TITLE: 18, Column.FILE: 14},
            stretch=Column.TITLE,
            optional={Column.SHA256: 2, Column.TYPE: 1},
        )

        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("Details of the selected evidence"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._follow_link)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.stale_only)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.replace_button, self.edit_button, self.open_button, self.hide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        personal_row = QHBoxLayout()
        personal_row.addWidget(personal_label)
        personal_row.addWidget(self.personal)
        personal_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(filter_row)
        layout.addLayout(buttons)
        layout.addLayout(personal_row)
        layout.addWidget(splitter, 1)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.stale_only.toggled.connect(self.proxy.set_stale_only)
        self.add_button.clicked.connect(self.add_files)
        self.replace_button.clicked.connect(self.replace_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hide_button.clicked.connect(self.hide_parts_of_selected)
        self.personal.activated.connect(self._personal_chosen)
        self.table.activated.connect(self._on_activated)  # Enter or double-click
        self.table.selectionModel().selectionChanged.connect(self._update_selection)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        events.data_changed.connect(self._on_data_changed)
        self.setTabOrder(self.filter_edit, self.stale_only)
        self.setTabOrder(self.stale_only, self.add_button)
        self.setTabOrder(self.add_button, self.replace_button)
        self.setTabOrder(self.replace_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.open_button)
        self.setTabOrder(self.open_button, self.hide_button)
        self.setTabOrder(self.hide_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.personal)
        self.setTabOrder(self.personal, self.table)
        self.setTabOrder(self.table, self.details)
        self._out_of_date = True  # loaded when first shown, so building the main window stays quick
        self._select_after_reload: int | None = None
        # Work after a change is split into short steps on the event loop (reload, then details), and several
        # changes in a row cause one reload: the UI thread never does it all in one go.
        self._reload_soon = self._zero_timer(self.refresh)
        self._details_soon = self._zero_timer(self._show_details)

    def _zero_timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(slot)
        return timer

    # --- reading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the database, keeping the selection."""
        self._out_of_date = False
        selected = self._select_after_reload or self.selected_id()
        self._select_after_reload = None
        self.model.set_items(library_items(self.workspace))
        if selected is not None:
            self.select_evidence(selected)
        self._update_selection()

    def _on_data_changed(self, what: str) -> None:
        if what in ("evidence", "responses", "cycle", "profile"):
            if self.isVisible():
                self._reload_soon.start()
            else:
                self._out_of_date = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._out_of_date:
            self.refresh()
        super().showEvent(event)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def selected_item(self) -> LibraryItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_evidence(self, evidence_id: int) -> bool:
        """Select and show one item (the target of navigation "evidence:<id>"); clears a filter hiding it."""
        if self._out_of_date:
            self.refresh()
        row = self.model.row_of(evidence_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            self.stale_only.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _update_selection(self, *_: object) -> None:
        item = self.selected_item()
        for button in (self.replace_button, self.edit_button, self.open_button, self.remove_button):
            button.setEnabled(item is not None)
        self.hide_button.setEnabled(item is not None and item.media_type in REDACTABLE_TYPES)
        self.personal.setEnabled(item is not None)
        self.personal.setCurrentIndex(self.personal.findData(PERSONAL_KEYS[item.personal_data]) if item else 0)
        self._details_soon.start()

    def _show_details(self) -> None:
        item = self.selected_item()
        self.details.setHtml(self._details_html(item) if item else self._summary_html())

    def _summary_html(self) -> str:
        count = self.model.rowCount()
        stale = sum(1 for row in range(count) if self.model.item(row).stale)
        if count == 0:
            return html.escape(self.tr("No evidence yet. Use 'Add files…' to add your first document."))
        text = self.tr("%n item(s), %1 out of date. Select an item to see its details and file history.", "", count)
        return html.escape(text.replace("%1", str(stale)))

    def _details_html(self, item: LibraryItem) -> str:
        esc = html.escape
        parts = [f"<b>{esc(item.title)}</b> — {esc(item.original_name)}"]
        if item.criteria:
            links = ", ".join(f'<a href="criterion:{esc(c)}">{esc(c)}</a>' for c in item.criteria)
            used_by = esc(self.tr("Used by:"))
            parts.append(f"{used_by} {links}")
        else:
            parts.append(esc(self.tr("Not linked to any criterion yet.")))
        if item.stale:
            reasons = "".join(f"<li>{esc(reason)}</li>" for reason in item.stale)
            out_of_date = esc(self.tr("Out of date:"))
            parts.append(f"<b>{out_of_date}</b><ul>{reasons}</ul>")
        parts.extend(self._hidden_html(item.id))
        try:
            history = file_history(self.workspace, item.id)
        except KitemarkError:
            history = []
        rows = []
        for version in history:
            when = (
                self.tr("in use now")
                if version.replaced_at is None
                else self.tr("replaced %1").replace("%1", version.replaced_at.date().isoformat())
            )
            dated = long_day(version.document_date) if version.document_date else self.tr("no date")
            rows.append(
                f"<tr><td>{esc(version.original_name)}</td><td>{esc(dated)}</td>"
                f"<td>{esc(human_size(version.size))}</td><td>{esc(when)}</td>"
                f"<td><tt>{esc(version.sha256[:12])}</tt></td></tr>"
            )
        history = esc(self.tr("File history"))
        parts.append(f"<b>{history}</b><table cellspacing='0' cellpadding='3'>{''.join(rows)}</table>")
        return "<p>" + "</p><p>".join(parts[:2]) + "</p>" + "".join(parts[2:])

    def _hidden_html(self, evidence_id: int) -> list[str]:
        """What the pack's copy hides, and whether it must be checked again (after the file was replaced)."""
        try:
            hidden = redaction_ops.load(self.workspace, evidence_id)
        except KitemarkError:
            return []
        if hidden.redactions.empty:
            return []
        words = "; ".join(sentence(word) for word in hidden.redactions.words())
        heading = html.escape(self.tr("Hidden before sending:"))
        found = [f"<p><b>{heading}</b> {html.escape(words)}</p>"]
        if hidden.to_check:
            again = html.escape(self.tr("Check the hidden parts again:"))
            found.append(f"<p><b>{again}</b> {html.escape(sentence(hidden.to_check))}</p>")
        return found

    def _personal_chosen(self, index: int) -> None:
        item = self.selected_item()
        value = {key: value for value, key in PERSONAL_KEYS.items()}[str(self.personal.itemData(index))]
        if item is None or value == item.personal_data:
            return
        try:
            evidence_ops.update_details(self.workspace, item.id, personal_data=value)
        except KitemarkError as error:
            self._show_error(error_text(error))
            return
        self._changed()

    def hide_parts_of_selected(self) -> RedactionDialog | None:
        """Open the marking dialog on the selected item (returned, for tests; it is shown window-modal)."""
        item = self.selected_item()
        if item is None:
            return None
        dialog = RedactionDialog(self.workspace, item.id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.redactions_saved.connect(lambda _id: self._changed())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _follow_link(self, url: QUrl) -> None:
        self.events.navigation_requested.emit(url.toString())

    # --- changing -----------------------------------------------------------------------------------

    def _rename(self, evidence_id: int, title: str) -> bool:
        try:
            evidence_ops.update_details(self.workspace, evidence_id, title=title)
        except KitemarkError as error:
            self._show_error(error_text(error))
            return False
        self._changed()  # this page reloads on the next turn of the event loop, after the editor has closed
        return True

    def _changed(self) -> None:
        self.events.data_changed.emit("evidence")  # our own handler refreshes the table

    def _on_activated(self, _index: QModelIndex) -> None:
        # Not emitted when a double-click starts editing a title, so this opens the file only when asked to.
        self.open_selected()

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        dialog = EvidenceDetailsDialog(item.title, item.document_date, item.review_by, self)
        if dialog.exec() != EvidenceDetailsDialog.DialogCode.Accepted:
            return
        try:
            evidence_ops.update_details(self.workspace, item.id, **dialog.changes())
        except KitemarkError as error:
            self._show_error(error_text(error))
            return
        self._changed()

    def add_files(self) -> None:
        if paths := choose_files(self):
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> Task | None:
        """Store the files off the UI thread (progress and cancel), then record them in the library."""

        def done(ids: list[int]) -> None:
            if ids:
                self._select_after_reload = ids[-1]  # the reload follows on the event loop
            self.evidence_added.emit(ids)

        self.current_task = import_files(self, self.workspace, self.events, paths, None, on_done=done)
        return self.current_task

    def replace_selected(self) -> None:
        """Choose the newer file, say what date it represents (and update title and review date), replace."""
        item = self.selected_item()
        if item is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the newer version of '%1'").replace("%1", item.title)
        )
        if not name:
            return
        dialog = EvidenceDetailsDialog(item.title, date.today(), item.review_by, self)
        dialog.setWindowTitle(self.tr("The new version of '%1'").replace("%1", item.title))
        if dialog.exec() != EvidenceDetailsDialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        document_date = changes.pop("document_date")
        assert document_date is None or isinstance(document_date, date)
        self.replace_file(item.id, Path(name), document_date, changes)

    def replace_file(
        self,
        evidence_id: int,
        path: Path,
        document_date: date | None = None,
        details: dict[str, object] | None = None,
    ) -> Task | None:
        """Point the item at a newer file (its previous file stays in the history), then apply ``details``."""
        try:
            op = store_one(self.workspace, path)
        except KitemarkError as error:
            self._show_error(error_text(error))
            return None

        def done(stored: StoredFile) -> None:
            try:
                evidence_ops.replace_file(self.workspace, evidence_id, stored, document_date)
                if details:
                    evidence_ops.update_details(self.workspace, evidence_id, **details)
            except KitemarkError as error:
                self._show_error(error_text(error))
                return
            self._select_after_reload = evidence_id
            self._changed()
            self.evidence_replaced.emit(evidence_id)

        self.current_task = run_task(
            self, op, title=self.tr("Replacing the file…"), on_done=done, on_failed=self._task_failed
        )
        return self.current_task

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        criteria = criteria_using(self.workspace, item.id)
        if not confirm_removal(self, item.title, criteria):
            return
        try:
            evidence_ops.remove(self.workspace, item.id)
        except KitemarkError as error:
            self._show_error(error_text(error))
            return
        self.table.clearSelection()
        self._changed()

    def open_selected(self) -> Task | None:
        item = self.selected_item()
        if item is None:
            return None
        evidence_id = item.id

        def done(path: Path) -> None:
            self.file_opened.emit(path)
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._show_error(
                    self.tr("No program is set up to open '%1'; a copy is at %2.")
                    .replace("%1", path.name)
                    .replace("%2", str(path))
                )

        self.current_task = run_task(
            self,
            lambda report, cancelled: copy_for_viewing(self.workspace, evidence_id, None, report, cancelled),
            title=self.tr("Opening the file…"),
            on_done=done,
            on_failed=self._task_failed,
        )
        return self.current_task

    def _task_failed(self, message: str) -> None:
        self.task_failed.emit(message)
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Evidence library"), message)
