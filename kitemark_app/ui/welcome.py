"""The first screen when the data folder has no organisation yet: start a self-assessment, try the demo, or
(for council assessors) open a submission pack.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from kitemark_app import APP_NAME
from kitemark_app.ui.language_menu import language_box
from kitemark_app.ui.screen_fit import fit_dialog
from kitemark_app.ui.widgets.text import heading

WANTED_SIZE = QSize(720, 520)


class WelcomeScreen(QWidget):
    start_requested = Signal()
    demo_requested = Signal()
    assessor_requested = Signal()

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.tr("Welcome"))
        title = heading(self.tr("Welcome to %1").replace("%1", APP_NAME), "xx-large")
        intro = QLabel(
            self.tr(
                "Kitemark helps your organisation assess itself against the borough's quality criteria, keep "
                "the documents that show it, and send the council one signed submission pack.\n\n"
                "Everything you type is saved as you go. Nothing leaves this computer until you send the pack."
            )
        )
        intro.setWordWrap(True)

        self.start_button = QCommandLinkButton(
            self.tr("&Start our self-assessment"),
            self.tr("Tell us about your organisation and choose the level you are aiming for."),
        )
        self.start_button.setAccessibleName(self.tr("Start our self-assessment"))
        self.start_button.clicked.connect(self.start_requested)
        self.demo_button = QCommandLinkButton(
            self.tr("Try the &demo"),
            self.tr("Look around with a made-up organisation. The demo is kept apart from your own data."),
        )
        self.demo_button.setAccessibleName(self.tr("Try the demo"))
        self.demo_button.clicked.connect(self.demo_requested)
        self.assessor_button = QCommandLinkButton(
            self.tr("Open an &assessor pack"),
            self.tr("For council assessors: check a submission pack an organisation sent you, and review it."),
        )
        self.assessor_button.setAccessibleName(self.tr("Open an assessor pack"))
        self.assessor_button.clicked.connect(self.assessor_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(self.start_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.assessor_button)
        layout.addStretch()
        self.language = language_box(self, settings if settings is not None else QSettings())
        layout.addWidget(self.language)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.start_button.setFocus()
        self.resize(WANTED_SIZE)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)
