"""Another officer saved the review first (ui/assessor/conflict.py): the window's save is refused by the register,
both versions are shown side by side, nothing is overwritten and nothing is lost; "Use their version" reloads the
review from the register while yours stays in the dialog to copy. A review nobody changed here is never saved over
a colleague's. On a single officer's SQLite register, then (where PostgreSQL is available) two officers' logins.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kitemark_app.register.store import REGISTER_URL_ENV, local_officer
from kitemark_app.review.model import Verdict
from kitemark_app.services import assessor, council
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from kitemark_app.ui.assessor.window import AssessorWindow
from tests import packs
from tests.registers import login
from tests.ui.mnemonics import clashes

WAIT = 30_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


def _window(qtbot, folder: Path, demo: packs.DemoPack) -> AssessorWindow:
    window = AssessorWindow(folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.pack_opened, timeout=WAIT):
        window.open_pack(demo.path)
    assert window.banner.kind == "valid"
    return window


def _registered(folder: Path, demo: packs.DemoPack, register: str | None = None) -> int:
    assessor.register_organisation(folder, demo.organisation, demo.fingerprint, register=register)
    return assessor.open_received_pack(folder, demo.path, register=register).received_pack_id


def _their_save(folder: Path, pack_id: int, criterion: str, register: str | None = None) -> None:
    """Another officer (or another window) reads the review and saves their reading of one criterion."""
    theirs = assessor.load_review(folder, pack_id, register=register)
    theirs.verdicts[criterion] = VerdictEntry("not-met", comment="Their reading: no minute shows it.")
    assessor.save_review(folder, pack_id, theirs, register=register)


def _my_change(qtbot, window: AssessorWindow) -> str:
    """In the window: the first criterion met, with my comment; returns the criterion."""
    window.criteria.setCurrentRow(0)
    window.panel.buttons[Verdict.MET].setChecked(True)
    qtbot.keyClicks(window.panel.comment, "My reading: minute 4 of 12 March.")
    return window.opened.criteria[0].criterion


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for column in range(table.columnCount())]


def test_both_versions_are_shown_nothing_is_overwritten_and_theirs_can_be_taken(
    qtbot, message_boxes, data_dir: Path, demo: packs.DemoPack
) -> None:
    pack_id = _registered(data_dir, demo)
    window = _window(qtbot, data_dir, demo)
    criterion = window.opened.criteria[0].criterion
    title = window.opened.criteria[0].title
    _their_save(data_dir, pack_id, criterion)
    _my_change(qtbot, window)
    window.tabs.setCurrentWidget(window.outcome)  # changing tab saves
    window.outcome.award.setChecked(True)

    assert not window.save_now()
    dialog = window.conflict_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.resolved
    assert message_boxes.shown == []  # the dialog, not a bare warning
    assert f"{local_officer()} saved this review at" in dialog.message.text()
    assert "after you opened it" in dialog.message.text() and "both versions are shown" in dialog.message.text()
    assert dialog.criteria.rowCount() == 1  # only where the versions differ
    assert _cells(dialog.criteria, 0) == [
        f"{criterion} {title}",
        "Not met",
        "Their reading: no minute shows it.",
        "Met",
        "My reading: minute 4 of 12 March.",
    ]
    outcome = {
        _cells(dialog.outcome, row)[0]: _cells(dialog.outcome, row)[1:] for row in range(dialog.outcome.rowCount())
    }
    assert outcome["Decision (differs)"] == ["not decided", "Kitemark awarded"]
    assert "Summary" in outcome  # the same in both: shown, not marked
    assert clashes(dialog) == {}

    stored = assessor.load_review(data_dir, pack_id)  # nothing overwritten
    assert stored.verdicts[criterion].verdict == "not-met" and stored.outcome.decision == ""
    assert window.opened.draft.verdicts[criterion].comment.startswith("My reading")  # nothing lost

    assert not dialog.after.isVisible()
    with qtbot.waitSignal(window.draft_reloaded, timeout=WAIT):
        dialog.use_theirs.click()
    assert window.opened.draft.verdicts[criterion].verdict == "not-met"
    assert window.panel.buttons[Verdict.NOT_MET].isChecked()
    assert window.panel.comment.toPlainText() == "Their reading: no minute shows it."
    assert window.criteria.item(0).text().startswith("✘")
    assert not window.outcome.award.isChecked()
    assert dialog.isVisible() and dialog.resolved and dialog.after.isVisible() and not dialog.use_theirs.isEnabled()
    assert _cells(dialog.criteria, 0)[4] == "My reading: minute 4 of 12 March."  # still there to copy
    dialog.copy_mine.click()
    copied = QGuiApplication.clipboard().text()
    assert "My reading: minute 4 of 12 March." in copied and "Kitemark awarded" in copied
    assert "Their reading" not in copied

    # Their version read again, a change of mine saves over it: it is no longer stale.
    window.panel.comment.clear()
    qtbot.keyClicks(window.panel.comment, "Agreed: not met.")
    assert window.save_now()
    assert assessor.load_review(data_dir, pack_id).verdicts[criterion].comment == "Agreed: not met."
    assert message_boxes.shown == []


def test_a_review_not_changed_here_is_never_saved_over_a_colleagues(
    qtbot, message_boxes, data_dir: Path, demo: packs.DemoPack
) -> None:
    pack_id = _registered(data_dir, demo)
    window = _window(qtbot, data_dir, demo)
    criterion = window.opened.criteria[0].criterion
    _their_save(data_dir, pack_id, criterion)
    window.criteria.setCurrentRow(1)  # looking around saves what changed here: nothing
    window.tabs.setCurrentWidget(window.outcome)
    window.tabs.setCurrentWidget(window.details)
    assert window.save_now()
    window.close()
    assert window.conflict_dialog is None and message_boxes.shown == []
    assert not window.isVisible()
    assert assessor.load_review(data_dir, pack_id).verdicts[criterion].comment == "Their reading: no minute shows it."


def test_an_unresolved_conflict_keeps_the_window_and_its_changes(
    qtbot, message_boxes, data_dir: Path, demo: packs.DemoPack, tmp_path: Path
) -> None:
    pack_id = _registered(data_dir, demo)
    window = _window(qtbot, data_dir, demo)
    criterion = window.opened.criteria[0].criterion
    _their_save(data_dir, pack_id, criterion)
    _my_change(qtbot, window)
    window.close()  # saving first is refused: the window stays, with the dialog
    assert window.isVisible() and window.conflict_dialog is not None and window.conflict_dialog.isVisible()
    window.conflict_dialog.close()
    another = packs.build_pack(tmp_path / "another.pdf")
    window.open_pack(another)  # nor is another pack opened over the changes
    QApplication.processEvents()
    assert window.opened.received_pack_id == pack_id and window.conflict_dialog.isVisible()
    assert window.opened.draft.verdicts[criterion].comment.startswith("My reading")
    assert assessor.load_review(data_dir, pack_id).verdicts[criterion].comment.startswith("Their reading")
    with qtbot.waitSignal(window.draft_reloaded, timeout=WAIT):
        window.conflict_dialog.use_theirs.click()
    window.close()
    assert not window.isVisible() and not window.conflict_dialog.isVisible()  # nor does the dialog outlive it


def test_two_officers_on_postgresql_see_who_saved_first(
    qtbot, message_boxes, postgres_database_url: str, tmp_path: Path, demo: packs.DemoPack, monkeypatch
) -> None:
    from kitemark_app.register.store import upgrade

    url = postgres_database_url
    upgrade(tmp_path / "admin", url)
    ana, sam = login(url, "lead_ana", "lead"), login(url, "sam", "assessor")
    monkeypatch.setenv("KITEMARK_PACK_ARCHIVE", str(tmp_path / "shared-packs"))
    pack_id = _registered(tmp_path / "lead_ana", demo, ana)
    council.assign(tmp_path / "lead_ana", pack_id, "sam", register=ana)
    monkeypatch.setenv(REGISTER_URL_ENV, sam)  # sam's window uses sam's login
    window = _window(qtbot, tmp_path / "sam", demo)
    criterion = window.opened.criteria[0].criterion
    theirs = assessor.load_review(tmp_path / "lead_ana", pack_id, register=ana)
    theirs.verdicts[criterion] = VerdictEntry("more-information", comment="Ana: ask for the minutes.")
    theirs.outcome = OutcomeEntry("resubmit", "", None, date(2027, 3, 31), "")
    assessor.save_review(tmp_path / "lead_ana", pack_id, theirs, register=ana)

    _my_change(qtbot, window)
    assert not window.save_now()
    dialog = window.conflict_dialog
    assert dialog is not None and dialog.message.text().startswith("lead_ana saved this review at")
    assert _cells(dialog.criteria, 0)[1:3] == ["More information needed", "Ana: ask for the minutes."]
    outcome = {
        _cells(dialog.outcome, row)[0]: _cells(dialog.outcome, row)[1:] for row in range(dialog.outcome.rowCount())
    }
    assert outcome["Resubmit by (differs)"] == ["31 March 2027", "—"]
    stored = assessor.load_review(tmp_path / "lead_ana", pack_id, register=ana)
    assert stored.verdicts[criterion].comment == "Ana: ask for the minutes." and stored.updated_by == "lead_ana"
    with qtbot.waitSignal(window.draft_reloaded, timeout=WAIT):
        dialog.use_theirs.click()
    assert window.opened.draft.verdicts[criterion].verdict == "more-information"
    assert window.outcome.resubmit.isChecked()
