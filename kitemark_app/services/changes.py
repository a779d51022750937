"""What changed since the charity's last exported pack: answers, evidence added/replaced/removed, actions closed.

The pack as sent is the manifest recorded at export (``ExportedPack.manifest_json``); the state now is the current
cycle's answers and their evidence by SHA-256. The comparison itself is ``core.pack_changes`` — the rule the
assessor's side uses between two packs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kitemark_app.core.pack_changes import AnswerState, ChangeKind, CriterionChange, answers_from_manifest, compare
from kitemark_app.core.status import ActionStatus
from kitemark_app.db.models import ExportedPack, Response
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class SinceExport:
    exported_at: datetime
    file_name: str
    changes: list[CriterionChange]  # only the criteria that changed
    actions_closed: list[str]  # descriptions of actions open in the pack and done now

    @property
    def nothing(self) -> bool:
        return not self.changes and not self.actions_closed


def since_last_export(root: Path) -> SinceExport | None:
    """The changes since the last pack this organisation exported; None when it has exported none."""
    with Workspace.open(root, read_only=True) as workspace, workspace.session() as session:
        last = session.scalars(
            select(ExportedPack).order_by(ExportedPack.created_at.desc(), ExportedPack.id.desc())
        ).first()
        if last is None:
            return None
        manifest = json.loads(last.manifest_json)
        cycle = workspace.current_cycle(session)
        applicable = {item.id for item in workspace.applicable(session)}
        rows = session.scalars(
            select(Response).where(Response.cycle_id == cycle.id).options(selectinload(Response.evidence))
        ).all()
        now = {
            row.criterion_id: AnswerState(row.status, row.narrative, {e.sha256: e.title for e in row.evidence})
            for row in rows
            if row.criterion_id in applicable
        }
        before = answers_from_manifest(manifest)
        for criterion in before:  # in the pack and with no answer row now (a new cycle): not started yet
            if criterion in applicable:
                now.setdefault(criterion, AnswerState("not-started", "", {}))
        sent_open = {
            (a["criterion"], a["description"])
            for a in manifest.get("actions", [])
            if a.get("status") != ActionStatus.DONE.value
        }
        closed = [
            a.description
            for a in cycle.actions
            if a.status == ActionStatus.DONE.value and (a.criterion_id, a.description) in sent_open
        ]
        exported_at = last.created_at if last.created_at.tzinfo else last.created_at.replace(tzinfo=UTC)
        changed = [c for c in compare(before, now) if c.kind is not ChangeKind.SAME]
        return SinceExport(exported_at, last.file_name, changed, closed)
