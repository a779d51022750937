"""The assessor's speed (ui/assessor/speed.py): one key per verdict, a filter, next and previous, the remaining
answered criteria marked met after a confirmation that says how many, the outcome check shown and asked at export,
a wrong passphrase asked again, and a new key carrying on into the export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kitemark_app.review.model import Verdict
from kitemark_app.services import assessor
from tests.ui.test_assessor import PASSPHRASE, Packs, _open, _window, packs  # noqa: F401  (the module's fixture)


def _registered(qtbot, packs: Packs, folder: Path, with_key: bool = True):  # noqa: F811
    opened = assessor.open_received_pack(folder, packs.pack)
    assessor.register_organisation(folder, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    if with_key:
        assessor.create_assessor_key(folder, "Jo Assessor", "Borough Council", PASSPHRASE)
    window = _window(qtbot, folder)
    _open(qtbot, window, packs.pack)
    assert window.banner.kind == "valid"
    return window


def _verdict(window, row: int) -> str:
    criterion = str(window.criteria.item(row).data(Qt.ItemDataRole.UserRole))
    entry = window.opened.draft.verdicts.get(criterion)
    return entry.verdict if entry else ""


def test_keys_filter_next_and_the_remaining_ones_marked_met(qtbot, message_boxes, packs: Packs, tmp_path: Path) -> None:  # noqa: F811
    window = _registered(qtbot, packs, tmp_path / "assessor", with_key=False)
    texts = [window.panel.buttons[v].text() for v in Verdict]
    assert [t[:2] for t in texts] == ["&1", "&2", "&3", "&4"]  # Alt+1..4, no clash with Co&mment
    window.criteria.setCurrentRow(0)
    window.panel.buttons[Verdict.NOT_MET].setChecked(True)
    window.step_criterion(1)  # F8
    assert window.criteria.currentRow() == 1
    window.step_criterion(-1)  # Shift+F8
    assert window.criteria.currentRow() == 0
    assert window.next_action.shortcut().toString() == "F8"

    window.filter.setCurrentIndex(window.filter.findData("no-verdict"))
    assert window.criteria.item(0).isHidden() and not window.criteria.item(1).isHidden()
    assert window.criteria.currentRow() == 1  # moved off the hidden one
    window.filter.setCurrentIndex(window.filter.findData("all"))

    criteria = window.opened.criteria
    expected = [c.criterion for c in criteria[1:] if c.status in ("met", "not-applicable")]  # row 0 has a verdict
    left = [c.criterion for c in criteria if c.status in ("partly-met", "not-met", "not-started")]
    assert expected and left  # the demo has both kinds
    message_boxes.answer = QMessageBox.StandardButton.No
    window.mark_remaining_met()
    assert f"Mark {len(expected)} criterion(s) as Met?" in message_boxes.texts("question")[-1]
    assert all(not _verdict(window, row) for row in range(1, window.criteria.count()))  # No: nothing changed
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.mark_remaining_met()
    verdicts = {c: e.verdict for c, e in assessor.load_review(window.data_dir, window.opened.received_pack_id).verdicts.items()}
    assert {c for c, v in verdicts.items() if v == "met"} == set(expected)  # stored, and only those
    assert all(not verdicts.get(c) for c in left if c != criteria[0].criterion)
    assert verdicts[criteria[0].criterion] == "not-met"  # a verdict already given is kept


def test_the_outcome_check_is_shown_and_asked_at_export(qtbot, message_boxes, packs: Packs, tmp_path: Path) -> None:  # noqa: F811
    window = _registered(qtbot, packs, tmp_path / "assessor")
    mandatory = next(row for row, c in enumerate(window.opened.criteria) if c.mandatory)
    for row in range(window.criteria.count()):
        window.criteria.setCurrentRow(row)
        window.panel.buttons[Verdict.NOT_MET if row == mandatory else Verdict.MET].setChecked(True)
    window.tabs.setCurrentWidget(window.outcome)
    window.outcome.award.setChecked(True)
    assert window.outcome.warnings.isVisibleTo(window)
    assert "1 mandatory criterion is not met" in window.outcome.warnings.text()
    window.tabs.setCurrentIndex(0)
    message_boxes.answer = QMessageBox.StandardButton.No
    window.export_review()
    assert "does not match your verdicts" in message_boxes.texts("warning")[-1]
    assert window.tabs.currentWidget() is window.outcome  # back to the outcome, nothing signed
    window.outcome.resubmit.setChecked(True)
    assert not window.outcome.warnings.isVisibleTo(window)


def test_a_wrong_passphrase_asks_again_and_signs_with_the_right_one(
    qtbot, message_boxes, packs: Packs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    window = _registered(qtbot, packs, tmp_path / "assessor")
    for row in range(window.criteria.count()):
        window.criteria.setCurrentRow(row)
        window.panel.buttons[Verdict.MET].setChecked(True)
    window.outcome.award.setChecked(True)
    out = tmp_path / "review.pdf"
    monkeypatch.setattr(window, "choose_review_path", lambda _name: out)
    asked: list[str] = []
    answers = iter(["not my passphrase", PASSPHRASE])

    def ask(problem: str = "") -> str:
        asked.append(problem)
        return next(answers)

    monkeypatch.setattr(window, "ask_passphrase", ask)
    with qtbot.waitSignal(window.review_exported, timeout=60_000):
        window.export_review()
    assert asked[0] == "" and "does not open your signing key" in asked[1]
    assert out.is_file()


def test_a_key_made_for_the_export_carries_on_into_it(
    qtbot, message_boxes, packs: Packs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QDialog

    from kitemark_app.ui.assessor.key_dialogs import CreateKeyDialog

    window = _registered(qtbot, packs, tmp_path / "assessor", with_key=False)
    for row in range(window.criteria.count()):
        window.criteria.setCurrentRow(row)
        window.panel.buttons[Verdict.MET].setChecked(True)
    window.outcome.award.setChecked(True)

    def filled(self: CreateKeyDialog) -> QDialog.DialogCode:
        self.name.setText("Jo Assessor")
        self.passphrase.setText(PASSPHRASE)
        self.repeat.setText(PASSPHRASE)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CreateKeyDialog, "exec", filled)
    out = tmp_path / "review.pdf"
    monkeypatch.setattr(window, "choose_review_path", lambda _name: out)
    monkeypatch.setattr(window, "ask_passphrase", lambda problem="": PASSPHRASE)
    with qtbot.waitSignal(window.review_exported, timeout=60_000):
        window.export_review()  # no key yet: it is made, then the export goes on without being asked again
    assert out.is_file() and assessor.assessor_identity(window.data_dir).has_key


def test_a_key_change_vouched_for_by_the_registered_key_is_accepted_in_one_step(
    qtbot, message_boxes, packs: Packs, tmp_path: Path  # noqa: F811
) -> None:
    import shutil

    from kitemark_app.services import signing_key
    from kitemark_app.services.demo import DEMO_PASSPHRASE
    from kitemark_app.services.export import export_pack

    desk = tmp_path / "assessor"
    opened = assessor.open_received_pack(desk, packs.pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    vco = tmp_path / "vco"
    shutil.copytree(packs.vco, vco)
    signing_key.renew_key(vco, DEMO_PASSPHRASE, "the new treasurer's passphrase")
    renewed = export_pack(vco, tmp_path / "renewed.pdf", "the new treasurer's passphrase").pack
    window = _window(qtbot, desk)
    _open(qtbot, window, renewed)
    assert window.banner.kind == "key-change"
    assert "vouches for it" in window.banner.title.text()
    assert window.banner.replace_button.isVisible() and "Accept the new" in window.banner.replace_button.text()
    with qtbot.waitSignal(window.pack_opened, timeout=30_000):
        window.banner.replace_button.click()
    assert "signed a statement handing over" in message_boxes.texts("question")[-1]
    assert window.banner.kind == "valid"
