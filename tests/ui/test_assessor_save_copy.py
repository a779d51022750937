"""The assessor's viewer never shows a received file of another type inside the app, and saves a copy of it only
after asking (ui/assessor/evidence_viewer.py): "No" saves nothing and asks for no file name; "Yes" saves exactly
the attachment's bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kitemark_app.ui.assessor.evidence_viewer import EvidenceViewer
from kitemark_app.verify import verify_pack
from tests import packs

OTHER = "E002-accounts.bin"  # application/octet-stream in the test pack: neither PDF nor image


@pytest.fixture
def viewer(qtbot, tmp_path: Path) -> EvidenceViewer:
    verdict = verify_pack(packs.build_pack(tmp_path / "pack.pdf"), {packs.default_keys().fingerprint})
    assert verdict.verdict == "valid", verdict.reasons
    widget = EvidenceViewer()
    qtbot.addWidget(widget)
    widget.set_pack(verdict)
    widget.show_attachment(OTHER)
    assert widget.stack.currentWidget() is widget.other  # not shown inside Kitemark
    return widget


def test_no_to_the_confirmation_saves_nothing(
    qtbot, message_boxes, viewer: EvidenceViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked_for_a_name: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked_for_a_name.append(a) or ("", ""))
    )
    message_boxes.answer = QMessageBox.StandardButton.No
    viewer.save_button.click()
    (question,) = message_boxes.texts("question")
    assert f"Save a copy of '{OTHER}' outside Kitemark?" in question
    assert asked_for_a_name == []
    assert list(tmp_path.glob("saved*")) == []


def test_yes_to_the_confirmation_saves_the_exact_bytes(
    qtbot, message_boxes, viewer: EvidenceViewer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saved-accounts.bin"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    message_boxes.answer = QMessageBox.StandardButton.Yes
    viewer.save_button.click()
    assert len(message_boxes.texts("question")) == 1
    expected = next(f.data for f in packs.default_files() if f.name == OTHER)
    qtbot.waitUntil(lambda: target.is_file() and target.read_bytes() == expected, timeout=10_000)
