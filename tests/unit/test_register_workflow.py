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
        ("assign", "received", SAM, "", "Only a lead may assign"),
        ("assign", "approved", LEAD, "sam", "cannot be assigned"),
        ("assign", "review-sent", LEAD, "sam", "cannot be assigned"),
        ("start", "assigned", SAM, "kim", "assigned to someone else"),
        ("start", "received", SAM, "", "cannot be started"),
        ("submit", "assigned", SAM, "sam", "cannot be put forward"),
        ("submit", "in-review", SAM, "kim", "assigned to someone else"),
        ("approve", "ready-for-moderation", SAM, "kim", "Only a lead may approve"),
        ("approve", "ready-for-moderation", LEAD, "ana", "cannot approve your own"),
        ("approve", "in-review", LEAD, "sam", "cannot be approved"),
        ("return", "ready-for-moderation", SAM, "sam", "Only a lead may return"),
        ("return", "approved", LEAD, "sam", "cannot be returned"),
        ("send", "ready-for-moderation", LEAD, "sam", "cannot be sent"),
        ("send", "approved", SAM, "sam", "Only a lead may send"),
        ("assign", "received", MEMBER, "", "read the register but not change it"),
        ("submit", "in-review", MEMBER, "mo", "read the register but not change it"),
    ],
)
def test_refused_moves(action: str, state: str, actor: Actor, assigned: str, message: str) -> None:
    with pytest.raises(WorkflowRefused, match=message):
        next_state(action, state, actor, assigned)


@pytest.mark.parametrize(
    ("state", "actor", "assigned", "message"),
    [
        ("received", SAM, "", "not been assigned yet"),
        ("assigned", SAM, "kim", "assigned to someone else"),
        ("in-review", SAM, "kim", "assigned to someone else"),
        ("ready-for-moderation", SAM, "sam", "waiting for moderation"),
        ("ready-for-moderation", LEAD, "sam", "waiting for moderation"),
        ("approved", LEAD, "sam", "can no longer be changed"),
        ("review-sent", SAM, "sam", "can no longer be changed"),
        ("in-review", MEMBER, "mo", "read the register"),
    ],
)
def test_who_may_not_edit_a_review(state: str, actor: Actor, assigned: str, message: str) -> None:
    refusal = may_edit_review(state, actor, assigned)
    assert refusal is not None and message in refusal


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
    assert "not been approved yet" in (may_send("ready-for-moderation", LEAD) or "")
    assert "not been approved yet" in (may_send("in-review", LEAD) or "")
    assert "Only a lead" in (may_send("approved", SAM) or "")
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
