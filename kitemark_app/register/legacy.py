"""The one-time move of a data folder's assessor tables (Kitemark 0.1) into the new register file.

Kitemark 0.1 kept the register in the VCO workspace's own database. When the register file is first created, the
rows of those four tables are copied across with their ids; the workspace file is only read (``mode=ro``), so it
stays as it was and is itself the copy to go back to. Read with sqlite3, not the workspace's models: the stores do
not import each other.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Engine, insert

from kitemark_app.paths import DATABASE_NAME
from kitemark_app.register.models import (
    AssessorReview,
    CriterionVerdict,
    ReceivedPack,
    RegisteredOrganisation,
    UTCDateTime,
)
from kitemark_app.register.search import fold

_TABLES = ("registered_organisation", "received_pack", "assessor_review", "criterion_verdict")


def _rows(connection: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    connection.row_factory = sqlite3.Row
    return [dict(row) for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY id')]


def _typed(model: Any, row: dict[str, Any]) -> dict[str, Any]:
    """sqlite3 gives dates and times back as the text SQLAlchemy wrote; the new engine wants them as objects."""
    typed = dict(row)
    for column in model.__table__.columns:
        value = typed.get(column.name)
        if not isinstance(value, str) or not value:
            continue
        if isinstance(column.type, UTCDateTime | DateTime):
            moment = datetime.fromisoformat(value)
            typed[column.name] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        elif isinstance(column.type, Date):
            typed[column.name] = date.fromisoformat(value[:10])
    return typed


def read_workspace_tables(workspace_database: Path) -> dict[str, list[dict[str, Any]]]:
    """The old tables' rows ({} when the file or the tables are not there)."""
    if not workspace_database.is_file():
        return {}
    connection = sqlite3.connect(f"{workspace_database.as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not set(_TABLES) <= present:
            return {}
        return {table: _rows(connection, table) for table in _TABLES}
    finally:
        connection.close()


def _state(pack: dict[str, Any], reviews: dict[int, dict[str, Any]]) -> str:
    review = reviews.get(pack["id"])
    if review is None:
        return "received"
    return "review-sent" if review.get("exported_at") else "in-review"


def import_workspace_tables(data_root: Path, engine: Engine, officer: str = "") -> int:
    """Copy the 0.1 assessor tables of ``data_root`` into the new register; returns how many rows moved."""
    old = read_workspace_tables(data_root / DATABASE_NAME)
    if not any(old.values()):
        return 0
    reviews = {row["received_pack_id"]: row for row in old["assessor_review"]}
    organisations = [
        {**row, "name_key": fold(row["name"]), "registered_by": officer, "version": 1}
        for row in old["registered_organisation"]
    ]
    packs = [
        {
            **row,
            "name_key": fold(row["organisation_name"]),
            "state": _state(row, reviews),
            "assigned_to": officer if row["id"] in reviews else "",
            "version": 1,
        }
        for row in old["received_pack"]
    ]
    review_rows = [{**row, "updated_by": officer, "version": 1} for row in old["assessor_review"]]
    with engine.begin() as connection:
        for model, rows in (
            (RegisteredOrganisation, organisations),
            (ReceivedPack, packs),
            (AssessorReview, review_rows),
            (CriterionVerdict, old["criterion_verdict"]),
        ):
            if rows:
                connection.execute(insert(model), [_typed(model, row) for row in rows])
    return sum(len(rows) for rows in old.values())
