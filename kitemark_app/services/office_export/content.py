"""The self-assessment of the current cycle as plain data, for the Word, Excel and bundle writers.

Read in one transaction: the applicable criteria with their answers and linked evidence, the readiness gaps (the
status report's own rules, ``services.overview.status_report_of``) and the action plan. Freshness is said in words
with the rules of ``core.freshness``; nothing here decides anything the rest of the app does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kitemark_app.core.dates import long_day
from kitemark_app.core.framework import Criterion
from kitemark_app.core.freshness import needs_date, stale_reason
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.models import Evidence, Response
from kitemark_app.services.action_plan import action_plan
from kitemark_app.services.overview import status_report_of
from kitemark_app.services.report import current_facts
from kitemark_app.services.workspace import Workspace

CURRENT = "Current"


@dataclass(frozen=True)
class EvidenceFile:
    """One item of the evidence library (the file itself is in the store, by its SHA-256)."""

    id: int
    title: str
    original_name: str
    document_date: date | None
    review_by: date | None
    sha256: str
    size: int


@dataclass(frozen=True)
class LinkedEvidence:
    file: EvidenceFile
    #: "Current", or why it is out of date or needs a date, for the criterion it is linked to.
    freshness: str


@dataclass(frozen=True)
class CriterionAnswer:
    area_id: str
    area_title: str
    id: str
    title: str
    mandatory: bool
    status: str  # in words: "Met", "Not started"…
    answered: bool
    narrative: str
    na_reason: str
    needs_recheck: str
    evidence: tuple[LinkedEvidence, ...]


@dataclass(frozen=True)
class Gap:
    message: str
    must_fix: bool
    criterion: str  # "" for the organisation profile


@dataclass(frozen=True)
class PlannedAction:
    criterion: str
    criterion_title: str
    area_title: str
    description: str
    owner: str
    due_date: date | None
    status: str  # in words
    overdue: bool
    source: str


@dataclass(frozen=True)
class ReportContent:
    organisation: str
    framework_id: str
    framework_title: str
    framework_version: str
    target_level: str
    made_on: date
    criteria: tuple[CriterionAnswer, ...]
    gaps: tuple[Gap, ...]
    actions: tuple[PlannedAction, ...]

    def evidence_files(self) -> list[tuple[EvidenceFile, tuple[str, ...]]]:
        """Each file linked to an applicable criterion once, in the order added, with the criteria using it."""
        used: dict[int, tuple[EvidenceFile, list[str]]] = {}
        for answer in self.criteria:
            for linked in answer.evidence:
                used.setdefault(linked.file.id, (linked.file, []))[1].append(answer.id)
        return [(file, tuple(ids)) for _, (file, ids) in sorted(used.items())]

    def gaps_of(self, criterion_id: str) -> list[Gap]:
        return [gap for gap in self.gaps if gap.criterion == criterion_id]


def day_text(day: date | None) -> str:
    return long_day(day) if day is not None else ""


def freshness_words(criterion: Criterion, file: EvidenceFile, today: date) -> str:
    reason = stale_reason(criterion, file.document_date, file.review_by, today)
    if reason is None:
        return CURRENT
    if needs_date(criterion, file.document_date, file.review_by, today):
        return f"Needs a date: it {reason}"
    return f"Out of date: it {reason}"


def _file(evidence: Evidence) -> EvidenceFile:
    return EvidenceFile(
        evidence.id,
        evidence.title,
        evidence.original_name,
        evidence.document_date,
        evidence.review_by,
        evidence.sha256,
        evidence.size,
    )


def gather(workspace: Workspace, today: date | None = None) -> ReportContent:
    """The current cycle (of ``workspace.framework_choice`` when set) as a ``ReportContent``."""
    today = today or date.today()
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        facts = current_facts(workspace, session)
        report = status_report_of(facts, today)
        rows = {
            r.criterion_id: r
            for r in session.scalars(
                select(Response).where(Response.cycle_id == cycle.id).options(selectinload(Response.evidence))
            )
        }
        answers = []
        for item in facts.applicable:
            row = rows.get(item.id)
            status = ResponseStatus(row.status) if row else ResponseStatus.NOT_STARTED
            linked = tuple(
                LinkedEvidence(file, freshness_words(item.criterion, file, today))
                for file in (_file(e) for e in (row.evidence if row else ()))
            )
            answers.append(
                CriterionAnswer(
                    area_id=item.area.id,
                    area_title=item.area.title,
                    id=item.id,
                    title=item.criterion.title,
                    mandatory=item.mandatory,
                    status=status.label,
                    answered=status.answered,
                    narrative=row.narrative if row else "",
                    na_reason=row.na_reason if row else "",
                    needs_recheck=row.needs_recheck if row else "",
                    evidence=linked,
                )
            )
    actions = tuple(
        PlannedAction(
            criterion=planned.action.criterion_id,
            criterion_title=planned.criterion_title,
            area_title=planned.area_title,
            description=planned.action.description,
            owner=planned.action.owner,
            due_date=planned.action.due_date,
            status=planned.status.label,
            overdue=planned.is_overdue(today),
            source=planned.action.source,
        )
        for planned in action_plan(workspace)
    )
    return ReportContent(
        organisation=report.organisation,
        framework_id=report.framework_id,
        framework_title=report.framework_title,
        framework_version=report.framework_version,
        target_level=report.target_level,
        made_on=today,
        criteria=tuple(answers),
        gaps=tuple(Gap(p.message, p.must_fix, p.criterion) for p in report.problems),
        actions=actions,
    )
