"""Readiness and profile rules at their boundaries (core/freshness.py, core/readiness.py), each refusal on its own.

Every date is a calendar date worked out by hand, not with the code's months_before(): the cut-off day itself, the
day before and the day after. FIN-01 keeps evidence current for 18 months, GOV-02 for 12 (tests/unit/test_rules.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.applicability import ApplicableCriterion, applicable_criteria
from kitemark_app.core.freshness import stale_reason
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile
from kitemark_app.core.readiness import (
    EvidenceFacts,
    Problem,
    ResponseFacts,
    criterion_problems,
    profile_problems,
)
from kitemark_app.core.status import ResponseStatus
from tests.unit.test_rules import FRAMEWORK

TODAY = date(2026, 11, 26)
COMPLETE_PROFILE = {
    "name": "Riverside Community Hub",
    "address": "1 High Street",
    "contact_name": "A Person",
    "contact_email": "a@example.org",
    "charity_number": "1234567",
    "company_number": "",
}


def applicable(criterion_id: str) -> ApplicableCriterion:
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, frozenset({Activity.WORKS_WITH_CHILDREN}))
    (item,) = [i for i in applicable_criteria(FRAMEWORK, profile, "Commissioning-ready") if i.id == criterion_id]
    return item


def kinds(problems: list[Problem]) -> list[str]:
    return [p.kind for p in problems]


# --- freshness: max_age_months, 'document_date < oldest' ---------------------------------------------------


@pytest.mark.parametrize(
    ("today", "document_date", "stale"),
    [
        # 26 Nov 2026 less 18 months is 26 May 2025.
        (date(2026, 11, 26), date(2025, 5, 26), False),  # the cut-off day: still current
        (date(2026, 11, 26), date(2025, 5, 25), "25 May 2025"),  # the day before: out of date
        (date(2026, 11, 26), date(2025, 5, 27), False),  # the day after
        # 31 Aug 2026 less 18 months is 28 Feb 2025 (no 31 Feb; 2025 is not a leap year).
        (date(2026, 8, 31), date(2025, 2, 28), False),
        (date(2026, 8, 31), date(2025, 2, 27), "27 February 2025"),
        (date(2026, 8, 31), date(2025, 3, 1), False),
    ],
)
def test_eighteen_month_freshness_cut_off(today: date, document_date: date, stale: str | bool) -> None:
    reason = stale_reason(FRAMEWORK.criterion("FIN-01"), document_date, None, today)
    if stale:
        assert reason == (
            f"is dated {stale}, more than 18 months ago "
            "(Accounts for a year ending in the last 18 months)"
        )
    else:
        assert reason is None


@pytest.mark.parametrize(
    ("document_date", "stale"),
    [(date(2025, 11, 26), False), (date(2025, 11, 25), True), (date(2025, 11, 27), False)],
)
def test_twelve_month_freshness_cut_off(document_date: date, stale: bool) -> None:
    assert (stale_reason(FRAMEWORK.criterion("GOV-02"), document_date, None, TODAY) is not None) is stale


@pytest.mark.parametrize(
    ("document_date", "expected"), [(date(2025, 5, 26), []), (date(2025, 5, 25), ["stale-evidence"])]
)
def test_freshness_cut_off_in_the_readiness_check(document_date: date, expected: list[str]) -> None:
    evidence = EvidenceFacts(7, "Accounts 2024", document_date, None)
    problems = criterion_problems(applicable("FIN-01"), ResponseFacts(ResponseStatus.MET, evidence=(evidence,)), TODAY)
    assert kinds(problems) == expected
    assert all(not p.must_fix and p.evidence_id == 7 for p in problems)


def test_document_dated_today_is_current_and_tomorrow_is_in_the_future() -> None:
    assert stale_reason(FRAMEWORK.criterion("FIN-01"), date(2026, 11, 26), None, TODAY) is None
    assert stale_reason(None, date(2026, 11, 27), None, TODAY) == (
        "is dated 27 November 2026, which is in the future; check the date"
    )


# --- review by: 'review_by < today' ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("review_by", "reason"),
    [
        (date(2026, 11, 26), None),  # due today: not yet overdue
        (date(2026, 11, 25), "was due for review by 25 November 2026"),  # yesterday: overdue
        (date(2026, 11, 27), None),  # tomorrow
    ],
)
def test_review_by_cut_off(review_by: date, reason: str | None) -> None:
    assert stale_reason(None, None, review_by, TODAY) == reason


def test_review_due_today_is_no_readiness_problem_but_yesterday_is() -> None:
    today = EvidenceFacts(1, "Policy", date(2026, 6, 1), date(2026, 11, 26))
    yesterday = EvidenceFacts(2, "Policy", date(2026, 6, 1), date(2026, 11, 25))
    item = applicable("GOV-01")
    assert criterion_problems(item, ResponseFacts(ResponseStatus.MET, evidence=(today,)), TODAY) == []
    (problem,) = criterion_problems(item, ResponseFacts(ResponseStatus.MET, evidence=(yesterday,)), TODAY)
    assert (problem.kind, problem.evidence_id, problem.must_fix) == ("stale-evidence", 2, False)


# --- not applicable needs a reason (whitespace is no reason) ------------------------------------------------


@pytest.mark.parametrize("reason", ["", " ", "   ", "\t", "\n", " \t\r\n "])
def test_not_applicable_without_a_real_reason_blocks(reason: str) -> None:
    problems = criterion_problems(applicable("GOV-02"), ResponseFacts(ResponseStatus.NOT_APPLICABLE, reason), TODAY)
    assert [(p.kind, p.criterion, p.must_fix) for p in problems] == [("na-without-reason", "GOV-02", True)]


@pytest.mark.parametrize("reason", ["We have no premises.", " x "])
def test_not_applicable_with_a_reason_is_fine(reason: str) -> None:
    assert criterion_problems(applicable("GOV-02"), ResponseFacts(ResponseStatus.NOT_APPLICABLE, reason), TODAY) == []


# --- the other criterion blockers, each alone -------------------------------------------------------------


def test_unanswered_mandatory_blocks_and_unanswered_optional_warns() -> None:
    (mandatory,) = criterion_problems(applicable("GOV-01"), ResponseFacts(), TODAY)
    assert (mandatory.kind, mandatory.must_fix) == ("unanswered-mandatory", True)
    (optional,) = criterion_problems(applicable("GOV-02"), ResponseFacts(), TODAY)
    assert (optional.kind, optional.must_fix) == ("unanswered", False)


@pytest.mark.parametrize("status", [ResponseStatus.MET, ResponseStatus.PARTLY_MET])
def test_mandatory_met_without_evidence_blocks(status: ResponseStatus) -> None:
    (problem,) = criterion_problems(applicable("GOV-01"), ResponseFacts(status), TODAY)
    assert (problem.kind, problem.must_fix) == ("mandatory-without-evidence", True)
    evidence = EvidenceFacts(1, "Constitution", date(2026, 6, 1), None)
    assert criterion_problems(applicable("GOV-01"), ResponseFacts(status, evidence=(evidence,)), TODAY) == []


# --- profile rules ----------------------------------------------------------------------------------------


def test_complete_profile_has_no_problems() -> None:
    assert profile_problems(COMPLETE_PROFILE, LegalForm.CIO) == []


@pytest.mark.parametrize("legal_form", [LegalForm.CHARITABLE_COMPANY, LegalForm.CIC])
@pytest.mark.parametrize("number", ["", "   ", None])
def test_company_must_give_its_companies_house_number(legal_form: LegalForm, number: str | None) -> None:
    fields = COMPLETE_PROFILE | {"company_number": number}
    problems = profile_problems(fields, legal_form)
    assert [(p.kind, p.message, p.profile_field, p.must_fix) for p in problems] == [
        ("missing-profile-field", "A company must give its Companies House number.", "company_number", True)
    ]


@pytest.mark.parametrize("legal_form", [LegalForm.CHARITABLE_COMPANY, LegalForm.CIC])
def test_company_with_its_number_is_fine(legal_form: LegalForm) -> None:
    assert profile_problems(COMPLETE_PROFILE | {"company_number": "01234567"}, legal_form) == []


@pytest.mark.parametrize(
    "legal_form",
    [
        LegalForm.UNINCORPORATED_ASSOCIATION,
        LegalForm.CHARITABLE_TRUST,
        LegalForm.CIO,
        LegalForm.COMMUNITY_BENEFIT_SOCIETY,
    ],
)
def test_forms_not_at_companies_house_need_no_company_number(legal_form: LegalForm) -> None:
    assert profile_problems(COMPLETE_PROFILE, legal_form) == []


@pytest.mark.parametrize("number", ["", "  "])
def test_cio_must_give_its_charity_number(number: str) -> None:
    problems = profile_problems(COMPLETE_PROFILE | {"charity_number": number}, LegalForm.CIO)
    assert [(p.message, p.profile_field) for p in problems] == [
        ("A CIO must give its charity number.", "charity_number")
    ]


@pytest.mark.parametrize("field", ["name", "address", "contact_name", "contact_email"])
@pytest.mark.parametrize("value", ["", "   ", None])
def test_each_required_profile_field_alone(field: str, value: str | None) -> None:
    problems = profile_problems(COMPLETE_PROFILE | {field: value}, LegalForm.CIO)
    assert [(p.kind, p.profile_field, p.must_fix) for p in problems] == [("missing-profile-field", field, True)]


def test_invalid_numbers_and_hidden_characters_each_alone() -> None:
    charity = profile_problems(COMPLETE_PROFILE | {"charity_number": "12"}, LegalForm.CIO)
    assert [(p.kind, p.profile_field) for p in charity] == [("invalid-profile-field", "charity_number")]
    company = profile_problems(COMPLETE_PROFILE | {"company_number": "1234"}, LegalForm.CIC)
    assert [(p.kind, p.profile_field) for p in company] == [("invalid-profile-field", "company_number")]
    hidden = profile_problems(COMPLETE_PROFILE | {"name": "River\u200bside"}, LegalForm.CIO)
    assert [(p.kind, p.profile_field) for p in hidden] == [("invalid-profile-field", "name")]
