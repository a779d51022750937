"""How text gets its room (ui/widgets/widths.py, plain arithmetic): a table's width shared among its columns, the
navigation's width, a long label wrapped into lines. Widths are written out by hand."""

from __future__ import annotations

import pytest

from kitemark_app.ui.widgets.widths import (
    NAVIGATION_LEAST,
    PAGE_ROOM,
    ColumnNeed,
    navigation_width,
    share_widths,
    wrap_words,
)

TITLE, FILE, DATE, HASH, KIND = range(5)
NEEDS = [
    ColumnNeed(TITLE, wanted=300, minimum=120),
    ColumnNeed(FILE, wanted=150, minimum=100),
    ColumnNeed(DATE, wanted=110),  # a date: never cut
    ColumnNeed(HASH, wanted=100, optional=2),
    ColumnNeed(KIND, wanted=50, optional=1),
]


def test_with_room_to_spare_everything_is_in_full_and_the_title_takes_the_rest() -> None:
    assert share_widths(1000, NEEDS, TITLE) == {TITLE: 590, FILE: 150, DATE: 110, HASH: 100, KIND: 50}


def test_optional_columns_go_before_anything_is_cut_the_highest_rank_first() -> None:
    widths = share_widths(710, NEEDS, TITLE)  # 300 + 150 + 110 + 100 + 50 = 710: all fit
    assert HASH in widths and KIND in widths
    widths = share_widths(709, NEEDS, TITLE)
    assert widths == {TITLE: 399, FILE: 150, DATE: 110, KIND: 50}  # 709 - 610 = 99 more for the title
    widths = share_widths(600, NEEDS, TITLE)  # 300 + 150 + 110 = 560 without both
    assert widths == {TITLE: 340, FILE: 150, DATE: 110}


def test_short_of_room_the_names_give_way_in_proportion_and_the_date_never() -> None:
    # 400 - 110 = 290 for title and file: 70 above their least (220), shared 180 : 50 as they can give.
    assert share_widths(400, NEEDS, TITLE) == {TITLE: 120 + 70 * 180 // 230, FILE: 100 + 70 * 50 // 230, DATE: 110}


def test_below_the_least_widths_every_column_keeps_its_least_and_the_table_scrolls() -> None:
    assert share_widths(200, NEEDS, TITLE) == {TITLE: 120, FILE: 100, DATE: 110}


def test_a_column_that_is_short_anyway_is_not_widened_to_its_minimum() -> None:
    needs = [ColumnNeed(TITLE, wanted=60, minimum=120), ColumnNeed(DATE, wanted=110)]
    assert share_widths(100, needs, TITLE) == {TITLE: 60, DATE: 110}


@pytest.mark.parametrize(
    ("window", "content", "expected"),
    [
        (1200, 470, 470),  # 1366×768: room for every title
        (1008, 470, 1008 - PAGE_ROOM),  # 1024×768: the page keeps its room
        (900, 470, NAVIGATION_LEAST),  # never narrower than this
        (1920, 300, 300),  # no wider than its longest title
    ],
)
def test_the_navigation_width(window: int, content: int, expected: int) -> None:
    assert navigation_width(window, content) == expected


def test_words_are_wrapped_into_lines_that_fit() -> None:
    def fits(line: str) -> bool:
        return len(line) <= 16

    assert wrap_words("Governance and governing document (3/3)", fits) == [
        "Governance and",
        "governing",
        "document (3/3)",
    ]
    assert wrap_words("Safeguarding (5/5)", fits) == ["Safeguarding", "(5/5)"]
    assert wrap_words("Trustees (6/6)", fits) == ["Trustees (6/6)"]
    assert wrap_words("Extraordinarilylongword x", fits) == ["Extraordinarilylongword", "x"]  # kept whole
