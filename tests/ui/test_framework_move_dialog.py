"""File → Move to a new framework version…: the changes grouped (new, gone, changed, what it means for you), the two
moves offered only where they can be made, the whole dialog on a 1024×768 screen, and after the move each carried
answer to check shown on its criterion page with the button that confirms it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QTreeWidgetItem

from kitemark_app.services.answers import criterion_answer
from kitemark_app.services.framework_move import MovePreview, preview_move
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui import framework_move_dialog, screen_fit
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.framework_move_dialog import CURRENT, NEXT_CYCLE, FrameworkMoveDialog
from kitemark_app.ui.main_window import MainWindow
from tests.integration.test_framework_move import RENAMED, VERSION_2, _answered, _sent
from tests.ui.mnemonics import clashes

SMALL_SCREEN = QRect(0, 0, 1024, 728)  # 1024×768 less a 40 px taskbar


@pytest.fixture
def answered(data_dir: Path, tmp_path: Path) -> Path:
    _answered(data_dir, tmp_path / "files")
    return data_dir


def _preview(root: Path) -> MovePreview:
    with Workspace.open(root) as workspace:
        return preview_move(workspace, VERSION_2)


def _texts(item: QTreeWidgetItem) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_the_changes_are_grouped_and_the_move_not_open_is_disabled_with_its_reason(qtbot, answered: Path) -> None:
    dialog = FrameworkMoveDialog(_preview(answered))
    qtbot.addWidget(dialog)
    tree = dialog.changes
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [g.text(0) for g in groups] == [
        "New criteria (1)",
        "Criteria gone (1)",
        "Criteria changed (6)",
        "What it means for you",
    ]
    assert _texts(groups[0]) == ["GOV-06 'Trustee induction' is new and applies to you."]
    assert _texts(groups[1]) == ["GOV-04 'Annual plan' is no longer in the framework; you no longer answer it."]
    assert _texts(groups[2])[0] == "GOV-03 'Conflicts register' became mandatory; check your answer still answers it."
    assert all(child.toolTip(0) == child.text(0) for g in groups[:3] for child in map(g.child, range(g.childCount())))
    for_you = groups[3]
    assert _texts(for_you) == ["Now apply to you (1)", "No longer apply to you (1)", "Answers to check again (6)"]
    assert _texts(for_you.child(0)) == ["GOV-06 Trustee induction"]
    assert _texts(for_you.child(1)) == ["GOV-04 Annual plan"]
    assert _texts(for_you.child(2)) == [
        "GOV-03 Conflicts register",
        "GOV-05 Trustee meetings and minutes",
        "MON-02 Bank mandate",
        "MON-03 Budget",
        "MON-04 Reserves policy",
        "MON-07 Insurance and risk",
    ]
    assert dialog.move_button.isEnabled()
    assert not dialog.next_button.isEnabled()
    assert dialog.next_button.toolTip().startswith("This self-assessment has not been sent yet")
    assert dialog.why_not.text() == dialog.next_button.toolTip()
    assert dialog.chosen_level() == "Commissioning-ready"
    dialog.cancel_button.click()
    assert dialog.choice == ""


def test_after_sending_only_the_next_self_assessment_is_offered(qtbot, answered: Path) -> None:
    _sent(answered)
    dialog = FrameworkMoveDialog(_preview(answered))
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled()
    assert dialog.move_button.toolTip().startswith("This self-assessment was sent to the council on version 2026.1")
    assert dialog.next_button.isEnabled() and dialog.next_button.isDefault()
    dialog.next_button.click()
    assert dialog.choice == NEXT_CYCLE
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_dialog_fits_a_1024_by_768_screen_with_every_button_in_full(
    qtbot, answered: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: SMALL_SCREEN)
    dialog = FrameworkMoveDialog(_preview(answered))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= SMALL_SCREEN.width() - 2 * screen_fit.BORDER
    assert dialog.height() <= SMALL_SCREEN.height() - screen_fit.TITLE_BAR - screen_fit.BORDER
    for button in (dialog.move_button, dialog.next_button, dialog.cancel_button):
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width(), button.text()  # the label is not cut
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())), button.text()
    assert dialog.changes.height() >= 200, "the list of changes keeps room to read it"
    assert clashes(dialog) == {}


@pytest.fixture
def window(qtbot, answered: Path, settings, message_boxes) -> Iterator[MainWindow]:
    with Workspace.open(answered) as workspace:
        shown = MainWindow(workspace, AppEvents(), settings)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown
        shown.close()


def test_the_file_menu_moves_and_each_answer_to_check_is_confirmed_on_its_page(
    qtbot, window: MainWindow, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "&Move to a new framework version…" in texts
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), texts

    new = tmp_path / "kitemark-2027.1.yaml"
    new.write_text(VERSION_2, encoding="utf-8")
    monkeypatch.setattr(framework_move_dialog, "choose_framework_file", lambda _parent: new)
    shown: list[FrameworkMoveDialog] = []

    def choose_to_move(dialog: FrameworkMoveDialog) -> int:
        shown.append(dialog)
        dialog.move_button.click()
        return int(dialog.result())

    monkeypatch.setattr(FrameworkMoveDialog, "exec", choose_to_move)
    window.move_framework_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    assert shown and shown[0].choice == CURRENT
    assert message_boxes.shown == [
        (
            "information",
            "Moved to the new version",
            "Your self-assessment now uses version 2027.1. 7 answers carried over. 6 answers to check against the "
            "new wording (listed on the Overview). Your earlier answers are kept as they were, in the superseded copy.",
        )
    ]
    assert window.current_target() == "overview"
    problems = [window.overview.problems.item(i).text() for i in range(window.overview.problems.count())]
    assert f"Check: GOV-05 Trustee meetings and minutes — {RENAMED}" in problems

    listed = window.overview.problems
    listed.itemActivated.emit(listed.item(problems.index(f"Check: GOV-05 Trustee meetings and minutes — {RENAMED}")))
    assert window.current_target() == "criterion:GOV-05"  # a link to the place it is confirmed, like the others
    page = window.criterion_page
    assert page is not None
    notice = page.recheck_notice
    assert notice.isVisibleTo(window)
    assert notice.reason.text() == RENAMED
    assert clashes(window) == {}
    notice.confirm_button.click()
    assert not notice.isVisibleTo(window)
    assert criterion_answer(window.workspace, "GOV-05").needs_recheck == ""
    window.navigate("overview")
    problems = [window.overview.problems.item(i).text() for i in range(window.overview.problems.count())]
    assert not any(p.startswith("Check: GOV-05 ") for p in problems)
    assert any(p.startswith("Check: GOV-03 Conflicts register — Version 2027.1 changed") for p in problems)

    window.navigate("criterion:GOV-01")  # carried unchanged: nothing to check
    assert not page.recheck_notice.isVisibleTo(window)


def test_a_file_that_is_not_a_framework_says_so_and_changes_nothing(
    qtbot, window: MainWindow, message_boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "notes.yaml"
    broken.write_text("just: some notes\n", encoding="utf-8")
    monkeypatch.setattr(framework_move_dialog, "choose_framework_file", lambda _parent: broken)
    window.move_framework_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    ((kind, title, text),) = message_boxes.shown
    assert (kind, title) == ("warning", "Not moved")
    assert text.startswith("The new framework is not valid: ")
    with window.workspace.session() as session:
        assert window.workspace.current_cycle(session).framework_version == "2026.1"
