"""Opening a linked document on a computer with no program for it says so, and where the copy is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices

from tests.ui.test_criterion_page import add_file, window  # noqa: F401  (the page's fixture)


def test_no_viewer_is_said_with_where_the_copy_is(qtbot, window, tmp_path: Path, monkeypatch, message_boxes) -> None:  # noqa: F811
    add_file(window, tmp_path, "minutes.odt", b"PK minutes")
    page = window.criterion_page
    page.reload()
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))  # no program for the file
    page.evidence_box.list.setCurrentRow(0)
    page.evidence_box.open_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=10_000)
    [(kind, title, text)] = message_boxes.shown
    assert (kind, title) == ("information", "No program to open it")
    assert "minutes.odt" in text and "read-only copy is at" in text
