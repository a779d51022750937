"""File → Import assessor review… and starting the next cycle, for the VCO's main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kitemark_app.services.review_import import AssessorKeyChanged, ImportResult, import_review, start_next_cycle
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.tasks import Task, run_task


def choose_review(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, parent.tr("Import the assessor's review"), "", parent.tr("Signed reviews (*.pdf)")
    )
    return Path(name) if name else None


def import_review_file(
    parent: QWidget, workspace: Workspace, events: AppEvents, path: Path, *, accept_new_key: bool = False
) -> Task:
    """Verify and import ``path`` off the UI thread; one message says what happened."""
    root = workspace.layout.root

    def failed(message: str, key_changed: bool) -> None:
        if not key_changed:
            QMessageBox.warning(parent, parent.tr("Review not imported"), message)
            return
        question = (
            message
            + "\n\n"
            + parent.tr(
                "Only accept the new key if the council has told you, by phone or letter, that its key changed. "
                "Accept it and import the review?"
            )
        )
        answer = QMessageBox.warning(
            parent,
            parent.tr("Different council key"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            import_review_file(parent, workspace, events, path, accept_new_key=True)

    def done(result: ImportResult) -> None:
        if result.already_imported:
            QMessageBox.information(parent, parent.tr("Review"), parent.tr("This review was already imported."))
            return
        text = parent.tr(
            "%1 (from %2). %3 verdicts are now shown on their criteria and %4 new actions from the assessor are in "
            "your action plan.\n\nThe assessor's root fingerprint is %5."
        )
        for key, value in (
            ("%1", result.outcome_label + (f" — {result.level}" if result.level else "")),
            ("%2", result.assessor),
            ("%3", str(result.verdicts)),
            ("%4", str(result.actions_created)),
            ("%5", result.signer_fingerprint),
        ):
            text = text.replace(key, value)
        events.data_changed.emit("review")
        events.data_changed.emit("actions")
        QMessageBox.information(parent, parent.tr("Review imported"), text)

    def run(_report: object, _cancelled: object) -> ImportResult | AssessorKeyChanged:
        try:
            return import_review(root, path, accept_new_key=accept_new_key)
        except AssessorKeyChanged as changed:
            return changed  # a question for the user, not a failure

    def finished(result: ImportResult | AssessorKeyChanged) -> None:
        if isinstance(result, AssessorKeyChanged):
            failed(str(result), True)
        else:
            done(result)

    return run_task(
        parent,
        run,
        title=parent.tr("Checking the review…"),
        on_done=finished,
        on_failed=lambda message: failed(message, False),
    )


def start_cycle(parent: QWidget, workspace: Workspace, events: AppEvents, renewal: bool) -> None:
    question = (
        parent.tr("Start next year's renewal? Your answers, evidence links and unfinished actions are carried over.")
        if renewal
        else parent.tr(
            "Start the resubmission? Your answers, evidence links and actions are carried over; work on the "
            "assessor's points, then export a new pack."
        )
    )
    if QMessageBox.question(parent, parent.tr("Next self-assessment"), question) != QMessageBox.StandardButton.Yes:
        return
    from kitemark_app.errors import KitemarkError

    try:
        start_next_cycle(workspace, renewal=renewal)
    except KitemarkError as error:
        QMessageBox.warning(parent, parent.tr("Not started"), str(error))
        return
    events.data_changed.emit("cycle")
