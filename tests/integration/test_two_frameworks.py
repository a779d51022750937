"""Tell us once: the Kitemark and a funder's due-diligence checklist in one workspace, sharing the evidence library;
an answer offered through the crosswalk, adapted, its evidence counted once in the library and in each framework's
readiness; the framework in focus chosen, remembered, and read the same way by the start-up snapshot."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.core.status import ResponseStatus
from kitemark_app.errors import KitemarkError
from kitemark_app.paths import bundled_framework_texts, default_framework_text
from kitemark_app.services import answer_reuse, evidence_ops
from kitemark_app.services.frameworks_in_use import frameworks_in_use, start_framework
from kitemark_app.services.report import status_report
from kitemark_app.services.snapshot import read_first_screen
from kitemark_app.services.workspace import Workspace
from tests.profiles import ORGANISATION

KITEMARK = "borough-vco-kitemark"
FUNDER = "funder-due-diligence"
CONSTITUTION_WORDS = "Our constitution was adopted in 2019 and amended at the 2024 AGM; the signed copy is attached."


def funder_source() -> str:
    return bundled_framework_texts()["funder-due-diligence.yaml"]


@pytest.fixture
def two(tmp_path: Path) -> Workspace:
    """A Kitemark self-assessment with GOV-01 answered and evidenced, then the funder's checklist begun."""
    workspace = Workspace.open(tmp_path / "data")
    workspace.create_organisation(ORGANISATION)
    workspace.start_cycle(default_framework_text(), "Foundation")
    workspace.save_answer("GOV-01", status=ResponseStatus.MET, narrative=CONSTITUTION_WORDS)
    document = tmp_path / "Constitution.pdf"
    document.write_bytes(b"%PDF-1.4 signed constitution " * 300)
    evidence_ops.add_evidence(workspace, document, criteria=["GOV-01"], document_date=date(2024, 6, 12))
    start_framework(workspace, funder_source(), "Standard checks")
    yield workspace
    workspace.close()


def test_the_first_framework_stays_in_focus_until_another_is_chosen(two: Workspace) -> None:
    with two.session() as session:
        assert two.current_cycle(session).framework_id == KITEMARK
        assert [c.framework_id for c in two.current_cycles(session)] == [KITEMARK, FUNDER]
    two.choose_framework(FUNDER)
    with two.session() as session:
        assert two.current_cycle(session).framework_id == FUNDER
    two.framework_choice = KITEMARK  # --framework for one run wins over the remembered choice
    with two.session() as session:
        assert two.current_cycle(session).framework_id == KITEMARK


def test_moving_the_first_framework_to_a_new_version_keeps_it_in_focus(two: Workspace, tmp_path: Path) -> None:
    """The Kitemark moved to 2026.2 is a new cycle, begun after the funder's: it is still the first framework
    begun, so it stays in focus, for the workspace and for the start-up snapshot alike."""
    from kitemark_app.services.framework_move import move_current_cycle

    newer = default_framework_text().replace('version: "2026.1"', 'version: "2026.2"\nprevious_version: "2026.1"', 1)
    move_current_cycle(two, newer)
    with two.session() as session:
        assert [(c.framework_id, c.framework_version) for c in two.current_cycles(session)] == [
            (KITEMARK, "2026.2"),
            (FUNDER, "2026.1"),
        ]
        focus = two.current_cycle(session)
        assert (focus.framework_id, focus.framework_version) == (KITEMARK, "2026.2")
    screen = read_first_screen(two.layout.root)
    assert screen is not None and screen.facts.framework.version == "2026.2"


def test_the_choice_is_remembered_and_the_snapshot_reads_the_same_cycle(two: Workspace) -> None:
    two.choose_framework(FUNDER)
    root = two.layout.root
    two.close()
    screen = read_first_screen(root)
    assert screen is not None and screen.frameworks_in_use == 2
    assert screen.status_report().framework_id == FUNDER
    with Workspace.open(root) as again, again.session() as session:
        assert again.current_cycle(session).framework_id == FUNDER


def test_an_unknown_framework_is_one_sentence(two: Workspace) -> None:
    with pytest.raises(
        KitemarkError, match=r"no self-assessment against 'nope' \(it has: borough-vco-kitemark, funder"
    ):
        two.choose_framework("nope")
    two.framework_choice = "nope"
    with pytest.raises(KitemarkError, match="no self-assessment against 'nope'"), two.session() as session:
        two.current_cycle(session)


def test_the_same_framework_cannot_be_begun_twice(two: Workspace) -> None:
    with pytest.raises(KitemarkError, match="You already work with Thamesbank"):
        start_framework(two, funder_source())


def test_an_answer_is_offered_adapted_and_its_evidence_shared(two: Workspace) -> None:
    two.choose_framework(FUNDER)
    offers = answer_reuse.offers(two, "ORG-01")
    assert [(o.framework_id, o.criterion_id, o.strength, o.narrative) for o in offers] == [
        (KITEMARK, "GOV-01", "same", CONSTITUTION_WORDS)
    ]
    assert offers[0].evidence == ("Constitution",)
    assert not offers[0].in_use
    # Nothing is copied until the organisation chooses: the funder's ORG-01 is still unanswered.
    assert status_report(two).answered == 0

    adapted = CONSTITUTION_WORDS + " Our charity number is on its first page."
    answer_reuse.use_offer(two, "ORG-01", f"{KITEMARK}:GOV-01", narrative=adapted)
    with two.session() as session:
        mine = two.response(session, "ORG-01", create=False)
        assert mine is not None
        assert (mine.narrative, mine.status, mine.reused_from) == (adapted, "met", f"{KITEMARK}:GOV-01")
        assert [item.title for item in mine.evidence] == ["Constitution"]
    # The library holds the one file; each framework counts it under its own criterion.
    assert len(evidence_ops.list_evidence(two)) == 1
    funder, kitemark = frameworks_in_use(two)[1], frameworks_in_use(two)[0]
    assert (kitemark.id, kitemark.answered) == (KITEMARK, 1)
    assert (funder.id, funder.answered) == (FUNDER, 1)
    # Adapted, it is no longer "the one in use" word for word, so it is offered again.
    assert not answer_reuse.offers(two, "ORG-01")[0].in_use
    # From the Kitemark's side, its GOV-01 answer is used by the funder's ORG-01.
    two.choose_framework(KITEMARK)
    uses = answer_reuse.shared_uses(two, "GOV-01")
    assert [(u.criterion_id, u.taken_from_here) for u in uses] == [("ORG-01", True)]
    assert uses[0].framework_title == "Thamesbank Community Fund due-diligence checks"


def test_shared_evidence_is_a_problem_once_in_each_frameworks_readiness(two: Workspace) -> None:
    """The constitution's review-by date passes: each framework names it once, under its own criterion."""
    two.choose_framework(FUNDER)
    answer_reuse.use_offer(two, "ORG-01", f"{KITEMARK}:GOV-01")
    (item,) = evidence_ops.list_evidence(two)
    evidence_ops.update_details(two, item.id, review_by=date(2026, 1, 31))
    today = date(2026, 2, 1)  # the day after it was due
    for framework_id, criterion_id in ((KITEMARK, "GOV-01"), (FUNDER, "ORG-01")):
        two.framework_choice = framework_id
        naming = [p for p in status_report(two, today).problems if p.evidence_id == item.id]
        assert [(p.criterion, p.kind) for p in naming] == [(criterion_id, "stale-evidence")], framework_id


def test_a_partial_match_takes_no_better_than_partly_met(two: Workspace) -> None:
    two.save_answer("TRU-01", status=ResponseStatus.MET, narrative="Seven trustees, register attached.")
    two.choose_framework(FUNDER)
    (offer,) = answer_reuse.offers(two, "ORG-03")
    assert (offer.criterion_id, offer.strength) == ("TRU-01", "partial")
    answer_reuse.use_offer(two, "ORG-03", offer.key)
    with two.session() as session:
        mine = two.response(session, "ORG-03", create=False)
        assert mine is not None and mine.status == "partly-met"


def test_an_answer_already_given_keeps_its_own_status(two: Workspace) -> None:
    two.choose_framework(FUNDER)
    two.save_answer("ORG-01", status=ResponseStatus.NOT_MET, narrative="")
    answer_reuse.use_offer(two, "ORG-01", f"{KITEMARK}:GOV-01")
    with two.session() as session:
        mine = two.response(session, "ORG-01", create=False)
        assert mine is not None and (mine.status, mine.narrative) == ("not-met", CONSTITUTION_WORDS)


def test_only_a_mapped_criterion_can_be_used(two: Workspace) -> None:
    two.choose_framework(FUNDER)
    with pytest.raises(KitemarkError, match="GOV-02 of 'borough-vco-kitemark' does not correspond to ORG-01"):
        answer_reuse.use_offer(two, "ORG-01", f"{KITEMARK}:GOV-02")


def test_not_applicable_and_empty_answers_are_not_offered(two: Workspace) -> None:
    two.save_answer("GOV-01", status=ResponseStatus.NOT_APPLICABLE, na_reason="We are a trust.")
    two.save_answer("TRU-01", status=ResponseStatus.NOT_MET, narrative="   ")  # no words, no evidence
    two.choose_framework(FUNDER)
    assert answer_reuse.offers(two, "ORG-01") == []
    assert answer_reuse.offers(two, "ORG-03") == []


def test_status_json_lists_the_frameworks_and_takes_framework(
    two: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    root = two.layout.root
    two.close()
    assert main(["--data-dir", str(root), "status", "--json", "--framework", FUNDER]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["framework"]["id"] == FUNDER
    assert [(f["id"], f["answered"]) for f in shown["frameworks"]] == [(KITEMARK, 1), (FUNDER, 0)]
    assert main(["--data-dir", str(root), "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["framework"]["id"] == KITEMARK


def test_framework_start_list_and_use_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "data"
    with Workspace.open(root) as workspace:
        workspace.create_organisation(ORGANISATION)
        workspace.start_cycle(default_framework_text(), "Foundation")
    assert main(["--data-dir", str(root), "framework", "start", "governance-self-check"]) == 0
    assert "Begun Riverside board governance self-check" in capsys.readouterr().out
    assert main(["--data-dir", str(root), "framework", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(f["id"], f["in_focus"]) for f in listed["in_use"]] == [(KITEMARK, False), ("governance-self-check", True)]
    assert {f["id"] for f in listed["shipped"]} == {KITEMARK, FUNDER, "governance-self-check"}
    assert main(["--data-dir", str(root), "framework", "use", KITEMARK]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(root), "framework", "start", "no-such-framework"]) == 2
    assert "neither a framework shipped with Kitemark nor a file" in capsys.readouterr().err


def test_validate_names_an_unknown_crosswalk_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = funder_source().replace("criteria: [GOV-01]", "criteria: [GOV-99]", 1)
    path = tmp_path / "funder.yaml"
    path.write_text(text, encoding="utf-8")
    empty = tmp_path / "no-data"
    assert main(["--data-dir", str(empty), "framework", "validate", str(path), "--json"]) == 1
    errors = json.loads(capsys.readouterr().out)["errors"]
    assert errors == [
        {
            "path": "areas[0].criteria[0].maps_to[0].criteria[0]",
            "message": "'GOV-99' is not a criterion of Riverside Voluntary Sector Kitemark 2026.1",
        }
    ]
    path.write_text(funder_source(), encoding="utf-8")
    assert main(["--data-dir", str(empty), "framework", "validate", str(path)]) == 0
