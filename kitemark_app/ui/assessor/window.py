"""The assessor window: verdict banner, the criteria with the VCO's answers and evidence, verdicts, the outcome,
the verification details; open by menu, drag and drop or ``kitemark open``; export the signed review.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kitemark_app import APP_NAME
from kitemark_app.errors import KitemarkError
from kitemark_app.register.store import ConcurrentEdit
from kitemark_app.review.model import Verdict
from kitemark_app.services import assessor
from kitemark_app.services.assessor import OpenedPack, ReviewDraft, ReviewExportResult, VerdictEntry
from kitemark_app.ui.assessor import conflict, speed
from kitemark_app.ui.assessor.banner import VerdictBanner
from kitemark_app.ui.assessor.criterion_review import CriterionReviewPanel
from kitemark_app.ui.assessor.decryption_dialog import DecryptionKeyDialog
from kitemark_app.ui.assessor.details import DetailsPanel
from kitemark_app.ui.assessor.evidence_viewer import EvidenceViewer
from kitemark_app.ui.assessor.outcome import OutcomePanel
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.folders import in_documents
from kitemark_app.ui.language_menu import add_language_menu
from kitemark_app.ui.screen_fit import fit_to_screen
from kitemark_app.ui.tasks import Task, run_task
from kitemark_app.verify.encryption import NEEDS_KEY, WRONG_KEY, DecryptionKey
from kitemark_app.verify.trust import display_fingerprint

if TYPE_CHECKING:
    from kitemark_app.ui.assessor.queue import QueueDialog

SAVE_DELAY_MS = 600
VERDICT_MARKS = {"met": "✔", "met-with-conditions": "◐", "not-met": "✘", "more-information": "?"}


def _local_pdfs(urls: list) -> list[Path]:  # type: ignore[type-arg]
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile().lower().endswith(".pdf")]


class AssessorWindow(QMainWindow):
    pack_opened = Signal(object)  # OpenedPack
    open_failed = Signal(str)
    review_exported = Signal(object)  # ReviewExportResult
    draft_reloaded = Signal(object)  # ReviewDraft, read again from the register (their version, after a conflict)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.opened: OpenedPack | None = None
        self._current = ""
        self._task: Task | None = None
        self._saved = ReviewDraft()  # the review as last read or stored: what save_now compares with
        self.conflict_dialog: conflict.ConflictDialog | None = None
        self.queue_dialog: QueueDialog | None = None
        self.decryption: DecryptionKey | None = None  # the council's key, once chosen this session
        self._opening: Path | None = None
        self.setWindowTitle(self.tr("Assessor — %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.tr("Assessor window"))
        self.setAcceptDrops(True)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._export_after_key = False

        self.banner = VerdictBanner()
        self.banner.register_requested.connect(lambda: self.register_signer(replace=False))
        self.banner.replace_requested.connect(lambda: self.register_signer(replace=True))
        self.hint = QLabel(
            self.tr(
                "Open a submission pack (File → Open pack…), drop it on this window, or choose one in the team "
                "queue (Register → Team queue…)."
            )
        )
        self.criteria = QListWidget()
        self.criteria.setAccessibleName(self.tr("Criteria in the pack"))
        self.criteria.currentItemChanged.connect(self._on_criterion)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show which criteria"))
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("F&ilter:"))
        filter_label.setBuddy(self.filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        self.criteria_pane = QWidget()
        pane = QVBoxLayout(self.criteria_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addLayout(filter_row)
        pane.addWidget(self.criteria, 1)
        self.panel = CriterionReviewPanel()
        self.panel.changed.connect(self._on_verdict_changed)
        self.viewer = EvidenceViewer()
        self.panel.evidence_chosen.connect(self.viewer.show_attachment)
        panel_scroll = QScrollArea()
        panel_scroll.setWidget(self.panel)
        panel_scroll.setWidgetResizable(True)
        self.review_split = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.criteria_pane, panel_scroll, self.viewer):
            self.review_split.addWidget(widget)
        self.review_split.setSizes([320, 500, 540])
        self.outcome = OutcomePanel()
        self.outcome.changed.connect(self._schedule_save)
        self.outcome.changed.connect(self._check_outcome)
        self.details = DetailsPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review_split, self.tr("&Criteria"))
        self.tabs.addTab(self.outcome, self.tr("O&utcome"))
        self.tabs.addTab(self.details, self.tr("&Verification details"))
        self.tabs.currentChanged.connect(lambda _i: self.save_now())

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self._build_menus()
        self._show_nothing()
        fit_to_screen(self, QSize(1360, 860))

    # --- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open pack…"), self)
        self.open_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_pack)
        self.export_action = QAction(self.tr("&Export signed review…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_review)
        close_action = QAction(self.tr("&Close"), self)
        close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close_action.triggered.connect(self.close)
        for action in (self.open_action, self.export_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.decryption_action = QAction(self.tr("Council &decryption key…"), self)
        self.decryption_action.triggered.connect(lambda: self.choose_decryption_key())
        file_menu.addAction(self.decryption_action)
        file_menu.addSeparator()
        file_menu.addAction(close_action)
        key_menu = self.menuBar().addMenu(self.tr("Revie&w"))
        self.next_action = QAction(self.tr("&Next criterion"), self)
        self.next_action.setShortcut(QKeySequence("F8"))
        self.next_action.triggered.connect(lambda: self.step_criterion(1))
        self.previous_action = QAction(self.tr("&Previous criterion"), self)
        self.previous_action.setShortcut(QKeySequence("Shift+F8"))
        self.previous_action.triggered.connect(lambda: self.step_criterion(-1))
        self.mark_met_action = QAction(self.tr("&Mark the remaining answered criteria as met…"), self)
        self.mark_met_action.triggered.connect(self.mark_remaining_met)
        for action in (self.next_action, self.previous_action, self.mark_met_action):
            key_menu.addAction(action)
        key_menu.addSeparator()
        self.key_action = QAction(self.tr("Create my &signing key…"), self)
        self.key_action.triggered.connect(self.create_key)
        key_menu.addAction(self.key_action)
        self._review_actions = (self.next_action, self.previous_action, self.mark_met_action)
        register_menu = self.menuBar().addMenu(self.tr("Re&gister"))
        self.queue_action = QAction(self.tr("&Team queue…"), self)
        self.queue_action.setShortcut(QKeySequence("Ctrl+T"))  # Ctrl+Q quits elsewhere in Kitemark
        self.queue_action.triggered.connect(self.show_queue)
        self.register_action = QAction(self.tr("&Organisations and packs…"), self)
        self.register_action.setShortcut(QKeySequence("Ctrl+R"))
        self.register_action.triggered.connect(self.show_register)
        register_menu.addAction(self.queue_action)
        register_menu.addAction(self.register_action)
        view_menu = self.menuBar().addMenu(self.tr("Vi&ew"))  # &V is the Verification details tab
        self.language_menu = add_language_menu(self, view_menu, QSettings())

    # --- opening ----------------------------------------------------------------------------------

    def choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a submission pack"), "", self.tr("Kitemark packs (*.pdf)")
        )
        if name:
            self.open_pack(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_pdfs(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        pdfs = _local_pdfs(event.mimeData().urls())
        if pdfs:
            event.acceptProposedAction()
            self.open_pack(pdfs[0])

    def open_pack(self, path: Path) -> None:
        """Verify ``path`` off the UI thread, record it, then show it (not while a conflict is unresolved)."""
        if not self.save_now() and conflict.unresolved(self):
            return
        self.banner.show_checking(path.name)
        self.hint.setVisible(False)
        self.tabs.setEnabled(False)
        root = self.data_dir
        key = self.decryption
        self._opening = path
        self._task = run_task(
            self,
            lambda report, cancelled: assessor.open_received_pack(
                root, path, report=report, cancelled=cancelled, decryption=key
            ),
            title=self.tr("Checking the pack…"),
            on_done=self._show_opened,
            on_failed=self._open_failed,
            on_cancelled=lambda: self._open_failed(self.tr("The check was cancelled; the pack has not been opened.")),
        )

    def _open_failed(self, message: str) -> None:
        self._show_nothing()
        if message in (NEEDS_KEY, WRONG_KEY) and self._opening is not None:
            self.open_failed.emit(message)
            if message == NEEDS_KEY:
                problem = self.tr(
                    "This pack is encrypted for the council: choose the council's decryption key to open it."
                )
            else:
                problem = self.tr(
                    "This pack is encrypted for another key, not for the one chosen: choose the key it was encrypted "
                    "for, or ask the organisation to export it again for the council."
                )
            if self.choose_decryption_key(problem):  # then try again with it
                self.open_pack(self._opening)
            return
        QMessageBox.warning(self, self.tr("Cannot open the pack"), message)
        self.open_failed.emit(message)

    def choose_decryption_key(self, problem: str = "") -> bool:
        """The council's decryption key for this session (its file remembered); True once one is chosen."""
        dialog = DecryptionKeyDialog(self.data_dir, self, problem)
        if dialog.exec() != DecryptionKeyDialog.DialogCode.Accepted or dialog.key is None:
            return False
        self.decryption = dialog.key
        return True

    def _show_nothing(self) -> None:
        self.opened = None
        self.banner.show_checking("")
        self.banner.setVisible(False)
        self.hint.setVisible(True)
        self.tabs.setEnabled(False)
        self.export_action.setEnabled(False)
        for action in getattr(self, "_review_actions", ()):
            action.setEnabled(False)

    def _show_opened(self, opened: OpenedPack) -> None:
        self.opened = opened
        verdict = opened.verdict
        self.banner.setVisible(True)
        self.banner.show_verdict(verdict)
        self.details.show_verdict(verdict, opened.sha256)
        self.viewer.set_pack(verdict)
        assessor = self.tr("Assessor")
        self.setWindowTitle(f"{verdict.organisation or verdict.path.name} — {assessor} — {APP_NAME}")
        self.tabs.setEnabled(True)
        self.criteria.blockSignals(True)  # the list is rebuilt; the first row is chosen once it is complete
        self.criteria.clear()
        self.criteria.blockSignals(False)
        self._current = ""
        intact = verdict.intact
        for index in (0, 1):
            self.tabs.setTabEnabled(index, intact)
        self.export_action.setEnabled(intact)
        for action in self._review_actions:
            action.setEnabled(intact)
        if intact:
            for criterion in opened.criteria:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, criterion.criterion)
                self.criteria.addItem(item)
                self._label_item(item)
            self._show_outcome(opened.draft)
            self._fill_filter(opened)
            self._check_outcome()
            self.tabs.setCurrentIndex(0)
            if self.criteria.count():
                self.criteria.setCurrentRow(0)
        else:
            self.tabs.setCurrentWidget(self.details)
        self.pack_opened.emit(opened)

    def _show_outcome(self, draft: ReviewDraft) -> None:
        """Show the draft's outcome, and remember the draft as stored (with the outcome as the panel gives it)."""
        assert self.opened is not None
        levels = list(dict.fromkeys([self.opened.target_level, draft.outcome.level]))
        self.outcome.set_outcome(draft.outcome, [level for level in levels if level])
        self._saved = copy.deepcopy(draft)
        self._saved.outcome = self.outcome.outcome()

    def show_draft(self, draft: ReviewDraft) -> None:
        """Show ``draft``, read again from the register, in place of the review in the window."""
        if self.opened is None:
            return
        if not draft.outcome.level:
            draft.outcome.level = self.opened.target_level
        self.opened = dataclasses.replace(self.opened, draft=draft)
        self._show_outcome(draft)
        for row in range(self.criteria.count()):
            self._label_item(self.criteria.item(row))
        current = self.criteria.currentItem()
        if current is not None:
            self._on_criterion(current, None)
        self._apply_filter()
        self._check_outcome()
        self.draft_reloaded.emit(draft)

    def _label_item(self, item: QListWidgetItem) -> None:
        assert self.opened is not None
        criterion = str(item.data(Qt.ItemDataRole.UserRole))
        view = next(c for c in self.opened.criteria if c.criterion == criterion)
        entry = self.opened.draft.verdicts.get(criterion)
        mark = VERDICT_MARKS.get(entry.verdict, "·") if entry else "·"
        item.setText(f"{mark}  {criterion}  {view.title}".rstrip())
        verdict = core_word(Verdict(entry.verdict).label) if entry and entry.verdict else self.tr("no verdict yet")
        item.setToolTip(verdict)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{criterion} {view.title}: {verdict}")

    # --- reviewing --------------------------------------------------------------------------------

    def _on_criterion(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None or self.opened is None:
            return
        self.save_now()
        criterion = str(item.data(Qt.ItemDataRole.UserRole))
        view = next((c for c in self.opened.criteria if c.criterion == criterion), None)
        if view is None:
            return
        self._current = criterion
        entry = self.opened.draft.verdicts.get(criterion, VerdictEntry())
        verdict = self.viewer.verdict
        redacted = frozenset(a.name for a in verdict.attachments if a.redaction) if verdict else frozenset()
        self.panel.show_criterion(view, entry, self.opened.evidence_titles, self.opened.previous, redacted)
        self.viewer.clear()
        if view.evidence:
            self.panel.evidence.setCurrentRow(0)

    def _on_verdict_changed(self) -> None:
        if self.opened is None or not self._current:
            return
        self.opened.draft.verdicts[self._current] = self.panel.entry()
        item = self.criteria.currentItem()
        if item is not None:
            self._label_item(item)
        self._schedule_save()
        self._check_outcome()

    # --- speed (speed.py) ---------------------------------------------------------------------------------

    def _fill_filter(self, opened: OpenedPack) -> None:
        speed.fill_filter(self, opened)

    def _apply_filter(self) -> None:
        speed.apply_filter(self)

    def step_criterion(self, step: int, from_row: int | None = None) -> None:
        speed.step_criterion(self, step, from_row)

    def mark_remaining_met(self) -> None:
        speed.mark_remaining_met(self)

    def outcome_warnings(self) -> list[str]:
        return speed.warnings_now(self)

    def _check_outcome(self) -> None:
        speed.check_outcome(self)

    def _schedule_save(self) -> None:
        self._save_timer.start()

    def save_now(self) -> bool:
        """Store the verdicts and outcome if they changed; False when the register refused them. When another
        officer saved first, both versions are shown (conflict.py) and the window keeps yours."""
        self._save_timer.stop()
        if self.opened is None or not self.opened.verdict.intact:
            return True
        draft = self.opened.draft
        draft.outcome = self.outcome.outcome()
        if (draft.verdicts, draft.outcome) == (self._saved.verdicts, self._saved.outcome):
            return True  # nothing to store: a colleague's later save is no conflict
        try:
            assessor.save_review(self.data_dir, self.opened.received_pack_id, draft)
        except ConcurrentEdit as refused:
            conflict.show_conflict(self, refused)
            return False
        except KitemarkError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        self._saved = copy.deepcopy(draft)
        return True

    # --- the register -----------------------------------------------------------------------------

    def register_signer(self, *, replace: bool) -> None:
        if self.opened is None:
            return
        verdict = self.opened.verdict
        fingerprint = verdict.signer_fingerprint or ""
        if replace and verdict.handed_over_by is not None:
            question = self.tr(
                "The key registered for %1 signed a statement handing over to this new key:\n\n%2\n\n"
                "Replace the root registered for them with it?"
            )
        elif replace:
            question = self.tr(
                "Only do this if %1 has told you, by a channel you already trust, that they have a new key with "
                "this root fingerprint:\n\n%2\n\nReplace the root registered for them?"
            )
        else:
            question = self.tr(
                "Does this root fingerprint match, character for character, the one %1 gave you?\n\n%2\n\n"
                "Register the organisation with it?"
            )
        question = question.replace("%1", verdict.organisation or "").replace("%2", display_fingerprint(fingerprint))
        if QMessageBox.question(self, self.tr("Register the organisation"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            assessor.register_organisation(self.data_dir, verdict.organisation or "", fingerprint, replace=replace)
        except KitemarkError as error:
            QMessageBox.warning(self, self.tr("Not registered"), str(error))
            return
        self.open_pack(verdict.path)

    def show_queue(self) -> None:
        """The team queue beside this window (modeless); a pack opened there opens here."""
        from kitemark_app.ui.assessor.queue import QueueDialog

        self.save_now()
        if self.queue_dialog is None:
            self.queue_dialog = QueueDialog(self.data_dir, self, save_pending=self.save_now)
            self.queue_dialog.pack_chosen.connect(self._open_from_queue)
        self.queue_dialog.show()
        self.queue_dialog.raise_()
        self.queue_dialog.activateWindow()
        self.queue_dialog.refresh()

    def _open_from_queue(self, path: Path) -> None:
        self.raise_()
        self.activateWindow()
        self.open_pack(path)

    def show_register(self) -> None:
        from kitemark_app.ui.assessor.register_dialog import RegisterDialog

        self.save_now()
        RegisterDialog(self.data_dir, self).exec()

    # --- signing ----------------------------------------------------------------------------------

    def create_key(self) -> bool:
        """Ask for the assessor's name and a passphrase (twice) and make their key; True when there is a key."""
        from kitemark_app.ui.assessor.key_dialogs import CreateKeyDialog

        identity = assessor.assessor_identity(self.data_dir)
        if identity.has_key:
            QMessageBox.information(
                self,
                self.tr("Your signing key"),
                self.tr("You already have a signing key. Its root fingerprint is:\n%1").replace(
                    "%1", display_fingerprint(identity.root_fingerprint)
                ),
            )
            return True
        dialog = CreateKeyDialog(identity.name, identity.organisation, self)
        if dialog.exec() != CreateKeyDialog.DialogCode.Accepted:
            return False
        name, organisation, passphrase = dialog.name.text(), dialog.organisation.text(), dialog.passphrase.text()
        root = self.data_dir
        self._task = run_task(
            self,
            lambda _r, _c: assessor.create_assessor_key(root, name, organisation, passphrase),
            title=self.tr("Creating your signing key…"),
            on_done=self._key_created,
            on_failed=lambda message: QMessageBox.warning(self, self.tr("No key created"), message),
        )
        return False  # the export starts again once the key exists

    def _key_created(self, fingerprint: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Your signing key"),
            self.tr(
                "Your signing key is ready. Give organisations its root fingerprint so they can check your reviews:\n%1"
            ).replace("%1", display_fingerprint(fingerprint)),
        )
        if self._export_after_key:  # the key was made for this export: carry on with it
            self._export_after_key = False
            self.export_review()

    def choose_review_path(self, default_name: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the signed review"), in_documents(default_name), self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    def ask_passphrase(self, problem: str = "") -> str | None:
        from kitemark_app.ui.assessor.key_dialogs import PassphraseDialog

        dialog = PassphraseDialog(self, problem)
        return dialog.passphrase.text() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None

    def export_review(self) -> None:
        if self.opened is None:
            return
        if not self.save_now() and conflict.unresolved(self):
            return  # what would be signed is their version, not the one on the screen
        opened = self.opened
        problems = assessor.review_problems(opened.draft, [c.criterion for c in opened.criteria])
        if problems:
            QMessageBox.warning(self, self.tr("The review is not complete"), " ".join(problems[:3]))
            return
        if opened.verdict.verdict != "valid":
            QMessageBox.warning(
                self,
                self.tr("Register the organisation first"),
                self.tr(
                    "Only a verified pack from a registered organisation can be reviewed; compare the fingerprint "
                    "and register the organisation first."
                ),
            )
            return
        if warnings := self.outcome_warnings():
            question = self.tr("The award does not match your verdicts:\n\n%1\n\nSign and export it anyway?").replace(
                "%1", "\n".join(f"• {w}" for w in warnings)
            )
            if QMessageBox.warning(self, self.tr("Check the outcome"), question,
                                   QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                   QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:  # fmt: skip
                self.tabs.setCurrentWidget(self.outcome)
                return
        if not assessor.assessor_identity(self.data_dir).has_key:
            self._export_after_key = True
            self.create_key()
            return
        organisation = re.sub(r"[^\w \-]", "", opened.verdict.organisation or "")[:80].strip() or "organisation"
        out = self.choose_review_path(f"Kitemark review - {organisation}.pdf")
        if out is None:
            return
        self._sign_review(opened.received_pack_id, out)

    def _sign_review(self, pack_id: int, out: Path, problem: str = "") -> None:
        """Ask for the passphrase and sign off the UI thread (the key's PBKDF2 is slow on purpose); a passphrase
        that does not open the key asks again."""
        passphrase = self.ask_passphrase(problem) if problem else self.ask_passphrase()
        if not passphrase:
            return
        root = self.data_dir

        def sign(_report: object, _cancelled: object) -> ReviewExportResult | None:
            if not assessor.passphrase_opens_key(root, passphrase):
                return None
            return assessor.export_review(root, pack_id, out, passphrase)

        def done(result: ReviewExportResult | None) -> None:
            if result is None:
                wrong = self.tr(
                    "That passphrase does not open your signing key; check it (capitals count) and try again."
                )
                self._sign_review(pack_id, out, wrong)
            else:
                self._exported(result)

        self._task = run_task(
            self,
            sign,  # type: ignore[arg-type]
            title=self.tr("Signing the review…"),
            on_done=done,
            on_failed=lambda message: QMessageBox.warning(self, self.tr("The review was not exported"), message),
        )

    def _exported(self, result: ReviewExportResult) -> None:
        QMessageBox.information(
            self,
            self.tr("Review exported"),
            self.tr(
                "The signed review was saved as %1. Send it to the organisation; they import it in Kitemark."
            ).replace("%1", str(result.path)),
        )
        self.review_exported.emit(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_now() and conflict.unresolved(self):
            event.ignore()  # your changes are only in this window: choose their version, or copy yours, first
            return
        self.viewer.clear()
        for dialog in (self.queue_dialog, self.conflict_dialog):  # modeless: they would outlive the window
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)
