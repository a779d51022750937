"""A framework's crosswalk (``maps_to``) as core/framework.py and core/framework_schema.py read and check it, at the
edges the mutants of scripts/mutation.sh probe: the strength read from plain data (its default "same"), the exact
place and text of every issue ``semantic_issues`` finds in a crosswalk, the criteria after one without ``replaces``
still checked, the schema's handling of a version, a blank root fingerprint and a malformed mapped id, and a file
read as UTF-8 whatever the locale. Each framework is built inside its test; expected places and messages are
written out by hand from the docstrings."""

from __future__ import annotations

import locale
from pathlib import Path
from typing import Any

import pytest
import yaml

from kitemark_app.core.framework import (
    Area,
    Criterion,
    CriterionMap,
    Framework,
    FrameworkError,
    FrameworkIssue,
    Level,
    framework_from_data,
    parse_framework,
    read_framework_text,
    semantic_issues,
)
from tests.unit.test_mutants_core_framework import GOOD


def _data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(GOOD)
    return data


def _criterion(criterion_id: str, *maps_to: CriterionMap, replaces: tuple[str, ...] = ()) -> Criterion:
    return Criterion(
        criterion_id, f"Criterion {criterion_id}", "Do it.", ("A document",), "Basic", True,
        replaces=replaces, maps_to=maps_to,
    )  # fmt: skip


def _framework(*criteria: Criterion, previous_version: str = "") -> Framework:
    return Framework(
        schema_="kitemark-framework/1",
        id="alpha",
        title="Alpha checklist",
        version="2",
        publisher="A test publisher",
        levels=(Level("Basic"),),
        areas=(Area("AR", "Everything", (_criterion("AR-01"),)), Area("BR", "The rest", criteria)),
        previous_version=previous_version,
    )


# --- maps_to read from plain data ------------------------------------------------------------------------------


def test_a_mapping_read_from_data_keeps_its_strength_and_defaults_to_same() -> None:
    data = _data()
    data["areas"][0]["criteria"][0]["maps_to"] = [
        {"framework": "beta", "criteria": ["BE-01"], "strength": "partial"},
        {"framework": "gamma", "criteria": ["GA-01", "GA-02"]},
    ]
    assert framework_from_data(data).criterion("GOV-01").maps_to == (
        CriterionMap("beta", ("BE-01",), "partial"),
        CriterionMap("gamma", ("GA-01", "GA-02"), "same"),
    )


def test_an_unknown_strength_in_data_is_named() -> None:
    data = _data()
    data["areas"][0]["criteria"][0]["maps_to"] = [{"framework": "beta", "criteria": ["BE-01"], "strength": "close"}]
    with pytest.raises(ValueError, match=r"^unknown strength 'close'$"):
        framework_from_data(data)


def test_maps_to_in_data_must_be_a_list() -> None:
    data = _data()
    data["areas"][0]["criteria"][0]["maps_to"] = {"framework": "beta", "criteria": ["BE-01"]}
    with pytest.raises(TypeError, match=r"^expected a list, got dict$"):
        framework_from_data(data)


# --- semantic_issues on a crosswalk ------------------------------------------------------------------------------


def test_a_well_formed_crosswalk_has_no_issues() -> None:
    framework = _framework(_criterion("BR-01", CriterionMap("beta", ("BE-01", "BE-02")), CriterionMap("gamma", ("G",))))
    assert semantic_issues(framework) == []


def test_a_crosswalk_to_its_own_framework_is_refused_at_its_place() -> None:
    framework = _framework(_criterion("BR-01", CriterionMap("beta", ("BE-01",)), CriterionMap("alpha", ("AR-01",))))
    assert semantic_issues(framework) == [
        FrameworkIssue(
            "areas[1].criteria[0].maps_to[1].framework", "a crosswalk maps to other frameworks, not this one"
        )
    ]


def test_a_framework_named_twice_for_one_criterion_is_refused_at_the_second() -> None:
    framework = _framework(
        _criterion("BR-01", CriterionMap("beta", ("BE-01",))),
        _criterion(
            "BR-02",
            CriterionMap("beta", ("BE-01",)),
            CriterionMap("gamma", ("GA-01",)),
            CriterionMap("beta", ("BE-02",)),
        ),
    )
    # BR-01 naming beta too is no issue: "twice" is within one criterion.
    assert semantic_issues(framework) == [
        FrameworkIssue("areas[1].criteria[1].maps_to[2].framework", "'beta' is named twice for this criterion")
    ]


def test_a_mapping_with_no_criteria_is_refused() -> None:
    framework = _framework(_criterion("BR-01", CriterionMap("beta", ("BE-01",)), CriterionMap("gamma", ())))
    assert semantic_issues(framework) == [
        FrameworkIssue("areas[1].criteria[0].maps_to[1].criteria", "name at least one criterion id")
    ]


def test_a_target_listed_twice_is_refused_at_the_second() -> None:
    framework = _framework(
        _criterion("BR-01", CriterionMap("beta", ("BE-01", "BE-02", "BE-03", "BE-02"))),
        _criterion("BR-02", CriterionMap("gamma", ("BE-01",))),  # the same id for another framework is fine
    )
    assert semantic_issues(framework) == [
        FrameworkIssue("areas[1].criteria[0].maps_to[0].criteria[3]", "'BE-02' is listed twice")
    ]


def test_a_replaces_after_a_criterion_without_one_is_still_checked() -> None:
    framework = _framework(_criterion("BR-01"), _criterion("BR-02", replaces=("OLD-01",)))
    assert semantic_issues(framework) == [
        FrameworkIssue(
            "areas[1].criteria[1].replaces",
            "only a framework that names its previous_version can say which of its criteria a criterion replaces",
        )
    ]


# --- the schema -------------------------------------------------------------------------------------------------


def _issues(data: dict[str, Any]) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(yaml.safe_dump(data, sort_keys=False))
    return [str(issue) for issue in caught.value.issues]


def test_a_malformed_mapped_id_is_named_with_an_example() -> None:
    data = _data()
    data["areas"][0]["criteria"][0]["maps_to"] = [{"framework": "beta", "criteria": ["fin-04"]}]
    assert _issues(data) == [
        "areas[0].criteria[0].maps_to[0].criteria[0]: "
        "mapped criterion id 'fin-04' must be capitals, digits and hyphens, e.g. FIN-04"
    ]


def test_a_previous_version_written_as_null_is_none() -> None:
    data = _data()
    data["previous_version"] = None
    assert parse_framework(yaml.safe_dump(data, sort_keys=False)).previous_version == ""


def test_a_version_of_yes_or_no_is_not_text() -> None:
    data = _data()
    data["version"] = True  # YAML's "yes"
    assert _issues(data) == ["version: Input should be a valid string"]


def test_a_blank_root_fingerprint_is_none() -> None:
    data = _data()
    data["council"] = {"name": "Test Council", "contact": "council@example.org", "root_fingerprint": ""}
    council = parse_framework(yaml.safe_dump(data, sort_keys=False)).council
    assert council is not None
    assert council.root_fingerprint == ""


# --- reading the file --------------------------------------------------------------------------------------------


def test_a_framework_file_is_read_as_utf8_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "framework.yaml"
    path.write_bytes("title: Café governance – 2026\n".encode())
    # The C locale's encoding is ASCII (as a Windows code page is not UTF-8): the file's bytes must still be UTF-8.
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        text = read_framework_text(path)
    finally:
        locale.setlocale(locale.LC_CTYPE, before)
    assert text == "title: Café governance – 2026\n"
