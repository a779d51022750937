"""The assessor's verdicts on criteria and decisions on a pack, with their labels.

Apart from ``review/model.py`` (pydantic) so the main window's start-up can read a stored review's summary
without importing pydantic; ``review.model`` re-exports them.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    MET = "met"
    MET_WITH_CONDITIONS = "met-with-conditions"
    NOT_MET = "not-met"
    MORE_INFORMATION = "more-information"

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]

    @property
    def needs_action(self) -> bool:
        """Verdicts the VCO has to act on (they become action items on import)."""
        return self is not Verdict.MET


VERDICT_LABELS = {
    Verdict.MET: "Met",
    Verdict.MET_WITH_CONDITIONS: "Met with conditions",
    Verdict.NOT_MET: "Not met",
    Verdict.MORE_INFORMATION: "More information needed",
}


class Decision(StrEnum):
    AWARDED = "awarded"
    RESUBMIT = "resubmit"
    NOT_AWARDED = "not-awarded"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS = {
    Decision.AWARDED: "Kitemark awarded",
    Decision.RESUBMIT: "Resubmission requested",
    Decision.NOT_AWARDED: "Not awarded",
}
