"""core/crosswalk.py at the edges the mutants of scripts/mutation.sh probe: the exact text of an unknown target
framework's issue (the known ids listed, or "none"), every entry of a criterion checked after a bad one, and the
entries and targets ``counterparts`` skips without giving up on the rest. The frameworks are built inside each
test (mutmut only counts calls made while a test runs); expected values are written out by hand."""

from __future__ import annotations

from kitemark_app.core.crosswalk import Counterpart, counterparts, target_issues
from kitemark_app.core.framework import Area, Criterion, CriterionMap, Framework, FrameworkIssue, Level


def _criterion(criterion_id: str, *maps_to: CriterionMap) -> Criterion:
    return Criterion(
        criterion_id, f"Criterion {criterion_id}", "Do it.", ("A document",), "Basic", True, maps_to=maps_to
    )


def _framework(framework_id: str, *criteria: Criterion) -> Framework:
    return Framework(
        schema_="kitemark-framework/1",
        id=framework_id,
        title=f"{framework_id.title()} checklist",
        version="1",
        publisher="A test publisher",
        levels=(Level("Basic"),),
        areas=(Area("AR", "Everything", criteria),),
    )


def _beta() -> Framework:
    return _framework("beta", _criterion("BE-01"), _criterion("BE-02"))


def test_an_unknown_framework_lists_every_known_id_in_order() -> None:
    alpha = _framework("alpha", _criterion("AL-01", CriterionMap("gamma", ("GA-01",))))
    issues = target_issues(alpha, {"beta": _beta(), "alpha": alpha})
    assert issues == [
        FrameworkIssue("areas[0].criteria[0].maps_to[0].framework", "unknown framework 'gamma' (known: alpha, beta)")
    ]


def test_an_unknown_framework_with_none_known_says_none() -> None:
    alpha = _framework("alpha", _criterion("AL-01", CriterionMap("gamma", ("GA-01",))))
    assert target_issues(alpha, {}) == [
        FrameworkIssue("areas[0].criteria[0].maps_to[0].framework", "unknown framework 'gamma' (known: none)")
    ]


def test_the_entries_after_an_unknown_framework_are_still_checked() -> None:
    alpha = _framework(
        "alpha",
        _criterion("AL-01", CriterionMap("gamma", ("GA-01",)), CriterionMap("beta", ("BE-09", "BE-02"))),
        _criterion("AL-02", CriterionMap("beta", ("BE-01", "BE-07"))),
    )
    assert target_issues(alpha, {"beta": _beta()}) == [
        FrameworkIssue("areas[0].criteria[0].maps_to[0].framework", "unknown framework 'gamma' (known: beta)"),
        FrameworkIssue("areas[0].criteria[0].maps_to[1].criteria[0]", "'BE-09' is not a criterion of Beta checklist 1"),
        FrameworkIssue("areas[0].criteria[1].maps_to[0].criteria[1]", "'BE-07' is not a criterion of Beta checklist 1"),
    ]


def test_an_entry_naming_its_own_framework_is_skipped_not_the_entries_after_it() -> None:
    # A file that maps to itself is refused when it is read (core/framework.py); counterparts only skips it.
    alpha = _framework(
        "alpha",
        _criterion("AL-01", CriterionMap("alpha", ("AL-02",)), CriterionMap("beta", ("BE-01",), "partial")),
        _criterion("AL-02"),
    )
    assert counterparts([alpha, _beta()]) == {
        ("alpha", "AL-01"): [Counterpart("beta", "BE-01", "partial")],
        ("beta", "BE-01"): [Counterpart("alpha", "AL-01", "partial")],
    }


def test_a_target_that_is_not_there_is_skipped_not_the_targets_after_it() -> None:
    alpha = _framework("alpha", _criterion("AL-01", CriterionMap("beta", ("BE-09", "BE-02"))))
    assert counterparts([alpha, _beta()]) == {
        ("alpha", "AL-01"): [Counterpart("beta", "BE-02", "same")],
        ("beta", "BE-02"): [Counterpart("alpha", "AL-01", "same")],
    }
