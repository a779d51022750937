"""An answer carried to a new framework version and not yet confirmed is listed in the readiness check as a
warning of its own kind (``needs-recheck``): in words, on its criterion, never blocking a submission."""

from __future__ import annotations

from datetime import date

from kitemark_app.core.applicability import ApplicableCriterion
from kitemark_app.core.framework import Area, Criterion
from kitemark_app.core.profile import LegalForm
from kitemark_app.core.readiness import Problem, ResponseFacts, criterion_problems, readiness_problems
from kitemark_app.core.status import ResponseStatus

TODAY = date(2026, 6, 15)
REASON = "Version 2027.1 changed this criterion: its wording changed. Check your answer still answers it, then confirm it does."


def item(mandatory: bool = False) -> ApplicableCriterion:
    criterion = Criterion("GOV-05", "Trustee meetings", "The board meets.", ("Minutes",), "Foundation", mandatory)
    return ApplicableCriterion(Area("GOV", "Governance", (criterion,)), criterion, mandatory)


def test_a_flagged_answer_is_a_warning_in_words_on_its_criterion() -> None:
    response = ResponseFacts(ResponseStatus.MET, needs_recheck=REASON)
    assert criterion_problems(item(), response, TODAY) == [
        Problem("needs-recheck", f"GOV-05 Trustee meetings — {REASON}", False, "GOV-05")
    ]


def test_a_confirmed_or_blank_flag_is_not_listed() -> None:
    assert criterion_problems(item(), ResponseFacts(ResponseStatus.MET), TODAY) == []
    assert criterion_problems(item(), ResponseFacts(ResponseStatus.MET, needs_recheck=" \n"), TODAY) == []


def test_the_flag_comes_first_and_the_other_problems_still_follow() -> None:
    response = ResponseFacts(ResponseStatus.MET, needs_recheck=f"  {REASON} ")
    assert criterion_problems(item(mandatory=True), response, TODAY) == [
        Problem("needs-recheck", f"GOV-05 Trustee meetings — {REASON}", False, "GOV-05"),
        Problem(
            "mandatory-without-evidence", "GOV-05 Trustee meetings — mandatory, no evidence linked.", True, "GOV-05"
        ),
    ]
    not_started = ResponseFacts(needs_recheck=REASON)
    assert [p.kind for p in criterion_problems(item(), not_started, TODAY)] == ["needs-recheck", "unanswered"]


def test_it_does_not_block_a_submission() -> None:
    fields = {"name": "Riverside", "address": "1 High St", "contact_name": "Sam", "contact_email": "s@example.org"}
    problems = readiness_problems(
        [item()],
        {"GOV-05": ResponseFacts(ResponseStatus.MET, needs_recheck=REASON)},
        fields,
        LegalForm.UNINCORPORATED_ASSOCIATION,
        TODAY,
    )
    assert [(p.kind, p.must_fix) for p in problems] == [("needs-recheck", False)]
    assert problems[0].as_json() == {
        "criterion": "GOV-05",
        "kind": "needs-recheck",
        "message": f"GOV-05 Trustee meetings — {REASON}",
    }
