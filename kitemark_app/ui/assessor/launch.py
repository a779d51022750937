"""Start the app straight into assessor mode on one pack (``kitemark open PACK.pdf``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kitemark_app import APP_NAME, __version__

EXIT_CODES = {"valid": 0, "rejected": 1, "unregistered": 3}


def run_assessor(data_dir: Path, pack: Path, *, exit_after_verify: bool = False) -> int:
    from kitemark_app.ui.app import app_icon
    from kitemark_app.ui.assessor.window import AssessorWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    window = AssessorWindow(data_dir)
    window.show()
    outcome = {"code": 1}
    if exit_after_verify:

        def done(opened: object) -> None:
            outcome["code"] = EXIT_CODES.get(getattr(getattr(opened, "verdict", None), "verdict", ""), 1)
            QTimer.singleShot(0, app.quit)

        window.pack_opened.connect(done)
        window.open_failed.connect(lambda _message: QTimer.singleShot(0, app.quit))
    window.open_pack(pack)
    code = app.exec()
    return outcome["code"] if exit_after_verify else code
