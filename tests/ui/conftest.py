"""GUI test set-up: settings in a temporary file, recorded message boxes, the real main window on a fresh folder."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from kitemark_app.paths import default_framework_text
from kitemark_app.services.setup import start_self_assessment
from kitemark_app.services.workspace import Workspace
from tests.profiles import ORGANISATION


@pytest.fixture(autouse=True, scope="session")
def _settings_outside_the_home_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings() written by the app during tests goes to a temporary folder, never the user's settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True, scope="session")
def _translations_as_the_app_installs_them(qapp: QApplication) -> None:
    """The English plural forms ("1 action", "2 actions"), as ``run_gui`` installs them."""
    from kitemark_app.ui.translations import install_translations

    assert install_translations(qapp) is not None


@pytest.fixture(autouse=True)
def _restore_application_font_and_palette(qapp: QApplication) -> Iterator[None]:
    """The text-size setting and dark-mode tests change app-wide state; put it back after each test."""
    font, palette = QFont(qapp.font()), qapp.palette()
    yield
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "kitemark-ui.ini"), QSettings.Format.IniFormat)


@dataclass
class MessageBoxes:
    """Message boxes the code under test showed (instead of blocking the test), and the answer to questions."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for shown_kind, _title, text in self.shown if kind is None or shown_kind == kind]


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def recorder(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> object:
            boxes.shown.append((kind, title, text))
            asks = kind == "question" or bool(_args)  # a warning given buttons is a question too
            return boxes.answer if asks else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    return boxes


DETAILS = ORGANISATION


@pytest.fixture
def started_folder(data_dir: Path) -> Path:
    """A data folder with an organisation and a Foundation-level self-assessment on the default framework."""
    with Workspace.open(data_dir) as workspace:
        start_self_assessment(workspace, DETAILS, default_framework_text(), "Foundation")
    return data_dir


@pytest.fixture
def demo_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where "Try the demo" puts the demo during a test."""
    folder = tmp_path / "demo"
    monkeypatch.setattr("kitemark_app.paths.demo_data_dir", lambda: folder)
    return folder


def wait_for_workspace(controller: object, timeout: float = 20.0) -> None:
    """The main window is first drawn from the start-up snapshot; wait until the workspace, opened in the
    background, is attached. Not with qtbot's waits: their event loop would also delete a window that an earlier
    ``shut_down`` scheduled for deletion while the test still holds it (pytest-qt closes those at teardown);
    ``processEvents`` leaves deferred deletions alone."""
    window = controller.main_window  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout
    wake_up = QTimer()  # so that waiting for events also wakes up to check the deadline
    wake_up.start(50)
    try:
        while not window.is_ready:
            assert time.monotonic() < deadline, "the workspace was not opened in time"
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake_up.stop()


@pytest.fixture
def open_app(qtbot, settings: QSettings) -> Iterator[Callable[[Path], object]]:
    """Start the app on a folder as a user would (welcome screen or main window); closes everything after."""
    from kitemark_app.ui.app import AppController

    controllers: list[AppController] = []

    def start(folder: Path) -> AppController:
        controller = AppController(folder, settings)
        assert controller.start()
        window = controller.main_window or controller.welcome
        assert window is not None
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        controllers.append(controller)
        if controller.main_window is not None:
            wait_for_workspace(controller)
        return controller

    yield start
    for controller in controllers:
        controller.shut_down()
