"""Windows that fit the screen they open on, from 1024×768 up.

A window asks for the size it would like; it gets that size or the screen's available area (less the title bar and
frame the window system adds), whichever is smaller, centred. A saved geometry is used only when it still fits the
screen it is restored on and is not shrunk to a scrap (as happens after a run on a smaller or a scaled screen);
otherwise the window is fitted afresh.

A dialog is sized the same way each time it is shown (``fit_dialog``, from its ``showEvent``) and placed by Qt
over its parent; it gets at least the room its wrapped text needs at that width, when the screen has it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: What the window system adds around the client area (Windows 10/11 at 100% scale: a title bar of about 31 px
#: and borders of about 8 px), so that the whole window, frame included, fits the available area.
BORDER = 8
TITLE_BAR = 32
#: A restored window smaller than this share of the size it would be fitted to is taken as a leftover, not a choice.
SMALLEST_SHARE = 0.6


def with_frame(client: QRect) -> QRect:
    return client.adjusted(-BORDER, -TITLE_BAR, BORDER, BORDER)


def fitted(wanted: QSize, available: QRect) -> QRect:
    """The client area for a window that would like ``wanted``, on a screen whose free area is ``available``:
    as large as wanted or as the area allows, whichever is smaller, with its frame centred on the area."""
    width = max(1, min(wanted.width(), available.width() - 2 * BORDER))
    height = max(1, min(wanted.height(), available.height() - TITLE_BAR - BORDER))
    frame_left = available.x() + (available.width() - width - 2 * BORDER) // 2
    frame_top = available.y() + (available.height() - height - TITLE_BAR - BORDER) // 2
    return QRect(frame_left + BORDER, frame_top + TITLE_BAR, width, height)


def keeps(restored: QRect, wanted: QSize, available: QRect) -> bool:
    """Whether a restored client area may stay: wholly on the available area (frame included) and not a scrap."""
    if not available.contains(with_frame(restored)):
        return False
    best = fitted(wanted, available)
    return restored.width() >= best.width() * SMALLEST_SHARE and restored.height() >= best.height() * SMALLEST_SHARE


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    window.setGeometry(fitted(wanted, available_area(window)))


def restore_or_fit(window: QWidget, saved: object, wanted: QSize) -> None:
    """Restore ``saved`` (a ``saveGeometry()`` value) if it still fits this screen, else fit the window afresh."""
    restored = isinstance(saved, QByteArray) and not saved.isEmpty() and window.restoreGeometry(saved)
    if restored and (window.isMaximized() or keeps(window.geometry(), wanted, available_area(window))):
        return
    fit_to_screen(window, wanted)


def room_for(window: QWidget) -> QSize:
    """The largest client area a window can have on its screen, frame included in the screen."""
    area = available_area(window)
    return QSize(area.width() - 2 * BORDER, area.height() - TITLE_BAR - BORDER)


def fit_dialog(dialog: QWidget, wanted: QSize | None = None) -> None:
    """Size ``dialog`` before it is shown: ``wanted``, else the size it was given (by its own code, a caller or the
    person), else its size hint; grown to what its content asks for and to the height its wrapped text needs at
    that width, but never larger than the screen allows."""
    room = room_for(dialog)
    hint = dialog.sizeHint()
    if wanted is None and dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        wanted = dialog.size()
    size = (wanted.expandedTo(hint) if wanted is not None else hint).boundedTo(room)
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        size.setHeight(min(room.height(), max(size.height(), layout.totalHeightForWidth(size.width()))))
    dialog.resize(size.expandedTo(dialog.minimumSizeHint()))
