"""Text helpers that keep following the app's text size (View > Larger text) instead of fixing a point size."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QSizePolicy, QWidget


def bold_font() -> QFont:
    """A font that sets only the weight, so the size still follows the application font."""
    font = QFont()
    font.setBold(True)
    return font


def badge(text: str = "") -> QLabel:
    """A small framed label (level, "Mandatory"); drawn by the style, so it follows the palette and text size."""
    label = QLabel(text)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(2)
    label.setIndent(6)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


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


class ShortTextEdit(QPlainTextEdit):
    """A plain-text box a few lines high, that keeps that height in lines when the text size changes.

    Tab moves on to the next field (people expect that in a form; the text rarely needs a tab character).
    """

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _height(self) -> int:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin() * 2)
        return self.fontMetrics().lineSpacing() * self.lines + document + margins.top() + margins.bottom() + 4

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
