"""One criterion: what it asks (from the framework), the answer, linked evidence and action items.

Every change is stored as it is made: the status and links at once, typed text after a short pause (and at
once when the page changes or the window closes — the main window calls ``AutoSaver.flush``).
"""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kitemark_app.core.status import ResponseStatus
from kitemark_app.services import answer_reuse, evidence_ops
from kitemark_app.services.actions import list_actions
from kitemark_app.services.answers import (
    CriterionAnswer,
    NotInFramework,
    confirm_still_answers,
    criterion_answer,
    viewing_copy,
)
from kitemark_app.services.review_import import criterion_feedback
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.action_dialog import ActionDialog
from kitemark_app.ui.autosave import AutoSaver
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_import import choose_files, import_files
from kitemark_app.ui.evidence_picker import EvidencePicker
from kitemark_app.ui.recheck_notice import RecheckNotice
from kitemark_app.ui.recheck_text import recheck_text
from kitemark_app.ui.reuse_panel import ReusePanel
from kitemark_app.ui.tasks import run_task
from kitemark_app.ui.translations import shown_language
from kitemark_app.ui.widgets.criterion_actions import CriterionActionsBox
from kitemark_app.ui.widgets.linked_evidence import LinkedEvidenceBox
from kitemark_app.ui.widgets.review_feedback import ReviewFeedbackBox
from kitemark_app.ui.widgets.text import ShortTextEdit, badge, bold_font, heading, set_heading_text

CHOICES = (ResponseStatus.MET, ResponseStatus.PARTLY_MET, ResponseStatus.NOT_MET, ResponseStatus.NOT_APPLICABLE)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class CriterionPage(QScrollArea):
    def __init__(
        self, workspace: Workspace, events: AppEvents, autosaver: AutoSaver, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.events = events
        self.autosaver = autosaver
        self.criterion_id = ""
        self.answer: CriterionAnswer | None = None
        self._loading = False
        self._view_folder: Path | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Criterion"))
        self._build()
        events.data_changed.connect(self._on_data_changed)

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        body = QWidget()
        body.setMaximumWidth(1100)
        self.id_label = QLabel()
        self.area_label = QLabel()
        self.level_badge = badge()
        self.mandatory_badge = badge(self.tr("Mandatory"))
        badges = QHBoxLayout()
        for widget in (self.id_label, self.level_badge, self.mandatory_badge):
            badges.addWidget(widget)
        badges.addStretch()
        badges.addWidget(self.area_label)
        self.title_label = heading("")
        self.id_label.setFont(bold_font())

        self.guidance = _wrapped()
        self.examples = _wrapped()
        self.freshness = _wrapped()  # how recent its evidence must be, when the criterion says
        self.feedback_box = ReviewFeedbackBox()  # the assessor's verdict, once a review is imported
        self.recheck_notice = RecheckNotice()  # an answer carried to a new framework version, to be checked
        self.reuse_panel = ReusePanel()  # the same question answered for another framework
        self.reuse_panel.chosen.connect(self.use_offer)
        self.recheck_notice.confirmed.connect(self.confirm_still_answers)

        answer_box = QGroupBox(self.tr("Your answer"))
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[ResponseStatus, QRadioButton] = {}
        mnemonics = {
            ResponseStatus.MET: self.tr("&Met"),
            ResponseStatus.PARTLY_MET: self.tr("&Partly met"),
            ResponseStatus.NOT_MET: self.tr("&Not met"),
            ResponseStatus.NOT_APPLICABLE: self.tr("Not appli&cable"),
        }
        status_row = QHBoxLayout()
        for status in CHOICES:
            button = QRadioButton(mnemonics[status])
            button.setAccessibleName(core_word(status.label))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        status_row.addStretch()
        self.status_group.buttonToggled.connect(self._on_status_toggled)
        self.na_label = QLabel(self.tr("Why does this criterion not apply to you? *"))
        self.na_reason = ShortTextEdit(3)
        self.na_reason.setAccessibleName(self.tr("Reason it does not apply"))
        self.na_reason.textChanged.connect(self._on_na_reason_changed)
        self.na_label.setBuddy(self.na_reason)
        self.na_problem = _wrapped(self.tr("Please give a reason; the assessor needs it to accept 'not applicable'."))
        self.na_problem.setAccessibleName(self.tr("Reason needed"))
        self.na_problem.setFont(bold_font())
        self.narrative_label = narrative_label = QLabel()
        narrative_label.setWordWrap(True)
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative_label.setText(self._narrative_label_texts()[0])
        self.narrative.setAccessibleName(self._narrative_label_texts()[1])
        self.narrative.setMinimumHeight(120)
        self.narrative.textChanged.connect(self._on_narrative_changed)
        narrative_label.setBuddy(self.narrative)
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.addLayout(status_row)
        answer_layout.addWidget(self.na_label)
        answer_layout.addWidget(self.na_reason)
        answer_layout.addWidget(self.na_problem)
        answer_layout.addWidget(narrative_label)
        answer_layout.addWidget(self.narrative)

        self.evidence_box = LinkedEvidenceBox()
        self.evidence_box.add_files_requested.connect(self.add_files)
        self.evidence_box.files_dropped.connect(lambda names: self.attach_files([Path(n) for n in names]))
        self.evidence_box.link_requested.connect(self.link_from_library)
        self.evidence_box.open_requested.connect(self.open_evidence)
        self.evidence_box.unlink_requested.connect(self.unlink_evidence)
        self.actions_box = CriterionActionsBox()
        self.actions_box.add_requested.connect(self.add_action)
        self.actions_box.edit_requested.connect(self.edit_action)
        self.actions_box.delete_requested.connect(self.delete_action)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addLayout(badges)
        layout.addWidget(self.title_label)
        layout.addWidget(self.guidance)
        layout.addWidget(self.examples)
        layout.addWidget(self.freshness)
        layout.addWidget(self.feedback_box)
        layout.addWidget(self.recheck_notice)
        layout.addWidget(self.reuse_panel)
        layout.addWidget(answer_box)
        layout.addWidget(self.evidence_box)
        layout.addWidget(self.actions_box)
        layout.addStretch()
        self.setWidget(body)

    # --- showing a criterion ----------------------------------------------------------------------

    def show_criterion(self, criterion_id: str) -> None:
        self.autosaver.flush()
        self.criterion_id = criterion_id
        self.reload()
        self.verticalScrollBar().setValue(0)

    def reload(self) -> None:
        if not self.criterion_id:
            return
        if self.autosaver.has_pending:
            self.autosaver.flush()  # never let a reload overwrite text that is still waiting to be stored
        # The framework's words in the language the app is shown in, field by field where it has them.
        answer = criterion_answer(self.workspace, self.criterion_id, language=shown_language())
        self.answer = answer
        criterion = answer.criterion
        self._loading = True
        try:
            self.id_label.setText(criterion.id)
            self.area_label.setText(answer.area_title)
            self.level_badge.setText(self.tr("Level: %1").replace("%1", answer.level_name or criterion.level))
            self.mandatory_badge.setVisible(answer.mandatory)
            set_heading_text(self.title_label, criterion.title)
            self.guidance.setText(criterion.guidance)
            items = "".join(f"<li>{html.escape(example)}</li>" for example in criterion.evidence_examples)
            heading = html.escape(self.tr("Evidence you could provide"))
            self.examples.setText(f"<b>{heading}</b><ul style='margin-top:2px'>{items}</ul>")
            rule = criterion.freshness.rule if criterion.freshness else ""
            recent = html.escape(self.tr("How recent the evidence must be:"))  # outside the f-string: lupdate sees it
            self.freshness.setVisible(bool(rule))
            self.freshness.setText(f"<b>{recent}</b> {html.escape(rule)}" if rule else "")
            self.status_group.setExclusive(False)
            for status, button in self.status_buttons.items():
                button.setChecked(status is answer.status)
            self.status_group.setExclusive(True)
            if self.na_reason.toPlainText() != answer.na_reason:
                self.na_reason.setPlainText(answer.na_reason)
            if self.narrative.toPlainText() != answer.narrative:
                self.narrative.setPlainText(answer.narrative)
            self._update_na_visibility()
            self.recheck_notice.set_reason(recheck_text(answer.needs_recheck))
            self.reuse_panel.set_content(
                answer_reuse.offers(self.workspace, self.criterion_id, shown_language()),
                answer_reuse.shared_uses(self.workspace, self.criterion_id, shown_language()),
            )
            self.evidence_box.set_items(answer.evidence)
            self.actions_box.set_actions(list_actions(self.workspace, self.criterion_id))
            self.feedback_box.set_feedback(criterion_feedback(self.workspace, self.criterion_id))
        finally:
            self._loading = False

    def _on_data_changed(self, what: str) -> None:
        # Changes made elsewhere (the library, the action plan) show here too; typing in progress is kept.
        if not (
            self.criterion_id and what in ("evidence", "actions", "profile", "review", "cycle") and self.isVisible()
        ):
            return
        try:
            self.reload()
        except NotInFramework:
            # Another framework (or version) is worked on now, and it has no such criterion: show its overview.
            self.criterion_id = ""
            self.events.navigation_requested.emit("overview")

    # --- the answer -------------------------------------------------------------------------------

    def current_status(self) -> ResponseStatus:
        for status, button in self.status_buttons.items():
            if button.isChecked():
                return status
        return ResponseStatus.NOT_STARTED

    def _narrative_label_texts(self) -> tuple[str, str]:
        """What the narrative box asks for, as the label (with its mnemonic) and the accessible name."""
        status = self.current_status()
        if status is ResponseStatus.NOT_MET:
            return self.tr("&What is missing, and what you will do about it"), self.tr("What is missing")
        if status is ResponseStatus.NOT_APPLICABLE:
            return self.tr("Anything else the assessor should kno&w (optional)"), self.tr("Other notes")
        return (
            self.tr("How you meet this criterion (&what you do, and where the evidence shows it)"),
            self.tr("How you meet this criterion"),
        )

    def _update_na_visibility(self) -> None:
        is_na = self.current_status() is ResponseStatus.NOT_APPLICABLE
        label, name = self._narrative_label_texts()
        self.narrative_label.setText(label)
        self.narrative.setAccessibleName(name)
        self.na_label.setVisible(is_na)
        self.na_reason.setVisible(is_na)
        self.na_problem.setVisible(is_na and not self.na_reason.toPlainText().strip())

    def _on_status_toggled(self, button: QRadioButton, checked: bool) -> None:
        if self._loading or not checked:
            return
        status = self.current_status()
        criterion_id = self.criterion_id
        self.autosaver.save_now(lambda: self.workspace.save_answer(criterion_id, status=status), "responses")
        self._update_na_visibility()
        if status is ResponseStatus.NOT_APPLICABLE and not self.na_reason.toPlainText().strip():
            self.na_reason.setFocus()

    def _on_na_reason_changed(self) -> None:
        if self._loading:
            return
        self._update_na_visibility()
        criterion_id, text = self.criterion_id, self.na_reason.toPlainText()
        self.autosaver.schedule(
            f"na_reason:{criterion_id}",
            lambda: self.workspace.save_answer(criterion_id, na_reason=text),
            "responses",
        )

    def _on_narrative_changed(self) -> None:
        if self._loading:
            return
        criterion_id, text = self.criterion_id, self.narrative.toPlainText()
        self.autosaver.schedule(
            f"narrative:{criterion_id}",
            lambda: self.workspace.save_answer(criterion_id, narrative=text),
            "responses",
        )

    def use_offer(self, key: str, adapt: bool) -> None:
        """Answer with another framework's answer (``key``); to adapt it, its words go in the box to change."""
        self.autosaver.flush()
        criterion_id = self.criterion_id
        if not self._save(lambda: answer_reuse.use_offer(self.workspace, criterion_id, key), "responses"):
            return
        self.events.data_changed.emit("evidence")  # its evidence is linked here now
        self.reload()
        if adapt:
            self.narrative.setFocus()
            self.narrative.moveCursor(QTextCursor.MoveOperation.End)

    def confirm_still_answers(self) -> None:
        criterion_id = self.criterion_id
        if self._save(lambda: confirm_still_answers(self.workspace, criterion_id), "responses"):
            self.reload()

    # --- evidence ---------------------------------------------------------------------------------

    def add_files(self) -> None:
        self.attach_files(choose_files(self))

    def attach_files(self, paths: list[Path]) -> None:
        self.autosaver.flush()
        import_files(self, self.workspace, self.events, paths, self.criterion_id, on_done=lambda _ids: self.reload())

    def link_from_library(self) -> None:
        linked = {entry.item.id for entry in self.answer.evidence} if self.answer else set()
        items = [item for item in evidence_ops.list_evidence(self.workspace) if item.id not in linked]
        picker = EvidencePicker(items, self.criterion_id, self)
        if picker.exec() != EvidencePicker.DialogCode.Accepted:
            return
        criterion_id = self.criterion_id
        ids = picker.chosen_ids()
        if ids and self._save(lambda: [evidence_ops.link(self.workspace, i, criterion_id) for i in ids], "evidence"):
            self.reload()

    def unlink_evidence(self, evidence_id: int) -> None:
        criterion_id = self.criterion_id
        if self._save(lambda: evidence_ops.unlink(self.workspace, evidence_id, criterion_id), "evidence"):
            self.reload()

    def open_evidence(self, evidence_id: int) -> None:
        """Open a copy with the system viewer, so the viewer can never change the stored file."""
        if self._view_folder is None:
            self._view_folder = Path(tempfile.mkdtemp(prefix="kitemark-view-"))
        folder = Path(tempfile.mkdtemp(dir=self._view_folder))
        run_task(
            self,
            lambda _report, _cancelled: viewing_copy(self.workspace, evidence_id, folder),
            title=self.tr("Opening the document…"),
            on_done=self._show_copy,
            on_failed=lambda message: QMessageBox.warning(self, self.tr("Cannot open the document"), message),
        )

    def _show_copy(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("No program to open it"),
                self.tr("No program on this computer is set up to open '%1'. A read-only copy is at %2.")
                .replace("%1", path.name)
                .replace("%2", str(path)),
            )

    def remove_view_copies(self) -> None:
        if self._view_folder is not None:
            for path in self._view_folder.rglob("*"):
                if path.is_file():
                    path.chmod(0o644)
            shutil.rmtree(self._view_folder, ignore_errors=True)
            self._view_folder = None

    # --- actions ----------------------------------------------------------------------------------

    def add_action(self) -> None:
        dialog = ActionDialog(self)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        criterion_id = self.criterion_id
        if self._save(
            lambda: self.workspace.add_action(
                values.description,
                criterion_id=criterion_id,
                owner=values.owner,
                due_date=values.due_date,
                status=values.status,
            ),
            "actions",
        ):
            self.reload()

    def edit_action(self, action_id: int) -> None:
        action = next((a for a in list_actions(self.workspace, self.criterion_id) if a.id == action_id), None)
        if action is None:
            return
        dialog = ActionDialog(self, action)
        if dialog.exec() != ActionDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if self._save(
            lambda: self.workspace.update_action(
                action_id,
                description=values.description,
                owner=values.owner,
                due_date=values.due_date,
                status=values.status,
            ),
            "actions",
        ):
            self.reload()

    def delete_action(self, action_id: int) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete action"),
            self.tr("Delete this action? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self._save(
            lambda: self.workspace.delete_action(action_id), "actions"
        ):
            self.reload()

    def _save(self, change: object, what: str) -> bool:
        return self.autosaver.save_now(change, what)  # type: ignore[arg-type]
