"""The team queue (Register → Team queue…): the register's packs for one filter, the moves the officer may make on
the selected one, its history, and opening it from the pack archive.

Everything that reads or changes the register runs off the UI thread (``ui/tasks.py``) through
``services/council.py``; a refused move is its sentence in a message box, then the queue is read again, since
another officer may have moved the pack meanwhile. Buttons for moves the officer may not make are disabled with
the reason as their tooltip; the register checks every move again, and on PostgreSQL so does the server.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.register import workflow
from kitemark_app.review.model import Decision
from kitemark_app.services import council
from kitemark_app.services.council import PackDetail, ReceivedRow
from kitemark_app.ui.assessor.pack_history import BAD, PackHistoryPane
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.screen_fit import fit_to_screen
from kitemark_app.ui.tasks import Operation, Task, run_task

FILTERS = (
    ("all", QT_TRANSLATE_NOOP("QueueDialog", "&All not yet sent")),
    ("mine", QT_TRANSLATE_NOOP("QueueDialog", "&Mine")),
    ("unassigned", QT_TRANSLATE_NOOP("QueueDialog", "&Unassigned")),
    ("overdue", QT_TRANSLATE_NOOP("QueueDialog", "Over&due")),
    ("moderation", QT_TRANSLATE_NOOP("QueueDialog", "&Waiting for moderation")),
    ("expiring", QT_TRANSLATE_NOOP("QueueDialog", "&Expiring awards")),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("QueueDialog", "Organisation"),
    QT_TRANSLATE_NOOP("QueueDialog", "State"),
    QT_TRANSLATE_NOOP("QueueDialog", "Assigned to"),
    QT_TRANSLATE_NOOP("QueueDialog", "Due by"),
    QT_TRANSLATE_NOOP("QueueDialog", "Outcome and level"),
    QT_TRANSLATE_NOOP("QueueDialog", "Valid until"),
)
ROLE_WORDS = {
    "lead": QT_TRANSLATE_NOOP("QueueDialog", "a lead: you assign, moderate and send reviews"),
    "assessor": QT_TRANSLATE_NOOP("QueueDialog", "an assessor: you review the packs assigned to you"),
    "read-only": QT_TRANSLATE_NOOP("QueueDialog", "read-only: you may look, not change"),
}
WANTED = QSize(1100, 700)

Move = Callable[[Path, int, str | None], ReceivedRow]


class QueueDialog(QDialog):
    """Modeless beside the assessor window: ``pack_chosen`` gives the checked archived file to open there."""

    queue_loaded = Signal(list)  # list[ReceivedRow]
    detail_loaded = Signal(object)  # PackDetail
    pack_moved = Signal(object)  # ReceivedRow, after the move
    move_refused = Signal(str)  # the sentence shown
    pack_chosen = Signal(Path)

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        register: str | None = None,
        save_pending: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.register = register
        self._save_pending = save_pending
        self.actor: workflow.Actor | None = None
        self.rows: list[ReceivedRow] = []
        self._loads = 0  # the newest queue read; an older one that finishes late is dropped
        self._note = ""
        self._bad = False
        self._tasks: set[Task] = set()  # register reads and moves still running
        self.setWindowTitle(self.tr("Team queue"))
        self.who = QLabel(self.tr("Reading the register…"))
        self.who.setWordWrap(True)

        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        for index, (key, text) in enumerate(FILTERS):
            button = QPushButton(self.tr(str(text)))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr(str(text)).replace("&", ""))
            self.filter_group.addButton(button, index)
            self.filter_buttons[key] = button
            filters.addWidget(button)
        filters.addStretch()
        self.filter_buttons["all"].setChecked(True)
        self.filter_group.idClicked.connect(lambda _index: self.refresh())

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(str(column)) for column in COLUMNS])
        self.table.setAccessibleName(self.tr("Packs in the queue"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long names are cut, not the dates
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the archived pack in the assessor window"))
        self.open_button.clicked.connect(self.open_selected)
        self.assign_button = QPushButton(self.tr("A&ssign…"))
        self.assign_button.clicked.connect(self.assign_selected)
        self.submit_button = QPushButton(self.tr("&Put forward for moderation"))
        self.submit_button.clicked.connect(self.submit_selected)
        self.approve_button = QPushButton(self.tr("Appro&ve"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button = QPushButton(self.tr("&Return with note…"))
        self.return_button.clicked.connect(self.return_selected)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.move_buttons = {
            "assign": self.assign_button,
            "submit": self.submit_button,
            "approve": self.approve_button,
            "return": self.return_button,
        }
        moves = QHBoxLayout()
        for button in (self.open_button, *self.move_buttons.values()):
            moves.addWidget(button)
        moves.addStretch()
        moves.addWidget(self.refresh_button)
        refresh_key = QAction(self)
        refresh_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh_key.triggered.connect(self.refresh)
        self.addAction(refresh_key)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Queue status"))
        self.history = PackHistoryPane()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(moves)
        top_layout.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.history)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, WANTED)
        self._show_moves(None)

    # --- reading ------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a register read or a move started here has yet to report."""
        return bool(self._tasks)

    def _start(
        self,
        op: Operation,
        *,
        title: str,
        on_done: Callable[[Any], object],
        on_failed: Callable[[str], object],
    ) -> None:
        task = run_task(self, op, title=title)
        self._tasks.add(task)
        for signal in (task.finished, task.failed, task.cancelled):  # first: no longer busy once it reports
            signal.connect(lambda *_args, task=task: self._tasks.discard(task))
        task.finished.connect(on_done)
        task.failed.connect(on_failed)

    @property
    def which(self) -> str:
        return next(key for key, button in self.filter_buttons.items() if button.isChecked())

    def refresh(self, note: str = "", *, bad: bool = False) -> None:
        """Read the queue for the chosen filter (and who is signed in) off the UI thread; ``note`` (what the last
        move did, or why it was refused) stays shown under the table."""
        self._loads += 1
        load, root, which, register = self._loads, self.data_dir, self.which, self.register
        self._note = note
        self._say(note or self.tr("Reading the register…"), bad=bad)
        self._start(
            lambda _r, _c: (
                council.current_actor(root, register=register),
                council.queue(root, which, register=register),
            ),
            title=self.tr("Reading the team queue…"),
            on_done=lambda result: self._show_queue(load, *result),
            on_failed=lambda message: self._queue_failed(load, message),
        )

    def _queue_failed(self, load: int, message: str) -> None:
        if load != self._loads:
            return
        self.rows = []
        self.table.setRowCount(0)
        self.history.clear()
        self._show_moves(None)
        self._say(message, bad=True)
        self.queue_loaded.emit([])

    def _show_queue(self, load: int, actor: workflow.Actor, rows: list[ReceivedRow]) -> None:
        if load != self._loads:
            return
        chosen = self.selected()
        self.actor = actor
        self.rows = rows
        self.who.setText(self._who(actor))
        today = date.today()
        ids = [row.id for row in rows]
        self.table.blockSignals(True)  # one selection change once the table is full: the same pack, else the first
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, item in enumerate(self._cells(row, today)):
                self.table.setItem(index, column, item)
        if rows:
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self.table.blockSignals(False)
        if not rows:
            self._say(" ".join(filter(None, [self._note, self.tr("No packs to show here.")])), bad=self._bad)
        elif not self._note:
            self._say("")
        self._on_selection()
        self.queue_loaded.emit(rows)

    def _who(self, actor: workflow.Actor) -> str:
        if actor.single_officer:
            return self.tr("Your own register, as %1: you hold every duty, moderation included.").replace(
                "%1", actor.officer
            )
        role = ROLE_WORDS.get(actor.role)
        return (
            self.tr("Signed in to the team's register as %1, %2.")
            .replace("%1", actor.officer)
            .replace("%2", self.tr(str(role)) if role else actor.role)
        )

    def _cells(self, row: ReceivedRow, today: date) -> list[QTableWidgetItem]:
        state = workflow.State(row.state)
        due = row.due_by
        overdue = workflow.is_overdue(row.state, due, today)
        due_text = long_day(due) if due else "—"
        if overdue:
            due_text = self.tr("Overdue: %1").replace("%1", due_text)
        outcome = core_word(Decision(row.outcome).label) if row.outcome in set(Decision) else self.tr("Not decided")
        if row.level and row.outcome == Decision.AWARDED:
            outcome = self.tr("%1, %2", "outcome, level").replace("%1", outcome).replace("%2", row.level)
        until = long_day(row.valid_until) if row.valid_until else "—"
        if workflow.expires_soon(row.valid_until, today) and row.outcome == Decision.AWARDED:
            until = self.tr("%1 (expires soon)").replace("%1", until)
        values = [
            row.organisation or self.tr("(unknown)"),
            core_word(workflow.LABELS[state]),
            row.assigned_to or self.tr("not assigned"),
            due_text,
            outcome,
            until,
        ]
        items = [QTableWidgetItem(value) for value in values]
        items[0].setData(Qt.ItemDataRole.UserRole, row.id)
        items[0].setToolTip(row.file_name)
        if overdue:
            items[3].setForeground(QBrush(QColor(BAD)))
            font = items[3].font()
            font.setBold(True)
            items[3].setFont(font)
        return items

    def selected(self) -> ReceivedRow | None:
        chosen = self.table.selectionModel().selectedRows()
        if not chosen or chosen[0].row() >= len(self.rows):
            return None
        return self.rows[chosen[0].row()]

    def _on_selection(self) -> None:
        row = self.selected()
        self._show_moves(row)
        if row is None:
            self.history.clear()
            return
        self.history.clear(self.tr("Reading the history…"))
        root, register, pack_id = self.data_dir, self.register, row.id
        self._start(
            lambda _r, _c: council.pack_detail(root, pack_id, register=register),
            title=self.tr("Checking the archived pack…"),
            on_done=self._show_detail,
            on_failed=lambda message: self._detail_failed(pack_id, message),
        )

    def _show_detail(self, detail: PackDetail) -> None:
        row = self.selected()
        if row is None or row.id != detail.pack.id:
            return  # another pack was chosen meanwhile
        self.history.show_detail(detail)
        self.detail_loaded.emit(detail)

    def _detail_failed(self, pack_id: int, message: str) -> None:
        row = self.selected()
        if row is not None and row.id == pack_id:
            self.history.clear(message)

    # --- what the officer may do ---------------------------------------------------------------------------

    def refusal(self, action: str, row: ReceivedRow) -> str | None:
        """None when the signed-in officer may make ``action`` on ``row`` as the queue last read it, else why not."""
        if self.actor is None:
            return self.tr("Reading the register…")
        try:
            workflow.next_state(action, row.state, self.actor, row.assigned_to)
        except workflow.WorkflowRefused as refused:
            return str(refused)
        return None

    def _show_moves(self, row: ReceivedRow | None) -> None:
        self.open_button.setEnabled(row is not None)
        for action, button in self.move_buttons.items():
            reason = self.refusal(action, row) if row is not None else self.tr("Choose a pack first.")
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
            button.setAccessibleDescription(reason or "")

    def _run_move(self, title: str, move: Move) -> None:
        row = self.selected()
        if row is None:
            return
        if self._save_pending is not None:
            self._save_pending()  # the review open in the window goes with it, as it stands
        root, register, pack_id = self.data_dir, self.register, row.id
        self._say(title)
        self._start(
            lambda _r, _c: move(root, pack_id, register),
            title=title,
            on_done=self._moved,
            on_failed=self._refused,
        )

    def _moved(self, row: ReceivedRow) -> None:
        state = core_word(workflow.LABELS[workflow.State(row.state)])
        done = (
            self.tr("The pack from %1 is now '%2'.")
            .replace("%1", row.organisation or self.tr("an unknown organisation"))
            .replace("%2", state)
        )
        self.refresh(done)
        self.pack_moved.emit(row)

    def _refused(self, message: str) -> None:
        self.refresh(message, bad=True)  # another officer may have moved it meanwhile
        QMessageBox.warning(self, self.tr("Not done"), message)
        self.move_refused.emit(message)

    def _say(self, text: str, *, bad: bool = False) -> None:
        self._bad = bad
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {BAD}" if bad else "")

    def ask_login(self, row: ReceivedRow) -> str | None:
        """The login of the officer to assign ``row`` to (a choice of those the queue shows, or typed)."""
        known = {r.assigned_to for r in self.rows if r.assigned_to}
        if self.actor is not None:
            known.add(self.actor.officer)
        officers = sorted(known)
        current = officers.index(row.assigned_to) if row.assigned_to in officers else 0
        login, chosen = QInputDialog.getItem(
            self,
            self.tr("Assign the pack"),
            self.tr("Assign the pack from %1 to (their login):").replace("%1", row.organisation),
            officers,
            current,
            True,
        )
        return login.strip() if chosen and login.strip() else None

    def ask_note(self, row: ReceivedRow) -> str | None:
        """What the assessor should change (a returned review needs a note)."""
        note, chosen = QInputDialog.getMultiLineText(
            self,
            self.tr("Return the review to the assessor"),
            self.tr("What should %1 change?").replace("%1", row.assigned_to or self.tr("the assessor")),
        )
        return note if chosen else None

    def assign_selected(self) -> None:
        row = self.selected()
        if row is None or (login := self.ask_login(row)) is None:
            return
        self._run_move(
            self.tr("Assigning the pack…"),
            lambda root, pack_id, register: council.assign(root, pack_id, login, register=register),
        )

    def submit_selected(self) -> None:
        self._run_move(
            self.tr("Putting the review forward for moderation…"),
            lambda root, pack_id, register: council.submit_for_moderation(root, pack_id, register=register),
        )

    def approve_selected(self) -> None:
        self._run_move(
            self.tr("Approving the review…"),
            lambda root, pack_id, register: council.approve(root, pack_id, register=register),
        )

    def return_selected(self) -> None:
        row = self.selected()
        if row is None or (note := self.ask_note(row)) is None:
            return
        self._run_move(
            self.tr("Returning the review to the assessor…"),
            lambda root, pack_id, register: council.return_to_assessor(root, pack_id, note, register=register),
        )

    # --- opening -------------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Check the selected pack's archived file off the UI thread, then hand it to the assessor window."""
        row = self.selected()
        if row is None:
            return
        root, register, pack_id = self.data_dir, self.register, row.id
        self._start(
            lambda _r, _c: council.archived_pack(root, pack_id, register=register),
            title=self.tr("Checking the archived pack…"),
            on_done=self.pack_chosen.emit,
            on_failed=lambda message: QMessageBox.warning(self, self.tr("Cannot open the pack"), message),
        )
