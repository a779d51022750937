"""Readiness, freshness and applicability at their boundaries: tests written to kill the mutants that survived the
rest of the suite (scripts/mutation.sh). Expected values come from the rules as the README states them, not from
running the code."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.applicability import ApplicableCriterion, applicable_criteria, applies, is_mandatory
from kitemark_app.core.framework import Area, Condition, Criterion, Framework, Freshness, Level
from kitemark_app.core.freshness import months_before, stale_reason
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile
from kitemark_app.core.readiness import (
    EvidenceFacts,
    Problem,
    ResponseFacts,
    criterion_problems,
    profile_problems,
    readiness_problems,
)
from kitemark_app.core.status import ResponseStatus

TODAY = date(2026, 6, 15)
FULL_PROFILE = {
    "name": "Riverside Food Bank",
    "address": "1 High Street",
    "contact_name": "Sam Jones",
    "contact_email": "sam@example.org",
}
FRESH = Freshness(max_age_months=12, rule="Reviewed by the trustees in the last 12 months.")


def criterion(cid: str = "SAF-01", *, mandatory: bool = False, freshness: Freshness | None = None, **kw) -> Criterion:  # type: ignore[no-untyped-def]
    return Criterion(
        cid, "Title", "Guidance", ("Policy",), kw.pop("level", "Foundation"), mandatory, freshness=freshness, **kw
    )


def item(cid: str = "SAF-01", *, mandatory: bool = False, freshness: Freshness | None = None) -> ApplicableCriterion:
    c = criterion(cid, mandatory=mandatory, freshness=freshness)
    return ApplicableCriterion(Area("SAF", "Safeguarding", (c,)), c, mandatory)


def evidence(eid: int = 7, *, dated: date | None = None, review_by: date | None = None) -> EvidenceFacts:
    return EvidenceFacts(eid, "Safeguarding policy", dated, review_by)


# --- profile -------------------------------------------------------------------------------------------------


def test_a_complete_profile_has_no_problems() -> None:
    assert profile_problems(FULL_PROFILE, LegalForm.UNINCORPORATED_ASSOCIATION) == []


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("name", "organisation name"),
        ("address", "address"),
        ("contact_name", "contact person"),
        ("contact_email", "contact email"),
    ],
)
@pytest.mark.parametrize("value", [None, "", "   "])
def test_each_required_field_missing_or_blank(field: str, label: str, value: str | None) -> None:
    fields = {**FULL_PROFILE, field: value}
    assert profile_problems(fields, LegalForm.CHARITABLE_TRUST) == [
        Problem("missing-profile-field", f"The profile has no {label}.", True, profile_field=field)
    ]


def test_a_field_absent_from_the_mapping_is_missing() -> None:
    fields = {k: v for k, v in FULL_PROFILE.items() if k != "address"}
    assert [p.profile_field for p in profile_problems(fields, LegalForm.CHARITABLE_TRUST)] == ["address"]


def test_a_cio_needs_its_charity_number_and_a_valid_one_is_enough() -> None:
    assert profile_problems(FULL_PROFILE, LegalForm.CIO) == [
        Problem("missing-profile-field", "A CIO must give its charity number.", True, profile_field="charity_number")
    ]
    assert profile_problems({**FULL_PROFILE, "charity_number": "  "}, LegalForm.CIO)[0].profile_field == (
        "charity_number"
    )
    assert profile_problems({**FULL_PROFILE, "charity_number": "1234567"}, LegalForm.CIO) == []


@pytest.mark.parametrize("form", [LegalForm.CHARITABLE_COMPANY, LegalForm.CIC])
def test_a_company_needs_its_companies_house_number(form: LegalForm) -> None:
    assert profile_problems(FULL_PROFILE, form) == [
        Problem(
            "missing-profile-field",
            "A company must give its Companies House number.",
            True,
            profile_field="company_number",
        )
    ]
    assert profile_problems({**FULL_PROFILE, "company_number": "01234567"}, form) == []


@pytest.mark.parametrize("form", [f for f in LegalForm if f not in (LegalForm.CIO,)])
def test_only_a_cio_must_give_a_charity_number(form: LegalForm) -> None:
    fields = {**FULL_PROFILE, "company_number": "01234567"}
    assert [p for p in profile_problems(fields, form) if p.profile_field == "charity_number"] == []


def test_invalid_numbers_and_a_hidden_character_in_the_name_are_must_fix() -> None:
    fields = {**FULL_PROFILE, "name": "River\u200bside", "charity_number": "12", "company_number": "1"}
    problems = profile_problems(fields, LegalForm.CHARITABLE_COMPANY)
    assert [(p.kind, p.profile_field, p.must_fix) for p in problems] == [
        ("invalid-profile-field", "name", True),
        ("invalid-profile-field", "charity_number", True),
        ("invalid-profile-field", "company_number", True),
    ]
    assert "U+200B" in problems[0].message
    assert problems[1].message.startswith("A charity number is 6 or 7 digits")
    assert problems[2].message.startswith("A Companies House number is 8 digits")


def test_numbers_are_checked_after_stripping_spaces() -> None:
    fields = {**FULL_PROFILE, "charity_number": " 1234567 ", "company_number": " SC123456 "}
    assert profile_problems(fields, LegalForm.CHARITABLE_COMPANY) == []


def test_problem_as_json() -> None:
    problem = Problem("unanswered", "SAF-01 has no answer yet.", False, "SAF-01", 3, "x")
    assert problem.as_json() == {"criterion": "SAF-01", "kind": "unanswered", "message": "SAF-01 has no answer yet."}
    assert Problem("k", "m", True).criterion == ""
    assert Problem("k", "m", True).evidence_id is None
    assert Problem("k", "m", True).profile_field == ""


# --- criteria ------------------------------------------------------------------------------------------------


def test_unanswered_mandatory_blocks_and_nothing_else_is_reported() -> None:
    stale = evidence(review_by=date(2020, 1, 1))
    assert criterion_problems(item(mandatory=True), ResponseFacts(evidence=(stale,)), TODAY) == [
        Problem("unanswered-mandatory", "SAF-01 Title — mandatory, not answered yet.", True, "SAF-01")
    ]
    assert criterion_problems(item(), ResponseFacts(evidence=(stale,)), TODAY) == [
        Problem("unanswered", "SAF-01 Title — not answered yet.", False, "SAF-01")
    ]


def test_default_response_facts() -> None:
    facts = ResponseFacts()
    assert facts.status is ResponseStatus.NOT_STARTED
    assert facts.na_reason == ""
    assert facts.evidence == ()


@pytest.mark.parametrize("reason", ["", "  \n"])
def test_not_applicable_needs_a_reason(reason: str) -> None:
    response = ResponseFacts(ResponseStatus.NOT_APPLICABLE, reason)
    assert criterion_problems(item(), response, TODAY) == [
        Problem("na-without-reason", "SAF-01 Title — not applicable, but no reason given.", True, "SAF-01")
    ]


def test_not_applicable_with_a_reason_needs_no_evidence_and_is_never_stale() -> None:
    old = evidence(dated=date(2001, 1, 1), review_by=date(2002, 1, 1))
    response = ResponseFacts(ResponseStatus.NOT_APPLICABLE, "We have no premises.", (old,))
    assert criterion_problems(item(mandatory=True, freshness=FRESH), response, TODAY) == []


def test_mandatory_not_met_is_a_warning_and_needs_no_evidence() -> None:
    response = ResponseFacts(ResponseStatus.NOT_MET)
    assert criterion_problems(item(mandatory=True), response, TODAY) == [
        Problem(
            "mandatory-not-met",
            "SAF-01 Title — mandatory and not met; add an action saying how and when it will be met.",
            False,
            "SAF-01",
        )
    ]
    assert criterion_problems(item(mandatory=False), response, TODAY) == []


@pytest.mark.parametrize("status", [ResponseStatus.MET, ResponseStatus.PARTLY_MET])
def test_mandatory_met_or_partly_met_needs_evidence(status: ResponseStatus) -> None:
    assert criterion_problems(item(mandatory=True), ResponseFacts(status), TODAY) == [
        Problem("mandatory-without-evidence", "SAF-01 Title — mandatory, no evidence linked.", True, "SAF-01")
    ]
    assert criterion_problems(item(mandatory=False), ResponseFacts(status), TODAY) == []
    assert criterion_problems(item(mandatory=True), ResponseFacts(status, evidence=(evidence(),)), TODAY) == []


def test_stale_evidence_is_reported_per_item_with_its_id_and_can_be_acknowledged() -> None:
    response = ResponseFacts(
        ResponseStatus.MET,
        evidence=(evidence(1, review_by=date(2026, 6, 14)), evidence(2), evidence(3, review_by=date(2026, 6, 1))),
    )
    assert criterion_problems(item(), response, TODAY) == [
        Problem(
            "stale-evidence",
            "SAF-01 Title — 'Safeguarding policy' was due for review by 14 June 2026.",
            False,
            "SAF-01",
            1,
        ),
        Problem(
            "stale-evidence",
            "SAF-01 Title — 'Safeguarding policy' was due for review by 1 June 2026.",
            False,
            "SAF-01",
            3,
        ),
    ]


def test_readiness_lists_the_profile_first_then_criteria_in_order_with_missing_responses_unanswered() -> None:
    items = [item("A-01", mandatory=True), item("B-01"), item("C-01")]
    responses = {"B-01": ResponseFacts(ResponseStatus.MET)}
    problems = readiness_problems(items, responses, {**FULL_PROFILE, "name": ""}, LegalForm.CHARITABLE_TRUST, TODAY)
    assert [(p.kind, p.criterion) for p in problems] == [
        ("missing-profile-field", ""),
        ("unanswered-mandatory", "A-01"),
        ("unanswered", "C-01"),
    ]


# --- freshness -----------------------------------------------------------------------------------------------


def test_review_by_today_is_still_current_and_yesterday_is_not() -> None:
    assert stale_reason(None, None, TODAY, TODAY) is None
    assert stale_reason(None, None, date(2026, 6, 14), TODAY) == "was due for review by 14 June 2026"


def test_a_document_dated_today_is_fine_and_tomorrow_is_in_the_future() -> None:
    assert stale_reason(None, TODAY, None, TODAY) is None
    assert stale_reason(None, date(2026, 6, 16), None, TODAY) == (
        "is dated 16 June 2026, which is in the future; check the date"
    )


def test_a_future_date_is_reported_before_an_overdue_review() -> None:
    assert stale_reason(None, date(2026, 7, 1), date(2026, 1, 1), TODAY).startswith("is dated 1 July 2026")  # type: ignore[union-attr]


def test_undated_evidence_for_a_criterion_with_a_freshness_rule() -> None:
    c = criterion(freshness=FRESH)
    assert stale_reason(c, None, None, TODAY) == "has no date; reviewed by the trustees in the last 12 months"
    assert stale_reason(criterion(), None, None, TODAY) is None


def test_exactly_max_age_months_old_is_current_one_day_more_is_not() -> None:
    c = criterion(freshness=FRESH)
    assert stale_reason(c, date(2025, 6, 15), None, TODAY) is None
    assert stale_reason(c, date(2025, 6, 14), None, TODAY) == (
        "is dated 14 June 2025, more than 12 months ago (Reviewed by the trustees in the last 12 months)"
    )


def test_months_before_across_a_year_and_clamped_to_the_month() -> None:
    assert months_before(date(2026, 1, 31), 1) == date(2025, 12, 31)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 30), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 12, 31), 0) == date(2026, 12, 31)
    assert months_before(date(2026, 5, 31), 12) == date(2025, 5, 31)
    assert months_before(date(2026, 12, 15), 11) == date(2026, 1, 15)
    assert months_before(date(2026, 11, 30), 1) == date(2026, 10, 30)


# --- applicability -------------------------------------------------------------------------------------------

LEVELS = (Level("Foundation"), Level("Commissioning-ready"))


def framework(*criteria: Criterion) -> Framework:
    return Framework("kitemark-framework/1", "f", "F", "1", "p", LEVELS, (Area("A", "Area", tuple(criteria)),))


def test_levels_are_cumulative_up_to_and_including_the_target() -> None:
    f = framework(criterion("A-01"), criterion("A-02", level="Commissioning-ready"))
    profile = Profile(LegalForm.CIO, IncomeBand.UNDER_10K)
    assert [i.id for i in applicable_criteria(f, profile, "Foundation")] == ["A-01"]
    assert [i.id for i in applicable_criteria(f, profile, "Commissioning-ready")] == ["A-01", "A-02"]


def test_mandatory_if_and_applies_if() -> None:
    children = Condition(activities_any=(Activity.WORKS_WITH_CHILDREN,))
    c = criterion(applies_if=Condition(income_at_least=IncomeBand.FROM_25K_TO_100K), mandatory_if=children)
    small = Profile(LegalForm.CIO, IncomeBand.FROM_10K_TO_25K, frozenset({Activity.WORKS_WITH_CHILDREN}))
    at_band = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K)
    assert not applies(c, small)
    assert applies(c, at_band)
    assert is_mandatory(c, small)
    assert not is_mandatory(c, at_band)
    assert is_mandatory(criterion(mandatory=True), at_band)
    assert not is_mandatory(criterion(), at_band)
    items = applicable_criteria(
        framework(c), Profile(LegalForm.CIO, IncomeBand.OVER_1M, frozenset(Activity)), "Foundation"
    )
    assert [(i.id, i.mandatory, i.area.id, i.criterion is c) for i in items] == [("SAF-01", True, "A", True)]


def test_condition_parts_all_hold_and_lists_need_any_one() -> None:
    rule = Condition(
        legal_forms=(LegalForm.CIO, LegalForm.CIC),
        income_at_least=IncomeBand.FROM_100K_TO_250K,
        activities_any=(Activity.EMPLOYS_STAFF, Activity.RUNS_PREMISES),
    )
    staff = frozenset({Activity.EMPLOYS_STAFF})
    assert rule.holds_for(LegalForm.CIC, IncomeBand.FROM_100K_TO_250K, staff)
    assert not rule.holds_for(LegalForm.CHARITABLE_TRUST, IncomeBand.OVER_1M, staff)
    assert not rule.holds_for(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, staff)
    assert not rule.holds_for(LegalForm.CIO, IncomeBand.OVER_1M, frozenset({Activity.USES_VOLUNTEERS}))
    assert Condition().holds_for(LegalForm.CIO, IncomeBand.UNDER_10K, frozenset())


# --- second round: the survivors of the first measured run ---------------------------------------------------


def test_mandatory_if_reads_the_income_band() -> None:
    c = criterion(mandatory_if=Condition(income_at_least=IncomeBand.FROM_250K_TO_1M))
    assert is_mandatory(c, Profile(LegalForm.CIO, IncomeBand.OVER_1M))
    assert not is_mandatory(c, Profile(LegalForm.CIO, IncomeBand.FROM_100K_TO_250K))


def test_a_rule_ending_in_a_capital_x_keeps_it() -> None:
    c = criterion(freshness=Freshness(max_age_months=12, rule="Signed off on form X."))
    assert stale_reason(c, None, None, TODAY) == "has no date; signed off on form x"
    assert stale_reason(c, date(2020, 1, 1), None, TODAY) == (
        "is dated 1 January 2020, more than 12 months ago (Signed off on form X)"
    )


def test_months_before_at_the_first_december_of_the_calendar() -> None:
    assert months_before(date(1, 12, 31), 0) == date(1, 12, 31)
    assert months_before(date(2, 1, 31), 1) == date(1, 12, 31)


def test_undated_evidence_past_its_review_date_is_out_of_date_not_just_undated() -> None:
    undated_overdue = evidence(1, review_by=date(2026, 6, 14))
    undated_due_today = evidence(2, review_by=TODAY)
    response = ResponseFacts(ResponseStatus.MET, evidence=(undated_overdue, undated_due_today))
    kinds = [(p.kind, p.evidence_id) for p in criterion_problems(item(freshness=FRESH), response, TODAY)]
    assert kinds == [("stale-evidence", 1), ("undated-evidence", 2)]
