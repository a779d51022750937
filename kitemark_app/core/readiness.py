"""What stands between a workspace and a submission: the readiness check, from plain data.

A problem either must be fixed before export (``must_fix``) or may be acknowledged and submitted as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from kitemark_app.core.applicability import ApplicableCriterion
from kitemark_app.core.freshness import Staleness, needs_date, staleness
from kitemark_app.core.names import invisible_characters_problem
from kitemark_app.core.profile import (
    COMPANY_FORMS,
    Contradiction,
    LegalForm,
    charity_number_problem,
    company_number_problem,
)
from kitemark_app.core.status import ResponseStatus


@dataclass(frozen=True)
class EvidenceFacts:
    id: int
    title: str
    document_date: date | None
    review_by: date | None
    #: Whether the organisation said it contains personal data (None: not said).
    personal_data: bool | None = None
    #: The pack carries a copy with parts hidden (evidence/redaction.py).
    redacted: bool = False


@dataclass(frozen=True)
class ResponseFacts:
    status: ResponseStatus = ResponseStatus.NOT_STARTED
    na_reason: str = ""
    evidence: tuple[EvidenceFacts, ...] = field(default_factory=tuple)
    #: Why an answer carried to a new framework version should be checked ("" when confirmed or never flagged).
    needs_recheck: str = ""


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str
    must_fix: bool
    criterion: str = ""  # empty for problems with the organisation profile
    evidence_id: int | None = None
    profile_field: str = ""
    #: The criterion's title and the file's, as they are in the message (so the GUI can say it in its language);
    #: the message already holds them, so they take no part in comparing two problems.
    title: str = field(default="", compare=False)
    evidence_title: str = field(default="", compare=False)
    #: Why the file is out of date, as data (for a stale-evidence or undated-evidence problem).
    staleness: Staleness | None = field(default=None, compare=False)

    def as_json(self) -> dict[str, str]:
        return {"criterion": self.criterion, "kind": self.kind, "message": self.message}


REQUIRED_PROFILE_FIELDS = {
    "name": "organisation name",
    "address": "address",
    "contact_name": "contact person",
    "contact_email": "contact email",
}


def profile_problems(
    fields: Mapping[str, str | None], legal_form: LegalForm, contradicting: Sequence[Contradiction] = ()
) -> list[Problem]:
    problems = [
        Problem("missing-profile-field", f"The profile has no {label}.", True, profile_field=name)
        for name, label in REQUIRED_PROFILE_FIELDS.items()
        if not (fields.get(name) or "").strip()
    ]
    charity = (fields.get("charity_number") or "").strip()
    company = (fields.get("company_number") or "").strip()
    if legal_form is LegalForm.CIO and not charity:
        problems.append(
            Problem(
                "missing-profile-field",
                "A CIO must give its charity number.",
                True,
                profile_field="charity_number",
            )
        )
    if legal_form in COMPANY_FORMS and not company:
        problems.append(
            Problem(
                "missing-profile-field",
                "A company must give its Companies House number.",
                True,
                profile_field="company_number",
            )
        )
    if reason := invisible_characters_problem(fields.get("name") or ""):
        problems.append(Problem("invalid-profile-field", reason, True, profile_field="name"))
    if charity and (reason := charity_number_problem(charity)):
        problems.append(Problem("invalid-profile-field", reason, True, profile_field="charity_number"))
    if company and (reason := company_number_problem(company)):
        problems.append(Problem("invalid-profile-field", reason, True, profile_field="company_number"))
    problems += [Problem("profile-contradiction", c.message, c.must_fix, profile_field=c.field) for c in contradicting]
    return problems


def criterion_problems(item: ApplicableCriterion, response: ResponseFacts, today: date) -> list[Problem]:
    """The problems with one criterion's answer, each named in words: its id and title, then what is wrong."""
    cid, title = item.id, item.criterion.title
    named = f"{cid} {title}"
    problems: list[Problem] = []
    if response.needs_recheck.strip():
        problems.append(
            Problem("needs-recheck", f"{named} — {response.needs_recheck.strip()}", False, cid, title=title)
        )
    if not response.status.answered:
        if item.mandatory:
            problems.append(
                Problem("unanswered-mandatory", f"{named} — mandatory, not answered yet.", True, cid, title=title)
            )
        else:
            problems.append(Problem("unanswered", f"{named} — not answered yet.", False, cid, title=title))
        return problems
    if response.status is ResponseStatus.NOT_APPLICABLE and not response.na_reason.strip():
        problems.append(
            Problem("na-without-reason", f"{named} — not applicable, but no reason given.", True, cid, title=title)
        )
    if item.mandatory and response.status is ResponseStatus.NOT_MET:
        problems.append(
            Problem(
                "mandatory-not-met",
                f"{named} — mandatory and not met; add an action saying how and when it will be met.",
                False,
                cid,
                title=title,
            )
        )
    if item.mandatory and response.status.needs_evidence and not response.evidence:
        problems.append(
            Problem("mandatory-without-evidence", f"{named} — mandatory, no evidence linked.", True, cid, title=title)
        )
    if response.status is not ResponseStatus.NOT_APPLICABLE:
        for evidence in response.evidence:
            stale = staleness(item.criterion, evidence.document_date, evidence.review_by, today)
            if stale is not None:
                kind = (
                    "undated-evidence"
                    if needs_date(item.criterion, evidence.document_date, evidence.review_by, today)
                    else "stale-evidence"
                )
                problems.append(Problem(kind, f"{named} — '{evidence.title}' {stale.sentence()}.", False, cid,
                                        evidence.id, title=title, evidence_title=evidence.title,
                                        staleness=stale))  # fmt: skip
            if reason := personal_data_reason(item.criterion.personal_data, evidence):
                problems.append(Problem("personal-data", f"{named} — '{evidence.title}' {reason}", False, cid,
                                        evidence.id, title=title, evidence_title=evidence.title))  # fmt: skip
    return problems


def personal_data_reason(criterion_flagged: bool, evidence: EvidenceFacts) -> str:
    """Why a file may carry personal data to the council as it is (the end of a sentence), or ""."""
    if evidence.redacted or evidence.personal_data is False:
        return ""
    if evidence.personal_data:
        return CONTAINS_PERSONAL_DATA
    if criterion_flagged:
        return MAY_NAME_PEOPLE
    return ""


CONTAINS_PERSONAL_DATA = (
    "contains personal data: send a copy with the personal parts hidden (or a summary), or send it as it is if the "
    "assessor needs them."
)
MAY_NAME_PEOPLE = (
    "may name people (this criterion's evidence often does): say whether it does in the evidence library, then hide "
    "the personal parts or send it as it is."
)


def readiness_problems(
    applicable: Sequence[ApplicableCriterion],
    responses: Mapping[str, ResponseFacts],
    profile_fields: Mapping[str, str | None],
    legal_form: LegalForm,
    today: date,
    contradicting: Sequence[Contradiction] = (),
) -> list[Problem]:
    """Every problem, profile first, then criteria in framework order."""
    problems = profile_problems(profile_fields, legal_form, contradicting)
    for item in applicable:
        problems.extend(criterion_problems(item, responses.get(item.id, ResponseFacts()), today))
    return problems
