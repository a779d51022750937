"""Every database connection runs with WAL, synchronous=FULL and foreign keys on — not only the first one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kitemark_app.db.session import head_revision, is_newer, open_database, stored_revision
from kitemark_app.services.workspace import Workspace


def _pragmas(connection) -> tuple[str, int, int]:
    return (
        connection.execute(text("PRAGMA journal_mode")).scalar(),
        connection.execute(text("PRAGMA synchronous")).scalar(),
        connection.execute(text("PRAGMA foreign_keys")).scalar(),
    )


def test_every_pooled_connection_has_the_pragmas(data_dir: Path) -> None:
    engine, _ = open_database(data_dir / "kitemark.sqlite3")
    try:
        held = [engine.connect() for _ in range(3)]  # three live connections: three connect events
        assert [_pragmas(c) for c in held] == [("wal", 2, 1)] * 3
        for connection in held:
            connection.close()
        engine.dispose()  # fresh connections after the pool is emptied get them too
        with engine.connect() as connection:
            assert _pragmas(connection) == ("wal", 2, 1)
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace, pytest.raises(IntegrityError), workspace.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO response (cycle_id, criterion_id, status, na_reason, narrative, updated_at) "
                "VALUES (999, 'GOV-01', 'met', '', '', '2026-01-01')"
            )
        )


def test_revisions_are_read_without_changing_anything(data_dir: Path) -> None:
    database = data_dir / "kitemark.sqlite3"
    assert stored_revision(database) is None
    assert not database.exists()  # looking does not create it
    Workspace.open(data_dir).close()
    assert stored_revision(database) == head_revision()
    assert not is_newer(head_revision())
    assert is_newer("ffffffffffff")
    assert not is_newer(None)


def test_read_only_engine_refuses_writes(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    engine, _ = open_database(data_dir / "kitemark.sqlite3", read_only=True)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA query_only")).scalar() == 1
            assert _pragmas(connection)[1:] == (2, 1)
    finally:
        engine.dispose()
