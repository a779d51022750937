"""Status icons for answers, drawn in code: a distinct shape for each status, so colour is never the only cue."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from kitemark_app.core.status import ResponseStatus

# Mid-tone colours that read on both light and dark backgrounds.
_COLOURS = {
    ResponseStatus.MET: "#2e8b3d",
    ResponseStatus.PARTLY_MET: "#d08c00",
    ResponseStatus.NOT_MET: "#d03a32",
}
_cache: dict[tuple[ResponseStatus, str, int], QIcon] = {}


def _draw(status: ResponseStatus, size: int, text_colour: QColor) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    circle = QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8)
    stroke = QPen(text_colour, max(1.0, s / 12))
    stroke.setCapStyle(Qt.PenCapStyle.RoundCap)
    if status is ResponseStatus.NOT_STARTED:
        painter.setPen(stroke)
        painter.drawEllipse(circle)
    elif status is ResponseStatus.NOT_APPLICABLE:
        painter.setPen(stroke)
        painter.drawEllipse(circle)
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    else:
        colour = QColor(_COLOURS[status])
        painter.setPen(QPen(colour, max(1.0, s / 12)))
        if status is ResponseStatus.PARTLY_MET:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(circle)
            half = QPainterPath()
            half.moveTo(circle.center())
            half.arcTo(circle, 90, 180)
            half.closeSubpath()
            painter.fillPath(half, colour)
        else:
            painter.setBrush(colour)
            painter.drawEllipse(circle)
            mark = QPen(QColor("white"), max(1.5, s / 9))
            mark.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(mark)
            if status is ResponseStatus.MET:
                path = QPainterPath(QPointF(s * 0.3, s * 0.52))
                path.lineTo(QPointF(s * 0.45, s * 0.66))
                path.lineTo(QPointF(s * 0.7, s * 0.36))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            else:
                painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64))
                painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64))
    painter.end()
    return pixmap


def status_icon(status: ResponseStatus) -> QIcon:
    """The icon for an answer status, in the current palette's text colour where it has no colour of its own."""
    text_colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    key = (status, text_colour.name(), 0)
    if key not in _cache:
        icon = QIcon()
        for size in (16, 24, 32, 48):
            icon.addPixmap(_draw(status, size, text_colour))
        _cache[key] = icon
    return _cache[key]
