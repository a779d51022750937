"""Evidence operations: add files to the library, link them to criteria, replace, remove."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kitemark_app.db.models import Evidence, EvidenceVersion
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import Cancelled, Progress, StoredFile
from kitemark_app.sentences import say
from kitemark_app.services.workspace import Workspace

#: Why an item's hidden parts must be looked at again (services/redaction_ops.py). Stored as it is in
#: ``evidence.redactions_to_check``; ``redaction_ops`` says it again, translatable, when it reads it back.
REDACTIONS_REPLACED = say(
    "its file was replaced: check that the hidden parts still cover what they should, then save them."
)


@dataclass(frozen=True)
class EvidenceSummary:
    id: int
    title: str
    original_name: str
    media_type: str
    size: int
    sha256: str
    document_date: date | None
    review_by: date | None
    criteria: tuple[str, ...]
    personal_data: bool | None = None  # whether the organisation said it names people (None: not said)


def summary_of(evidence: Evidence, criteria: tuple[str, ...] | None = None) -> EvidenceSummary:
    """The plain-data view of an evidence row; ``criteria`` defaults to every criterion that links it."""
    return EvidenceSummary(
        evidence.id,
        evidence.title,
        evidence.original_name,
        evidence.media_type,
        evidence.size,
        evidence.sha256,
        evidence.document_date,
        evidence.review_by,
        criteria if criteria is not None else tuple(sorted(r.criterion_id for r in evidence.responses)),
        evidence.personal_data,
    )


def default_title(path: Path) -> str:
    """A readable title from a file name; never empty, even for a name like '. '."""
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name.strip() or "Untitled document"


def store_file(
    workspace: Workspace, source: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> StoredFile:
    """The slow part of adding evidence (hash + copy); safe to run off the UI thread."""
    return workspace.store.add(source, progress, cancelled)


def record_evidence(
    workspace: Workspace,
    stored: StoredFile,
    *,
    title: str = "",
    document_date: date | None = None,
    review_by: date | None = None,
    criteria: list[str] | tuple[str, ...] = (),
) -> int:
    """The quick part of adding evidence: the database row and its links, in one transaction."""
    with workspace.session() as session:
        organisation = workspace.organisation(session)
        evidence = Evidence(
            organisation_id=organisation.id,
            title=title.strip() or default_title(Path(stored.original_name)),
            original_name=stored.original_name,
            media_type=stored.media_type,
            size=stored.size,
            sha256=stored.sha256,
            document_date=document_date,
            review_by=review_by,
        )
        session.add(evidence)
        for criterion_id in criteria:
            response = workspace.response(session, criterion_id, with_evidence=False)
            assert response is not None
            # From the new item's side, whose links are empty: appending to response.evidence would first load
            # every item already linked to the criterion, making each addition slower than the last.
            evidence.responses.append(response)
        session.flush()
        return evidence.id


def add_evidence(
    workspace: Workspace,
    source: Path,
    *,
    title: str = "",
    document_date: date | None = None,
    review_by: date | None = None,
    criteria: list[str] | tuple[str, ...] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    check_criteria(workspace, criteria)
    stored = store_file(workspace, source, progress, cancelled)
    return record_evidence(
        workspace, stored, title=title, document_date=document_date, review_by=review_by, criteria=criteria
    )


def check_criteria(workspace: Workspace, criteria: list[str] | tuple[str, ...]) -> None:
    with workspace.session() as session:
        framework = workspace.framework(workspace.current_cycle(session))
    known = {criterion.id for _, criterion in framework.criteria()}
    if unknown := [c for c in criteria if c not in known]:
        raise KitemarkError(
            say(
                "Unknown criterion {criteria}; ids look like GOV-01 (see 'kitemark status').",
                criteria=", ".join(unknown),
            )
        )


def link(workspace: Workspace, evidence_id: int, criterion_id: str) -> None:
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        response = workspace.response(session, criterion_id, with_evidence=False)
        assert response is not None
        if response not in evidence.responses:  # the item's few links, not the criterion's many
            evidence.responses.append(response)


def unlink(workspace: Workspace, evidence_id: int, criterion_id: str) -> None:
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        response = workspace.response(session, criterion_id, create=False)
        if response is not None and evidence in response.evidence:
            response.evidence.remove(evidence)


def update_details(workspace: Workspace, evidence_id: int, **changes: object) -> None:
    allowed = {"title", "document_date", "review_by", "personal_data"}
    if unknown := set(changes) - allowed:
        raise ValueError(f"cannot change {sorted(unknown)} on evidence")
    if "title" in changes and not str(changes["title"]).strip():
        raise KitemarkError(say("Evidence needs a title."))
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        for name, value in changes.items():
            setattr(evidence, name, value)


def replace_file(workspace: Workspace, evidence_id: int, stored: StoredFile, document_date: date | None) -> None:
    """Point the item at a newer file; the old file stays in its history (and in the store)."""
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        evidence.history.append(
            EvidenceVersion(
                original_name=evidence.original_name,
                media_type=evidence.media_type,
                size=evidence.size,
                sha256=evidence.sha256,
                document_date=evidence.document_date,
                added_at=evidence.added_at,
            )
        )
        evidence.original_name = stored.original_name
        evidence.media_type = stored.media_type
        evidence.size = stored.size
        evidence.sha256 = stored.sha256
        evidence.document_date = document_date
        if evidence.redactions:  # kept (they are fractions of the page), but a new scan may not match them
            evidence.redactions_to_check = REDACTIONS_REPLACED


def remove(workspace: Workspace, evidence_id: int) -> list[str]:
    """Delete an item from the library; returns the criteria it was unlinked from (the UI asks first)."""
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        criteria = sorted(r.criterion_id for r in evidence.responses)
        session.delete(evidence)
        return criteria


def list_evidence(workspace: Workspace) -> list[EvidenceSummary]:
    with workspace.session() as session:
        organisation = workspace.organisation(session)
        rows = session.scalars(
            select(Evidence).where(Evidence.organisation_id == organisation.id).order_by(Evidence.id)
        )
        return [summary_of(e) for e in rows]


def review_dates(workspace: Workspace) -> list[tuple[str, date]]:
    """(title, review-by) of every item that has a review-by date: two columns, for the dashboard's reminders."""
    with workspace.session() as session:
        organisation = workspace.organisation(session)
        rows = session.execute(
            select(Evidence.title, Evidence.review_by).where(
                Evidence.organisation_id == organisation.id, Evidence.review_by.is_not(None)
            )
        )
        return [(title, review_by) for title, review_by in rows if review_by is not None]


def evidence_for(workspace: Workspace, criterion_id: str) -> list[EvidenceSummary]:
    with workspace.session() as session:
        response = workspace.response(session, criterion_id, create=False)
        return [summary_of(e) for e in response.evidence] if response else []


def get_evidence(session: Session, evidence_id: int) -> Evidence:
    evidence = session.get(Evidence, evidence_id)
    if evidence is None:
        raise KitemarkError(say("That evidence item no longer exists."))
    return evidence
