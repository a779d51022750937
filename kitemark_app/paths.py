"""Where Kitemark keeps things: one place that knows the data folder and the bundled resources."""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from kitemark_app.errors import KitemarkError

DATA_DIR_ENV = "KITEMARK_DATA_DIR"
DATABASE_NAME = "kitemark.sqlite3"
DEFAULT_FRAMEWORK = "borough-vco-kitemark.yaml"


def default_data_dir() -> Path:
    """The user's data folder, e.g. %LOCALAPPDATA%\\Kitemark on Windows."""
    return Path(platformdirs.user_data_dir("Kitemark", appauthor=False, roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder in force: ``--data-dir``, then ``KITEMARK_DATA_DIR``, then the platform default."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def usable_data_dir(root: Path) -> Path:
    """``root``, unless something other than a folder is already there (a KitemarkError saying so)."""
    if root.exists() and not root.is_dir():
        raise KitemarkError(
            f"The data folder '{root}' is a file, not a folder, so Kitemark cannot keep its data there; "
            "choose a folder with --data-dir."
        )
    return root


def demo_data_dir() -> Path:
    """A separate folder for the demo so it never mixes with real data."""
    return Path(platformdirs.user_data_dir("Kitemark-demo", appauthor=False, roaming=False))


class DataLayout:
    """The files inside one data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def is_empty(self) -> bool:
        return not self.root.exists() or not any(self.root.iterdir())


def resource(*parts: str) -> Traversable:
    """A bundled resource, found the same way installed, editable or frozen."""
    node = resources.files("kitemark_app.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def default_framework_text() -> str:
    return resource("frameworks", DEFAULT_FRAMEWORK).read_text(encoding="utf-8")


def bundled_framework_texts() -> dict[str, str]:
    """Every framework shipped with the app, file name -> text: the borough Kitemark first, then the others
    (a funder's due-diligence checklist, a governance self-check) in name order."""
    folder = resource("frameworks")
    names = sorted(node.name for node in folder.iterdir() if node.name.endswith(".yaml"))
    names.sort(key=lambda name: name != DEFAULT_FRAMEWORK)
    return {name: folder.joinpath(name).read_text(encoding="utf-8") for name in names}
