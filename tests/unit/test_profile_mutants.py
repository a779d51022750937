"""The exact words of each profile contradiction (core/profile.contradictions) that tests/unit/test_profile_
contradictions.py checks only by field: staff counted in the plural, staff ticked but not counted, a community
interest company with a charity number, a company number for a form never at Companies House; and that none of
the last two must be fixed; and the readiness check passing the words on. Killing the mutants of
scripts/mutation.sh; the sentences are written out by hand."""

from __future__ import annotations

from datetime import date

from kitemark_app.core.profile import Activity, Contradiction, IncomeBand, LegalForm, Profile, contradictions
from kitemark_app.core.readiness import readiness_problems


def _profile(*activities: Activity, form: LegalForm = LegalForm.CIO) -> Profile:
    return Profile(form, IncomeBand.FROM_25K_TO_100K, frozenset(activities))


def test_several_staff_counted_but_not_ticked() -> None:
    assert contradictions(_profile(Activity.USES_VOLUNTEERS), 3, 5) == [
        Contradiction(
            "activities",
            "The profile counts 3 members of staff, but 'Employs paid staff' is not ticked, so the criteria about "
            "staff are left out; tick it, or set the number to 0.",
            True,
        )
    ]


def test_staff_ticked_but_none_counted() -> None:
    assert contradictions(_profile(Activity.EMPLOYS_STAFF), 0, 0) == [
        Contradiction(
            "staff_count",
            "'Employs paid staff' is ticked, but the profile counts no members of staff; give their number.",
            False,
        )
    ]


def test_a_community_interest_company_with_a_charity_number() -> None:
    assert contradictions(_profile(form=LegalForm.CIC), 0, 0, charity_number="1234567", company_number="01234567") == [
        Contradiction(
            "charity_number",
            "A community interest company cannot be a registered charity; check the legal form, or remove the "
            "charity number.",
            False,
        )
    ]


def test_a_company_number_for_a_form_never_at_companies_house() -> None:
    assert contradictions(_profile(form=LegalForm.CHARITABLE_TRUST), 0, 0, company_number="01234567") == [
        Contradiction(
            "company_number",
            "The legal form is Charitable trust, which is not registered at Companies House; check the legal form, "
            "or remove the company number.",
            False,
        )
    ]


def test_the_readiness_check_carries_each_contradictions_words() -> None:
    fields = {"name": "A", "address": "B", "contact_name": "C", "contact_email": "d@e.org", "charity_number":
              "1234567", "company_number": ""}  # fmt: skip
    found = contradictions(_profile(Activity.EMPLOYS_STAFF), 0, 0)
    problems = readiness_problems([], {}, fields, LegalForm.CIO, date(2026, 12, 2), found)
    assert [(p.kind, p.message) for p in problems] == [
        (
            "profile-contradiction",
            "'Employs paid staff' is ticked, but the profile counts no members of staff; give their number.",
        )
    ]
