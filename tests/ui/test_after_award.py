"""After an award the charity's screens agree (core/award.py on the dashboard): the award leads, the renewal is
offered only when it is due, counts are singular or plural, and reminders come 90, 30 and 7 days ahead."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kitemark_app.core.readiness import Problem
from kitemark_app.services import evidence_ops
from kitemark_app.services.overview import ReviewSummary
from kitemark_app.ui.dashboard import DashboardPage
from kitemark_app.ui.events import AppEvents
from kitemark_app.ui.widgets.review_outcome import ReviewOutcomeBox
from tests.ui.vco_workspace import vco_workspace, write_file


def award(valid_until: date, conditions: int = 1, outcome: str = "awarded") -> ReviewSummary:
    labels = {"awarded": "Kitemark awarded", "resubmit": "Resubmission requested"}
    return ReviewSummary(outcome, labels[outcome], "Foundation", valid_until if outcome == "awarded" else None,
                         date(2027, 3, 1) if outcome == "resubmit" else None, "", "Jo Assessor",
                         datetime(2026, 12, 1, 10, 0), datetime(2026, 11, 30, 9, 0), conditions, 0, 0, True)  # fmt: skip


def test_the_renewal_is_offered_only_from_180_days_before_the_expiry(qtbot) -> None:
    box = ReviewOutcomeBox()
    qtbot.addWidget(box)
    box.show()
    valid_until = date(2027, 6, 30)  # 180 days after 1 January 2027
    box.set_summary(award(valid_until), today=date(2026, 12, 2))  # 210 days left
    assert not box.next_button.isVisibleTo(box)
    assert "The renewal opens on 1 January 2027." in box.text.text()
    assert "1 condition," in box.text.text() and "1 conditions" not in box.text.text()
    box.set_summary(award(valid_until, conditions=2), today=date(2027, 1, 1))  # 180 days left
    assert box.next_button.isVisibleTo(box) and "renewal" in box.next_button.text()
    assert "2 conditions," in box.text.text() and "renewal opens" not in box.text.text()
    box.set_summary(award(valid_until, outcome="resubmit"), today=date(2026, 12, 2))
    assert box.next_button.isVisibleTo(box) and "resubmission" in box.next_button.text()


@pytest.fixture
def page(qtbot, data_dir: Path):
    with vco_workspace(data_dir) as workspace:
        widget = DashboardPage(workspace, AppEvents())
        qtbot.addWidget(widget)
        widget.show()
        yield widget


def test_a_current_award_leads_instead_of_ready_for_submission(page: DashboardPage) -> None:
    problems = [Problem("unanswered", "PLN-06 Services are costed in full — not answered yet.", False, "PLN-06")]
    page._fill_problems(problems, award(date.today() + timedelta(days=1000)))
    heading = page.readiness_heading.text()
    assert "Your Kitemark is current" in heading and "Ready for submission" not in heading
    page._fill_problems(problems, award(date.today() - timedelta(days=1)))  # expired: back to the submission view
    assert "Ready for submission" in page.readiness_heading.text()


def test_reminders_for_the_expiry_and_review_dates_ahead(page: DashboardPage, tmp_path: Path) -> None:
    source = write_file(tmp_path, "policy.pdf", b"%PDF policy")
    evidence_ops.add_evidence(page.workspace, source, title="Safeguarding policy", review_by=date(2027, 1, 1))
    page._fill_reminders(award(date(2027, 3, 2)), today=date(2026, 12, 2))  # 90 and 30 days ahead
    text = html.unescape(page.reminders.text())
    assert page.reminders.isVisibleTo(page)
    assert "'Safeguarding policy' is due for review in 30 days (on 1 January 2027)." in text
    assert "Your Kitemark expires in 90 days (on 2 March 2027)" in text
    page._fill_reminders(award(date(2027, 6, 1)), today=date(2026, 10, 1))  # both more than 90 days ahead
    assert not page.reminders.isVisibleTo(page)
