"""Autosave: every change is stored as it is made; typing is stored after a short pause (debounced).

Screens call ``schedule(key, save, what)`` on each keystroke and ``save_now(save, what)`` for discrete changes
(a radio button, a link). ``flush()`` stores whatever is pending at once; the main window calls it on every
page change and when it closes, so nothing typed is ever lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kitemark_app.errors import KitemarkError
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.events import AppEvents

log = logging.getLogger(__name__)

DEBOUNCE_MS = 500
Save = Callable[[], None]


class AutoSaver(QObject):
    #: One plain sentence when a change could not be stored.
    save_failed = Signal(str)

    def __init__(self, events: AppEvents, delay_ms: int = DEBOUNCE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._pending: dict[str, tuple[Save, str]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def schedule(self, key: str, save: Save, what: str) -> None:
        """Store ``save`` after the pause; a newer call with the same key replaces the older one."""
        was_idle = not self._pending
        self._pending[key] = (save, what)
        self._timer.start()
        if was_idle:
            self._events.save_state_changed.emit(False)

    def save_now(self, save: Save, what: str) -> bool:
        """Store a discrete change at once (after anything pending, to keep the order of changes)."""
        self._events.save_state_changed.emit(False)
        ok = self.flush(announce=False) and self._run(save)
        self._events.save_state_changed.emit(ok)
        if ok:
            self._events.data_changed.emit(what)
        return ok

    def flush(self, announce: bool = True) -> bool:
        """Store everything pending now; True when all of it was stored."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        ok = True
        changed: list[str] = []
        for save, what in pending.values():
            if self._run(save):
                if what not in changed:
                    changed.append(what)
            else:
                ok = False
        if announce:
            self._events.save_state_changed.emit(ok)
        for what in changed:
            self._events.data_changed.emit(what)
        return ok

    def _run(self, save: Save) -> bool:
        try:
            save()
        except KitemarkError as error:
            self.save_failed.emit(error_text(error))
            return False
        except Exception as error:  # the database may be locked or the disk full: say so, keep the app
            log.exception("autosave failed")
            self.save_failed.emit(
                self.tr("A change could not be saved ({error}). Please try again.").replace(
                    "{error}", type(error).__name__
                )
            )
            return False
        return True
