"""Text gets its room on the laptops volunteers use, 1366×768 and 1024×768 (less a 40 px taskbar): dates and counts
in the tables in full, titles and file names cut only with their full text in a tooltip, navigation titles in full
where the window allows and in their tooltips always, the Overview's area names in full beside the chart."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from kitemark_app.core.dates import long_day
from kitemark_app.services.demo import create_demo
from kitemark_app.services.workspace import Workspace
from kitemark_app.ui import screen_fit
from kitemark_app.ui.action_model import Column as ActionColumn
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.evidence_model import Column
from kitemark_app.ui.main_window import MainWindow
from kitemark_app.ui.navigation import TARGET_ROLE

SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1024x768": QRect(0, 0, 1024, 728)}


@pytest.fixture(params=sorted(SCREENS))
def window(request, qtbot, tmp_path: Path, settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: SCREENS[request.param])
    folder = tmp_path / "demo"
    create_demo(folder)  # long titles, file names and dates, out-of-date items, overdue actions
    with Workspace.open(folder) as workspace:
        shown = MainWindow(workspace, AppEvents(), settings, demo=True)
        qtbot.addWidget(shown)
        shown.show()
        qtbot.waitExposed(shown)
        yield shown
        shown.close()


def shown_in_full(table: QTableView, row: int, column: int) -> bool:
    index = table.model().index(row, column)
    return table.sizeHintForIndex(index).width() <= table.horizontalHeader().sectionSize(column)


def test_the_window_and_its_navigation_fit_the_screen(window: MainWindow) -> None:
    screen = screen_fit.available_area(window)
    assert screen.contains(screen_fit.with_frame(window.geometry()))
    navigation = window.navigation
    if screen.width() >= 1366:  # the window is wide enough for every navigation title in full
        assert navigation.viewport().width() >= navigation.sizeHintForColumn(0)
    page = window.splitter.sizes()[1]
    assert page >= 650, "the page beside the navigation keeps its room"


def test_every_navigation_title_is_in_its_tooltip(window: MainWindow) -> None:
    model = window.navigation.nav_model
    outline = model._outline
    assert outline is not None
    for area in outline.areas:
        area_item = model.itemFromIndex(model.index_of(f"area:{area.id}"))
        assert area.title in area_item.toolTip()
        for entry in area.criteria:
            item = model.itemFromIndex(model.index_of(f"criterion:{entry.id}"))
            assert item.toolTip().startswith(f"{entry.id}: {entry.title} — ")
    # Cut at the end, the id stays in view; an area's count at its end stays in view too.
    first = outline.areas[0]
    assert model.index_of(f"criterion:{first.criteria[0].id}").data(TARGET_ROLE) == f"criterion:{first.criteria[0].id}"
    option = QStyleOptionViewItem()
    navigation = window.navigation
    navigation.itemDelegate().initStyleOption(option, model.index_of(f"area:{first.id}"))
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    navigation.itemDelegate().initStyleOption(option, model.index_of(f"criterion:{first.criteria[0].id}"))
    assert option.textElideMode == Qt.TextElideMode.ElideRight


def test_the_evidence_library_shows_dates_in_full_and_cut_names_in_tooltips(qtbot, window: MainWindow) -> None:
    window.navigate("evidence")
    page = window.pages["evidence"]
    table, model = page.table, page.proxy
    qtbot.waitUntil(lambda: bool(page.columns._wanted))  # measured after the rows came
    dated = [row for row in range(model.rowCount()) if model.index(row, Column.DOCUMENT_DATE).data()]
    assert dated, "the demo's documents are dated"
    for row in range(model.rowCount()):
        item = page.model.item(page.proxy.mapToSource(model.index(row, 0)).row())
        if item.document_date:
            assert model.index(row, Column.DOCUMENT_DATE).data() == long_day(item.document_date)
        for column in (Column.DOCUMENT_DATE, Column.REVIEW_BY, Column.SIZE, Column.CRITERIA):
            assert shown_in_full(table, row, column), (row, column, table.horizontalHeader().sectionSize(column))
        assert model.index(row, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole).startswith(item.title)
        assert model.index(row, Column.FILE).data(Qt.ItemDataRole.ToolTipRole) == item.original_name
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(Column.FILE).initStyleOption(option, model.index(0, Column.FILE))
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle  # a cut file name keeps its extension
    header = table.horizontalHeader()
    if window.width() < 1100:  # the fingerprint gives way first (the details below show it)
        assert header.isSectionHidden(Column.SHA256)
    assert not header.isSectionHidden(Column.TITLE) and not header.isSectionHidden(Column.FILE)
    assert header.sectionSize(Column.TITLE) >= table.fontMetrics().averageCharWidth() * 18


def test_the_action_plan_shows_due_dates_in_full(qtbot, window: MainWindow) -> None:
    window.navigate("actions")
    page = window.pages["actions"]
    qtbot.waitUntil(lambda: bool(page.columns._wanted))
    assert page.proxy.rowCount() >= 2
    for row in range(page.proxy.rowCount()):
        for column in (ActionColumn.DUE, ActionColumn.STATUS, ActionColumn.CRITERION):
            assert shown_in_full(page.table, row, column), (row, column)
        description = page.proxy.index(row, ActionColumn.DESCRIPTION)
        assert description.data() in description.data(Qt.ItemDataRole.ToolTipRole)


def test_the_overview_chart_shows_every_area_name_in_full(qtbot, window: MainWindow) -> None:
    overview = window.overview
    assert overview.chart_view is not None and overview.report is not None
    chart = overview.chart_view.chart()
    (axis,) = chart.axes(Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: axis.categories() == overview.category_labels(overview.report.areas))
    metrics = QFontMetrics(axis.labelsFont())
    lines = [line for label in axis.categories() for line in label.split("<br>")]
    # The labels stand right-aligned left of the plot area: it must start to the right of the widest line.
    assert chart.plotArea().left() >= max(metrics.horizontalAdvance(line) for line in lines)
    shown = [html.unescape(" ".join(label.split("<br>"))) for label in reversed(axis.categories())]
    assert [text.rsplit(" (", 1)[0] for text in shown] == [area.title for area in overview.report.areas]
    if window.width() < 1100:
        assert any("<br>" in label for label in axis.categories()), "a long name is wrapped, not cut"
