"""A cycle's stored framework is read without the schema (pydantic) and gives the same framework; anything
unexpected in a stored source is validated in full and ends in the same FrameworkError."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import yaml

from kitemark_app.core.framework import (
    Criterion,
    FrameworkError,
    framework_as_data,
    framework_from_data,
    framework_from_stored,
    parse_framework,
)
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm
from kitemark_app.paths import default_framework_text
from tests.unit.test_framework_loader import GOOD, mutated


def test_the_default_framework_is_the_same_either_way() -> None:
    text = default_framework_text()
    fast, validated = framework_from_stored(text), parse_framework(text)
    assert fast == validated
    assert fast.criteria_count == validated.criteria_count >= 48
    conditions = [c.applies_if for _, c in fast.criteria() if c.applies_if is not None]
    assert conditions, "the default framework has conditions to compare"


def test_the_schema_normalising_is_done_the_same_way_on_the_fast_path() -> None:
    # Whitespace is trimmed, "version: 2026.1" (a YAML float) is text, enum values become enums.
    text = GOOD.replace("title: Governing document", "title: '  Governing document  '").replace(
        "applies_if: {activities_any: [works-with-children, works-with-adults-at-risk]}",
        "applies_if: {legal_forms: [cio], income_at_least: 10k-25k, activities_any: [works-with-children]}",
    )
    fast, validated = framework_from_stored(text), parse_framework(text)
    assert fast == validated
    assert fast.version == "2026.1"
    assert fast.criterion("GOV-01").title == "Governing document"
    condition = fast.criterion("SAF-01").applies_if
    assert condition is not None
    assert condition.legal_forms == (LegalForm.CIO,)
    assert condition.income_at_least is IncomeBand.FROM_10K_TO_25K
    assert condition.activities_any == (Activity.WORKS_WITH_CHILDREN,)
    assert condition.holds_for(LegalForm.CIO, IncomeBand.OVER_1M, frozenset({Activity.WORKS_WITH_CHILDREN}))
    assert not condition.holds_for(LegalForm.CIC, IncomeBand.OVER_1M, frozenset({Activity.WORKS_WITH_CHILDREN}))


def test_what_the_schema_accepts_but_the_fast_path_does_not_expect_is_read_through_the_schema() -> None:
    text = mutated(_set("areas.0.criteria.0.mandatory", "yes"))  # pydantic reads "yes" as true
    assert framework_from_stored(text) == parse_framework(text)
    assert framework_from_stored(text).criterion("GOV-01").mandatory is True


def test_the_app_framework_types_are_plain_frozen_dataclasses() -> None:
    criterion = framework_from_stored(GOOD).criterion("GOV-01")
    assert type(criterion) is Criterion
    with pytest.raises(AttributeError):
        criterion.title = "Changed"  # type: ignore[misc]


def _set(path: str, value: object):
    def change(data: dict) -> None:
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


@pytest.mark.parametrize(
    "change",
    [
        _set("areas.0.criteria.0.level", "Gold"),  # the shape is right; a cross-reference is not
        _set("areas.0.criteria.0.mandatory", "perhaps"),  # a wrong type
        _set("areas.0.criteria.0.colour", "red"),  # an unknown field
        _set("areas.1.criteria.0.applies_if", {"activities_any": ["juggling"]}),  # an unknown value
        _set("areas.0.criteria.0.freshness", {"max_age_months": 12}),  # a missing field
        _set("levels", "Foundation"),  # not a list
        lambda data: data.pop("areas"),
    ],
)
def test_a_stored_source_not_in_the_expected_shape_gets_the_full_check(change) -> None:
    text = mutated(change)
    with pytest.raises(FrameworkError) as validated:
        parse_framework(text)
    with pytest.raises(FrameworkError) as fast:
        framework_from_stored(text)
    assert [str(issue) for issue in fast.value.issues] == [str(issue) for issue in validated.value.issues]


@pytest.mark.parametrize("text", ["", "- a list", "areas: [unclosed", yaml.safe_dump({"schema": 3})])
def test_a_stored_source_that_is_not_a_framework_at_all_ends_in_a_framework_error(text: str) -> None:
    with pytest.raises(FrameworkError):
        framework_from_stored(text)


def test_reading_a_stored_source_does_not_import_pydantic() -> None:
    probe = textwrap.dedent(
        """
        import sys
        from kitemark_app.core.framework import framework_from_stored
        from kitemark_app.paths import default_framework_text
        framework_from_stored(default_framework_text())
        print("pydantic" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "False"


def test_the_framework_as_data_reads_back_as_the_same_framework() -> None:
    framework = parse_framework(default_framework_text())
    data = framework_as_data(framework)
    assert framework_from_data(json.loads(json.dumps(data))) == framework
    assert framework_from_stored("not even read", data) == framework
