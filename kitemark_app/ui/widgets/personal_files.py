"""The files of a pack that name people, listed before it is sent: hide their personal parts, or send them as they
are after saying so (the Prepare submission dialog's readiness page)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kitemark_app.core.readiness import Problem
from kitemark_app.ui.problem_text import problem_text

#: The role holding where a line leads ("evidence:<id>"), as the dashboard's problem lists use it.
TARGET_ROLE = 257


class PersonalFilesBox(QWidget):
    """Emits ``choice_changed`` when the tick changes, and ``file_chosen(target)`` on Enter or a double-click."""

    choice_changed = Signal()
    file_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(
            self.tr(
                "<b>These files name people, or may, and would go to the council as they are.</b> Hide the "
                "personal parts first (double-click a file, then <i>Hide parts before sending…</i>), or send them "
                "as they are if the assessor needs to see the names."
            )
        )
        self.label.setWordWrap(True)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files that name people"))
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setWordWrap(True)
        self.files.setSpacing(3)
        self.files.itemActivated.connect(lambda item: self.file_chosen.emit(str(item.data(TARGET_ROLE))))
        self.send_as_they_are = QCheckBox(self.tr("Send these files as they are, with the personal data in them"))
        self.send_as_they_are.setAccessibleName(self.tr("Send the files that name people as they are"))
        self.send_as_they_are.toggled.connect(self.choice_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.send_as_they_are)

    def set_problems(self, problems: list[Problem]) -> None:
        """One line per file (a file may support several criteria), with the first sentence given for it."""
        first: dict[int | None, Problem] = {}
        for problem in problems:
            first.setdefault(problem.evidence_id, problem)
        self.files.clear()
        for problem in first.values():
            item = QListWidgetItem(problem_text(problem).split(" — ", 1)[-1])
            item.setData(TARGET_ROLE, f"evidence:{problem.evidence_id}")
            hint = self.tr("Double-click or press Enter to go to the file in the evidence library.")
            item.setToolTip(f"{item.text()}\n{hint}")  # the whole line, which a narrow list cuts short
            self.files.addItem(item)
        self.setVisible(bool(first))

    def count(self) -> int:
        return self.files.count()

    def confirmed(self) -> bool:
        """Nothing to send as it is, or the person said to send it."""
        return self.files.count() == 0 or self.send_as_they_are.isChecked()
