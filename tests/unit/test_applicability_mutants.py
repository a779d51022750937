"""Why a criterion above the target level is left out (core/applicability.py, not_applicable), at the edges the
mutants of scripts/mutation.sh probe: a condition the organisation meets is not named as a reason as well, also
when the level alone leaves the criterion out — an income exactly at the band asked for, an activity that is
ticked. The framework is built inside each test; the expected reasons are written out by hand."""

from __future__ import annotations

from kitemark_app.core.applicability import NotApplicable, not_applicable
from kitemark_app.core.framework import Area, Condition, Criterion, Framework, Level
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile


def _framework(rule: Condition) -> Framework:
    basic = Criterion("AR-01", "Basic criterion", "Do it.", ("A document",), "Basic", True)
    higher = Criterion("AR-02", "Higher criterion", "Do more.", ("A report",), "Higher", True, applies_if=rule)
    return Framework(
        schema_="kitemark-framework/1",
        id="alpha",
        title="Alpha checklist",
        version="1",
        publisher="A test publisher",
        levels=(Level("Basic"), Level("Higher")),
        areas=(Area("AR", "Everything", (basic, higher)),),
    )


def test_an_income_exactly_at_the_band_asked_for_is_not_a_reason() -> None:
    framework = _framework(Condition(income_at_least=IncomeBand.FROM_25K_TO_100K))
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K)
    area = framework.areas[0]
    assert not_applicable(framework, profile, "Basic") == [
        NotApplicable(area, area.criteria[1], above_level=True, income_at_least=None)
    ]


def test_an_income_one_band_below_is_a_reason_with_the_level() -> None:
    framework = _framework(Condition(income_at_least=IncomeBand.FROM_25K_TO_100K))
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_10K_TO_25K)
    area = framework.areas[0]
    assert not_applicable(framework, profile, "Basic") == [
        NotApplicable(area, area.criteria[1], above_level=True, income_at_least=IncomeBand.FROM_25K_TO_100K)
    ]


def test_an_activity_that_is_ticked_is_not_a_reason() -> None:
    framework = _framework(Condition(activities_any=(Activity.WORKS_WITH_CHILDREN, Activity.WORKS_WITH_ADULTS_AT_RISK)))
    profile = Profile(LegalForm.CIO, IncomeBand.UNDER_10K, frozenset({Activity.WORKS_WITH_ADULTS_AT_RISK}))
    found = not_applicable(framework, profile, "Basic")
    assert [(item.id, item.above_level, item.activities_any) for item in found] == [("AR-02", True, ())]
