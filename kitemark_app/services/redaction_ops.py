"""The parts of an evidence file hidden before sending: read, saved, checked, applied to the pack's copy.

The CLI (``kitemark evidence redact``) and the marking dialog call these with plain data. The areas and pages are
kept in ``evidence_redaction`` rows; the original file in the library is only ever read. When an item's file is
replaced, its redactions stay (they are fractions of the page, so they fit a new scan) and the item is flagged
until someone looks at them again and saves (``evidence.redactions_to_check``): until then the export refuses it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kitemark_app.core.readiness import Problem
from kitemark_app.db.models import Evidence, EvidenceRedaction
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence import redaction
from kitemark_app.evidence.redaction import Area, Redactions
from kitemark_app.sentences import say
from kitemark_app.services.evidence_ops import REDACTIONS_REPLACED, get_evidence
from kitemark_app.services.workspace import Workspace

AREA, OMIT_PAGE = "area", "omit-page"


@dataclass(frozen=True)
class ItemRedactions:
    evidence_id: int
    title: str
    original_name: str
    path: Path  # the original in the library (read only)
    redactions: Redactions
    to_check: str  # why they must be checked again, or ""


def redactions_of(rows: Iterable[EvidenceRedaction]) -> Redactions:
    areas, omitted = [], set()
    for row in rows:
        if row.kind == OMIT_PAGE:
            omitted.add(row.page)
        else:
            areas.append(Area(row.page, row.x0, row.y0, row.x1, row.y1))
    return Redactions(tuple(areas), frozenset(omitted))


def load(workspace: Workspace, evidence_id: int) -> ItemRedactions:
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        return ItemRedactions(
            evidence.id,
            evidence.title,
            evidence.original_name,
            workspace.store.path_for(evidence.sha256),
            redactions_of(evidence.redactions),
            _to_check(evidence.redactions_to_check),
        )


def _to_check(stored: str) -> str:
    """Why the hidden parts must be checked again, as stored; the sentence this app stores there, translatable."""
    return REDACTIONS_REPLACED if stored == REDACTIONS_REPLACED else stored


def page_preview(item: ItemRedactions, page: int, longest_side: int = 1600) -> tuple[int, bytes]:
    """(pages of the file, a PNG of page ``page``) for the marking dialog; slow for a large page: off the UI thread."""
    pages = redaction.page_count(item.path, item.original_name)
    return pages, redaction.preview_png(item.path, page, longest_side, item.original_name)


def check(path: Path, redactions: Redactions, title: str) -> None:
    """A KitemarkError, one sentence, when ``redactions`` cannot be applied to the file at ``path``."""
    kind = redaction.redactable_kind(path)
    if kind != "PDF" and redactions.omitted_pages:
        raise KitemarkError(say("'{title}' is a picture, which has one page that cannot be left out.", title=title))
    if found := redaction.problems(redactions, redaction.page_count(path)):
        raise KitemarkError(
            say("The parts to hide in '{title}' cannot be saved: {problem}.", title=title, problem=found[0])
        )


def save(workspace: Workspace, evidence_id: int, redactions: Redactions) -> None:
    """Replace the item's redactions with these (none: the pack sends the file as before); clears the flag."""
    item = load(workspace, evidence_id)
    if not redactions.empty:
        check(item.path, redactions, item.title)
    with workspace.session() as session:
        evidence = get_evidence(session, evidence_id)
        evidence.redactions.clear()
        session.flush()
        for page in sorted(redactions.omitted_pages):
            evidence.redactions.append(EvidenceRedaction(kind=OMIT_PAGE, page=page))
        for area in redactions.areas:
            evidence.redactions.append(
                EvidenceRedaction(kind=AREA, page=area.page, x0=area.x0, y0=area.y0, x1=area.x1, y1=area.y1)
            )
        evidence.redactions_to_check = ""


def add(workspace: Workspace, evidence_id: int, areas: Iterable[Area] = (), omit: Iterable[int] = ()) -> Redactions:
    """The item's redactions with these areas and pages added, saved; returns all of them."""
    current = load(workspace, evidence_id).redactions
    merged = Redactions(current.areas + tuple(areas), current.omitted_pages | frozenset(omit))
    save(workspace, evidence_id, merged)
    return merged


def for_items(workspace: Workspace, evidence_ids: Iterable[int]) -> dict[int, Redactions]:
    """The redactions of those items that have any."""
    wanted = set(evidence_ids)
    with workspace.session() as session:
        rows = session.scalars(select(EvidenceRedaction).where(EvidenceRedaction.evidence_id.in_(wanted)))
        by_item: dict[int, list[EvidenceRedaction]] = {}
        for row in rows:
            by_item.setdefault(row.evidence_id, []).append(row)
        return {item: redactions_of(found) for item, found in by_item.items()}


def problems(workspace: Workspace, evidence_ids: Iterable[int]) -> list[Problem]:
    """Items of the pack whose hidden parts must be checked again before it is sent (must fix)."""
    wanted = set(evidence_ids)
    with workspace.session() as session:
        rows = session.scalars(
            select(Evidence).where(Evidence.id.in_(wanted), Evidence.redactions_to_check != "").order_by(Evidence.id)
        )
        return [
            Problem(
                "redactions-to-check",
                say("'{title}' — {reason}", title=e.title, reason=_to_check(e.redactions_to_check)),
                True,
                evidence_id=e.id,
            )
            for e in rows
        ]
