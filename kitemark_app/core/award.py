"""After a review: one state for the charity's screens, and reminders before dates that matter.

* ``standing``: what the latest review means today — ``"awarded"`` (current award), ``"expired"``, ``"resubmit"``
  (a resubmission asked for), ``"not-awarded"`` or ``"none"`` (no review for this cycle).
* ``renewal_due``: the renewal is offered from ``RENEWAL_WINDOW_DAYS`` before the award expires (and after).
* ``reminders``: the award's expiry and evidence review-by dates at 90, 30 and 7 days (the nearest step crossed
  names it), overdue review-by dates are the readiness check's "out of date" problems, not reminders. They are
  plain data (what, when, how many days): the screen words them, with the plural forms of its language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

RENEWAL_WINDOW_DAYS = 180
REMINDER_DAYS = (90, 30, 7)


def standing(outcome: str | None, valid_until: date | None, for_this_cycle: bool, today: date) -> str:
    if not outcome or not for_this_cycle:
        return "none"
    if outcome == "awarded":
        return "expired" if valid_until is not None and valid_until < today else "awarded"
    return outcome if outcome in ("resubmit", "not-awarded") else "none"


def renewal_due(valid_until: date | None, today: date) -> bool:
    return valid_until is not None and (valid_until - today).days <= RENEWAL_WINDOW_DAYS


@dataclass(frozen=True)
class Reminder:
    days_left: int
    step: int  # the reminder step crossed: 90, 30 or 7
    day: date  # the date it is about
    #: The document due for review; "" for the award's expiry.
    document: str = ""

    @property
    def is_award(self) -> bool:
        return not self.document


def _step(days_left: int) -> int | None:
    crossed = [step for step in REMINDER_DAYS if days_left <= step]
    return min(crossed) if crossed and days_left >= 0 else None


def reminders(valid_until: date | None, review_dates: Iterable[tuple[str, date | None]], today: date) -> list[Reminder]:
    """The reminders due today, nearest first: the award's expiry, then each document's review-by date."""
    found = []
    if valid_until is not None and (step := _step(days := (valid_until - today).days)) is not None:
        found.append(Reminder(days, step, valid_until))
    for title, review_by in review_dates:
        if review_by is not None and (step := _step(days := (review_by - today).days)) is not None:
            found.append(Reminder(days, step, review_by, title))
    return sorted(found, key=lambda reminder: reminder.days_left)
