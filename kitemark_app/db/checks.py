"""The start-up checks on the database file, with the standard library's sqlite3 only (no SQLAlchemy, no Alembic).

They run before anything opens the database through the ORM — and before the first screen is drawn from a
read-only snapshot (``services/snapshot.py``) — so this module must stay light: ``integrity_problem`` first,
``move_aside`` for a damaged file (never deleted), ``stored_revision``/``is_newer``/``head_revision`` to decide
between opening as it is, migrating, or opening a newer app's data read-only.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: Above this size the start-up check uses ``quick_check`` (O(n)) instead of the full ``integrity_check``.
QUICK_CHECK_ABOVE_BYTES = 64 * 1024 * 1024
#: Files that belong to a SQLite database in WAL mode and must move (or be restored) together with it.
COMPANION_SUFFIXES = ("-wal", "-shm")


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
