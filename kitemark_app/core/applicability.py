"""Which criteria apply to an organisation, at which target level, and which of them are mandatory."""

from __future__ import annotations

from dataclasses import dataclass

from kitemark_app.core.framework import Area, Criterion, Framework
from kitemark_app.core.profile import Profile


@dataclass(frozen=True)
class ApplicableCriterion:
    area: Area
    criterion: Criterion
    mandatory: bool

    @property
    def id(self) -> str:
        return self.criterion.id


def applies(criterion: Criterion, profile: Profile) -> bool:
    rule = criterion.applies_if
    return rule is None or rule.holds_for(profile.legal_form, profile.income_band, profile.activities)


def is_mandatory(criterion: Criterion, profile: Profile) -> bool:
    """Mandatory for everyone it applies to, or only where ``mandatory_if`` holds."""
    if criterion.mandatory:
        return True
    rule = criterion.mandatory_if
    return rule is not None and rule.holds_for(profile.legal_form, profile.income_band, profile.activities)


def applicable_criteria(framework: Framework, profile: Profile, target_level: str) -> list[ApplicableCriterion]:
    """Criteria up to and including ``target_level`` (levels are cumulative) that apply to this profile."""
    ceiling = framework.level_rank(target_level)
    return [
        ApplicableCriterion(area, criterion, is_mandatory(criterion, profile))
        for area, criterion in framework.criteria()
        if framework.level_rank(criterion.level) <= ceiling and applies(criterion, profile)
    ]
