"""The 'Recent' and 'Dated' of the CARD evidence rule: is a piece of evidence still current?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kitemark_app.core.dates import long_day
from kitemark_app.core.framework import Criterion


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _days_in(year, month)))


def _days_in(year: int, month: int) -> int:
    # Not calendar.monthrange: this runs before the main window is shown, and importing calendar takes ~2 ms.
    return (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day


@dataclass(frozen=True)
class Staleness:
    """Why a piece of evidence is out of date, as data: ``kind`` is "future" (dated after today), "review-due" (its
    review-by date has passed), "no-date" (the criterion's rule needs a date) or "too-old" (dated before the rule's
    months); ``day`` is the date the sentence names, ``months`` and ``rule`` the criterion's freshness rule."""

    kind: str
    day: date | None = None
    months: int = 0
    rule: str = ""

    def sentence(self) -> str:
        """The reason in English, the end of a sentence that begins with the file's title."""
        if self.day is None:  # "no-date", the one kind without a day
            return f"has no date; {self.rule.rstrip('.').lower()}"
        day = long_day(self.day)
        if self.kind == "future":
            return f"is dated {day}, which is in the future; check the date"
        if self.kind == "review-due":
            return f"was due for review by {day}"
        return f"is dated {day}, more than {self.months} months ago ({self.rule.rstrip('.')})"


def staleness(
    criterion: Criterion | None, document_date: date | None, review_by: date | None, today: date
) -> Staleness | None:
    """Why this evidence is out of date for this criterion, or None when it is current."""
    if document_date is not None and document_date > today:
        return Staleness("future", document_date)
    if review_by is not None and review_by < today:
        return Staleness("review-due", review_by)
    if criterion is None or criterion.freshness is None:
        return None
    rule = criterion.freshness
    if document_date is None:
        return Staleness("no-date", None, rule.max_age_months, rule.rule)
    if document_date < months_before(today, rule.max_age_months):
        return Staleness("too-old", document_date, rule.max_age_months, rule.rule)
    return None


def stale_reason(
    criterion: Criterion | None, document_date: date | None, review_by: date | None, today: date
) -> str | None:
    """Why this evidence is out of date for this criterion, in English, or None when it is current."""
    found = staleness(criterion, document_date, review_by, today)
    return found.sentence() if found is not None else None


def needs_date(criterion: Criterion | None, document_date: date | None, review_by: date | None, today: date) -> bool:
    """The only thing wrong is that the evidence has no date yet, where the criterion's freshness rule needs one:
    it "needs a date", which is not the same as being out of date."""
    if document_date is not None or criterion is None or criterion.freshness is None:
        return False
    return review_by is None or review_by >= today
