"""The VCO's side of the round trip: import the assessor's signed review, show it, start the next cycle.

``import_review`` verifies the review with the verifier's checks (``review.read``), makes sure it answers a pack
this organisation exported (its ``pack_sha256`` is one of our ``ExportedPack`` rows), stores it, and turns every
verdict that asks for something (met with conditions, more information, not met) into an action item from the
assessor with its deadline. Importing the same review again changes nothing. ``start_next_cycle`` begins a
resubmission or a renewal that carries the answers, evidence links and open actions forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kitemark_app.core.status import ActionStatus, CycleStatus
from kitemark_app.db.models import ActionItem, AssessmentCycle, ExportedPack, ImportedReview, Response, Setting
from kitemark_app.errors import KitemarkError
from kitemark_app.paths import default_framework_text
from kitemark_app.review.model import CriterionReview, Review, Verdict
from kitemark_app.sentences import said_by, say
from kitemark_app.services.overview import REVIEW_COLUMNS, review_summary_of
from kitemark_app.services.overview import ReviewSummary as ReviewSummary
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify.trust import FingerprintError, display_fingerprint, normalise_fingerprint


class ReviewForAnotherPack(KitemarkError):
    """The review is intact but does not answer any pack this organisation exported."""


#: The council's root fingerprint this organisation has confirmed: typed in from what the council published
#: (``confirm_council_key``), or accepted by the user on seeing a review's fingerprint. No review is imported
#: until one is confirmed, and a review signed with any other key needs a new, explicit confirmation.
ASSESSOR_ROOT_SETTING = "assessor_root_fingerprint"


class CouncilKeyQuestion(KitemarkError):
    """The review is intact, but its council key is not the one this organisation confirmed: a question for the
    user (compare the fingerprint, then accept), never a silent import."""

    def __init__(self, message: str, found: str, pinned: str | None) -> None:
        super().__init__(message)
        self.found = found
        self.pinned = pinned


class AssessorKeyUnconfirmed(CouncilKeyQuestion):
    """No council key has been confirmed yet, so not even a first review is believed without a check."""

    def __init__(self, found: str) -> None:
        super().__init__(
            say(
                "This review is signed with a council key you have not confirmed yet (fingerprint {fingerprint}), so "
                "it was not imported; compare it with the fingerprint the council gave you by letter, on its website "
                "or by phone, and accept it only if every character matches.",
                fingerprint=display_fingerprint(found),
            ),
            found,
            None,
        )


class AssessorKeyChanged(CouncilKeyQuestion):
    """The review is signed by a different council key from the one confirmed before."""

    def __init__(self, pinned: str, found: str) -> None:
        super().__init__(
            say(
                "This review is signed with a different council key ({found}) from the one you confirmed "
                "({confirmed}), so it was not imported; check with the council before accepting the new key.",
                found=display_fingerprint(found),
                confirmed=display_fingerprint(pinned),
            ),
            found,
            pinned,
        )


def confirmed_council_key(session: Session) -> str | None:
    pinned = session.get(Setting, ASSESSOR_ROOT_SETTING)
    return pinned.value if pinned is not None else None


def confirm_council_key(root: Path, fingerprint: str) -> str:
    """Record the council's root fingerprint as the charity received it from the council (letter, website, phone),
    before any review arrives; returns it normalised. Raises ``KitemarkError`` for a mistyped fingerprint."""
    try:
        fingerprint = normalise_fingerprint(fingerprint)
    except FingerprintError as error:
        problem = said_by(error)
        raise KitemarkError(
            say("{problem}; copy it again from the council's letter or website.", problem=problem)
        ) from None
    with Workspace.open(root) as workspace, workspace.session() as session:
        pin_council_key(session, fingerprint)
    return fingerprint


def pin_council_key(session: Session, fingerprint: str) -> None:
    session.merge(Setting(key=ASSESSOR_ROOT_SETTING, value=fingerprint))


@dataclass(frozen=True)
class ImportResult:
    review_id: int
    already_imported: bool
    organisation: str
    pack_file_name: str
    outcome: str
    outcome_label: str
    level: str
    valid_until: date | None
    resubmit_by: date | None
    assessor: str
    signer_fingerprint: str
    verdicts: int
    actions_created: int


def action_text(verdict: CriterionReview) -> str:
    """The action item a verdict becomes, in the VCO's words."""
    comment = f" ({verdict.comment})" if verdict.comment else ""
    if verdict.verdict is Verdict.MET_WITH_CONDITIONS:
        return f"Condition set by the assessor: {verdict.condition}{comment}"
    if verdict.verdict is Verdict.MORE_INFORMATION:
        return f"The assessor asks for more information: {verdict.comment or 'see the review'}"
    return f"The assessor found this not met: {verdict.comment or 'see the review'}"


def _check_assessor_key(session: Session, fingerprint: str, accept_new_key: bool) -> None:
    """A review is believed only when its key is the confirmed council key, or the user has just accepted it
    (which makes it the confirmed key)."""
    pinned = confirmed_council_key(session)
    if pinned == fingerprint:
        return
    if not accept_new_key:
        raise AssessorKeyUnconfirmed(fingerprint) if pinned is None else AssessorKeyChanged(pinned, fingerprint)
    pin_council_key(session, fingerprint)


def import_review(root: Path, path: Path, *, accept_new_key: bool = False) -> ImportResult:
    """Verify and import a review. ``accept_new_key`` is the user's explicit yes to a council key that is not
    (yet) the confirmed one, given after comparing its fingerprint; without it such a review raises a
    ``CouncilKeyQuestion`` and nothing is stored."""
    from kitemark_app.review.read import verify_review  # pyHanko: only when a review is imported (start-up)

    verified = verify_review(path)
    review = verified.review
    with Workspace.open(root) as workspace, workspace.session() as session:
        organisation = workspace.organisation(session)
        pack = session.scalars(
            select(ExportedPack)
            .join(AssessmentCycle)
            .where(ExportedPack.sha256 == review.pack_sha256, AssessmentCycle.organisation_id == organisation.id)
        ).first()
        if pack is None:
            raise ReviewForAnotherPack(
                say(
                    "This review answers a pack this organisation never sent ('{name}' for {organisation}), so it was "
                    "not imported; check you chose the right file.",
                    name=review.pack_file_name,
                    organisation=review.organisation.name,
                )
            )
        existing = session.scalars(
            select(ImportedReview).where(ImportedReview.review_sha256 == verified.file_sha256)
        ).first()
        if existing is not None:
            return _result(existing.id, True, review, verified.signer_fingerprint, 0)
        _check_assessor_key(session, verified.signer_fingerprint, accept_new_key)
        stored = ImportedReview(
            cycle_id=pack.cycle_id,
            pack_sha256=review.pack_sha256,
            review_sha256=verified.file_sha256,
            outcome=review.outcome.decision.value,
            awarded_level=review.outcome.level,
            valid_until=review.outcome.valid_until,
            resubmit_by=review.outcome.resubmit_by,
            summary=review.outcome.summary,
            assessor_name=review.assessor.name,
            signer_fingerprint=verified.signer_fingerprint,
            review_json=verified.review_bytes.decode("utf-8"),
        )
        session.add(stored)
        created = _add_actions(session, pack.cycle_id, review)
        cycle = session.get(AssessmentCycle, pack.cycle_id)
        assert cycle is not None
        cycle.status = CycleStatus.REVIEWED.value
        session.flush()
        return _result(stored.id, False, review, verified.signer_fingerprint, created)


def _add_actions(session: Session, cycle_id: int, review: Review) -> int:
    """One action per verdict that asks for something, unless the same action is already there."""
    known = {
        (a.criterion_id, a.description)
        for a in session.scalars(
            select(ActionItem).where(ActionItem.cycle_id == cycle_id, ActionItem.source == "assessor")
        )
    }
    created = 0
    for verdict in review.verdicts:
        if not verdict.verdict.needs_action:
            continue
        description = action_text(verdict)
        if (verdict.criterion, description) in known:
            continue
        session.add(
            ActionItem(
                cycle_id=cycle_id,
                criterion_id=verdict.criterion,
                description=description,
                owner="",
                due_date=verdict.deadline or review.outcome.resubmit_by,
                status=ActionStatus.OPEN.value,
                source="assessor",
            )
        )
        created += 1
    return created


def _result(review_id: int, again: bool, review: Review, fingerprint: str, created: int) -> ImportResult:
    outcome = review.outcome
    return ImportResult(
        review_id=review_id,
        already_imported=again,
        organisation=review.organisation.name,
        pack_file_name=review.pack_file_name,
        outcome=outcome.decision.value,
        outcome_label=outcome.decision.label,
        level=outcome.level,
        valid_until=outcome.valid_until,
        resubmit_by=outcome.resubmit_by,
        assessor=review.assessor.name,
        signer_fingerprint=fingerprint,
        verdicts=len(review.verdicts),
        actions_created=created,
    )


# --- showing the review --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionFeedback:
    """The assessor's verdict on one criterion, for the criterion page."""

    criterion: str
    verdict: str
    verdict_label: str
    condition: str
    deadline: date | None
    comment: str
    assessor: str
    reviewed_at: datetime


def _latest(session: Session, cycle: AssessmentCycle) -> tuple[ImportedReview, Review] | None:
    """The newest review of this cycle, else of the cycle it follows (what a resubmission answers)."""
    for cycle_id in (cycle.id, cycle.follows_cycle_id):
        if cycle_id is None:
            continue
        row = session.scalars(
            select(ImportedReview).where(ImportedReview.cycle_id == cycle_id).order_by(ImportedReview.id.desc())
        ).first()
        if row is not None:
            return row, Review.model_validate_json(row.review_json)
    return None


_verdict_maps: dict[int, dict[str, str]] = {}  # imported review id -> criterion -> verdict (a review never changes)


def assessor_verdicts(workspace: Workspace) -> dict[str, str]:
    """The latest review's verdict on each criterion (this cycle's, else the one it follows), for the navigation."""
    with workspace.session() as session:
        found = _latest(session, workspace.current_cycle(session))
        if found is None:
            return {}
        row, review = found
        if row.id not in _verdict_maps:
            _verdict_maps[row.id] = {v.criterion: str(v.verdict) for v in review.verdicts}
        return dict(_verdict_maps[row.id])


def criterion_feedback(workspace: Workspace, criterion_id: str) -> CriterionFeedback | None:
    with workspace.session() as session:
        found = _latest(session, workspace.current_cycle(session))
        if found is None:
            return None
        row, review = found
        verdict = review.verdict_for(criterion_id)
        if verdict is None:
            return None
        return CriterionFeedback(
            criterion_id,
            verdict.verdict.value,
            verdict.verdict.label,
            verdict.condition,
            verdict.deadline,
            verdict.comment,
            row.assessor_name,
            review.created_at,
        )


def review_summary(workspace: Workspace) -> ReviewSummary | None:
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        found = _latest(session, cycle)
        if found is None:
            return None
        row, review = found
        columns = {name: getattr(row, name) for name in REVIEW_COLUMNS}
        verdicts = [item.verdict for item in review.verdicts]
        return review_summary_of(columns, review.created_at, verdicts, for_this_cycle=row.cycle_id == cycle.id)


# --- the next cycle ------------------------------------------------------------------------------------------


def start_next_cycle(workspace: Workspace, *, renewal: bool = False) -> int:
    """Start a resubmission (same framework) or a renewal (the bundled framework, when it is the same one) that
    follows the current cycle: answers, evidence links and unfinished actions are carried forward.
    """
    from kitemark_app.core.framework import parse_framework

    with workspace.session() as session:
        current = workspace.current_cycle(session)
        if not current.exported_packs:
            raise KitemarkError(
                say("This self-assessment has not been sent yet; export the pack before starting another.")
            )
        source = current.framework_source
        if renewal:
            bundled = default_framework_text()
            if parse_framework(bundled).id == current.framework_id:
                source = bundled
        previous_id, level = current.id, current.target_level
        if parse_framework(source).level_names.count(level) == 0:
            level = parse_framework(source).level_names[0]
    new_id = workspace.start_cycle(source, level, follows=previous_id)
    framework = parse_framework(source)
    known = {criterion.id for _area, criterion in framework.criteria()}
    with workspace.session() as session:
        previous = session.get(AssessmentCycle, previous_id)
        cycle = session.get(AssessmentCycle, new_id)
        assert previous is not None and cycle is not None
        for old in previous.responses:
            if old.criterion_id not in known:
                continue
            session.add(
                Response(
                    cycle_id=new_id,
                    criterion_id=old.criterion_id,
                    status=old.status,
                    na_reason=old.na_reason,
                    narrative=old.narrative,
                    needs_recheck=old.needs_recheck,  # a check not yet made is still to be made
                    evidence=list(old.evidence),
                )
            )
        for action in previous.actions:
            if action.status == ActionStatus.DONE.value:
                continue
            session.add(
                ActionItem(
                    cycle_id=new_id,
                    criterion_id=action.criterion_id,
                    description=action.description,
                    owner=action.owner,
                    due_date=action.due_date,
                    status=action.status,
                    source=action.source,
                )
            )
        previous.status = CycleStatus.CLOSED.value
    return new_id
