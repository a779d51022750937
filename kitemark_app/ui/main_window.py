"""The main window: navigation on the left, the chosen page on the right, the save state always in view.

Pages other than the overview and the criterion page are built the first time they are opened, which keeps
start-up quick. Every navigation first stores whatever is still waiting to be saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

from kitemark_app import APP_NAME
from kitemark_app.errors import KitemarkError
from kitemark_app.services.answers import outline
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.autosave import AutoSaver
from kitemark_app.ui.criterion_page import CriterionPage
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.navigation import NavigationTree

ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200)
ZOOM_KEY = "view/text_zoom"
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/splitter"


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        events: AppEvents,
        settings: QSettings,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.settings = settings
        self.demo = demo
        self.autosaver = AutoSaver(events, parent=self)
        self.autosaver.save_failed.connect(self._on_save_failed)
        self.setAccessibleName(self.tr("Kitemark main window"))

        self.navigation = NavigationTree()
        self.navigation.target_selected.connect(self.navigate)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Page"))
        self.pages: dict[str, QWidget] = {}
        from kitemark_app.ui.dashboard import DashboardPage

        self.overview = DashboardPage(workspace, events)
        self._add_page("overview", self.overview)
        self.criterion_page = CriterionPage(workspace, events, self.autosaver)
        self._add_page("criterion", self.criterion_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.statusBar().addPermanentWidget(self.save_label)
        events.save_state_changed.connect(self._show_save_state)
        self._show_save_state(True)
        events.data_changed.connect(self._on_data_changed)
        events.navigation_requested.connect(self.navigate)

        self._build_menus()
        self.refresh_navigation()
        self._update_title()
        self._base_point_size = QApplication.font().pointSizeF()
        self.set_zoom(int(settings.value(ZOOM_KEY, 100)))
        self._restore_geometry()
        self.navigate("overview")

    # --- menus ------------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self.new_evidence_action = self._action(
            self.tr("&New evidence…"), self.new_evidence, QKeySequence(QKeySequence.StandardKey.New)
        )
        file_menu.addAction(self.new_evidence_action)
        file_menu.addSeparator()
        self.prepare_submission_action = self._action(self.tr("&Prepare submission…"), self.prepare_submission)
        file_menu.addAction(self.prepare_submission_action)
        self.import_review_action = self._action(self.tr("&Import assessor review…"), self.import_review)
        file_menu.addAction(self.import_review_action)
        file_menu.addSeparator()
        from kitemark_app.ui.maintenance import Maintenance

        self.maintenance = Maintenance(self, self.workspace.layout.root, self._release_data, self._reload_data)
        self.backup_action = self._action(self.tr("&Back up…"), lambda: self.maintenance.back_up())
        file_menu.addAction(self.backup_action)
        self.restore_action = self._action(self.tr("&Restore from backup…"), lambda: self.maintenance.restore())
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = menus.addMenu(self.tr("&Edit"))
        for text, method, key in (
            (self.tr("&Undo"), "undo", QKeySequence.StandardKey.Undo),
            (self.tr("&Redo"), "redo", QKeySequence.StandardKey.Redo),
            (None, "", None),
            (self.tr("Cu&t"), "cut", QKeySequence.StandardKey.Cut),
            (self.tr("&Copy"), "copy", QKeySequence.StandardKey.Copy),
            (self.tr("&Paste"), "paste", QKeySequence.StandardKey.Paste),
            (None, "", None),
            (self.tr("Select &all"), "selectAll", QKeySequence.StandardKey.SelectAll),
        ):
            if text is None:
                edit_menu.addSeparator()
                continue
            action = self._action(text, lambda _=False, m=method: self._edit(m))
            action.setShortcut(QKeySequence(key))
            # The text fields handle these keys themselves; the menu entries are for mouse users.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            edit_menu.addAction(action)

        view_menu = menus.addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(self.tr("&Larger text"), lambda: self.step_zoom(1))
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            self.tr("&Smaller text"), lambda: self.step_zoom(-1), QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_reset_action = self._action(
            self.tr("&Normal text size"), lambda: self.set_zoom(100), QKeySequence("Ctrl+0")
        )
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.focus_navigation_action = self._action(
            self.tr("Go to &navigation"), self.navigation.setFocus, QKeySequence("F6")
        )
        view_menu.addAction(self.focus_navigation_action)
        self.overview_action = self._action(
            self.tr("&Overview"), lambda: self.navigate("overview"), QKeySequence("Ctrl+1")
        )
        view_menu.addAction(self.overview_action)

        help_menu = menus.addMenu(self.tr("&Help"))
        self.check_data_action = self._action(self.tr("&Check data"), lambda: self.maintenance.check())
        help_menu.addAction(self.check_data_action)
        self.about_action = self._action(self.tr("&About Kitemark"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

    def _edit(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and hasattr(widget, method):
            getattr(widget, method)()

    # --- navigation -------------------------------------------------------------------------------

    def _add_page(self, key: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)

    def _page(self, key: str) -> QWidget:
        if key not in self.pages:
            if key == "evidence":
                from kitemark_app.ui.evidence_library import EvidenceLibraryPage

                self._add_page(key, EvidenceLibraryPage(self.workspace, self.events))
            elif key == "actions":
                from kitemark_app.ui.action_plan import ActionPlanPage

                self._add_page(key, ActionPlanPage(self.workspace, self.events))
            elif key == "profile":
                from kitemark_app.ui.profile_page import ProfilePage

                self._add_page(key, ProfilePage(self.workspace, self.events, self.autosaver))
        return self.pages[key]

    def current_target(self) -> str:
        return self._target

    def navigate(self, target: str) -> None:
        """Open the page for ``target``: "overview", "criterion:GOV-01", "evidence[:id]", "actions", "profile[:field]"."""
        self.autosaver.flush()
        kind, _, detail = target.partition(":")
        if kind not in ("overview", "criterion", "evidence", "actions", "profile"):
            return
        try:
            page = self._page(kind)
            if kind == "criterion":
                self.criterion_page.show_criterion(detail)
            elif hasattr(page, "refresh"):
                page.refresh()
        except (KitemarkError, KeyError) as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return
        self._target = target
        self.stack.setCurrentWidget(page)
        self.navigation.select_target(target)
        if kind == "evidence" and detail.isdigit() and hasattr(page, "select_evidence"):
            page.select_evidence(int(detail))
        elif kind == "profile" and detail and hasattr(page, "focus_field"):
            page.focus_field(detail)

    def refresh_navigation(self) -> None:
        self.navigation.set_outline(outline(self.workspace))

    def _on_data_changed(self, what: str) -> None:
        self.refresh_navigation()
        if what == "profile":
            self._update_title()

    def _update_title(self) -> None:
        name = self.workspace.organisation_details().name or self.tr("(no name yet)")
        title = f"{name} — {APP_NAME}"
        if self.demo:
            title = self.tr("DEMO — %1 — %2 (made-up data)").replace("%1", name).replace("%2", APP_NAME)
        self.setWindowTitle(title)

    # --- save state -------------------------------------------------------------------------------

    def _show_save_state(self, saved: bool) -> None:
        self.save_label.setText(self.tr("All changes saved") if saved else self.tr("Saving…"))

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Not saved"))
        QMessageBox.warning(self, self.tr("Not saved"), message)

    # --- actions ----------------------------------------------------------------------------------

    def new_evidence(self) -> None:
        from kitemark_app.ui.evidence_import import choose_files, import_files

        criterion = self.criterion_page.criterion_id if self.stack.currentWidget() is self.criterion_page else None
        paths = choose_files(self)
        if paths:
            self.autosaver.flush()
            import_files(self, self.workspace, self.events, paths, criterion)

    def prepare_submission(self) -> None:
        from kitemark_app.ui.submission_dialog import SubmissionDialog

        self.autosaver.flush()
        SubmissionDialog(self.workspace, self.events, self).exec()

    def import_review(self) -> None:
        from kitemark_app.ui.review_import import choose_review, import_review_file

        path = choose_review(self)
        if path is not None:
            self.autosaver.flush()
            import_review_file(self, self.workspace, self.events, path)

    def _release_data(self) -> None:
        """Before a backup or restore: store pending edits and close the database connections."""
        self.autosaver.flush()
        self.workspace.engine.dispose()

    def _reload_data(self) -> None:
        """After a restore: every page shows the restored data."""
        for what in ("profile", "cycle", "responses", "evidence", "actions", "review"):
            self.events.data_changed.emit(what)
        self.navigate("overview")

    def show_about(self) -> None:
        from kitemark_app.ui.about import AboutDialog

        AboutDialog(self.workspace.layout.root, self).exec()

    # --- text size --------------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        percent = min(ZOOM_STEPS, key=lambda step: abs(step - percent))
        self._zoom = percent
        font = QFont(QApplication.font())
        font.setPointSizeF(self._base_point_size * percent / 100)
        QApplication.setFont(font)
        self.settings.setValue(ZOOM_KEY, percent)
        self.zoom_in_action.setEnabled(percent < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(percent > ZOOM_STEPS[0])

    def step_zoom(self, direction: int) -> None:
        index = ZOOM_STEPS.index(self._zoom) + direction
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index))])

    # --- geometry and closing ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        splitter = self.settings.value(STATE_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosaver.flush()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.splitter.saveState())
        self.settings.sync()
        self.criterion_page.remove_view_copies()
        super().closeEvent(event)

    @property
    def data_dir(self) -> Path:
        return self.workspace.layout.root
