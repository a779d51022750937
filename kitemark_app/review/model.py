"""``review.json``: what the assessor decided about one pack, checked strictly on both sides.

The assessor's app builds a ``Review`` from what was recorded and embeds its JSON in the signed review; the VCO's
app parses it with ``parse_review`` after the signature has been verified. Anything outside the contract is
refused (``extra="forbid"``, strict types), and the rules that make a verdict usable hold: a condition always
comes with a deadline, an award with a level and an expiry, a request to resubmit with a date.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

# The verdicts and decisions live in review/terms.py (no pydantic: the main window's start-up reads them).
from kitemark_app.review.terms import DECISION_LABELS as DECISION_LABELS
from kitemark_app.review.terms import VERDICT_LABELS as VERDICT_LABELS
from kitemark_app.review.terms import Decision as Decision
from kitemark_app.review.terms import Verdict as Verdict
from kitemark_app.sentences import Said, say

SCHEMA = "kitemark-review/1"
REVIEW_NAME = "review.json"
FIELD_NAME = "KitemarkReview"

Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Text = Annotated[str, Field(max_length=100_000)]
Name = Annotated[str, Field(min_length=1, max_length=500)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class FrameworkRef(_Strict):
    id: Text
    version: Text
    title: Text


class ReviewedOrganisation(_Strict):
    name: Name
    root_fingerprint: Hex64


class Assessor(_Strict):
    name: Name
    organisation: Text
    root_fingerprint: Hex64


class CriterionReview(_Strict):
    criterion: Annotated[str, Field(min_length=1, max_length=40)]
    verdict: Verdict
    condition: Text = ""
    deadline: date | None = None
    comment: Text = ""

    @model_validator(mode="after")
    def _condition_has_deadline(self) -> CriterionReview:
        if self.verdict is Verdict.MET_WITH_CONDITIONS and not (self.condition.strip() and self.deadline):
            raise ValueError(
                say(
                    "{criterion}: a verdict 'met with conditions' needs the condition and a deadline",
                    criterion=self.criterion,
                )
            )
        return self


class Outcome(_Strict):
    decision: Decision
    level: Text = ""
    valid_until: date | None = None
    resubmit_by: date | None = None
    summary: Text = ""

    @model_validator(mode="after")
    def _complete(self) -> Outcome:
        if self.decision is Decision.AWARDED and not (self.level.strip() and self.valid_until):
            raise ValueError(say("an award needs the level and the date it is valid until"))
        if self.decision is Decision.RESUBMIT and self.resubmit_by is None:
            raise ValueError(say("a request to resubmit needs the date to resubmit by"))
        return self


class Review(_Strict):
    """The content of ``review.json``."""

    schema_: Annotated[str, Field(alias="schema", pattern=f"^{SCHEMA}$")] = SCHEMA
    app_version: Text
    created_at: datetime
    pack_sha256: Hex64
    pack_file_name: Text
    organisation: ReviewedOrganisation
    framework: FrameworkRef
    assessor: Assessor
    verdicts: Annotated[list[CriterionReview], Field(max_length=10_000)]
    outcome: Outcome

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one_verdict_per_criterion(self) -> Review:
        seen: set[str] = set()
        for item in self.verdicts:
            if item.criterion in seen:
                raise ValueError(say("criterion {criterion} has two verdicts", criterion=item.criterion))
            seen.add(item.criterion)
        return self

    def verdict_for(self, criterion: str) -> CriterionReview | None:
        return next((v for v in self.verdicts if v.criterion == criterion), None)

    def to_bytes(self) -> bytes:
        data = self.model_dump(mode="json", by_alias=True)
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


class ReviewProblem(Exception):
    """``review.json`` is not well-formed; ``str()`` is one plain sentence."""


def parse_review(data: bytes) -> Review:
    try:
        text = data.decode("utf-8")
        json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ReviewProblem(say("the review's data (review.json) is not valid UTF-8 JSON")) from None
    try:
        # JSON has no date type: dates arrive as strings, which strict mode accepts only from JSON input.
        return Review.model_validate_json(text, strict=True)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "review"
        cause = first.get("ctx", {}).get("error")  # one of the validators' said sentences, or pydantic's own words
        said = cause.args[0] if isinstance(cause, ValueError) and len(cause.args) == 1 else None
        message = said if isinstance(said, Said) else str(first["msg"]).removeprefix("Value error, ")
        raise ReviewProblem(
            say("the review's data is not well-formed ({where}: {message})", where=where, message=message)
        ) from None
