"""The organisation facts that decide which criteria apply: legal form, income band and activities."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from kitemark_app.sentences import Said, Word, say


class LegalForm(StrEnum):
    UNINCORPORATED_ASSOCIATION = "unincorporated-association"
    CHARITABLE_TRUST = "charitable-trust"
    CIO = "cio"
    CHARITABLE_COMPANY = "charitable-company"
    CIC = "cic"
    COMMUNITY_BENEFIT_SOCIETY = "community-benefit-society"

    @property
    def label(self) -> str:
        return LEGAL_FORM_LABELS[self]


LEGAL_FORM_LABELS = {
    LegalForm.UNINCORPORATED_ASSOCIATION: "Unincorporated association",
    LegalForm.CHARITABLE_TRUST: "Charitable trust",
    LegalForm.CIO: "Charitable incorporated organisation (CIO)",
    LegalForm.CHARITABLE_COMPANY: "Charitable company limited by guarantee",
    LegalForm.CIC: "Community interest company (CIC)",
    LegalForm.COMMUNITY_BENEFIT_SOCIETY: "Community benefit society",
}

#: Forms registered at Companies House, so a company number is expected.
COMPANY_FORMS = frozenset({LegalForm.CHARITABLE_COMPANY, LegalForm.CIC})


class IncomeBand(StrEnum):
    """Annual income bands, in ascending order (the order is used by ``income_at_least``)."""

    UNDER_10K = "under-10k"
    FROM_10K_TO_25K = "10k-25k"
    FROM_25K_TO_100K = "25k-100k"
    FROM_100K_TO_250K = "100k-250k"
    FROM_250K_TO_1M = "250k-1m"
    OVER_1M = "over-1m"

    @property
    def rank(self) -> int:
        return list(IncomeBand).index(self)

    @property
    def label(self) -> str:
        return INCOME_BAND_LABELS[self]


#: Each pound of yearly income in exactly one band: a band starts where the one below it ends (an income of exactly
#: £25,000 is in "£25,000 to £99,999", as the Charity Commission's thresholds count "£25,000 or more").
INCOME_BAND_LABELS = {
    IncomeBand.UNDER_10K: "Under £10,000",
    IncomeBand.FROM_10K_TO_25K: "£10,000 to £24,999",
    IncomeBand.FROM_25K_TO_100K: "£25,000 to £99,999",
    IncomeBand.FROM_100K_TO_250K: "£100,000 to £249,999",
    IncomeBand.FROM_250K_TO_1M: "£250,000 to £999,999",
    IncomeBand.OVER_1M: "£1 million or more",
}

#: Where each band starts, for "only from an income of … a year".
INCOME_FLOORS = {
    IncomeBand.UNDER_10K: "£0",
    IncomeBand.FROM_10K_TO_25K: "£10,000",
    IncomeBand.FROM_25K_TO_100K: "£25,000",
    IncomeBand.FROM_100K_TO_250K: "£100,000",
    IncomeBand.FROM_250K_TO_1M: "£250,000",
    IncomeBand.OVER_1M: "£1 million",
}


class Activity(StrEnum):
    WORKS_WITH_CHILDREN = "works-with-children"
    WORKS_WITH_ADULTS_AT_RISK = "works-with-adults-at-risk"
    EMPLOYS_STAFF = "employs-staff"
    USES_VOLUNTEERS = "uses-volunteers"
    HOLDS_PERSONAL_DATA = "holds-personal-data"
    RUNS_PREMISES = "runs-premises"

    @property
    def label(self) -> str:
        return ACTIVITY_LABELS[self]


ACTIVITY_LABELS = {
    Activity.WORKS_WITH_CHILDREN: "Works with children or young people",
    Activity.WORKS_WITH_ADULTS_AT_RISK: "Works with adults at risk",
    Activity.EMPLOYS_STAFF: "Employs paid staff",
    Activity.USES_VOLUNTEERS: "Uses volunteers",
    Activity.HOLDS_PERSONAL_DATA: "Holds personal data about people",
    Activity.RUNS_PREMISES: "Runs or manages premises",
}


@dataclass(frozen=True)
class Profile:
    """Just the facts the applicability rules need; built from the database or a form."""

    legal_form: LegalForm
    income_band: IncomeBand
    activities: frozenset[Activity] = field(default_factory=frozenset)


_CHARITY_NUMBER = re.compile(r"^(?:\d{6,7}(?:-\d{1,2})?|SC\d{6})$")
_COMPANY_NUMBER = re.compile(r"^(?:\d{8}|[A-Z]{2}\d{6})$")


def normalise_registration_number(value: str) -> str:
    return re.sub(r"\s+", "", value).upper()


def charity_number_problem(value: str) -> str | None:
    """None when ``value`` is a valid England/Wales or Scottish charity number, else why not."""
    if _CHARITY_NUMBER.match(normalise_registration_number(value)):
        return None
    return "A charity number is 6 or 7 digits (with -1, -2… for a linked charity), or SC and 6 digits in Scotland."


def company_number_problem(value: str) -> str | None:
    """None when ``value`` looks like a Companies House number, else why not."""
    if _COMPANY_NUMBER.match(normalise_registration_number(value)):
        return None
    return "A Companies House number is 8 digits (keep leading zeros), or 2 letters and 6 digits (e.g. SC123456)."


# --- answers that contradict each other ----------------------------------------------------------------

#: The legal forms that are never on the register of companies (a company number for them is a mistake).
NON_COMPANY_FORMS = frozenset({LegalForm.UNINCORPORATED_ASSOCIATION, LegalForm.CHARITABLE_TRUST, LegalForm.CIO})


@dataclass(frozen=True)
class Contradiction:
    field: str  # where it is fixed: a profile field (activities for the ticks)
    message: str
    must_fix: bool  # True when it hides criteria that should apply


def _counted(activity: Activity, count: int) -> Said:
    """The profile counts people but does not tick what they do (said whole, so that each can be translated)."""
    label = Word(activity.label)
    if activity is Activity.USES_VOLUNTEERS and count == 1:
        return say("The profile counts 1 volunteer, but '{activity}' is not ticked, so the criteria about volunteers "
                   "are left out; tick it, or set the number to 0.", activity=label)  # fmt: skip
    if activity is Activity.USES_VOLUNTEERS:
        return say("The profile counts {count} volunteers, but '{activity}' is not ticked, so the criteria about "
                   "volunteers are left out; tick it, or set the number to 0.", count=count, activity=label)  # fmt: skip
    if count == 1:
        return say("The profile counts 1 member of staff, but '{activity}' is not ticked, so the criteria about "
                   "staff are left out; tick it, or set the number to 0.", activity=label)  # fmt: skip
    return say("The profile counts {count} members of staff, but '{activity}' is not ticked, so the criteria about "
               "staff are left out; tick it, or set the number to 0.", count=count, activity=label)  # fmt: skip


def _uncounted(activity: Activity) -> Said:
    """The profile ticks what people do but counts none of them."""
    label = Word(activity.label)
    if activity is Activity.USES_VOLUNTEERS:
        return say("'{activity}' is ticked, but the profile counts no volunteers; give their number.", activity=label)
    return say("'{activity}' is ticked, but the profile counts no members of staff; give their number.", activity=label)


def contradictions(
    profile: Profile, staff: int, volunteers: int, charity_number: str = "", company_number: str = ""
) -> list[Contradiction]:
    """Profile answers that cannot all be true. Counts against ticks hide criteria, so they must be fixed; the
    legal form against a registration number is for the organisation to check."""
    found = []
    for count, activity, counted in (
        (volunteers, Activity.USES_VOLUNTEERS, "volunteer_count"),
        (staff, Activity.EMPLOYS_STAFF, "staff_count"),
    ):
        ticked = activity in profile.activities
        if count > 0 and not ticked:
            found.append(Contradiction("activities", _counted(activity, count), True))
        elif ticked and count == 0:
            found.append(Contradiction(counted, _uncounted(activity), False))
    if charity_number.strip() and profile.legal_form is LegalForm.CIC:
        found.append(Contradiction("charity_number", say(
            "A community interest company cannot be a registered charity; check the legal form, or remove the "
            "charity number."), False))  # fmt: skip
    if company_number.strip() and profile.legal_form in NON_COMPANY_FORMS:
        found.append(Contradiction("company_number", say(
            "The legal form is {legal_form}, which is not registered at Companies House; check the legal form, or "
            "remove the company number.", legal_form=Word(profile.legal_form.label)), False))  # fmt: skip
    return found
