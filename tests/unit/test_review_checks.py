"""The assessor's checks (review/checks.py): each rule alone, with one and with two criteria (the wording's
singular and plural), and nothing to say about anything but an award."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kitemark_app.review.checks import outcome_warnings, remaining_to_mark_met


@dataclass(frozen=True)
class C:
    criterion: str
    status: str = "met"
    mandatory: bool = False


def test_only_criteria_answered_as_met_or_not_applicable_without_a_verdict_remain() -> None:
    criteria = [C("A-1"), C("A-2", "not-applicable"), C("A-3", "partly-met"), C("A-4", "not-met"),
                C("A-5", "not-started"), C("A-6")]  # fmt: skip
    assert remaining_to_mark_met(criteria, {"A-6": "not-met"}) == ["A-1", "A-2"]
    assert remaining_to_mark_met(criteria, {"A-1": "met", "A-2": "met", "A-6": "met"}) == []


def test_a_consistent_award_has_no_warning() -> None:
    criteria = [C("A-1", mandatory=True), C("A-2"), C("A-3", "not-applicable")]
    verdicts = {"A-1": "met-with-conditions", "A-2": "met", "A-3": "met"}
    assert outcome_warnings(criteria, verdicts, "awarded", "Foundation", "Foundation") == []


@pytest.mark.parametrize("decision", ["resubmit", "not-awarded", ""])
def test_only_an_award_is_checked(decision: str) -> None:
    assert outcome_warnings([C("A-1", mandatory=True)], {"A-1": "not-met"}, decision, "Foundation", "Higher") == []


def test_a_mandatory_criterion_not_met_or_needing_more_information() -> None:
    (one,) = outcome_warnings([C("M-1", mandatory=True)], {"M-1": "more-information"}, "awarded", "", "")
    assert one == (
        "1 mandatory criterion is not met or needs more information (M-1); every mandatory criterion must be met "
        "for an award."
    )
    criteria = [C("M-1", mandatory=True), C("M-2", mandatory=True)]
    (two,) = outcome_warnings(criteria, {"M-1": "not-met", "M-2": "not-met"}, "awarded", "", "")
    assert two.startswith("2 mandatory criteria are not met or need more information (M-1, M-2)")


def test_other_criteria_not_met_are_named_apart_from_mandatory_ones() -> None:
    criteria = [C("M-1", mandatory=True), C("O-1"), C("O-2")]
    verdicts = {"M-1": "not-met", "O-1": "not-met", "O-2": "more-information"}
    mandatory, others = outcome_warnings(criteria, verdicts, "awarded", "", "")
    assert "(M-1)" in mandatory and others == "2 other criteria are not met or need more information (O-1, O-2)."


def test_met_verdicts_on_criteria_never_answered() -> None:
    criteria = [C("U-1", "not-started"), C("U-2", "not-started"), C("U-3", "not-started")]
    verdicts = {"U-1": "met", "U-2": "met-with-conditions", "U-3": "not-met"}
    warnings = outcome_warnings(criteria, verdicts, "awarded", "", "")
    assert "2 criteria judged met were never answered by the organisation (U-1, U-2)." in warnings


def test_the_level_awarded_against_the_level_applied_for() -> None:
    assert outcome_warnings([], {}, "awarded", "Higher", "Foundation") == [
        "The award is at Higher, but the organisation applied for Foundation."
    ]
    assert outcome_warnings([], {}, "awarded", " Foundation ", "Foundation") == []
    assert outcome_warnings([], {}, "awarded", "", "Foundation") == []  # no level yet: review_problems says so


def test_long_lists_are_cut_after_six_names() -> None:
    criteria = [C(f"O-{n}") for n in range(1, 9)]
    (warning,) = outcome_warnings(criteria, {f"O-{n}": "not-met" for n in range(1, 9)}, "awarded", "", "")
    assert "(O-1, O-2, O-3, O-4, O-5, O-6, …)" in warning
