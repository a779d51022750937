"""Opening the database: one engine per data folder, pragmas on every connection, migrations to head."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kitemark_app.errors import KitemarkError

MIGRATIONS = "kitemark_app.db:migrations"
PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")


class NewerDatabaseError(KitemarkError):
    """The database was written by a newer Kitemark; we never downgrade it."""


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def make_engine(database: Path) -> Engine:
    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    return any(item.revision == revision for item in script.walk_revisions())


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to head. Refuses a database from a newer app version."""
    revision = current_revision(engine)
    if revision is not None and not is_known_revision(revision):
        raise NewerDatabaseError(
            "This data was saved by a newer version of Kitemark; please install the newer version to open it."
        )
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(database: Path, *, migrate: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    database.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(database)
    if migrate:
        upgrade_to_head(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
