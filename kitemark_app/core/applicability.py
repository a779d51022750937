"""Which criteria apply to an organisation, at which target level, and which of them are mandatory; and, for the
others, why not (so that a gap in the numbering, GOV-01 then GOV-03, can be explained where it is seen)."""

from __future__ import annotations

from dataclasses import dataclass

from kitemark_app.core.framework import Area, Condition, Criterion, Framework
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile


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


@dataclass(frozen=True)
class NotApplicable:
    """A criterion this organisation does not answer, with every reason that holds (at least one)."""

    area: Area
    criterion: Criterion
    #: The criterion's level is above the target level.
    above_level: bool = False
    #: Only for these legal forms, and the organisation's is not one of them.
    legal_forms: tuple[LegalForm, ...] = ()
    #: Only from this income band up, and the organisation's income is lower.
    income_at_least: IncomeBand | None = None
    #: Only when one of these activities is ticked, and none is.
    activities_any: tuple[Activity, ...] = ()

    @property
    def id(self) -> str:
        return self.criterion.id


def not_applicable(framework: Framework, profile: Profile, target_level: str) -> list[NotApplicable]:
    """Every criterion ``applicable_criteria`` leaves out, in framework order, and why."""
    ceiling = framework.level_rank(target_level)
    found = []
    for area, criterion in framework.criteria():
        above = framework.level_rank(criterion.level) > ceiling
        if not above and applies(criterion, profile):
            continue
        rule = criterion.applies_if or Condition()
        forms = rule.legal_forms if rule.legal_forms is not None and profile.legal_form not in rule.legal_forms else ()
        income = rule.income_at_least
        if income is not None and profile.income_band.rank >= income.rank:
            income = None
        activities = rule.activities_any or ()
        if profile.activities.intersection(activities):
            activities = ()
        found.append(NotApplicable(area, criterion, above, forms, income, activities))
    return found
