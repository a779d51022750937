"""Dates typed the UK way, read day first; everything else is a sentence, never a guess."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.dates import DateTextError, parse_day, show_day

SEPT_18 = date(2025, 9, 18)


@pytest.mark.parametrize(
    "typed",
    ["18/09/2025", "18/9/2025", "18-09-2025", "18.09.2025", "18/09/25", "18 Sep 2025", "18 sept 2025",
     "18 September 2025", "18th September 2025", " 18  SEP  2025 ", "2025-09-18", "2025-9-18", "20250918"],
)  # fmt: skip
def test_the_forms_people_type_are_read(typed: str) -> None:
    assert parse_day(typed) == SEPT_18


def test_day_first_not_month_first() -> None:
    assert parse_day("03/04/2026") == date(2026, 4, 3)  # 3 April, not 4 March


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31/02/2026", "not a real date"),
        ("29/02/2025", "not a real date"),  # 2025 is not a leap year
        ("00/01/2026", "not a real date"),
        ("18 Smarch 2025", "month Kitemark does not know"),
        ("09/18/2025", "not a real date"),  # American order: month 18
        ("next Tuesday", "write it like 18/09/2025"),
        ("", "write it like 18/09/2025"),
        ("2025/09/18/1", "write it like 18/09/2025"),
    ],
)
def test_what_is_not_a_date_is_said_in_one_sentence(typed: str, says: str) -> None:
    with pytest.raises(DateTextError, match=says) as refused:
        parse_day(typed)
    assert str(refused.value).endswith(".") and "\n" not in str(refused.value)


def test_a_leap_day_is_a_date() -> None:
    assert parse_day("29/02/2028") == date(2028, 2, 29)


def test_shown_dates_read_back() -> None:
    assert show_day(date(2026, 1, 5)) == "05/01/2026"
    assert parse_day(show_day(date(2026, 1, 5))) == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (date(2025, 9, 2), "2 September 2025"),  # no leading zero
        (date(2026, 12, 31), "31 December 2026"),
        (date(2024, 2, 29), "29 February 2024"),
        (date(2027, 1, 1), "1 January 2027"),
    ],
)
def test_long_day_is_how_sentences_write_a_date(day: date, written: str) -> None:
    from kitemark_app.core.dates import long_day

    assert long_day(day) == written
