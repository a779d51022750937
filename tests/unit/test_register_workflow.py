"""The council team's workflow rules (register/workflow.py), each refusal on its own and every date at its edge."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.register.search import as_fingerprint_prefix, as_number, fold, like_pattern
from kitemark_app.register.workflow import (
    Actor,
    State,
    WorkflowRefused,
    due_by,
    expires_soon,
    is_overdue,
    may_edit_review,
    may_send,
    next_state,
)

LEAD = Actor("ana", "lead")
OTHER_LEAD = Actor("ben", "lead")
SAM = Actor("sam", "assessor")
MEMBER = Actor("mo", "read-only")
ALONE = Actor("jo", "lead", single_officer=True)


@pytest.mark.parametrize(
    ("action", "state", "actor", "assigned", "expected"),
    [
        ("assign", "received", LEAD, "", State.ASSIGNED),
        ("assign", "assigned", LEAD, "sam", State.ASSIGNED),  # reassigning
        ("assign", "in-review", LEAD, "sam", State.ASSIGNED),
        ("start", "assigned", SAM, "sam", State.IN_REVIEW),
        ("submit", "in-review", SAM, "sam", State.READY),
        ("submit", "in-review", LEAD, "sam", State.READY),  # a lead may act for the assessor
        ("approve", "ready-for-moderation", LEAD, "sam", State.APPROVED),
        ("approve", "ready-for-moderation", ALONE, "jo", State.APPROVED),  # one officer holds every duty
        ("return", "ready-for-moderation", OTHER_LEAD, "ana", State.IN_REVIEW),
        ("send", "approved", LEAD, "sam", State.SENT),
    ],
)
def test_allowed_moves(action: str, state: str, actor: Actor, assigned: str, expected: State) -> None:
    assert next_state(action, state, actor, assigned) is expected


@pytest.mark.parametrize(
    ("action", "state", "actor", "assigned", "message"),
    [
        ("assign", "received", SAM, "", "Only a lead may assign a pack; ask your lead."),
        ("assign", "approved", LEAD, "sam", "A pack that is 'Approved' cannot be assigned."),
        ("assign", "review-sent", LEAD, "sam", "A pack that is 'Review sent' cannot be assigned."),
        ("start", "assigned", SAM, "kim", "This pack is assigned to someone else; ask your lead to reassign it."),
        ("start", "received", SAM, "", "A pack that is 'Received' cannot be started."),
        ("submit", "assigned", SAM, "sam", "A pack that is 'Assigned' cannot be put forward for moderation."),
        ("submit", "in-review", SAM, "kim", "This pack is assigned to someone else; ask your lead to reassign it."),
        ("approve", "ready-for-moderation", SAM, "kim", "Only a lead may approve a review; ask your lead."),
        ("approve", "ready-for-moderation", LEAD, "ana", "A second officer approves a review; you cannot approve your own."),
        ("approve", "in-review", LEAD, "sam", "A pack that is 'In review' cannot be approved."),
        ("return", "ready-for-moderation", SAM, "sam", "Only a lead may return a review to its assessor; ask your lead."),
        ("return", "approved", LEAD, "sam", "A pack that is 'Approved' cannot be returned."),
        ("send", "ready-for-moderation", LEAD, "sam", "A pack that is 'Ready for moderation' cannot be sent."),
        ("send", "approved", SAM, "sam", "Only a lead may send a signed review; ask your lead."),
        ("assign", "received", MEMBER, "", "Your login may read the register but not change it."),
        ("submit", "in-review", MEMBER, "mo", "Your login may read the register but not change it."),
    ],
)
def test_refused_moves(action: str, state: str, actor: Actor, assigned: str, message: str) -> None:
    with pytest.raises(WorkflowRefused) as refused:
        next_state(action, state, actor, assigned)
    assert str(refused.value) == message  # the whole sentence the officer reads


@pytest.mark.parametrize(
    ("state", "actor", "assigned", "message"),
    [
        ("received", SAM, "", "This pack has not been assigned yet; ask your lead to assign it to you."),
        ("assigned", SAM, "kim", "This pack is assigned to someone else; ask your lead to reassign it."),
        ("in-review", SAM, "kim", "This pack is assigned to someone else; ask your lead to reassign it."),
        ("ready-for-moderation", SAM, "sam", "This review is waiting for moderation; the moderator may return it to you for changes."),
        ("ready-for-moderation", LEAD, "sam", "This review is waiting for moderation; the moderator may return it to you for changes."),
        ("approved", LEAD, "sam", "This review is 'Approved', so it can no longer be changed."),
        ("review-sent", SAM, "sam", "This review is 'Review sent', so it can no longer be changed."),
        ("in-review", MEMBER, "mo", "Your login may read the register but not change it."),
    ],
)
def test_who_may_not_edit_a_review(state: str, actor: Actor, assigned: str, message: str) -> None:
    assert may_edit_review(state, actor, assigned) == message


@pytest.mark.parametrize(
    ("state", "actor", "assigned"),
    [
        ("assigned", SAM, "sam"),
        ("in-review", SAM, "sam"),
        ("received", LEAD, ""),
        ("in-review", LEAD, "sam"),
        ("review-sent", ALONE, "jo"),  # one officer may correct a sent review and send it again
    ],
)
def test_who_may_edit_a_review(state: str, actor: Actor, assigned: str) -> None:
    assert may_edit_review(state, actor, assigned) is None


def test_a_team_sends_only_an_approved_review_and_only_a_lead_sends() -> None:
    assert may_send("approved", LEAD) is None
    assert may_send("review-sent", LEAD) is None  # sent again (a lost email)
    not_yet = "This review has not been approved yet; a second officer moderates it before it is sent."
    assert may_send("ready-for-moderation", LEAD) == not_yet
    assert may_send("in-review", LEAD) == not_yet
    assert may_send("approved", SAM) == "Only a lead sends a signed review, once a second officer has approved it."
    assert may_send("in-review", ALONE) is None


def test_overdue_starts_the_day_after_the_due_date() -> None:
    due = date(2026, 12, 29)
    assert due_by(date(2026, 12, 1)) == due  # 28 days, written out
    assert not is_overdue("in-review", due, date(2026, 12, 28))
    assert not is_overdue("in-review", due, date(2026, 12, 29))
    assert is_overdue("in-review", due, date(2026, 12, 30))
    assert not is_overdue("review-sent", due, date(2027, 1, 30))
    assert not is_overdue("received", None, date(2030, 1, 1))


def test_expiring_means_still_valid_and_ending_within_ninety_days() -> None:
    today = date(2026, 12, 1)
    assert expires_soon(date(2026, 12, 1), today)  # the last day
    assert expires_soon(date(2027, 3, 1), today)  # 90 days on
    assert not expires_soon(date(2027, 3, 2), today)  # 91
    assert not expires_soon(date(2026, 11, 30), today)  # already expired
    assert not expires_soon(None, today)


def test_only_the_blocks_of_accents_are_dropped_at_their_edges() -> None:
    from kitemark_app.register.search import _is_accent

    inside = (0x0300, 0x036F, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x20D0, 0x20FF, 0xFE20, 0xFE2F)
    outside = (0x02FF, 0x0370, 0x1AAF, 0x1B00, 0x1DBF, 0x1E00, 0x20CF, 0x2100, 0xFE1F, 0xFE30)
    assert all(_is_accent(chr(code)) for code in inside)
    assert not any(_is_accent(chr(code)) for code in outside)
    assert fold("e\u0300") == "e" and fold("\u0370") == "\u0371"  # a Greek letter beside the block is kept


def test_folding_for_search() -> None:
    assert fold("  Café   Ünited\tTrust ") == "cafe united trust"
    assert fold("STRASSE") == fold("straße")
    # Bengali keeps every sign: the hasanta (U+09CD) and the vowel signs are part of the word, not accents.
    assert fold("সমাজ কল্যাণ") == "সমাজ কল্যাণ"
    assert "\u09cd" in fold("কল্যাণ")
    assert fold("Ｃａｆé") == "cafe"  # full-width letters too
    assert like_pattern("100%_x\\") == "%100\\%\\_x\\\\%"
    assert as_number(" sc 012 345 ") == "SC012345"
    assert as_fingerprint_prefix("AB:cd ef") == "abcdef"
    assert as_fingerprint_prefix("abz") == ""
    assert as_fingerprint_prefix("") == ""
