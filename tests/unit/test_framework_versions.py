"""The framework file's version fields (docs/framework-format.md): ``previous_version``, ``council`` and each
criterion's ``replaces``, checked with every problem named by its place; a stored source without them, or with
them, reads the same without the schema."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from kitemark_app.core.framework import (
    Council,
    FrameworkError,
    framework_as_data,
    framework_from_data,
    framework_from_stored,
    normalise_root_fingerprint,
    parse_framework,
)
from tests.unit.test_framework_loader import GOOD

FINGERPRINT = "0123456789abcdef" * 4


def text_with(change: Any) -> str:
    data = yaml.safe_load(GOOD)
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


def issues_of(text: str) -> list[str]:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text)
    return [str(issue) for issue in caught.value.issues]


def next_version(data: dict[str, Any]) -> None:
    data["version"] = "2027.1"
    data["previous_version"] = 2026.1  # a YAML number, read as the text written


def test_a_framework_without_the_version_fields_has_none() -> None:
    framework = parse_framework(GOOD)
    assert framework.previous_version == ""
    assert framework.council is None
    assert all(criterion.replaces == () for _, criterion in framework.criteria())


def test_the_version_fields_are_read() -> None:
    def change(data: dict[str, Any]) -> None:
        next_version(data)
        data["council"] = {"name": " Borough Council ", "contact": "kitemark@borough.example, 020 7946 0000"}
        data["areas"][0]["criteria"][1]["replaces"] = ["GOV-08", "GOV-09"]

    framework = parse_framework(text_with(change))
    assert framework.previous_version == "2026.1"
    assert framework.council == Council("Borough Council", "kitemark@borough.example, 020 7946 0000", "")
    assert framework.criterion("GOV-02").replaces == ("GOV-08", "GOV-09")
    assert framework.criterion("GOV-01").replaces == ()


def test_previous_version_must_differ_from_version() -> None:
    text = text_with(lambda d: d.update(previous_version="2026.1"))
    assert issues_of(text) == [
        "previous_version: must differ from version '2026.1' (it names the version this one follows)"
    ]


def test_replaces_needs_a_previous_version() -> None:
    text = text_with(lambda d: d["areas"][1]["criteria"][0].update(replaces=["SAF-09"]))
    assert issues_of(text) == [
        "areas[1].criteria[0].replaces: only a framework that names its previous_version can say which of its "
        "criteria a criterion replaces"
    ]


def test_each_replaced_id_has_the_id_shape_and_is_named_by_its_place() -> None:
    def change(data: dict[str, Any]) -> None:
        next_version(data)
        data["areas"][1]["criteria"][0]["replaces"] = ["SAF-09", "saf 10"]

    assert issues_of(text_with(change)) == [
        "areas[1].criteria[0].replaces[1]: replaced id 'saf 10' must be capitals, digits and hyphens, e.g. GOV-03"
    ]


def test_a_replaced_id_may_not_also_be_a_criterion_of_this_version_nor_be_listed_twice() -> None:
    def change(data: dict[str, Any]) -> None:
        next_version(data)
        data["areas"][1]["criteria"][0]["replaces"] = ["GOV-02", "SAF-09", "SAF-09"]

    assert issues_of(text_with(change)) == [
        "areas[1].criteria[0].replaces[0]: 'GOV-02' is also a criterion of this version, so it cannot be replaced "
        "(keep the id, or give the continuing criterion a new one)",
        "areas[1].criteria[0].replaces[2]: 'SAF-09' is listed twice",
    ]


def test_the_same_old_id_in_two_criteria_is_a_split_and_allowed() -> None:
    def change(data: dict[str, Any]) -> None:
        next_version(data)
        data["areas"][0]["criteria"][0]["replaces"] = ["GOV-07"]
        data["areas"][0]["criteria"][1]["replaces"] = ["GOV-07"]

    framework = parse_framework(text_with(change))
    assert framework.criterion("GOV-01").replaces == framework.criterion("GOV-02").replaces == ("GOV-07",)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (FINGERPRINT, FINGERPRINT),
        (FINGERPRINT.upper(), FINGERPRINT),
        (":".join(FINGERPRINT[i : i + 2] for i in range(0, 64, 2)).upper(), FINGERPRINT),
        (" ".join(FINGERPRINT[i : i + 4] for i in range(0, 64, 4)), FINGERPRINT),
    ],
    ids=["lower", "upper", "colons", "groups-of-four"],
)
def test_the_councils_root_fingerprint_is_normalised_to_lower_hex(written: str, expected: str) -> None:
    text = text_with(lambda d: d.update(council={"name": "B", "contact": "c", "root_fingerprint": written}))
    council = parse_framework(text).council
    assert council is not None
    assert council.root_fingerprint == expected
    assert framework_from_stored(text).council == council  # the same without the schema


@pytest.mark.parametrize(
    "written",
    [FINGERPRINT[:63], FINGERPRINT + "0", FINGERPRINT[:63] + "g", "-" + FINGERPRINT[1:]],
    ids=["63", "65", "not-hex", "dash"],
)
def test_a_root_fingerprint_that_is_not_64_hex_characters_is_refused(written: str) -> None:
    text = text_with(lambda d: d.update(council={"name": "B", "contact": "c", "root_fingerprint": written}))
    assert issues_of(text) == [
        "council.root_fingerprint: a root fingerprint is 64 hexadecimal characters (0-9, a-f), which colons or "
        "spaces may separate"
    ]
    with pytest.raises(ValueError):
        normalise_root_fingerprint(written)


def test_a_fingerprint_yaml_read_as_a_number_must_be_quoted() -> None:
    text = GOOD + "council: {name: B, contact: c, root_fingerprint: " + "1" * 64 + "}\n"
    assert issues_of(text) == ["council.root_fingerprint: write the root fingerprint in quotes, as text"]


def test_the_council_needs_a_name_and_a_contact() -> None:
    text = text_with(lambda d: d.update(council={"name": "Borough", "mail": "x"}))
    assert issues_of(text) == [
        "council.contact: required field is missing",
        "council.mail: unknown field (check the spelling)",
    ]


def test_the_fields_survive_the_start_up_cache_and_a_stored_source() -> None:
    def change(data: dict[str, Any]) -> None:
        next_version(data)
        data["council"] = {"name": "B", "contact": "c", "root_fingerprint": FINGERPRINT.upper()}
        data["areas"][1]["criteria"][0]["replaces"] = ["SAF-09"]

    text = text_with(change)
    framework = parse_framework(text)
    assert framework_from_stored(text) == framework
    assert framework_from_data(framework_as_data(framework)) == framework
    old_cache = framework_as_data(parse_framework(GOOD))
    for name in ("previous_version", "council"):
        del old_cache[name]  # a cache written before these fields existed
    for area in old_cache["areas"]:
        for criterion in area["criteria"]:
            del criterion["replaces"]
    assert framework_from_data(old_cache) == parse_framework(GOOD)
