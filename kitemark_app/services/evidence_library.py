"""The evidence library as plain data: every item with its freshness, its file history, a copy to open."""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kitemark_app.core.framework import Criterion
from kitemark_app.core.freshness import stale_reason
from kitemark_app.db.models import Evidence, Response
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import Cancelled, EvidenceError, ImportCancelled, Progress
from kitemark_app.sentences import say
from kitemark_app.services.evidence_ops import EvidenceSummary, summary_of
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class LibraryItem(EvidenceSummary):
    """An evidence item as the library shows it: ``criteria`` are those of the current cycle that use it."""

    stale: tuple[str, ...] = ()  # one sentence per reason it is out of date, empty when current

    @property
    def short_hash(self) -> str:
        return self.sha256[:12]


@dataclass(frozen=True)
class FileVersion:
    original_name: str
    size: int
    sha256: str
    document_date: date | None
    added_at: datetime
    replaced_at: datetime | None  # None for the file in use now


def library_items(workspace: Workspace, today: date | None = None) -> list[LibraryItem]:
    """Every evidence item of the organisation, with the criteria (current cycle) that use it."""
    today = today or date.today()
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        framework = workspace.framework(cycle)
        criteria = {c.id: c for _, c in framework.criteria()}
        rows = session.scalars(
            select(Evidence)
            .where(Evidence.organisation_id == cycle.organisation_id)
            .options(selectinload(Evidence.responses))
            .order_by(Evidence.id)
        )
        items = []
        for evidence in rows:
            used_by = sorted(
                r.criterion_id for r in evidence.responses if r.cycle_id == cycle.id and r.status != "not-applicable"
            )
            linked = sorted(r.criterion_id for r in evidence.responses if r.cycle_id == cycle.id)
            stale = _stale_reasons(evidence, used_by, criteria, today)
            items.append(LibraryItem(**asdict(summary_of(evidence, tuple(linked))), stale=stale))
        return items


def _stale_reasons(
    evidence: Evidence, used_by: list[str], criteria: dict[str, Criterion], today: date
) -> tuple[str, ...]:
    reasons: list[str] = []
    if evidence.review_by is not None and evidence.review_by < today:
        reasons.append(say("It was due for review by {day}.", day=evidence.review_by))
    for criterion_id in used_by:
        criterion = criteria.get(criterion_id)
        if criterion is None or criterion.freshness is None:
            continue
        reason = stale_reason(criterion, evidence.document_date, None, today)
        if reason:
            reasons.append(say("For {criterion} it {reason}.", criterion=criterion_id, reason=reason))
    return tuple(reasons)


def file_history(workspace: Workspace, evidence_id: int) -> list[FileVersion]:
    """The file in use now first, then the files it replaced, newest first."""
    with workspace.session() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise KitemarkError(say("That evidence item no longer exists."))
        current = FileVersion(
            evidence.original_name, evidence.size, evidence.sha256, evidence.document_date, evidence.added_at, None
        )
        older = [
            FileVersion(v.original_name, v.size, v.sha256, v.document_date, v.added_at, v.replaced_at)
            for v in reversed(evidence.history)
        ]
        return [current, *older]


def criteria_using(workspace: Workspace, evidence_id: int) -> list[str]:
    """Criteria, in any cycle, that link this item (what removing it would take it away from)."""
    with workspace.session() as session:
        rows = session.scalars(select(Response.criterion_id).where(Response.evidence.any(Evidence.id == evidence_id)))
        return sorted(set(rows))


def copy_for_viewing(
    workspace: Workspace,
    evidence_id: int,
    folder: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Copy the stored file, checking its hash, to a private temporary folder under its original name.

    The system viewer then shows the real name and picks the right program by its extension.
    """
    with workspace.session() as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise KitemarkError(say("That evidence item no longer exists."))
        sha256, size, name = evidence.sha256, evidence.size, evidence.original_name
    folder = Path(tempfile.mkdtemp(prefix="kitemark-view-", dir=folder))
    safe_name = Path(name).name or f"evidence-{evidence_id}"
    target = folder / safe_name
    partial = folder / f".{safe_name}.part"
    done = 0
    try:
        with open(partial, "wb") as writer:
            for chunk in workspace.store.open_verified(sha256):
                if cancelled and cancelled():
                    raise ImportCancelled(say("Opening the file was cancelled."))
                writer.write(chunk)
                done += len(chunk)
                if progress:
                    progress(done, size)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise EvidenceError(
            say("'{name}' could not be copied for viewing ({reason}).", name=safe_name, reason=error.strerror or error)
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
