"""File → Install the council's framework…: verify a framework file, confirm the council's key the first time, and
offer to move to it when it is a new version of the one in use (``services/framework_files.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.services.framework_files import CouncilKeyNotConfirmed, InstallResult, install_framework
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.tasks import Task, run_task


def _in_use(workspace: Workspace) -> tuple[str, str] | None:
    """The id and version of the framework the current self-assessment uses (None before the first one)."""
    if not workspace.has_organisation():
        return None
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        return cycle.framework_id, cycle.framework_version


def choose_framework(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FrameworkInstall", "Install the council's framework"),
        "",
        QCoreApplication.translate("FrameworkInstall", "Framework files (*.pdf *.yaml *.yml)"),
    )
    return Path(name) if name else None


def install_framework_file(
    parent: QWidget, workspace: Workspace, events: AppEvents, path: Path, *, confirmed: str | None = None
) -> Task:
    """Install ``path`` off the UI thread; a council key seen for the first time is asked about, by fingerprint."""
    root = workspace.layout.root

    def install(
        _report: object, _cancelled: object
    ) -> tuple[InstallResult, tuple[str, str] | None] | CouncilKeyNotConfirmed:
        try:
            result = install_framework(root, path, confirm_council_key=confirmed)
        except CouncilKeyNotConfirmed as question:
            return question  # a question for the person, not a failure
        return result, _in_use(workspace)

    def done(found: tuple[InstallResult, tuple[str, str] | None] | CouncilKeyNotConfirmed) -> None:
        if isinstance(found, CouncilKeyNotConfirmed):
            _ask(found)
            return
        _installed(*found)

    def _ask(question: CouncilKeyNotConfirmed) -> None:
        text = (
            QCoreApplication.translate("FrameworkInstall", "This framework is signed with this council key:")
            + f"\n\n{grouped_fingerprint(question.found)}\n\n"
            + QCoreApplication.translate(
                "FrameworkInstall",
                "Anyone can make a file that looks like the council's. Only go on if this fingerprint matches, "
                "character for character, the one the council gave you by letter, on its website or by phone. "
                "From then on, the council's reviews must be signed with this same key. Does it match?",
            )
        )
        answer = QMessageBox.warning(
            parent,
            QCoreApplication.translate("FrameworkInstall", "Confirm the council's key"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            install_framework_file(parent, workspace, events, path, confirmed=question.found)

    def _installed(result: InstallResult, in_use: tuple[str, str] | None) -> None:
        signed = (
            QCoreApplication.translate(
                "FrameworkInstall", "It is an unsigned draft: it is marked so, and in your pack."
            )
            if result.unsigned
            else QCoreApplication.translate("FrameworkInstall", "It is signed by the council key %1.").replace(
                "%1", grouped_fingerprint(result.council_fingerprint)
            )
        )
        newer = in_use is not None and in_use[0] == result.framework_id and in_use[1] != result.version
        text = (
            QCoreApplication.translate("FrameworkInstall", "Installed %1, version %2.")
            .replace("%1", result.title)
            .replace("%2", result.version)
        )
        if not newer:
            QMessageBox.information(
                parent, QCoreApplication.translate("FrameworkInstall", "Framework installed"), f"{text} {signed}"
            )
            return
        question = (
            QCoreApplication.translate(
                "FrameworkInstall",
                "Your self-assessment uses version %1. See what version %2 changes for you, and move to it?",
            )
            .replace("%1", in_use[1] if in_use else "")
            .replace("%2", result.version)
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("FrameworkInstall", "Framework installed"),
            f"{text} {signed}\n\n{question}",
        )
        if answer == QMessageBox.StandardButton.Yes:
            from kitemark_app.ui.framework_move_dialog import move_to_framework_file

            move_to_framework_file(parent, workspace, events, path)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("FrameworkInstall", "Framework not installed"), message)

    return run_task(
        parent,
        install,
        title=QCoreApplication.translate("FrameworkInstall", "Checking the framework file…"),
        on_done=done,
        on_failed=failed,
    )
