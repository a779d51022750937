"""What changed between two states of the answers (core/pack_changes.py), each kind on its own."""

from __future__ import annotations

from kitemark_app.core.pack_changes import MAX_DIFF_LINES, AnswerState, ChangeKind, answers_from_manifest, compare

A, B, C = "a" * 64, "b" * 64, "c" * 64


def _one(before: AnswerState | None, now: AnswerState | None) -> object:
    (change,) = compare({"GOV-01": before} if before else {}, {"GOV-01": now} if now else {})
    return change


def test_the_same_answer_is_same() -> None:
    state = AnswerState("complete", "Adopted 2024.", {A: "Constitution"})
    change = _one(state, AnswerState("complete", "Adopted 2024.", {A: "Constitution (renamed)"}))
    assert change.kind is ChangeKind.SAME  # type: ignore[attr-defined]
    assert change.sentence() == "GOV-01: unchanged."  # type: ignore[attr-defined]


def test_each_kind_of_change_alone() -> None:
    base = AnswerState("in-progress", "Line one.\nLine two.", {A: "Constitution"})
    status = _one(base, AnswerState("complete", base.narrative, base.evidence))
    assert (status.kind, status.status_before, status.status_now) == (ChangeKind.CHANGED, "in-progress", "complete")  # type: ignore[attr-defined]
    assert status.sentence() == "GOV-01: in-progress → complete."  # type: ignore[attr-defined]

    text = _one(base, AnswerState("in-progress", "Line one.\nLine 2, reworded.", base.evidence))
    assert text.narrative_diff == (" Line one.", "-Line two.", "+Line 2, reworded.")  # type: ignore[attr-defined]
    assert text.sentence() == "GOV-01: answer rewritten."  # type: ignore[attr-defined]

    replaced = _one(base, AnswerState("in-progress", base.narrative, {B: "Constitution"}))  # same title, new file
    assert (replaced.evidence_added, replaced.evidence_removed, replaced.evidence_kept) == (
        ("Constitution",),
        ("Constitution",),
        0,
    )  # type: ignore[attr-defined]

    added = _one(base, AnswerState("in-progress", base.narrative, {A: "Constitution", C: "Minutes"}))
    assert (added.evidence_added, added.evidence_removed, added.evidence_kept) == (("Minutes",), (), 1)  # type: ignore[attr-defined]
    assert added.sentence() == "GOV-01: 1 new evidence file(s): Minutes."  # type: ignore[attr-defined]


def test_new_and_gone_criteria() -> None:
    new = _one(None, AnswerState("complete", "x", {A: "Policy"}))
    assert (new.kind, new.evidence_added) == (ChangeKind.NEW, ("Policy",))  # type: ignore[attr-defined]
    gone = _one(AnswerState("complete", "x", {A: "Policy"}), None)
    assert (gone.kind, gone.evidence_removed, gone.status_before) == (ChangeKind.GONE, ("Policy",), "complete")  # type: ignore[attr-defined]


def test_order_is_now_then_gone() -> None:
    before = {"X-1": AnswerState("complete", "", {}), "X-2": AnswerState("complete", "", {})}
    now = {"X-3": AnswerState("complete", "", {}), "X-1": AnswerState("complete", "", {})}
    assert [c.criterion for c in compare(before, now)] == ["X-3", "X-1", "X-2"]


def test_a_long_rewrite_is_bounded() -> None:
    before = AnswerState("complete", "\n".join(f"old {i}" for i in range(100)), {})
    now = AnswerState("complete", "\n".join(f"new {i}" for i in range(100)), {})
    diff = _one(before, now).narrative_diff  # type: ignore[attr-defined]
    assert len(diff) == MAX_DIFF_LINES + 1 and diff[-1] == "… 160 more lines"


def test_the_manifest_maps_attachments_to_their_hashes() -> None:
    manifest = {
        "responses": [
            {"criterion": "GOV-01", "status": "complete", "narrative": "n", "evidence": ["e1.pdf", "zz.pdf"]}
        ],
        "evidence": [{"attachment": "e1.pdf", "sha256": A, "title": "Constitution"}],
    }
    assert answers_from_manifest(manifest) == {"GOV-01": AnswerState("complete", "n", {A: "Constitution"})}


def test_new_and_gone_are_whole_records() -> None:
    from kitemark_app.core.pack_changes import CriterionChange

    (new,) = compare({}, {"X-1": AnswerState("complete", "x", {A: "Policy"})})
    assert new == CriterionChange("X-1", ChangeKind.NEW, "", "complete", (), ("Policy",), (), 0)
    assert new.sentence() == "X-1: not in the earlier pack; now complete."
    (gone,) = compare({"X-1": AnswerState("complete", "x", {A: "Policy"})}, {})
    assert gone == CriterionChange("X-1", ChangeKind.GONE, "complete", "", (), (), ("Policy",), 0)
    assert gone.sentence() == "X-1: in the earlier pack (complete), not in this one."


def test_every_part_of_a_change_in_one_sentence() -> None:
    before = AnswerState("in-progress", "Old.", {A: "Constitution", B: "Minutes"})
    now = AnswerState("complete", "New.", {A: "Constitution", C: "Accounts"})
    (change,) = compare({"X-1": before}, {"X-1": now})
    assert change.sentence() == (
        "X-1: in-progress → complete; answer rewritten; 1 new evidence file(s): Accounts; "
        "1 evidence file(s) gone: Minutes."
    )
    assert change.evidence_kept == 1


def test_the_diff_has_one_line_of_context_and_no_line_ends() -> None:
    before = AnswerState("complete", "one\ntwo\nthree\nfour\nfive", {})
    now = AnswerState("complete", "one\ntwo\nTHREE\nfour\nfive", {})
    (change,) = compare({"X-1": before}, {"X-1": now})
    assert change.narrative_diff == (" two", "-three", "+THREE", " four")


def test_a_rewrite_of_exactly_the_limit_is_not_cut() -> None:
    half = MAX_DIFF_LINES // 2
    before = AnswerState("complete", "\n".join(f"old {i}" for i in range(half)), {})
    now = AnswerState("complete", "\n".join(f"new {i}" for i in range(half)), {})
    (change,) = compare({"X-1": before}, {"X-1": now})
    assert len(change.narrative_diff) == MAX_DIFF_LINES and not change.narrative_diff[-1].startswith("…")


def test_a_manifest_missing_optional_parts_still_reads() -> None:
    assert answers_from_manifest({"responses": [{"criterion": "X-1", "status": "complete"}]}) == {
        "X-1": AnswerState("complete", "", {})
    }
    assert answers_from_manifest({}) == {}


def test_a_copy_without_personal_details_counts_as_its_original() -> None:
    manifest = {
        "responses": [{"criterion": "X-1", "status": "complete", "narrative": "", "evidence": ["e1.jpg"]}],
        "evidence": [{"attachment": "e1.jpg", "sha256": B, "original_sha256": A, "title": "Photo"}],
    }
    assert answers_from_manifest(manifest)["X-1"].evidence == {A: "Photo"}
