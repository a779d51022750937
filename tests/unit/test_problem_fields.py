"""Each criterion problem carries the criterion's title, and a file's problem the file's title, as they are in its
sentence: the GUI says the sentence again in its own language from them (``ui/problem_text.py``)."""

from __future__ import annotations

from datetime import date

from kitemark_app.core.applicability import ApplicableCriterion
from kitemark_app.core.framework import Area, Criterion, Freshness
from kitemark_app.core.freshness import Staleness
from kitemark_app.core.readiness import (
    CONTAINS_PERSONAL_DATA,
    MAY_NAME_PEOPLE,
    EvidenceFacts,
    ResponseFacts,
    criterion_problems,
)
from kitemark_app.core.status import ResponseStatus

TODAY = date(2026, 6, 15)
TITLE = "A named safeguarding lead"
FILE = "Lead's appointment letter"


def item(*, mandatory: bool, personal: bool = False) -> ApplicableCriterion:
    fresh = Freshness(max_age_months=12, rule="Reviewed in the last 12 months.")
    c = Criterion("SAF-02", TITLE, "Guidance", ("Letter",), "Foundation", mandatory, freshness=fresh,
                  personal_data=personal)  # fmt: skip
    return ApplicableCriterion(Area("SAF", "Safeguarding", (c,)), c, mandatory)


def kinds(problems) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {p.kind: (p.title, p.evidence_title) for p in problems}


def test_unanswered_problems_carry_the_title() -> None:
    assert kinds(criterion_problems(item(mandatory=True), ResponseFacts(), TODAY)) == {
        "unanswered-mandatory": (TITLE, "")
    }
    assert kinds(criterion_problems(item(mandatory=False), ResponseFacts(), TODAY)) == {"unanswered": (TITLE, "")}


def test_answer_problems_carry_the_title() -> None:
    na = ResponseFacts(status=ResponseStatus.NOT_APPLICABLE, needs_recheck="The wording changed.")
    assert kinds(criterion_problems(item(mandatory=False), na, TODAY)) == {
        "needs-recheck": (TITLE, ""),
        "na-without-reason": (TITLE, ""),
    }
    not_met = ResponseFacts(status=ResponseStatus.NOT_MET)
    assert kinds(criterion_problems(item(mandatory=True), not_met, TODAY)) == {"mandatory-not-met": (TITLE, "")}
    met = ResponseFacts(status=ResponseStatus.MET)
    assert kinds(criterion_problems(item(mandatory=True), met, TODAY)) == {"mandatory-without-evidence": (TITLE, "")}


def test_file_problems_carry_both_titles_and_the_reason_as_the_core_gives_it() -> None:
    old = EvidenceFacts(3, FILE, date(2024, 1, 1), None, personal_data=True)
    problems = criterion_problems(item(mandatory=False), ResponseFacts(ResponseStatus.MET, evidence=(old,)), TODAY)
    assert kinds(problems) == {"stale-evidence": (TITLE, FILE), "personal-data": (TITLE, FILE)}
    assert problems[-1].message == f"SAF-02 {TITLE} — '{FILE}' {CONTAINS_PERSONAL_DATA}"
    undated = EvidenceFacts(4, FILE, None, None)
    problems = criterion_problems(
        item(mandatory=False, personal=True), ResponseFacts(ResponseStatus.MET, evidence=(undated,)), TODAY
    )
    assert kinds(problems) == {"undated-evidence": (TITLE, FILE), "personal-data": (TITLE, FILE)}
    assert problems[-1].message == f"SAF-02 {TITLE} — '{FILE}' {MAY_NAME_PEOPLE}"


def test_an_out_of_date_files_problem_carries_why_as_data() -> None:
    old = EvidenceFacts(3, FILE, date(2024, 1, 1), None)
    (problem,) = criterion_problems(item(mandatory=False), ResponseFacts(ResponseStatus.MET, evidence=(old,)), TODAY)
    assert problem.staleness == Staleness("too-old", date(2024, 1, 1), 12, "Reviewed in the last 12 months.")
    assert problem.message == f"SAF-02 {TITLE} — '{FILE}' {problem.staleness.sentence()}."
    undated = EvidenceFacts(4, FILE, None, None)
    (problem,) = criterion_problems(item(mandatory=False), ResponseFacts(ResponseStatus.MET, evidence=(undated,)),
                                    TODAY)  # fmt: skip
    assert problem.staleness == Staleness("no-date", None, 12, "Reviewed in the last 12 months.")
    assert problem.kind == "undated-evidence"


def test_the_reasons_as_the_core_says_them() -> None:
    assert (
        Staleness("future", date(2026, 7, 1)).sentence()
        == "is dated 1 July 2026, which is in the future; check the date"
    )
    assert Staleness("review-due", date(2026, 6, 14)).sentence() == "was due for review by 14 June 2026"
    assert Staleness("no-date", None, 12, "Reviewed yearly.").sentence() == "has no date; reviewed yearly"
    too_old = Staleness("too-old", date(2025, 6, 14), 12, "Reviewed yearly.").sentence()
    assert too_old == "is dated 14 June 2025, more than 12 months ago (Reviewed yearly)"
