"""Every released schema revision migrates to head with its data unchanged (fixtures: tests/fixtures/db/)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from kitemark_app.db.session import alembic_config, head_revision, stored_revision
from kitemark_app.services import backup, health
from kitemark_app.services.workspace import Workspace
from tests.safety import dump_tables

FIXTURES = Path(__file__).parent.parent / "fixtures" / "db"
#: Columns a migration removed or renamed on purpose: {(table, column): "revision and why"}. Empty so far.
EXPECTED_CHANGES: dict[tuple[str, str], str] = {}


def _released_revisions() -> list[str]:
    return [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("*.sqlite3"))


def test_every_revision_has_a_fixture() -> None:
    have = {p.stem for p in _fixtures()}
    missing = [r for r in _released_revisions() if r not in have]
    assert not missing, f"add a fixture for {missing} (see tests/fixtures/db/README.md)"


def _rows_by_column(database: Path) -> dict[str, list[dict[str, object]]]:
    connection = sqlite3.connect(database)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        return {t: [dict(r) for r in connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid')] for t in tables}
    finally:
        connection.close()


@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda p: p.stem)
def test_fixture_migrates_to_head_with_its_data_unchanged(fixture: Path, data_dir: Path) -> None:
    database = data_dir / "kitemark.sqlite3"
    shutil.copyfile(fixture, database)
    before = _rows_by_column(database)
    assert sum(len(rows) for rows in before.values()) > 20, "a fixture needs realistic data in it"
    assert all(before.values()), "every table of a fixture needs at least one row"

    with Workspace.open(data_dir) as workspace:
        assert not workspace.read_only
        assert workspace.organisation_details().name  # the ORM reads it at head
    assert stored_revision(database) == head_revision()

    after = _rows_by_column(database)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        assert len(after[table]) == len(rows), f"rows lost or added in {table}"
        for old, new in zip(rows, after[table], strict=True):
            for column, value in old.items():
                if (table, column) in EXPECTED_CHANGES:
                    continue
                assert column in new, f"{table}.{column} disappeared"
                assert new[column] == value, f"{table}.{column} changed: {value!r} → {new[column]!r}"

    if fixture.stem != head_revision():  # an older schema was backed up before it was migrated
        taken = [s for s in backup.list_snapshots(data_dir) if s.reason == "before-migration"]
        assert len(taken) == 1
        assert dump_tables(taken[0].path) == dump_tables(fixture)
    assert health.check(data_dir).database == "ok"
