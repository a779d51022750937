"""File → Import assessor review… and starting the next cycle, for the VCO's main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kitemark_app.services.review_import import (
    AssessorKeyUnconfirmed,
    CouncilKeyQuestion,
    ImportResult,
    import_review,
    start_next_cycle,
)
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.core_words import core_word
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.tasks import Task, run_task
from kitemark_app.verify.trust import display_fingerprint


def choose_review(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ReviewImport", "Import the assessor's review"),
        "",
        QCoreApplication.translate("ReviewImport", "Signed reviews (*.pdf)"),
    )
    return Path(name) if name else None


def import_review_file(
    parent: QWidget, workspace: Workspace, events: AppEvents, path: Path, *, accept_new_key: bool = False
) -> Task:
    """Verify and import ``path`` off the UI thread; one message says what happened."""
    root = workspace.layout.root

    def failed(message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("ReviewImport", "Review not imported"), message)

    def ask(question_about_key: CouncilKeyQuestion) -> None:
        if isinstance(question_about_key, AssessorKeyUnconfirmed):
            title = QCoreApplication.translate("ReviewImport", "Confirm the council's key")
            advice = QCoreApplication.translate(
                "ReviewImport",
                "Anyone can make a file that looks like a review. Only accept this key if its fingerprint matches, "
                "character for character, the one the council gave you by letter, on its website or by phone. "
                "Accept it and import the review?",
            )
        else:
            title = QCoreApplication.translate("ReviewImport", "Different council key")
            advice = QCoreApplication.translate(
                "ReviewImport",
                "Only accept the new key if the council has told you, by phone or letter, that its key changed. "
                "Accept it and import the review?",
            )
        answer = QMessageBox.warning(
            parent,
            title,
            str(question_about_key) + "\n\n" + advice,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            import_review_file(parent, workspace, events, path, accept_new_key=True)

    def done(result: ImportResult) -> None:
        if result.already_imported:
            QMessageBox.information(
                parent,
                QCoreApplication.translate("ReviewImport", "Review"),
                QCoreApplication.translate("ReviewImport", "This review was already imported."),
            )
            return
        outcome = core_word(result.outcome_label) + (f" — {result.level}" if result.level else "")
        text = " ".join(
            (
                QCoreApplication.translate("ReviewImport", "%1 (from %2).")
                .replace("%2", result.assessor)
                .replace("%1", outcome),
                QCoreApplication.translate(
                    "ReviewImport", "%n verdict(s) are now shown on their criteria.", "", result.verdicts
                ),
                QCoreApplication.translate(
                    "ReviewImport",
                    "%n new action(s) from the assessor are in your action plan.",
                    "",
                    result.actions_created,
                ),
            )
        )
        text += "\n\n" + QCoreApplication.translate("ReviewImport", "The council's key (confirmed): %1.").replace(
            "%1", display_fingerprint(result.signer_fingerprint)
        )
        events.data_changed.emit("review")
        events.data_changed.emit("actions")
        QMessageBox.information(parent, QCoreApplication.translate("ReviewImport", "Review imported"), text)

    def run(_report: object, _cancelled: object) -> ImportResult | CouncilKeyQuestion:
        try:
            return import_review(root, path, accept_new_key=accept_new_key)
        except CouncilKeyQuestion as question:
            return question  # a question for the user, not a failure

    def finished(result: ImportResult | CouncilKeyQuestion) -> None:
        if isinstance(result, CouncilKeyQuestion):
            ask(result)
        else:
            done(result)

    return run_task(
        parent,
        run,
        title=QCoreApplication.translate("ReviewImport", "Checking the review…"),
        on_done=finished,
        on_failed=failed,
    )


def start_cycle(parent: QWidget, workspace: Workspace, events: AppEvents, renewal: bool) -> None:
    question = (
        QCoreApplication.translate(
            "ReviewImport",
            "Start next year's renewal? Your answers, evidence links and unfinished actions are carried over.",
        )
        if renewal
        else QCoreApplication.translate(
            "ReviewImport",
            "Start the resubmission? Your answers, evidence links and actions are carried over; work on the "
            "assessor's points, then export a new pack.",
        )
    )
    if (
        QMessageBox.question(parent, QCoreApplication.translate("ReviewImport", "Next self-assessment"), question)
        != QMessageBox.StandardButton.Yes
    ):
        return
    from kitemark_app.errors import KitemarkError

    try:
        start_next_cycle(workspace, renewal=renewal)
    except KitemarkError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ReviewImport", "Not started"), error_text(error))
        return
    events.data_changed.emit("cycle")
