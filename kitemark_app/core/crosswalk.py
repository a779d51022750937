"""Crosswalks between frameworks: which criteria of one framework ask what criteria of another ask.

A framework file maps its criteria with ``maps_to`` (``core/framework.py``). A mapping is read both ways: when the
funder's checklist maps DD-02 to the Kitemark's FIN-01, the Kitemark's FIN-01 is also offered DD-02's answer. The
file itself can only check that the names are well formed; ``target_issues`` checks them against the frameworks
the app knows (the bundled ones and those the organisation works with), naming the place in the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kitemark_app.core.framework import Framework, FrameworkIssue


@dataclass(frozen=True)
class Counterpart:
    """A criterion of another framework that corresponds to one of this framework's."""

    framework_id: str
    criterion_id: str
    strength: str  # "same" or "partial"


def target_issues(framework: Framework, known: Mapping[str, Framework]) -> list[FrameworkIssue]:
    """Every ``maps_to`` target that is not a framework in ``known`` (by id), or not a criterion of it."""
    issues: list[FrameworkIssue] = []
    for a, area in enumerate(framework.areas):
        for c, criterion in enumerate(area.criteria):
            for m, entry in enumerate(criterion.maps_to):
                where = f"areas[{a}].criteria[{c}].maps_to[{m}]"
                target = known.get(entry.framework)
                if target is None:
                    names = ", ".join(sorted(known)) or "none"
                    issues.append(
                        FrameworkIssue(f"{where}.framework", f"unknown framework '{entry.framework}' (known: {names})")
                    )
                    continue
                ids = {criterion.id for _, criterion in target.criteria()}
                for i, target_id in enumerate(entry.criteria):
                    if target_id not in ids:
                        issues.append(
                            FrameworkIssue(
                                f"{where}.criteria[{i}]",
                                f"'{target_id}' is not a criterion of {target.title} {target.version}",
                            )
                        )
    return issues


def counterparts(frameworks: Iterable[Framework]) -> dict[tuple[str, str], list[Counterpart]]:
    """(framework id, criterion id) -> the criteria of the other frameworks it corresponds to, both ways round.

    Only mappings between the frameworks given count (a target not among them is left out); a pair mapped by both
    files appears once, as "same" if either file says so.
    """
    frameworks = list(frameworks)
    present = {framework.id: {criterion.id for _, criterion in framework.criteria()} for framework in frameworks}
    found: dict[tuple[str, str], dict[tuple[str, str], str]] = {}

    def add(source: tuple[str, str], target: tuple[str, str], strength: str) -> None:
        known = found.setdefault(source, {})
        known[target] = "same" if "same" in (strength, known.get(target)) else strength

    for framework in frameworks:
        for _, criterion in framework.criteria():
            for entry in criterion.maps_to:
                if entry.framework == framework.id:
                    continue
                for target_id in entry.criteria:
                    if target_id not in present.get(entry.framework, ()):
                        continue
                    add((framework.id, criterion.id), (entry.framework, target_id), entry.strength)
                    add((entry.framework, target_id), (framework.id, criterion.id), entry.strength)
    return {
        source: [Counterpart(fid, cid, strength) for (fid, cid), strength in sorted(targets.items())]
        for source, targets in found.items()
    }
