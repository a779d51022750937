"""After a review: one state for the charity's screens, and reminders before dates that matter.

* ``standing``: what the latest review means today — ``"awarded"`` (current award), ``"expired"``, ``"resubmit"``
  (a resubmission asked for), ``"not-awarded"`` or ``"none"`` (no review for this cycle).
* ``renewal_due``: the renewal is offered from ``RENEWAL_WINDOW_DAYS`` before the award expires (and after).
* ``reminders``: the award's expiry and evidence review-by dates at 90, 30 and 7 days (the nearest step crossed
  names it), overdue review-by dates are the readiness check's "out of date" problems, not reminders.
* ``plural``: "1 condition", "2 conditions" — the English forms, until the translations give each language its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kitemark_app.core.dates import long_day

RENEWAL_WINDOW_DAYS = 180
REMINDER_DAYS = (90, 30, 7)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


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
    message: str


def _step(days_left: int) -> int | None:
    crossed = [step for step in REMINDER_DAYS if days_left <= step]
    return min(crossed) if crossed and days_left >= 0 else None


def _in(days: int) -> str:
    return "today" if days == 0 else f"in {plural(days, 'day', 'days')}"


def reminders(valid_until: date | None, review_dates: Iterable[tuple[str, date | None]], today: date) -> list[Reminder]:
    """The reminders due today, nearest first: the award's expiry, then each document's review-by date."""
    found = []
    if valid_until is not None and (step := _step(days := (valid_until - today).days)) is not None:
        found.append(Reminder(days, step, (f"Your Kitemark expires {_in(days)} (on {long_day(valid_until)}): start "
                                           "the renewal so that the council can review it in time.")))  # fmt: skip
    for title, review_by in review_dates:
        if review_by is not None and (step := _step(days := (review_by - today).days)) is not None:
            found.append(Reminder(days, step, f"'{title}' is due for review {_in(days)} (on {long_day(review_by)})."))
    return sorted(found, key=lambda reminder: reminder.days_left)
