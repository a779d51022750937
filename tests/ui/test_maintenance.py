"""Back up…, Restore… and Check data in the main window; the damaged-database offer at start-up."""

from __future__ import annotations

from pathlib import Path

from kitemark_app.services import backup
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui.app import AppController
from tests.safety import dump_tables


def _texts(window, menu_title: str) -> list[str]:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == menu_title:
            return [a.text().replace("&", "") for a in action.menu().actions()]
    return []


def test_menus_offer_backup_restore_and_check(open_app, started_folder: Path) -> None:
    window = open_app(started_folder).main_window
    assert {"Back up…", "Restore from backup…"} <= set(_texts(window, "File"))
    assert "Check data" in _texts(window, "Help")


def test_back_up_check_and_restore(open_app, started_folder: Path, tmp_path: Path, qtbot, message_boxes) -> None:
    window = open_app(started_folder).main_window
    out = tmp_path / "my backup.zip"
    with qtbot.waitSignal(window.maintenance.backed_up, timeout=20000):
        window.maintenance.back_up(out)
    assert out.is_file()
    assert "The backup is saved in" in message_boxes.texts("information")[-1]
    backed_up = dump_tables(started_folder / "kitemark.sqlite3")

    with qtbot.waitSignal(window.maintenance.checked, timeout=20000) as checked:
        window.maintenance.check()
    assert checked.args[0].healthy
    assert message_boxes.texts("information")[-1].startswith("Everything is intact.")

    window.workspace.add_action("Added after the backup")
    with qtbot.waitSignal(window.maintenance.restored, timeout=20000):
        window.maintenance.restore(out)
    assert "Replace the data in Kitemark with the backup 'my backup.zip'?" in message_boxes.texts("question")[-1]
    assert dump_tables(started_folder / "kitemark.sqlite3") == backed_up
    assert window.workspace.has_organisation()  # the window goes on working with the restored data
    assert "is restored" in message_boxes.texts("information")[-1]


def test_a_bad_backup_file_is_refused_with_one_sentence(
    open_app, started_folder: Path, tmp_path: Path, qtbot, message_boxes
) -> None:
    window = open_app(started_folder).main_window
    before = dump_tables(started_folder / "kitemark.sqlite3")
    bogus = tmp_path / "holiday photos.zip"
    bogus.write_bytes(b"not a zip")
    window.maintenance.restore(bogus)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("warning")), timeout=20000)
    assert message_boxes.texts("warning")[-1] == (
        "'holiday photos.zip' is not a usable Kitemark backup (it is not a zip file); nothing was changed."
    )
    assert dump_tables(started_folder / "kitemark.sqlite3") == before


def test_damaged_database_at_start_offers_the_newest_backup(
    started_folder: Path, settings, qtbot, message_boxes
) -> None:
    with Workspace.open(started_folder) as workspace:
        taken = backup.backup_before(workspace, "export")
    assert taken is not None
    with open(started_folder / "kitemark.sqlite3", "r+b") as handle:
        handle.write(b"\xa5" * 100)  # the header is gone
    controller = AppController(started_folder, settings)
    try:
        assert controller.start()
        assert controller.main_window is not None
        qtbot.addWidget(controller.main_window)
        assert "has been moved aside" in message_boxes.texts("question")[0]
        assert list(started_folder.glob("kitemark.sqlite3.damaged-*"))  # kept, not deleted
        assert dump_tables(started_folder / "kitemark.sqlite3") == dump_tables(taken.path)
    finally:
        controller.shut_down()


def test_declining_the_offer_keeps_everything_and_says_why(
    started_folder: Path, settings, qtbot, message_boxes
) -> None:
    with Workspace.open(started_folder) as workspace:
        backup.backup_before(workspace, "export")
    (started_folder / "kitemark.sqlite3").write_bytes(b"garbage" * 1000)
    message_boxes.answer = message_boxes.answer.No
    controller = AppController(started_folder, settings)
    failures: list[str] = []
    controller.failed.connect(failures.append)
    try:
        assert not controller.start()
        assert failures and "moved aside" in failures[0] and "kitemark restore" in failures[0]
        assert list(started_folder.glob("kitemark.sqlite3.damaged-*"))
    finally:
        controller.shut_down()
