"""Where the self-assessment stands: readiness problems and the status summary (CLI JSON and dashboard)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kitemark_app.core.profile import LegalForm
from kitemark_app.core.readiness import EvidenceFacts, Problem, ResponseFacts, readiness_problems
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.models import Evidence, Response
from kitemark_app.services.workspace import Workspace, profile_fields


@dataclass(frozen=True)
class AreaProgress:
    id: str
    title: str
    applicable: int
    answered: int
    met: int


@dataclass(frozen=True)
class StatusReport:
    organisation: str
    framework_id: str
    framework_version: str
    framework_title: str
    target_level: str
    criteria_applicable: int
    answered: int
    evidence: int
    areas: list[AreaProgress]
    problems: list[Problem]

    def as_json(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation,
            "framework": {"id": self.framework_id, "version": self.framework_version},
            "target_level": self.target_level,
            "criteria_applicable": self.criteria_applicable,
            "answered": self.answered,
            "evidence": self.evidence,
            "areas": [
                {"id": a.id, "title": a.title, "applicable": a.applicable, "answered": a.answered}
                for a in self.areas
            ],
            "problems": [p.as_json() for p in self.problems],
        }

    @property
    def must_fix(self) -> list[Problem]:
        return [p for p in self.problems if p.must_fix]


def response_facts(session: Session, cycle_id: int) -> dict[str, ResponseFacts]:
    rows = session.scalars(
        select(Response).where(Response.cycle_id == cycle_id).options(selectinload(Response.evidence))
    )
    return {
        r.criterion_id: ResponseFacts(
            ResponseStatus(r.status),
            r.na_reason,
            tuple(EvidenceFacts(e.id, e.title, e.document_date, e.review_by) for e in r.evidence),
        )
        for r in rows
    }


def status_report(workspace: Workspace, today: date | None = None) -> StatusReport:
    today = today or date.today()
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        organisation = cycle.organisation
        framework = workspace.framework(cycle)
        applicable = workspace.applicable(session)
        facts = response_facts(session, cycle.id)
        evidence_count = session.scalar(
            select(func.count(Evidence.id)).where(Evidence.organisation_id == organisation.id)
        )
        problems = readiness_problems(
            applicable, facts, profile_fields(organisation), LegalForm(organisation.legal_form), today
        )
        areas = []
        for area in framework.areas:
            ids = [item.id for item in applicable if item.area.id == area.id]
            if not ids:
                continue
            statuses = [facts.get(i, ResponseFacts()).status for i in ids]
            areas.append(
                AreaProgress(
                    area.id,
                    area.title,
                    len(ids),
                    sum(s.answered for s in statuses),
                    sum(s is ResponseStatus.MET for s in statuses),
                )
            )
        return StatusReport(
            organisation=organisation.name,
            framework_id=framework.id,
            framework_version=framework.version,
            framework_title=framework.title,
            target_level=cycle.target_level,
            criteria_applicable=len(applicable),
            answered=sum(a.answered for a in areas),
            evidence=evidence_count or 0,
            areas=areas,
            problems=problems,
        )
