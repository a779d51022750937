"""The review round trip: the demo's signed pack → the assessor's verdicts and outcome → a signed review that
pdfsig accepts → the VCO's import (verdicts, action items with deadlines), with refusals in one plain sentence.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from kitemark_app.cli import main
from kitemark_app.db.models import ActionItem, ImportedReview
from kitemark_app.errors import KitemarkError
from kitemark_app.review.read import ReviewRejected, verify_review
from kitemark_app.services import assessor, council
from kitemark_app.services.assessor import OutcomeEntry, VerdictEntry
from kitemark_app.services.demo import DEMO_PASSPHRASE, create_demo
from kitemark_app.services.export import export_pack
from kitemark_app.services.review_import import (
    AssessorKeyChanged,
    AssessorKeyUnconfirmed,
    ReviewForAnotherPack,
    confirm_council_key,
    criterion_feedback,
    import_review,
    review_summary,
    start_next_cycle,
)
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify.trust import display_fingerprint

# Slow, test by test: the quick tier (-m "not slow") keeps one essential check,
# test_the_vco_imports_verdicts_and_gets_action_items_with_deadlines.
ASSESSOR_PASSPHRASE = "test assessor passphrase (not secret)"
#: The round trip's register is filled once, by the module's fixture (tests/registers.py).
pytestmark = pytest.mark.register_shared

DEADLINE = date.today() + timedelta(days=90)


@dataclass(frozen=True)
class Trip:
    vco: Path
    never_sent: Path  # the same organisation, copied before it exported anything
    sent: Path  # the same organisation, copied after it exported the pack and before any review
    pack: Path
    desk: Path
    pack_id: int
    criteria: list[str]
    review: Path
    council: str  # the genuine council key's root fingerprint


def _one_sentence(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert message.endswith(".") and message.count(". ") <= 1, message


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Trip:
    base = tmp_path_factory.mktemp("round-trip")
    vco = base / "vco"
    create_demo(vco)
    shutil.copytree(vco, base / "never-sent")
    pack = export_pack(vco, base / "pack.pdf", DEMO_PASSPHRASE).pack
    shutil.copytree(vco, base / "sent")
    desk = base / "assessor"
    opened = assessor.open_received_pack(desk, pack)
    assert opened.verdict.verdict == "unregistered"
    with pytest.raises(KitemarkError, match="registered organisation"):
        assessor.export_review(desk, opened.received_pack_id, base / "early.pdf", ASSESSOR_PASSPHRASE)
    assessor.register_organisation(desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or "")
    opened = assessor.open_received_pack(desk, pack)
    assert opened.verdict.verdict == "valid"
    criteria = [c.criterion for c in opened.criteria]
    draft = opened.draft
    for criterion in criteria:
        draft.verdicts[criterion] = VerdictEntry("met", comment="Clear and well evidenced.")
    draft.verdicts[criteria[0]] = VerdictEntry("met-with-conditions", "Adopt the amendment at the AGM", DEADLINE, "")
    draft.verdicts[criteria[1]] = VerdictEntry("not-met", "", DEADLINE, "No minute shows the review.")
    draft.verdicts[criteria[2]] = VerdictEntry("more-information", "", None, "Send the confirmation letter.")
    draft.outcome = OutcomeEntry("awarded", "Commissioning-ready", assessor.default_valid_until(), None, "Well done.")
    assessor.save_review(desk, opened.received_pack_id, draft)
    assessor.create_assessor_key(desk, "Jo Assessor", "Borough Council", ASSESSOR_PASSPHRASE)
    result = assessor.export_review(desk, opened.received_pack_id, base / "review.pdf", ASSESSOR_PASSPHRASE)
    return Trip(
        vco, base / "never-sent", base / "sent", pack, desk, opened.received_pack_id, criteria, result.path,
        result.signer_fingerprint,
    )  # fmt: skip


@pytest.mark.slow
def test_the_signed_review_is_valid_for_pdfsig_and_our_own_checks(trip: Trip) -> None:
    report = subprocess.run(["pdfsig", str(trip.review)], capture_output=True, text=True, check=False).stdout
    assert "Signature Field Name: KitemarkReview" in report
    assert "Signature is Valid." in report
    assert "Total document signed" in report
    verified = verify_review(trip.review)
    assert verified.review.outcome.decision == "awarded"
    assert verified.review.pack_sha256 == assessor.open_received_pack(trip.desk, trip.pack).sha256
    assert len(verified.review.verdicts) == len(trip.criteria)


def _nothing_imported(vco: Path) -> None:
    with Workspace.open(vco) as workspace, workspace.session() as session:
        assert session.query(ImportedReview).count() == 0
        assert session.query(ActionItem).filter(ActionItem.source == "assessor").count() == 0


def test_the_vco_imports_verdicts_and_gets_action_items_with_deadlines(trip: Trip) -> None:
    with pytest.raises(AssessorKeyUnconfirmed, match="not confirmed yet") as unconfirmed:
        import_review(trip.vco, trip.review)  # not even the first review is believed unchecked
    assert display_fingerprint(trip.council) in str(unconfirmed.value)
    _nothing_imported(trip.vco)
    confirm_council_key(trip.vco, display_fingerprint(trip.council).upper())  # typed in from the council's letter
    result = import_review(trip.vco, trip.review)
    assert not result.already_imported
    assert (result.outcome, result.level, result.actions_created) == ("awarded", "Commissioning-ready", 3)
    with Workspace.open(trip.vco) as workspace:
        with workspace.session() as session:
            stored = session.query(ImportedReview).one()
            assert stored.valid_until == assessor.default_valid_until()
            actions = {a.criterion_id: a for a in session.query(ActionItem).filter(ActionItem.source == "assessor")}
        assert set(actions) == set(trip.criteria[:3])
        assert actions[trip.criteria[0]].due_date == DEADLINE
        assert "Adopt the amendment at the AGM" in actions[trip.criteria[0]].description
        assert actions[trip.criteria[1]].due_date == DEADLINE
        feedback = criterion_feedback(workspace, trip.criteria[1])
        assert feedback is not None and feedback.verdict == "not-met"
        assert feedback.comment == "No minute shows the review."
        summary = review_summary(workspace)
        assert summary is not None and summary.outcome == "awarded" and summary.conditions == 1
    again = import_review(trip.vco, trip.review)  # idempotent
    assert again.already_imported and again.actions_created == 0
    with Workspace.open(trip.vco) as workspace, workspace.session() as session:
        assert session.query(ImportedReview).count() == 1
        assert session.query(ActionItem).filter(ActionItem.source == "assessor").count() == 3


@pytest.mark.slow
@pytest.mark.parametrize("change", ["flip", "append", "truncate"])
def test_a_tampered_review_is_refused_in_one_sentence(trip: Trip, tmp_path: Path, change: str) -> None:
    data = bytearray(trip.review.read_bytes())
    if change == "flip":
        data[len(data) // 4] ^= 0x01
    elif change == "append":
        data += b"\n%% added later\n"
    else:
        data = data[: len(data) - 200]
    tampered = tmp_path / "review.pdf"
    tampered.write_bytes(bytes(data))
    with pytest.raises(ReviewRejected) as refused:
        import_review(trip.never_sent, tampered)
    _one_sentence(str(refused.value))


@pytest.mark.slow
def test_a_pack_is_not_a_review(trip: Trip) -> None:
    with pytest.raises(ReviewRejected, match="is a submission pack, not the assessor's review") as refused:
        verify_review(trip.pack)
    _one_sentence(str(refused.value))


@pytest.mark.slow
def test_a_review_for_a_pack_we_never_sent_is_refused(trip: Trip) -> None:
    with pytest.raises(ReviewForAnotherPack, match="never sent") as refused:
        import_review(trip.never_sent, trip.review)
    _one_sentence(str(refused.value))
    with Workspace.open(trip.never_sent) as workspace, workspace.session() as session:
        assert session.query(ImportedReview).count() == 0


@pytest.mark.slow
def test_cli_review_import_exit_codes(trip: Trip, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(trip.never_sent), "review", "import", str(trip.review)]) == 1
    assert "never sent" in capsys.readouterr().err
    # Imported once (here, when this test runs without the ones above it, as under -m slow), then again by the CLI.
    confirm_council_key(trip.vco, display_fingerprint(trip.council))
    import_review(trip.vco, trip.review)
    assert main(["--data-dir", str(trip.vco), "review", "import", str(trip.review)]) == 0
    assert "already imported" in capsys.readouterr().out


@pytest.mark.slow
def test_an_incomplete_review_cannot_be_signed(trip: Trip, tmp_path: Path) -> None:
    draft = assessor.load_review(trip.desk, trip.pack_id)
    draft.verdicts[trip.criteria[0]] = VerdictEntry("met-with-conditions", "", None, "")
    assessor.save_review(trip.desk, trip.pack_id, draft)
    try:
        with pytest.raises(KitemarkError, match="write the condition and choose its deadline"):
            assessor.export_review(trip.desk, trip.pack_id, tmp_path / "r.pdf", ASSESSOR_PASSPHRASE)
        assert not (tmp_path / "r.pdf").exists()
    finally:
        draft.verdicts[trip.criteria[0]] = VerdictEntry("met-with-conditions", "Adopt", DEADLINE, "")
        assessor.save_review(trip.desk, trip.pack_id, draft)


@pytest.mark.slow
def test_the_register_lists_the_pack_with_its_outcome_and_expiry(trip: Trip) -> None:
    view = council.register_view(trip.desk, "riverside")
    assert [o.name for o in view.organisations] == ["Riverside Community Food Network"]
    (row,) = view.packs
    assert (row.verdict, row.outcome, row.valid_until) == ("valid", "awarded", assessor.default_valid_until())
    assert row.reviewed_at is not None
    assert council.register_view(trip.desk, "no such organisation").packs == []


@pytest.mark.slow
def test_a_resubmission_carries_answers_and_evidence_forward(trip: Trip) -> None:
    import_review(trip.vco, trip.review, accept_new_key=True)
    with Workspace.open(trip.vco) as workspace:
        with workspace.session() as session:
            before = workspace.current_cycle(session)
            old = {r.criterion_id: (r.status, r.narrative, [e.id for e in r.evidence]) for r in before.responses}
            old_id = before.id
        new_id = start_next_cycle(workspace)
        with workspace.session() as session:
            cycle = workspace.current_cycle(session)
            assert cycle.id == new_id and cycle.follows_cycle_id == old_id
            new = {r.criterion_id: (r.status, r.narrative, [e.id for e in r.evidence]) for r in cycle.responses}
            assert new == old
            assert sum(a.source == "assessor" for a in cycle.actions) == 3
        assert criterion_feedback(workspace, trip.criteria[0]) is not None  # the previous review still shows


def _review_signed_elsewhere(trip: Trip, tmp_path: Path) -> Path:
    """A review of the genuine pack, as anyone who saw the pack could make one: their own desk, their own key."""
    other_desk = tmp_path / "other-assessor"
    opened = assessor.open_received_pack(other_desk, trip.pack)
    assessor.register_organisation(
        other_desk, opened.verdict.organisation or "", opened.verdict.signer_fingerprint or ""
    )
    opened = assessor.open_received_pack(other_desk, trip.pack)
    draft = opened.draft
    for criterion in trip.criteria:
        draft.verdicts[criterion] = VerdictEntry("met", comment="Fine.")
    draft.outcome = OutcomeEntry("awarded", "Foundation", assessor.default_valid_until(), None, "Signed elsewhere.")
    assessor.save_review(other_desk, opened.received_pack_id, draft)
    assessor.create_assessor_key(other_desk, "Someone Else", "Not the council", ASSESSOR_PASSPHRASE)
    return assessor.export_review(other_desk, opened.received_pack_id, tmp_path / "other.pdf", ASSESSOR_PASSPHRASE).path


@pytest.mark.slow
def test_a_review_signed_with_a_different_council_key_needs_an_explicit_yes(trip: Trip, tmp_path: Path) -> None:
    vco = tmp_path / "vco"
    shutil.copytree(trip.vco, vco)
    import_review(vco, trip.review, accept_new_key=True)  # the council's key is the confirmed one
    forged = _review_signed_elsewhere(trip, tmp_path)

    with pytest.raises(AssessorKeyChanged, match="different council key") as refused:
        import_review(vco, forged)
    _one_sentence(str(refused.value))
    with Workspace.open(vco) as workspace, workspace.session() as session:
        assert session.query(ImportedReview).count() == 1
    assert import_review(vco, forged, accept_new_key=True).level == "Foundation"


@pytest.mark.slow
def test_a_forged_first_review_is_not_imported_and_pins_nothing(trip: Trip, tmp_path: Path) -> None:
    """The attack: a forger who saw the pack sends the first "review". It must not be believed, and must not
    make the council's genuine review look like the stranger."""
    vco = tmp_path / "vco"
    shutil.copytree(trip.sent, vco)
    forged = _review_signed_elsewhere(trip, tmp_path)
    with pytest.raises(AssessorKeyUnconfirmed) as refused:
        import_review(vco, forged)
    _one_sentence(str(refused.value))
    _nothing_imported(vco)
    confirm_council_key(vco, trip.council)
    result = import_review(vco, trip.review)  # the genuine review: no question asked
    assert (result.assessor, result.signer_fingerprint) == ("Jo Assessor", trip.council)
    with pytest.raises(AssessorKeyChanged):
        import_review(vco, forged)


@pytest.mark.slow
def test_a_mistyped_council_fingerprint_is_refused_in_one_sentence(trip: Trip, tmp_path: Path) -> None:
    vco = tmp_path / "vco"
    shutil.copytree(trip.sent, vco)
    for typo in (trip.council[:-1], trip.council[:-1] + "g", ""):
        with pytest.raises(KitemarkError, match="not a SHA-256 fingerprint") as refused:
            confirm_council_key(vco, typo)
        assert "\n" not in str(refused.value) and "Traceback" not in str(refused.value)
    with pytest.raises(AssessorKeyUnconfirmed):
        import_review(vco, trip.review)


@pytest.mark.slow
def test_cli_asks_for_the_council_key_then_imports(
    trip: Trip, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vco = tmp_path / "vco"
    shutil.copytree(trip.sent, vco)
    assert main(["--data-dir", str(vco), "review", "import", str(trip.review)]) == 1
    err = capsys.readouterr().err
    assert display_fingerprint(trip.council) in err and "--accept-new-assessor-key" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["--data-dir", str(vco), "review", "confirm-council-key", display_fingerprint(trip.council)]) == 0
    assert "Council key confirmed" in capsys.readouterr().out
    assert main(["--data-dir", str(vco), "review", "import", str(trip.review), "--json"]) == 0
    assert '"already_imported": false' in capsys.readouterr().out


@pytest.mark.slow
def test_cli_accept_new_assessor_key_imports_an_unconfirmed_review(
    trip: Trip, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vco = tmp_path / "vco"
    shutil.copytree(trip.sent, vco)
    assert main(["--data-dir", str(vco), "review", "import", str(trip.review), "--accept-new-assessor-key"]) == 0
    assert "Review imported" in capsys.readouterr().out
    assert main(["--data-dir", str(vco), "review", "import", str(_review_signed_elsewhere(trip, tmp_path))]) == 1
    assert "different council key" in capsys.readouterr().err


@pytest.mark.slow
def test_a_review_with_its_signature_hex_rewritten_is_refused(trip: Trip, tmp_path: Path) -> None:
    """The same one-encoding rule as for packs: the review's SHA-256 cannot be changed by re-writing the hex."""
    from tests.integration.test_one_encoding_no_active_content import _hole

    data = trip.review.read_bytes()
    start, end = _hole(data)
    rewritten = tmp_path / "review.pdf"
    rewritten.write_bytes(data[:start] + data[start:end].lower() + data[end:])
    with pytest.raises(ReviewRejected, match="as Kitemark writes it"):
        verify_review(rewritten)
