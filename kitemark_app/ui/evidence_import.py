"""Adding evidence files from the GUI: hash and copy off the UI thread, then record them on it.

Used by the criterion page (dialog and drag and drop) and by File > New evidence….
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.date_guess import DateGuess, guess_document_date
from kitemark_app.evidence.store import StoredFile
from kitemark_app.services import evidence_ops
from kitemark_app.services.answers import attach_stored_file, evidence_with_hash
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.core_sentences import error_text
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.tasks import IsCancelled, Report, Task, run_task

if TYPE_CHECKING:
    from kitemark_app.ui.evidence_dating import DatingDialog


def choose_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("EvidenceImport", "Choose evidence files"),
        "",
        QCoreApplication.translate(
            "EvidenceImport",
            "Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png *.txt);;All files (*)",
        ),
    )
    return [Path(name) for name in names]


def local_files(urls: Sequence[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def _record(workspace: Workspace, item: StoredFile, criterion_id: str | None) -> int:
    if criterion_id:
        return attach_stored_file(workspace, item, criterion_id)
    existing = evidence_with_hash(workspace, item.sha256)
    return existing if existing is not None else evidence_ops.record_evidence(workspace, item)


def _import_all(
    workspace: Workspace, paths: list[Path], criterion_id: str | None
) -> Callable[[Report, IsCancelled], object]:
    """Hash, copy and record each file on the worker thread; the UI thread only hears the result.

    Each file is recorded in its own short transaction as soon as it is stored, so the UI thread never waits
    for a disk-synced database write (and a cancel keeps the files already added).
    """

    def op(report: Report, cancelled: IsCancelled) -> tuple[list[int], list[str], dict[int, DateGuess | None]]:
        sizes = []
        for path in paths:
            try:
                sizes.append(max(1, path.stat().st_size))
            except OSError:
                sizes.append(1)
        total = sum(sizes)
        ids: list[int] = []
        problems: list[str] = []
        guesses: dict[int, DateGuess | None] = {}
        before = 0
        for path, size in zip(paths, sizes, strict=True):
            offset = before
            try:
                stored = evidence_ops.store_file(
                    workspace, path, lambda done, _total, o=offset: report(o + done, total), cancelled
                )
                ids.append(_record(workspace, stored, criterion_id))
                guesses[ids[-1]] = guess_document_date(path)
            except KitemarkError as error:
                if cancelled():
                    raise
                problems.append(error_text(error))
            before += size
        return ids, problems, guesses

    return op


def import_files(
    parent: QWidget,
    workspace: Workspace,
    events: AppEvents,
    paths: list[Path],
    criterion_id: str | None,
    on_done: Callable[[list[int]], None] | None = None,
) -> Task | None:
    """Store ``paths`` in the background, add them to the library (and link them to ``criterion_id``)."""
    if not paths:
        return None

    def finished(result: object) -> None:
        ids, problems, guesses = result  # type: ignore[misc]
        if ids:
            events.data_changed.emit("evidence")
        if problems:
            QMessageBox.warning(
                parent, QCoreApplication.translate("EvidenceImport", "Some files were not added"), "\n".join(problems)
            )
        if on_done:
            on_done(ids)
        ask_dates(parent, workspace, events, guesses)

    def failed(message: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("EvidenceImport", "Files not added"), message)

    count = len(paths)
    title = QCoreApplication.translate("EvidenceImport", "Adding %n file(s)…", "", count)
    return run_task(
        parent, _import_all(workspace, paths, criterion_id), title=title, on_done=finished, on_failed=failed
    )


def ask_dates(
    parent: QWidget, workspace: Workspace, events: AppEvents, guesses: dict[int, DateGuess | None]
) -> DatingDialog | None:
    """Ask for the date of each file just added that has none (window-modal, not blocking): the guesses filled
    in. Returns the dialog (for tests), or None when every file already had a date."""
    from kitemark_app.ui.evidence_dating import DatingDialog, Undated

    undated = [
        Undated(item.id, item.title, guesses[item.id])
        for item in evidence_ops.list_evidence(workspace)
        if item.id in guesses and item.document_date is None
    ]
    if not undated:
        return None
    dialog = DatingDialog(undated, parent)

    def save() -> None:
        for evidence_id, document_date, review_by in dialog.values():
            changes = {name: value for name, value in (("document_date", document_date), ("review_by", review_by))
                       if value is not None}  # fmt: skip
            if changes:
                evidence_ops.update_details(workspace, evidence_id, **changes)
        events.data_changed.emit("evidence")

    dialog.accepted.connect(save)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
