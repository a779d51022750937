"""Action items as plain data (the changes themselves are ``Workspace.add_action/update_action/delete_action``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kitemark_app.core.status import ActionStatus
from kitemark_app.db.models import ActionItem
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class ActionSummary:
    id: int
    criterion_id: str
    description: str
    owner: str
    due_date: date | None
    status: ActionStatus
    source: str

    def is_overdue(self, today: date) -> bool:
        return self.due_date is not None and self.due_date < today and self.status is not ActionStatus.DONE


def _summary(action: ActionItem) -> ActionSummary:
    return ActionSummary(
        action.id,
        action.criterion_id,
        action.description,
        action.owner,
        action.due_date,
        ActionStatus(action.status),
        action.source,
    )


def list_actions(workspace: Workspace, criterion_id: str | None = None) -> list[ActionSummary]:
    """The current cycle's action items, all of them or only those for ``criterion_id``."""
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        query = select(ActionItem).where(ActionItem.cycle_id == cycle.id)
        if criterion_id is not None:
            query = query.where(ActionItem.criterion_id == criterion_id)
        return [_summary(action) for action in session.scalars(query.order_by(ActionItem.id))]
