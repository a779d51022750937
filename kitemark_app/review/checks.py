"""Checks that speed up and steady the assessor's review, as plain rules (no Qt, no database):

* ``remaining_to_mark_met``: the criteria the organisation answered as met (or not applicable, with its reason)
  that have no verdict yet — what "Mark the remaining answered criteria as met" may fill in. Partly met, not met
  and unanswered criteria are always left for a verdict one by one.
* ``outcome_warnings``: where an award contradicts the verdicts: a mandatory criterion not met or needing more
  information (every mandatory criterion must be met, with or without conditions, for an award at the level),
  other criteria not met, criteria judged met that the organisation never answered, and an award at a level other
  than the one applied for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from kitemark_app.review.terms import Decision, Verdict

ANSWERED_AS_MET = frozenset({"met", "not-applicable"})
SHOWN = 6  # criterion ids named in one sentence before "…"


class Reviewed(Protocol):
    criterion: str
    mandatory: bool
    status: str  # the organisation's own status


def _ids(items: Sequence[Reviewed]) -> str:
    names = [c.criterion for c in items]
    return ", ".join(names[:SHOWN]) + (", …" if len(names) > SHOWN else "")


def _are_short(count: int) -> str:
    return (
        "criterion is not met or needs more information"
        if count == 1
        else "criteria are not met or need more information"
    )


def remaining_to_mark_met(criteria: Sequence[Reviewed], verdicts: Mapping[str, str]) -> list[str]:
    return [c.criterion for c in criteria if c.status in ANSWERED_AS_MET and not verdicts.get(c.criterion)]


def outcome_warnings(
    criteria: Sequence[Reviewed], verdicts: Mapping[str, str], decision: str, level: str, applied_for: str
) -> list[str]:
    if decision != Decision.AWARDED:
        return []
    short = {Verdict.NOT_MET.value, Verdict.MORE_INFORMATION.value}
    met = {Verdict.MET.value, Verdict.MET_WITH_CONDITIONS.value}
    unmet = [c for c in criteria if verdicts.get(c.criterion) in short]
    mandatory = [c for c in unmet if c.mandatory]
    others = [c for c in unmet if not c.mandatory]
    unanswered = [c for c in criteria if c.status == "not-started" and verdicts.get(c.criterion) in met]
    warnings = []
    if mandatory:
        warnings.append(
            f"{len(mandatory)} mandatory {_are_short(len(mandatory))} ({_ids(mandatory)}); every mandatory criterion "
            "must be met for an award."
        )
    if others:
        warnings.append(f"{len(others)} other {_are_short(len(others))} ({_ids(others)}).")
    if unanswered:
        warnings.append(
            f"{len(unanswered)} {'criterion' if len(unanswered) == 1 else 'criteria'} judged met "
            f"{'was' if len(unanswered) == 1 else 'were'} never answered by the organisation ({_ids(unanswered)})."
        )
    if level.strip() and applied_for.strip() and level.strip() != applied_for.strip():
        warnings.append(f"The award is at {level.strip()}, but the organisation applied for {applied_for.strip()}.")
    return warnings
