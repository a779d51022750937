"""A resubmission in the assessor window: each criterion says what changed since the previous pack the organisation
named, and the verdict given then; a criterion nobody touched says so; a first pack shows nothing of the kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kitemark_app.services import assessor
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.assessor.window import AssessorWindow

NEW_TEXT = "Adopted at the AGM on 12 March 2026; minute 4 records the vote."


@pytest.fixture(scope="module")
def resubmission(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("resubmission")
    vco, desk = base / "vco", base / "desk"
    create_demo(vco)
    first = export_pack(vco, base / "first.pdf", DEMO_PASSPHRASE).pack
    opened = assessor.open_received_pack(desk, first)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    opened = assessor.open_received_pack(desk, first)
    criteria = [c.criterion for c in opened.criteria]
    opened.draft.verdicts[criteria[0]] = VerdictEntry("more-information", comment="Which minute records it?")
    opened.draft.outcome = OutcomeEntry("resubmit", "", None, assessor.default_valid_until(), "")
    assessor.save_review(desk, opened.received_pack_id, opened.draft)
    with Workspace.open(vco) as workspace:
        workspace.save_answer(criteria[0], narrative=NEW_TEXT)
    second = export_pack(vco, base / "second.pdf", DEMO_PASSPHRASE).pack
    return {"desk": desk, "first": first, "second": second, "changed": criteria[0], "same": criteria[3]}


def _window(qtbot, folder: Path, pack: Path) -> AssessorWindow:
    window = AssessorWindow(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.pack_opened, timeout=30_000):
        window.open_pack(pack)
    return window


def _select(window: AssessorWindow, criterion: str) -> None:
    for row in range(window.criteria.count()):
        item = window.criteria.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == criterion:
            window.criteria.setCurrentItem(item)
            return
    raise AssertionError(f"{criterion} is not in the list")


def test_each_criterion_says_what_changed_and_the_verdict_then(qtbot, resubmission: dict[str, object]) -> None:
    window = _window(qtbot, resubmission["desk"], resubmission["second"])  # type: ignore[arg-type]
    _select(window, str(resubmission["changed"]))
    since = window.panel.since
    assert since.isVisible()
    text = since.text()
    assert "Since their previous pack (first.pdf" in text and "answer rewritten" in text
    assert f"+{NEW_TEXT}" in text
    assert "Your verdict then: More information needed — Which minute records it?" in text
    _select(window, str(resubmission["same"]))
    assert since.isVisible() and since.text().startswith("Unchanged since their previous pack (first.pdf")


def test_a_first_pack_shows_no_comparison(qtbot, resubmission: dict[str, object], tmp_path: Path) -> None:
    window = _window(qtbot, resubmission["desk"], resubmission["first"])  # type: ignore[arg-type]
    _select(window, str(resubmission["changed"]))
    assert not window.panel.since.isVisible()
