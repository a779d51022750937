"""A resubmission reviewed in minutes: the charity sees what changed since its last pack, and the second pack names
the first (signed), so the assessor sees per criterion what changed and what they said last time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.core.pack_changes import ChangeKind
from kitemark_app.services import assessor, changes
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.evidence_ops import add_evidence
from kitemark_app.services.export import export_pack
from kitemark_app.services.workspace import Workspace

NEW_TEXT = "Adopted at the AGM on 12 March 2026; minute 4 records the vote."


@pytest.fixture(scope="module")
def two_packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("two-packs")
    vco, desk = base / "vco", base / "desk"
    create_demo(vco)
    first = export_pack(vco, base / "first.pdf", DEMO_PASSPHRASE)
    opened = assessor.open_received_pack(desk, first.pack)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    opened = assessor.open_received_pack(desk, first.pack)
    criteria = [c.criterion for c in opened.criteria]
    changed, evidenced = criteria[0], criteria[1]
    for criterion in criteria:
        opened.draft.verdicts[criterion] = VerdictEntry("met", comment="Fine.")
    opened.draft.verdicts[changed] = VerdictEntry("more-information", comment="Which minute records the adoption?")
    opened.draft.outcome = OutcomeEntry("resubmit", "", None, assessor.default_valid_until(), "Nearly there.")
    assessor.save_review(desk, opened.received_pack_id, opened.draft)

    nothing_yet = changes.since_last_export(vco)
    with Workspace.open(vco) as workspace:
        workspace.save_answer(changed, narrative=NEW_TEXT)
        note = base / "minutes.txt"
        note.write_text("Minute 4: the constitution was adopted.")
        add_evidence(workspace, note, title="AGM minutes 2026", criteria=[evidenced])
    since = changes.since_last_export(vco)
    second = export_pack(vco, base / "second.pdf", DEMO_PASSPHRASE)
    return {"vco": vco, "desk": desk, "first": first, "second": second, "changed": changed,
            "evidenced": evidenced, "nothing_yet": nothing_yet, "since": since}  # fmt: skip


def test_the_charity_sees_what_changed_since_its_last_pack(two_packs: dict[str, object]) -> None:
    nothing_yet = two_packs["nothing_yet"]
    assert isinstance(nothing_yet, changes.SinceExport) and nothing_yet.nothing
    since = two_packs["since"]
    assert isinstance(since, changes.SinceExport)
    by_criterion = {c.criterion: c for c in since.changes}
    assert set(by_criterion) == {two_packs["changed"], two_packs["evidenced"]}
    assert by_criterion[str(two_packs["changed"])].narrative_diff[-1] == f"+{NEW_TEXT}"
    assert by_criterion[str(two_packs["evidenced"])].evidence_added == ("AGM minutes 2026",)
    assert since.file_name == "first.pdf"


def test_the_second_pack_names_the_first_in_its_signed_manifest(two_packs: dict[str, object]) -> None:
    from kitemark_app.verify import verify_pack

    first, second = two_packs["first"], two_packs["second"]
    verdict = verify_pack(second.pack)  # type: ignore[attr-defined]
    manifest = json.loads(verdict.manifest_bytes or b"{}")
    assert manifest["cycle"]["follows_pack"] == first.sha256  # type: ignore[attr-defined]
    first_manifest = json.loads(verify_pack(first.pack).manifest_bytes or b"{}")  # type: ignore[attr-defined]
    assert first_manifest["cycle"]["follows_pack"] == ""
    assert manifest["framework"]["council_fingerprint"] == ""  # the demo never installed a signed framework


def test_the_assessor_sees_per_criterion_changes_and_their_last_verdict(two_packs: dict[str, object]) -> None:
    desk, second = two_packs["desk"], two_packs["second"]
    opened = assessor.open_received_pack(desk, second.pack)  # type: ignore[arg-type, attr-defined]
    previous = opened.previous
    assert previous is not None and previous.file_name == "first.pdf" and previous.outcome == "resubmit"
    changed = previous.changes[str(two_packs["changed"])]
    assert changed.kind is ChangeKind.CHANGED and changed.narrative_diff[-1] == f"+{NEW_TEXT}"
    assert previous.verdicts[str(two_packs["changed"])].comment == "Which minute records the adoption?"
    assert previous.changes[str(two_packs["evidenced"])].evidence_added == ("AGM minutes 2026",)
    untouched = [c for c in previous.changes.values() if c.kind is ChangeKind.SAME]
    assert len(untouched) == len(previous.changes) - 2


def test_a_pack_naming_a_pack_this_register_never_received_has_no_previous(
    two_packs: dict[str, object], tmp_path: Path
) -> None:
    opened = assessor.open_received_pack(tmp_path / "other-desk", two_packs["second"].pack)  # type: ignore[attr-defined]
    assert opened.verdict.verdict == "unregistered" and opened.previous is None


def test_changes_on_the_command_line(two_packs: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(two_packs["vco"]), "changes", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["since"]["file_name"] == "second.pdf" and out["changes"] == [] and out["actions_closed"] == []
