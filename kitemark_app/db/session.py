"""Opening the database: one engine per data folder, pragmas on every connection, migrations to head.

The low-level safety checks the start-up sequence runs first (``integrity_problem``, ``move_aside``,
``stored_revision``/``is_newer``/``head_revision``) live in ``db/checks.py``, which needs no SQLAlchemy; they are
re-exported here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from kitemark_app.db.checks import COMPANION_SUFFIXES as COMPANION_SUFFIXES
from kitemark_app.db.checks import QUICK_CHECK_ABOVE_BYTES as QUICK_CHECK_ABOVE_BYTES
from kitemark_app.db.checks import _known_revisions as _known_revisions
from kitemark_app.db.checks import has_tables, head_revision
from kitemark_app.db.checks import integrity_problem as integrity_problem
from kitemark_app.db.checks import is_known_revision as is_known_revision
from kitemark_app.db.checks import is_newer as is_newer
from kitemark_app.db.checks import move_aside as move_aside
from kitemark_app.db.checks import stored_revision as stored_revision
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say

if TYPE_CHECKING:  # alembic is only imported when a migration actually runs (it costs start-up time)
    from alembic.config import Config

MIGRATIONS = "kitemark_app.db:migrations"
PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")

NEWER_MESSAGE = say(
    "This data was saved by a newer version of Kitemark, so it is open read-only; "
    "install the newer version to make changes."
)


class NewerDatabaseError(KitemarkError):
    """The database was written by a newer Kitemark; we never downgrade it."""


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _set_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # query_only makes every write fail inside SQLite itself, whatever the code above it does.
    dbapi_connection.execute("PRAGMA query_only=ON")


def make_engine(database: Path, *, read_only: bool = False) -> Engine:
    engine = create_engine(f"sqlite:///{database}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    if read_only:
        event.listen(engine, "connect", _set_read_only)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to head. Refuses a database from a newer app version."""
    revision = current_revision(engine)
    if is_newer(revision):
        raise NewerDatabaseError(
            say("This data was saved by a newer version of Kitemark; please install the newer version to open it.")
        )
    if revision == head_revision():
        return  # nothing to do: skip loading the migration environment
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_database(
    database: Path,
    *,
    migrate: bool = True,
    read_only: bool = False,
    before_migration: Callable[[str | None], object] | None = None,
) -> tuple[Engine, sessionmaker[Session]]:
    """An engine and session factory for ``database``.

    ``before_migration(from_revision)`` runs (e.g. to take a backup) only when an existing database is about to
    be migrated. ``read_only`` never migrates and makes SQLite refuse every write.
    """
    if read_only:
        engine = make_engine(database, read_only=True)
        return engine, sessionmaker(engine, expire_on_commit=False)
    database.parent.mkdir(parents=True, exist_ok=True)
    if migrate and before_migration is not None and has_tables(database):
        revision = stored_revision(database)
        if revision != head_revision() and not is_newer(revision):
            before_migration(revision)
    engine = make_engine(database)
    if migrate:
        upgrade_to_head(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
