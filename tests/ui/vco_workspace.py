"""A small VCO workspace on the bundled framework, for the evidence library, action plan and dashboard tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from kitemark_app.paths import default_framework_text
from kitemark_app.services.workspace import Workspace
from tests.profiles import ORGANISATION

DETAILS = ORGANISATION


@contextmanager
def vco_workspace(root: Path, level: str = "Foundation") -> Iterator[Workspace]:
    with Workspace.open(root) as workspace:
        workspace.create_organisation(DETAILS)
        workspace.start_cycle(default_framework_text(), level)
        yield workspace


def write_file(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def first_criteria(workspace: Workspace, count: int) -> list[str]:
    with workspace.session() as session:
        return [item.id for item in workspace.applicable(session)][:count]


TODAY = date.today()
