"""The criteria framework: a YAML file the council can replace, validated on load.

Errors name the exact place in the file, e.g.
``areas[3].criteria[2].level: unknown level 'Gold' (levels are: Foundation, Commissioning-ready)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kitemark_app.core.profile import Activity, IncomeBand, LegalForm

SCHEMA = "kitemark-framework/1"
#: libyaml's safe loader is ~10x faster than the pure-Python one (the framework is parsed at start-up).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ID = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Condition(_Strict):
    """All stated parts must hold; within a list, any one item is enough."""

    legal_forms: list[LegalForm] | None = None
    income_at_least: IncomeBand | None = None
    activities_any: list[Activity] | None = None

    def holds_for(self, legal_form: LegalForm, income: IncomeBand, activities: frozenset[Activity]) -> bool:
        if self.legal_forms is not None and legal_form not in self.legal_forms:
            return False
        if self.income_at_least is not None and income.rank < self.income_at_least.rank:
            return False
        return self.activities_any is None or bool(activities.intersection(self.activities_any))


class Freshness(_Strict):
    """How recent the evidence must be: the date it represents may be at most this many months old."""

    max_age_months: int = Field(gt=0, le=120)
    rule: str = Field(min_length=1)


class Level(_Strict):
    name: str = Field(min_length=1)
    description: str = ""


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


class Framework(_Strict):
    schema_: str = Field(alias="schema")
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    version: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    description: str = ""
    levels: list[Level] = Field(min_length=1)
    areas: list[Area] = Field(min_length=1)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: str) -> str:
        if value != SCHEMA:
            raise ValueError(f"unsupported schema '{value}' (this app reads '{SCHEMA}')")
        return value

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        # "version: 2026.1" in YAML is a float; accept it as the text the author wrote.
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value

    @property
    def level_names(self) -> list[str]:
        return [level.name for level in self.levels]

    def level_rank(self, name: str) -> int:
        return self.level_names.index(name)

    def criteria(self) -> Iterator[tuple[Area, Criterion]]:
        for area in self.areas:
            for criterion in area.criteria:
                yield area, criterion

    def criterion(self, criterion_id: str) -> Criterion:
        for _, criterion in self.criteria():
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def area_of(self, criterion_id: str) -> Area:
        for area, criterion in self.criteria():
            if criterion.id == criterion_id:
                return area
        raise KeyError(criterion_id)

    @property
    def criteria_count(self) -> int:
        return sum(len(area.criteria) for area in self.areas)


@dataclass(frozen=True)
class FrameworkIssue:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class FrameworkError(Exception):
    """The framework file is not valid; ``issues`` lists every problem found."""

    def __init__(self, issues: list[FrameworkIssue]) -> None:
        super().__init__("; ".join(str(issue) for issue in issues[:3]))
        self.issues = issues


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
        location = tuple("schema" if part == "schema_" else part for part in item["loc"])
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


def _semantic_issues(framework: Framework) -> list[FrameworkIssue]:
    """Cross-references pydantic cannot see: level names, unique ids."""
    issues: list[FrameworkIssue] = []
    names = framework.level_names
    if len(set(names)) != len(names):
        issues.append(FrameworkIssue("levels", "level names must be unique"))
    seen_areas: dict[str, int] = {}
    seen_criteria: dict[str, str] = {}
    for a, area in enumerate(framework.areas):
        if area.id in seen_areas:
            issues.append(
                FrameworkIssue(f"areas[{a}].id", f"duplicate area id '{area.id}' (also areas[{seen_areas[area.id]}])")
            )
        seen_areas.setdefault(area.id, a)
        for c, criterion in enumerate(area.criteria):
            where = f"areas[{a}].criteria[{c}]"
            if criterion.level not in names:
                issues.append(
                    FrameworkIssue(
                        f"{where}.level",
                        f"unknown level '{criterion.level}' (levels are: {', '.join(names)})",
                    )
                )
            if not criterion.id.startswith(f"{area.id}-"):
                issues.append(
                    FrameworkIssue(
                        f"{where}.id", f"criterion id '{criterion.id}' must start with its area id '{area.id}-'"
                    )
                )
            if criterion.id in seen_criteria:
                issues.append(
                    FrameworkIssue(
                        f"{where}.id",
                        f"duplicate criterion id '{criterion.id}' (also {seen_criteria[criterion.id]})",
                    )
                )
            seen_criteria.setdefault(criterion.id, where)
    return issues


def parse_framework(text: str) -> Framework:
    """Parse and validate framework YAML text; raises FrameworkError listing every problem."""
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise FrameworkError([FrameworkIssue(where, f"not valid YAML: {problem}")]) from None
    if data is None:
        raise FrameworkError([FrameworkIssue("", "the file is empty")])
    if not isinstance(data, dict):
        raise FrameworkError([FrameworkIssue("", "the file must be a mapping with id, title, levels and areas")])
    try:
        framework = Framework.model_validate(data)
    except ValidationError as error:
        raise FrameworkError(_pydantic_issues(error)) from None
    issues = _semantic_issues(framework)
    if issues:
        raise FrameworkError(issues)
    return framework


def load_framework(path: Path) -> Framework:
    """Read a framework file. OSError/UnicodeDecodeError mean unreadable; FrameworkError means invalid."""
    return parse_framework(path.read_text(encoding="utf-8"))


def load_default_framework() -> Framework:
    from kitemark_app.paths import default_framework_text

    return parse_framework(default_framework_text())
