"""The Alt+letter keys a window offers at one time: its menu bar, its tab bars, and every visible button, label
with a buddy and group box. Two of them on one letter make Alt+letter cycle instead of act."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found[1].lower() if found else None


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letter -> the texts that share it, for every letter used more than once in what is visible now."""
    seen: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        if letter := _letter(text):
            seen[letter].append(text)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}
