"""Profile answers that contradict each other (core/profile.contradictions): each rule alone, at its boundary
(0 and 1 people), and how the readiness check lists them."""

from __future__ import annotations

from datetime import date

import pytest

from kitemark_app.core.profile import Activity, Contradiction, IncomeBand, LegalForm, Profile, contradictions
from kitemark_app.core.readiness import readiness_problems


def profile(*activities: Activity, form: LegalForm = LegalForm.CIO) -> Profile:
    return Profile(form, IncomeBand.FROM_25K_TO_100K, frozenset(activities))


def test_consistent_answers_have_no_contradiction() -> None:
    assert contradictions(profile(Activity.USES_VOLUNTEERS, Activity.EMPLOYS_STAFF), 3, 12, "1234567", "") == []
    assert contradictions(profile(), 0, 0) == []


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, []),
        (1, [Contradiction("activities", "The profile counts 1 volunteer, but 'Uses volunteers' is not ticked, so "
                           "the criteria about volunteers are left out; tick it, or set the number to 0.", True)]),
        (12, [Contradiction("activities", "The profile counts 12 volunteers, but 'Uses volunteers' is not ticked, "
                            "so the criteria about volunteers are left out; tick it, or set the number to 0.", True)]),
    ],
)  # fmt: skip
def test_volunteers_counted_but_not_ticked(count: int, expected: list[Contradiction]) -> None:
    assert contradictions(profile(), 0, count) == expected


def test_staff_counted_but_not_ticked_must_be_fixed() -> None:
    (found,) = contradictions(profile(), 1, 0)
    assert found.field == "activities" and found.must_fix
    assert found.message == (
        "The profile counts 1 member of staff, but 'Employs paid staff' is not ticked, so the criteria about staff are "
        "left out; tick it, or set the number to 0."
    )


def test_ticked_but_none_counted_is_a_point_to_check() -> None:
    assert contradictions(profile(Activity.USES_VOLUNTEERS), 0, 0) == [
        Contradiction(
            "volunteer_count",
            "'Uses volunteers' is ticked, but the profile counts no volunteers; give their number.",
            False,
        )
    ]
    (staff,) = contradictions(profile(Activity.EMPLOYS_STAFF), 0, 0)
    assert staff.field == "staff_count" and not staff.must_fix
    assert contradictions(profile(Activity.EMPLOYS_STAFF), 1, 0) == []


@pytest.mark.parametrize("form", list(LegalForm))
def test_a_company_number_only_for_forms_at_companies_house(form: LegalForm) -> None:
    found = contradictions(profile(form=form), 0, 0, company_number="01234567")
    never_companies = {LegalForm.UNINCORPORATED_ASSOCIATION, LegalForm.CHARITABLE_TRUST, LegalForm.CIO}
    assert [c.field for c in found] == (["company_number"] if form in never_companies else [])
    assert contradictions(profile(form=form), 0, 0, company_number="  ") == []


@pytest.mark.parametrize("form", list(LegalForm))
def test_a_cic_is_never_a_registered_charity(form: LegalForm) -> None:
    found = contradictions(profile(form=form), 0, 0, charity_number="1234567")
    assert [c.field for c in found] == (["charity_number"] if form is LegalForm.CIC else [])


def test_the_readiness_check_lists_them_with_the_field_to_go_to() -> None:
    fields = {"name": "A", "address": "B", "contact_name": "C", "contact_email": "d@e.org", "charity_number":
              "1234567", "company_number": ""}  # fmt: skip
    found = contradictions(profile(Activity.USES_VOLUNTEERS), 2, 0)  # 2 staff not ticked; volunteers none
    problems = readiness_problems([], {}, fields, LegalForm.CIO, date(2026, 12, 2), found)
    assert sorted((p.kind, p.profile_field, p.must_fix) for p in problems) == [
        ("profile-contradiction", "activities", True),
        ("profile-contradiction", "volunteer_count", False),
    ]
