"""Carrying answers to a new framework version (core/framework_carry.py): a copy for a rename or each part of a
split, one joined answer for a merge, and the re-check flag only where there is an answer to check. Expected values
are written out from the rules in the module's docstring."""

from __future__ import annotations

import pytest

from kitemark_app.core.framework_carry import (
    Answer,
    Carry,
    carried_answer,
    carry_plan,
    joined_text,
    merged_status,
    recheck_text,
)
from kitemark_app.core.framework_diff import Change, ChangeKind, FrameworkDiff, Meaning
from kitemark_app.core.status import ResponseStatus

MET, PARTLY, NOT_MET, NA, NOT_STARTED = (
    ResponseStatus.MET,
    ResponseStatus.PARTLY_MET,
    ResponseStatus.NOT_MET,
    ResponseStatus.NOT_APPLICABLE,
    ResponseStatus.NOT_STARTED,
)
LABELS = {"MON-05": "MON-05 'Insurance'", "MON-06": "MON-06 'Risk register'"}
FLAG = (
    "Version 2027.1 changed this criterion: it combines two. Check your answer still answers it, then confirm it does."
)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], NOT_STARTED),
        ([NOT_STARTED, NOT_STARTED], NOT_STARTED),
        ([MET, NOT_STARTED], MET),
        ([MET, MET], MET),
        ([NOT_MET, NOT_MET], NOT_MET),
        ([MET, NOT_MET], PARTLY),
        ([MET, PARTLY], PARTLY),
        ([PARTLY, PARTLY], PARTLY),
        ([NA, NA], NA),
        ([NA, NOT_STARTED], NA),
        ([NA, MET], MET),
        ([NA, NOT_MET], NOT_MET),
        ([NA, MET, NOT_MET], PARTLY),
    ],
)
def test_the_status_of_a_merge(statuses: list[ResponseStatus], expected: ResponseStatus) -> None:
    assert merged_status(statuses) is expected


def test_texts_are_joined_under_the_name_of_the_criterion_each_came_from() -> None:
    assert joined_text(
        [("MON-05 'Insurance'", "Insured with Acme."), ("MON-06 'Risk register'", " Kept monthly. ")]
    ) == ("[From MON-05 'Insurance']\nInsured with Acme.\n\n[From MON-06 'Risk register']\nKept monthly.")
    assert joined_text([("MON-05 'Insurance'", "Insured with Acme."), ("MON-06 'Risk register'", "  ")]) == (
        "Insured with Acme."
    )
    assert joined_text([("A", ""), ("B", "")]) == ""


def test_a_single_answer_is_copied_as_it_is_with_the_new_flag() -> None:
    old = Answer("GOV-02", MET, "Meets monthly.", "", (4, 2))
    carried = carried_answer(Carry("GOV-05", ("GOV-02",), FLAG), {"GOV-02": old}, LABELS)
    assert carried == Answer("GOV-05", MET, "Meets monthly.", "", (4, 2), FLAG)


def test_an_unchanged_criterion_keeps_an_earlier_flag_not_yet_confirmed_and_a_new_reason_replaces_it() -> None:
    old = Answer("GOV-01", MET, "Adopted 2019.", needs_recheck="An earlier reason.")
    assert carried_answer(Carry("GOV-01", ("GOV-01",)), {"GOV-01": old}, LABELS) == Answer(
        "GOV-01", MET, "Adopted 2019.", needs_recheck="An earlier reason."
    )
    assert carried_answer(Carry("GOV-01", ("GOV-01",), FLAG), {"GOV-01": old}, LABELS) == Answer(
        "GOV-01", MET, "Adopted 2019.", needs_recheck=FLAG
    )


def test_a_merge_joins_narratives_and_reasons_and_unites_the_evidence() -> None:
    answers = {
        "MON-05": Answer("MON-05", MET, "Insured with Acme.", "", (3, 7)),
        "MON-06": Answer("MON-06", NOT_MET, "No register yet.", "", (7, 9)),
    }
    carried = carried_answer(Carry("MON-07", ("MON-05", "MON-06"), FLAG), answers, LABELS)
    assert carried == Answer(
        "MON-07",
        PARTLY,
        "[From MON-05 'Insurance']\nInsured with Acme.\n\n[From MON-06 'Risk register']\nNo register yet.",
        "",
        (3, 7, 9),
        FLAG,
    )


def test_a_merge_of_two_not_applicable_answers_keeps_both_reasons() -> None:
    answers = {
        "MON-05": Answer("MON-05", NA, na_reason="No premises."),
        "MON-06": Answer("MON-06", NA, na_reason="No staff."),
    }
    carried = carried_answer(Carry("MON-07", ("MON-05", "MON-06"), FLAG), answers, LABELS)
    assert carried is not None
    assert carried.status is NA
    assert carried.na_reason == "[From MON-05 'Insurance']\nNo premises.\n\n[From MON-06 'Risk register']\nNo staff."


def test_a_merge_where_only_one_part_was_answered_copies_that_one() -> None:
    answers = {"MON-06": Answer("MON-06", NOT_MET, "No register yet.", "", (9,))}
    carried = carried_answer(Carry("MON-07", ("MON-05", "MON-06"), FLAG), answers, LABELS)
    assert carried == Answer("MON-07", NOT_MET, "No register yet.", "", (9,), FLAG)


def test_nothing_to_carry_and_nothing_to_check() -> None:
    assert carried_answer(Carry("SAF-03", ("SAF-09",), FLAG), {"GOV-01": Answer("GOV-01", MET)}, LABELS) is None
    empty = Answer("GOV-02")
    assert carried_answer(Carry("GOV-05", ("GOV-02",), FLAG), {"GOV-02": empty}, LABELS) == Answer("GOV-05")


@pytest.mark.parametrize(
    ("answer", "has_content"),
    [
        (Answer("A"), False),
        (Answer("A", narrative="  \n"), False),
        (Answer("A", MET), True),
        (Answer("A", narrative="x"), True),
        (Answer("A", na_reason="x"), True),
        (Answer("A", evidence_ids=(1,)), True),
    ],
)
def test_an_answer_with_anything_in_it_is_worth_checking(answer: Answer, has_content: bool) -> None:
    assert answer.has_content is has_content


def test_the_flag_sentence() -> None:
    assert recheck_text("2027.1", []) == ""
    assert recheck_text("2027.1", ["its wording changed", "it became mandatory for you"]) == (
        "Version 2027.1 changed this criterion: its wording changed; it became mandatory for you. "
        "Check your answer still answers it, then confirm it does."
    )


def test_the_plan_takes_only_criteria_that_continue_old_ones_with_their_reasons() -> None:
    changes = (
        Change(ChangeKind.ADDED, "SAF-03", "Lead", (), Meaning.NOW_APPLIES, "…"),
        Change(
            ChangeKind.WORDING_CHANGED, "GOV-01", "Doc", ("GOV-01",), Meaning.NEEDS_RECHECK, "…", "its wording changed"
        ),
        Change(ChangeKind.MOVED, "GOV-01", "Doc", ("GOV-01",), Meaning.NOTHING_TO_DO, "…"),
        Change(ChangeKind.REMOVED, "GOV-04", "Plan", ("GOV-04",), Meaning.NO_LONGER_APPLIES, "…"),
    )
    found = FrameworkDiff("1", "2", changes, {"GOV-01": ("GOV-01",), "GOV-02": ("GOV-02",), "SAF-03": ()})
    assert carry_plan(found) == [
        Carry(
            "GOV-01",
            ("GOV-01",),
            "Version 2 changed this criterion: its wording changed. Check your answer still answers it, then confirm it does.",
        ),
        Carry("GOV-02", ("GOV-02",), ""),
    ]
