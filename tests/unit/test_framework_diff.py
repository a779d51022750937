"""What changed between two framework versions, and what it means for one organisation (core/framework_diff.py).

Two small versions are written out below; every change between them, its meaning for a small CIO that works with
children (target level Foundation) and its sentence are written out by hand from them."""

from __future__ import annotations

import textwrap

import pytest

from kitemark_app.core.framework import Framework, parse_framework
from kitemark_app.core.framework_diff import ChangeKind, Meaning, continued_ids, diff
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile

VERSION_1 = textwrap.dedent(
    """\
    schema: kitemark-framework/1
    id: borough-kitemark
    title: Borough Kitemark
    version: 2026.1
    publisher: Borough Council
    levels: [{name: Foundation}, {name: Commissioning-ready}]
    areas:
      - id: GOV
        title: Governance
        criteria:
          - {id: GOV-01, title: Governing document, guidance: A signed governing document.,
             evidence_examples: [Constitution], level: Foundation, mandatory: true}
          - {id: GOV-02, title: Trustee meetings, guidance: The board meets.,
             evidence_examples: [Minutes], level: Foundation, mandatory: false}
          - {id: GOV-03, title: Conflicts of interest, guidance: A register is kept.,
             evidence_examples: [Register], level: Foundation, mandatory: false}
          - {id: GOV-04, title: Annual plan, guidance: A plan for the year.,
             evidence_examples: [Plan], level: Foundation, mandatory: false}
      - id: MON
        title: Money
        criteria:
          - {id: MON-01, title: Money controls, guidance: Two signatories and a budget.,
             evidence_examples: [Bank mandate], level: Foundation, mandatory: false}
          - {id: MON-04, title: Reserves policy, guidance: Reserves are set., evidence_examples: [Policy],
             level: Foundation, mandatory: false, freshness: {max_age_months: 24, rule: In the last two years}}
          - {id: MON-05, title: Insurance, guidance: Insured., evidence_examples: [Certificate],
             level: Foundation, mandatory: false}
          - {id: MON-06, title: Risk register, guidance: Risks are listed., evidence_examples: [Register],
             level: Foundation, mandatory: false}
      - id: OUT
        title: Outcomes
        criteria:
          - {id: OUT-01, title: Outcomes reported, guidance: Outcomes are reported.,
             evidence_examples: [Report], level: Foundation, mandatory: false}
      - id: SAF
        title: Safeguarding
        criteria:
          - {id: SAF-01, title: Safeguarding policy, guidance: A policy., evidence_examples: [Policy],
             level: Foundation, mandatory: false,
             applies_if: {activities_any: [works-with-children, works-with-adults-at-risk]}}
          - {id: SAF-02, title: DBS checks, guidance: Checks are done., evidence_examples: [DBS log],
             level: Commissioning-ready, mandatory: false, applies_if: {activities_any: [works-with-children]}}
          - {id: SAF-05, title: Adults at risk, guidance: A policy for adults., evidence_examples: [Policy],
             level: Foundation, mandatory: false}
    """
)

VERSION_2 = textwrap.dedent(
    """\
    schema: kitemark-framework/1
    id: borough-kitemark
    title: Borough Kitemark
    version: 2027.1
    previous_version: 2026.1
    publisher: Borough Council
    levels: [{name: Foundation}, {name: Commissioning-ready}]
    areas:
      - id: GOV
        title: Governance
        criteria:
          - {id: GOV-01, title: Governing document, guidance: A signed and dated governing document.,
             evidence_examples: [Constitution], level: Foundation, mandatory: true}
          - {id: GOV-03, title: Conflicts of interest, guidance: A register is kept.,
             evidence_examples: [Register], level: Foundation, mandatory: true}
          - {id: GOV-05, title: Trustee meetings and minutes, guidance: The board meets.,
             evidence_examples: [Minutes], level: Foundation, mandatory: false, replaces: [GOV-02]}
          - {id: GOV-07, title: Outcomes reported, guidance: Outcomes are reported.,
             evidence_examples: [Report], level: Foundation, mandatory: false, replaces: [OUT-01]}
      - id: MON
        title: Money
        criteria:
          - {id: MON-02, title: Bank mandate, guidance: Two signatories., evidence_examples: [Bank mandate],
             level: Foundation, mandatory: false, replaces: [MON-01]}
          - {id: MON-03, title: Budget, guidance: A budget., evidence_examples: [Budget],
             level: Foundation, mandatory: false, replaces: [MON-01]}
          - {id: MON-04, title: Reserves policy, guidance: Reserves are set., evidence_examples: [Policy],
             level: Foundation, mandatory: false, freshness: {max_age_months: 12, rule: In the last two years}}
          - {id: MON-07, title: Insurance and risk, guidance: Insured and risks listed.,
             evidence_examples: [Certificate], level: Foundation, mandatory: false, replaces: [MON-05, MON-06]}
      - id: SAF
        title: Safeguarding
        criteria:
          - {id: SAF-01, title: Safeguarding policy, guidance: A policy., evidence_examples: [Policy],
             level: Foundation, mandatory: false, applies_if: {activities_any: [works-with-adults-at-risk]}}
          - {id: SAF-02, title: DBS checks, guidance: Checks are done., evidence_examples: [DBS log],
             level: Foundation, mandatory: false, applies_if: {activities_any: [works-with-children]}}
          - {id: SAF-03, title: Safeguarding lead named, guidance: A named lead., evidence_examples: [Minute],
             level: Foundation, mandatory: false, applies_if: {activities_any: [works-with-children]}}
          - {id: SAF-04, title: Premises safety, guidance: Premises are safe., evidence_examples: [Assessment],
             level: Foundation, mandatory: false, applies_if: {activities_any: [runs-premises]}}
          - {id: SAF-05, title: Adults at risk, guidance: A policy for adults., evidence_examples: [Policy],
             level: Commissioning-ready, mandatory: false}
    """
)

CIO_WITH_CHILDREN = Profile(
    LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, frozenset({Activity.WORKS_WITH_CHILDREN, Activity.USES_VOLUNTEERS})
)


@pytest.fixture(scope="module")
def versions() -> tuple[Framework, Framework]:
    return parse_framework(VERSION_1), parse_framework(VERSION_2)


def test_every_change_is_listed_with_its_meaning_and_its_sentence(versions: tuple[Framework, Framework]) -> None:
    old, new = versions
    found = diff(old, new, CIO_WITH_CHILDREN, "Foundation")
    assert [(c.kind, c.criterion, c.old_ids, c.meaning, c.message) for c in found.changes] == [
        (
            ChangeKind.WORDING_CHANGED,
            "GOV-01",
            ("GOV-01",),
            Meaning.NEEDS_RECHECK,
            "GOV-01 'Governing document' has new guidance; check your answer still answers it.",
        ),
        (
            ChangeKind.MADE_MANDATORY,
            "GOV-03",
            ("GOV-03",),
            Meaning.NEEDS_RECHECK,
            "GOV-03 'Conflicts of interest' became mandatory; check your answer still answers it.",
        ),
        (
            ChangeKind.RENAMED,
            "GOV-05",
            ("GOV-02",),
            Meaning.NEEDS_RECHECK,
            "GOV-02 'Trustee meetings' is now GOV-05 'Trustee meetings and minutes'; check your answer still answers it.",
        ),
        (
            ChangeKind.RENAMED,
            "GOV-07",
            ("OUT-01",),
            Meaning.NEEDS_RECHECK,
            "OUT-01 'Outcomes reported' is now GOV-07 'Outcomes reported'; check your answer still answers it.",
        ),
        (
            ChangeKind.MOVED,
            "GOV-07",
            ("OUT-01",),
            Meaning.NOTHING_TO_DO,
            "GOV-07 'Outcomes reported' moved from the area 'Outcomes' to 'Governance'.",
        ),
        (
            ChangeKind.SPLIT,
            "MON-02",
            ("MON-01",),
            Meaning.NEEDS_RECHECK,
            "MON-02 'Bank mandate' takes over part of MON-01 'Money controls', which is split into MON-02 and MON-03; "
            "check your answer still answers it.",
        ),
        (
            ChangeKind.SPLIT,
            "MON-03",
            ("MON-01",),
            Meaning.NEEDS_RECHECK,
            "MON-03 'Budget' takes over part of MON-01 'Money controls', which is split into MON-02 and MON-03; "
            "check your answer still answers it.",
        ),
        (
            ChangeKind.FRESHNESS_TIGHTENED,
            "MON-04",
            ("MON-04",),
            Meaning.NEEDS_RECHECK,
            "MON-04 'Reserves policy' now needs evidence at most 12 months old (it was 24); "
            "check your answer still answers it.",
        ),
        (
            ChangeKind.MERGED,
            "MON-07",
            ("MON-05", "MON-06"),
            Meaning.NEEDS_RECHECK,
            "MON-07 'Insurance and risk' combines MON-05 'Insurance' and MON-06 'Risk register'; "
            "check your answer still answers it.",
        ),
        (
            ChangeKind.APPLICABILITY_CHANGED,
            "SAF-01",
            ("SAF-01",),
            Meaning.NO_LONGER_APPLIES,
            "Who SAF-01 'Safeguarding policy' applies to changed; it no longer applies to you.",
        ),
        (
            ChangeKind.LEVEL_CHANGED,
            "SAF-02",
            ("SAF-02",),
            Meaning.NOW_APPLIES,
            "SAF-02 'DBS checks' moved from level Commissioning-ready to Foundation; it now applies to you.",
        ),
        (
            ChangeKind.ADDED,
            "SAF-03",
            (),
            Meaning.NOW_APPLIES,
            "SAF-03 'Safeguarding lead named' is new and applies to you.",
        ),
        (
            ChangeKind.ADDED,
            "SAF-04",
            (),
            Meaning.DOES_NOT_APPLY,
            "SAF-04 'Premises safety' is new; it does not apply to you.",
        ),
        (
            ChangeKind.LEVEL_CHANGED,
            "SAF-05",
            ("SAF-05",),
            Meaning.NO_LONGER_APPLIES,
            "SAF-05 'Adults at risk' moved from level Foundation to Commissioning-ready; it no longer applies to you.",
        ),
        (
            ChangeKind.REMOVED,
            "GOV-04",
            ("GOV-04",),
            Meaning.NO_LONGER_APPLIES,
            "GOV-04 'Annual plan' is no longer in the framework; you no longer answer it.",
        ),
    ]
    assert found.notes == ()
    assert (found.old_version, found.new_version) == ("2026.1", "2027.1")


def test_what_it_means_for_you_in_three_lists(versions: tuple[Framework, Framework]) -> None:
    old, new = versions
    found = diff(old, new, CIO_WITH_CHILDREN, "Foundation")
    assert found.criteria_where(Meaning.NOW_APPLIES) == ["SAF-02", "SAF-03"]
    assert found.criteria_where(Meaning.NO_LONGER_APPLIES) == ["SAF-01", "SAF-05", "GOV-04"]
    assert found.criteria_where(Meaning.NEEDS_RECHECK) == [
        "GOV-01",
        "GOV-03",
        "GOV-05",
        "GOV-07",
        "MON-02",
        "MON-03",
        "MON-04",
        "MON-07",
    ]
    assert [c.criterion for c in found.added] == ["SAF-03", "SAF-04"]
    assert [c.criterion for c in found.removed] == ["GOV-04"]
    assert found.as_json()["for_you"] == {
        "now_applies": ["SAF-02", "SAF-03"],
        "no_longer_applies": ["SAF-01", "SAF-05", "GOV-04"],
        "needs_recheck": ["GOV-01", "GOV-03", "GOV-05", "GOV-07", "MON-02", "MON-03", "MON-04", "MON-07"],
    }


def test_each_new_criterion_takes_the_answers_of_what_it_continues(versions: tuple[Framework, Framework]) -> None:
    old, new = versions
    assert continued_ids(old, new) == {
        "GOV-01": ("GOV-01",),
        "GOV-03": ("GOV-03",),
        "GOV-05": ("GOV-02",),
        "GOV-07": ("OUT-01",),
        "MON-02": ("MON-01",),
        "MON-03": ("MON-01",),
        "MON-04": ("MON-04",),
        "MON-07": ("MON-05", "MON-06"),
        "SAF-01": ("SAF-01",),
        "SAF-02": ("SAF-02",),
        "SAF-03": (),
        "SAF-04": (),
        "SAF-05": ("SAF-05",),
    }


def test_the_reasons_a_carried_answer_is_flagged(versions: tuple[Framework, Framework]) -> None:
    old, new = versions
    found = diff(old, new, CIO_WITH_CHILDREN, "Foundation")
    assert found.reasons("GOV-05") == ["it was GOV-02 'Trustee meetings'"]
    assert found.reasons("MON-03") == ["it is one of the parts MON-01 'Money controls' was split into"]
    assert found.reasons("MON-07") == ["it combines MON-05 'Insurance' and MON-06 'Risk register'"]
    assert found.reasons("MON-04") == ["its evidence must now be at most 12 months old (it was 24)"]
    assert found.reasons("GOV-03") == ["it became mandatory for you"]
    assert found.reasons("GOV-01") == ["its wording changed"]
    assert found.reasons("GOV-07") == ["it was OUT-01 'Outcomes reported'"]  # the move alone changes no answer
    assert found.reasons("SAF-01") == []  # who it applies to is not a reason to doubt an answer
    assert found.reasons("GOV-04") == []  # gone: nothing is carried to it


def test_without_a_target_level_only_the_conditions_decide(versions: tuple[Framework, Framework]) -> None:
    old, new = versions
    found = diff(old, new, CIO_WITH_CHILDREN)
    level_changes = [(c.criterion, c.meaning) for c in found.changes if c.kind is ChangeKind.LEVEL_CHANGED]
    assert level_changes == [("SAF-02", Meaning.NEEDS_RECHECK), ("SAF-05", Meaning.NEEDS_RECHECK)]


# --- small versions for the edges -----------------------------------------------------------------------------


def _version(
    version: str, criteria: str, *, previous: str | None = "1", levels: str = "[{name: Foundation}]"
) -> Framework:
    head = f"schema: kitemark-framework/1\nid: k\ntitle: K\nversion: '{version}'\npublisher: P\nlevels: {levels}\n"
    if previous is not None:
        head += f"previous_version: '{previous}'\n"
    body = textwrap.indent(textwrap.dedent(criteria), "      ")
    return parse_framework(head + "areas:\n  - id: GOV\n    title: Governance\n    criteria:\n" + body)


def _one(fields: str) -> str:
    return f"- {{id: GOV-01, title: T, guidance: G, evidence_examples: [E], level: Foundation, {fields}}}\n"


def _changes(before: str, after: str, profile: Profile = CIO_WITH_CHILDREN) -> list[tuple[ChangeKind, str]]:
    old, new = _version("1", _one(before), previous=None), _version("2", _one(after))
    return [(c.kind, c.message) for c in diff(old, new, profile).changes]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "mandatory: false, freshness: {max_age_months: 12, rule: R}",
            "mandatory: false, freshness: {max_age_months: 12, rule: R}",
            [],
        ),
        (
            "mandatory: false, freshness: {max_age_months: 12, rule: R}",
            "mandatory: false, freshness: {max_age_months: 11, rule: R}",
            [
                (
                    ChangeKind.FRESHNESS_TIGHTENED,
                    "GOV-01 'T' now needs evidence at most 11 months old (it was 12); check your answer still answers it.",
                )
            ],
        ),
        (
            "mandatory: false, freshness: {max_age_months: 12, rule: R}",
            "mandatory: false, freshness: {max_age_months: 13, rule: R}",
            [(ChangeKind.FRESHNESS_LOOSENED, "GOV-01 'T' now accepts evidence up to 13 months old (it was 12).")],
        ),
        (
            "mandatory: false",
            "mandatory: false, freshness: {max_age_months: 36, rule: R}",
            [
                (
                    ChangeKind.FRESHNESS_ADDED,
                    "GOV-01 'T' now needs evidence at most 36 months old; check your answer still answers it.",
                )
            ],
        ),
        (
            "mandatory: false, freshness: {max_age_months: 12, rule: R}",
            "mandatory: false",
            [
                (
                    ChangeKind.FRESHNESS_LOOSENED,
                    "GOV-01 'T' no longer limits how old its evidence may be (it was 12 months).",
                )
            ],
        ),
        (
            "mandatory: false, freshness: {max_age_months: 12, rule: Reviewed}",
            "mandatory: false, freshness: {max_age_months: 12, rule: Signed}",
            [
                (
                    ChangeKind.WORDING_CHANGED,
                    "GOV-01 'T' has a new rule for how recent its evidence must be; check your answer still answers it.",
                )
            ],
        ),
    ],
    ids=["same", "one-month-tighter", "one-month-looser", "added", "removed", "rule-words"],
)
def test_freshness_at_its_edges(before: str, after: str, expected: list[tuple[ChangeKind, str]]) -> None:
    assert _changes(before, after) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("mandatory: true", "mandatory: false", [(ChangeKind.MADE_OPTIONAL, "GOV-01 'T' is no longer mandatory.")]),
        (
            "mandatory: true",
            "mandatory: false, mandatory_if: {activities_any: [works-with-children]}",
            [(ChangeKind.MADE_OPTIONAL, "GOV-01 'T' is no longer mandatory for everyone, but still is for you.")],
        ),
        (
            "mandatory: false, mandatory_if: {activities_any: [works-with-children]}",
            "mandatory: true",
            [(ChangeKind.MADE_MANDATORY, "GOV-01 'T' became mandatory.")],  # it was mandatory for you already
        ),
        (
            "mandatory: false",
            "mandatory: false, mandatory_if: {activities_any: [works-with-children]}",
            [
                (
                    ChangeKind.MADE_MANDATORY,
                    "GOV-01 'T' is now mandatory for you (the rule for when it is mandatory changed); "
                    "check your answer still answers it.",
                )
            ],
        ),
        (
            "mandatory: false, mandatory_if: {activities_any: [works-with-children]}",
            "mandatory: false, mandatory_if: {activities_any: [runs-premises]}",
            [
                (
                    ChangeKind.MADE_OPTIONAL,
                    "GOV-01 'T' is no longer mandatory for you (the rule for when it is mandatory changed).",
                )
            ],
        ),
        (
            "mandatory: false, mandatory_if: {activities_any: [runs-premises]}",
            "mandatory: false, mandatory_if: {activities_any: [employs-staff]}",
            [
                (
                    ChangeKind.MANDATORY_RULE_CHANGED,
                    "The rule for when GOV-01 'T' is mandatory changed, but not for you.",
                )
            ],
        ),
        ("mandatory: true, mandatory_if: {activities_any: [runs-premises]}", "mandatory: true", []),
    ],
    ids=[
        "optional",
        "optional-but-not-for-you",
        "mandatory-already-for-you",
        "mandatory-for-you",
        "optional-for-you",
        "rule-only",
        "still-mandatory",
    ],
)
def test_mandatory_for_everyone_and_for_you(before: str, after: str, expected: list[tuple[ChangeKind, str]]) -> None:
    assert _changes(before, after) == expected


def test_a_criterion_that_keeps_its_id_and_absorbs_another_is_a_merge_compared_with_itself() -> None:
    old = _version(
        "1",
        _one("mandatory: false")
        + "- {id: GOV-02, title: Two, guidance: G, evidence_examples: [E], level: Foundation, mandatory: false}\n",
        previous=None,
    )
    new = _version("2", _one("mandatory: true, replaces: [GOV-02]"))
    found = diff(old, new, CIO_WITH_CHILDREN)
    assert [(c.kind, c.old_ids, c.message) for c in found.changes] == [
        (
            ChangeKind.MERGED,
            ("GOV-01", "GOV-02"),
            "GOV-01 'T' combines GOV-01 'T' and GOV-02 'Two'; check your answer still answers it.",
        ),
        (
            ChangeKind.MADE_MANDATORY,
            ("GOV-01", "GOV-02"),
            "GOV-01 'T' became mandatory; check your answer still answers it.",
        ),
    ]
    assert found.removed == []


def test_notes_about_the_match_as_a_whole() -> None:
    old = _version("1", _one("mandatory: false"), previous=None)
    unnamed = _version("2", _one("mandatory: false"), previous=None)
    assert diff(old, unnamed, CIO_WITH_CHILDREN).notes == (
        "Version 2 does not say which version it follows, so criteria are matched by their ids only.",
    )
    other = _version(
        "3",
        "- {id: GOV-09, title: N, guidance: G, evidence_examples: [E], level: Foundation, "
        "mandatory: false, replaces: [GOV-01, GOV-77]}\n",
        previous="2",
    )
    assert diff(old, other, CIO_WITH_CHILDREN).notes == (
        "Version 3 follows version 2, but your self-assessment uses version 1; what its criteria replace is matched "
        "where your version has those criteria.",
        "GOV-09 replaces GOV-77, which version 1 does not have.",
    )
    renamed_levels = _version("2", _one("mandatory: false").replace("Foundation", "Bronze"), levels="[{name: Bronze}]")
    found = diff(old, renamed_levels, CIO_WITH_CHILDREN, "Foundation")
    assert found.notes == (
        "Your target level Foundation is not a level of version 2 (its levels are: Bronze); choose one when you move.",
    )
    assert [c.kind for c in found.changes] == [ChangeKind.LEVEL_CHANGED]


def test_a_change_as_json() -> None:
    old = _version("1", _one("mandatory: false"), previous=None)
    new = _version("2", _one("mandatory: true"))
    (change,) = diff(old, new, CIO_WITH_CHILDREN).changes
    assert change.as_json() == {
        "kind": "made-mandatory",
        "criterion": "GOV-01",
        "title": "T",
        "old_ids": ["GOV-01"],
        "meaning": "needs-recheck",
        "message": "GOV-01 'T' became mandatory; check your answer still answers it.",
    }


def test_a_new_target_level_of_its_own(versions: tuple[Framework, Framework]) -> None:
    old, new = versions
    found = diff(old, new, CIO_WITH_CHILDREN, "Commissioning-ready", "Foundation")
    levels = [(c.criterion, c.meaning) for c in found.changes if c.kind is ChangeKind.LEVEL_CHANGED]
    assert levels == [("SAF-02", Meaning.NEEDS_RECHECK), ("SAF-05", Meaning.NO_LONGER_APPLIES)]
    unknown = diff(old, new, CIO_WITH_CHILDREN, "Commissioning-ready", "Gold")  # a level the new version lacks
    levels = [(c.criterion, c.meaning) for c in unknown.changes if c.kind is ChangeKind.LEVEL_CHANGED]
    assert levels == [("SAF-02", Meaning.NEEDS_RECHECK), ("SAF-05", Meaning.NEEDS_RECHECK)]
    assert unknown.notes == ()
