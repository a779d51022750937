"""Answers to criteria as plain data: the outline the navigation shows, one criterion's page, evidence for it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kitemark_app.core.framework import Criterion
from kitemark_app.core.framework_text import level_name, localised
from kitemark_app.core.freshness import Staleness, needs_date, stale_reason, staleness
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.models import Evidence
from kitemark_app.evidence.store import StoredFile
from kitemark_app.services import evidence_ops
from kitemark_app.services.evidence_ops import EvidenceSummary
from kitemark_app.services.overview import AreaOutline as AreaOutline
from kitemark_app.services.overview import CriterionEntry as CriterionEntry
from kitemark_app.services.overview import Outline, outline_of
from kitemark_app.services.report import current_facts
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class LinkedEvidence:
    item: EvidenceSummary
    stale_reason: str | None  # why it is out of date, or (when needs_date) that it has no date yet
    needs_date: bool = False
    staleness: Staleness | None = None  # the same reason as data, for the GUI to say in its language


@dataclass(frozen=True)
class CriterionAnswer:
    criterion: Criterion
    area_title: str
    mandatory: bool
    status: ResponseStatus
    narrative: str
    na_reason: str
    evidence: tuple[LinkedEvidence, ...]
    #: Why this answer, carried from an earlier framework version, should be checked ("" when it need not be).
    needs_recheck: str = ""
    #: The criterion's level as shown (its translated name; the level's own name is ``criterion.level``).
    level_name: str = ""


def outline(workspace: Workspace, language: str = "en") -> Outline:
    """Every applicable criterion, grouped by area in framework order, with its current status and the latest
    assessor's verdict on it; titles in ``language`` where the framework has them."""

    from kitemark_app.services.review_import import assessor_verdicts

    with workspace.session() as session:
        found = outline_of(current_facts(workspace, session), language)
    verdicts = assessor_verdicts(workspace)
    if not verdicts:
        return found
    areas = tuple(
        replace(area, criteria=tuple(replace(c, assessor_verdict=verdicts.get(c.id, "")) for c in area.criteria))
        for area in found.areas
    )
    return replace(found, areas=areas)


def _linked(evidence: Evidence, criterion: Criterion, shown: Criterion, today: date) -> LinkedEvidence:
    """``stale_reason`` in English (the English criterion's rule); ``staleness`` with the rule shown (``shown``)."""
    dated, review_by = evidence.document_date, evidence.review_by
    english = stale_reason(criterion, dated, review_by, today)
    return LinkedEvidence(evidence_ops.summary_of(evidence), english, needs_date(criterion, dated, review_by, today),
                          staleness(shown, dated, review_by, today))  # fmt: skip


class NotInFramework(KeyError):
    """The framework worked on now has no such criterion (another framework's page may still be open)."""


def criterion_answer(
    workspace: Workspace, criterion_id: str, today: date | None = None, language: str = "en"
) -> CriterionAnswer:
    """What the criterion page shows: the framework text (in ``language`` field by field where the framework has
    it, English otherwise), the answer, linked evidence with freshness (``stale_reason`` in English, ``staleness``
    with the rule in ``language``)."""
    today = today or date.today()
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        framework = workspace.framework(cycle)
        try:
            criterion = framework.criterion(criterion_id)
        except KeyError:
            raise NotInFramework(criterion_id) from None
        mandatory = next((item.mandatory for item in workspace.applicable(session) if item.id == criterion_id), False)
        response = workspace.response(session, criterion_id, create=False)
        shown = localised(framework, language)
        words = shown.criterion(criterion_id)
        linked = tuple(
            _linked(evidence, criterion, words, today) for evidence in (response.evidence if response else [])
        )
        return CriterionAnswer(
            criterion=shown.criterion(criterion_id),
            area_title=shown.area_of(criterion_id).title,
            level_name=level_name(framework, criterion.level, language),
            mandatory=mandatory,
            status=ResponseStatus(response.status) if response else ResponseStatus.NOT_STARTED,
            narrative=response.narrative if response else "",
            na_reason=response.na_reason if response else "",
            evidence=linked,
            needs_recheck=response.needs_recheck if response else "",
        )


def confirm_still_answers(workspace: Workspace, criterion_id: str) -> None:
    """The organisation checked an answer carried to a new framework version: it still answers the criterion."""
    with workspace.session() as session:
        response = workspace.response(session, criterion_id, create=False, with_evidence=False)
        if response is not None:
            response.needs_recheck = ""


def evidence_with_hash(workspace: Workspace, sha256: str) -> int | None:
    """The library item that already holds exactly this file, if any."""
    with workspace.session() as session:
        organisation = workspace.organisation(session)
        return session.scalars(
            select(Evidence.id)
            .where(Evidence.organisation_id == organisation.id, Evidence.sha256 == sha256)
            .order_by(Evidence.id)
            .limit(1)
        ).first()


def attach_stored_file(workspace: Workspace, stored: StoredFile, criterion_id: str) -> int:
    """Link a just-stored file to a criterion: reuse the library item with the same content, else add one."""
    existing = evidence_with_hash(workspace, stored.sha256)
    if existing is not None:
        evidence_ops.link(workspace, existing, criterion_id)
        return existing
    return evidence_ops.record_evidence(workspace, stored, criteria=[criterion_id])


def viewing_copy(workspace: Workspace, evidence_id: int, folder: Path) -> Path:
    """Copy a stored file, under its original name, into ``folder`` for the system viewer.

    The viewer gets a read-only copy, so nothing it does can change the evidence store.
    """
    with workspace.session() as session:
        evidence = evidence_ops.get_evidence(session, evidence_id)
        sha256, name = evidence.sha256, Path(evidence.original_name).name or "evidence"
    target = folder / name
    with open(target, "wb") as writer:
        for chunk in workspace.store.open_verified(sha256):
            writer.write(chunk)
    target.chmod(0o444)
    return target
