"""The assessor opens a pack encrypted for the council: asked for the council's key when it has none (the key's
dialog, its file remembered, never its passphrase), then the pack opens as any other; another key is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kitemark_app.services import council_decryption
from kitemark_app.ui.assessor.decryption_dialog import DecryptionKeyDialog
from kitemark_app.ui.assessor.window import AssessorWindow
from kitemark_app.verify.encryption import NEEDS_KEY, WRONG_KEY
from tests import packs
from tests.council_keys import PASSPHRASE, council_key, other_council_key


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory, encrypted=True)


def _window(qtbot: QtBot, folder: Path) -> AssessorWindow:
    window = AssessorWindow(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_dialog_opens_the_key_and_remembers_only_its_file(qtbot: QtBot, tmp_path: Path) -> None:
    p12 = council_key().write_pkcs12(tmp_path / "council.p12")
    dialog = DecryptionKeyDialog(tmp_path / "assessor")
    qtbot.addWidget(dialog)
    dialog.use_key()
    assert dialog.problem.text() == "Choose the key file first." and dialog.key is None
    dialog.path.setText(str(p12))
    dialog.passphrase.setText("wrong")
    dialog.use_key()
    assert "could not be opened: wrong passphrase?" in dialog.problem.text() and dialog.key is None
    assert council_decryption.saved_key_file(tmp_path / "assessor") is None
    dialog.passphrase.setText(PASSPHRASE)
    dialog.use_key()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.key == council_key().decryption_key()
    assert council_decryption.saved_key_file(tmp_path / "assessor") == p12
    again = DecryptionKeyDialog(tmp_path / "assessor", problem=NEEDS_KEY)
    qtbot.addWidget(again)
    assert again.path.text() == str(p12) and again.passphrase.text() == ""
    assert again.problem.text() == NEEDS_KEY


def test_without_the_key_the_window_asks_for_it_then_opens_the_pack(
    qtbot: QtBot, message_boxes: object, encrypted: packs.DemoPack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, tmp_path / "assessor")
    asked: list[str] = []
    chosen = [council_key()]

    def choose(self: DecryptionKeyDialog) -> int:
        asked.append(self.problem.text())
        self.key = chosen[0].decryption_key()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DecryptionKeyDialog, "exec", choose)
    with qtbot.waitSignal(window.pack_opened, timeout=60_000) as opened:
        window.open_pack(encrypted.path)
    assert asked == ["This pack is encrypted for the council: choose the council's decryption key to open it."]
    verdict = opened.args[0].verdict
    assert verdict.intact and verdict.encrypted
    assert window.details.checks.item(0).text().startswith("✔ Encrypted for the council (AES-256")
    assert window.decryption == council_key().decryption_key()

    window.decryption = other_council_key().decryption_key()
    chosen[0] = other_council_key()
    monkeypatch.setattr(DecryptionKeyDialog, "exec", lambda self: (asked.append(self.problem.text()), 0)[1])
    with qtbot.waitSignal(window.open_failed, timeout=60_000) as failed:
        window.open_pack(encrypted.path)
    assert failed.args[0] == WRONG_KEY and asked[-1].startswith(
        "This pack is encrypted for another key, not for the one"
    )
    assert window.opened is None
