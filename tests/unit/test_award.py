"""After a review (core/award.py): the standing, the renewal window and the reminders, each at its boundary;
dates written out, not computed by the code under test."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.award import Reminder, reminders, renewal_due, standing

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("outcome", "valid_until", "this_cycle", "expected"),
    [
        ("awarded", date(2029, 12, 2), True, "awarded"),
        ("awarded", date(2026, 12, 2), True, "awarded"),  # the last day it is valid
        ("awarded", date(2026, 12, 1), True, "expired"),
        ("awarded", date(2029, 12, 2), False, "none"),  # it answers the previous cycle
        ("resubmit", None, True, "resubmit"),
        ("not-awarded", None, True, "not-awarded"),
        (None, None, True, "none"),
    ],
)
def test_standing(outcome: str | None, valid_until: date | None, this_cycle: bool, expected: str) -> None:
    assert standing(outcome, valid_until, this_cycle, TODAY) == expected


def test_the_renewal_is_offered_from_180_days_before_the_expiry() -> None:
    assert not renewal_due(date(2027, 6, 1), TODAY)  # 181 days left
    assert renewal_due(date(2027, 5, 31), TODAY)  # 180 days left
    assert renewal_due(date(2026, 11, 1), TODAY)  # expired: still offered
    assert not renewal_due(None, TODAY)
    assert not renewal_due(date(2029, 12, 2), TODAY)  # 1,096 days left: not yet


@pytest.mark.parametrize(
    ("valid_until", "step"),
    [
        (date(2027, 3, 3), None),  # 91 days
        (date(2027, 3, 2), 90),  # 90 days
        (date(2027, 1, 1), 30),  # 30 days
        (date(2026, 12, 10), 30),  # 8 days
        (date(2026, 12, 9), 7),  # 7 days
        (date(2026, 12, 2), 7),  # today
        (date(2026, 12, 1), None),  # expired: the dashboard says so, not a reminder
    ],
)
def test_the_award_reminder_steps(valid_until: date, step: int | None) -> None:
    found = reminders(valid_until, [], TODAY)
    assert [r.step for r in found] == ([step] if step else [])


def test_reminders_are_nearest_first_and_say_what_and_when() -> None:
    found = reminders(
        date(2027, 1, 1),
        [("Safeguarding policy", date(2026, 12, 3)), ("Risk register", None), ("Insurance", date(2027, 6, 1))],
        TODAY,
    )
    assert found == [
        Reminder(1, 7, date(2026, 12, 3), "Safeguarding policy"),
        Reminder(30, 30, date(2027, 1, 1)),
    ]
    assert found[1].is_award and not found[0].is_award
    assert reminders(None, [("Policy", TODAY)], TODAY) == [Reminder(0, 7, TODAY, "Policy")]
