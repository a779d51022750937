"""Editable exports of a self-assessment: a Word document, an Excel workbook, or a due-diligence bundle (a zip).

``write_report(workspace, fmt, out)`` writes the current cycle (of ``workspace.framework_choice`` when set) in one
of ``FORMATS``. Like the pack export it takes ``progress(done, total)`` and ``cancelled()``, so the CLI and the
GUI's background task call it the same way; the file is written beside ``out`` under a hidden temporary name and
renamed only when complete, so an error or a cancel (``ReportCancelled``) leaves no file behind. No Qt here, and
python-docx and openpyxl are imported only when a file is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kitemark_app.errors import UsageError
from kitemark_app.sentences import say
from kitemark_app.services.office_export.content import ReportContent, gather
from kitemark_app.services.office_export.output import (
    IsCancelled,
    Progress,
    ReportCancelled,
    Steps,
    atomic_output,
    check_destination,
)
from kitemark_app.services.workspace import Workspace

__all__ = ["FORMATS", "ReportCancelled", "ReportContent", "ReportResult", "gather", "write_report"]

#: Format → (what it is, in words; its file name suffix).
FORMATS = {
    "docx": ("Word document", ".docx"),
    "xlsx": ("Excel workbook", ".xlsx"),
    "bundle": ("due-diligence bundle", ".zip"),
}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    format: str
    criteria: int
    evidence_files: int  # in the bundle; listed, for the Word and Excel files
    size: int

    @property
    def description(self) -> str:
        return FORMATS[self.format][0]


def write_report(
    workspace: Workspace,
    fmt: str,
    out_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    today: date | None = None,
) -> ReportResult:
    """Write the self-assessment as ``fmt`` ("docx", "xlsx" or "bundle") to ``out_path``, all or nothing."""
    if fmt not in FORMATS:
        raise UsageError(
            say(
                "'{format}' is not a format Kitemark can write; choose one of {formats}.",
                format=fmt,
                formats=", ".join(FORMATS),
            )
        )
    out = Path(out_path).expanduser().absolute()
    check_destination(out, f"self-assessment{FORMATS[fmt][1]}")
    content = gather(workspace, today)
    files = content.evidence_files()
    if fmt == "bundle":
        steps = Steps(sum(f.size for f, _ in files), progress, cancelled)
    else:
        steps = Steps(len(content.criteria), progress, cancelled)
    steps.check()
    with atomic_output(out) as temp:
        if fmt == "docx":
            from kitemark_app.services.office_export.word import write_word

            write_word(content, temp, steps)
        elif fmt == "xlsx":
            from kitemark_app.services.office_export.excel import write_excel

            write_excel(content, temp, steps)
        else:
            from kitemark_app.services.office_export.bundle import write_bundle

            write_bundle(workspace, content, temp, steps)
        steps.check()  # a cancel while the file was being saved: still nothing under its name
    steps.finish()
    return ReportResult(out, fmt, len(content.criteria), len(files), out.stat().st_size)
