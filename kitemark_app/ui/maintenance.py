"""Back up…, Restore… and Check data, and the start-up offer of the newest backup for a damaged database.

The work itself is in ``services/backup_archive.py`` and ``services/health.py``; here are only the dialogs, run
through ``run_task`` so the window stays responsive. Restoring needs the database closed: the window passes
``release`` (store pending edits, close connections) and ``restored`` (reload every page) callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kitemark_app import APP_NAME
from kitemark_app.ui.folders import documents_folder, in_documents
from kitemark_app.ui.local_dates import clock, long_day
from kitemark_app.ui.tasks import run_task


def health_text(report: Any) -> str:
    """The check's result as a few plain lines for a message box."""
    lines = [
        QCoreApplication.translate("Maintenance", "Everything is intact.")
        if report.healthy
        else QCoreApplication.translate("Maintenance", "Problems were found:"),
        "",
        QCoreApplication.translate("Maintenance", "Database: {state}; evidence files checked: {count}.").format(
            state=report.database, count=report.evidence_checked
        ),
    ]
    lines += [f"• {problem}" for problem in report.problems]
    lines += [f"– {note}" for note in report.notes]
    return "\n".join(lines)


class Maintenance(QObject):
    """The three data-safety actions of one window, on its data folder."""

    #: A backup file was written (its path).
    backed_up = Signal(Path)
    #: A backup was restored; the window has reloaded its pages.
    restored = Signal(Path)
    #: The check finished (the HealthReport).
    checked = Signal(object)

    def __init__(
        self,
        parent: QWidget,
        data_dir: Path,
        release: Callable[[], None] | None = None,
        reload: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.data_dir = data_dir
        self.release = release or (lambda: None)
        self.reload = reload or (lambda: None)
        self.task: object = None

    # --- back up ----------------------------------------------------------------------------------

    def back_up(self, out: Path | None = None) -> None:
        if out is None:
            suggested = in_documents(f"Kitemark backup {date.today():%Y-%m-%d}.zip")
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Back up all Kitemark data"), suggested, self.tr("Kitemark backups (*.zip)")
            )
            if not name:
                return
            out = Path(name)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")

        self.release()  # store pending edits first, so the backup has them

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            from kitemark_app.services.backup_archive import create_archive

            # The save dialog already asked before replacing an existing file.
            return create_archive(self.data_dir, out, overwrite=True, progress=report, cancelled=cancelled)

        self.task = run_task(
            self.window, work, title=self.tr("Backing up…"), on_done=self._backed_up, on_failed=self._failed
        )

    def _backed_up(self, result: Any) -> None:
        text = self.tr("The backup is saved in {path} ({size:.1f} MB). Keep it somewhere other than this PC.").format(
            path=result.path, size=result.size / 1e6
        )
        if result.left_out:
            text += "\n\n" + self.tr("Left out:") + "\n" + "\n".join(f"• {item}" for item in result.left_out)
        QMessageBox.information(self.window, APP_NAME, text)
        self.backed_up.emit(result.path)

    # --- restore ----------------------------------------------------------------------------------

    def restore(self, source: Path | None = None) -> None:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Restore a Kitemark backup"),
                str(documents_folder()),
                self.tr("Kitemark backups (*.zip *.sqlite3)"),
            )
            if not name:
                return
            source = Path(name)
        answer = QMessageBox.question(
            self.window,
            APP_NAME,
            self.tr(
                "Replace the data in Kitemark with the backup '{name}'? The backup is checked first, and the "
                "current data is kept as a backup too, so nothing is lost."
            ).format(name=source.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.release()

        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            from kitemark_app.services.backup_archive import restore

            return restore(self.data_dir, source, report, cancelled)

        self.task = run_task(
            self.window, work, title=self.tr("Restoring…"), on_done=self._restored, on_failed=self._restore_failed
        )

    def _restored(self, result: Any) -> None:
        self.reload()
        text = self.tr("The backup '{name}' is restored.").format(name=result.restored_from.name)
        if result.kept_current_as is not None:
            text += " " + self.tr("The data that was there before is kept in {path}.").format(
                path=result.kept_current_as
            )
        QMessageBox.information(self.window, APP_NAME, text)
        self.restored.emit(result.restored_from)

    def _restore_failed(self, message: str) -> None:
        self.reload()
        self._failed(message)

    # --- check ------------------------------------------------------------------------------------

    def check(self) -> None:
        def work(report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            from kitemark_app.services.health import check

            return check(self.data_dir, report, cancelled)

        self.task = run_task(
            self.window, work, title=self.tr("Checking the data…"), on_done=self._checked, on_failed=self._failed
        )

    def _checked(self, report: Any) -> None:
        show = QMessageBox.information if report.healthy else QMessageBox.warning
        show(self.window, APP_NAME, health_text(report))
        self.checked.emit(report)

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, APP_NAME, message)


def offer_newest_backup(parent: QWidget | None, data_dir: Path, error: Any) -> bool:
    """Start-up, after DamagedDatabaseError: offer to restore the newest good backup; True if it was restored."""
    backup = error.newest_backup
    if backup is None:
        return False  # nothing to offer: the caller shows the error's own sentence
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Maintenance",
            "Kitemark's database was damaged (for example by a power cut) and has been moved aside to '{moved}'; "
            "nothing was deleted.\n\nRestore the newest good backup, from {when} (UTC)? "
            "Anything entered after that will need entering again.",
        ).format(moved=error.moved_to.name, when=f"{long_day(backup.created)} {clock(backup.created)}"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def work(_report: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> object:
        from kitemark_app.services.backup_archive import restore

        return restore(data_dir, backup.path)

    def done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    run_task(
        parent,
        work,
        title=QCoreApplication.translate("Maintenance", "Restoring the backup…"),
        on_done=done,
        on_failed=failed,
        on_cancelled=loop.quit,
    )
    loop.exec()
    if "error" in outcome:
        QMessageBox.critical(parent, APP_NAME, str(outcome["error"]))
    return "result" in outcome


def warn_if_read_only(parent: QWidget | None, workspace: Any) -> None:
    """Data from a newer Kitemark opens read-only: say so once, plainly."""
    if getattr(workspace, "read_only_reason", None):
        QMessageBox.information(parent, APP_NAME, workspace.read_only_reason)
