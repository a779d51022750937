"""Edges of core/framework_carry.py that scripts/mutation.sh showed no test held: a merge from a criterion with no
label, a merge with nothing to re-check, and an answer carried with evidence only. Expected values are written
out from the rules in the module's docstring."""

from __future__ import annotations

from kitemark_app.core.framework_carry import Answer, Carry, carried_answer
from kitemark_app.core.status import ResponseStatus

FLAG = (
    "Version 2027.1 changed this criterion: it combines two. Check your answer still answers it, then confirm it does."
)


def test_a_merged_part_without_a_label_is_headed_by_its_id() -> None:
    answers = {
        "MON-05": Answer("MON-05", ResponseStatus.MET, "Insured with Acme.", "Not for the shop."),
        "MON-06": Answer("MON-06", ResponseStatus.MET, "Kept monthly.", "Not for volunteers."),
    }
    carried = carried_answer(Carry("MON-07", ("MON-05", "MON-06")), answers, {"MON-05": "MON-05 'Insurance'"})
    assert carried is not None
    assert carried.narrative == "[From MON-05 'Insurance']\nInsured with Acme.\n\n[From MON-06]\nKept monthly."
    assert carried.na_reason == "[From MON-05 'Insurance']\nNot for the shop.\n\n[From MON-06]\nNot for volunteers."


def test_a_merge_with_no_reason_to_check_and_no_earlier_flag_is_not_flagged() -> None:
    answers = {
        "MON-05": Answer("MON-05", ResponseStatus.MET, "Insured with Acme."),
        "MON-06": Answer("MON-06", ResponseStatus.MET, "Kept monthly."),
    }
    carried = carried_answer(Carry("MON-07", ("MON-05", "MON-06")), answers, {})
    assert carried is not None
    assert carried.needs_recheck == ""


def test_a_merge_keeps_the_earlier_flag_of_one_part_when_there_is_no_new_reason() -> None:
    answers = {
        "MON-05": Answer("MON-05", ResponseStatus.MET, "Insured with Acme."),
        "MON-06": Answer("MON-06", ResponseStatus.MET, "Kept monthly.", needs_recheck="An earlier reason."),
    }
    carried = carried_answer(Carry("MON-07", ("MON-05", "MON-06")), answers, {})
    assert carried is not None
    assert carried.needs_recheck == "An earlier reason."


def test_an_answer_with_only_evidence_is_carried_with_the_flag() -> None:
    old = Answer("GOV-02", evidence_ids=(4,))
    carried = carried_answer(Carry("GOV-05", ("GOV-02",), FLAG), {"GOV-02": old}, {})
    assert carried == Answer("GOV-05", ResponseStatus.NOT_STARTED, "", "", (4,), FLAG)
