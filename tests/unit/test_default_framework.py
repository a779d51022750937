"""The bundled default framework loads, is well formed, and its conditions pick the right criteria."""

from __future__ import annotations

import re

import pytest

from kitemark_app.core.applicability import applicable_criteria
from kitemark_app.core.framework import Framework, load_default_framework
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile

TOP = "Commissioning-ready"


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_default_framework()


def test_shape(framework: Framework) -> None:
    assert framework.id == "borough-vco-kitemark"
    assert framework.version == "2026.1"
    assert len(framework.areas) >= 10
    assert framework.criteria_count >= 48
    assert framework.level_names == ["Foundation", "Commissioning-ready"]
    assert all(level.description for level in framework.levels)


def test_ids_are_unique_and_numbered_within_their_area(framework: Framework) -> None:
    ids = [criterion.id for _, criterion in framework.criteria()]
    assert len(ids) == len(set(ids))
    assert len({area.id for area in framework.areas}) == len(framework.areas)
    for area in framework.areas:
        numbers = []
        for criterion in area.criteria:
            match = re.fullmatch(rf"{area.id}-(\d\d)", criterion.id)
            assert match, f"{criterion.id} should look like {area.id}-01"
            numbers.append(int(match.group(1)))
        assert numbers == list(range(1, len(numbers) + 1)), area.id


def test_every_criterion_has_guidance_and_evidence_examples(framework: Framework) -> None:
    for _, criterion in framework.criteria():
        assert len(criterion.guidance.split()) >= 20, criterion.id
        assert len(criterion.evidence_examples) >= 2, criterion.id
        assert all(example.strip() for example in criterion.evidence_examples), criterion.id


def test_both_levels_are_used_in_a_sensible_mix(framework: Framework) -> None:
    levels = [criterion.level for _, criterion in framework.criteria()]
    share = levels.count("Foundation") / len(levels)
    assert 0.5 <= share <= 0.75


def _safeguarding(framework: Framework, profile: Profile) -> dict[str, bool]:
    return {item.id: item.mandatory for item in applicable_criteria(framework, profile, TOP) if item.area.id == "SAF"}


def test_safeguarding_applies_and_is_mandatory_for_a_group_working_with_children(framework: Framework) -> None:
    profile = Profile(
        LegalForm.UNINCORPORATED_ASSOCIATION,
        IncomeBand.FROM_10K_TO_25K,
        frozenset({Activity.WORKS_WITH_CHILDREN, Activity.USES_VOLUNTEERS}),
    )
    found = _safeguarding(framework, profile)
    every_saf = [criterion.id for area, criterion in framework.criteria() if area.id == "SAF"]
    assert sorted(found) == sorted(every_saf)
    assert all(found.values())


def test_adults_at_risk_get_safeguarding_but_not_the_children_variant(framework: Framework) -> None:
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_100K_TO_250K, frozenset({Activity.WORKS_WITH_ADULTS_AT_RISK}))
    found = _safeguarding(framework, profile)
    assert found and all(found.values())
    assert "SAF-06" not in found


def test_safeguarding_does_not_apply_without_children_or_adults_at_risk(framework: Framework) -> None:
    profile = Profile(
        LegalForm.CIC,
        IncomeBand.OVER_1M,
        frozenset({Activity.EMPLOYS_STAFF, Activity.USES_VOLUNTEERS, Activity.HOLDS_PERSONAL_DATA}),
    )
    assert _safeguarding(framework, profile) == {}
    dbs = {item.id for item in applicable_criteria(framework, profile, TOP) if item.id == "PPL-02"}
    assert dbs == set()


def test_legal_form_and_income_conditions(framework: Framework) -> None:
    def ids(form: LegalForm, income: IncomeBand, *activities: Activity) -> set[str]:
        return {item.id for item in applicable_criteria(framework, Profile(form, income, frozenset(activities)), TOP)}

    small_group = ids(LegalForm.UNINCORPORATED_ASSOCIATION, IncomeBand.UNDER_10K)
    assert not small_group & {"GOV-03", "GOV-04", "GOV-05", "GOV-06", "FIN-02"}
    assert not {c for c in small_group if c.split("-")[0] in {"SAF", "DPR"}}
    assert {"GOV-04", "GOV-05", "FIN-02"} <= ids(LegalForm.CIC, IncomeBand.FROM_25K_TO_100K)
    assert "GOV-03" not in ids(LegalForm.CIC, IncomeBand.FROM_25K_TO_100K)
    assert {"GOV-03", "GOV-04"} <= ids(LegalForm.CHARITABLE_COMPANY, IncomeBand.FROM_100K_TO_250K)
    assert "GOV-06" in ids(LegalForm.COMMUNITY_BENEFIT_SOCIETY, IncomeBand.FROM_250K_TO_1M)
    assert "HSR-04" in ids(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, Activity.EMPLOYS_STAFF)
    assert "HSR-04" not in ids(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, Activity.USES_VOLUNTEERS)


def test_examination_is_mandatory_for_charities_only(framework: Framework) -> None:
    def mandatory(form: LegalForm) -> bool:
        profile = Profile(form, IncomeBand.FROM_25K_TO_100K)
        return next(i.mandatory for i in applicable_criteria(framework, profile, TOP) if i.id == "FIN-02")

    assert mandatory(LegalForm.CIO)
    assert not mandatory(LegalForm.CIC)


def test_foundation_target_leaves_out_commissioning_criteria(framework: Framework) -> None:
    profile = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K)
    foundation = applicable_criteria(framework, profile, "Foundation")
    assert foundation
    assert all(item.criterion.level == "Foundation" for item in foundation)
    assert len(applicable_criteria(framework, profile, TOP)) > len(foundation)
