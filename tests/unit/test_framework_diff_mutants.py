"""Edges of core/framework_diff.py that scripts/mutation.sh showed no test held: the whole diff as JSON, a merge of
three criteria, a new title, target levels neither version has, the titles of added and removed criteria, and a
removed criterion that did not apply. Each expected value is written out by hand from the versions below."""

from __future__ import annotations

import textwrap

from kitemark_app.core.framework import Framework, parse_framework
from kitemark_app.core.framework_diff import ChangeKind, Meaning, diff
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm, Profile

CIO = Profile(LegalForm.CIO, IncomeBand.FROM_25K_TO_100K, frozenset({Activity.USES_VOLUNTEERS}))


def _version(
    version: str, criteria: str, *, previous: str | None = "1", levels: str = "[{name: Foundation}]"
) -> Framework:
    head = f"schema: kitemark-framework/1\nid: k\ntitle: K\nversion: '{version}'\npublisher: P\nlevels: {levels}\n"
    if previous is not None:
        head += f"previous_version: '{previous}'\n"
    body = textwrap.indent(textwrap.dedent(criteria), "      ")
    return parse_framework(head + "areas:\n  - id: GOV\n    title: Governance\n    criteria:\n" + body)


def _criterion(criterion_id: str, title: str, fields: str = "") -> str:
    extra = f", {fields}" if fields else ""
    return (
        f"- {{id: {criterion_id}, title: {title}, guidance: G, evidence_examples: [E], level: Foundation, "
        f"mandatory: false{extra}}}\n"
    )


OLD = _version(
    "1",
    _criterion("GOV-01", "One") + _criterion("GOV-02", "Two") + _criterion("GOV-03", "Three")
    + _criterion("GOV-04", "Kept") + _criterion("GOV-05", "Children", "applies_if: {activities_any: [works-with-children]}")
    + _criterion("GOV-06", "Volunteers"),
    previous=None,
)  # fmt: skip
NEW = _version(
    "2",
    _criterion("GOV-09", "All three", "replaces: [GOV-01, GOV-02, GOV-03]")
    + _criterion("GOV-04", "Kept and named")
    + _criterion("GOV-10", "Fresh"),
)  # fmt: skip


def test_the_whole_diff_as_json() -> None:
    found = diff(OLD, NEW, CIO)
    assert found.as_json() == {
        "old_version": "1",
        "new_version": "2",
        "changes": [
            {
                "kind": "merged",
                "criterion": "GOV-09",
                "title": "All three",
                "old_ids": ["GOV-01", "GOV-02", "GOV-03"],
                "meaning": "needs-recheck",
                "message": "GOV-09 'All three' combines GOV-01 'One', GOV-02 'Two' and GOV-03 'Three'; "
                "check your answer still answers it.",
            },
            {
                "kind": "wording-changed",
                "criterion": "GOV-04",
                "title": "Kept and named",
                "old_ids": ["GOV-04"],
                "meaning": "needs-recheck",
                "message": "GOV-04 'Kept and named' has a new title (it was 'Kept'); check your answer still answers it.",
            },
            {
                "kind": "added",
                "criterion": "GOV-10",
                "title": "Fresh",
                "old_ids": [],
                "meaning": "now-applies",
                "message": "GOV-10 'Fresh' is new and applies to you.",
            },
            {
                "kind": "removed",
                "criterion": "GOV-05",
                "title": "Children",
                "old_ids": ["GOV-05"],
                "meaning": "does-not-apply",
                "message": "GOV-05 'Children' is no longer in the framework.",
            },
            {
                "kind": "removed",
                "criterion": "GOV-06",
                "title": "Volunteers",
                "old_ids": ["GOV-06"],
                "meaning": "no-longer-applies",
                "message": "GOV-06 'Volunteers' is no longer in the framework; you no longer answer it.",
            },
        ],
        "for_you": {"now_applies": ["GOV-10"], "no_longer_applies": ["GOV-06"], "needs_recheck": ["GOV-09", "GOV-04"]},
        "notes": [],
    }
    assert found.sources == {"GOV-09": ("GOV-01", "GOV-02", "GOV-03"), "GOV-04": ("GOV-04",), "GOV-10": ()}
    assert [c.title for c in found.added + found.removed] == ["Fresh", "Children", "Volunteers"]


def test_a_target_level_neither_version_has_limits_nothing_and_is_not_noted() -> None:
    found = diff(OLD, NEW, CIO, "Gold")
    assert found.notes == ()
    assert [c.meaning for c in found.removed] == [Meaning.DOES_NOT_APPLY, Meaning.NO_LONGER_APPLIES]


def test_a_removed_criterion_above_the_target_level_did_not_apply() -> None:
    two_levels = "[{name: Foundation}, {name: Gold}]"
    old = _version("1", _criterion("GOV-01", "One") + _criterion("GOV-02", "Two").replace("Foundation", "Gold"),
                   previous=None, levels=two_levels)  # fmt: skip
    new = _version("2", _criterion("GOV-01", "One"), levels=two_levels)
    (removed,) = diff(old, new, CIO, "Foundation").changes
    assert (removed.kind, removed.criterion, removed.meaning, removed.message) == (
        ChangeKind.REMOVED, "GOV-02", Meaning.DOES_NOT_APPLY, "GOV-02 'Two' is no longer in the framework.",
    )  # fmt: skip


def test_a_new_target_level_given_for_renamed_levels_needs_no_note() -> None:
    old = _version("1", _criterion("GOV-01", "One"), previous=None)
    levels = "[{name: Bronze}, {name: Silver}]"
    new = _version("2", _criterion("GOV-01", "One").replace("Foundation", "Bronze"), levels=levels)
    assert diff(old, new, CIO, "Foundation", "Bronze").notes == ()
    assert diff(old, new, CIO, "Foundation").notes == (
        "Your target level Foundation is not a level of version 2 (its levels are: Bronze, Silver); choose one when "
        "you move.",
    )
