"""Assessor mode through the real windows: banners for a valid, an unregistered and a tampered pack; verdicts
recorded and a signed review exported; the VCO imports it and sees the verdicts and the new action items.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from kitemark_app.review.model import Decision, Verdict
from kitemark_app.services import assessor
from kitemark_app.services.actions import list_actions
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack
from kitemark_app.ui.assessor import outcome as outcome_page
from kitemark_app.ui.assessor.window import AssessorWindow
from kitemark_app.verify.trust import display_fingerprint

# Slow, test by test: the quick tier (-m "not slow") keeps one essential check,
# test_banners_differ_for_unregistered_valid_and_tampered.
PASSPHRASE = "ui test assessor passphrase"


@dataclass(frozen=True)
class Packs:
    vco: Path
    pack: Path
    tampered: Path


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Packs:
    base = tmp_path_factory.mktemp("assessor-ui")
    create_demo(base / "vco")
    pack = export_pack(base / "vco", base / "pack.pdf", DEMO_PASSPHRASE).pack
    data = bytearray(pack.read_bytes())
    data[len(data) // 3] ^= 0x01
    (base / "tampered.pdf").write_bytes(bytes(data))
    return Packs(base / "vco", pack, base / "tampered.pdf")


def _open(qtbot, window: AssessorWindow, path: Path) -> None:
    with qtbot.waitSignal(window.pack_opened, timeout=30_000):
        window.open_pack(path)


def _window(qtbot, folder: Path) -> AssessorWindow:
    window = AssessorWindow(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_banners_differ_for_unregistered_valid_and_tampered(qtbot, message_boxes, packs: Packs, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "assessor")
    _open(qtbot, window, packs.pack)
    assert window.banner.kind == "unregistered"
    assert window.banner.register_button.isVisible()
    fingerprint = window.opened.verdict.signer_fingerprint
    assert fingerprint[:4] in window.banner.text.text()  # shown, grouped, for comparing
    with qtbot.waitSignal(window.pack_opened, timeout=30_000):  # registering re-checks the pack
        window.banner.register_button.click()
    assert message_boxes.texts("question") and "match" in message_boxes.texts("question")[0]
    assert window.banner.kind == "valid"
    assert "Valid" in window.banner.title.text()
    assert window.criteria.count() == len(window.opened.criteria) > 0

    _open(qtbot, window, packs.tampered)
    assert window.banner.kind == "rejected"
    assert "Rejected" in window.banner.title.text() and "Reason:" in window.banner.text.text()
    assert not window.tabs.isTabEnabled(0) and window.tabs.currentWidget() is window.details
    assert not window.export_action.isEnabled()

    mime = QMimeData()  # dropping a pack on the window opens it too
    mime.setUrls([QUrl.fromLocalFile(str(packs.pack))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.pack_opened, timeout=30_000):
        window.dropEvent(drop)
    assert window.banner.kind == "valid"


@pytest.mark.slow
def test_a_different_root_for_a_registered_organisation_is_a_loud_warning(
    qtbot, message_boxes, packs: Packs, tmp_path: Path
) -> None:
    desk = tmp_path / "assessor"
    assessor.register_organisation(desk, "Riverside Community Food Network", "ab" * 32)
    window = _window(qtbot, desk)
    _open(qtbot, window, packs.pack)
    assert window.banner.kind == "mismatch"
    assert "different key" in window.banner.title.text()
    assert not window.banner.register_button.isVisible() and window.banner.replace_button.isVisible()


@pytest.mark.slow
def test_record_verdicts_export_and_import_on_the_vco_side(
    qtbot, message_boxes, packs: Packs, tmp_path: Path, open_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = tmp_path / "assessor"
    # Today pinned to 1 December 2026, so the default expiry is a date written out: three years on.
    monkeypatch.setattr(outcome_page, "default_valid_until", lambda: assessor.default_valid_until(date(2026, 12, 1)))
    opened = assessor.open_received_pack(desk, packs.pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    assessor.create_assessor_key(desk, "Jo Assessor", "Borough Council", PASSPHRASE)
    window = _window(qtbot, desk)
    _open(qtbot, window, packs.pack)
    assert window.banner.kind == "valid"
    deadline = date.today() + timedelta(days=60)
    for row in range(window.criteria.count()):
        window.criteria.setCurrentRow(row)
        window.panel.buttons[Verdict.MET].setChecked(True)
    window.criteria.setCurrentRow(0)
    first = window.opened.criteria[0].criterion
    window.panel.buttons[Verdict.MET_WITH_CONDITIONS].setChecked(True)
    assert window.panel.condition.isVisible() and window.panel.deadline.isVisible()
    qtbot.keyClicks(window.panel.condition, "Adopt the amended constitution")
    window.panel.deadline.setDate(QDate(deadline))
    qtbot.keyClicks(window.panel.comment, "Nearly there.")
    window.criteria.setCurrentRow(1)
    second = window.opened.criteria[1].criterion
    window.panel.buttons[Verdict.NOT_MET].setChecked(True)
    window.panel.deadline.setDate(QDate(deadline))
    qtbot.keyClicks(window.panel.comment, "No minute shows it.")
    assert window.criteria.item(0).text().startswith("◐")

    window.tabs.setCurrentWidget(window.outcome)
    window.outcome.award.setChecked(True)
    assert window.outcome.valid_until.date().toPython() == date(2029, 12, 1)
    qtbot.keyClicks(window.outcome.summary, "A well-run organisation.")
    window.save_now()
    stored = assessor.load_review(desk, window.opened.received_pack_id)
    assert stored.outcome.decision == Decision.AWARDED and stored.verdicts[first].condition

    out = tmp_path / "review.pdf"
    monkeypatch.setattr(window, "choose_review_path", lambda _default: out)
    monkeypatch.setattr(window, "ask_passphrase", lambda: PASSPHRASE)
    with qtbot.waitSignal(window.review_exported, timeout=30_000) as exported:
        window.export_action.trigger()
    assert out.is_file()
    council = exported.args[0].signer_fingerprint

    vco = tmp_path / "vco"
    shutil.copytree(packs.vco, vco)
    controller = open_app(vco)
    main = controller.main_window
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(out), ""))
    main.import_review_action.trigger()
    qtbot.waitUntil(lambda: any(title == "Review imported" for _k, title, _t in message_boxes.shown), timeout=30_000)
    asked = [text for _k, title, text in message_boxes.shown if title == "Confirm the council's key"]
    assert len(asked) == 1 and "not confirmed yet" in asked[0]  # the first review too is believed only after a yes
    assert display_fingerprint(council) in asked[0]
    new_actions = [a for a in list_actions(main.workspace) if "assessor" in a.description.lower()]
    assert {a.criterion_id for a in new_actions} == {first, second}
    assert all(a.due_date == deadline for a in new_actions)
    main.navigate(f"criterion:{first}")
    box = main.criterion_page.feedback_box
    assert box.isVisible()
    assert "Met with conditions" in box.text.text() and "Adopt the amended constitution" in box.text.text()
    main.navigate("overview")
    QApplication.processEvents()
    assert main.overview.review_box.isVisible()
    assert "Kitemark awarded" in main.overview.review_box.text.text()
    # the navigation shows the assessor's verdict beside the organisation's own status, flagged where it asks
    model = main.navigation.nav_model
    conditional = model.itemFromIndex(model.index_of(f"criterion:{first}"))
    not_met = model.itemFromIndex(model.index_of(f"criterion:{second}"))
    assert conditional.text().endswith("⚑ assessor: with conditions") and not_met.text().endswith("⚑ assessor: not met")
    assert "assessor: Met with conditions" in conditional.toolTip()
    third = model.itemFromIndex(model.index_of(f"criterion:{window.opened.criteria[2].criterion}"))
    assert "⚑" not in third.text() and "assessor: Met" in third.toolTip()
