"""Automatic database snapshots, and putting a database back safely.

Snapshots are made with SQLite's online backup API (a consistent copy even while the app is writing) into
``<data>/backups/kitemark-<UTC time>-<reason>.sqlite3``: a *daily* one when the data folder is opened, and one
before every migration, export and restore (``backup_before``). Daily snapshots rotate like mature desktop apps
do — the newest of each of the last 7 days, 4 weeks and 6 months is kept; event snapshots keep the newest 10 of
each kind. The evidence store is append-only (content-addressed), so a snapshot's files stay in the store.

The one-file archive to move to another PC is ``services/backup_archive.py``.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kitemark_app.db.checks import (
    COMPANION_SUFFIXES,
    integrity_problem,
    is_newer,
    move_aside,
    stored_revision,
)
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import fsync_directory, storage_error_sentence
from kitemark_app.paths import DataLayout
from kitemark_app.sentences import Said, say

if TYPE_CHECKING:
    from kitemark_app.services.workspace import Workspace

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 6
KEEP_PER_EVENT = 10
DAILY = "daily"
_NAME = re.compile(r"^kitemark-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")


class BackupError(KitemarkError):
    """A backup could not be made, or a backup cannot be restored."""


class DamagedDatabaseError(KitemarkError):
    """The database failed its start-up check; it was moved aside and the newest good backup is offered."""

    def __init__(self, moved_to: Path, newest_backup: Snapshot | None, problem: str) -> None:
        self.moved_to = moved_to
        self.newest_backup = newest_backup
        self.problem = problem
        super().__init__(_damaged_sentence(moved_to, newest_backup))


def _damaged_sentence(moved_to: Path, newest_backup: Snapshot | None) -> Said:
    if newest_backup is None:
        return say(
            "The Kitemark database was damaged and has been moved aside to '{name}'; no automatic backup exists, so "
            "restore your own backup file with 'kitemark restore FILE'.",
            name=moved_to.name,
        )
    return say(
        "The Kitemark database was damaged and has been moved aside to '{name}'; restore the newest good backup "
        "({day} {time} UTC) with 'kitemark restore \"{path}\"' or from the app.",
        name=moved_to.name,
        day=newest_backup.created,
        time=f"{newest_backup.created:%H:%M}",
        path=newest_backup.path,
    )


@dataclass(frozen=True)
class Snapshot:
    path: Path
    created: datetime  # UTC
    reason: str

    @property
    def is_daily(self) -> bool:
        return self.reason == DAILY


def _layout(target: Workspace | DataLayout | Path) -> DataLayout:
    if isinstance(target, DataLayout):
        return target
    if isinstance(target, Path):
        return DataLayout(target)
    return target.layout


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug or "manual"


def copy_database(database: Path, target: Path) -> None:
    """A consistent copy of ``database`` at ``target`` via the online backup API, durable and all-or-nothing."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".snapshot-", suffix=".sqlite3", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        source = sqlite3.connect(database, timeout=10.0)
        try:
            copy = sqlite3.connect(temp)
            try:
                source.backup(copy)
                # The copy must stand alone: no -wal file may be needed to read it.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            source.close()
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
        fsync_directory(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        for suffix in ("-journal", *COMPANION_SUFFIXES):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)
        raise


def snapshot(target: Workspace | DataLayout | Path, reason: str, *, now: datetime | None = None) -> Snapshot:
    """Copy the database into the backups folder now; raises BackupError in one sentence if it cannot."""
    layout = _layout(target)
    if not layout.database.exists():
        raise BackupError(say("There is no database to back up yet."))
    created = now or datetime.now(UTC)
    name = f"kitemark-{created:%Y%m%d-%H%M%S-%f}-{_slug(reason)}.sqlite3"
    path = layout.backups / name
    try:
        copy_database(layout.database, path)
    except OSError as error:
        raise BackupError(storage_error_sentence(error, say("a backup of the database"))) from None
    except sqlite3.DatabaseError as error:
        raise BackupError(
            say("The database could not be backed up ({reason}); run 'kitemark check'.", reason=error)
        ) from None
    return Snapshot(path, created, _slug(reason))


def backup_before(target: Workspace | DataLayout | Path, reason: str) -> Snapshot | None:
    """A snapshot before something big (``reason`` e.g. "export", "migration"), then rotation.

    Returns None when there is no database yet. Raises BackupError when the copy fails: callers should not go
    on with the big change without it.
    """
    layout = _layout(target)
    if not layout.database.exists():
        return None
    taken = snapshot(layout, f"before-{_slug(reason)}")
    rotate(layout)
    return taken


def list_snapshots(target: Workspace | DataLayout | Path) -> list[Snapshot]:
    """Every snapshot in the backups folder, newest first."""
    folder = _layout(target).backups
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
            found.append(Snapshot(path, created, match.group(2)))
    return sorted(found, key=lambda s: s.created, reverse=True)


def snapshots_to_keep(snapshots: list[Snapshot]) -> set[Path]:
    """The rotation policy: newest per day (7), per ISO week (4), per month (6); newest 10 of each event."""
    keep: set[Path] = set()
    daily = [s for s in snapshots if s.is_daily]  # newest first
    for key, count in (
        (lambda s: s.created.date(), KEEP_DAILY),
        (lambda s: s.created.isocalendar()[:2], KEEP_WEEKLY),
        (lambda s: (s.created.year, s.created.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for item in daily:
            bucket = key(item)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > count:
                    break
                keep.add(item.path)
    per_reason: dict[str, int] = {}
    for item in snapshots:
        if not item.is_daily:
            per_reason[item.reason] = per_reason.get(item.reason, 0) + 1
            if per_reason[item.reason] <= KEEP_PER_EVENT:
                keep.add(item.path)
    return keep


def rotate(target: Workspace | DataLayout | Path) -> list[Path]:
    """Delete the snapshots the policy no longer keeps; returns them."""
    snapshots = list_snapshots(target)
    keep = snapshots_to_keep(snapshots)
    removed = []
    for item in snapshots:
        if item.path not in keep:
            try:
                item.path.unlink()
                removed.append(item.path)
            except OSError:
                log.warning("could not remove old backup %s", item.path)
    return removed


def automatic_backup(target: Workspace | DataLayout | Path, *, now: datetime | None = None) -> Snapshot | None:
    """The daily snapshot, if today (UTC) has none yet; then rotation. Never raises: it only logs failures."""
    layout = _layout(target)
    moment = now or datetime.now(UTC)
    try:
        if not layout.database.exists():
            return None
        if any(s.is_daily and s.created.date() == moment.date() for s in list_snapshots(layout)):
            return None
        taken = snapshot(layout, DAILY, now=moment)
        rotate(layout)
        return taken
    except (KitemarkError, OSError) as error:
        log.warning("automatic backup failed: %s", error)
        return None


def snapshot_problem(path: Path) -> str | None:
    """None when a database copy can be put back: SQLite finds it sound and this app knows its schema."""
    if problem := integrity_problem(path):
        return say("the database in it is damaged ({problem})", problem=problem)
    try:
        revision = stored_revision(path)
    except sqlite3.DatabaseError as error:
        return say("the database in it cannot be read ({reason})", reason=error)
    if is_newer(revision):
        return say("it was made by a newer version of Kitemark; install that version to restore it")
    return None


def newest_good_snapshot(target: Workspace | DataLayout | Path) -> Snapshot | None:
    for item in list_snapshots(target):
        if snapshot_problem(item.path) is None:
            return item
    return None


def guard_database(target: Workspace | DataLayout | Path) -> None:
    """Start-up check. A database that fails it is moved aside (never deleted) and DamagedDatabaseError raised."""
    layout = _layout(target)
    problem = integrity_problem(layout.database)
    if problem is None:
        return
    log.error("database failed its integrity check: %s", problem)
    moved = move_aside(layout.database)
    raise DamagedDatabaseError(moved, newest_good_snapshot(layout), problem)


def release_database(database: Path) -> None:
    """Make sure nothing else has the database open, and fold its WAL into the file.

    Leaving WAL mode needs the only connection, so this doubles as the "is Kitemark still open elsewhere?" test;
    it also means no -wal file is left that SQLite could replay onto the database we put in its place.
    """
    if not database.exists():
        return
    try:
        connection = sqlite3.connect(database, timeout=2.0)
        try:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise BackupError(
                say("Kitemark is still using this data in another window; close it there and try again.")
            ) from None
        raise BackupError(
            say("The current database cannot be closed cleanly ({reason}); run 'kitemark check'.", reason=error)
        ) from None
    except sqlite3.DatabaseError:
        # Not a database, or damaged: nothing in it can be folded back. keep_current_database moves the file
        # aside (never deletes it), so a restore still mends a data folder whose database is beyond use.
        return
    if not mode or str(mode[0]).lower() != "delete":
        raise BackupError(say("Kitemark is still using this data in another window; close it there and try again."))


def keep_current_database(layout: DataLayout) -> Path | None:
    """Before replacing the database: a snapshot of it, or (if it is damaged) the file itself moved aside."""
    if not layout.database.exists():
        return None
    if integrity_problem(layout.database) is not None:
        return move_aside(layout.database)
    taken = snapshot(layout, "before-restore")
    rotate(layout)
    return taken.path


def swap_in_database(layout: DataLayout, verified_copy: Path) -> None:
    """Replace the database with ``verified_copy`` (same folder) in one rename; stale WAL files never survive."""
    release_database(layout.database)
    for suffix in COMPANION_SUFFIXES:
        companion = layout.database.with_name(layout.database.name + suffix)
        if companion.exists() and companion.stat().st_size == 0:
            companion.unlink()
    os.replace(verified_copy, layout.database)
    fsync_directory(layout.database.parent)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_current_as: Path | None  # the snapshot (or moved-aside damaged file) of what was there before
    evidence_added: int = 0
    keys_kept_as: Path | None = None


def restore_snapshot(
    target: Workspace | DataLayout | Path, source: Path, *, before: Callable[[], None] | None = None
) -> RestoreResult:
    """Put an automatic snapshot back as the database (evidence files stay as they are in the store).

    The workspace must be closed. The snapshot is checked first; the current database is kept as a backup.
    """
    layout = _layout(target)
    if problem := snapshot_problem(source):
        raise BackupError(say("That backup cannot be restored: {problem}.", problem=problem))
    layout.root.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".restore-", suffix=".sqlite3", dir=layout.root)
    os.close(handle)
    temp = Path(temp_name)
    try:
        copy_database(source, temp)
        if problem := snapshot_problem(temp):  # the copy itself, in case the disk mangled it
            raise BackupError(say("That backup could not be copied intact: {problem}.", problem=problem))
        if before:
            before()
        release_database(layout.database)
        kept = keep_current_database(layout)
        swap_in_database(layout, temp)
    except OSError as error:
        raise BackupError(storage_error_sentence(error, say("the restored database"))) from None
    finally:
        temp.unlink(missing_ok=True)
    return RestoreResult(source, kept)
