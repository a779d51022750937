"""One pack's history in the team queue: every audit entry (when, which officer, what), the check of its archived
file against the register, and the moderator's note when the review was returned."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.register.audit import AuditLine
from kitemark_app.services.council import PackDetail
from kitemark_app.ui.local_dates import clock, long_day

#: The audit log's actions in words (an action Kitemark does not know yet is shown as it is stored).
ACTION_WORDS = {
    "received": QT_TRANSLATE_NOOP("PackHistoryPane", "Received"),
    "assign": QT_TRANSLATE_NOOP("PackHistoryPane", "Assigned"),
    "start": QT_TRANSLATE_NOOP("PackHistoryPane", "Review started"),
    "review-saved": QT_TRANSLATE_NOOP("PackHistoryPane", "Review saved"),
    "submit": QT_TRANSLATE_NOOP("PackHistoryPane", "Put forward for moderation"),
    "return": QT_TRANSLATE_NOOP("PackHistoryPane", "Returned to the assessor"),
    "approve": QT_TRANSLATE_NOOP("PackHistoryPane", "Approved"),
    "review-sent": QT_TRANSLATE_NOOP("PackHistoryPane", "Signed review sent"),
    "verdict-now-valid": QT_TRANSLATE_NOOP("PackHistoryPane", "Organisation registered: the pack is now valid"),
}
BAD = "#b42318"


def _after(line: AuditLine) -> dict[str, object]:
    try:
        data = json.loads(line.after) if line.after else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _runs(history: list[AuditLine]) -> list[tuple[AuditLine, int]]:
    """The history with each run of saves by one officer as its last entry and how many there were (the window
    saves as the assessor works, so a review is saved many times in a row)."""
    runs: list[tuple[AuditLine, int]] = []
    for line in history:
        if (
            runs
            and line.action == "review-saved"
            and (runs[-1][0].action, runs[-1][0].officer) == (line.action, line.officer)
        ):
            runs[-1] = (line, runs[-1][1] + 1)
        else:
            runs.append((line, 1))
    return runs


class PackHistoryPane(QWidget):
    """Shows a ``PackDetail``: the archive check first (in words, and in red when it failed), then the history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.archive = QLabel()
        self.archive.setWordWrap(True)
        self.archive.setAccessibleName(self.tr("Check of the archived pack"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("The moderator's note"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Officer"), self.tr("Action"), self.tr("Details")]
        )
        self.table.setAccessibleName(self.tr("History of the pack"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.archive)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.clear()

    def clear(self, text: str = "") -> None:
        self.heading.setText(text or self.tr("Choose a pack to see its history."))
        self.archive.clear()
        self.archive.setVisible(False)
        self.note.clear()
        self.note.setVisible(False)
        self.table.setRowCount(0)

    def show_detail(self, detail: PackDetail) -> None:
        pack = detail.pack
        self.heading.setText(
            self.tr("History of the pack from %1 (%2)")
            .replace("%1", pack.organisation or self.tr("an unknown organisation"))
            .replace("%2", pack.file_name)
        )
        if detail.archive_problem:
            self.archive.setText(self.tr("✘ Archived file: %1").replace("%1", detail.archive_problem))
            self.archive.setStyleSheet(f"color: {BAD}")
        else:
            self.archive.setText(self.tr("✔ Archived file checked: it is exactly the pack received."))
            self.archive.setStyleSheet("")
        self.archive.setVisible(True)
        if detail.return_note:
            self.note.setText(self.tr("Returned to the assessor with this note: %1").replace("%1", detail.return_note))
        self.note.setVisible(bool(detail.return_note))
        lines = _runs(detail.history)
        self.table.setRowCount(len(lines))
        for row, (line, saves) in enumerate(lines):
            local = line.at.astimezone()
            action = ACTION_WORDS.get(line.action)
            details = self._details(line)
            if saves > 1:
                details = self.tr("saved %1 times in a row; the time is the last save's").replace("%1", str(saves))
            values = [
                f"{long_day(local.date())}, {clock(local)}",
                line.officer,
                self.tr(str(action)) if action else line.action,
                details,
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.scrollToBottom()  # the latest move in view

    def _details(self, line: AuditLine) -> str:
        after = _after(line)
        note = str(after.get("note", "") or "")
        if line.action == "assign" and after.get("assigned_to"):
            return self.tr("to %1").replace("%1", str(after["assigned_to"]))
        if note:
            return note
        if line.action == "received" and after.get("file_name"):
            return str(after["file_name"])
        return ""
