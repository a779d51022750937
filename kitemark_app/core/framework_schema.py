"""The framework file's schema (pydantic): every rule a framework file must follow, checked when one is loaded.

Only ``parse_framework`` (``core/framework.py``) imports this module — when a framework file is chosen or
validated, or a cycle is started — so pydantic stays off the app's start-up path. The validated data is turned
into the app's plain dataclasses by ``framework_from_data``, the same function that reads stored sources.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from kitemark_app.core import framework as model
from kitemark_app.core.framework import SCHEMA, FrameworkError, FrameworkIssue
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm

_ID = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$")


def _version_as_text(value: Any) -> Any:
    # "version: 2026.1" in YAML is a float; accept it as the text the author wrote.
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _replaced_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"replaced id '{value}' must be capitals, digits and hyphens, e.g. GOV-03")
    return value


def _mapped_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(f"mapped criterion id '{value}' must be capitals, digits and hyphens, e.g. FIN-04")
    return value


def _fingerprint(value: Any) -> Any:
    if value is None or value == "":
        return None
    if not isinstance(value, str):  # YAML reads some all-digit fingerprints as numbers
        raise ValueError("write the root fingerprint in quotes, as text")
    return model.normalise_root_fingerprint(value)


#: One version's text, e.g. "2026.1" (a YAML number is read as the text written).
VersionText = Annotated[str, BeforeValidator(_version_as_text), Field(min_length=1)]

# The class names appear in some of pydantic's messages ("… instance of Condition"): they are the file's terms.


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


#: Words in another language are optional field by field; one given is not empty.
_Words = Annotated[str | None, Field(min_length=1)]


class FrameworkWords(_Strict):
    title: _Words = None
    description: _Words = None


class LevelWords(_Strict):
    name: _Words = None  # for display: the level's own name stays its identifier
    description: _Words = None


class AreaWords(_Strict):
    title: _Words = None
    description: _Words = None


class CriterionWords(_Strict):
    title: _Words = None
    guidance: _Words = None
    evidence_examples: list[Annotated[str, Field(min_length=1)]] | None = Field(default=None, min_length=1)


class FreshnessWords(_Strict):
    rule: _Words = None


# Keyed by language code; which codes are known, and whether the examples match the English one for one, is checked
# with the rest of the cross-references (core/framework_text.translation_issues), which names the place.


class Condition(_Strict):
    legal_forms: list[LegalForm] | None = None
    income_at_least: IncomeBand | None = None
    activities_any: list[Activity] | None = None


class Freshness(_Strict):
    max_age_months: int = Field(gt=0, le=120)
    rule: str = Field(min_length=1)
    translations: dict[str, FreshnessWords] = Field(default_factory=dict)


class Level(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    translations: dict[str, LevelWords] = Field(default_factory=dict)


class MapsTo(_Strict):
    framework: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    criteria: list[Annotated[str, AfterValidator(_mapped_id)]] = Field(min_length=1)
    strength: Literal["same", "partial"] = "same"


class Criterion(_Strict):
    id: str
    title: str = Field(min_length=1)
    guidance: str = Field(min_length=1)
    evidence_examples: list[str] = Field(min_length=1)
    level: str
    mandatory: bool
    applies_if: Condition | None = None
    mandatory_if: Condition | None = None
    freshness: Freshness | None = None
    replaces: list[Annotated[str, AfterValidator(_replaced_id)]] = Field(default_factory=list)
    maps_to: list[MapsTo] = Field(default_factory=list)
    personal_data: bool = False  # its evidence usually names people (DBS checks, training records)
    translations: dict[str, CriterionWords] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"criterion id '{value}' must be capitals, digits and hyphens, e.g. GOV-03")
        return value


class Area(_Strict):
    id: str = Field(pattern=r"^[A-Z][A-Z0-9]{1,9}$")
    title: str = Field(min_length=1)
    description: str = ""
    criteria: list[Criterion] = Field(min_length=1)
    translations: dict[str, AreaWords] = Field(default_factory=dict)


def _encryption_certificate(value: Any) -> Any:
    from kitemark_app.core.council_certificate import EncryptionCertificateError, check_certificate

    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("write the certificate as PEM text (a YAML block: encryption_certificate: |)")
    try:
        check_certificate(value)
    except EncryptionCertificateError as error:
        raise ValueError(f"the council's encryption certificate {error}") from None
    return value.strip()


class Council(_Strict):
    name: str = Field(min_length=1)
    contact: str = Field(min_length=1)
    root_fingerprint: Annotated[str | None, BeforeValidator(_fingerprint)] = None
    encryption_certificate: Annotated[str | None, BeforeValidator(_encryption_certificate)] = None


class Framework(_Strict):
    schema_: str = Field(alias="schema")
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    version: VersionText
    previous_version: VersionText | None = None
    publisher: str = Field(min_length=1)
    council: Council | None = None
    description: str = ""
    levels: list[Level] = Field(min_length=1)
    areas: list[Area] = Field(min_length=1)
    translations: dict[str, FrameworkWords] = Field(default_factory=dict)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: str) -> str:
        if value != SCHEMA:
            raise ValueError(f"unsupported schema '{value}' (this app reads '{SCHEMA}')")
        return value


def _path(location: tuple[int | str, ...]) -> str:
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _pydantic_issues(error: ValidationError) -> list[FrameworkIssue]:
    issues = []
    for item in error.errors():
        location = tuple(item["loc"])  # pydantic reports the file's own key names (the alias "schema" included)
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "missing":
            message = "required field is missing"
        elif item["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        elif item["type"] == "enum":
            allowed = item.get("ctx", {}).get("expected", "")
            message = f"unknown value {item.get('input')!r} (allowed: {allowed})"
        issues.append(FrameworkIssue(_path(location), message))
    return issues


def validate_framework(data: dict[str, Any]) -> model.Framework:
    """Check the parsed YAML mapping against every rule; raises FrameworkError listing every problem."""
    try:
        checked = Framework.model_validate(data)
    except ValidationError as error:
        raise FrameworkError(_pydantic_issues(error)) from None
    framework = model.framework_from_data(checked.model_dump(by_alias=True))
    issues = model.semantic_issues(framework)
    if issues:
        raise FrameworkError(issues)
    return framework
