"""Undated evidence "needs a date" — a different thing from "out of date" — wherever a freshness rule needs one."""

from __future__ import annotations

from datetime import date

from kitemark_app.core.applicability import applicable_criteria
from kitemark_app.core.freshness import needs_date
from kitemark_app.core.profile import IncomeBand, LegalForm, Profile
from kitemark_app.core.readiness import EvidenceFacts, ResponseFacts, readiness_problems
from kitemark_app.core.status import ResponseStatus
from tests.unit.test_rules import FRAMEWORK

TODAY = date(2026, 12, 1)
RULED = FRAMEWORK.criterion("FIN-01")  # accounts: a freshness rule of 18 months
FREE = FRAMEWORK.criterion("GOV-01")  # no freshness rule


def test_undated_evidence_under_a_freshness_rule_needs_a_date() -> None:
    assert needs_date(RULED, None, None, TODAY)
    assert needs_date(RULED, None, date(2026, 12, 1), TODAY)  # review due today: not yet overdue
    assert needs_date(RULED, None, date(2027, 1, 1), TODAY)


def test_overdue_review_makes_it_out_of_date_not_merely_undated() -> None:
    assert not needs_date(RULED, None, date(2026, 11, 30), TODAY)  # the day before today: overdue


def test_dated_evidence_or_no_rule_never_needs_a_date() -> None:
    assert not needs_date(RULED, date(2026, 1, 1), None, TODAY)
    assert not needs_date(RULED, date(2020, 1, 1), None, TODAY)  # out of date, but it has a date
    assert not needs_date(FREE, None, None, TODAY)
    assert not needs_date(None, None, None, TODAY)


def test_readiness_names_undated_and_stale_evidence_apart() -> None:
    applicable = applicable_criteria(FRAMEWORK, Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K), "Foundation")
    assert any(item.id == "FIN-01" for item in applicable)
    undated = EvidenceFacts(1, "Accounts", None, None)
    stale = EvidenceFacts(2, "Old accounts", date(2024, 5, 31), None)  # more than 18 months before 2026-12-01
    responses = {"FIN-01": ResponseFacts(ResponseStatus.MET, evidence=(undated, stale))}
    fields = {"name": "Org", "address": "1 St", "contact_name": "A", "contact_email": "a@b", "charity_number": "1"}
    problems = readiness_problems(applicable, responses, fields, LegalForm.CIO, TODAY)
    kinds = {(p.kind, p.evidence_id) for p in problems if p.criterion == "FIN-01"}
    assert kinds == {("undated-evidence", 1), ("stale-evidence", 2)}
