"""``check``: is everything a VCO entered still there and intact? Plain data in, plain data out.

Looks, without changing anything: SQLite's integrity check (the quick variant for a big database), every evidence
file the database refers to (current and earlier versions) present with the right SHA-256, and what else is in
the store. *Problems* make the data unhealthy; *notes* are harmless (files no item uses any more — kept so that
older backups can still use them — and temporary files of an interrupted import, removed at the next start).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kitemark_app.db.checks import QUICK_CHECK_ABOVE_BYTES, integrity_problem, is_newer, stored_revision
from kitemark_app.evidence.store import EvidenceStore
from kitemark_app.paths import DataLayout
from kitemark_app.sentences import Said, say

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class HealthReport:
    database: str  # "ok", "damaged", "missing" or "newer"
    database_check: str  # "integrity_check" or "quick_check"
    evidence_checked: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # sha256 of referenced files not in the store
    damaged: list[str] = field(default_factory=list)  # sha256 of files whose content no longer matches
    orphans: list[str] = field(default_factory=list)  # stored files nothing refers to
    temp_files: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "healthy": self.healthy,
            "database": self.database,
            "database_check": self.database_check,
            "evidence_checked": self.evidence_checked,
            "problems": self.problems,
            "notes": self.notes,
            "missing": self.missing,
            "damaged": self.damaged,
            "orphans": self.orphans,
            "temp_files": self.temp_files,
        }


def _referenced(database: Path) -> dict[str, tuple[str, bool]]:
    """sha256 → the title of the first evidence item that uses it, and whether it is an earlier version of it."""
    connection = sqlite3.connect(database, timeout=10.0)
    try:
        connection.execute("PRAGMA query_only=ON")
        found: dict[str, tuple[str, bool]] = {}
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "evidence" in tables:
            for sha, title in connection.execute("SELECT sha256, title FROM evidence ORDER BY id"):
                found.setdefault(sha, (title, False))
        if "evidence_version" in tables:
            rows = connection.execute(
                "SELECT v.sha256, e.title FROM evidence_version v LEFT JOIN evidence e ON e.id = v.evidence_id"
            )
            for sha, title in rows:
                found.setdefault(sha, (title, True))
        return found
    finally:
        connection.close()


def _missing(used_by: tuple[str, bool], sha256: str) -> Said:
    title, earlier = used_by
    if earlier:
        return say(
            "The file of evidence an earlier version of '{title}' is missing from the store ({hash}…).",
            title=title,
            hash=sha256[:12],
        )
    return say("The file of evidence '{title}' is missing from the store ({hash}…).", title=title, hash=sha256[:12])


def _damaged(used_by: tuple[str, bool], sha256: str) -> Said:
    title, earlier = used_by
    if earlier:
        return say(
            "The file of evidence an earlier version of '{title}' is damaged ({hash}…).", title=title, hash=sha256[:12]
        )
    return say("The file of evidence '{title}' is damaged ({hash}…).", title=title, hash=sha256[:12])


def check(root: Path, progress: Progress | None = None, cancelled: Cancelled | None = None) -> HealthReport:
    """Check the data folder ``root``; safe to run while nothing else changes it."""
    layout = DataLayout(root)
    database = layout.database
    big = database.exists() and database.stat().st_size > QUICK_CHECK_ABOVE_BYTES
    report = HealthReport(database="ok", database_check="quick_check" if big else "integrity_check")
    store = EvidenceStore(layout.evidence)
    referenced: dict[str, tuple[str, bool]] = {}
    if not database.exists():
        report.database = "missing"
        report.problems.append(say("There is no database in this data folder (nothing has been entered yet)."))
    elif problem := integrity_problem(database):
        report.database = "damaged"
        report.problems.append(say("The database is damaged ({problem}); restore the newest backup.", problem=problem))
    else:
        if is_newer(stored_revision(database)):
            report.database = "newer"
            report.notes.append(say("The database was saved by a newer version of Kitemark."))
        referenced = _referenced(database)

    total = len(referenced)
    for done, (sha256, used_by) in enumerate(sorted(referenced.items()), start=1):
        state = store.verify(sha256, cancelled) if len(sha256) == 64 else "damaged"
        if state == "missing":
            report.missing.append(sha256)
            report.problems.append(_missing(used_by, sha256))
        elif state == "damaged":
            report.damaged.append(sha256)
            report.problems.append(_damaged(used_by, sha256))
        report.evidence_checked = done
        if progress:
            progress(done, total)

    report.orphans = sorted(store.stored_hashes() - set(referenced)) if report.database == "ok" else []
    if report.orphans:
        report.notes.append(
            say(
                "Stored files no evidence item uses: {count}. They are kept so older backups can still use them.",
                count=len(report.orphans),
            )
        )
    report.temp_files = [p.name for p in store.temp_files()]
    if report.temp_files:
        report.notes.append(
            say(
                "Temporary files of an interrupted import: {count}. "
                "They are never used as evidence and are removed the next time Kitemark opens this data.",
                count=len(report.temp_files),
            )
        )
    for stray in store.stray_files():
        report.problems.append(
            say("An unexpected file is in the evidence store: '{path}'.", path=stray.relative_to(layout.root))
        )
    return report
