"""The audit log: every change officers make, written in the same transaction as the change itself.

Entries are only ever added. On PostgreSQL the server stamps the login and the time (a trigger) and no officer's
role may update or delete an entry (``roles.py``); on SQLite the single officer's own file holds them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kitemark_app.register.models import AssessorReview, AuditEntry, ReceivedPack


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def dumps(data: dict[str, Any] | None) -> str:
    return "" if data is None else json.dumps({k: _plain(v) for k, v in data.items()}, sort_keys=True)


def record(
    session: Session,
    officer: str,
    action: str,
    record_kind: str,
    record_id: int | None,
    *,
    pack_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=datetime.now(UTC),
            officer=officer,
            received_pack_id=pack_id,
            record=record_kind,
            record_id=record_id,
            action=action,
            before_json=dumps(before),
            after_json=dumps(after),
        )
    )


def pack_state(pack: ReceivedPack) -> dict[str, Any]:
    return {"state": pack.state, "assigned_to": pack.assigned_to, "verdict": pack.verdict}


def review_state(review: AssessorReview | None) -> dict[str, Any] | None:
    if review is None:
        return None
    return {
        "outcome": review.outcome,
        "level": review.awarded_level,
        "valid_until": review.valid_until,
        "resubmit_by": review.resubmit_by,
        "summary": review.summary,
        "verdicts": {v.criterion_id: [v.verdict, v.condition, _plain(v.deadline), v.comment] for v in review.verdicts},
    }


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    officer: str
    action: str
    record: str
    before: str
    after: str


def history(session: Session, pack_id: int) -> list[AuditLine]:
    """Every entry about one pack, oldest first."""
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.received_pack_id == pack_id).order_by(AuditEntry.id)
    ).all()
    return [
        AuditLine(
            row.at,
            row.officer,
            row.action,
            row.record,
            row.before_json,
            row.after_json,
        )
        for row in rows
    ]
