"""Tell us once, in the window: the Overview lists each framework and switches between them; a criterion's page
offers the answer given to the same question in another framework, used or adapted only when chosen, and the
page it came from says where else it is used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from kitemark_app.core.status import ResponseStatus
from kitemark_app.paths import bundled_framework_texts
from kitemark_app.services import evidence_ops
from kitemark_app.services.answers import criterion_answer
from kitemark_app.services.frameworks_in_use import start_framework

KITEMARK, FUNDER = "borough-vco-kitemark", "funder-due-diligence"
TWO_SIGNATURES = "Every payment is approved online by two of our four signatories, none related to another."


@pytest.fixture
def window(open_app, started_folder: Path, tmp_path: Path):
    """The Kitemark begun with FIN-04 answered (words and a file); the fund's checks begun beside it."""
    controller = open_app(started_folder)
    window = controller.main_window
    workspace = window.workspace
    workspace.save_answer("FIN-04", status=ResponseStatus.MET, narrative=TWO_SIGNATURES)
    mandate = tmp_path / "bank-mandate.pdf"
    mandate.write_bytes(b"%PDF-1.4 a bank mandate")
    evidence_ops.add_evidence(workspace, mandate, title="Bank mandate", criteria=["FIN-04"])
    start_framework(workspace, bundled_framework_texts()["funder-due-diligence.yaml"], "Standard checks")
    window._reload_data()
    return window


def _buttons(widget, text: str) -> list[QPushButton]:
    return [button for button in widget.findChildren(QPushButton) if button.text() == text and button.isVisible()]


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_overview_lists_both_frameworks_and_switches_between_them(qtbot, window) -> None:
    box = window.overview.frameworks_box
    assert "Riverside Voluntary Sector Kitemark — 1 of" in _texts(box)
    assert "Thamesbank Community Fund due-diligence checks — 0 of" in _texts(box)
    (work_on_it,) = _buttons(box, "Work on this")  # only the framework not in focus has one
    qtbot.mouseClick(work_on_it, Qt.MouseButton.LeftButton)
    with window.workspace.session() as session:
        assert window.workspace.current_cycle(session).framework_id == FUNDER
    assert window.statusBar().currentMessage() == ""  # another framework's criteria did not "come" or "go"
    qtbot.waitUntil(lambda: _texts(box).splitlines()[-2:][0].startswith("Thamesbank"))
    assert _texts(box).splitlines()[-1] == "(working on it now)"
    (back,) = _buttons(box, "Work on this")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    with window.workspace.session() as session:
        assert window.workspace.current_cycle(session).framework_id == KITEMARK


def test_an_answer_is_offered_never_copied_and_adapted_when_chosen(qtbot, window) -> None:
    workspace = window.workspace
    window.switch_framework(FUNDER)
    window.navigate("criterion:MON-04")  # "Two people approve every payment", the same as the Kitemark's FIN-04
    page = window.criterion_page
    panel = page.reuse_panel
    assert panel.isVisible()
    assert "Your Riverside Voluntary Sector Kitemark answer to FIN-04" in _texts(panel)
    assert TWO_SIGNATURES in _texts(panel) and "Its evidence: Bank mandate" in _texts(panel)
    offered = criterion_answer(workspace, "MON-04")
    assert offered.narrative == "" and offered.status is ResponseStatus.NOT_STARTED  # shown, not copied

    (adapt,) = _buttons(panel, "Adapt it")
    qtbot.mouseClick(adapt, Qt.MouseButton.LeftButton)
    assert page.narrative.hasFocus() and page.narrative.toPlainText() == TWO_SIGNATURES
    qtbot.keyClicks(page.narrative, " The treasurer checks the statements monthly.")
    window.navigate("overview")  # navigation stores the typing
    answer = criterion_answer(workspace, "MON-04")
    assert answer.narrative == TWO_SIGNATURES + " The treasurer checks the statements monthly."
    assert answer.status is ResponseStatus.MET  # a "same" correspondence takes the status as it is
    assert [linked.item.title for linked in answer.evidence] == ["Bank mandate"]  # linked: one item in the library
    assert len(evidence_ops.list_evidence(workspace)) == 1

    window.switch_framework(KITEMARK)
    window.navigate("criterion:FIN-04")
    shared = window.criterion_page.reuse_panel.shared_label
    assert shared.isVisible()
    assert shared.text() == (
        "Thamesbank Community Fund due-diligence checks MON-04 uses this answer: a change here does not change it "
        "there."
    )


def test_a_partial_match_is_used_no_better_than_partly_met(qtbot, window) -> None:
    workspace = window.workspace
    workspace.save_answer("GOV-03", status=ResponseStatus.MET, narrative="Annual return filed in March.")
    window.switch_framework(FUNDER)
    window.navigate("criterion:ORG-02")  # "Registered details and returns are up to date": part of GOV-03
    panel = window.criterion_page.reuse_panel
    assert "covers part of this" in _texts(panel)
    (use,) = _buttons(panel, "Use it")
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    answer = criterion_answer(workspace, "ORG-02")
    assert answer.narrative == "Annual return filed in March."
    assert answer.status is ResponseStatus.PARTLY_MET
    qtbot.waitUntil(lambda: "This answer is the one you use here." in _texts(panel))
    assert not _buttons(panel, "Use it")


def test_switching_framework_from_a_criterion_the_other_lacks_shows_the_overview(qtbot, window) -> None:
    """The fund's ORG-04 is open when the Kitemark (which has no ORG-04) is chosen: its overview is shown, not the
    old page (reloading it raised KeyError in the slot, which pytest-qt reports as a failure)."""
    window.switch_framework(FUNDER)
    window.navigate("criterion:ORG-04")
    assert window.stack.currentWidget() is window.criterion_page and window.criterion_page.isVisible()
    window.switch_framework(KITEMARK)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)
    assert window.criterion_page.criterion_id == ""
    window.navigate("criterion:GOV-01")  # the page still works for the framework now in view
    assert window.criterion_page.id_label.text() == "GOV-01"
