"""Personal data in evidence, flagged early: a file marked as naming people, or linked to a criterion whose evidence
usually does (``personal_data: true`` in the framework) and not said either way, is a warning of its own kind
(``personal-data``) until parts of it are hidden; never blocking a submission."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.applicability import ApplicableCriterion
from kitemark_app.core.framework import Area, Criterion, parse_framework
from kitemark_app.core.readiness import EvidenceFacts, ResponseFacts, criterion_problems
from kitemark_app.core.status import ResponseStatus
from kitemark_app.paths import default_framework_text
from tests.unit.test_framework_loader import issues_of, mutated

TODAY = date(2026, 6, 15)


def item(flagged: bool) -> ApplicableCriterion:
    criterion = Criterion("PPL-02", "DBS checks", "Checked.", ("Record of checks",), "Foundation", False,
                          personal_data=flagged)  # fmt: skip
    return ApplicableCriterion(Area("PPL", "People", (criterion,)), criterion, False)


def evidence(personal_data: bool | None = None, redacted: bool = False) -> EvidenceFacts:
    return EvidenceFacts(7, "DBS log", date(2026, 6, 1), None, personal_data, redacted)


def kinds(flagged: bool, facts: EvidenceFacts, status: ResponseStatus = ResponseStatus.MET) -> list[str]:
    return [p.message for p in criterion_problems(item(flagged), ResponseFacts(status, "n/a", (facts,)), TODAY)]


@pytest.mark.parametrize("flagged", [False, True])
def test_a_file_marked_as_naming_people_is_a_warning_until_parts_are_hidden(flagged: bool) -> None:
    (problem,) = criterion_problems(item(flagged), ResponseFacts(ResponseStatus.MET, "", (evidence(True),)), TODAY)
    assert (problem.kind, problem.must_fix, problem.criterion, problem.evidence_id) == ("personal-data", False,
                                                                                        "PPL-02", 7)  # fmt: skip
    assert problem.message == (
        "PPL-02 DBS checks — 'DBS log' contains personal data: send a copy with the personal parts hidden "
        "(or a summary), or send it as it is if the assessor needs them."
    )
    assert kinds(flagged, evidence(True, redacted=True)) == []


def test_on_a_flagged_criterion_a_file_not_said_either_way_may_name_people() -> None:
    (message,) = kinds(True, evidence(None))
    assert message == (
        "PPL-02 DBS checks — 'DBS log' may name people (this criterion's evidence often does): say whether it does "
        "in the evidence library, then hide the personal parts or send it as it is."
    )
    assert kinds(True, evidence(False)) == []  # said: it names no one
    assert kinds(True, evidence(None, redacted=True)) == []
    assert kinds(False, evidence(None)) == []  # an ordinary criterion asks nothing
    assert kinds(True, evidence(True), ResponseStatus.NOT_APPLICABLE) == []  # not sent as evidence of anything


def test_the_framework_flag_is_read_and_checked() -> None:
    from tests.unit.test_framework_loader import GOOD

    assert not parse_framework(GOOD).criterion("GOV-02").personal_data
    flagged = mutated(lambda d: d["areas"][0]["criteria"][1].update(personal_data=True))
    assert parse_framework(flagged).criterion("GOV-02").personal_data
    (issue,) = issues_of(mutated(lambda d: d["areas"][0]["criteria"][1].update(personal_data="often")))
    assert issue.startswith("areas[0].criteria[1].personal_data: ")


def test_the_bundled_framework_flags_the_criteria_whose_evidence_names_people() -> None:
    framework = parse_framework(default_framework_text())
    assert {c.id for _, c in framework.criteria() if c.personal_data} == {"PPL-02", "PPL-06", "SAF-03"}


def test_it_follows_the_files_other_warnings_and_each_file_is_named() -> None:
    stale = EvidenceFacts(3, "Old log", date(2020, 1, 1), date(2021, 1, 1), True)
    fresh = EvidenceFacts(4, "New log", date(2026, 6, 1), None, None)
    problems = criterion_problems(item(True), ResponseFacts(ResponseStatus.MET, "", (stale, fresh)), TODAY)
    assert [(p.kind, p.evidence_id) for p in problems] == [
        ("stale-evidence", 3), ("personal-data", 3), ("personal-data", 4)
    ]  # fmt: skip
    assert "'Old log' contains personal data" in problems[1].message
    assert "'New log' may name people" in problems[2].message
