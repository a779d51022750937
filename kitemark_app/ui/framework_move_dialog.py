"""File → Move to a new framework version…: what the new version changes for this organisation, then the move.

The framework file is read and compared off the UI thread (``services/framework_move.preview_move``); the dialog
shows the changes grouped — new criteria, criteria gone, criteria changed, and what it means for you — and offers
to move the self-assessment not yet sent, or to start the next one on the new version. The move itself runs off
the UI thread too, and one message says what happened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.framework_diff import Change, Meaning
from kitemark_app.services.framework_move import (
    MovePreview,
    MoveResult,
    move_current_cycle,
    preview_move,
    start_next_cycle_on,
)
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.core_sentences import sentence
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.level_names import chosen_level as level_chosen_in
from kitemark_app.ui.level_names import fill_levels, shown
from kitemark_app.ui.problem_text import put_in
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.tasks import Task, run_task
from kitemark_app.ui.widgets.text import bold_font

WANTED_SIZE = QSize(880, 640)
CURRENT, NEXT_CYCLE = "current", "next-cycle"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class FrameworkMoveDialog(QDialog):
    """The changes a new framework version brings, and the choice of move. ``choice`` is CURRENT, NEXT_CYCLE, or
    "" when cancelled; ``chosen_level`` the target level in the new version."""

    def __init__(self, preview: MovePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.choice = ""
        self.setWindowTitle(self.tr("Move to a new framework version"))
        self.setAccessibleName(self.windowTitle())
        summary = _wrapped(
            self.tr("%1: your self-assessment uses version %2; the new version is %3. What changes for %4:")
            .replace("%1", shown(preview.framework).title if preview.framework else preview.framework_title)
            .replace("%2", preview.current_version)
            .replace("%3", preview.new_version)
            .replace("%4", preview.organisation)
        )
        summary.setFont(bold_font())
        self.changes = QTreeWidget()
        self.changes.setHeaderHidden(True)
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("What the new version changes"))
        self._fill()
        self.notes = _wrapped("\n".join(sentence(note) for note in preview.diff.notes))
        self.notes.setVisible(bool(preview.diff.notes))

        self.level = QComboBox()
        if preview.framework is not None:  # each level by its name in the language shown, chosen by its own name
            fill_levels(self.level, preview.framework, preview.target_level)
        else:
            for name in preview.levels:
                self.level.addItem(name, name)
            if preview.target_level:
                self.level.setCurrentIndex(list(preview.levels).index(preview.target_level))
        self.level.setAccessibleName(self.tr("Target level in the new version"))
        level_label = QLabel(self.tr("Target &level in the new version:"))
        level_label.setBuddy(self.level)
        level_row = QHBoxLayout()
        level_row.addWidget(level_label)
        level_row.addWidget(self.level)
        level_row.addStretch()

        self.move_button = QPushButton(self.tr("&Move my current self-assessment"))
        self.move_button.setEnabled(not preview.current_refused)
        self.move_button.setToolTip(sentence(preview.current_refused))
        self.move_button.clicked.connect(lambda: self._choose(CURRENT))
        self.next_button = QPushButton(self.tr("&Start my next self-assessment on the new version"))
        self.next_button.setEnabled(not preview.next_refused)
        self.next_button.setToolTip(sentence(preview.next_refused))
        self.next_button.clicked.connect(lambda: self._choose(NEXT_CYCLE))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        refused = preview.current_refused or preview.next_refused
        self.why_not = _wrapped(sentence(refused))
        self.kept = _wrapped(
            self.tr(
                "Nothing is lost: moving keeps your current self-assessment exactly as it is, beside the moved copy. "
                "Answers on changed criteria are marked for you to check."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.notes)
        layout.addLayout(level_row)
        layout.addWidget(self.kept)
        layout.addWidget(self.why_not)
        layout.addLayout(buttons)
        default = self.move_button if self.move_button.isEnabled() else self.next_button
        default.setDefault(True)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self, WANTED_SIZE)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)

    def _group(self, title: str, parent: QTreeWidgetItem | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        item.setFont(0, bold_font())
        if parent is None:
            self.changes.addTopLevelItem(item)
        else:
            parent.addChild(item)
        item.setExpanded(True)
        return item

    def _fill(self) -> None:
        found = self.preview.diff
        groups: tuple[tuple[str, list[Change]], ...] = (
            (self.tr("New criteria (%n)", "", len(found.added)), found.added),
            (self.tr("Criteria gone (%n)", "", len(found.removed)), found.removed),
            (self.tr("Criteria changed (%n)", "", len(found.changed)), found.changed),
        )
        for title, changes in groups:
            group = self._group(title)
            for change in changes:
                said = sentence(change.message)
                child = QTreeWidgetItem([said])
                child.setToolTip(0, said)  # the whole sentence where a narrow window cuts it short
                group.addChild(child)
            if not changes:
                group.addChild(QTreeWidgetItem([self.tr("None")]))
        for_you = self._group(self.tr("What it means for you"))
        titles = {c.criterion: c.title for c in found.changes}
        if self.preview.framework is not None:  # the new version's titles in the language shown, where it has them
            new = shown(self.preview.framework)
            titles.update({c.id: c.title for _, c in new.criteria() if c.id in titles})
        for meaning, title in (
            (Meaning.NOW_APPLIES, self.tr("Now apply to you (%n)", "", len(found.criteria_where(Meaning.NOW_APPLIES)))),
            (
                Meaning.NO_LONGER_APPLIES,
                self.tr("No longer apply to you (%n)", "", len(found.criteria_where(Meaning.NO_LONGER_APPLIES))),
            ),
            (
                Meaning.NEEDS_RECHECK,
                self.tr("Answers to check again (%n)", "", len(found.criteria_where(Meaning.NEEDS_RECHECK))),
            ),
        ):
            group = self._group(title, for_you)
            for criterion in found.criteria_where(meaning):
                group.addChild(QTreeWidgetItem([f"{criterion} {titles[criterion]}"]))
        self.changes.expandAll()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def chosen_level(self) -> str:
        return level_chosen_in(self.level)


def choose_framework_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FrameworkMove", "Choose the new framework version"),
        "",
        QCoreApplication.translate("FrameworkMove", "Framework files (*.pdf *.yaml *.yml)"),
    )
    return Path(name) if name else None


def _read(path: Path, root: Path) -> str:
    """A YAML draft's text, or a council-signed framework's (only under the council key confirmed here)."""
    from kitemark_app.core.framework import FrameworkError, read_framework_text
    from kitemark_app.errors import KitemarkError
    from kitemark_app.services.framework_files import trusted_source

    try:
        if path.suffix.lower() == ".pdf":
            return trusted_source(root, path)
        return read_framework_text(path)
    except UnicodeDecodeError:
        raise KitemarkError(
            _said(QT_TRANSLATE_NOOP("FrameworkMove", "'%1' is not a framework file (it is not text)."), path.name)
        ) from None
    except OSError as error:
        raise KitemarkError(
            _said(
                QT_TRANSLATE_NOOP("FrameworkMove", "Kitemark cannot read '%1' (%2)."),
                path.name,
                error.strerror or error,
            )
        ) from None
    except FrameworkError as error:
        raise KitemarkError(
            _said(QT_TRANSLATE_NOOP("FrameworkMove", "The new framework is not valid: %1."), error)
        ) from None


def _said(text: str, *values: object) -> str:
    """``text`` (marked for lupdate where it is written) in the language shown, with %1, %2… filled in."""
    return put_in(QCoreApplication.translate("FrameworkMove", text), *(str(value) for value in values))


def move_to_framework_file(parent: QWidget, workspace: Workspace, events: AppEvents, path: Path) -> Task:
    """Read and compare ``path`` off the UI thread, show the changes, and make the move chosen."""

    def failed(message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("FrameworkMove", "Not moved"), message)

    def compare(_report: object, _cancelled: object) -> tuple[str, MovePreview]:
        source = _read(path, workspace.layout.root)
        return source, preview_move(workspace, source)

    def compared(found: tuple[str, MovePreview]) -> None:
        source, preview = found
        dialog = FrameworkMoveDialog(preview, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice:
            return
        move = move_current_cycle if dialog.choice == CURRENT else start_next_cycle_on
        level = dialog.chosen_level()
        run_task(
            parent,
            lambda _report, _cancelled: move(workspace, source, target_level=level),
            title=QCoreApplication.translate("FrameworkMove", "Moving to the new version…"),
            on_done=moved,
            on_failed=failed,
        )

    def moved(result: MoveResult) -> None:
        kept = (
            QCoreApplication.translate(
                "FrameworkMove", "Your earlier answers are kept as they were, in the superseded copy."
            )
            if result.previous_status == "superseded"
            else QCoreApplication.translate("FrameworkMove", "The self-assessment you sent is kept as it was sent.")
        )
        text = " ".join(
            (
                QCoreApplication.translate("FrameworkMove", "Your self-assessment now uses version %1.").replace(
                    "%1", result.version
                ),
                QCoreApplication.translate("FrameworkMove", "%n answer(s) carried over.", "", result.carried),
                QCoreApplication.translate(
                    "FrameworkMove",
                    "%n answer(s) to check against the new wording (listed on the Overview).",
                    "",
                    result.flagged,
                ),
                kept,
            )
        )
        events.navigation_requested.emit("overview")  # first: the page shown may be a criterion the new version lacks
        for what in ("cycle", "responses", "actions"):
            events.data_changed.emit(what)
        QMessageBox.information(parent, QCoreApplication.translate("FrameworkMove", "Moved to the new version"), text)

    return run_task(
        parent,
        compare,
        title=QCoreApplication.translate("FrameworkMove", "Comparing the framework versions…"),
        on_done=compared,
        on_failed=failed,
    )
