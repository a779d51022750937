"""Windows fit the screen they open on: 1366×768 and 1024×768 laptops (less a 40 px taskbar), and a big screen.
Expected rectangles are worked out by hand from the frame sizes (8 px borders, a 32 px title bar)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QMainWindow

from kitemark_app.ui import screen_fit
from kitemark_app.ui.screen_fit import fitted, keeps, restore_or_fit, with_frame

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less the taskbar
SMALL = QRect(0, 0, 1024, 728)  # 1024×768 less the taskbar
BIG = QRect(0, 0, 1920, 1040)
MAIN = QSize(1200, 800)
ASSESSOR = QSize(1360, 860)


@pytest.mark.parametrize(
    ("wanted", "available", "expected"),
    [
        (MAIN, LAPTOP, QRect(83, 32, 1200, 688)),  # height 728 - 32 - 8; frame 1216 wide from (1366-1216)/2 = 75
        (ASSESSOR, LAPTOP, QRect(8, 32, 1350, 688)),  # width 1366 - 16
        (ASSESSOR, SMALL, QRect(8, 32, 1008, 688)),
        (MAIN, BIG, QRect(360, 132, 1200, 800)),
    ],
)
def test_a_window_gets_what_it_wants_or_what_the_screen_allows(wanted: QSize, available: QRect, expected: QRect) -> None:
    got = fitted(wanted, available)
    assert got == expected
    assert available.contains(with_frame(got))  # the title bar and the close button are on the screen
    frame = with_frame(got)
    assert abs((frame.left() - available.left()) - (available.right() - frame.right())) <= 1  # centred across


def test_a_fitted_window_is_centred_with_its_frame() -> None:
    got = fitted(MAIN, BIG)
    # the frame, 1216×840, starts at ((1920-1216)/2, (1040-840)/2) = (352, 100); the client area 8 and 32 px inside
    assert got == QRect(360, 132, 1200, 800)


def test_a_screen_on_the_right_of_another_is_used_where_it_is() -> None:
    second = QRect(1920, 0, 1366, 728)
    assert fitted(MAIN, second).left() == 1920 + 83


def test_a_restored_window_that_fits_and_is_large_enough_stays() -> None:
    assert keeps(QRect(100, 60, 1100, 600), MAIN, LAPTOP)


@pytest.mark.parametrize(
    "restored",
    [
        QRect(83, 32, 1200, 800),  # a run on a bigger screen: the bottom (status bar) would be off this one
        QRect(500, 32, 1200, 688),  # the right edge and the close button off-screen
        QRect(8, 10, 1000, 600),  # the title bar above the top of the screen
        QRect(100, 100, 530, 367),  # the leftover of a run at another scale: a scrap with clipped text
    ],
)
def test_a_restored_window_that_does_not_fit_or_is_a_scrap_is_fitted_afresh(restored: QRect) -> None:
    assert not keeps(restored, MAIN, LAPTOP)


def test_restore_or_fit_fits_a_window_restored_off_screen(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: LAPTOP)
    window.setGeometry(QRect(900, 400, 1200, 800))  # as a run on a big screen left it
    saved = window.saveGeometry()
    restore_or_fit(window, saved, MAIN)
    assert LAPTOP.contains(with_frame(window.geometry()))
    restore_or_fit(window, QByteArray(), MAIN)  # nothing saved yet
    assert window.geometry().size() == QSize(1200, 688)
