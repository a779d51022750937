"""The framework model and loader (core/framework.py, core/framework_schema.py) at the edges the mutants of
scripts/mutation.sh probe: the dataclasses built from plain data field by field, the shape errors and their
messages, every issue's exact place and text, YAML errors in libyaml's words, the size limit at the boundary, and a
stored source read without the schema. Expected values are written out from the module docstrings and the file."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from kitemark_app.core.framework import (
    MAX_FRAMEWORK_BYTES,
    Area,
    Condition,
    Criterion,
    Framework,
    FrameworkError,
    FrameworkIssue,
    Freshness,
    Level,
    framework_from_data,
    framework_from_stored,
    load_framework,
    parse_framework,
    semantic_issues,
)
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm

GOOD = textwrap.dedent(
    """\
    schema: kitemark-framework/1
    id: test-kitemark
    title: Test Kitemark
    version: 2026.1
    publisher: Test Council
    description: A framework for the tests.
    levels:
      - name: Foundation
        description: The first level.
      - name: Commissioning-ready
    areas:
      - id: GOV
        title: Governance
        description: How the organisation is run.
        criteria:
          - id: GOV-01
            title: Governing document
            guidance: Have one.
            evidence_examples: [Constitution, Trust deed]
            level: Foundation
            mandatory: true
          - id: GOV-02
            title: Trustee skills
            guidance: Review skills.
            evidence_examples: [Skills audit]
            level: Commissioning-ready
            mandatory: false
            freshness: {max_age_months: 12, rule: Reviewed in the last year}
      - id: SAF
        title: Safeguarding
        criteria:
          - id: SAF-01
            title: Safeguarding policy
            guidance: Have one.
            evidence_examples: [Policy]
            level: Foundation
            mandatory: false
            applies_if: {legal_forms: [cio, charitable-company], income_at_least: 25k-100k}
            mandatory_if: {activities_any: [works-with-children]}
    """
)

EXPECTED = Framework(
    schema_="kitemark-framework/1",
    id="test-kitemark",
    title="Test Kitemark",
    version="2026.1",
    publisher="Test Council",
    description="A framework for the tests.",
    levels=(Level("Foundation", "The first level."), Level("Commissioning-ready", "")),
    areas=(
        Area(
            id="GOV",
            title="Governance",
            description="How the organisation is run.",
            criteria=(
                Criterion(
                    "GOV-01", "Governing document", "Have one.", ("Constitution", "Trust deed"), "Foundation", True
                ),
                Criterion(
                    "GOV-02",
                    "Trustee skills",
                    "Review skills.",
                    ("Skills audit",),
                    "Commissioning-ready",
                    False,
                    freshness=Freshness(12, "Reviewed in the last year"),
                ),
            ),
        ),
        Area(
            id="SAF",
            title="Safeguarding",
            description="",
            criteria=(
                Criterion(
                    "SAF-01",
                    "Safeguarding policy",
                    "Have one.",
                    ("Policy",),
                    "Foundation",
                    False,
                    applies_if=Condition(
                        legal_forms=(LegalForm.CIO, LegalForm.CHARITABLE_COMPANY),
                        income_at_least=IncomeBand.FROM_25K_TO_100K,
                    ),
                    mandatory_if=Condition(activities_any=(Activity.WORKS_WITH_CHILDREN,)),
                ),
            ),
        ),
    ),
)


def good_data() -> dict[str, Any]:
    import yaml

    data: dict[str, Any] = yaml.safe_load(GOOD)
    return data


def issues(text: str) -> list[FrameworkIssue]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text)
    return caught.value.issues


# --- the dataclasses ---------------------------------------------------------------------------------------------


def test_the_file_is_read_into_the_dataclasses_field_by_field() -> None:
    assert parse_framework(GOOD) == EXPECTED
    assert framework_from_data(good_data()) == EXPECTED


def test_text_is_stripped_and_a_version_may_be_a_number_or_text() -> None:
    data = good_data()
    data["title"] = "  Test Kitemark \n"
    data["version"] = " 2026.1 "
    assert framework_from_data(data).title == "Test Kitemark"
    assert framework_from_data(data).version == "2026.1"
    data["version"] = 7
    assert framework_from_data(data).version == "7"
    data["version"] = True  # YAML "yes": neither a number nor text
    with pytest.raises(TypeError, match=r"^expected text, got bool$"):
        framework_from_data(data)


def test_descriptions_may_be_left_out() -> None:
    data = good_data()
    del data["description"]
    assert framework_from_data(data).description == ""


def test_looking_up_a_criterion_that_is_not_there() -> None:
    with pytest.raises(KeyError) as caught:
        EXPECTED.criterion("GOV-99")
    assert caught.value.args == ("GOV-99",)
    with pytest.raises(KeyError) as caught:
        EXPECTED.area_of("SAF-99")
    assert caught.value.args == ("SAF-99",)


def test_issue_and_error_texts() -> None:
    assert str(FrameworkIssue("", "the file is empty")) == "the file is empty"
    assert str(FrameworkIssue("levels", "level names must be unique")) == "levels: level names must be unique"
    four = [FrameworkIssue(f"areas[{n}].id", f"problem {n}") for n in range(4)]
    error = FrameworkError(four)
    assert str(error) == "areas[0].id: problem 0; areas[1].id: problem 1; areas[2].id: problem 2"  # the first three
    assert error.issues == four


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (lambda d: d.update(extra=1, another=2), ValueError, "unknown fields ['another', 'extra']"),
        (lambda d: d["levels"].__setitem__(0, "Foundation"), TypeError, "expected a mapping, got str"),
        (lambda d: d.update(title=5), TypeError, "expected text, got int"),
        (
            lambda d: d["areas"][0]["criteria"][0].update(evidence_examples="Constitution"),
            TypeError,
            "expected a list, got str",
        ),
        (lambda d: d["areas"][0]["criteria"][0].update(mandatory="yes"), TypeError, "mandatory must be true or false"),
        (
            lambda d: d["areas"][0]["criteria"][1]["freshness"].update(max_age_months="12"),
            TypeError,
            "max_age_months must be a whole number",
        ),
        (
            lambda d: d["areas"][0]["criteria"][1]["freshness"].update(max_age_months=True),
            TypeError,
            "max_age_months must be a whole number",
        ),
    ],
)
def test_shape_errors_say_what_is_wrong(change: Any, error: type[Exception], message: str) -> None:
    data = good_data()
    change(data)
    with pytest.raises(error) as caught:
        framework_from_data(data)
    assert str(caught.value) == message


def test_level_names_must_be_unique() -> None:
    levels = [{"name": "Foundation"}, {"name": "Commissioning-ready"}, {"name": "Foundation"}]
    framework = framework_from_data(good_data() | {"levels": levels})
    assert semantic_issues(framework) == [FrameworkIssue("levels", "level names must be unique")]


# --- reading the text --------------------------------------------------------------------------------------------


def test_empty_and_not_a_mapping_have_no_place() -> None:
    assert issues("") == [FrameworkIssue("", "the file is empty")]
    assert issues("- a\n- b\n") == [FrameworkIssue("", "the file must be a mapping with id, title, levels and areas")]


def test_yaml_errors_are_in_libyamls_words_with_the_place() -> None:
    # libyaml's safe loader is the one used (it is ~10x faster); these are its messages.
    assert issues("id: [unclosed\n") == [
        FrameworkIssue("line 2, column 1", "not valid YAML: did not find expected ',' or ']'")
    ]
    assert issues("a: b\n  c: d\n") == [
        FrameworkIssue("line 2, column 4", "not valid YAML: mapping values are not allowed in this context")
    ]


def test_a_control_character_is_not_valid_yaml_and_has_no_place() -> None:
    assert issues("id: a\x07b\n") == [FrameworkIssue("", "not valid YAML")]


def test_a_stored_source_is_read_without_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "kitemark_app.core.framework_schema", raising=False)
    assert framework_from_stored(GOOD) == EXPECTED
    assert "kitemark_app.core.framework_schema" not in sys.modules  # pydantic's schema was never needed


def test_a_stored_source_not_in_the_schemas_shape_is_validated_in_full() -> None:
    with pytest.raises(FrameworkError) as caught:
        framework_from_stored(GOOD.replace("title: Governance", "titel: Governance"))
    assert [str(i) for i in caught.value.issues] == [
        "areas[0].title: required field is missing",
        "areas[0].titel: unknown field (check the spelling)",
    ]


# --- files -------------------------------------------------------------------------------------------------------


def test_a_file_exactly_at_the_size_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "framework.yaml"
    text = GOOD.replace("Test Council", "Test Council — Borough")  # not ASCII: read as UTF-8
    padding = MAX_FRAMEWORK_BYTES - len(text.encode("utf-8")) - 2
    path.write_bytes(text.encode("utf-8") + b"#" + b"x" * padding + b"\n")
    assert path.stat().st_size == MAX_FRAMEWORK_BYTES
    assert load_framework(path).publisher == "Test Council — Borough"


def test_a_file_over_the_limit_says_its_size_in_whole_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "framework.yaml"
    for size, shown in [(MAX_FRAMEWORK_BYTES + 1, "5"), (5_500_000, "6"), (12_000_000, "12")]:
        with path.open("wb") as handle:
            handle.truncate(size)  # sparse: nothing is really written
        with pytest.raises(FrameworkError) as caught:
            load_framework(path)
        assert caught.value.issues == [
            FrameworkIssue("", f"the file is {shown} MB; a framework file is a small text file (at most 5 MB)")
        ]
