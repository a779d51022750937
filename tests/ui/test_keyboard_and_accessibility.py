"""Everyone can use it: keyboard-only operation, an accessible name on every interactive widget, 200% text
and a dark palette."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from kitemark_app.core.status import ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.answers import criterion_answer
from kitemark_app.ui.about import AboutDialog
from kitemark_app.ui.action_dialog import ActionDialog
from kitemark_app.ui.evidence_picker import EvidencePicker
from kitemark_app.ui.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
    QAbstractSlider, QTabBar, QGraphicsView,
)  # fmt: skip
#: Parts Qt builds inside a composite widget (a line edit's clear button, a spin box's editor…); the composite
#: carries the name.
COMPOSITES = (QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)


def interactive_widgets(root: QWidget) -> Iterator[QWidget]:
    """The interactive widgets a person can reach in ``root`` as it is shown now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        inside_composite = False
        while parent is not None and parent is not root.parentWidget():
            if isinstance(parent, COMPOSITES):
                inside_composite = True
                break
            parent = parent.parentWidget()
        if not inside_composite:
            yield widget


def unnamed(root: QWidget) -> list[str]:
    def describe(widget: QWidget) -> str:
        text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
        return f"{type(widget).__name__}({widget.objectName()!r}, {text!r}) in {type(widget.parentWidget()).__name__}"

    return [describe(w) for w in interactive_widgets(root) if not w.accessibleName().strip()]


@pytest.fixture
def window(qtbot, open_app, started_folder: Path, tmp_path: Path) -> MainWindow:
    controller = open_app(started_folder)
    window = controller.main_window
    source = tmp_path / "constitution.pdf"
    source.write_bytes(b"%PDF constitution")
    evidence_ops.add_evidence(window.workspace, source, criteria=["GOV-01"])
    window.workspace.add_action("Adopt the new constitution", criterion_id="GOV-01", owner="Chair")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_keyboard_only(qtbot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation
    press(qtbot, Qt.Key.Key_Down)  # the first area
    press(qtbot, Qt.Key.Key_Down)  # its first criterion opens
    assert window.current_target() == "criterion:GOV-01"
    page = window.criterion_page
    assert window.stack.currentWidget() is page

    # Tab moves through the page in reading order.
    order = []
    for _ in range(10):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
        if QApplication.focusWidget() is window.navigation:
            break
    assert order.index(page.status_buttons[ResponseStatus.MET]) < order.index(page.narrative)
    assert order.index(page.narrative) < order.index(page.evidence_box.list)
    assert order.index(page.evidence_box.list) < order.index(page.evidence_box.add_button)
    assert order.index(page.evidence_box.add_button) < order.index(page.actions_box.table)

    # Choose a status with the arrow keys, type the narrative, leave with Tab.
    page.status_buttons[ResponseStatus.MET].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert page.current_status() is ResponseStatus.MET
    press(qtbot, Qt.Key.Key_Right)
    assert page.current_status() is ResponseStatus.PARTLY_MET
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.narrative
    qtbot.keyClicks(page.narrative, "Adopted in 2019")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.narrative  # Tab leaves the text box, it does not insert a tab

    # Shortcuts: the overview, text size, and the mnemonic for "Not applicable".
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.overview
    answer = criterion_answer(window.workspace, "GOV-01")
    assert (answer.status, answer.narrative) == (ResponseStatus.PARTLY_MET, "Adopted in 2019")
    size = QApplication.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() > size
    press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigation
    press(qtbot, Qt.Key.Key_Home)
    assert window.current_target() == "overview"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_target() == "criterion:GOV-01"
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Qt "animates" the click: it lands shortly
    qtbot.waitUntil(lambda: page.current_status() is ResponseStatus.NOT_APPLICABLE)
    assert QApplication.focusWidget() is page.na_reason  # straight to the reason it needs

    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_interactive_widget_has_an_accessible_name(qtbot, open_app, tmp_path: Path, window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}

    controller = open_app(tmp_path / "fresh")  # an empty folder: the welcome screen and the wizard
    problems["welcome"] = unnamed(controller.welcome)
    controller.start_setup()
    wizard = controller.wizard
    for page in range(4):
        problems[f"wizard page {page + 1}"] = unnamed(wizard)
        wizard.currentPage().validatePage = lambda: True  # walk on without filling the form in
        wizard.next()
    wizard.reject()

    checked = 0
    for target in ("overview", "criterion:GOV-01", "evidence", "actions", "profile"):
        window.navigate(target)
        problems[target] = unnamed(window)
        checked += len(list(interactive_widgets(window)))
    window.navigate("criterion:GOV-01")
    window.criterion_page.status_buttons[ResponseStatus.NOT_APPLICABLE].click()
    window.criterion_page.evidence_box.list.setCurrentRow(0)
    assert window.criterion_page.na_reason.isVisibleTo(window)
    problems["criterion page after choosing n/a"] = unnamed(window.criterion_page)
    items = evidence_ops.list_evidence(window.workspace)
    for name, dialog in (
        ("action dialog", ActionDialog(window)),
        ("evidence picker", EvidencePicker(items, "GOV-03", window)),
        ("about", AboutDialog(window.data_dir, window)),
    ):
        dialog.show()
        problems[name] = unnamed(dialog)
        dialog.close()

    assert {where: names for where, names in problems.items() if names} == {}
    assert checked > 40  # the sweep really saw the pages (51 when written)


def test_200_percent_text_stays_usable(qtbot, window: MainWindow) -> None:
    normal = QApplication.font().pointSizeF()
    window.set_zoom(200)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 2)
    window.resize(1400, 900)
    window.navigate("criterion:GOV-01")
    page = window.criterion_page
    qtbot.waitUntil(lambda: page.viewport().width() > 0)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1400 and minimum.height() <= 900
    assert page.horizontalScrollBar().maximum() == 0  # nothing cut off at the side: the page wraps
    # Every answer control is reachable by scrolling and no wider than the page.
    for widget in (*page.status_buttons.values(), page.narrative, page.evidence_box, page.actions_box):
        page.ensureWidgetVisible(widget)
        assert widget.width() <= page.viewport().width()
    # Headings follow the text size too.
    assert page.title_label.sizeHint().height() > page.title_label.fontMetrics().height() * 1.2
    window.set_zoom(100)
    assert QApplication.font().pointSizeF() == pytest.approx(normal)


def luminance(image: QImage) -> float:
    total, count = 0.0, 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += QColor(image.pixel(x, y)).lightnessF()
            count += 1
    return total / count


def test_follows_a_dark_palette(qtbot, qapp, window: MainWindow) -> None:
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#171717"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
        (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Mid, "#5f6368"),
    ):  # fmt: skip
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == QColor("#202124"))
    icon_before = window.navigation.nav_model.index_of("criterion:GOV-01").data(Qt.ItemDataRole.DecorationRole)
    for target in ("criterion:GOV-01", "profile", "overview"):
        window.navigate(target)
        image = window.stack.currentWidget().grab().toImage()
        assert luminance(image) < 0.35, target
    # The "not started" icon is drawn in the text colour, so it stays visible on the dark background.
    icon = window.navigation.nav_model.index_of("criterion:GOV-03").data(Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(32).toImage().pixelColor(16, 3).lightnessF() > 0.5
    assert icon_before is not None
