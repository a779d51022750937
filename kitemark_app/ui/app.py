"""Start the desktop app: QApplication, the first screen (welcome or main window), ``--exit-after-show``.

Start-up stays light: only what the first screen needs is imported here; reports, signing and the other pages
are imported when first used.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kitemark_app import APP_NAME, __version__
from kitemark_app.errors import KitemarkError
from kitemark_app.ui.events import AppEvents

log = logging.getLogger(__name__)


def app_icon() -> QIcon:
    from kitemark_app.paths import resource

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"kitemark-{size}.png")))
    return icon


def open_problem_text(data_dir: Path, error: Exception) -> str:
    if isinstance(error, KitemarkError):
        return str(error)
    return QApplication.translate(
        "AppController",
        "Kitemark could not open its data in {folder} ({problem}). Check that the folder is on this computer "
        "and that you may change it, then start Kitemark again.",
    ).format(folder=data_dir, problem=type(error).__name__)


class AppController(QObject):
    """Decides the first screen and moves between welcome, wizard, demo and the main window."""

    #: A top-level screen (welcome or main window) is on screen.
    shown = Signal(QWidget)
    #: Opening the data folder failed; one plain sentence.
    failed = Signal(str)

    def __init__(self, data_dir: Path, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.settings = settings if settings is not None else QSettings()
        self.events = AppEvents(self)
        self.workspace = None
        self.welcome = None
        self.wizard = None
        self.main_window = None
        self.assessor_window = None

    # --- opening ----------------------------------------------------------------------------------

    def _open_workspace(self, root: Path):  # type: ignore[no-untyped-def]
        from kitemark_app.services.workspace import Workspace

        return Workspace.open(root)

    def start(self) -> bool:
        """Show the first screen; False (after one plain message) when the data folder cannot be opened."""
        try:
            self.workspace = self._open_workspace(self.data_dir)
            has_organisation = self.workspace.has_organisation()
        except Exception as error:
            if self._restored_newest_backup(error):
                return self.start()
            if not isinstance(error, KitemarkError):
                log.exception("opening the data folder failed")
            self.failed.emit(open_problem_text(self.data_dir, error))
            return False
        if has_organisation:
            self.open_main(self.workspace, demo=self._is_demo_folder(self.data_dir))
            from kitemark_app.ui.maintenance import warn_if_read_only

            warn_if_read_only(self.main_window, self.workspace)
        else:
            self.show_welcome()
        return True

    def _restored_newest_backup(self, error: Exception) -> bool:
        """The database failed its start-up check and was moved aside: offer the newest good backup."""
        from kitemark_app.services.backup import DamagedDatabaseError
        from kitemark_app.ui.maintenance import offer_newest_backup

        return isinstance(error, DamagedDatabaseError) and offer_newest_backup(None, self.data_dir, error)

    @staticmethod
    def _is_demo_folder(root: Path) -> bool:
        from kitemark_app.paths import demo_data_dir

        return root.resolve() == demo_data_dir().resolve()

    def show_welcome(self) -> None:
        from kitemark_app.ui.welcome import WelcomeScreen

        self.welcome = WelcomeScreen()
        self.welcome.setWindowIcon(app_icon())
        self.welcome.start_requested.connect(self.start_setup)
        self.welcome.demo_requested.connect(self.start_demo)
        self.welcome.assessor_requested.connect(self.open_assessor)
        self.welcome.show()
        self.shown.emit(self.welcome)

    def open_assessor(self, pack: Path | None = None) -> None:
        """Assessor mode on this data folder: choose a pack (unless given), verify it, review it."""
        from PySide6.QtWidgets import QFileDialog

        from kitemark_app.ui.assessor.window import AssessorWindow

        if pack is None:
            name, _ = QFileDialog.getOpenFileName(
                self.welcome, self.tr("Open a submission pack"), "", self.tr("Kitemark packs (*.pdf)")
            )
            if not name:
                return
            pack = Path(name)
        self.assessor_window = AssessorWindow(self.data_dir)
        self.assessor_window.setWindowIcon(app_icon())
        self.assessor_window.show()
        self.assessor_window.open_pack(pack)
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        self.shown.emit(self.assessor_window)

    # --- first run --------------------------------------------------------------------------------

    def start_setup(self) -> None:
        from kitemark_app.ui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.welcome)
        self.wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard.accepted.connect(self.finish_setup)
        self.wizard.open()

    def finish_setup(self) -> None:
        from kitemark_app.services.setup import start_self_assessment

        assert self.wizard is not None and self.workspace is not None
        choices = self.wizard.result_choices()
        try:
            start_self_assessment(self.workspace, choices.details, choices.framework_source, choices.target_level)
        except KitemarkError as error:
            QMessageBox.warning(self.welcome, APP_NAME, str(error))
            return
        self.open_main(self.workspace, demo=False)

    def start_demo(self) -> None:
        """Open the demo folder, creating the demo there first (off the UI thread) if it is new."""
        from kitemark_app.paths import DataLayout, demo_data_dir
        from kitemark_app.ui.tasks import run_task

        folder = demo_data_dir()
        if not DataLayout(folder).is_empty():
            self._open_demo(folder)
            return

        def build(_report: object, _cancelled: object) -> Path:
            from kitemark_app.services.demo import create_demo

            create_demo(folder)
            return folder

        assert self.welcome is not None
        self.welcome.setEnabled(False)
        self._demo_task = run_task(
            self.welcome,
            build,  # type: ignore[arg-type]
            title=self.tr("Setting up the demo…"),
            on_done=self._open_demo,
            on_failed=self._demo_failed,
        )

    def _demo_failed(self, message: str) -> None:
        if self.welcome is not None:
            self.welcome.setEnabled(True)
            QMessageBox.warning(self.welcome, APP_NAME, message)

    def _open_demo(self, folder: Path) -> None:
        try:
            workspace = self._open_workspace(folder)
            if not workspace.has_organisation():
                workspace.close()
                raise KitemarkError(
                    f"The demo folder '{folder}' holds no demo; empty or delete it, then try the demo again."
                )
        except Exception as error:
            self._demo_failed(open_problem_text(folder, error))
            return
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = workspace
        self.open_main(workspace, demo=True)

    # --- the main window --------------------------------------------------------------------------

    def open_main(self, workspace, *, demo: bool) -> None:  # type: ignore[no-untyped-def]
        from kitemark_app.ui.main_window import MainWindow

        self.main_window = MainWindow(workspace, self.events, self.settings, demo=demo)
        self.main_window.setWindowIcon(app_icon())
        self.main_window.destroyed.connect(lambda *_: None)
        self.main_window.show()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        self.shown.emit(self.main_window)

    def shut_down(self) -> None:
        """Close the windows (storing anything pending) and the data folder."""
        if self.main_window is not None:
            self.main_window.close()  # flushes the autosave and remembers the geometry
            self.main_window.deleteLater()
            self.main_window = None
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        if self.assessor_window is not None:
            self.assessor_window.close()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def _follow_dark_mode(app: QApplication) -> None:
    """The classic Windows style ignores a dark system theme; Fusion follows the palette Qt gives it."""
    hints = QGuiApplication.styleHints()
    if sys.platform == "win32" and hints.colorScheme() == Qt.ColorScheme.Dark and app.style().name() == "windowsvista":
        app.setStyle("Fusion")


def run_gui(data_dir: Path, *, exit_after_show: bool = False, explicit_data_dir: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    _follow_dark_mode(app)
    controller = AppController(data_dir)
    problems: list[str] = []
    controller.failed.connect(problems.append)
    if exit_after_show:
        controller.shown.connect(lambda _window: QTimer.singleShot(0, app.quit))
    if not controller.start():
        message = problems[0] if problems else ""
        if exit_after_show:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        return 1
    if explicit_data_dir and controller.main_window is not None:
        controller.main_window.statusBar().showMessage(
            controller.tr("Data folder: %1").replace("%1", str(data_dir)), 10000
        )
    try:
        return app.exec()
    finally:
        controller.shut_down()
