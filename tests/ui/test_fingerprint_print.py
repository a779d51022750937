"""Print… puts the root fingerprint on paper, grouped as the screen shows it: after an export (with the pack's name
and SHA-256) and in File → Signing key. The print dialog is answered as a person choosing "Print to file (PDF)"
would; the PDF's text is read back with poppler's pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.services.demo import create_demo
from kitemark_app.services.export import ExportResult, ensure_signing_key, key_status
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.key_dialog import KeyDialog
from kitemark_app.ui.submission_dialog import DONE, SubmissionDialog

FINGERPRINT = "a7a15ad666885be19e7cc00c4212fb7f076b7d38d150965f28d1059bdc1d9186"
SHA256 = "bd0d5ad3d006caa615c01d0cb86ab1d23160bb675c91b72d509f93d721028dbd"


class PrintDialogAnswers:
    """Stands in for the person at the print dialog: prints to ``pdf``, or cancels."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pdf: Path, accept: bool = True) -> None:
        self.pdf, self.accept, self.asked = pdf, accept, 0
        monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: self.answer(dialog))

    def answer(self, dialog: QPrintDialog) -> QDialog.DialogCode:
        self.asked += 1
        if not self.accept:
            return QDialog.DialogCode.Rejected
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.pdf))
        return QDialog.DialogCode.Accepted


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())  # the groups are printed four to a line


@pytest.fixture
def workspace(data_dir: Path):
    create_demo(data_dir)
    with Workspace.open(data_dir) as opened:
        yield opened


def test_the_done_page_prints_the_grouped_fingerprint_and_the_pack(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    pack = tmp_path / "Riverside Kitemark submission.pdf"
    pack.write_bytes(b"%PDF-1.7 a stand-in for the signed pack")
    dialog = SubmissionDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._exported(ExportResult(pack, SHA256, pack.stat().st_size, 19, FINGERPRINT))
    assert dialog.pages.currentIndex() == DONE and dialog.print_button.isVisibleTo(dialog)
    answers = PrintDialogAnswers(monkeypatch, tmp_path / "printed.pdf")
    dialog.print_button.click()
    text = pdf_text(answers.pdf)
    assert grouped_fingerprint(FINGERPRINT) in text
    assert "a7a1 5ad6 6688 5be1" in text  # grouped as on screen, not one long run of digits
    assert pack.name in text and SHA256 in text
    assert workspace.organisation_details().name in text
    assert "Printed" in dialog.copied_note.text()


def test_the_key_dialog_prints_the_fingerprint_and_a_cancel_prints_nothing(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    root = workspace.layout.root
    ensure_signing_key(root, "a passphrase only for this test")
    dialog = KeyDialog(root, organisation="Riverside Community Food Network")
    qtbot.addWidget(dialog)
    dialog.show()
    cancelled = PrintDialogAnswers(monkeypatch, tmp_path / "never.pdf", accept=False)
    dialog.print_button.click()
    assert cancelled.asked == 1 and not cancelled.pdf.exists() and dialog.note.text() == ""
    answers = PrintDialogAnswers(monkeypatch, tmp_path / "key.pdf")
    dialog.print_button.click()
    text = pdf_text(answers.pdf)
    assert grouped_fingerprint(key_status(root).root_fingerprint) in text
    assert "Riverside Community Food Network" in text
    assert dialog.note.text() == "The fingerprint is printed."


def test_without_a_key_there_is_nothing_to_print(qtbot, data_dir: Path) -> None:
    dialog = KeyDialog(data_dir)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
