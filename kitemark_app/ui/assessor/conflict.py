"""When another officer saved the review after this window read it: the register's sentence, both versions side by
side (the criteria where they differ, and the outcome), and "Use their version", which reloads the review from the
register. Nothing was overwritten (``assessor.save_review`` refused), and nothing is lost: the dialog stays open
with your version to copy from while you make your changes again.

``show_conflict`` and ``use_their_version`` are functions of the ``AssessorWindow`` (its ``opened``,
``conflict_dialog`` and ``show_draft``), kept here so that the window reads in one sitting.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.register.store import ConcurrentEdit
from kitemark_app.review.model import Decision, Verdict
from kitemark_app.services import assessor
from kitemark_app.services.assessor import OutcomeEntry, ReviewDraft, VerdictEntry
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.local_dates import long_day
from kitemark_app.ui.screen_fit import fit_to_screen
from kitemark_app.ui.tasks import run_task

if TYPE_CHECKING:
    from kitemark_app.ui.assessor.window import AssessorWindow


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    return table


def _given(entry: VerdictEntry | None) -> VerdictEntry | None:
    """A criterion without a verdict is not stored, whatever else was typed: both count as no verdict."""
    return entry if entry is not None and entry.verdict else None


class ConflictDialog(QDialog):
    """Their version and yours; ``theirs_chosen`` asks the window to reload the review from the register."""

    theirs_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolved = False
        self.mine = ReviewDraft()
        self.theirs = ReviewDraft()
        self._titles: dict[str, str] = {}
        self._differing: list[str] = []
        self.setWindowTitle(self.tr("Another officer saved this review first"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.criteria_label = QLabel(self.tr("Criteria where the two versions differ:"))
        self.criteria = _table(
            [
                self.tr("Criterion"),
                self.tr("Their verdict"),
                self.tr("Their comment"),
                self.tr("Your verdict"),
                self.tr("Your comment"),
            ],
            self.tr("Criteria where the versions differ"),
        )
        header = self.criteria.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.outcome = _table(
            [self.tr("Outcome"), self.tr("Their version"), self.tr("Your version")], self.tr("The two outcomes")
        )
        header = self.outcome.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.outcome.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)  # five short rows
        self.after = QLabel(
            self.tr(
                "Their version is now in the review. Yours is still here, not saved: copy what you want to keep "
                "(choose a cell and press Ctrl+C, or Copy your version) and make your changes again."
            )
        )
        self.after.setWordWrap(True)
        self.after.setVisible(False)
        self.use_theirs = QPushButton(self.tr("Use &their version"))
        self.use_theirs.setToolTip(self.tr("Reload the review from the register; your version stays in this window"))
        self.use_theirs.clicked.connect(self._choose_theirs)
        self.copy_mine = QPushButton(self.tr("Cop&y your version"))
        self.copy_mine.setToolTip(self.tr("Put your version, as text, on the clipboard"))
        self.copy_mine.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.your_version_text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.use_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.criteria_label)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.after)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(1000, 620))

    # --- the versions ----------------------------------------------------------------------------------------

    def show_versions(self, message: str, mine: ReviewDraft, theirs: ReviewDraft, titles: dict[str, str]) -> None:
        """Both versions (copied: the window goes on editing its own); ``titles`` gives the pack's criteria in
        order."""
        self.resolved = False
        self.mine, self.theirs, self._titles = copy.deepcopy(mine), copy.deepcopy(theirs), dict(titles)
        self.message.setText(message)
        self.after.setVisible(False)
        self.use_theirs.setEnabled(True)
        order = [*titles, *sorted((set(self.mine.verdicts) | set(self.theirs.verdicts)) - set(titles))]
        self._differing = [c for c in order if _given(self.mine.verdicts.get(c)) != _given(self.theirs.verdicts.get(c))]
        self.criteria.setRowCount(len(self._differing))
        for row, criterion in enumerate(self._differing):
            theirs_entry = _given(self.theirs.verdicts.get(criterion))
            mine_entry = _given(self.mine.verdicts.get(criterion))
            values = [
                self._criterion_name(criterion),
                self._verdict_text(theirs_entry),
                theirs_entry.comment if theirs_entry else "",
                self._verdict_text(mine_entry),
                mine_entry.comment if mine_entry else "",
            ]
            for column, value in enumerate(values):
                self.criteria.setItem(row, column, QTableWidgetItem(value))
        self.criteria_label.setText(
            self.tr("Criteria where the two versions differ:")
            if self._differing
            else self.tr("The verdicts are the same in both versions.")
        )
        self.criteria.setVisible(bool(self._differing))
        self.criteria.resizeRowsToContents()
        lines = list(zip(self._outcome_lines(self.theirs.outcome), self._outcome_lines(self.mine.outcome), strict=True))
        self.outcome.setRowCount(len(lines))
        for row, ((what, theirs_text), (_what, mine_text)) in enumerate(lines):
            differs = theirs_text != mine_text
            label = QTableWidgetItem(self.tr("%1 (differs)").replace("%1", what) if differs else what)
            if differs:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            self.outcome.setItem(row, 0, label)
            self.outcome.setItem(row, 1, QTableWidgetItem(theirs_text))
            self.outcome.setItem(row, 2, QTableWidgetItem(mine_text))
        self.outcome.resizeRowsToContents()

    def _criterion_name(self, criterion: str) -> str:
        title = self._titles.get(criterion, "")
        return f"{criterion} {title}".strip()

    def _verdict_text(self, entry: VerdictEntry | None) -> str:
        if entry is None:
            return self.tr("no verdict")
        text = core_word(Verdict(entry.verdict).label)
        if entry.condition.strip():
            text = self.tr("%1 — condition: %2").replace("%1", text).replace("%2", entry.condition.strip())
        if entry.deadline is not None:
            text = self.tr("%1, by %2").replace("%1", text).replace("%2", long_day(entry.deadline))
        return text

    def _outcome_lines(self, outcome: OutcomeEntry) -> list[tuple[str, str]]:
        decision = core_word(Decision(outcome.decision).label) if outcome.decision in set(Decision) else ""
        return [
            (self.tr("Decision"), decision or self.tr("not decided")),
            (self.tr("Level"), outcome.level or "—"),
            (self.tr("Valid until"), long_day(outcome.valid_until) if outcome.valid_until else "—"),
            (self.tr("Resubmit by"), long_day(outcome.resubmit_by) if outcome.resubmit_by else "—"),
            (self.tr("Summary"), outcome.summary.strip() or "—"),
        ]

    def your_version_text(self) -> str:
        """Your version as text: the criteria where it differs from theirs, then your outcome."""
        lines = [self.tr("Your version of the review (not saved):")]
        for criterion in self._differing:
            entry = _given(self.mine.verdicts.get(criterion))
            comment = entry.comment.strip() if entry else ""
            verdict = self._verdict_text(entry)
            lines.append(f"{self._criterion_name(criterion)}: {verdict}" + (f"\n    {comment}" if comment else ""))
        lines += [f"{what}: {text}" for what, text in self._outcome_lines(self.mine.outcome)]
        return "\n".join(lines)

    # --- choosing -------------------------------------------------------------------------------------------

    def _choose_theirs(self) -> None:
        self.use_theirs.setEnabled(False)
        self.theirs_chosen.emit()

    def mark_resolved(self) -> None:
        """Their version is in the window now; yours stays shown here to copy from."""
        self.resolved = True
        self.use_theirs.setEnabled(False)
        self.after.setVisible(True)

    def reload_failed(self) -> None:
        self.use_theirs.setEnabled(True)


# --- the window's side -----------------------------------------------------------------------------------------


def unresolved(window: AssessorWindow) -> bool:
    """Whether the window holds changes refused because another officer saved first, their version not chosen."""
    dialog = window.conflict_dialog
    return dialog is not None and not dialog.resolved


def show_conflict(window: AssessorWindow, conflict: ConcurrentEdit) -> None:
    """Show (or bring up to date) the dialog with both versions; the window keeps your changes meanwhile."""
    assert window.opened is not None
    mine = conflict.mine if isinstance(conflict.mine, ReviewDraft) else window.opened.draft
    theirs = conflict.theirs if isinstance(conflict.theirs, ReviewDraft) else ReviewDraft()
    dialog = window.conflict_dialog
    if dialog is None or dialog.resolved:  # a resolved one may stay open: its text may still be being copied
        dialog = ConflictDialog(window)
        dialog.theirs_chosen.connect(lambda: use_their_version(window))
        window.conflict_dialog = dialog
    titles = {c.criterion: c.title for c in window.opened.criteria}
    dialog.show_versions(str(conflict), mine, theirs, titles)
    if not dialog.isVisible():  # already open: brought up to date, without taking the keyboard from the window
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()


def use_their_version(window: AssessorWindow) -> None:
    """Read the review from the register off the UI thread and show it in the window in place of yours."""
    if window.opened is None:
        return
    dialog = window.conflict_dialog
    root, pack_id = window.data_dir, window.opened.received_pack_id

    def reloaded(draft: ReviewDraft) -> None:
        if window.opened is None or window.opened.received_pack_id != pack_id:
            return
        window.show_draft(draft)
        if dialog is not None:
            dialog.mark_resolved()

    def failed(message: str) -> None:
        if dialog is not None:
            dialog.reload_failed()
        QMessageBox.warning(
            window, QCoreApplication.translate("ConflictDialog", "Their version was not loaded"), message
        )

    window._task = run_task(
        window,
        lambda _r, _c: assessor.load_review(root, pack_id),
        title=QCoreApplication.translate("ConflictDialog", "Reading their version…"),
        on_done=reloaded,
        on_failed=failed,
    )
