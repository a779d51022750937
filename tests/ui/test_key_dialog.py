"""File → Signing key (ui/key_dialog.py): a wrong passphrase asks again with one sentence, a new one takes effect,
starting again asks first and then shows where the old key is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kitemark_app.pack import keys
from kitemark_app.services.demo import create_demo
from kitemark_app.services.export import ensure_signing_key, key_status
from kitemark_app.ui.key_dialog import KeyDialog, SecretsDialog

OLD = "old passphrase for tests only"
NEW = "new passphrase for tests only"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    create_demo(folder)
    ensure_signing_key(folder, OLD)
    return folder


def test_a_wrong_passphrase_asks_again_and_the_right_one_changes_it(
    qtbot: QtBot, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = KeyDialog(root)
    qtbot.addWidget(dialog)
    fingerprint = key_status(root).root_fingerprint
    assert keys.grouped_fingerprint(fingerprint) in dialog.fingerprint.text()
    attempts = iter([("not the passphrase", NEW), (OLD, NEW)])
    problems_seen: list[str] = []

    def answer(self: SecretsDialog) -> QDialog.DialogCode:
        if self.problem.isVisibleTo(self):
            problems_seen.append(self.problem.text())
        current, new = next(attempts)
        self.again.clear()  # the second time round the fields still hold the first try
        self.current.setText(current)
        self.new.setText(new)
        assert not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()  # not twice yet
        self.again.setText(new)
        assert self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SecretsDialog, "exec", answer)
    dialog.change_button.click()
    assert problems_seen == [keys.WrongPassphraseError().args[0]]
    assert "The passphrase is changed" in dialog.note.text()
    assert keys.load_signing_key(root / "keys", NEW).root_fingerprint == fingerprint


def test_a_short_new_passphrase_cannot_be_confirmed(qtbot: QtBot) -> None:
    asked = SecretsDialog("Change passphrase", "")
    qtbot.addWidget(asked)
    asked.current.setText(OLD)
    short = "x" * (keys.MIN_PASSPHRASE_CHARS - 1)
    asked.new.setText(short)
    asked.again.setText(short)
    assert not asked.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert asked.advice.isVisibleTo(asked)
    long_enough = "x" * keys.MIN_PASSPHRASE_CHARS
    asked.new.setText(long_enough)
    asked.again.setText(long_enough)
    assert asked.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_starting_again_asks_first_then_says_where_the_old_key_is(
    qtbot: QtBot, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = KeyDialog(root)
    qtbot.addWidget(dialog)
    replies = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: next(replies))
    dialog.start_again_button.click()
    assert key_status(root).exists  # cancelled: nothing happened
    dialog.start_again_button.click()
    assert not key_status(root).exists
    retired = root / "keys" / keys.RETIRED_DIR
    (kept,) = retired.iterdir()
    assert str(kept) in dialog.note.text() and (kept / keys.SIGNING_FILE).is_file()
    assert "first export creates one" in dialog.fingerprint.text()
    assert not dialog.change_button.isEnabled() and dialog.use_file_button.isEnabled()


def test_a_new_key_vouched_for_by_the_old_one(qtbot, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = KeyDialog(root)
    qtbot.addWidget(dialog)
    old = key_status(root).root_fingerprint

    def answer(self: SecretsDialog) -> QDialog.DialogCode:
        self.current.setText(OLD)
        self.new.setText(NEW)
        self.again.setText(NEW)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SecretsDialog, "exec", answer)
    dialog.renew_button.click()
    new = key_status(root).root_fingerprint
    assert new and new != old and keys.grouped_fingerprint(new) in dialog.note.text()
    assert (root / "keys" / "key-change.json").is_file()
    assert keys.grouped_fingerprint(new) in dialog.fingerprint.text()
