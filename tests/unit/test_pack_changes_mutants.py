"""Edges of core/pack_changes.py that scripts/mutation.sh showed no test held: several evidence titles in one
sentence, and more than one criterion gone. Expected values are written out by hand."""

from __future__ import annotations

from kitemark_app.core.pack_changes import AnswerState, ChangeKind, compare

A, B, C, D = "a" * 64, "b" * 64, "c" * 64, "d" * 64


def test_several_evidence_titles_are_listed_with_commas() -> None:
    before = AnswerState("complete", "Same.", {A: "Constitution", B: "Minutes"})
    now = AnswerState("complete", "Same.", {C: "Accounts", D: "Budget"})
    (change,) = compare({"X-1": before}, {"X-1": now})
    assert change.sentence() == (
        "X-1: 2 new evidence file(s): Accounts, Budget; 2 evidence file(s) gone: Constitution, Minutes."
    )


def test_every_criterion_gone_is_listed() -> None:
    before = {name: AnswerState("complete", "", {}) for name in ("X-1", "X-2", "X-3")}
    now = {"X-2": AnswerState("complete", "", {})}
    assert [(c.criterion, c.kind) for c in compare(before, now)] == [
        ("X-2", ChangeKind.SAME),
        ("X-1", ChangeKind.GONE),
        ("X-3", ChangeKind.GONE),
    ]
