"""The 'Recent' and 'Dated' of the CARD evidence rule: is a piece of evidence still current?"""

from __future__ import annotations

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


def stale_reason(
    criterion: Criterion | None, document_date: date | None, review_by: date | None, today: date
) -> str | None:
    """Why this evidence is out of date for this criterion, or None when it is current."""
    if document_date is not None and document_date > today:
        return f"is dated {long_day(document_date)}, which is in the future; check the date"
    if review_by is not None and review_by < today:
        return f"was due for review by {long_day(review_by)}"
    if criterion is None or criterion.freshness is None:
        return None
    if document_date is None:
        return f"has no date; {criterion.freshness.rule.rstrip('.').lower()}"
    oldest = months_before(today, criterion.freshness.max_age_months)
    if document_date < oldest:
        return (
            f"is dated {long_day(document_date)}, more than {criterion.freshness.max_age_months} months ago "
            f"({criterion.freshness.rule.rstrip('.')})"
        )
    return None


def needs_date(criterion: Criterion | None, document_date: date | None, review_by: date | None, today: date) -> bool:
    """The only thing wrong is that the evidence has no date yet, where the criterion's freshness rule needs one:
    it "needs a date", which is not the same as being out of date."""
    if document_date is not None or criterion is None or criterion.freshness is None:
        return False
    return review_by is None or review_by >= today
