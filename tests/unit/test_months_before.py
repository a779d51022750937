"""``months_before`` clamps to the month's length exactly as the calendar does (it no longer imports calendar)."""

from __future__ import annotations

import calendar
from datetime import date

from kitemark_app.core.freshness import months_before


def test_months_before_agrees_with_the_calendar_for_every_month_end() -> None:
    for year in range(1999, 2031):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            for months in (0, 1, 11, 12, 13, 25):
                earlier = months_before(date(year, month, last), months)
                index = year * 12 + month - 1 - months
                expected_year, expected_month = index // 12, index % 12 + 1
                expected_day = min(last, calendar.monthrange(expected_year, expected_month)[1])
                assert earlier == date(expected_year, expected_month, expected_day)


def test_a_leap_day_and_the_end_of_march() -> None:
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2023, 3, 31), 1) == date(2023, 2, 28)
    assert months_before(date(2025, 2, 28), 12) == date(2024, 2, 28)
