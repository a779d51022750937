"""The action plan across the whole cycle: action items with their criterion's title and area, and CSV export.

Builds on ``services.actions.list_actions`` (the action items themselves).
"""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kitemark_app.core.safe_text import csv_text
from kitemark_app.core.status import ActionStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say
from kitemark_app.services.actions import ActionSummary, list_actions
from kitemark_app.services.workspace import Workspace

CSV_COLUMNS = (
    "criterion",
    "criterion_title",
    "area",
    "description",
    "owner",
    "due_date",
    "status",
    "overdue",
    "source",
)


@dataclass(frozen=True)
class PlannedAction:
    action: ActionSummary
    criterion_title: str
    area_title: str

    @property
    def id(self) -> int:
        return self.action.id

    @property
    def status(self) -> ActionStatus:
        return self.action.status

    def is_overdue(self, today: date) -> bool:
        return self.action.is_overdue(today)


def action_plan(workspace: Workspace, language: str = "en") -> list[PlannedAction]:
    """Every action item in the current cycle, in the order they were added; criterion and area titles in
    ``language`` where the framework has them (the CSV export is in English)."""
    from kitemark_app.core.framework_text import localised

    with workspace.session() as session:
        framework = localised(workspace.framework(workspace.current_cycle(session)), language)
    titles = {criterion.id: (criterion.title, area.title) for area, criterion in framework.criteria()}
    return [PlannedAction(action, *titles.get(action.criterion_id, ("", ""))) for action in list_actions(workspace)]


def set_action_status(workspace: Workspace, action_id: int, status: ActionStatus) -> None:
    workspace.update_action(action_id, status=status)


def export_actions_csv(workspace: Workspace, target: Path, today: date | None = None) -> int:
    """Write the action plan to ``target`` as UTF-8 CSV (opens in Excel); returns the number of actions.

    The file is written next to the target under a temporary name and renamed into place, so a failure never
    leaves a half-written file behind.
    """
    today = today or date.today()
    rows = action_plan(workspace)
    folder = target.parent
    if not folder.is_dir():
        raise KitemarkError(
            say("The folder '{folder}' does not exist; choose another place to save the CSV.", folder=folder)
        )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".action-plan-", suffix=".part", dir=folder)
    except OSError as error:
        raise KitemarkError(
            say(
                "The action plan cannot be saved in '{folder}' ({reason}); choose another folder.",
                folder=folder,
                reason=error.strerror or error,
            )
        ) from None
    temp = Path(temp_name)
    try:
        # utf-8-sig: Excel on Windows then reads accented names correctly.
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(CSV_COLUMNS)
            for row in rows:
                action = row.action
                # Words typed by anyone (an owner "=cmd|..." included) stay text: no cell runs as a formula.
                writer.writerow(
                    csv_text(value)
                    for value in (
                        action.criterion_id,
                        row.criterion_title,
                        row.area_title,
                        action.description,
                        action.owner,
                        action.due_date.isoformat() if action.due_date else "",
                        action.status.value,
                        "yes" if action.is_overdue(today) else "no",
                        action.source,
                    )
                )
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise KitemarkError(
            say(
                "The action plan could not be saved as '{name}' ({reason}); "
                "close it if it is open in another program and try again.",
                name=target.name,
                reason=error.strerror or error,
            )
        ) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return len(rows)
