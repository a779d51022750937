"""The main window: navigation on the left, the chosen page on the right, the save state always in view.

Pages other than the overview and the criterion page are built the first time they are opened, which keeps
start-up quick. Every navigation first stores whatever is still waiting to be saved.

At start-up the window may be shown before the workspace is open (``ui/app.py``): it is built from the
read-only snapshot (``services/snapshot.py``) — navigation and Overview with the real figures — and
``attach_workspace`` completes it. Until then every page and menu action that needs the workspace waits: menu
actions are disabled, and a page asked for opens (with a busy cursor meanwhile) once the workspace is there, so
there is nothing to type into before it can be saved.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
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
from kitemark_app.ui.autosave import AutoSaver
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.language_menu import add_language_menu
from kitemark_app.ui.navigation import NavigationTree
from kitemark_app.ui.screen_fit import restore_or_fit
from kitemark_app.ui.translations import shown_language
from kitemark_app.ui.widgets.widths import navigation_width

if TYPE_CHECKING:
    from kitemark_app.services.snapshot import FirstScreen
    from kitemark_app.services.workspace import Workspace
    from kitemark_app.ui.criterion_page import CriterionPage
    from kitemark_app.ui.maintenance import Maintenance

ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200)
ZOOM_KEY = "view/text_zoom"
GEOMETRY_KEY = "main_window/geometry"
WANTED_SIZE = QSize(1200, 800)  # fitted to smaller screens (ui/screen_fit.py)
STATE_KEY = "main_window/splitter"


class MainWindow(QMainWindow):
    #: The workspace is open and every page and action can be used.
    workspace_attached = Signal()

    def __init__(
        self,
        workspace: Workspace | None,
        events: AppEvents,
        settings: QSettings,
        *,
        demo: bool = False,
        first_screen: FirstScreen | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if workspace is not None:
            self._data_dir = workspace.layout.root
        else:
            assert first_screen is not None, "a window needs a workspace or the start-up snapshot"
            self._data_dir = first_screen.data_dir
        self.workspace = workspace
        self.first_screen = first_screen
        self.events = events
        self.settings = settings
        self.demo = demo
        #: Menu actions that need the workspace (disabled until it is attached).
        self._data_actions: list[QAction] = []
        #: A page asked for before the workspace was attached; opened when it is.
        self._waiting_for: str | None = None
        self.criterion_page: CriterionPage | None = None
        self._maintenance: Maintenance | None = None
        self.autosaver = AutoSaver(events, parent=self)
        self.autosaver.save_failed.connect(self._on_save_failed)
        self.setAccessibleName(self.tr("Kitemark main window"))

        self.navigation = NavigationTree()
        self.navigation.target_selected.connect(self.navigate)
        self.navigation.criteria_changed.connect(self.say_criteria_changed)
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Page"))
        self.pages: dict[str, QWidget] = {}
        from kitemark_app.ui.dashboard import DashboardPage

        # From the snapshot, the chart waits until the window is on screen (``draw_the_rest``); its figures are
        # shown as text in its place until then.
        self.overview = DashboardPage(workspace, events, chart_later=workspace is None)
        self._add_page("overview", self.overview)
        self.overview.frameworks_box.switch_requested.connect(self.switch_framework)
        self.overview.frameworks_box.start_requested.connect(self.start_framework)
        if first_screen is not None and workspace is None:
            self.overview.show_report(first_screen.status_report(date.today(), shown_language()), first_screen.review)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)  # a wider window widens the page
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
        if workspace is not None:
            self.attach_workspace(workspace)
        self.navigate("overview")

    # --- the workspace ----------------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self.criterion_page is not None

    def attach_workspace(self, workspace: Workspace) -> None:
        """The workspace is open: build the pages that edit data, enable the actions, open a page asked for."""
        from kitemark_app.ui.criterion_page import CriterionPage

        self.workspace = workspace
        self.overview.set_workspace(workspace)
        self.criterion_page = CriterionPage(workspace, self.events, self.autosaver)
        self._add_page("criterion", self.criterion_page)
        for action in self._data_actions:
            action.setEnabled(True)
        waiting, self._waiting_for = self._waiting_for, None
        if waiting is not None:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            self.navigate(waiting)
        self.workspace_attached.emit()

    @property
    def maintenance(self) -> Maintenance:
        """Back up, restore and check for this window (made when first used, not to show the window)."""
        if self._maintenance is None:
            from kitemark_app.ui.maintenance import Maintenance

            self._maintenance = Maintenance(self, self.data_dir, self._release_data, self._reload_data)
        return self._maintenance

    def draw_the_rest(self) -> None:
        """What was left out of the first drawing to show the window sooner: the Overview's chart."""
        self.overview.build_chart()

    def _wait_for_workspace(self, target: str) -> None:
        if self._waiting_for is None:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._waiting_for = target
        self.navigation.select_target(target)
        self.statusBar().showMessage(self.tr("Opening your data…"))

    # --- menus ------------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        *,
        needs_data: bool = True,
    ) -> QAction:
        """A menu action; unless ``needs_data`` is False it stays disabled until the workspace is attached."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if needs_data:
            self._data_actions.append(action)
            action.setEnabled(self.workspace is not None)
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
        self.report_export_action = self._action(self.tr("Export an &editable copy…"), self.export_editable_copy)
        file_menu.addAction(self.report_export_action)
        self.import_review_action = self._action(self.tr("&Import assessor review…"), self.import_review)
        file_menu.addAction(self.import_review_action)
        self.move_framework_action = self._action(
            self.tr("&Move to a new framework version…"), self.move_to_new_framework
        )
        file_menu.addAction(self.move_framework_action)
        self.install_framework_action = self._action(
            self.tr("Install the council's &framework…"), self.install_council_framework
        )
        file_menu.addAction(self.install_framework_action)
        self.start_framework_action = self._action(self.tr("Start another frame&work…"), self.start_framework)
        file_menu.addAction(self.start_framework_action)
        self.changes_action = self._action(self.tr("What c&hanged since my last pack…"), self.show_changes)
        file_menu.addAction(self.changes_action)
        self.signing_key_action = self._action(self.tr("Signing &key…"), self.show_signing_key)
        file_menu.addAction(self.signing_key_action)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Back up…"), lambda: self.maintenance.back_up())
        file_menu.addAction(self.backup_action)
        self.restore_action = self._action(self.tr("&Restore from backup…"), lambda: self.maintenance.restore())
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), needs_data=False)
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
            action = self._action(text, lambda _=False, m=method: self._edit(m), needs_data=False)
            action.setShortcut(QKeySequence(key))
            # The text fields handle these keys themselves; the menu entries are for mouse users.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            edit_menu.addAction(action)

        view_menu = menus.addMenu(self.tr("&View"))
        self.zoom_in_action = self._action(self.tr("&Larger text"), lambda: self.step_zoom(1), needs_data=False)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out_action = self._action(
            self.tr("&Smaller text"),
            lambda: self.step_zoom(-1),
            QKeySequence(QKeySequence.StandardKey.ZoomOut),
            needs_data=False,
        )
        self.zoom_reset_action = self._action(
            self.tr("&Normal text size"), lambda: self.set_zoom(100), QKeySequence("Ctrl+0"), needs_data=False
        )
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.focus_navigation_action = self._action(
            self.tr("Go to &navigation"), self.navigation.setFocus, QKeySequence("F6"), needs_data=False
        )
        view_menu.addAction(self.focus_navigation_action)
        self.overview_action = self._action(
            self.tr("&Overview"), lambda: self.navigate("overview"), QKeySequence("Ctrl+1"), needs_data=False
        )
        view_menu.addAction(self.overview_action)
        view_menu.addSeparator()
        self.language_menu = add_language_menu(self, view_menu, self.settings)

        help_menu = menus.addMenu(self.tr("&Help"))
        self.check_data_action = self._action(self.tr("&Check data"), lambda: self.maintenance.check())
        help_menu.addAction(self.check_data_action)
        self.forgot_action = self._action(
            self.tr("If you &forget the passphrase"), self.show_forgotten, needs_data=False
        )
        help_menu.addAction(self.forgot_action)
        self.about_action = self._action(self.tr("&About Kitemark"), self.show_about, needs_data=False)
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
        if self.criterion_page is None:
            if kind != "overview":
                self._wait_for_workspace(target)
                return
            if self._waiting_for is not None:  # changed their mind: the overview is here already
                self._waiting_for = None
                QApplication.restoreOverrideCursor()
                self.statusBar().clearMessage()
        try:
            page = self._page(kind)
            if kind == "criterion":
                assert self.criterion_page is not None
                self.criterion_page.show_criterion(detail)
            elif hasattr(page, "refresh"):
                page.refresh()
        except (KitemarkError, KeyError) as error:
            QMessageBox.warning(self, APP_NAME, error_text(error))
            return
        self._target = target
        self.stack.setCurrentWidget(page)
        self.navigation.select_target(target)
        if kind == "evidence" and detail.isdigit() and hasattr(page, "select_evidence"):
            page.select_evidence(int(detail))
        elif kind == "profile" and detail and hasattr(page, "focus_field"):
            page.focus_field(detail)

    def refresh_navigation(self) -> None:
        if self.workspace is None:
            assert self.first_screen is not None
            self.navigation.set_outline(self.first_screen.outline(shown_language()))
            return
        from kitemark_app.services.answers import outline

        self.navigation.set_outline(outline(self.workspace, shown_language()))

    def _on_data_changed(self, what: str) -> None:
        self.refresh_navigation()
        if what == "profile":
            self._update_title()

    def _update_title(self) -> None:
        if self.workspace is None:
            assert self.first_screen is not None
            name = self.first_screen.facts.organisation
        else:
            name = self.workspace.organisation_details().name
        name = name or self.tr("(no name yet)")
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

        page = self.criterion_page
        criterion = page.criterion_id if page is not None and self.stack.currentWidget() is page else None
        paths = choose_files(self)
        if paths:
            self.autosaver.flush()
            import_files(self, self.workspace, self.events, paths, criterion)

    def prepare_submission(self) -> None:
        from kitemark_app.ui.submission_dialog import SubmissionDialog

        self.autosaver.flush()
        SubmissionDialog(self.workspace, self.events, self).exec()

    def say_criteria_changed(self, added: list[str], removed: list[str]) -> None:
        """The profile changed what applies: say which criteria came and went (the navigation keeps its place)."""
        parts = []
        if added:
            parts.append(self.tr("Now %n more criterion(s) apply: %1.", "", len(added)).replace("%1", ", ".join(added)))
        if removed:
            went = self.tr("%n criterion(s) no longer apply: %1.", "", len(removed))
            parts.append(went.replace("%1", ", ".join(removed)))
        self.statusBar().showMessage(" ".join(parts), 15_000)

    def show_signing_key(self) -> None:
        from kitemark_app.ui.key_dialog import KeyDialog

        organisation = self.workspace.organisation_details().name
        KeyDialog(self.workspace.layout.root, self, organisation=organisation).exec()

    def show_forgotten(self) -> None:
        from kitemark_app.ui.key_dialog import forgotten_passphrase_text

        QMessageBox.information(self, self.tr("If you forget the passphrase"), forgotten_passphrase_text())

    def import_review(self) -> None:
        from kitemark_app.ui.review_import import choose_review, import_review_file

        path = choose_review(self)
        if path is not None:
            self.autosaver.flush()
            import_review_file(self, self.workspace, self.events, path)

    def install_council_framework(self) -> None:
        from kitemark_app.ui.framework_install import choose_framework, install_framework_file

        path = choose_framework(self)
        if path is not None:
            self.autosaver.flush()
            install_framework_file(self, self.workspace, self.events, path)

    def show_changes(self) -> None:
        from kitemark_app.ui.changes_dialog import show_changes

        self.autosaver.flush()
        show_changes(self, self.workspace)

    def export_editable_copy(self) -> None:
        from kitemark_app.ui.report_export import export_report

        self.autosaver.flush()
        export_report(self, self.workspace)

    def start_framework(self) -> None:
        from kitemark_app.ui.frameworks_ui import start_another_framework

        self.autosaver.flush()
        with self.workspace.session() as session:
            in_use = {cycle.framework_id for cycle in self.workspace.current_cycles(session)}
        if start_another_framework(self, self.workspace, in_use):
            self._reload_data()

    def switch_framework(self, framework_id: str) -> None:
        """Work on another of the organisation's frameworks: every page shows its criteria and answers."""
        self.autosaver.flush()
        self.workspace.choose_framework(framework_id)
        self._reload_data()

    def move_to_new_framework(self) -> None:
        from kitemark_app.ui.framework_move_dialog import choose_framework_file, move_to_framework_file

        path = choose_framework_file(self)
        if path is not None:
            self.autosaver.flush()
            move_to_framework_file(self, self.workspace, self.events, path)

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

        AboutDialog(self.data_dir, self).exec()

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
        restore_or_fit(self, self.settings.value(GEOMETRY_KEY), WANTED_SIZE)
        splitter = self.settings.value(STATE_KEY)
        if not (isinstance(splitter, QByteArray) and not splitter.isEmpty() and self.splitter.restoreState(splitter)):
            self.fit_navigation()

    def fit_navigation(self) -> None:
        """Give the navigation the width of its longest title, as far as the page keeps its room."""
        width = self.width()
        navigation = navigation_width(width, self.navigation.content_width())
        self.splitter.setSizes([navigation, width - navigation])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosaver.flush()
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.splitter.saveState())
        self.settings.sync()
        if self.criterion_page is not None:
            self.criterion_page.remove_view_copies()
        if self._waiting_for is not None:
            self._waiting_for = None
            QApplication.restoreOverrideCursor()
        super().closeEvent(event)

    @property
    def data_dir(self) -> Path:
        return self._data_dir
