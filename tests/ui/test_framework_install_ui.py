"""File → Install the council's framework…: the first time, the council key is shown grouped and asked about; a
"no" installs nothing; a "yes" installs it. File → What changed since my last pack… lists the changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kitemark_app.pack.keys import grouped_fingerprint
from kitemark_app.paths import resource
from kitemark_app.services import framework_files
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui import changes_dialog, framework_install
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.main_window import MainWindow
from kitemark_app.ui.tasks import Task
from tests.ui.mnemonics import clashes

COUNCIL_PASSPHRASE = "test council passphrase (not secret)"


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> framework_files.PublishResult:
    base = tmp_path_factory.mktemp("council")
    source = base / "framework.yaml"
    source.write_text(resource("frameworks", "borough-vco-kitemark.yaml").read_text(encoding="utf-8"))
    return framework_files.publish_framework(base / "council", source, base / "framework.pdf", COUNCIL_PASSPHRASE)


@pytest.fixture
def window(qtbot, tmp_path: Path, settings, message_boxes) -> Iterator[MainWindow]:
    create_demo(tmp_path / "vco")
    with Workspace.open(tmp_path / "vco") as workspace:
        shown = MainWindow(workspace, AppEvents(), settings)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown
        shown.close()


def _installed(window: MainWindow) -> tuple[str, str] | None:
    return framework_files.installed_framework(window.workspace)


def test_the_council_key_is_asked_about_and_a_no_installs_nothing(
    qtbot, window: MainWindow, message_boxes, published: framework_files.PublishResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert clashes(window) == {}
    monkeypatch.setattr(framework_install, "choose_framework", lambda _parent: published.path)
    message_boxes.answer = QMessageBox.StandardButton.No
    window.install_framework_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=30_000)
    ((kind, title, text),) = message_boxes.shown
    assert (kind, title) == ("warning", "Confirm the council's key")
    assert grouped_fingerprint(published.council_fingerprint) in text
    qtbot.waitUntil(lambda: not Task._running, timeout=10_000)  # a "no" starts no second task
    assert len(message_boxes.shown) == 1 and _installed(window) is None

    message_boxes.shown.clear()
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.install_framework_action.trigger()
    qtbot.waitUntil(lambda: len(message_boxes.shown) == 2, timeout=30_000)
    kind, title, text = message_boxes.shown[1]
    assert (kind, title) == ("information", "Framework installed")
    assert "Installed Riverside Voluntary Sector Kitemark, version 2026.1." in text
    assert _installed(window) == (published_source(), published.council_fingerprint)


def published_source() -> str:
    return resource("frameworks", "borough-vco-kitemark.yaml").read_text(encoding="utf-8")


def test_what_changed_since_the_last_pack(
    qtbot, window: MainWindow, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.changes_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=30_000)
    assert "not sent a pack yet" in message_boxes.shown[0][2]

    export_pack(window.workspace.layout.root, tmp_path / "sent.pdf", DEMO_PASSPHRASE)
    with window.workspace.session() as session:
        first = window.workspace.applicable(session)[0].id
    window.workspace.save_answer(first, narrative="A new paragraph written after the pack was sent.")
    shown: list[changes_dialog.ChangesDialog] = []
    monkeypatch.setattr(changes_dialog.ChangesDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.changes_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    items = [shown[0].changes.item(i).text() for i in range(shown[0].changes.count())]
    assert items == [f"{first}: answer rewritten."]
