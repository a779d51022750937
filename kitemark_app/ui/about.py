"""Help > About Kitemark: the version and where this organisation's data is kept."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from kitemark_app import APP_NAME, __version__
from kitemark_app.ui.screen_fit import fit_dialog

WANTED_SIZE = QSize(520, 300)


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.windowTitle())
        text = QLabel(
            "<h2>{name}</h2><p>{version}</p><p>{purpose}</p><p>{folder_label}<br><code>{folder}</code></p>".format(
                name=html.escape(APP_NAME),
                version=html.escape(self.tr("Version %1").replace("%1", __version__)),
                purpose=html.escape(
                    self.tr(
                        "Self-assessment and signed submission packs for the borough's voluntary-sector Kitemark. "
                        "It makes no network connections."
                    )
                ),
                folder_label=html.escape(self.tr("Your data is kept in:")),
                folder=html.escape(str(data_dir)),
            )
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir = data_dir
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.open_folder = QPushButton(self.tr("Open data &folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(WANTED_SIZE)

    def showEvent(self, event: QShowEvent) -> None:
        fit_dialog(self)  # the whole of it on the screen, from 1024×768 up (ui/screen_fit.py)
        super().showEvent(event)
