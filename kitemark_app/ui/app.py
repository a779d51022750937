"""Start the desktop app: QApplication, the first screen (welcome or main window), ``--exit-after-show``.

Start-up stays light: only what the first screen needs is imported here; reports, signing and the other pages
are imported when first used. On a data folder that is ready to use (no migration due), the main window is
drawn from a read-only snapshot read with sqlite3 (``services/snapshot.py``) and shown before SQLAlchemy is
even imported; the full workspace opens in the background (``ui/workspace_loader.py``) and is handed to the
window when ready. Anything else (a new folder, a migration, a newer app's data, a damaged database) takes the
ordinary way: open the workspace, then show the first screen.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kitemark_app import APP_NAME, __version__, collection
from kitemark_app.errors import KitemarkError
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.translations import chosen_language, install_language, install_translations

log = logging.getLogger(__name__)

#: When set, start-up events are appended to this file as JSON lines (for the benchmark and tests).
STARTUP_TRACE_ENV = "KITEMARK_STARTUP_TRACE"


def trace_startup(event: str) -> None:
    """Record ``event`` ("shown", "ready") with the wall-clock time and the top-level packages loaded so far."""
    path = os.environ.get(STARTUP_TRACE_ENV)
    if not path:
        return
    packages = sorted({name.partition(".")[0] for name in list(sys.modules)})
    with open(path, "a", encoding="utf-8") as trace:
        trace.write(json.dumps({"event": event, "time": time.time(), "packages": packages}) + "\n")


_icon: QIcon | None = None


def app_icon() -> QIcon:
    """The app's icon (made once: the application and every window use it)."""
    global _icon
    if _icon is None:
        from kitemark_app.paths import resource

        _icon = QIcon()
        for size in (16, 24, 32, 48, 64, 128, 256):
            _icon.addFile(str(resource("icons", f"kitemark-{size}.png")))
    return _icon


def open_problem_text(data_dir: Path, error: Exception) -> str:
    if isinstance(error, KitemarkError):
        return error_text(error)
    return QApplication.translate(
        "AppController",
        "Kitemark could not open its data in {folder} ({problem}). Check that the folder is on this computer "
        "and that you may change it, then start Kitemark again.",
    ).format(folder=data_dir, problem=type(error).__name__)


class AppController(QObject):
    """Decides the first screen and moves between welcome, wizard, demo and the main window."""

    #: A top-level screen (welcome or main window) is on screen.
    shown = Signal(QWidget)
    #: The screen shown is complete: everything on it can be used (for the main window: the workspace is open).
    ready = Signal(QWidget)
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
        self.loader = None

    # --- opening ----------------------------------------------------------------------------------

    def _open_workspace(self, root: Path):  # type: ignore[no-untyped-def]
        from kitemark_app.services.workspace import Workspace

        return Workspace.open(root)

    def _read_first_screen(self, root: Path):  # type: ignore[no-untyped-def]
        from kitemark_app.services.snapshot import read_first_screen

        return read_first_screen(root)

    def start(self) -> bool:
        """Show the first screen; False (after one plain message) when the data folder cannot be opened."""
        first_screen = None
        try:
            first_screen = self._read_first_screen(self.data_dir)
            if first_screen is None:
                self.workspace = self._open_workspace(self.data_dir)
                has_organisation = self.workspace.has_organisation()
        except Exception as error:
            if self._restored_newest_backup(error):
                return self.start()
            if not isinstance(error, KitemarkError):
                log.exception("opening the data folder failed")
            self.failed.emit(open_problem_text(self.data_dir, error))
            return False
        if first_screen is not None:
            self._open_main_early(first_screen)
        elif has_organisation:
            self.open_main(self.workspace, demo=self._is_demo_folder(self.data_dir))
            from kitemark_app.ui.maintenance import warn_if_read_only

            warn_if_read_only(self.main_window, self.workspace)
        else:
            self.show_welcome()
        return True

    def _open_main_early(self, first_screen) -> None:  # type: ignore[no-untyped-def]
        """The main window from the snapshot; the workspace opens in the background once it is on screen."""
        from kitemark_app.ui.workspace_loader import WorkspaceLoader

        self.loader = WorkspaceLoader(self.data_dir, self)
        self.loader.loaded.connect(self._workspace_loaded)
        self.loader.failed.connect(self._workspace_failed)
        self.open_main(None, demo=self._is_demo_folder(self.data_dir), first_screen=first_screen)

    def _workspace_loaded(self, workspace) -> None:  # type: ignore[no-untyped-def]
        self.workspace = workspace
        if self.main_window is None:
            return
        from kitemark_app.ui.maintenance import warn_if_read_only

        self.main_window.attach_workspace(workspace)
        warn_if_read_only(self.main_window, workspace)
        self._announce_ready(self.main_window)

    def _workspace_failed(self, error: Exception) -> None:
        """Opening in the background failed after the window was shown: as at an ordinary start."""
        collection.resume()
        self.loader = None
        if self.main_window is not None:
            self.main_window.close()
            self.main_window.deleteLater()
            self.main_window = None
        if self._restored_newest_backup(error) and self.start():
            return
        if not isinstance(error, KitemarkError):
            log.error("opening the data folder failed: %r", error)
        self.failed.emit(open_problem_text(self.data_dir, error))

    def _announce_shown(self, window: QWidget) -> None:
        self.shown.emit(window)
        QTimer.singleShot(0, lambda: self._on_first_turn(window))

    def _on_first_turn(self, window: QWidget) -> None:
        """The event loop has turned once since the window was shown."""
        trace_startup("shown")
        if self.main_window is not None and window is self.main_window:
            self.main_window.draw_the_rest()  # before the background opening starts, so the two do not compete
        if self.loader is not None and window is self.main_window and not window.is_ready:
            self.loader.start()  # only now, so the import does not compete with drawing the window
        else:
            self._announce_ready(window)

    def _announce_ready(self, window: QWidget) -> None:
        collection.resume()  # paused by the CLI for start-up; a long session collects its own garbage
        trace_startup("ready")
        self.ready.emit(window)

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

        self.welcome = WelcomeScreen(settings=self.settings)
        self.welcome.setWindowIcon(app_icon())
        self.welcome.start_requested.connect(self.start_setup)
        self.welcome.demo_requested.connect(self.start_demo)
        self.welcome.assessor_requested.connect(self.open_assessor)
        self.welcome.show()
        self._announce_shown(self.welcome)

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
        self._announce_shown(self.assessor_window)

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
            QMessageBox.warning(self.welcome, APP_NAME, error_text(error))
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

    def open_main(self, workspace, *, demo: bool, first_screen=None) -> None:  # type: ignore[no-untyped-def]
        from kitemark_app.ui.main_window import MainWindow

        self.main_window = MainWindow(workspace, self.events, self.settings, demo=demo, first_screen=first_screen)
        self.main_window.setWindowIcon(app_icon())
        self.main_window.destroyed.connect(lambda *_: None)
        self.main_window.show()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        self._announce_shown(self.main_window)

    def shut_down(self) -> None:
        """Close the windows (storing anything pending) and the data folder."""
        if self.loader is not None:
            self.loader.blockSignals(True)  # a result still on its way is closed here, not attached
            opened = self.loader.wait()
            if opened is not None and opened is not self.workspace:
                opened.close()
            self.loader = None
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
    install_translations(app)
    install_language(app, chosen_language(QSettings()))
    controller = AppController(data_dir)
    problems: list[str] = []
    controller.failed.connect(problems.append)

    def report(message: str) -> None:
        if exit_after_show:
            print(f"kitemark: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)

    if exit_after_show:
        # Once the window is shown *and* usable, so a smoke test also covers opening the workspace.
        controller.ready.connect(lambda _window: QTimer.singleShot(0, app.quit))
    if not controller.start():
        report(problems[0] if problems else "")
        return 1
    # Opening the workspace in the background can still fail (after the window was shown).
    controller.failed.connect(lambda message: (report(message), app.exit(1)))
    if explicit_data_dir and controller.main_window is not None:
        controller.main_window.statusBar().showMessage(
            QCoreApplication.translate("AppController", "Data folder: %1").replace("%1", str(data_dir)), 10000
        )
    try:
        return app.exec()
    finally:
        controller.shut_down()
