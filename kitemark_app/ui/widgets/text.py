"""Text helpers that keep following the app's text size (View > Larger text) instead of fixing a point size."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def bold_font() -> QFont:
    """A font that sets only the weight, so the size still follows the application font."""
    font = QFont()
    font.setBold(True)
    return font


def heading(text: str, size: str = "x-large") -> QLabel:
    """A heading label whose size is relative to the application font."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    set_heading_text(label, text, size)
    return label


def set_heading_text(label: QLabel, text: str, size: str = "x-large") -> None:
    label.setText(f"<span style='font-size:{size}; font-weight:600'>{html.escape(text)}</span>")
    label.setAccessibleName(text)
