"""On the criterion page: an answer carried to a new framework version that should be checked, and the button that
says it still answers the criterion (``services/answers.confirm_still_answers``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kitemark_app.ui.widgets.text import bold_font


class RecheckNotice(QFrame):
    #: The user checked the answer: it still answers the criterion as the new version words it.
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Check this answer"))
        self.heading = QLabel(self.tr("Check this answer against the new version"))
        self.heading.setFont(bold_font())
        self.heading.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("This &still answers it"))
        self.confirm_button.setAccessibleName(self.tr("Confirm this answer still answers the criterion"))
        self.confirm_button.clicked.connect(self.confirmed.emit)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        self.setVisible(False)

    def set_reason(self, reason: str) -> None:
        """Show the reason an answer needs checking; hidden when there is none."""
        self.reason.setText(reason)
        self.setAccessibleDescription(reason)
        self.setVisible(bool(reason.strip()))
