"""Opening the database: one engine per data folder, pragmas on every connection, migrations to head.

Also the low-level safety checks the start-up sequence needs (``services/workspace.py`` runs them in order):
``integrity_problem`` before anything else, ``move_aside`` for a damaged file (never deleted),
``stored_revision``/``is_newer`` to open a newer app's data read-only instead of "upgrading" it backwards.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from kitemark_app.errors import KitemarkError

if TYPE_CHECKING:  # alembic is only imported when a migration actually runs (it costs start-up time)
    from alembic.config import Config

MIGRATIONS = "kitemark_app.db:migrations"
PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")
#: Above this size the start-up check uses ``quick_check`` (O(n)) instead of the full ``integrity_check``.
QUICK_CHECK_ABOVE_BYTES = 64 * 1024 * 1024
#: Files that belong to a SQLite database in WAL mode and must move (or be restored) together with it.
COMPANION_SUFFIXES = ("-wal", "-shm")

NEWER_MESSAGE = (
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


#: Revision files are named "<4-digit revision id>_<slug>.py"; tests check this matches Alembic's own view.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


@lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    """Every schema revision this app knows, read from the file names (no need to load Alembic for this)."""
    versions = resources.files("kitemark_app.db.migrations").joinpath("versions")
    return frozenset(m.group(1) for item in versions.iterdir() if (m := _REVISION_FILE.match(item.name)))


def head_revision() -> str:
    """The newest revision: ids are zero-padded numbers and each revision follows the one before."""
    return max(_known_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_known_revision(revision: str) -> bool:
    return revision in _known_revisions()


def _plain_connection(database: Path) -> sqlite3.Connection:
    """A short-lived sqlite3 connection for checks that must not go through migrations or the ORM."""
    connection = sqlite3.connect(database, timeout=5.0)
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def stored_revision(database: Path) -> str | None:
    """The schema revision recorded in ``database`` (None for a new or empty file), read without changing it."""
    if not database.exists():
        return None
    connection = _plain_connection(database)
    try:
        table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if table is None:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


def is_newer(revision: str | None) -> bool:
    """True when ``revision`` comes from a later app version than this one (we do not know it)."""
    return revision is not None and not is_known_revision(revision)


def has_tables(database: Path) -> bool:
    if not database.exists():
        return False
    connection = _plain_connection(database)
    try:
        return connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1").fetchone() is not None
    finally:
        connection.close()


def integrity_problem(database: Path, *, quick_above: int = QUICK_CHECK_ABOVE_BYTES) -> str | None:
    """None when ``database`` passes SQLite's own check, else SQLite's first complaint.

    Uses ``integrity_check`` for small files and ``quick_check`` for big ones, so start-up stays quick.
    """
    if not database.exists():
        return None
    pragma = "quick_check" if database.stat().st_size > quick_above else "integrity_check"
    try:
        connection = _plain_connection(database)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:  # e.g. "file is not a database", "database disk image is malformed"
        return str(error)
    messages = [str(row[0]) for row in rows]
    return None if messages == ["ok"] else "; ".join(messages[:5])


def move_aside(database: Path) -> Path:
    """Rename a damaged database (and its WAL files) to ``<name>.damaged-<UTC time>``; returns the new path.

    Nothing is deleted: the file may still hold something a specialist could recover.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = database.with_name(f"{database.name}.damaged-{stamp}-{counter}")
    for suffix in COMPANION_SUFFIXES:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(database, target)
    return target


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to head. Refuses a database from a newer app version."""
    revision = current_revision(engine)
    if is_newer(revision):
        raise NewerDatabaseError(
            "This data was saved by a newer version of Kitemark; please install the newer version to open it."
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
