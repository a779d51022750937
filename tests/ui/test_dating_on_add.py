"""A new organisation adds a dated policy through the add flow (the criterion page's way in): Kitemark asks for its
date at once, with its guess filled in, and the policy is then current — never "out of date", never undated."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kitemark_app.core.status import ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.report import status_report
from kitemark_app.ui.evidence_dating import DatingDialog
from kitemark_app.ui.evidence_import import import_files
from tests.ui.test_criterion_page import CRITERION, window  # noqa: F401  (the page's fixture)


def _added(qtbot, window, source: Path) -> DatingDialog:  # noqa: F811
    # answered, so that its evidence is judged (an unanswered criterion is only "not answered yet")
    window.workspace.save_answer(CRITERION, status=ResponseStatus.MET, narrative="Our policy, approved by the board.")
    import_files(window, window.workspace, window.events, [source], CRITERION)
    qtbot.waitUntil(lambda: bool(window.findChildren(DatingDialog)), timeout=20_000)
    (dialog,) = window.findChildren(DatingDialog)
    assert dialog.isVisible() and dialog.isModal()
    return dialog


def test_the_guessed_date_is_asked_for_and_the_policy_is_current(qtbot, window, tmp_path: Path) -> None:  # noqa: F811
    dated = date.today() - timedelta(days=60)
    source = tmp_path / f"Safeguarding policy {dated.isoformat()}.pdf"
    source.write_bytes(b"%PDF-1.7 policy")
    dialog = _added(qtbot, window, source)
    assert dialog.dates[0].text.text() == f"{dated.day:02d}/{dated.month:02d}/{dated.year}"  # the guess, UK order
    dialog.save_button.click()
    (item,) = evidence_ops.evidence_for(window.workspace, CRITERION)
    assert item.document_date == dated
    problems = [p for p in status_report(window.workspace).problems if p.evidence_id == item.id]
    assert problems == []  # neither "needs a date" nor "out of date"
    page = window.criterion_page
    page.reload()
    assert "Out of date" not in page.evidence_box.warnings.text()
    assert "Needs a date" not in page.evidence_box.warnings.text()


def test_a_date_typed_in_the_add_flow_is_kept_and_a_bad_one_is_pointed_out(qtbot, window, tmp_path: Path) -> None:  # noqa: F811
    source = tmp_path / "minutes.pdf"  # nothing to guess from
    source.write_bytes(b"%PDF-1.7 minutes")
    dialog = _added(qtbot, window, source)
    assert dialog.dates[0].text.text() == ""
    dialog.dates[0].text.setText("31/02/2026")
    dialog.save_button.click()
    assert dialog.isVisible() and "not a real date" in dialog.problem.text()
    dialog.dates[0].text.setText("18 Sep 2026")
    dialog.reviews[0].text.setText("20270918")
    dialog.save_button.click()
    (item,) = evidence_ops.evidence_for(window.workspace, CRITERION)
    assert (item.document_date, item.review_by) == (date(2026, 9, 18), date(2027, 9, 18))


def test_later_leaves_the_file_needing_a_date(qtbot, window, tmp_path: Path) -> None:  # noqa: F811
    source = tmp_path / "training log.pdf"
    source.write_bytes(b"%PDF-1.7 log")
    dialog = _added(qtbot, window, source)
    dialog.reject()
    (item,) = evidence_ops.evidence_for(window.workspace, CRITERION)
    assert item.document_date is None
    kinds = {p.kind for p in status_report(window.workspace).problems if p.evidence_id == item.id}
    assert kinds == {"undated-evidence"}  # "needs a date", not "out of date"
