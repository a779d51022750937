"""A pack's life in the council team, as rules: which move is allowed from which state, and to whom.

received → assigned → in review → ready for moderation → approved → review sent; a moderator may instead return
it to the assessor (back to in review, with a note). A lead assigns, moderates and sends; the assessor a pack is
assigned to reviews it and puts it forward. Approval needs a second officer: never the pack's own assessor. On a
single officer's register (SQLite) that person holds every duty, so moderation by oneself is allowed there.
PostgreSQL enforces the same rules again at the database (``roles.py``), whatever a client does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kitemark_app.errors import KitemarkError

#: Days from receipt a review should be sent by (the team's target; a setting may change it).
REVIEW_TARGET_DAYS = 28
#: Awards expiring within this many days are flagged in the queue.
EXPIRY_WARNING_DAYS = 90


class State(StrEnum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_REVIEW = "in-review"
    READY = "ready-for-moderation"
    APPROVED = "approved"
    SENT = "review-sent"


LABELS = {
    State.RECEIVED: "Received",
    State.ASSIGNED: "Assigned",
    State.IN_REVIEW: "In review",
    State.READY: "Ready for moderation",
    State.APPROVED: "Approved",
    State.SENT: "Review sent",
}


class WorkflowRefused(KitemarkError):
    """The move is not allowed from this state, or not for this officer."""


@dataclass(frozen=True)
class Actor:
    officer: str
    role: str  # "lead", "assessor" or "read-only"
    single_officer: bool = False

    @property
    def is_lead(self) -> bool:
        return self.role == "lead"


@dataclass(frozen=True)
class Move:
    to: State
    starts: frozenset[State]
    lead_only: bool
    verb: str


MOVES = {
    "assign": Move(State.ASSIGNED, frozenset({State.RECEIVED, State.ASSIGNED, State.IN_REVIEW}), True, "assign a pack"),
    "start": Move(State.IN_REVIEW, frozenset({State.ASSIGNED}), False, "start reviewing a pack"),
    "submit": Move(State.READY, frozenset({State.IN_REVIEW}), False, "put a review forward for moderation"),
    "approve": Move(State.APPROVED, frozenset({State.READY}), True, "approve a review"),
    "return": Move(State.IN_REVIEW, frozenset({State.READY}), True, "return a review to its assessor"),
    "send": Move(State.SENT, frozenset({State.APPROVED}), True, "send a signed review"),
}


def next_state(action: str, state: str, actor: Actor, assigned_to: str) -> State:
    """The state after ``action``, or ``WorkflowRefused`` with the sentence saying why not."""
    move = MOVES[action]
    current = State(state)
    if actor.role == "read-only":
        raise WorkflowRefused("Your login may read the register but not change it.")
    if current not in move.starts:
        raise WorkflowRefused(f"A pack that is '{LABELS[current]}' cannot be {_past(action)}.")
    if move.lead_only and not actor.is_lead:
        raise WorkflowRefused(f"Only a lead may {move.verb}; ask your lead.")
    if not move.lead_only and assigned_to != actor.officer and not actor.is_lead:
        raise WorkflowRefused("This pack is assigned to someone else; ask your lead to reassign it.")
    if action == "approve" and assigned_to == actor.officer and not actor.single_officer:
        raise WorkflowRefused("A second officer approves a review; you cannot approve your own.")
    return move.to


def _past(action: str) -> str:
    return {
        "assign": "assigned",
        "start": "started",
        "submit": "put forward for moderation",
        "approve": "approved",
        "return": "returned",
        "send": "sent",
    }[action]


def may_edit_review(state: str, actor: Actor, assigned_to: str) -> str | None:
    """None when ``actor`` may change the review's verdicts and outcome now, else the sentence why not."""
    if actor.role == "read-only":
        return "Your login may read the register but not change it."
    if actor.single_officer:
        return None  # one officer holds every duty; a sent review may be corrected and sent again
    current = State(state)
    if current in {State.APPROVED, State.SENT}:
        return f"This review is '{LABELS[current]}', so it can no longer be changed."
    if current is State.READY:
        return "This review is waiting for moderation; the moderator may return it to you for changes."
    if current is State.RECEIVED and not actor.is_lead:
        return "This pack has not been assigned yet; ask your lead to assign it to you."
    if assigned_to != actor.officer and not actor.is_lead:
        return "This pack is assigned to someone else; ask your lead to reassign it."
    return None


def may_send(state: str, actor: Actor) -> str | None:
    """None when the signed review may be written now (a team needs approval first), else why not."""
    if actor.single_officer:
        return None
    if not actor.is_lead:
        return "Only a lead sends a signed review, once a second officer has approved it."
    if State(state) not in {State.APPROVED, State.SENT}:
        return "This review has not been approved yet; a second officer moderates it before it is sent."
    return None


def due_by(received: date, target_days: int = REVIEW_TARGET_DAYS) -> date:
    return received + timedelta(days=target_days)


def is_overdue(state: str, due: date | None, today: date) -> bool:
    """Past its due date (the day after it) and the review not yet sent."""
    return due is not None and today > due and State(state) is not State.SENT


def expires_soon(valid_until: date | None, today: date, days: int = EXPIRY_WARNING_DAYS) -> bool:
    """An award still valid today that ends within ``days`` (the last day counts)."""
    return valid_until is not None and today <= valid_until <= today + timedelta(days=days)
