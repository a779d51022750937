"""Several frameworks at once: the Overview's list of them with their progress (and the one being worked on), and
the dialog that begins another — one shipped with the app or a file — sharing the evidence library and profile."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.framework import Framework, FrameworkError, parse_framework, read_framework_text
from kitemark_app.errors import KitemarkError
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.level_names import chosen_level, fill_levels, shown
from kitemark_app.ui.widgets.text import bold_font

if TYPE_CHECKING:  # the Overview shows this box before SQLAlchemy is loaded
    from kitemark_app.services.frameworks_in_use import FrameworkInUse
    from kitemark_app.services.workspace import Workspace


class FrameworksBox(QGroupBox):
    """Each framework the organisation works with, its progress, and a button to work on another."""

    switch_requested = Signal(str)
    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your frameworks"), parent)
        self._layout = QVBoxLayout(self)
        self._rows: list[QWidget] = []
        self.start_button = QPushButton(self.tr("Start another framework…"))
        self.start_button.setToolTip(
            self.tr("A funder's checklist or a governance check, sharing your evidence and answers where they match")
        )
        self.start_button.setAccessibleName(self.tr("Start another framework"))
        self.start_button.clicked.connect(self.start_requested.emit)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.start_button)
        self._layout.addLayout(row)

    def set_frameworks(self, frameworks: list[FrameworkInUse]) -> None:
        for widget in self._rows:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._rows = []
        for item in frameworks:
            widget = QWidget(self)
            line = QHBoxLayout(widget)
            line.setContentsMargins(0, 0, 0, 0)
            text = self.tr("%1 — %2 of %3 answered").replace("%1", item.title)
            label = QLabel(text.replace("%2", str(item.answered)).replace("%3", str(item.applicable)), widget)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            if item.in_focus:
                label.setFont(bold_font())
                line.addWidget(QLabel(self.tr("(working on it now)"), widget))
            else:
                button = QPushButton(self.tr("Work on this"), widget)
                button.setAccessibleName(self.tr("Work on %1").replace("%1", item.title))
                button.clicked.connect(lambda _=False, framework_id=item.id: self.switch_requested.emit(framework_id))
                line.addWidget(button)
            self._layout.insertWidget(len(self._rows), widget)
            self._rows.append(widget)


class StartFrameworkDialog(QDialog):
    """Choose a framework to begin (shipped, or from a file) and the level to aim for."""

    def __init__(self, in_use: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start another framework"))
        self.frameworks: list[tuple[Framework, str]] = []  # (framework, its source text)
        intro = QLabel(
            self.tr(
                "Your evidence library and organisation details are shared. Where this framework asks what another "
                "of yours asks, its page offers the answer you already gave."
            )
        )
        intro.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName(self.tr("Frameworks you can start"))
        self.choices.setWordWrap(True)  # a long title and publisher wrap instead of scrolling sideways
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.currentRowChanged.connect(self._chosen)
        from kitemark_app.paths import bundled_framework_texts

        for source in bundled_framework_texts().values():
            framework = parse_framework(source)
            if framework.id not in in_use:
                self._add(framework, source)
        self.level = QComboBox()
        self.description = QLabel()
        self.description.setWordWrap(True)
        from_file = QPushButton(self.tr("From a &file…"))
        from_file.clicked.connect(self._from_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.addButton(from_file, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(self.tr("&Aim for:"), self.level)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.in_use = in_use
        if self.choices.count():
            self.choices.setCurrentRow(0)
        self.ok_button.setEnabled(self.choices.count() > 0)

    def _add(self, framework: Framework, source: str) -> None:
        self.frameworks.append((framework, source))
        item = QListWidgetItem(f"{shown(framework).title} {framework.version} — {framework.publisher}")
        self.choices.addItem(item)

    def _chosen(self, row: int) -> None:
        if row < 0:
            return
        framework = self.frameworks[row][0]
        self.description.setText(shown(framework).description)
        fill_levels(self.level, framework)

    def _from_file(self) -> None:
        from kitemark_app.ui.folders import documents_folder

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a framework file"), str(documents_folder()), self.tr("Framework files (*.yaml *.yml)")
        )
        if not name:
            return
        try:
            source = read_framework_text(Path(name))
            framework = parse_framework(source)
        except (OSError, UnicodeDecodeError):
            QMessageBox.warning(self, self.windowTitle(), self.tr("That file cannot be read; choose another."))
            return
        except FrameworkError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("That is not a valid framework file: %1").replace("%1", error_text(error)),
            )
            return
        if framework.id in self.in_use:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("You already work with %1.").replace("%1", framework.title)
            )
            return
        self._add(framework, source)
        self.choices.setCurrentRow(self.choices.count() - 1)
        self.ok_button.setEnabled(True)

    def chosen(self) -> tuple[Framework, str, str] | None:
        row = self.choices.currentRow()
        if row < 0:
            return None
        framework, source = self.frameworks[row]
        return framework, source, chosen_level(self.level)


def start_another_framework(parent: QWidget, workspace: Workspace, in_use: set[str]) -> str | None:
    """Ask which framework to begin and begin it; the id begun, or None (cancelled, or refused with a sentence)."""
    dialog = StartFrameworkDialog(in_use, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen()) is None:
        return None
    framework, source, level = chosen
    from kitemark_app.services.frameworks_in_use import start_framework

    try:
        start_framework(workspace, source, level)
        workspace.choose_framework(framework.id)
    except KitemarkError as error:
        QMessageBox.warning(parent, dialog.windowTitle(), error_text(error))
        return None
    return framework.id
