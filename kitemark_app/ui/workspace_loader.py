"""Open the full workspace in the background while the main window, drawn from the start-up snapshot, is shown.

Most of the work is importing SQLAlchemy and the services (several times what showing the window costs); the
rest is ``Workspace.open`` (its start-up check, the daily backup). Both run on a QThreadPool thread; ``loaded``
or ``failed`` is delivered on the UI thread. This is not ``run_task``: there is no progress dialog (the window
is usable meanwhile, only data-changing actions wait) and the caller needs the error itself (a damaged database
leads to the offer of a backup, as at an ordinary start).
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kitemark_app.errors import KitemarkError

log = logging.getLogger(__name__)

#: Modules the window needs once the workspace is open, imported on the worker too so the UI thread does not.
MODULES_USED_WITH_THE_WORKSPACE = (
    "kitemark_app.services.answers",
    "kitemark_app.services.report",
    "kitemark_app.services.review_import",
    "kitemark_app.ui.criterion_page",
)


def open_workspace(root: Path) -> Any:
    from kitemark_app.services.workspace import Workspace

    for name in MODULES_USED_WITH_THE_WORKSPACE:
        importlib.import_module(name)
    return Workspace.open(root)


class _Signals(QObject):
    loaded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, loader: WorkspaceLoader) -> None:
        super().__init__()
        self.loader = loader

    def run(self) -> None:
        self.loader._run()


class WorkspaceLoader(QObject):
    """``start()`` once; ``loaded(workspace)`` or ``failed(exception)`` follows on the UI thread."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._done = threading.Event()
        self._result: Any = None
        self._signals = _Signals()
        self._signals.loaded.connect(self.loaded)
        self._signals.failed.connect(self.failed)
        self._runnable = _Runnable(self)
        self._runnable.setAutoDelete(False)
        self._started = False

    def start(self) -> None:
        self._started = True
        QThreadPool.globalInstance().start(self._runnable)

    def _run(self) -> None:
        try:
            self._result = open_workspace(self.root)
        except Exception as error:
            if not isinstance(error, KitemarkError):
                log.exception("opening the workspace in the background failed")
            self._done.set()
            self._signals.failed.emit(error)
        else:
            self._done.set()
            self._signals.loaded.emit(self._result)

    def wait(self) -> Any:
        """Block until the worker has finished (at shut-down); the workspace it opened, or None."""
        if not self._started:
            return None
        self._done.wait()
        return self._result
