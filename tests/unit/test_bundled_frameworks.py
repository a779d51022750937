"""The frameworks shipped with the app: each validates, its crosswalk names only criteria that exist, and a broken
crosswalk is reported at its exact place. ``counterparts`` is tested on small hand-written frameworks. Expected ids
and paths are written out by hand, not computed from the code under test."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Any

import pytest
import yaml

from kitemark_app.core.crosswalk import Counterpart, counterparts, target_issues
from kitemark_app.core.framework import Framework, FrameworkIssue, parse_framework
from kitemark_app.paths import bundled_framework_texts

KITEMARK = "borough-vco-kitemark"
FUNDER = "funder-due-diligence"
GOVERNANCE = "governance-self-check"

FUNDER_IDS = [
    "ORG-01", "ORG-02", "ORG-03", "ORG-04",
    "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "MON-06",
    "SAFE-01", "SAFE-02", "SAFE-03",
    "RISK-01", "RISK-02", "RISK-03",
    "POL-01", "POL-02", "POL-03", "POL-04",
]  # fmt: skip
GOVERNANCE_IDS = [
    "PUR-01", "PUR-02", "PUR-03",
    "LEAD-01", "LEAD-02", "LEAD-03",
    "INT-01", "INT-02", "INT-03",
    "DEC-01", "DEC-02", "DEC-03",
    "BRD-01", "BRD-02", "BRD-03",
    "EDI-01", "EDI-02", "EDI-03",
    "OPEN-01", "OPEN-02", "OPEN-03",
]  # fmt: skip


@pytest.fixture(scope="module")
def bundled() -> dict[str, Framework]:
    """Every shipped framework by id, in the order the app lists them."""
    frameworks = [parse_framework(text) for text in bundled_framework_texts().values()]
    return {framework.id: framework for framework in frameworks}


# --- the shipped files -----------------------------------------------------------------------------------------


def test_the_shipped_files_are_the_kitemark_then_the_others_in_name_order() -> None:
    assert list(bundled_framework_texts()) == [f"{KITEMARK}.yaml", f"{FUNDER}.yaml", f"{GOVERNANCE}.yaml"]


@pytest.mark.parametrize("name", [f"{KITEMARK}.yaml", f"{FUNDER}.yaml", f"{GOVERNANCE}.yaml"])
def test_each_shipped_file_validates_and_is_named_after_its_id(name: str) -> None:
    framework = parse_framework(bundled_framework_texts()[name])
    assert f"{framework.id}.yaml" == name


def test_the_framework_ids_are_the_expected_ones(bundled: dict[str, Framework]) -> None:
    assert list(bundled) == [KITEMARK, FUNDER, GOVERNANCE]


def test_the_criterion_ids_of_the_funder_checklist(bundled: dict[str, Framework]) -> None:
    # Answers are stored under these ids (a test fixture's answer was reused from funder-due-diligence:ORG-01).
    assert [criterion.id for _, criterion in bundled[FUNDER].criteria()] == FUNDER_IDS
    assert bundled[FUNDER].level_names == ["Standard checks", "Enhanced checks"]


def test_the_criterion_ids_of_the_governance_self_check(bundled: dict[str, Framework]) -> None:
    assert [criterion.id for _, criterion in bundled[GOVERNANCE].criteria()] == GOVERNANCE_IDS
    assert [area.id for area in bundled[GOVERNANCE].areas] == ["PUR", "LEAD", "INT", "DEC", "BRD", "EDI", "OPEN"]
    assert bundled[GOVERNANCE].level_names == ["Core practice", "Developed practice"]


@pytest.mark.parametrize("framework_id", [FUNDER, GOVERNANCE])
def test_the_new_frameworks_are_written_as_the_kitemark_is(bundled: dict[str, Framework], framework_id: str) -> None:
    framework = bundled[framework_id]
    assert framework.council is None  # a funder or a network, not the council that validates packs
    assert "fictional" in framework.publisher
    assert all(level.description for level in framework.levels)
    for area in framework.areas:
        numbers = [int(re.fullmatch(rf"{area.id}-(\d\d)", criterion.id).group(1)) for criterion in area.criteria]
        assert numbers == list(range(1, len(numbers) + 1)), area.id
        for criterion in area.criteria:
            assert len(criterion.guidance.split()) >= 20, criterion.id
            assert len(criterion.evidence_examples) >= 2, criterion.id


@pytest.mark.parametrize("framework_id", [KITEMARK, FUNDER, GOVERNANCE])
def test_every_crosswalk_target_exists(bundled: dict[str, Framework], framework_id: str) -> None:
    assert target_issues(bundled[framework_id], bundled) == []


def test_the_new_frameworks_map_to_the_kitemark(bundled: dict[str, Framework]) -> None:
    links = counterparts(bundled.values())
    assert Counterpart(FUNDER, "ORG-01", "same") in links[(KITEMARK, "GOV-01")]  # read from the funder's file
    assert links[(KITEMARK, "EDI-01")] == [
        Counterpart(FUNDER, "POL-03", "same"),
        Counterpart(GOVERNANCE, "EDI-02", "same"),
    ]
    assert Counterpart(GOVERNANCE, "EDI-02", "same") in links[(FUNDER, "POL-03")]  # the governance file maps it
    assert (FUNDER, "MON-03") not in links  # proof of a bank account: nothing in the Kitemark asks for it


# --- a broken crosswalk is reported at its place -----------------------------------------------------------


def _broken(bundled: dict[str, Framework], name: str, change: Callable[[dict[str, Any]], None]) -> list[FrameworkIssue]:
    """The crosswalk issues of a shipped file after ``change``, checked as the app checks a file: against the
    shipped frameworks, the file itself standing for the one it replaces."""
    data = yaml.safe_load(bundled_framework_texts()[name])
    change(data)
    framework = parse_framework(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return target_issues(framework, bundled | {framework.id: framework})


def _maps(data: dict[str, Any], area: int, criterion: int, entry: int) -> dict[str, Any]:
    mapping: dict[str, Any] = data["areas"][area]["criteria"][criterion]["maps_to"][entry]
    return mapping


@pytest.mark.parametrize("name", [f"{FUNDER}.yaml", f"{GOVERNANCE}.yaml"])
def test_a_copy_changed_in_nothing_has_no_issues(bundled: dict[str, Framework], name: str) -> None:
    assert _broken(bundled, name, lambda data: None) == []


def test_an_unknown_target_framework_is_named_at_its_place(bundled: dict[str, Framework]) -> None:
    # MON-01 (second area, first criterion) maps to the Kitemark by a wrong id.
    issues = _broken(bundled, f"{FUNDER}.yaml", lambda d: _maps(d, 1, 0, 0).update(framework="borough-kitemark"))
    assert [issue.path for issue in issues] == ["areas[1].criteria[0].maps_to[0].framework"]
    assert "unknown framework 'borough-kitemark'" in issues[0].message
    assert "borough-vco-kitemark" in issues[0].message  # the known ones are listed


@pytest.mark.parametrize(
    ("position", "wrong", "path"),
    [
        # ORG-02 maps to [GOV-03, GOV-04, GOV-06]
        (0, "GOV-30", "areas[0].criteria[1].maps_to[0].criteria[0]"),
        (2, "GOV-60", "areas[0].criteria[1].maps_to[0].criteria[2]"),
    ],
)
def test_an_unknown_target_criterion_is_named_at_its_place(
    bundled: dict[str, Framework], position: int, wrong: str, path: str
) -> None:
    def change(data: dict[str, Any]) -> None:
        _maps(data, 0, 1, 0)["criteria"][position] = wrong

    issues = _broken(bundled, f"{FUNDER}.yaml", change)
    assert issues == [
        FrameworkIssue(path, f"'{wrong}' is not a criterion of Riverside Voluntary Sector Kitemark 2026.1")
    ]


def test_a_wrong_id_in_the_second_mapping_of_a_criterion(bundled: dict[str, Framework]) -> None:
    # INT-01 (third area, first criterion) maps to the Kitemark first, then to the funder's ORG-04.
    def change(data: dict[str, Any]) -> None:
        _maps(data, 2, 0, 1)["criteria"] = ["ORG-09"]

    issues = _broken(bundled, f"{GOVERNANCE}.yaml", change)
    assert issues == [
        FrameworkIssue(
            "areas[2].criteria[0].maps_to[1].criteria[0]",
            "'ORG-09' is not a criterion of Thamesbank Community Fund due-diligence checks 2026.1",
        )
    ]


# --- counterparts, on small hand-written frameworks ----------------------------------------------------------


def _small(framework_id: str, area_id: str, criteria: str) -> Framework:
    head = textwrap.dedent(
        f"""\
        schema: kitemark-framework/1
        id: {framework_id}
        title: {framework_id.title()} checklist
        version: "1"
        publisher: A test publisher
        levels: [{{name: Basic}}]
        areas:
          - id: {area_id}
            title: Everything
            criteria:
        """
    )
    return parse_framework(head + textwrap.indent(textwrap.dedent(criteria), "      "))


def _criterion(criterion_id: str, maps_to: str = "") -> str:
    lines = [
        f"- id: {criterion_id}",
        f"  title: Criterion {criterion_id}",
        "  guidance: Do it.",
        "  evidence_examples: [A document]",
        "  level: Basic",
        "  mandatory: true",
    ]
    if maps_to:
        lines.append(f"  maps_to: {maps_to}")
    return "\n".join(lines) + "\n"


ALPHA = _small(
    "alpha",
    "AL",
    _criterion("AL-01", "[{framework: beta, criteria: [BE-01], strength: partial}]")
    + _criterion(
        "AL-02",
        "[{framework: beta, criteria: [BE-03, BE-02], strength: same}, {framework: gamma, criteria: [GA-01]}]",
    )
    + _criterion("AL-03", "[{framework: beta, criteria: [BE-09], strength: same}]")  # beta has no BE-09
    + _criterion("AL-04"),
)
BETA = _small(
    "beta",
    "BE",
    _criterion("BE-01", "[{framework: alpha, criteria: [AL-01], strength: same}]")
    + _criterion("BE-02")
    + _criterion("BE-03", "[{framework: alpha, criteria: [AL-02], strength: partial}]")
    + _criterion("BE-04", "[{framework: alpha, criteria: [AL-04], strength: partial}]"),
)


def test_the_small_frameworks_are_what_the_tests_think() -> None:
    assert [criterion.id for _, criterion in ALPHA.criteria()] == ["AL-01", "AL-02", "AL-03", "AL-04"]
    assert ALPHA.criterion("AL-02").maps_to[1].strength == "same"  # the default
    assert [criterion.id for _, criterion in BETA.criteria()] == ["BE-01", "BE-02", "BE-03", "BE-04"]


def test_every_pair_between_the_two_frameworks() -> None:
    assert counterparts([ALPHA, BETA]) == {
        ("alpha", "AL-01"): [Counterpart("beta", "BE-01", "same")],
        ("beta", "BE-01"): [Counterpart("alpha", "AL-01", "same")],
        ("alpha", "AL-02"): [Counterpart("beta", "BE-02", "same"), Counterpart("beta", "BE-03", "same")],
        ("beta", "BE-02"): [Counterpart("alpha", "AL-02", "same")],
        ("beta", "BE-03"): [Counterpart("alpha", "AL-02", "same")],
        ("alpha", "AL-04"): [Counterpart("beta", "BE-04", "partial")],
        ("beta", "BE-04"): [Counterpart("alpha", "AL-04", "partial")],
    }


def test_a_mapping_written_in_one_file_is_read_both_ways() -> None:
    links = counterparts([ALPHA, BETA])
    # Only alpha maps AL-02 to BE-02; only beta maps BE-04 to AL-04.
    assert links[("beta", "BE-02")] == [Counterpart("alpha", "AL-02", "same")]
    assert links[("alpha", "AL-04")] == [Counterpart("beta", "BE-04", "partial")]


@pytest.mark.parametrize("order", [[ALPHA, BETA], [BETA, ALPHA]], ids=["alpha-first", "beta-first"])
def test_same_wins_when_both_files_map_the_same_pair(order: list[Framework]) -> None:
    links = counterparts(order)
    # alpha says AL-01/BE-01 is partial, beta says same; alpha says AL-02/BE-03 is same, beta says partial.
    assert links[("alpha", "AL-01")] == [Counterpart("beta", "BE-01", "same")]
    assert links[("beta", "BE-01")] == [Counterpart("alpha", "AL-01", "same")]
    assert Counterpart("beta", "BE-03", "same") in links[("alpha", "AL-02")]
    assert links[("beta", "BE-03")] == [Counterpart("alpha", "AL-02", "same")]


def test_targets_not_among_the_frameworks_given_are_left_out() -> None:
    links = counterparts([ALPHA, BETA])
    assert all(item.framework_id != "gamma" for found in links.values() for item in found)  # gamma is not given
    assert ("alpha", "AL-03") not in links  # its only target, BE-09, is not a criterion of beta
    assert counterparts([ALPHA]) == {}  # beta not given: nothing of alpha's crosswalk remains
    assert counterparts([BETA]) == {}
    assert counterparts([]) == {}
