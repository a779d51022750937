"""Where the app suggests saving and opening files: the user's Documents folder (wherever the system keeps it,
e.g. a Windows Documents folder moved to OneDrive), else the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def in_documents(name: str) -> str:
    """A suggested file name inside the Documents folder, as the file dialogs take it."""
    return str(documents_folder() / name)
