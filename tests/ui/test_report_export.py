"""File → Export an editable copy…: the dialog writes the chosen format in the background and says what happened."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kitemark_app.core.status import ResponseStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.services import evidence_ops
from kitemark_app.services.office_export import ReportCancelled
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.folders import documents_folder
from kitemark_app.ui.report_export import ReportExportDialog
from tests.ui.vco_workspace import first_criteria, vco_workspace, write_file


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    with vco_workspace(data_dir) as ws:
        yield ws


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> ReportExportDialog:
    shown = ReportExportDialog(workspace)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_dialog_exports_excel_where_the_user_chose(
    qtbot, dialog: ReportExportDialog, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    criterion = first_criteria(workspace, 1)[0]
    workspace.save_answer(criterion, status=ResponseStatus.MET, narrative="=SUM(A1:A9) is how we count volunteers")
    source = write_file(tmp_path, "policy.pdf", b"our policy\n")
    evidence_ops.add_evidence(workspace, source, title="Our policy", criteria=[criterion])
    asked: list[str] = []

    def save_as(_parent: object, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for the trustees"), ""  # no suffix typed: the dialog adds it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    dialog.formats["xlsx"].setChecked(True)
    with qtbot.waitSignal(dialog.report_exported, timeout=20000) as exported:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "for the trustees.xlsx"
    assert exported.args == [out] and out.is_file()
    assert Path(asked[0]).parent == documents_folder() and asked[0].endswith(".xlsx")
    rows = list(openpyxl.load_workbook(out)["Self-assessment"].iter_rows(min_row=2, values_only=True))
    (row,) = [r for r in rows if r[1] == criterion]
    assert "=SUM(A1:A9) is how we count volunteers" in row and "Our policy" in row
    assert str(out) in dialog.outcome.text() and dialog.export_button.isEnabled()


def test_cancel_and_failure_are_each_one_sentence(
    qtbot, dialog: ReportExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def slow(_workspace: object, _fmt: str, _out: Path, *, progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            progress(1, 10)
            threading.Event().wait(0.01)
        raise ReportCancelled()

    monkeypatch.setattr("kitemark_app.services.office_export.write_report", slow)
    task = dialog.export_to("bundle", tmp_path / "bundle")
    assert started.wait(10)
    assert not dialog.export_button.isEnabled()
    task.cancel()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=10000)
    assert dialog.outcome.text() == "The export was cancelled; nothing was saved."

    def failing(*_args: object, **_kwargs: object) -> None:
        raise KitemarkError("1 evidence file is missing from the data folder ('Our policy'); add it again and export.")

    monkeypatch.setattr("kitemark_app.services.office_export.write_report", failing)
    dialog.export_to("docx", tmp_path / "report.docx")
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() and bool(dialog.outcome.text()), timeout=10000)
    assert dialog.outcome.text() == (
        "1 evidence file is missing from the data folder ('Our policy'); add it again and export."
    )
    assert not (tmp_path / "report.docx").exists()
