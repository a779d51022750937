"""Files are suggested in the Documents folder the system reports (not a guessed ~/Documents), else home."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from kitemark_app.ui import folders


def test_the_system_documents_folder_is_used_when_it_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "OneDrive" / "Documents"  # e.g. a Windows Documents folder moved to OneDrive
    documents.mkdir(parents=True)
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _where: str(documents)))
    assert folders.documents_folder() == documents
    assert folders.in_documents("pack.pdf") == str(documents / "pack.pdf")


@pytest.mark.parametrize("reported", ["", "does-not-exist"])
def test_home_when_there_is_no_documents_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reported: str) -> None:
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _where: reported and str(tmp_path / reported))
    )
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    assert folders.documents_folder() == tmp_path
