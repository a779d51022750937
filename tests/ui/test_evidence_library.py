"""The evidence library page, driven through its widgets (offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from kitemark_app.core.dates import long_day
from kitemark_app.services import evidence_ops
from kitemark_app.services.evidence_library import file_history, library_items
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui import evidence_library
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_dialogs import EvidenceDetailsDialog
from kitemark_app.ui.evidence_library import EvidenceLibraryPage
from kitemark_app.ui.evidence_model import ID_ROLE, Column, human_size
from tests.ui.vco_workspace import first_criteria, vco_workspace, write_file


@pytest.fixture
def workspace(data_dir: Path):
    with vco_workspace(data_dir) as ws:
        yield ws


@pytest.fixture
def page(qtbot, workspace: Workspace, tmp_path: Path):
    criteria = first_criteria(workspace, 3)
    evidence_ops.add_evidence(
        workspace,
        write_file(tmp_path, "constitution.pdf", b"c" * 12_345),
        title="Constitution",
        document_date=date.today(),
        criteria=criteria[:2],
    )
    evidence_ops.add_evidence(
        workspace, write_file(tmp_path, "insurance.pdf", b"i" * 900), title="Insurance", review_by=date(2021, 1, 1)
    )
    evidence_ops.add_evidence(
        workspace, write_file(tmp_path, "budget.xlsx", b"b" * 2_000_000), title="Budget", criteria=criteria[2:]
    )
    events = AppEvents()
    widget = EvidenceLibraryPage(workspace, events)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column_texts(page: EvidenceLibraryPage, column: Column) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select_title(page: EvidenceLibraryPage, title: str) -> int:
    row = column_texts(page, Column.TITLE).index(title)
    page.table.selectRow(row)
    return int(page.proxy.index(row, 0).data(ID_ROLE))


def test_table_shows_every_item_with_its_columns(page: EvidenceLibraryPage) -> None:
    assert column_texts(page, Column.TITLE) == ["Budget", "Constitution", "Insurance"]  # sorted by title
    assert column_texts(page, Column.FILE) == ["budget.xlsx", "constitution.pdf", "insurance.pdf"]
    assert column_texts(page, Column.TYPE) == ["Excel", "PDF", "PDF"]
    assert column_texts(page, Column.SIZE) == ["2.0 MB", "12.3 KB", "900 B"]
    assert column_texts(page, Column.DOCUMENT_DATE) == [
        "",
        long_day(date.today()),
        "",
    ]  # long_day: tests/unit/test_dates.py
    assert column_texts(page, Column.REVIEW_BY) == ["", "", "1 January 2021"]
    assert column_texts(page, Column.CRITERIA) == ["1", "2", "0"]
    hashes = column_texts(page, Column.SHA256)
    assert all(len(h) == 12 and int(h, 16) >= 0 for h in hashes)
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Title", "File name", "Type", "Size", "Dated", "Review by", "Used by", "SHA-256"]


def test_sorting_by_size_uses_bytes_not_text(page: EvidenceLibraryPage) -> None:
    page.table.sortByColumn(Column.SIZE, Qt.SortOrder.AscendingOrder)
    assert column_texts(page, Column.SIZE) == ["900 B", "12.3 KB", "2.0 MB"]
    page.table.sortByColumn(Column.CRITERIA, Qt.SortOrder.DescendingOrder)
    assert column_texts(page, Column.CRITERIA) == ["2", "1", "0"]


def test_filter_matches_title_file_and_criterion(qtbot, page: EvidenceLibraryPage, workspace: Workspace) -> None:
    qtbot.keyClicks(page.filter_edit, "INSUR")
    assert column_texts(page, Column.TITLE) == ["Insurance"]
    page.filter_edit.clear()
    criterion = first_criteria(workspace, 3)[2]
    page.filter_edit.setText(criterion)
    assert column_texts(page, Column.TITLE) == ["Budget"]
    page.filter_edit.clear()
    page.stale_only.setChecked(True)
    assert column_texts(page, Column.TITLE) == ["Insurance"]


def test_out_of_date_items_are_marked(qtbot, page: EvidenceLibraryPage) -> None:
    row = column_texts(page, Column.TITLE).index("Insurance")
    stale = page.proxy.index(row, Column.TITLE)
    assert stale.data(Qt.ItemDataRole.DecorationRole) is not None
    assert stale.data(Qt.ItemDataRole.AccessibleTextRole) == "Insurance (out of date)"
    assert "1 January 2021" in stale.data(Qt.ItemDataRole.ToolTipRole)
    fine = page.proxy.index(column_texts(page, Column.TITLE).index("Budget"), Column.TITLE)
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: "Out of date" in page.details.toPlainText())


def test_rename_in_place_stores_and_announces(qtbot, page: EvidenceLibraryPage, workspace: Workspace) -> None:
    evidence_id = select_title(page, "Budget")
    index = page.proxy.index(page.table.currentIndex().row(), Column.TITLE)
    reloaded = qtbot.waitSignal(page.model.modelReset)  # the page reloads on the next turn of the event loop
    with reloaded, qtbot.waitSignal(page.events.data_changed, check_params_cb=lambda what: what == "evidence"):
        assert page.proxy.setData(index, "Budget 2026-27")
    assert {i.id: i.title for i in library_items(workspace)}[evidence_id] == "Budget 2026-27"
    assert "Budget 2026-27" in column_texts(page, Column.TITLE)
    assert page.selected_id() == evidence_id  # the selection survives the refresh
    index = page.proxy.index(page.table.currentIndex().row(), Column.TITLE)
    assert not page.proxy.setData(index, "   ")  # an empty title is refused


def test_edit_dialog_changes_title_and_dates(
    qtbot, monkeypatch, page: EvidenceLibraryPage, workspace: Workspace
) -> None:
    evidence_id = select_title(page, "Insurance")

    def fill_and_accept(dialog: EvidenceDetailsDialog) -> int:
        assert dialog.title_edit.text() == "Insurance"
        assert dialog.review_by.value() == date(2021, 1, 1) and dialog.document_date.value() is None
        dialog.title_edit.setText("Insurance certificate 2026")
        qtbot.keyClicks(dialog.document_date.text, "15 Jan 2026")  # typed as people write dates
        dialog.review_by.set_value(date(2027, 1, 15))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDetailsDialog, "exec", fill_and_accept)
    page.edit_button.click()
    item = {i.id: i for i in library_items(workspace)}[evidence_id]
    assert (item.title, item.document_date, item.review_by) == (
        "Insurance certificate 2026",
        date(2026, 1, 15),
        date(2027, 1, 15),
    )
    assert item.stale == ()
    qtbot.waitUntil(lambda: "Insurance certificate 2026" in column_texts(page, Column.TITLE))
    row = column_texts(page, Column.TITLE).index("Insurance certificate 2026")
    assert page.proxy.index(row, Column.TITLE).data(Qt.ItemDataRole.DecorationRole) is None


def test_details_dialog_refuses_an_empty_title(qtbot) -> None:
    dialog = EvidenceDetailsDialog("Policy", None, None)
    qtbot.addWidget(dialog)
    dialog.title_edit.clear()
    dialog._check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "title" in dialog.error_label.text()


def test_add_files_runs_in_the_background(qtbot, page: EvidenceLibraryPage, tmp_path: Path) -> None:
    files = [write_file(tmp_path, "Risk register.xlsx", "risks"), write_file(tmp_path, "ICO.pdf", "ico")]
    with qtbot.waitSignal(page.evidence_added, timeout=10_000) as blocker:
        page.import_files(files)
    assert len(blocker.args[0]) == 2
    qtbot.waitUntil(lambda: "Risk register" in column_texts(page, Column.TITLE))
    qtbot.waitUntil(lambda: page.selected_item() is not None)
    assert page.selected_item().original_name == "ICO.pdf"  # the last one added is selected


def test_replace_keeps_the_old_file_in_history(qtbot, page: EvidenceLibraryPage, tmp_path: Path) -> None:
    evidence_id = select_title(page, "Constitution")
    newer = write_file(tmp_path, "constitution-2026.pdf", "amended at the AGM")
    with qtbot.waitSignal(page.evidence_replaced, timeout=10_000):
        page.replace_file(evidence_id, newer, date(2026, 2, 1))
    history = file_history(page.workspace, evidence_id)
    assert [v.original_name for v in history] == ["constitution-2026.pdf", "constitution.pdf"]
    qtbot.waitUntil(lambda: "constitution-2026.pdf" in column_texts(page, Column.FILE))
    qtbot.waitUntil(lambda: "replaced" in page.details.toPlainText())  # the details follow the reload
    assert column_texts(page, Column.FILE)[column_texts(page, Column.TITLE).index("Constitution")] == (
        "constitution-2026.pdf"
    )
    text = page.details.toPlainText()
    assert "constitution.pdf" in text and "replaced" in text and "in use now" in text


def test_remove_names_the_criteria_and_can_be_cancelled(
    qtbot, monkeypatch, page: EvidenceLibraryPage, workspace: Workspace
) -> None:
    asked: list[tuple[str, list[str]]] = []
    answer = False

    def confirm(_parent, title: str, criteria: list[str]) -> bool:
        asked.append((title, criteria))
        return answer

    monkeypatch.setattr(evidence_library, "confirm_removal", confirm)
    evidence_id = select_title(page, "Constitution")
    page.remove_button.click()
    assert asked == [("Constitution", sorted(first_criteria(workspace, 2)))]
    assert evidence_id in {i.id for i in library_items(workspace)}  # cancelled: still there
    answer = True
    page.remove_button.click()
    assert evidence_id not in {i.id for i in library_items(workspace)}
    qtbot.waitUntil(lambda: "Constitution" not in column_texts(page, Column.TITLE))


def test_open_copies_under_the_original_name(qtbot, monkeypatch, page: EvidenceLibraryPage) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    select_title(page, "Insurance")
    with qtbot.waitSignal(page.file_opened, timeout=10_000) as blocker:
        page.open_button.click()
    path: Path = blocker.args[0]
    assert path.name == "insurance.pdf" and path.read_bytes() == b"i" * 900
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert Path(opened[0].toLocalFile()) == path


def test_links_and_navigation(qtbot, page: EvidenceLibraryPage, workspace: Workspace) -> None:
    select_title(page, "Constitution")
    first = first_criteria(workspace, 1)[0]
    qtbot.waitUntil(lambda: f"criterion:{first}" in page.details.toHtml())
    with qtbot.waitSignal(page.events.navigation_requested) as blocker:
        page.details.anchorClicked.emit(QUrl(f"criterion:{first}"))
    assert blocker.args == [f"criterion:{first}"]
    # Navigation to an item hidden by the filter clears the filter and selects it.
    page.filter_edit.setText("budget")
    insurance = next(i.id for i in library_items(workspace) if i.title == "Insurance")
    assert page.select_evidence(insurance)
    assert page.filter_edit.text() == "" and page.selected_id() == insurance
    assert not page.select_evidence(9999)


def test_buttons_follow_the_selection_and_have_names(page: EvidenceLibraryPage) -> None:
    page.table.clearSelection()
    assert not page.remove_button.isEnabled() and page.add_button.isEnabled()
    select_title(page, "Budget")
    assert page.remove_button.isEnabled() and page.open_button.isEnabled()
    for widget in (page.filter_edit, page.stale_only, page.table, page.details, page.add_button, page.remove_button):
        assert widget.accessibleName()


def test_human_size() -> None:
    assert [human_size(n) for n in (0, 999, 1000, 999_999, 1_234_567, 250_000_000)] == [
        "0 B",
        "999 B",
        "1.0 KB",
        "1.0 MB",
        "1.2 MB",
        "250 MB",
    ]


def test_enter_on_a_row_opens_it(qtbot, monkeypatch, page: EvidenceLibraryPage) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    select_title(page, "Budget")
    page.table.setFocus()
    with qtbot.waitSignal(page.file_opened, timeout=10_000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args[0].name == "budget.xlsx"


def test_replace_button_asks_for_the_new_versions_date(
    qtbot, monkeypatch, page: EvidenceLibraryPage, tmp_path: Path
) -> None:
    evidence_id = select_title(page, "Insurance")
    newer = write_file(tmp_path, "insurance-2026.pdf", "renewed cover")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(newer), ""))

    def confirm(dialog: EvidenceDetailsDialog) -> int:
        assert "new version" in dialog.windowTitle()
        assert dialog.document_date.value() == date.today()  # a new version is usually dated today
        dialog.document_date.set_value(date(2026, 1, 2))
        dialog.review_by.set_value(date(2027, 1, 2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EvidenceDetailsDialog, "exec", confirm)
    with qtbot.waitSignal(page.evidence_replaced, timeout=10_000):
        page.replace_button.click()
    item = {i.id: i for i in library_items(page.workspace)}[evidence_id]
    assert (item.original_name, item.document_date, item.review_by) == (
        "insurance-2026.pdf",
        date(2026, 1, 2),
        date(2027, 1, 2),
    )
    assert item.stale == ()
    qtbot.waitUntil(lambda: page.selected_id() == evidence_id and "insurance.pdf" in page.details.toPlainText())


@pytest.mark.parametrize(("typed", "expected"), [("18/09/2025", date(2025, 9, 18)), ("20250918", date(2025, 9, 18)),
                                                 ("", None)])  # fmt: skip
def test_a_date_is_typed_in_the_uk_forms(qtbot, typed: str, expected: date | None) -> None:
    dialog = EvidenceDetailsDialog("Policy", date(2024, 1, 1), None)
    qtbot.addWidget(dialog)
    dialog.document_date.text.clear()
    qtbot.keyClicks(dialog.document_date.text, typed)
    dialog._check_and_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes()["document_date"] == expected


def test_a_date_that_is_not_one_is_said_and_the_dialog_stays(qtbot) -> None:
    dialog = EvidenceDetailsDialog("Policy", None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.review_by.text, "31/02/2026")
    dialog._check_and_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not a real date" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert dialog.review_by.text.text() == "31/02/2026"  # what was typed is kept, to correct


def test_the_calendar_fills_the_field(qtbot) -> None:
    dialog = EvidenceDetailsDialog("Policy", None, None)
    qtbot.addWidget(dialog)
    dialog.document_date.calendar.clicked.emit(QDate(2026, 3, 1))
    assert dialog.document_date.value() == date(2026, 3, 1) and dialog.document_date.text.text() == "01/03/2026"
