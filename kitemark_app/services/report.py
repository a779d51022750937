"""Where the self-assessment stands: readiness problems and the status summary (CLI JSON and dashboard).

The figures are computed from plain data in ``services/overview.py``; this module gathers that data through
the ORM (the start-up snapshot gathers the same with sqlite3).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from kitemark_app.core.readiness import EvidenceFacts, ResponseFacts
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.models import Evidence, EvidenceRedaction, Response
from kitemark_app.services.overview import AreaProgress as AreaProgress
from kitemark_app.services.overview import AssessmentFacts, assessment_facts, status_report_of
from kitemark_app.services.overview import StatusReport as StatusReport
from kitemark_app.services.workspace import Workspace, organisation_columns


def response_facts(session: Session, cycle_id: int) -> dict[str, ResponseFacts]:
    rows = session.scalars(
        select(Response).where(Response.cycle_id == cycle_id).options(selectinload(Response.evidence))
    )
    redacted = set(session.scalars(select(EvidenceRedaction.evidence_id).distinct()))
    return {
        r.criterion_id: ResponseFacts(
            ResponseStatus(r.status),
            r.na_reason,
            tuple(
                EvidenceFacts(e.id, e.title, e.document_date, e.review_by, e.personal_data, e.id in redacted)
                for e in r.evidence
            ),
            r.needs_recheck,
        )
        for r in rows
    }


def current_facts(workspace: Workspace, session: Session) -> AssessmentFacts:
    """The current cycle as plain data, read through the ORM."""
    cycle = workspace.current_cycle(session)
    organisation = cycle.organisation
    evidence_count = session.scalar(select(func.count(Evidence.id)).where(Evidence.organisation_id == organisation.id))
    return assessment_facts(
        organisation_columns(organisation),
        workspace.framework(cycle),
        cycle.target_level,
        response_facts(session, cycle.id),
        evidence_count or 0,
    )


def status_report(workspace: Workspace, today: date | None = None, language: str = "en") -> StatusReport:
    """The current self-assessment's progress and problems; area titles in ``language`` where the framework has
    them (the CLI's ``status`` is in English)."""
    with workspace.session() as session:
        return status_report_of(current_facts(workspace, session), today or date.today(), language)
