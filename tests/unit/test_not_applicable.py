"""Why a criterion does not apply (core/applicability.py): every criterion is either applicable or left out with
each reason that holds — the level, the legal form, the income, the activities — and never both."""

from __future__ import annotations

import pytest

from kitemark_app.core.applicability import NotApplicable, applicable_criteria, not_applicable
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile
from tests.unit.test_rules import FRAMEWORK

SMALL = Profile(LegalForm.UNINCORPORATED_ASSOCIATION, IncomeBand.UNDER_10K)


def left_out(profile: Profile, level: str = "Commissioning-ready") -> dict[str, NotApplicable]:
    return {item.id: item for item in not_applicable(FRAMEWORK, profile, level)}


def test_a_criterion_above_the_target_level_is_left_out_for_its_level() -> None:
    found = left_out(SMALL, "Foundation")["GOV-02"]
    assert found.above_level and found.criterion.level == "Commissioning-ready"
    assert (found.legal_forms, found.income_at_least, found.activities_any) == ((), None, ())
    assert "GOV-02" not in left_out(SMALL)


def test_activities_that_are_not_ticked_are_the_reason() -> None:
    found = left_out(SMALL)["SAF-01"]
    assert found.activities_any == (Activity.WORKS_WITH_CHILDREN, Activity.WORKS_WITH_ADULTS_AT_RISK)
    assert not found.above_level
    adults = Profile(LegalForm.CIO, IncomeBand.UNDER_10K, frozenset({Activity.WORKS_WITH_ADULTS_AT_RISK}))
    assert "SAF-01" not in left_out(adults)


@pytest.mark.parametrize(
    ("profile", "forms", "income"),
    [
        (SMALL, (LegalForm.CIO, LegalForm.CHARITABLE_COMPANY), IncomeBand.FROM_25K_TO_100K),  # both fail
        (Profile(LegalForm.CIO, IncomeBand.UNDER_10K), (), IncomeBand.FROM_25K_TO_100K),  # only the income
        (Profile(LegalForm.CIC, IncomeBand.OVER_1M), (LegalForm.CIO, LegalForm.CHARITABLE_COMPANY), None),
        (Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K), None, None),  # the band itself is enough: applies
    ],
)
def test_only_the_conditions_that_fail_are_named(
    profile: Profile, forms: tuple[LegalForm, ...] | None, income: IncomeBand | None
) -> None:
    found = left_out(profile).get("FIN-01")
    if forms is None:
        assert found is None
        return
    assert found is not None and found.legal_forms == forms and found.income_at_least == income


@pytest.mark.parametrize("level", ["Foundation", "Commissioning-ready"])
@pytest.mark.parametrize(
    "profile",
    [
        SMALL,
        Profile(LegalForm.CIO, IncomeBand.OVER_1M, frozenset(Activity)),
        Profile(LegalForm.CIC, IncomeBand.UNDER_10K),
    ],
)
def test_every_criterion_is_either_applicable_or_left_out_with_a_reason(profile: Profile, level: str) -> None:
    applicable = [item.id for item in applicable_criteria(FRAMEWORK, profile, level)]
    excluded = not_applicable(FRAMEWORK, profile, level)
    assert sorted(applicable + [item.id for item in excluded]) == sorted(c.id for _, c in FRAMEWORK.criteria())
    assert not set(applicable) & {item.id for item in excluded}
    for item in excluded:
        assert item.above_level or item.legal_forms or item.income_at_least or item.activities_any
        assert item.area.id == FRAMEWORK.area_of(item.id).id
