"""One helper for long work: run a plain-data operation on a worker thread with progress and cancel.

    task = run_task(parent, lambda report, cancelled: store_file(ws, path, report, cancelled),
                    on_done=..., on_failed=..., title=parent.tr("Adding evidence…"))

``op(report, cancelled)`` runs on a QThreadPool thread; it must not touch widgets. ``report(done, total)``
updates the progress dialog (shown only if the work takes longer than ~600 ms); ``cancelled()`` becomes True
when the user presses Cancel. ``on_done(result)`` / ``on_failed(message)`` run back on the UI thread. A
KitemarkError's text is shown as it is; anything else becomes a plain sentence (details go to the log).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kitemark_app.errors import KitemarkError
from kitemark_app.ui.core_sentences import error_text

log = logging.getLogger(__name__)

Report = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Operation = Callable[[Report, IsCancelled], Any]
SHOW_PROGRESS_AFTER_MS = 600


class _Signals(QObject):
    progressed = Signal(object, object)  # done, total (may exceed 2**31)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, was_cancelled


class _Runnable(QRunnable):
    def __init__(self, op: Operation, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.op = op
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        try:
            result = self.op(lambda done, total: self.signals.progressed.emit(done, total), self.cancel.is_set)
        except KitemarkError as error:
            self.signals.failed.emit(error_text(error), self.cancel.is_set())
        except Exception as error:
            log.exception("background task failed")
            said = QCoreApplication.translate("Task", "Something went wrong (%1); nothing was changed.")
            self.signals.failed.emit(said.replace("%1", f"{type(error).__name__}: {error}"), self.cancel.is_set())
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A running operation. Keep a reference until it finishes (run_task does this for you)."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    _running: ClassVar[set[Task]] = set()  # keeps running tasks alive until they report

    def __init__(self, parent: QWidget | None, op: Operation, title: str) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 1000, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setAccessibleName(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        # wide enough for its title in the title bar (window managers cut it to the dialog's width)
        title_width = self._dialog.fontMetrics().horizontalAdvance(title) + 160
        self._dialog.setMinimumWidth(min(title_width, 640))
        self._dialog.setAutoReset(False)
        self._dialog.setAutoClose(False)
        self._dialog.canceled.connect(self.cancel)
        self._dialog.setValue(0)
        self._runnable = _Runnable(op, self._signals, self._cancel)
        self._runnable.setAutoDelete(False)

    def start(self) -> Task:
        Task._running.add(self)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and not self._cancel.is_set():
            self._dialog.setValue(min(1000, int(done * 1000 / total)))

    def _close(self) -> None:
        self._dialog.reset()
        self._dialog.hide()
        self._dialog.deleteLater()
        QTimer.singleShot(0, lambda: Task._running.discard(self))

    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, message: str, was_cancelled: bool) -> None:
        self._close()
        if was_cancelled:
            self.cancelled.emit()
        else:
            self.failed.emit(message)


def run_task(
    parent: QWidget | None,
    op: Operation,
    *,
    title: str,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    task = Task(parent, op, title)
    if on_done:
        task.finished.connect(on_done)
    if on_failed:
        task.failed.connect(on_failed)
    if on_cancelled:
        task.cancelled.connect(on_cancelled)
    return task.start()
