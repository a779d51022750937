"""Applicability, freshness, readiness and registration-number rules, on plain data."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.applicability import applicable_criteria
from kitemark_app.core.framework import parse_framework
from kitemark_app.core.freshness import months_before, stale_reason
from kitemark_app.core.profile import (
    Activity,
    IncomeBand,
    LegalForm,
    Profile,
    charity_number_problem,
    company_number_problem,
)
from kitemark_app.core.readiness import EvidenceFacts, ResponseFacts, profile_problems, readiness_problems
from kitemark_app.core.status import ResponseStatus
from tests.unit.test_framework_loader import GOOD

FRAMEWORK = parse_framework(
    GOOD
    + """\
  - id: FIN
    title: Money
    criteria:
      - id: FIN-01
        title: Independent examination
        guidance: Have your accounts examined.
        evidence_examples: [Examiner's report]
        level: Foundation
        mandatory: true
        applies_if: {income_at_least: 25k-100k, legal_forms: [cio, charitable-company]}
        freshness: {max_age_months: 18, rule: Accounts for a year ending in the last 18 months}
"""
)
TODAY = date(2026, 11, 26)


def ids(profile: Profile, level: str = "Commissioning-ready") -> dict[str, bool]:
    return {item.id: item.mandatory for item in applicable_criteria(FRAMEWORK, profile, level)}


def test_levels_are_cumulative() -> None:
    small = Profile(LegalForm.UNINCORPORATED_ASSOCIATION, IncomeBand.UNDER_10K)
    assert ids(small, "Foundation") == {"GOV-01": True}
    assert ids(small) == {"GOV-01": True, "GOV-02": False}


def test_safeguarding_applies_to_work_with_adults_at_risk_and_is_mandatory_with_children() -> None:
    adults = Profile(LegalForm.CIO, IncomeBand.UNDER_10K, frozenset({Activity.WORKS_WITH_ADULTS_AT_RISK}))
    children = Profile(LegalForm.CIO, IncomeBand.UNDER_10K, frozenset({Activity.WORKS_WITH_CHILDREN}))
    assert ids(adults)["SAF-01"] is False
    assert ids(children)["SAF-01"] is True


def test_income_and_legal_form_conditions_must_all_hold() -> None:
    assert "FIN-01" in ids(Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K))
    assert "FIN-01" in ids(Profile(LegalForm.CHARITABLE_COMPANY, IncomeBand.OVER_1M))
    assert "FIN-01" not in ids(Profile(LegalForm.CIO, IncomeBand.FROM_10K_TO_25K))
    assert "FIN-01" not in ids(Profile(LegalForm.CIC, IncomeBand.OVER_1M))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 26), 18, date(2025, 5, 26)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 12, date(2025, 1, 15)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_freshness() -> None:
    rule = FRAMEWORK.criterion("FIN-01")
    assert stale_reason(rule, date(2025, 6, 1), None, TODAY) is None
    assert "more than 18 months ago" in stale_reason(rule, date(2025, 5, 1), None, TODAY)
    assert "has no date" in stale_reason(rule, None, None, TODAY)
    assert "due for review by 1 November 2026" in stale_reason(None, None, date(2026, 11, 1), TODAY)
    assert stale_reason(FRAMEWORK.criterion("GOV-01"), None, None, TODAY) is None  # no rule, no review date


def test_readiness_problems() -> None:
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, frozenset({Activity.WORKS_WITH_CHILDREN}))
    applicable = applicable_criteria(FRAMEWORK, profile, "Commissioning-ready")
    old = EvidenceFacts(1, "Accounts 2023", date(2024, 3, 31), None)
    responses = {
        "GOV-01": ResponseFacts(ResponseStatus.MET),  # mandatory, no evidence
        "GOV-02": ResponseFacts(ResponseStatus.NOT_APPLICABLE, ""),  # n/a without a reason
        "FIN-01": ResponseFacts(ResponseStatus.MET, evidence=(old,)),  # stale
    }
    fields = {"name": "Org", "address": "1 St", "contact_name": "A", "contact_email": "a@b", "charity_number": ""}
    problems = readiness_problems(applicable, responses, fields, LegalForm.CIO, TODAY)
    found = {(p.kind, p.criterion, p.must_fix) for p in problems}
    assert found == {
        ("missing-profile-field", "", True),  # a CIO has a charity number
        ("mandatory-without-evidence", "GOV-01", True),
        ("na-without-reason", "GOV-02", True),
        ("unanswered-mandatory", "SAF-01", True),
        ("stale-evidence", "FIN-01", False),
    }


def test_profile_problems_check_number_formats() -> None:
    fields = {"name": "Org", "address": "x", "contact_name": "x", "contact_email": "x", "company_number": "123"}
    kinds = [(p.kind, p.profile_field) for p in profile_problems(fields, LegalForm.CIC)]
    assert kinds == [("invalid-profile-field", "company_number")]


@pytest.mark.parametrize("number", ["1234567", "123456", "1123456-1", "SC012345", "sc 012345"])
def test_valid_charity_numbers(number: str) -> None:
    assert charity_number_problem(number) is None


@pytest.mark.parametrize("number", ["12345", "12345678", "SC12345", "AB123456", "1234567-", ""])
def test_invalid_charity_numbers(number: str) -> None:
    assert charity_number_problem(number)


@pytest.mark.parametrize("number", ["01234567", "SC123456", "NI012345", "OC301234", "oc 301234"])
def test_valid_company_numbers(number: str) -> None:
    assert company_number_problem(number) is None


@pytest.mark.parametrize("number", ["1234567", "123456789", "S1234567", "SCX12345", ""])
def test_invalid_company_numbers(number: str) -> None:
    assert company_number_problem(number)


def test_mandatory_not_met_is_a_warning_not_a_blocker() -> None:
    profile = Profile(LegalForm.UNINCORPORATED_ASSOCIATION, IncomeBand.UNDER_10K)
    applicable = applicable_criteria(FRAMEWORK, profile, "Foundation")
    fields = {"name": "Org", "address": "x", "contact_name": "x", "contact_email": "x"}
    (problem,) = readiness_problems(
        applicable, {"GOV-01": ResponseFacts(ResponseStatus.NOT_MET)}, fields, profile.legal_form, TODAY
    )
    assert (problem.kind, problem.must_fix) == ("mandatory-not-met", False)


def test_evidence_dated_in_the_future_is_flagged() -> None:
    assert "in the future" in stale_reason(None, date(2027, 1, 1), None, TODAY)


def test_income_band_labels_do_not_overlap() -> None:
    """Every label's range starts one pound above the previous one's end (worked out by hand)."""
    from kitemark_app.core.profile import INCOME_BAND_LABELS, IncomeBand

    assert [INCOME_BAND_LABELS[band] for band in IncomeBand] == [
        "Under £10,000",
        "£10,000 to £24,999",
        "£25,000 to £99,999",
        "£100,000 to £249,999",
        "£250,000 to £999,999",
        "£1 million or more",
    ]
