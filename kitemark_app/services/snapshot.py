"""The first screen's data, read with the standard library's sqlite3 before SQLAlchemy is loaded.

Importing SQLAlchemy costs several times what showing a window does, so the app draws its main window from this
read-only snapshot and opens the full ``Workspace`` in the background (``ui/workspace_loader.py``). The snapshot
reads exactly what the navigation and the Overview show; the figures are built by the same functions the ORM
path uses (``services/overview.py``), so the two cannot disagree.

It is only taken when nothing else has to happen first: the database passes the start-up check (a damaged one
is moved aside and ``DamagedDatabaseError`` raised, as ``Workspace.open`` does), its schema is exactly this
app's (no migration due, not from a newer app), and it holds an organisation with a self-assessment. Otherwise
``read_first_screen`` returns None and the caller takes the ordinary way in.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kitemark_app import __version__
from kitemark_app.core.framework import Framework, framework_as_data
from kitemark_app.core.readiness import EvidenceFacts, ResponseFacts
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.checks import head_revision, integrity_problem, stored_revision
from kitemark_app.paths import DataLayout
from kitemark_app.review.terms import Verdict
from kitemark_app.services.overview import (
    FOCUS_SETTING,
    ORGANISATION_COLUMNS,
    REVIEW_COLUMNS,
    AssessmentFacts,
    Outline,
    ReviewSummary,
    StatusReport,
    assessment_facts,
    focus_cycle_id,
    framework_of,
    latest_cycle_ids,
    outline_of,
    review_summary_of,
    status_report_of,
)

log = logging.getLogger(__name__)

#: The current cycle's framework, already read, as JSON in the data folder: reading it skips PyYAML (~10 ms to
#: import) at start-up. It holds the exact source it was made from and is used only for that text, by the same
#: app version; a missing, stale or unreadable cache just means the source is read as usual.
FRAMEWORK_CACHE = ("cache", "framework.json")
#: The organisation's other frameworks' (read only by ``kitemark status``), one file each: ``framework.<id>.json``.
OTHER_FRAMEWORK_CACHE = "framework.{}.json"


@dataclass(frozen=True)
class FirstScreen:
    """What the main window shows before the workspace is open."""

    data_dir: Path
    facts: AssessmentFacts
    review: ReviewSummary | None
    #: How many frameworks the organisation works with (the facts are those of the one in focus).
    frameworks_in_use: int = 1
    #: With ``every_framework``: each framework's facts, in the order they were begun (the focus's among them).
    every_framework: tuple[AssessmentFacts, ...] = ()

    def outline(self, language: str = "en") -> Outline:
        return outline_of(self.facts, language)

    def status_report(self, today: date | None = None, language: str = "en") -> StatusReport:
        return status_report_of(self.facts, today or date.today(), language)

    def every_status_report(self, today: date | None = None) -> list[StatusReport]:
        """Each framework's status (read with ``every_framework``), in the order they were begun."""
        return [status_report_of(facts, today or date.today()) for facts in self.every_framework]


def read_first_screen(root: Path, *, every_framework: bool = False) -> FirstScreen | None:
    """The first screen's data, or None when the ordinary (slower) way in is needed.

    ``every_framework`` also reads the facts of the organisation's other frameworks (``kitemark status`` lists
    them all; the window shows only the one in focus, so it does not).

    Raises ``DamagedDatabaseError`` (after moving the file aside) when the database fails its start-up check.
    """
    layout = DataLayout(root)
    if not layout.database.is_file():
        return None
    if integrity_problem(layout.database) is not None:
        from kitemark_app.services.backup import guard_database

        guard_database(layout)  # moves the file aside and raises DamagedDatabaseError (it checks again first)
    try:
        if stored_revision(layout.database) != head_revision():
            return None  # new, empty, due a migration, or from a newer Kitemark
        connection = sqlite3.connect(f"{layout.database.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
        try:
            return _read(connection, root, every_framework)
        finally:
            connection.close()
    except sqlite3.Error as error:
        # The ordinary way in reports whatever is wrong, in a sentence.
        log.warning("start-up snapshot not taken: %s", error)
        return None


def _read(connection: sqlite3.Connection, root: Path, every_framework: bool) -> FirstScreen | None:
    connection.row_factory = sqlite3.Row
    organisation = connection.execute(
        f"SELECT id, {', '.join(ORGANISATION_COLUMNS)} FROM organisation ORDER BY id LIMIT 1"
    ).fetchone()
    if organisation is None:
        return None
    cycles = connection.execute(
        "SELECT id, framework_id FROM assessment_cycle WHERE organisation_id = ?", (organisation["id"],)
    ).fetchall()
    pairs = [(row["id"], row["framework_id"]) for row in cycles]
    focus = connection.execute("SELECT value FROM setting WHERE key = ?", (FOCUS_SETTING,)).fetchone()
    cycle_id = focus_cycle_id(pairs, focus[0] if focus else None)
    if cycle_id is None:
        return None
    (evidence_count,) = connection.execute(
        "SELECT count(*) FROM evidence WHERE organisation_id = ?", (organisation["id"],)
    ).fetchone()

    def facts_of(cycle: sqlite3.Row) -> AssessmentFacts:
        cache = FRAMEWORK_CACHE if cycle["id"] == cycle_id else (*FRAMEWORK_CACHE[:-1], _other_cache(cycle))
        return assessment_facts(
            dict(organisation),
            _framework(root.joinpath(*cache), cycle["framework_source"]),
            cycle["target_level"],
            _responses(connection, cycle["id"]),
            evidence_count,
        )

    query = "SELECT id, framework_id, framework_source, target_level, follows_cycle_id FROM assessment_cycle"
    cycle = connection.execute(f"{query} WHERE id = ?", (cycle_id,)).fetchone()
    facts = facts_of(cycle)
    every: tuple[AssessmentFacts, ...] = ()
    if every_framework:
        every = tuple(
            facts if other == cycle_id else facts_of(connection.execute(f"{query} WHERE id = ?", (other,)).fetchone())
            for other in latest_cycle_ids(pairs)
        )
    review = _latest_review(connection, cycle["id"], cycle["follows_cycle_id"])
    return FirstScreen(root, facts, review, len({framework for _, framework in pairs}), every)


def _other_cache(cycle: sqlite3.Row) -> str:
    return OTHER_FRAMEWORK_CACHE.format(cycle["framework_id"])


def _framework(cache: Path, source: str) -> Framework:
    """The cycle's framework, from the cache file ``cache`` when it was made from exactly ``source``."""
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if isinstance(cached, dict) and cached.get("app") == __version__ and cached.get("source") == source:
            return framework_of(source, cached["framework"])  # still checked; anything odd is read from source
    except (OSError, ValueError, KeyError):
        pass  # no cache yet, or not one this app can use
    framework = framework_of(source)
    try:  # for the next start; written whole or not at all
        cache.parent.mkdir(exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        partial.write_text(
            json.dumps({"app": __version__, "source": source, "framework": framework_as_data(framework)}), "utf-8"
        )
        os.replace(partial, cache)
    except OSError as error:
        log.info("framework cache not written: %s", error)
    return framework


def _responses(connection: sqlite3.Connection, cycle_id: int) -> dict[str, ResponseFacts]:
    linked: dict[int, list[EvidenceFacts]] = {}
    for row in connection.execute(
        "SELECT link.response_id, e.id, e.title, e.document_date, e.review_by, e.personal_data,"
        " EXISTS (SELECT 1 FROM evidence_redaction AS hidden WHERE hidden.evidence_id = e.id) AS redacted"
        " FROM response_evidence AS link JOIN evidence AS e ON e.id = link.evidence_id"
        " JOIN response AS r ON r.id = link.response_id WHERE r.cycle_id = ? ORDER BY e.id",
        (cycle_id,),
    ):
        linked.setdefault(row["response_id"], []).append(
            EvidenceFacts(
                row["id"],
                row["title"],
                _date(row["document_date"]),
                _date(row["review_by"]),
                None if row["personal_data"] is None else bool(row["personal_data"]),
                bool(row["redacted"]),
            )
        )
    return {
        row["criterion_id"]: ResponseFacts(
            ResponseStatus(row["status"]), row["na_reason"], tuple(linked.get(row["id"], ())), row["needs_recheck"]
        )
        for row in connection.execute(
            "SELECT id, criterion_id, status, na_reason, needs_recheck FROM response WHERE cycle_id = ? ORDER BY id",
            (cycle_id,),
        )
    }


def _latest_review(connection: sqlite3.Connection, cycle_id: int, follows: int | None) -> ReviewSummary | None:
    """The newest review of this cycle, else of the cycle it follows (as ``services/review_import.py``)."""
    for candidate in (cycle_id, follows):
        if candidate is None:
            continue
        row = connection.execute(
            f"SELECT {', '.join(REVIEW_COLUMNS)}, review_json FROM imported_review"
            " WHERE cycle_id = ? ORDER BY id DESC LIMIT 1",
            (candidate,),
        ).fetchone()
        if row is not None:
            columns: Mapping[str, Any] = {
                **dict(row),
                "valid_until": _date(row["valid_until"]),
                "resubmit_by": _date(row["resubmit_by"]),
                "imported_at": _datetime(row["imported_at"]),
            }
            reviewed_at, verdicts = _review_facts(row["review_json"])
            return review_summary_of(columns, reviewed_at, verdicts, for_this_cycle=candidate == cycle_id)
    return None


def _review_facts(text: str) -> tuple[datetime, list[Verdict]]:
    """When the stored review was made, and its verdicts. The review was checked in full when it was imported;
    here it is read with json, not the pydantic model (~80 ms to import), and read in full if anything is odd."""
    try:
        data = json.loads(text)
        return datetime.fromisoformat(data["created_at"]), [Verdict(item["verdict"]) for item in data["verdicts"]]
    except (KeyError, TypeError, ValueError):
        from kitemark_app.review.model import Review

        review = Review.model_validate_json(text)
        return review.created_at, [item.verdict for item in review.verdicts]


# SQLAlchemy stores dates as "YYYY-MM-DD" and date-times as "YYYY-MM-DD HH:MM:SS.ffffff" in SQLite.


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value is not None else None
