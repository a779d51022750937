"""Start the desktop app: QApplication, the main window, and the ``--exit-after-show`` smoke-test hook."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from kitemark_app import APP_NAME, __version__


def run_gui(data_dir: Path, *, exit_after_show: bool = False, explicit_data_dir: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel(window.tr("Kitemark — data folder: %1").replace("%1", str(data_dir))))
    window.resize(900, 600)
    window.show()
    if exit_after_show:
        QTimer.singleShot(0, app.quit)
    return app.exec()
