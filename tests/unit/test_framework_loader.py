"""The framework loader accepts good files and names the exact place of every problem in bad ones."""

from __future__ import annotations

import textwrap

import pytest
import yaml

from kitemark_app.core.framework import FrameworkError, parse_framework

GOOD = textwrap.dedent(
    """\
    schema: kitemark-framework/1
    id: test-kitemark
    title: Test Kitemark
    version: 2026.1
    publisher: Test Council
    levels:
      - name: Foundation
      - name: Commissioning-ready
    areas:
      - id: GOV
        title: Governance
        criteria:
          - id: GOV-01
            title: Governing document
            guidance: Have one.
            evidence_examples: [Constitution]
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
            applies_if: {activities_any: [works-with-children, works-with-adults-at-risk]}
            mandatory_if: {activities_any: [works-with-children]}
    """
)


def mutated(change) -> str:
    data = yaml.safe_load(GOOD)
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


def issues_of(text: str) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text)
    return [str(issue) for issue in caught.value.issues]


def test_good_framework_loads() -> None:
    framework = parse_framework(GOOD)
    assert framework.id == "test-kitemark"
    assert framework.version == "2026.1"  # a YAML float read back as the text the author wrote
    assert framework.level_names == ["Foundation", "Commissioning-ready"]
    assert framework.criteria_count == 3
    assert framework.criterion("GOV-02").freshness.max_age_months == 12
    assert framework.area_of("SAF-01").id == "SAF"


def test_unknown_level_names_the_place_and_the_known_levels() -> None:
    text = mutated(lambda d: d["areas"][1]["criteria"][0].update(level="Gold"))
    assert issues_of(text) == [
        "areas[1].criteria[0].level: unknown level 'Gold' (levels are: Foundation, Commissioning-ready)"
    ]


def test_duplicate_criterion_id() -> None:
    text = mutated(lambda d: d["areas"][0]["criteria"][1].update(id="GOV-01"))
    assert issues_of(text) == ["areas[0].criteria[1].id: duplicate criterion id 'GOV-01' (also areas[0].criteria[0])"]


def test_duplicate_area_id() -> None:
    def change(d: dict) -> None:
        d["areas"][1]["id"] = "GOV"
        d["areas"][1]["criteria"][0]["id"] = "GOV-03"

    assert issues_of(mutated(change)) == ["areas[1].id: duplicate area id 'GOV' (also areas[0])"]


def test_missing_field() -> None:
    text = mutated(lambda d: d["areas"][0]["criteria"][1].pop("guidance"))
    assert issues_of(text) == ["areas[0].criteria[1].guidance: required field is missing"]


def test_wrong_type() -> None:
    text = mutated(lambda d: d["areas"][0]["criteria"][0].update(mandatory="perhaps"))
    (issue,) = issues_of(text)
    assert issue.startswith("areas[0].criteria[0].mandatory: ")


def test_wrong_type_for_list() -> None:
    text = mutated(lambda d: d["areas"][0].update(criteria="none"))
    (issue,) = issues_of(text)
    assert issue.startswith("areas[0].criteria: ")


def test_unknown_field_is_a_likely_typo() -> None:
    text = mutated(lambda d: d["areas"][0]["criteria"][0].update(mandatroy=True))
    assert issues_of(text) == ["areas[0].criteria[0].mandatroy: unknown field (check the spelling)"]


def test_unknown_activity_in_condition() -> None:
    text = mutated(lambda d: d["areas"][1]["criteria"][0]["applies_if"].update(activities_any=["juggling"]))
    (issue,) = issues_of(text)
    assert issue.startswith("areas[1].criteria[0].applies_if.activities_any[0]: unknown value 'juggling'")


def test_bad_criterion_id_shape() -> None:
    text = mutated(lambda d: d["areas"][0]["criteria"][0].update(id="gov 1"))
    (issue,) = issues_of(text)
    assert issue.startswith("areas[0].criteria[0].id: criterion id 'gov 1' must be")


def test_freshness_must_be_positive() -> None:
    text = mutated(lambda d: d["areas"][0]["criteria"][1]["freshness"].update(max_age_months=0))
    (issue,) = issues_of(text)
    assert issue.startswith("areas[0].criteria[1].freshness.max_age_months: ")


def test_unsupported_schema() -> None:
    text = mutated(lambda d: d.update(schema="other/9"))
    (issue,) = issues_of(text)
    assert issue.startswith("schema: unsupported schema 'other/9'")


def test_several_problems_are_all_reported() -> None:
    def change(d: dict) -> None:
        d.pop("title")
        d["areas"][0]["criteria"][0]["level"] = "Gold"

    assert len(issues_of(mutated(change))) == 1  # structural errors stop before cross-references
    text = mutated(lambda d: [c.update(level="Gold") for c in d["areas"][0]["criteria"]])
    assert len(issues_of(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("   \n# only a comment\n", "the file is empty"),
        ("- just\n- a list\n", "the file must be a mapping"),
        ("id: [unclosed\n", "line 2, column 1: not valid YAML"),
        ("a: b\n  c: d\n", "not valid YAML"),
    ],
)
def test_unparseable_files(text: str, expected: str) -> None:
    (issue,) = issues_of(text)
    assert expected in issue


def test_criterion_id_must_start_with_its_area_id() -> None:
    text = mutated(lambda d: d["areas"][1]["criteria"][0].update(id="XYZ-01"))
    assert issues_of(text) == ["areas[1].criteria[0].id: criterion id 'XYZ-01' must start with its area id 'SAF-'"]


def test_area_id_shape() -> None:
    text = mutated(lambda d: d["areas"][0].update(id="gov"))
    (issue,) = issues_of(text)
    assert issue.startswith("areas[0].id: ")


def test_a_huge_file_is_refused_without_reading_it(tmp_path) -> None:
    from kitemark_app.core.framework import MAX_FRAMEWORK_BYTES, load_framework

    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FRAMEWORK_BYTES + 1)  # sparse: nothing is really written
    with pytest.raises(FrameworkError) as caught:
        load_framework(huge)
    assert "a framework file is a small text file" in str(caught.value.issues[0])
