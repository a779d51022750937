"""What the main window's first screen shows, from plain data: the navigation outline, the status report and
the summary of the latest assessor review.

Two readers feed these functions, so they cannot disagree: the ORM (``services/answers.py``,
``services/report.py``, ``services/review_import.py``) and the read-only start-up snapshot
(``services/snapshot.py``), which draws the first screen before SQLAlchemy is loaded. Nothing here imports
SQLAlchemy or Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from kitemark_app.core.applicability import ApplicableCriterion, NotApplicable, applicable_criteria, not_applicable
from kitemark_app.core.framework import Framework, framework_from_stored
from kitemark_app.core.framework_text import ENGLISH, level_name, localised
from kitemark_app.core.profile import Activity, Contradiction, IncomeBand, LegalForm, Profile, contradictions
from kitemark_app.core.readiness import Problem, ResponseFacts, readiness_problems
from kitemark_app.core.status import ResponseStatus
from kitemark_app.review.terms import Decision, Verdict

#: The organisation table's column for each activity.
ACTIVITY_COLUMNS = {
    Activity.WORKS_WITH_CHILDREN: "works_with_children",
    Activity.WORKS_WITH_ADULTS_AT_RISK: "works_with_adults_at_risk",
    Activity.EMPLOYS_STAFF: "employs_staff",
    Activity.USES_VOLUNTEERS: "uses_volunteers",
    Activity.HOLDS_PERSONAL_DATA: "holds_personal_data",
    Activity.RUNS_PREMISES: "runs_premises",
}
#: The profile fields the readiness check looks at.
PROFILE_FIELDS = ("name", "address", "contact_name", "contact_email", "charity_number", "company_number")
#: Every organisation column the first screen needs.
ORGANISATION_COLUMNS = (
    *PROFILE_FIELDS,
    "legal_form",
    "income_band",
    "staff_count",
    "volunteer_count",
    *ACTIVITY_COLUMNS.values(),
)


#: The frameworks read so far, by their stored source (both readers share them; a few cycles at most).
_frameworks: dict[str, Framework] = {}


#: The setting naming the framework last put in focus in the app (a framework id; not a secret).
FOCUS_SETTING = "focus_framework"


def _latest_by_framework(cycles: Sequence[tuple[int, str]]) -> dict[str, int]:
    latest: dict[str, int] = {}
    for cycle_id, framework_id in sorted(cycles):
        latest[framework_id] = cycle_id  # a dict keeps the place of a key's first insertion
    return latest


def latest_cycle_ids(cycles: Sequence[tuple[int, str]]) -> list[int]:
    """Of (cycle id, framework id) pairs, the latest cycle of each framework, in the order the frameworks began."""
    return list(_latest_by_framework(cycles).values())


def focus_cycle_id(cycles: Sequence[tuple[int, str]], wanted: str | None) -> int | None:
    """The cycle to work on: the latest of the framework ``wanted``, else of the first framework begun."""
    latest = _latest_by_framework(cycles)
    if not latest:
        return None
    return latest.get(wanted or "", next(iter(latest.values())))


def framework_of(source: str, data: Any = None) -> Framework:
    """The framework a cycle stored (validated when it was started), read once per process.

    ``data`` is what the YAML source parses to, when the caller has it already (the start-up snapshot's cache).
    """
    framework = _frameworks.get(source)
    if framework is None:
        framework = framework_from_stored(source, data)
        if len(_frameworks) >= 8:
            _frameworks.clear()
        _frameworks[source] = framework
    return framework


def profile_from(columns: Mapping[str, Any]) -> Profile:
    """The applicability facts from the organisation's columns."""
    activities = frozenset(a for a, column in ACTIVITY_COLUMNS.items() if columns[column])
    return Profile(LegalForm(columns["legal_form"]), IncomeBand(columns["income_band"]), activities)


# --- the facts both readers gather -----------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentFacts:
    """The current self-assessment as plain data: enough for the outline and the status report."""

    organisation: str
    profile_fields: Mapping[str, str | None]
    legal_form: LegalForm
    framework: Framework
    target_level: str
    applicable: tuple[ApplicableCriterion, ...]
    responses: Mapping[str, ResponseFacts]
    evidence_count: int
    contradictions: tuple[Contradiction, ...] = ()
    #: The framework's other criteria, and why each does not apply.
    not_applicable: tuple[NotApplicable, ...] = ()


def assessment_facts(
    organisation: Mapping[str, Any],
    framework: Framework,
    target_level: str,
    responses: Mapping[str, ResponseFacts],
    evidence_count: int,
) -> AssessmentFacts:
    """``organisation`` maps at least ``ORGANISATION_COLUMNS`` to their stored values."""
    profile = profile_from(organisation)
    return AssessmentFacts(
        organisation=organisation["name"],
        profile_fields={name: organisation[name] for name in PROFILE_FIELDS},
        legal_form=LegalForm(organisation["legal_form"]),
        framework=framework,
        target_level=target_level,
        applicable=tuple(applicable_criteria(framework, profile, target_level)),
        not_applicable=tuple(not_applicable(framework, profile, target_level)),
        responses=dict(responses),
        evidence_count=evidence_count,
        contradictions=tuple(
            contradictions(
                profile,
                int(organisation["staff_count"] or 0),
                int(organisation["volunteer_count"] or 0),
                organisation["charity_number"] or "",
                organisation["company_number"] or "",
            )
        ),
    )


# --- the navigation outline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionEntry:
    id: str
    title: str
    mandatory: bool
    status: ResponseStatus
    assessor_verdict: str = ""  # the latest review's verdict on it, "" when there is none


@dataclass(frozen=True)
class AreaOutline:
    id: str
    title: str
    criteria: tuple[CriterionEntry, ...]
    #: The area's criteria that do not apply, and why: the gaps in the numbering.
    not_applicable: tuple[NotApplicable, ...] = ()

    @property
    def answered(self) -> int:
        return sum(entry.status.answered for entry in self.criteria)


@dataclass(frozen=True)
class Outline:
    organisation: str
    framework_title: str
    target_level: str
    areas: tuple[AreaOutline, ...]
    framework_id: str = ""
    #: (level, its name in the language shown) for each of the framework's levels.
    level_titles: tuple[tuple[str, str], ...] = ()

    def level_title(self, level: str) -> str:
        """``level``'s name in the language the outline is in (the name itself when it has none)."""
        return dict(self.level_titles).get(level, level)


def outline_of(facts: AssessmentFacts, language: str = ENGLISH) -> Outline:
    """Every applicable criterion, grouped by area in framework order, with its current status, and the area's
    criteria that do not apply (an area where none applies is there too, to say why). Titles are in ``language``
    where the framework has them (``core/framework_text.localised``), English otherwise."""
    shown = localised(facts.framework, language)
    titles = {criterion.id: criterion.title for _, criterion in shown.criteria()}
    areas = []
    for area in shown.areas:
        entries = tuple(
            CriterionEntry(
                item.id,
                titles[item.id],
                item.mandatory,
                facts.responses.get(item.id, ResponseFacts()).status,
            )
            for item in facts.applicable
            if item.area.id == area.id
        )
        left_out = tuple(
            replace(item, area=area, criterion=shown.criterion(item.id))  # its title in the language shown too
            for item in facts.not_applicable
            if item.area.id == area.id
        )
        if entries or left_out:
            areas.append(AreaOutline(area.id, area.title, entries, left_out))
    levels = tuple((level.name, level_name(facts.framework, level.name, language)) for level in facts.framework.levels)
    return Outline(facts.organisation, shown.title, facts.target_level, tuple(areas), facts.framework.id, levels)


# --- the status report -----------------------------------------------------------------------------------


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
    #: The target level's name in the language the report is in (``target_level`` is the framework's own name).
    target_level_title: str

    def as_json(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation,
            "framework": {"id": self.framework_id, "version": self.framework_version},
            "target_level": self.target_level,
            "criteria_applicable": self.criteria_applicable,
            "answered": self.answered,
            "evidence": self.evidence,
            "areas": [
                {"id": a.id, "title": a.title, "applicable": a.applicable, "answered": a.answered} for a in self.areas
            ],
            "problems": [p.as_json() for p in self.problems],
        }

    @property
    def must_fix(self) -> list[Problem]:
        return [p for p in self.problems if p.must_fix]


def status_report_of(facts: AssessmentFacts, today: date, language: str = ENGLISH) -> StatusReport:
    """Progress per area and every readiness problem, profile first, then criteria in framework order; the areas'
    and the framework's titles in ``language`` where the framework has them (the problems' sentences are English)."""
    problems = readiness_problems(
        facts.applicable, facts.responses, facts.profile_fields, facts.legal_form, today, facts.contradictions
    )
    areas = []
    shown = localised(facts.framework, language)
    if language != ENGLISH:
        problems = [_shown_in(problem, shown) for problem in problems]
    for area in shown.areas:
        ids = [item.id for item in facts.applicable if item.area.id == area.id]
        if not ids:
            continue
        statuses = [facts.responses.get(i, ResponseFacts()).status for i in ids]
        areas.append(
            AreaProgress(
                area.id,
                area.title,
                len(ids),
                sum(s.answered for s in statuses),
                sum(s is ResponseStatus.MET for s in statuses),
            )
        )
    framework = facts.framework
    return StatusReport(
        organisation=facts.organisation,
        framework_id=framework.id,
        framework_version=framework.version,
        framework_title=shown.title,
        target_level=facts.target_level,
        criteria_applicable=len(facts.applicable),
        answered=sum(a.answered for a in areas),
        evidence=facts.evidence_count,
        areas=areas,
        problems=problems,
        target_level_title=level_name(framework, facts.target_level, language),
    )


def _shown_in(problem: Problem, shown: Framework) -> Problem:
    """``problem`` with its criterion's title and freshness rule as ``shown`` has them (its sentence stays English:
    the GUI says it again from these, ``ui/problem_text.py``)."""
    if not problem.title:
        return problem  # a profile problem, or one with no criterion's words in it
    try:
        criterion = shown.criterion(problem.criterion)
    except KeyError:
        return problem
    stale = problem.staleness
    if stale is not None and criterion.freshness is not None:
        stale = replace(stale, rule=criterion.freshness.rule)
    return replace(problem, title=criterion.title, staleness=stale)


# --- the latest assessor review --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewSummary:
    """The latest review, for the dashboard."""

    outcome: str
    outcome_label: str
    level: str
    valid_until: date | None
    resubmit_by: date | None
    summary: str
    assessor: str
    imported_at: datetime
    reviewed_at: datetime
    conditions: int
    not_met: int
    more_information: int
    for_this_cycle: bool


#: The imported_review columns the summary needs.
REVIEW_COLUMNS = ("outcome", "awarded_level", "valid_until", "resubmit_by", "summary", "assessor_name", "imported_at")


def review_summary_of(
    row: Mapping[str, Any], reviewed_at: datetime, verdicts: Sequence[Verdict], *, for_this_cycle: bool
) -> ReviewSummary:
    """``row`` maps ``REVIEW_COLUMNS`` to their stored values; ``reviewed_at`` and ``verdicts`` are those of the
    signed review it recorded."""
    kinds = list(verdicts)
    return ReviewSummary(
        outcome=row["outcome"],
        outcome_label=Decision(row["outcome"]).label,
        level=row["awarded_level"],
        valid_until=row["valid_until"],
        resubmit_by=row["resubmit_by"],
        summary=row["summary"],
        assessor=row["assessor_name"],
        imported_at=row["imported_at"],
        reviewed_at=reviewed_at,
        conditions=kinds.count(Verdict.MET_WITH_CONDITIONS),
        not_met=kinds.count(Verdict.NOT_MET),
        more_information=kinds.count(Verdict.MORE_INFORMATION),
        for_this_cycle=for_this_cycle,
    )
