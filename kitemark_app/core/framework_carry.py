"""Carrying answers to a new framework version, as plain data.

Each criterion of the new version takes the answers of the old criteria it continues (``FrameworkDiff.sources``:
its own id, then what it ``replaces``). One answer is copied as it is — a split copies it to every part. Several
answers (a merge) become one: the narratives and "not applicable" reasons joined under a line naming the criterion
each came from, the evidence links united, and the status the weakest that is fair to all of them. A carried answer
on a criterion that changed in a way that may make it wrong is flagged with a sentence saying what changed, until
the organisation confirms it still answers the criterion.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kitemark_app.core.framework_diff import FrameworkDiff
from kitemark_app.core.status import ResponseStatus


@dataclass(frozen=True)
class Carry:
    """What one criterion of the new version takes: the old criteria's answers, and the re-check flag to set."""

    criterion: str
    sources: tuple[str, ...]
    recheck: str = ""


def recheck_text(version: str, reasons: Sequence[str]) -> str:
    """The flag on a carried answer: what changed, and what to do ("" when there is no reason)."""
    if not reasons:
        return ""
    return (
        f"Version {version} changed this criterion: {'; '.join(reasons)}. "
        "Check your answer still answers it, then confirm it does."
    )


def carry_plan(diff: FrameworkDiff) -> list[Carry]:
    """For every new criterion that continues old ones (in the new version's order), what it takes."""
    return [
        Carry(new_id, sources, recheck_text(diff.new_version, diff.reasons(new_id)))
        for new_id, sources in diff.sources.items()
        if sources
    ]


@dataclass(frozen=True)
class Answer:
    """An answer as stored: to be carried (from the old cycle) or carried (to the new one)."""

    criterion: str
    status: ResponseStatus = ResponseStatus.NOT_STARTED
    narrative: str = ""
    na_reason: str = ""
    evidence_ids: tuple[int, ...] = ()
    needs_recheck: str = ""

    @property
    def has_content(self) -> bool:
        return (
            self.status.answered
            or bool(self.narrative.strip())
            or bool(self.na_reason.strip())
            or bool(self.evidence_ids)
        )


def merged_status(statuses: Sequence[ResponseStatus]) -> ResponseStatus:
    """One status for several old answers joined into one criterion.

    Not-started answers say nothing; if every other one is "not applicable", so is the merge. Otherwise the
    not-applicable parts are left aside: all met is met, all not met is not met, any other mix is partly met.
    """
    said = [s for s in statuses if s is not ResponseStatus.NOT_STARTED]
    if not said:
        return ResponseStatus.NOT_STARTED
    relevant = [s for s in said if s is not ResponseStatus.NOT_APPLICABLE]
    if not relevant:
        return ResponseStatus.NOT_APPLICABLE
    if all(s is ResponseStatus.MET for s in relevant):
        return ResponseStatus.MET
    if all(s is ResponseStatus.NOT_MET for s in relevant):
        return ResponseStatus.NOT_MET
    return ResponseStatus.PARTLY_MET


def joined_text(parts: Sequence[tuple[str, str]]) -> str:
    """Texts from several criteria as one: each under a line "[From GOV-03 'Board meets']", blank lines between.
    ``parts`` are (the criterion named, its text); empty texts are left out, and one text alone needs no heading."""
    said = [(label, text.strip()) for label, text in parts if text.strip()]
    if len(said) == 1:
        return said[0][1]
    return "\n\n".join(f"[From {label}]\n{text}" for label, text in said)


def carried_answer(carry: Carry, answers: Mapping[str, Answer], labels: Mapping[str, str]) -> Answer | None:
    """The answer ``carry.criterion`` gets from the old ``answers`` (by old criterion id), or None when none of its
    sources was answered at all. ``labels`` names each old criterion for the headings of joined texts."""
    found = [answers[old_id] for old_id in carry.sources if old_id in answers]
    if not found:
        return None
    if len(found) == 1:
        one = found[0]
        status, narrative, na_reason, evidence = one.status, one.narrative, one.na_reason, one.evidence_ids
        earlier_flag = one.needs_recheck
    else:
        status = merged_status([a.status for a in found])
        narrative = joined_text([(labels.get(a.criterion, a.criterion), a.narrative) for a in found])
        na_reason = joined_text([(labels.get(a.criterion, a.criterion), a.na_reason) for a in found])
        evidence = tuple(dict.fromkeys(i for a in found for i in a.evidence_ids))
        earlier_flag = next((a.needs_recheck for a in found if a.needs_recheck), "")
    answer = Answer(carry.criterion, status, narrative, na_reason, evidence)
    # A new reason replaces an older unconfirmed one (it asks for the same check); nothing to check is not flagged.
    flag = (carry.recheck or earlier_flag) if answer.has_content else ""
    return Answer(carry.criterion, status, narrative, na_reason, evidence, flag)
