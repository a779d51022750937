"""The team queue (ui/assessor/queue.py, Register → Team queue…): the register's packs for each filter with their
state, officer, due date (overdue in words), outcome and expiry; the moves the officer may make, run through
services/council.py with a refusal shown as its sentence; the pack's history and archive check; opening a pack
from the archive in the assessor window; the dialog on a 1024×768 screen. On a single officer's SQLite register,
then (where PostgreSQL is available) a team of two leads, an assessor and a read-only member on one server.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication

from kitemark_app.core.dates import long_day
from kitemark_app.register.store import REGISTER_FILE, REGISTER_URL_ENV, local_officer
from kitemark_app.register.workflow import State, due_by
from kitemark_app.services import assessor, council
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from kitemark_app.ui import screen_fit
from kitemark_app.ui.assessor import queue as queue_module
from kitemark_app.ui.assessor.queue import QueueDialog
from kitemark_app.ui.assessor.window import AssessorWindow
from kitemark_app.ui.screen_fit import with_frame
from tests import packs
from tests.registers import login
from tests.ui.mnemonics import clashes

SMALL = QRect(0, 0, 1024, 728)  # a 1024×768 screen less a 40 px taskbar, as tests/ui/test_screen_fit.py
YOUTH, SHED = "Shoreditch Youth Project", "Bethnal Green Men's Shed"
WAIT = 30_000


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> packs.DemoPack:
    return packs.demo_pack(tmp_path_factory)


@pytest.fixture(scope="module")
def other_packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two small packs from other organisations (one criterion each; their signer is not registered)."""
    base = tmp_path_factory.mktemp("queue-packs")

    def named(name: str) -> packs.PackOptions:
        return packs.PackOptions(edit_manifest=lambda manifest: manifest["organisation"].update(name=name))

    return {name: packs.build_pack(base / f"{index}.pdf", named(name)) for index, name in enumerate((YOUTH, SHED))}


@dataclass
class Desk:
    folder: Path
    ids: dict[str, int]  # organisation -> received pack id


def _desk(folder: Path, demo: packs.DemoPack, other_packs: dict[str, Path]) -> Desk:
    assessor.register_organisation(folder, demo.organisation, demo.fingerprint)
    ids = {demo.organisation: assessor.open_received_pack(folder, demo.path).received_pack_id}
    for name, path in other_packs.items():
        ids[name] = assessor.open_received_pack(folder, path).received_pack_id
    return Desk(folder, ids)


def _complete(folder: Path, pack_id: int, valid_until: date, *, register: str | None = None) -> None:
    """A complete review of every criterion in the pack, awarded, stored as its officer would."""
    draft = assessor.load_review(folder, pack_id, register=register)
    for criterion in _criteria(folder, pack_id, register):
        draft.verdicts[criterion] = VerdictEntry("met", comment="Clear.")
    draft.outcome = OutcomeEntry("awarded", "Foundation", valid_until, None, "Well done.")
    assessor.save_review(folder, pack_id, draft, register=register)


def _criteria(folder: Path, pack_id: int, register: str | None) -> list[str]:
    """The pack's criteria, from the manifest the register keeps."""
    from kitemark_app.register.models import ReceivedPack
    from kitemark_app.register.store import open_register

    with open_register(folder, register, read_only=True) as opened, opened.session() as session:
        pack = session.get(ReceivedPack, pack_id)
        assert pack is not None
        return [r["criterion"] for r in json.loads(pack.manifest_json or "{}").get("responses", [])]


def _overdue(folder: Path, pack_id: int) -> date:
    """Make the pack's review due ten days ago (as if received long since); the day it was due."""
    due = date.today() - timedelta(days=10)
    with sqlite3.connect(folder / REGISTER_FILE) as connection:
        connection.execute("UPDATE received_pack SET due_by = ? WHERE id = ?", (due.isoformat(), pack_id))
    return due


@pytest.fixture
def dialogs(qtbot) -> Iterator[list[QueueDialog]]:
    """The queue dialogs a test opens; after it, each is closed once its register reads have reported (not by
    pytest-qt, which would delete it while a read is under way)."""
    opened: list[QueueDialog] = []
    yield opened
    for dialog in opened:
        qtbot.waitUntil(lambda dialog=dialog: not dialog.busy, timeout=WAIT)
        dialog.close()
        dialog.deleteLater()


def _dialog(qtbot, dialogs: list[QueueDialog], folder: Path, register: str | None = None) -> QueueDialog:
    dialog = QueueDialog(folder, register=register)
    dialogs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.queue_loaded, timeout=WAIT):
        dialog.refresh()
    return dialog


def _filter(qtbot, dialog: QueueDialog, which: str) -> list[str]:
    """Click the filter's button; the organisations then shown, in the table's order."""
    with qtbot.waitSignal(dialog.queue_loaded, timeout=WAIT):
        dialog.filter_buttons[which].click()
    return [_cell(dialog, row, 0) for row in range(dialog.table.rowCount())]


def _cell(dialog: QueueDialog, row: int, column: int) -> str:
    return dialog.table.item(row, column).text()


def _row_of(dialog: QueueDialog, pack_id: int) -> int:
    return [row.id for row in dialog.rows].index(pack_id)


def _select(qtbot, dialog: QueueDialog, pack_id: int) -> council.PackDetail:
    """Select the pack's row; its history and archive check, once read."""
    dialog.table.clearSelection()
    with qtbot.waitSignal(
        dialog.detail_loaded, timeout=WAIT, check_params_cb=lambda detail: detail.pack.id == pack_id
    ) as loaded:
        dialog.table.selectRow(_row_of(dialog, pack_id))
    return loaded.args[0]


def _move(qtbot, dialog: QueueDialog, button) -> council.ReceivedRow:  # type: ignore[no-untyped-def]
    """Click a move's button; the pack as the register has it after the move, once the queue is read again."""
    assert button.isEnabled(), button.toolTip()
    with qtbot.waitSignal(dialog.pack_moved, timeout=WAIT) as moved:
        button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)  # the queue and the history are read again
    return moved.args[0]


def _history(dialog: QueueDialog) -> list[tuple[str, str, str]]:
    table = dialog.history.table
    return [tuple(table.item(row, column).text() for column in (1, 2, 3)) for row in range(table.rowCount())]  # type: ignore[misc]


def _state_in_register(folder: Path, pack_id: int, register: str | None = None) -> str:
    return council.pack_detail(folder, pack_id, register=register).pack.state


# --- the table and the filters ----------------------------------------------------------------------------------


def test_the_queue_shows_state_officer_due_date_outcome_and_expiry(
    qtbot, dialogs, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, other_packs)
    soon = date.today() + timedelta(days=30)
    _complete(data_dir, desk.ids[YOUTH], soon)  # saving the review puts it in review, assigned to its officer
    overdue_since = _overdue(data_dir, desk.ids[SHED])
    dialog = _dialog(qtbot, dialogs, data_dir)
    assert "Your own register" in dialog.who.text() and local_officer() in dialog.who.text()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Organisation", "State", "Assigned to", "Due by", "Outcome and level", "Valid until"]
    rows = {
        _cell(dialog, row, 0): [_cell(dialog, row, c) for c in range(1, 6)] for row in range(dialog.table.rowCount())
    }
    assert set(rows) == {demo.organisation, YOUTH, SHED}
    assert _cell(dialog, 0, 0) == SHED  # the most urgent first
    due = long_day(due_by(datetime.now(UTC).date()))
    assert rows[demo.organisation] == ["Received", "not assigned", due, "Not decided", "—"]
    assert rows[YOUTH][:2] == ["In review", local_officer()]
    assert rows[YOUTH][3] == "Kitemark awarded, Foundation"
    assert rows[YOUTH][4] == f"{long_day(soon)} (expires soon)"
    assert rows[SHED][2] == f"Overdue: {long_day(overdue_since)}"  # in words, not only in colour
    overdue = dialog.table.item(_row_of(dialog, desk.ids[SHED]), 3)
    assert overdue.foreground().color() == QColor(queue_module.BAD) and overdue.font().bold()
    assert dialog.table.item(_row_of(dialog, desk.ids[YOUTH]), 3).foreground().color() != QColor(queue_module.BAD)


def test_each_filter_shows_its_packs(
    qtbot, dialogs, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, other_packs)
    _complete(data_dir, desk.ids[YOUTH], date.today() + timedelta(days=30))
    council.submit_for_moderation(data_dir, desk.ids[YOUTH])
    council.assign(data_dir, desk.ids[SHED], "someone_else")
    _overdue(data_dir, desk.ids[SHED])
    dialog = _dialog(qtbot, dialogs, data_dir)
    assert [key for key in dialog.filter_buttons] == list(council.QUEUE_FILTERS)
    assert dialog.filter_buttons["all"].isChecked()
    assert sorted(_filter(qtbot, dialog, "all")) == sorted([demo.organisation, YOUTH, SHED])
    assert _filter(qtbot, dialog, "mine") == [YOUTH]
    assert _filter(qtbot, dialog, "unassigned") == [demo.organisation]
    assert _filter(qtbot, dialog, "overdue") == [SHED]
    assert _filter(qtbot, dialog, "moderation") == [YOUTH]
    assert _filter(qtbot, dialog, "expiring") == [YOUTH]
    assert dialog.status.text() == ""
    council.approve(data_dir, desk.ids[YOUTH])
    assert _filter(qtbot, dialog, "moderation") == []
    assert dialog.status.text() == "No packs to show here."
    assert not dialog.assign_button.isEnabled() and not dialog.open_button.isEnabled()


# --- the moves, on a single officer's register -----------------------------------------------------------------


def test_one_officer_assigns_puts_forward_and_approves_and_sees_the_history(
    qtbot, dialogs, message_boxes, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, {YOUTH: other_packs[YOUTH]})
    pack_id = desk.ids[YOUTH]
    dialog = _dialog(qtbot, dialogs, data_dir)
    detail = _select(qtbot, dialog, pack_id)
    assert detail.archive_problem == ""
    assert "exactly the pack received" in dialog.history.archive.text()
    assert _history(dialog) == [(local_officer(), "Received", other_packs[YOUTH].name)]
    assert not dialog.submit_button.isEnabled()
    assert dialog.submit_button.toolTip() == "A pack that is 'Received' cannot be put forward for moderation."

    asked: list[str] = []
    dialog.ask_login = lambda row: asked.append(row.organisation) or local_officer()  # type: ignore[method-assign]
    moved = _move(qtbot, dialog, dialog.assign_button)
    assert asked == [YOUTH]
    assert (moved.state, moved.assigned_to) == (State.ASSIGNED, local_officer())
    row = _row_of(dialog, pack_id)
    assert (_cell(dialog, row, 1), _cell(dialog, row, 2)) == ("Assigned", local_officer())
    assert _history(dialog)[-1] == (local_officer(), "Assigned", f"to {local_officer()}")
    assert "is now 'Assigned'" in dialog.status.text()

    _complete(data_dir, pack_id, date.today() + timedelta(days=3 * 365))
    with qtbot.waitSignal(dialog.queue_loaded, timeout=WAIT):
        dialog.refresh_button.click()
    assert dialog.selected().id == pack_id  # the same pack stays chosen
    assert _move(qtbot, dialog, dialog.submit_button).state == State.READY
    assert dialog.approve_button.isEnabled()  # one officer holds every duty, moderation included
    assert _move(qtbot, dialog, dialog.approve_button).state == State.APPROVED
    assert _state_in_register(data_dir, pack_id) == State.APPROVED
    _select(qtbot, dialog, pack_id)
    assert [action for _officer, action, _details in _history(dialog)] == [
        "Received",
        "Assigned",
        "Review saved",
        "Put forward for moderation",
        "Approved",
    ]
    assert message_boxes.shown == []


def test_a_refused_move_is_its_sentence_and_changes_nothing(
    qtbot, dialogs, message_boxes, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, other_packs)
    pack_id = desk.ids[SHED]
    draft = assessor.load_review(data_dir, pack_id)
    draft.verdicts["GOV-01"] = VerdictEntry("met")  # a verdict but no outcome yet: in review, not complete
    assessor.save_review(data_dir, pack_id, draft)
    draft.verdicts["GOV-01"] = VerdictEntry("met", comment="Clear.")
    assessor.save_review(data_dir, pack_id, draft)
    dialog = _dialog(qtbot, dialogs, data_dir)
    _select(qtbot, dialog, pack_id)
    assert _history(dialog) == [  # the window's saves in a row are one line
        (local_officer(), "Received", other_packs[SHED].name),
        (local_officer(), "Review saved", "saved 2 times in a row; the time is the last save's"),
    ]
    with qtbot.waitSignal(dialog.move_refused, timeout=WAIT) as refused:
        dialog.submit_button.click()
    assert "The review is not complete" in refused.args[0] and "Choose the outcome" in refused.args[0]
    assert message_boxes.shown == [("warning", "Not done", refused.args[0])]
    assert _state_in_register(data_dir, pack_id) == State.IN_REVIEW


def test_a_review_is_returned_with_a_note_and_the_note_is_shown(
    qtbot, dialogs, message_boxes, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, other_packs)
    pack_id = desk.ids[YOUTH]
    _complete(data_dir, pack_id, date.today() + timedelta(days=365))
    council.submit_for_moderation(data_dir, pack_id)
    dialog = _dialog(qtbot, dialogs, data_dir)
    _filter(qtbot, dialog, "moderation")
    _select(qtbot, dialog, pack_id)

    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    dialog.ask_note = lambda _row: None  # type: ignore[method-assign]  # Cancel: nothing is done
    dialog.return_button.click()
    assert not dialog.busy and _state_in_register(data_dir, pack_id) == State.READY
    dialog.ask_note = lambda _row: "   "  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.move_refused, timeout=WAIT) as refused:
        dialog.return_button.click()
    assert "a returned review needs a note" in refused.args[0]

    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    dialog.ask_note = lambda _row: "Say which minute shows the review."  # type: ignore[method-assign]
    assert _move(qtbot, dialog, dialog.return_button).state == State.IN_REVIEW
    assert dialog.rows == []  # no longer waiting for moderation
    _filter(qtbot, dialog, "all")
    _select(qtbot, dialog, pack_id)
    assert "Say which minute shows the review." in dialog.history.note.text()
    assert dialog.history.note.isVisible()
    assert _history(dialog)[-1] == (local_officer(), "Returned to the assessor", "Say which minute shows the review.")


# --- opening a pack from the archive ------------------------------------------------------------------------------


def test_a_pack_opens_from_the_archive_in_the_assessor_window_and_a_damaged_one_does_not(
    qtbot, message_boxes, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, other_packs)
    pack_id = desk.ids[demo.organisation]
    window = AssessorWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.queue_action.shortcut() == QKeySequence("Ctrl+T")
    window.queue_action.trigger()
    dialog = window.queue_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.rows != [] and not dialog.busy, timeout=WAIT)
    _select(qtbot, dialog, pack_id)
    cell = dialog.table.item(_row_of(dialog, pack_id), 1)
    where = dialog.table.visualItemRect(cell).center()
    viewport = dialog.table.viewport()
    with qtbot.waitSignal(window.pack_opened, timeout=WAIT) as opened:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # the double-click's first press
        double = QMouseEvent(
            QEvent.Type.MouseButtonDblClick, QPointF(where), QPointF(viewport.mapToGlobal(where)),
            Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(viewport, double)  # (QTest's double-click reaches the view as a single press)
    assert opened.args[0].received_pack_id == pack_id
    assert opened.args[0].verdict.path == council.archived_pack(data_dir, pack_id)
    assert window.banner.kind == "valid" and window.criteria.count() > 1

    archived = council.archived_pack(data_dir, pack_id)
    data = bytearray(archived.read_bytes())
    data[len(data) // 2] ^= 0x01
    archived.write_bytes(bytes(data))
    chosen: list[Path] = []
    dialog.pack_chosen.connect(chosen.append)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=WAIT)
    (kind, title, text) = message_boxes.shown[-1]
    assert (kind, title) == ("warning", "Cannot open the pack") and "not the file that was received" in text
    assert chosen == []
    _select(qtbot, dialog, pack_id)
    assert (
        dialog.history.archive.text().startswith("✘")
        and "not the file that was received" in dialog.history.archive.text()
    )
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_a_move_from_the_queue_first_stores_the_review_open_in_the_window(
    qtbot, message_boxes, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    from kitemark_app.review.model import Verdict

    desk = _desk(data_dir, demo, {})
    pack_id = desk.ids[demo.organisation]
    window = AssessorWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.pack_opened, timeout=WAIT):
        window.open_pack(demo.path)
    window.show_queue()
    dialog = window.queue_dialog
    qtbot.waitUntil(lambda: dialog.rows != [] and not dialog.busy, timeout=WAIT)
    _select(qtbot, dialog, pack_id)
    window.criteria.setCurrentRow(0)
    window.panel.buttons[Verdict.NOT_MET].setChecked(True)  # stored after a pause, unless something needs it now
    dialog.ask_login = lambda _row: "jo_assessor"  # type: ignore[method-assign]
    _move(qtbot, dialog, dialog.assign_button)
    assert [line.action for line in council.history(data_dir, pack_id)] == ["received", "review-saved", "assign"]
    assert assessor.load_review(data_dir, pack_id).verdicts[window.opened.criteria[0].criterion].verdict == "not-met"
    window.close()
    assert not dialog.isVisible()  # the queue goes with its window


def test_a_late_answer_for_another_filter_is_not_shown(
    qtbot, dialogs, monkeypatch: pytest.MonkeyPatch, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    import threading

    desk = _desk(data_dir, demo, other_packs)
    council.assign(data_dir, desk.ids[SHED], "someone_else")
    dialog = _dialog(qtbot, dialogs, data_dir)
    real_queue, release = council.queue, threading.Event()

    def slow_for_all(root: Path, which: str = "all", **kwargs: object) -> list[council.ReceivedRow]:
        if which == "all":
            assert release.wait(timeout=WAIT / 1000)
        return real_queue(root, which, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(council, "queue", slow_for_all)
    dialog.refresh()  # "all": its answer is held back
    assert _filter(qtbot, dialog, "unassigned") == [demo.organisation, YOUTH]
    release.set()  # now the older answer arrives, after the newer one
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert [_cell(dialog, row, 0) for row in range(dialog.table.rowCount())] == [demo.organisation, YOUTH]
    assert dialog.filter_buttons["unassigned"].isChecked()


def test_the_window_offers_the_queue_under_its_own_key_and_letters(qtbot, data_dir: Path) -> None:
    window = AssessorWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert [action.text() for action in menus["Re&gister"].actions()] == ["&Team queue…", "&Organisations and packs…"]
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    assert "Ctrl+Q" not in shortcuts  # it quits everywhere else in Kitemark
    assert clashes(window) == {}


def test_the_queue_dialog_has_one_alt_letter_per_control(
    qtbot, dialogs, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    desk = _desk(data_dir, demo, other_packs)
    dialog = _dialog(qtbot, dialogs, data_dir)
    _select(qtbot, dialog, desk.ids[YOUTH])
    assert all(button.isVisible() for button in (dialog.open_button, *dialog.move_buttons.values()))
    assert clashes(dialog) == {}


def test_the_queue_fits_a_1024_by_768_screen(
    qtbot, dialogs, monkeypatch: pytest.MonkeyPatch, data_dir: Path, demo: packs.DemoPack, other_packs: dict[str, Path]
) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: SMALL)
    _desk(data_dir, demo, other_packs)
    dialog = _dialog(qtbot, dialogs, data_dir)
    assert SMALL.contains(with_frame(dialog.geometry()))  # the title bar and the close button on the screen
    assert dialog.minimumSizeHint().width() <= SMALL.width() - 2 * screen_fit.BORDER
    assert dialog.minimumSizeHint().height() <= SMALL.height() - screen_fit.TITLE_BAR - screen_fit.BORDER
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    QApplication.processEvents()
    assert dialog.table.horizontalScrollBar().maximum() == 0  # every column shown whole, no sideways scrolling
    for button in (*dialog.filter_buttons.values(), dialog.open_button, *dialog.move_buttons.values()):
        right = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert dialog.rect().contains(right - QPoint(1, 1)), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # not squeezed: its whole text shows


def test_an_unreachable_register_is_a_sentence(
    qtbot, dialogs, message_boxes, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(REGISTER_URL_ENV, "postgresql+psycopg://nobody@127.0.0.1:1/kitemark")
    dialog = _dialog(qtbot, dialogs, data_dir)
    assert "could not use the register kitemark on 127.0.0.1" in dialog.status.text()
    assert dialog.table.rowCount() == 0 and not dialog.assign_button.isEnabled()


# --- a team on PostgreSQL --------------------------------------------------------------------------------------


def test_a_team_assigns_moderates_returns_and_is_refused_through_the_queue(
    qtbot, dialogs, message_boxes, postgres_database_url: str, tmp_path: Path, demo: packs.DemoPack
) -> None:
    from kitemark_app.register.store import upgrade

    url = postgres_database_url
    upgrade(tmp_path / "admin", url)
    urls = {name: login(url, name, role) for name, role in
            (("lead_ana", "lead"), ("lead_ben", "lead"), ("sam", "assessor"), ("member", "read_only"))}  # fmt: skip
    desks = {name: tmp_path / name for name in urls}
    assessor.register_organisation(desks["lead_ana"], demo.organisation, demo.fingerprint, register=urls["lead_ana"])
    pack_id = assessor.open_received_pack(desks["lead_ana"], demo.path, register=urls["lead_ana"]).received_pack_id
    ana, ben, sam, member = (
        _dialog(qtbot, dialogs, desks[name], urls[name]) for name in ("lead_ana", "lead_ben", "sam", "member")
    )

    assert "as lead_ana, a lead" in ana.who.text() and "as sam, an assessor" in sam.who.text()
    assert "read-only" in member.who.text()
    _select(qtbot, member, pack_id)
    for button in member.move_buttons.values():
        assert not button.isEnabled() and "read the register but not change it" in button.toolTip()
    _select(qtbot, sam, pack_id)
    assert (
        not sam.assign_button.isEnabled()
        and sam.assign_button.toolTip() == "Only a lead may assign a pack; ask your lead."
    )

    assert _filter(qtbot, ana, "unassigned") == [demo.organisation]
    _select(qtbot, ana, pack_id)
    ana.ask_login = lambda _row: "sam"  # type: ignore[method-assign]
    assert _move(qtbot, ana, ana.assign_button).assigned_to == "sam"
    assert ana.rows == []  # no longer unassigned
    assert _filter(qtbot, sam, "mine") == [demo.organisation]
    assert _filter(qtbot, ben, "mine") == []

    _complete(desks["sam"], pack_id, date.today() + timedelta(days=3 * 365), register=urls["sam"])
    with qtbot.waitSignal(sam.queue_loaded, timeout=WAIT):
        sam.refresh()
    _select(qtbot, sam, pack_id)
    assert _move(qtbot, sam, sam.submit_button).state == State.READY
    assert not sam.approve_button.isEnabled() and "Only a lead may approve" in sam.approve_button.toolTip()

    assert _filter(qtbot, ben, "moderation") == [demo.organisation]
    _select(qtbot, ben, pack_id)
    ben.ask_note = lambda _row: "Say which minute shows the review."  # type: ignore[method-assign]
    assert _move(qtbot, ben, ben.return_button).state == State.IN_REVIEW
    _filter(qtbot, ben, "all")
    _select(qtbot, ben, pack_id)
    assert ("lead_ben", "Returned to the assessor", "Say which minute shows the review.") in _history(ben)
    assert ("lead_ana", "Assigned", "to sam") in _history(ben)

    with qtbot.waitSignal(sam.queue_loaded, timeout=WAIT):
        sam.refresh()
    _select(qtbot, sam, pack_id)
    assert _move(qtbot, sam, sam.submit_button).state == State.READY
    assert _filter(qtbot, ana, "moderation") == [demo.organisation]
    _select(qtbot, ana, pack_id)
    council.approve(desks["lead_ben"], pack_id, register=urls["lead_ben"])  # ben approves first, from his desk
    assert ana.approve_button.isEnabled()  # the queue ana read still shows it waiting
    with qtbot.waitSignal(ana.move_refused, timeout=WAIT) as refused:
        ana.approve_button.click()
    assert refused.args[0] == "A pack that is 'Approved' cannot be approved."
    assert message_boxes.texts("warning") == [refused.args[0]]
    qtbot.waitUntil(lambda: not ana.busy and ana.rows == [], timeout=WAIT)  # read again: no longer waiting
    assert _state_in_register(desks["member"], pack_id, urls["member"]) == State.APPROVED
