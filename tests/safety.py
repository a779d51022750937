"""Helpers for the data-safety tests: a small workspace built through the services, and a table dump to compare."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.services import evidence_ops
from kitemark_app.services.workspace import Workspace
from tests.profiles import ORGANISATION
from tests.unit.test_framework_loader import GOOD

CRITERIA = ("GOV-01", "GOV-02", "SAF-01")
DETAILS = ORGANISATION


def new_workspace(root: Path) -> Workspace:
    """An opened workspace with an organisation and a cycle on the small test framework."""
    workspace = Workspace.open(root)
    workspace.create_organisation(DETAILS)
    workspace.start_cycle(GOOD, "Commissioning-ready")
    return workspace


def fill(workspace: Workspace, files: Path) -> None:
    """Answers, evidence (with a replaced version), actions: a bit of everything a VCO enters."""
    files.mkdir(parents=True, exist_ok=True)
    workspace.save_answer("GOV-01", status=ResponseStatus.MET, narrative="Constitution adopted 2019, amended 2024.")
    workspace.save_answer("SAF-01", status=ResponseStatus.PARTLY_MET, narrative="Policy drafted — café ☕ staff.")
    constitution = files / "Constitution (signed).pdf"
    constitution.write_bytes(b"%PDF-1.4 constitution " * 500)
    evidence_id = evidence_ops.add_evidence(
        workspace, constitution, criteria=["GOV-01"], document_date=date(2024, 3, 1)
    )
    newer = files / "Constitution 2025.pdf"
    newer.write_bytes(b"%PDF-1.4 constitution amended " * 700)
    stored = evidence_ops.store_file(workspace, newer)
    evidence_ops.replace_file(workspace, evidence_id, stored, date(2025, 1, 10))
    policy = files / "safeguarding_policy.docx"
    policy.write_bytes(bytes(range(256)) * 40)
    evidence_ops.add_evidence(workspace, policy, criteria=["SAF-01", "GOV-02"])
    workspace.add_action("Train two more trustees in safeguarding", criterion_id="SAF-01", owner="Priya")
    workspace.add_action("Review skills audit", due_date=date(2026, 6, 30), status=ActionStatus.IN_PROGRESS)


def dump_tables(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sorted), read with plain sqlite3: what 'the data' is, byte for byte."""
    connection = sqlite3.connect(database)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


def evidence_files(root: Path) -> dict[str, str]:
    """The evidence store as name → SHA-256 of the content."""
    store = root / "evidence"
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(store.glob("??/*")) if p.is_file()}
