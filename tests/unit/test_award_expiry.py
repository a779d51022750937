"""An award is valid for three years by default (services/assessor.py): each expected date written out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.services.assessor import default_valid_until


@pytest.mark.parametrize(
    ("awarded", "expires"),
    [
        (date(2026, 12, 1), date(2029, 12, 1)),
        (date(2026, 1, 31), date(2029, 1, 31)),
        (date(2027, 2, 28), date(2030, 2, 28)),
        (date(2028, 2, 29), date(2031, 2, 28)),  # a leap day: 2031 has no 29 February
        (date(2029, 2, 28), date(2032, 2, 28)),  # into a leap year: still the 28th, never the 29th
        (date(2026, 12, 31), date(2029, 12, 31)),
    ],
)
def test_three_years_from_the_award(awarded: date, expires: date) -> None:
    assert default_valid_until(awarded) == expires
