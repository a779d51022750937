"""App-wide events on one small QObject, so screens stay independent of each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Emitted after the data changed, so every screen that shows it can refresh.

    ``what`` names the kind of data: "responses", "evidence", "actions", "profile", "cycle", "review".
    """

    data_changed = Signal(str)
    #: A place the user asked to go to: "overview", "criterion:GOV-01", "evidence", "evidence:12",
    #: "actions", "profile:charity_number".
    navigation_requested = Signal(str)
    #: The save state for the status bar: True when everything is stored.
    save_state_changed = Signal(bool)
