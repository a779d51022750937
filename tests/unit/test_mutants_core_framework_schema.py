"""The framework schema's messages (core/framework_schema.py) for values outside a list: the value, and every value
allowed in the order the app defines them (core/profile.py), joined as pydantic joins them ("'a', 'b' or 'c'").
Tests written to kill the mutants of scripts/mutation.sh."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import pytest
import yaml

from kitemark_app.core.framework import FrameworkError, parse_framework
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm
from tests.unit.test_mutants_core_framework import GOOD


def allowed(values: type[StrEnum]) -> str:
    quoted = [f"'{v.value}'" for v in values]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def issues_after(change: Any) -> list[str]:
    data = yaml.safe_load(GOOD)
    change(data["areas"][1]["criteria"][0])
    with pytest.raises(FrameworkError) as caught:
        parse_framework(yaml.safe_dump(data, sort_keys=False))
    return [str(issue) for issue in caught.value.issues]


def test_an_unknown_legal_form_lists_the_known_ones() -> None:
    assert issues_after(lambda c: c["applies_if"].update(legal_forms=["cio", "club"])) == [
        f"areas[1].criteria[0].applies_if.legal_forms[1]: unknown value 'club' (allowed: {allowed(LegalForm)})"
    ]


def test_an_unknown_income_band_lists_the_known_ones() -> None:
    assert issues_after(lambda c: c["applies_if"].update(income_at_least="lots")) == [
        f"areas[1].criteria[0].applies_if.income_at_least: unknown value 'lots' (allowed: {allowed(IncomeBand)})"
    ]


def test_an_unknown_activity_lists_the_known_ones() -> None:
    assert issues_after(lambda c: c["mandatory_if"].update(activities_any=["juggling"])) == [
        f"areas[1].criteria[0].mandatory_if.activities_any[0]: unknown value 'juggling' (allowed: {allowed(Activity)})"
    ]


def test_the_schema_line_is_named_as_in_the_file() -> None:
    data = yaml.safe_load(GOOD)
    data["schema"] = 5
    with pytest.raises(FrameworkError) as caught:
        parse_framework(yaml.safe_dump(data, sort_keys=False))
    assert [str(issue) for issue in caught.value.issues] == ["schema: Input should be a valid string"]


def test_an_unknown_key_spelt_like_the_internal_name_is_reported_as_written() -> None:
    data = yaml.safe_load(GOOD)
    data["schema_"] = "kitemark-framework/1"  # a typo, not the field: named as the file has it
    with pytest.raises(FrameworkError) as caught:
        parse_framework(yaml.safe_dump(data, sort_keys=False))
    assert [str(issue) for issue in caught.value.issues] == ["schema_: unknown field (check the spelling)"]
