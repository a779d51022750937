"""Moving a self-assessment to a new framework version (services/framework_move.py, ``kitemark framework``).

Version 1 is installed (a cycle started on it) and answered; version 2 adds a criterion, removes one, renames one
(``replaces``), splits one, merges two, tightens a freshness rule and makes one mandatory. The diff lists each; the
move carries the answers and evidence links with the right re-check flags; and nothing of the old cycle is lost.
Expected values are written out from the two versions below."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kitemark_app.cli import main
from kitemark_app.core.framework_diff import ChangeKind, Meaning
from kitemark_app.core.status import ActionStatus, ResponseStatus
from kitemark_app.db.models import AssessmentCycle, ExportedPack
from kitemark_app.services import backup, evidence_ops
from kitemark_app.services.answers import confirm_still_answers, criterion_answer
from kitemark_app.services.declaration import Declaration, SignatoryEntry, load_declaration, save_declaration
from kitemark_app.services.framework_move import (
    MoveRefused,
    move_current_cycle,
    preview_move,
    start_next_cycle_on,
)
from kitemark_app.services.report import status_report
from kitemark_app.services.snapshot import read_first_screen
from kitemark_app.services.workspace import Workspace
from tests.profiles import ORGANISATION

HEAD = """\
schema: kitemark-framework/1
id: borough-kitemark
title: Borough Kitemark
publisher: Borough Council
levels: [{name: Foundation}, {name: Commissioning-ready}]
"""


def _criterion(cid: str, title: str, extra: str = "") -> str:
    return (
        f"      - {{id: {cid}, title: {title}, guidance: What {title.lower()} means., evidence_examples: [A document],"
        f" level: Foundation, mandatory: false{extra}}}\n"
    )


VERSION_1 = (
    HEAD
    + "version: 2026.1\nareas:\n  - id: GOV\n    title: Governance\n    criteria:\n"
    + _criterion("GOV-01", "Governing document").replace("mandatory: false", "mandatory: true")
    + _criterion("GOV-02", "Trustee meetings")
    + _criterion("GOV-03", "Conflicts register")
    + _criterion("GOV-04", "Annual plan")
    + "  - id: MON\n    title: Money\n    criteria:\n"
    + _criterion("MON-01", "Money controls")
    + _criterion("MON-04", "Reserves policy", ", freshness: {max_age_months: 24, rule: Reviewed in the last two years}")
    + _criterion("MON-05", "Insurance")
    + _criterion("MON-06", "Risk register")
)
VERSION_2 = (
    HEAD
    + "version: 2027.1\nprevious_version: 2026.1\n"
    + "council: {name: Borough Council, contact: kitemark@borough.example}\n"
    + "areas:\n  - id: GOV\n    title: Governance\n    criteria:\n"
    + _criterion("GOV-01", "Governing document").replace("mandatory: false", "mandatory: true")
    + _criterion("GOV-03", "Conflicts register").replace("mandatory: false", "mandatory: true")
    + _criterion("GOV-05", "Trustee meetings and minutes", ", replaces: [GOV-02]")
    + _criterion("GOV-06", "Trustee induction")
    + "  - id: MON\n    title: Money\n    criteria:\n"
    + _criterion("MON-02", "Bank mandate", ", replaces: [MON-01]")
    + _criterion("MON-03", "Budget", ", replaces: [MON-01]")
    + _criterion("MON-04", "Reserves policy", ", freshness: {max_age_months: 12, rule: Reviewed in the last two years}")
    + _criterion("MON-07", "Insurance and risk", ", replaces: [MON-05, MON-06]")
)


def _flag(reason: str) -> str:
    return f"Version 2027.1 changed this criterion: {reason}. Check your answer still answers it, then confirm it does."


MANDATORY = _flag("it became mandatory for you")
RENAMED = _flag("it was GOV-02 'Trustee meetings'")
SPLIT = _flag("it is one of the parts MON-01 'Money controls' was split into")
TIGHTENED = _flag("its evidence must now be at most 12 months old (it was 24)")
MERGED = _flag("it combines MON-05 'Insurance' and MON-06 'Risk register'")


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(f"%PDF-1.4 {name} ".encode() * 50)
    return path


def _answered(root: Path, files: Path) -> dict[str, int]:
    """Version 1 installed and answered; the evidence ids by name."""
    files.mkdir()
    with Workspace.open(root) as workspace:
        workspace.create_organisation(ORGANISATION)
        workspace.start_cycle(VERSION_1, "Commissioning-ready")
        answers = {
            "GOV-01": (ResponseStatus.MET, "Constitution adopted 2019."),
            "GOV-02": (ResponseStatus.MET, "The board meets monthly."),
            "GOV-03": (ResponseStatus.PARTLY_MET, "A register is started."),
            "GOV-04": (ResponseStatus.MET, "Our plan for 2026."),
            "MON-01": (ResponseStatus.MET, "Two signatories; the budget is agreed."),
            "MON-04": (ResponseStatus.MET, "Reserves policy of 2024."),
            "MON-05": (ResponseStatus.MET, "Insured with Acme."),
            "MON-06": (ResponseStatus.NOT_MET, "No register yet."),
        }
        for criterion, (status, narrative) in answers.items():
            workspace.save_answer(criterion, status=status, narrative=narrative)
        ids = {
            name: evidence_ops.add_evidence(workspace, _file(files, f"{name}.pdf"), criteria=criteria)
            for name, criteria in (
                ("constitution", ["GOV-01"]),
                ("minutes", ["GOV-02", "MON-06"]),
                ("plan", ["GOV-04"]),
                ("mandate", ["MON-01"]),
                ("reserves", ["MON-04"]),
                ("certificate", ["MON-05"]),
            )
        }
        workspace.add_action("Minute the meeting dates", criterion_id="GOV-02", owner="Priya")
        workspace.add_action("Publish the plan", criterion_id="GOV-04", status=ActionStatus.DONE)
        workspace.add_action("Recruit a treasurer")
        save_declaration(
            workspace,
            Declaration((SignatoryEntry("Priya Shah", "Chair", date(2026, 3, 10)),), date(2026, 3, 1), "M/2026/03"),
        )
    return ids


def _answers(database: Path, cycle_id: int) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(
            "SELECT criterion_id, status, narrative, needs_recheck FROM response WHERE cycle_id = ? ORDER BY id",
            (cycle_id,),
        ).fetchall()
    finally:
        connection.close()


def _cycle_rows(database: Path, cycle_id: int) -> dict[str, list[tuple[object, ...]]]:
    """The cycle's rows, read with plain sqlite3: its answers, their evidence links, its actions and signatories."""
    connection = sqlite3.connect(database)
    try:
        return {
            "cycle": connection.execute("SELECT * FROM assessment_cycle WHERE id = ?", (cycle_id,)).fetchall(),
            "responses": connection.execute(
                "SELECT * FROM response WHERE cycle_id = ? ORDER BY id", (cycle_id,)
            ).fetchall(),
            "links": connection.execute(
                "SELECT r.criterion_id, l.evidence_id FROM response_evidence AS l JOIN response AS r"
                " ON r.id = l.response_id WHERE r.cycle_id = ? ORDER BY r.criterion_id, l.evidence_id",
                (cycle_id,),
            ).fetchall(),
            "actions": connection.execute(
                "SELECT * FROM action_item WHERE cycle_id = ? ORDER BY id", (cycle_id,)
            ).fetchall(),
            "signatories": connection.execute(
                "SELECT * FROM signatory WHERE cycle_id = ? ORDER BY id", (cycle_id,)
            ).fetchall(),
        }
    finally:
        connection.close()


@pytest.fixture
def answered(data_dir: Path, tmp_path: Path) -> dict[str, int]:
    return _answered(data_dir, tmp_path / "files")


def test_version_2_moves_the_current_self_assessment_and_nothing_of_version_1_is_lost(
    data_dir: Path, answered: dict[str, int]
) -> None:
    database = data_dir / "kitemark.sqlite3"
    with Workspace.open(data_dir) as workspace:
        preview = preview_move(workspace, VERSION_2)
        assert (preview.current_version, preview.new_version, preview.target_level) == (
            "2026.1",
            "2027.1",
            "Commissioning-ready",
        )
        assert (preview.current_refused, bool(preview.next_refused)) == ("", True)
        assert [(c.kind, c.criterion, c.meaning, c.message) for c in preview.diff.changes] == [
            (
                ChangeKind.MADE_MANDATORY,
                "GOV-03",
                Meaning.NEEDS_RECHECK,
                "GOV-03 'Conflicts register' became mandatory; check your answer still answers it.",
            ),
            (
                ChangeKind.RENAMED,
                "GOV-05",
                Meaning.NEEDS_RECHECK,
                "GOV-02 'Trustee meetings' is now GOV-05 'Trustee meetings and minutes'; check your answer still "
                "answers it.",
            ),
            (ChangeKind.ADDED, "GOV-06", Meaning.NOW_APPLIES, "GOV-06 'Trustee induction' is new and applies to you."),
            (
                ChangeKind.SPLIT,
                "MON-02",
                Meaning.NEEDS_RECHECK,
                "MON-02 'Bank mandate' takes over part of MON-01 'Money controls', which is split into MON-02 and "
                "MON-03; check your answer still answers it.",
            ),
            (
                ChangeKind.SPLIT,
                "MON-03",
                Meaning.NEEDS_RECHECK,
                "MON-03 'Budget' takes over part of MON-01 'Money controls', which is split into MON-02 and MON-03; "
                "check your answer still answers it.",
            ),
            (
                ChangeKind.FRESHNESS_TIGHTENED,
                "MON-04",
                Meaning.NEEDS_RECHECK,
                "MON-04 'Reserves policy' now needs evidence at most 12 months old (it was 24); check your answer "
                "still answers it.",
            ),
            (
                ChangeKind.MERGED,
                "MON-07",
                Meaning.NEEDS_RECHECK,
                "MON-07 'Insurance and risk' combines MON-05 'Insurance' and MON-06 'Risk register'; check your "
                "answer still answers it.",
            ),
            (
                ChangeKind.REMOVED,
                "GOV-04",
                Meaning.NO_LONGER_APPLIES,
                "GOV-04 'Annual plan' is no longer in the framework; you no longer answer it.",
            ),
        ]
    old_rows = _cycle_rows(database, 1)
    assert len(old_rows["responses"]) == 8 and len(old_rows["links"]) == 7

    with Workspace.open(data_dir) as workspace:
        result = move_current_cycle(workspace, VERSION_2)
    assert result.as_json() == {
        "cycle": 2,
        "previous_cycle": 1,
        "previous_status": "superseded",
        "version": "2027.1",
        "target_level": "Commissioning-ready",
        "carried": 7,  # GOV-01, GOV-03, GOV-05, MON-02, MON-03, MON-04, MON-07
        "flagged": 6,
        "actions": 3,
        "left_behind": ["GOV-04"],
    }

    # Nothing of the old cycle is lost: every answer, link, action and signatory is still there, unchanged;
    # only its status says it was superseded.
    after = _cycle_rows(database, 1)
    for table in ("responses", "links", "actions", "signatories"):
        assert after[table] == old_rows[table], table
    with Workspace.open(data_dir) as workspace, workspace.session() as session:
        cycles = session.scalars(select(AssessmentCycle).order_by(AssessmentCycle.id)).all()
        assert [(c.id, c.status, c.framework_version, c.follows_cycle_id) for c in cycles] == [
            (1, "superseded", "2026.1", None),
            (2, "in-progress", "2027.1", None),
        ]
        assert cycles[1].framework_source == VERSION_2
        assert cycles[1].started_on == cycles[0].started_on  # the same self-assessment, moved
    assert [s.reason for s in backup.list_snapshots(data_dir)].count("before-framework-move") == 1

    # The answers, by stable id and through replaces, with their evidence and the right flags.
    constitution, minutes, mandate = answered["constitution"], answered["minutes"], answered["mandate"]
    moved = _cycle_rows(database, 2)
    assert _answers(database, 2) == [
        ("GOV-01", "met", "Constitution adopted 2019.", ""),
        ("GOV-03", "partly-met", "A register is started.", MANDATORY),
        ("GOV-05", "met", "The board meets monthly.", RENAMED),
        ("MON-02", "met", "Two signatories; the budget is agreed.", SPLIT),
        ("MON-03", "met", "Two signatories; the budget is agreed.", SPLIT),
        ("MON-04", "met", "Reserves policy of 2024.", TIGHTENED),
        (
            "MON-07",
            "partly-met",
            "[From MON-05 'Insurance']\nInsured with Acme.\n\n[From MON-06 'Risk register']\nNo register yet.",
            MERGED,
        ),
    ]
    assert sorted(moved["links"]) == sorted(
        [
            ("GOV-01", constitution),
            ("GOV-05", minutes),
            ("MON-02", mandate),
            ("MON-03", mandate),
            ("MON-04", answered["reserves"]),
            ("MON-07", answered["certificate"]),
            ("MON-07", minutes),
        ]
    )
    assert [(a[2], a[3], a[6]) for a in moved["actions"]] == [  # criterion, description, status
        ("GOV-05", "Minute the meeting dates", "open"),
        ("GOV-04", "Publish the plan", "done"),  # its criterion is gone: the action keeps the old id
        ("", "Recruit a treasurer", "open"),
    ]
    with Workspace.open(data_dir) as workspace:
        declaration = load_declaration(workspace)
        assert declaration == Declaration(
            (SignatoryEntry("Priya Shah", "Chair", date(2026, 3, 10)),), date(2026, 3, 1), "M/2026/03"
        )

        # The flags are warnings in the readiness list, in words, on their criteria; both readers agree.
        report = status_report(workspace)
        rechecks = [(p.criterion, p.message, p.must_fix) for p in report.problems if p.kind == "needs-recheck"]
        assert rechecks == [
            ("GOV-03", f"GOV-03 Conflicts register — {MANDATORY}", False),
            ("GOV-05", f"GOV-05 Trustee meetings and minutes — {RENAMED}", False),
            ("MON-02", f"MON-02 Bank mandate — {SPLIT}", False),
            ("MON-03", f"MON-03 Budget — {SPLIT}", False),
            ("MON-04", f"MON-04 Reserves policy — {TIGHTENED}", False),
            ("MON-07", f"MON-07 Insurance and risk — {MERGED}", False),
        ]
        assert criterion_answer(workspace, "GOV-05").needs_recheck == RENAMED
        confirm_still_answers(workspace, "GOV-05")
        assert criterion_answer(workspace, "GOV-05").needs_recheck == ""
        assert [p.criterion for p in status_report(workspace).problems if p.kind == "needs-recheck"] == [
            "GOV-03", "MON-02", "MON-03", "MON-04", "MON-07",
        ]  # fmt: skip
        orm_problems = [p.as_json() for p in status_report(workspace).problems]
    screen = read_first_screen(data_dir)
    assert screen is not None
    assert [p.as_json() for p in screen.status_report().problems] == orm_problems


def test_the_moved_answers_are_in_order_with_their_narratives(data_dir: Path, answered: dict[str, int]) -> None:
    with Workspace.open(data_dir) as workspace:
        move_current_cycle(workspace, VERSION_2)
        merged = criterion_answer(workspace, "MON-07")
    assert merged.status is ResponseStatus.PARTLY_MET
    assert merged.narrative == (
        "[From MON-05 'Insurance']\nInsured with Acme.\n\n[From MON-06 'Risk register']\nNo register yet."
    )
    assert [e.item.id for e in merged.evidence] == sorted([answered["certificate"], answered["minutes"]])
    assert merged.needs_recheck == MERGED


def _sent(root: Path) -> None:
    """Record that the current cycle's pack was sent (as the export does), without building a real pack."""
    with Workspace.open(root) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        session.add(
            ExportedPack(
                cycle_id=cycle.id,
                file_name="pack.pdf",
                sha256="ab" * 32,
                size=1000,
                signer_fingerprint="cd" * 32,
                manifest_json="{}",
            )
        )
        cycle.status = "submitted"


def test_after_sending_the_next_self_assessment_starts_on_version_2(data_dir: Path, answered: dict[str, int]) -> None:
    _sent(data_dir)
    database = data_dir / "kitemark.sqlite3"
    before = _cycle_rows(database, 1)
    with Workspace.open(data_dir) as workspace:
        preview = preview_move(workspace, VERSION_2)
        assert preview.current_refused == (
            "This self-assessment was sent to the council on version 2026.1, so it stays as it was sent; start your "
            "next self-assessment on the new version instead."
        )
        assert preview.next_refused == ""
        with pytest.raises(MoveRefused, match=r"^This self-assessment was sent to the council on version 2026\.1"):
            move_current_cycle(workspace, VERSION_2)
        result = start_next_cycle_on(workspace, VERSION_2)
    assert (result.cycle_id, result.previous_status, result.carried, result.flagged, result.actions) == (
        2,
        "closed",
        7,
        6,
        2,  # the done action stays behind
    )
    after = _cycle_rows(database, 1)
    for table in ("responses", "links", "actions", "signatories"):
        assert after[table] == before[table], table
    moved = _cycle_rows(database, 2)
    assert [a[3] for a in moved["actions"]] == ["Minute the meeting dates", "Recruit a treasurer"]
    assert moved["signatories"] == []  # a new self-assessment gets a new declaration
    with Workspace.open(data_dir) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        assert (cycle.id, cycle.follows_cycle_id, cycle.framework_version, cycle.started_on) == (
            2,
            1,
            "2027.1",
            date.today(),
        )


def _all_rows(database: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [row for table in tables for row in connection.execute(f'SELECT * FROM "{table}"')]
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            VERSION_2.replace("id: borough-kitemark", "id: other-kitemark"),
            "This is a different framework ('Borough Kitemark', id other-kitemark), not a new version of 'Borough "
            "Kitemark' (id borough-kitemark); check you chose the file the council sent for this Kitemark.",
        ),
        (
            VERSION_1,
            "Your self-assessment already uses version 2026.1 of 'Borough Kitemark'; a new version has a new version "
            "number.",
        ),
        (
            VERSION_2.replace("Commissioning-ready", "Trusted"),
            "Your target level 'Commissioning-ready' is not a level of version 2027.1 (its levels are: Foundation, "
            "Trusted); choose one of them.",
        ),
        (
            VERSION_2.replace("replaces: [GOV-02]", "replaces: [GOV-01]"),
            "The new framework is not valid: areas[0].criteria[2].replaces[0]: 'GOV-01' is also a criterion of this "
            "version, so it cannot be replaced (keep the id, or give the continuing criterion a new one).",
        ),
    ],
    ids=["other-framework", "same-version", "level-gone", "invalid"],
)
def test_a_refused_move_says_why_and_changes_nothing(
    data_dir: Path, answered: dict[str, int], source: str, message: str
) -> None:
    database = data_dir / "kitemark.sqlite3"
    before = _all_rows(database)
    with Workspace.open(data_dir) as workspace:
        with pytest.raises(MoveRefused) as caught:
            move_current_cycle(workspace, source)
        assert str(caught.value) == message
        with pytest.raises(MoveRefused, match=r"^This self-assessment has not been sent yet"):
            start_next_cycle_on(workspace, VERSION_2)
    assert _all_rows(database) == before


def test_a_target_level_can_be_chosen_when_the_new_version_renamed_the_levels(
    data_dir: Path, answered: dict[str, int]
) -> None:
    renamed = VERSION_2.replace("Commissioning-ready", "Trusted")
    with Workspace.open(data_dir) as workspace:
        assert preview_move(workspace, renamed).target_level == ""
        with pytest.raises(MoveRefused, match=r"^'Gold' is not a level of version 2027.1"):
            move_current_cycle(workspace, renamed, target_level="Gold")
        assert move_current_cycle(workspace, renamed, target_level="Trusted").target_level == "Trusted"


# --- the command line ---------------------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_diff_and_move(
    capsys: pytest.CaptureFixture[str], data_dir: Path, answered: dict[str, int], tmp_path: Path
) -> None:
    new = tmp_path / "kitemark-2027.1.yaml"
    new.write_text(VERSION_2, encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "framework", "diff", str(new), "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert list(shown) == [
        "organisation", "framework", "current_version", "new_version", "target_level", "levels",
        "can_move_current", "can_start_next_cycle", "refusals", "changes", "for_you", "notes",
    ]  # fmt: skip
    assert shown["refusals"] == {
        "current": "",
        "next_cycle": "This self-assessment has not been sent yet, so there is no next one to start; move it to the "
        "new version instead.",
    }
    assert (shown["current_version"], shown["new_version"], shown["can_move_current"], shown["can_start_next_cycle"]) == (
        "2026.1", "2027.1", True, False,
    )  # fmt: skip
    assert [(c["kind"], c["criterion"]) for c in shown["changes"]] == [
        ("made-mandatory", "GOV-03"),
        ("renamed", "GOV-05"),
        ("added", "GOV-06"),
        ("split", "MON-02"),
        ("split", "MON-03"),
        ("freshness-tightened", "MON-04"),
        ("merged", "MON-07"),
        ("removed", "GOV-04"),
    ]
    assert shown["for_you"] == {
        "now_applies": ["GOV-06"],
        "no_longer_applies": ["GOV-04"],
        "needs_recheck": ["GOV-03", "GOV-05", "MON-02", "MON-03", "MON-04", "MON-07"],
    }
    code, out, _ = _run(capsys, "framework", "diff", str(new), "--data-dir", str(data_dir))
    assert code == 0
    assert "GOV-06 'Trustee induction' is new and applies to you." in out.splitlines()[3]
    assert "kitemark framework move FILE --current" in out

    code, _, err = _run(capsys, "framework", "move", str(new), "--data-dir", str(data_dir))
    assert code == 2 and "one of the arguments --current --next-cycle is required" in err
    code, _, err = _run(capsys, "framework", "move", str(new), "--next-cycle", "--data-dir", str(data_dir))
    assert code == 1
    assert err == (
        "kitemark: This self-assessment has not been sent yet, so there is no next one to start; move it to the new "
        "version instead.\n"
    )
    code, out, err = _run(capsys, "framework", "move", str(new), "--current", "--json", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "cycle": 2,
        "previous_cycle": 1,
        "previous_status": "superseded",
        "version": "2027.1",
        "target_level": "Commissioning-ready",
        "carried": 7,
        "flagged": 6,
        "actions": 3,
        "left_behind": ["GOV-04"],
    }
    code, _, err = _run(capsys, "framework", "diff", str(new), "--data-dir", str(data_dir))
    assert code == 1 and "already uses version 2027.1" in err


def test_the_command_line_with_a_file_it_cannot_use(
    capsys: pytest.CaptureFixture[str], data_dir: Path, answered: dict[str, int], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "framework", "diff", str(tmp_path / "missing.yaml"), "--data-dir", str(data_dir))
    assert code == 2 and err.startswith(f"kitemark: cannot read {tmp_path / 'missing.yaml'}: ")
    broken = tmp_path / "broken.yaml"
    broken.write_text(VERSION_2.replace("previous_version: 2026.1\n", ""), encoding="utf-8")
    code, _, err = _run(capsys, "framework", "move", str(broken), "--current", "--data-dir", str(data_dir))
    assert code == 1
    assert err.startswith("kitemark: The new framework is not valid: areas[0].criteria[2].replaces: only a framework")
