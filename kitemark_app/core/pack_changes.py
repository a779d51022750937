"""What changed between two states of a self-assessment, criterion by criterion: the rule both sides share.

The charity compares what it has now with its last exported pack; the assessor compares a pack with the previous
pack it names (``cycle.follows_pack``, signed). A state is, per criterion, the answer's status, its narrative and
its evidence by SHA-256 (so a file renamed is the same evidence, and a file replaced under the same title is not).
No I/O: plain data in and out.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: Lines of narrative diff kept per criterion: enough to read, bounded for a hostile pack.
MAX_DIFF_LINES = 40


@dataclass(frozen=True)
class AnswerState:
    status: str
    narrative: str
    evidence: Mapping[str, str]  # sha256 -> title


class ChangeKind(StrEnum):
    NEW = "new"  # a criterion answered now that was not in the earlier state
    GONE = "gone"  # in the earlier state, not now (no longer applies, or the framework changed)
    CHANGED = "changed"
    SAME = "same"


@dataclass(frozen=True)
class CriterionChange:
    criterion: str
    kind: ChangeKind
    status_before: str
    status_now: str
    narrative_diff: tuple[str, ...]  # unified-diff lines without the header; () when the text is the same
    evidence_added: tuple[str, ...]  # titles
    evidence_removed: tuple[str, ...]
    evidence_kept: int

    @property
    def narrative_changed(self) -> bool:
        return bool(self.narrative_diff)

    def sentence(self) -> str:
        """One plain sentence on what changed, for a list."""
        if self.kind is ChangeKind.NEW:
            return f"{self.criterion}: not in the earlier pack; now {self.status_now}."
        if self.kind is ChangeKind.GONE:
            return f"{self.criterion}: in the earlier pack ({self.status_before}), not in this one."
        if self.kind is ChangeKind.SAME:
            return f"{self.criterion}: unchanged."
        parts = []
        if self.status_before != self.status_now:
            parts.append(f"{self.status_before} → {self.status_now}")
        if self.narrative_changed:
            parts.append("answer rewritten")
        if self.evidence_added:
            parts.append(f"{len(self.evidence_added)} new evidence file(s): {', '.join(self.evidence_added)}")
        if self.evidence_removed:
            parts.append(f"{len(self.evidence_removed)} evidence file(s) gone: {', '.join(self.evidence_removed)}")
        return f"{self.criterion}: " + "; ".join(parts) + "."


def answers_from_manifest(manifest: Mapping[str, Any]) -> dict[str, AnswerState]:
    """The per-criterion state a pack's manifest records (responses, and evidence by attachment name). A copy sent
    without personal details counts as its original (``original_sha256``), the file the library and older packs know."""
    by_attachment = {
        e["attachment"]: (e.get("original_sha256") or e["sha256"], e["title"]) for e in manifest.get("evidence", [])
    }
    answers = {}
    for response in manifest.get("responses", []):
        evidence = dict(by_attachment[name] for name in response.get("evidence", []) if name in by_attachment)
        answers[response["criterion"]] = AnswerState(response["status"], response.get("narrative", ""), evidence)
    return answers


def _diff(before: str, now: str) -> tuple[str, ...]:
    if before == now:
        return ()
    lines = difflib.unified_diff(before.splitlines(), now.splitlines(), lineterm="", n=1)
    body = [line for line in lines if not line.startswith(("---", "+++", "@@"))]
    if len(body) > MAX_DIFF_LINES:
        body = [*body[:MAX_DIFF_LINES], f"… {len(body) - MAX_DIFF_LINES} more lines"]
    return tuple(body)


def compare(before: Mapping[str, AnswerState], now: Mapping[str, AnswerState]) -> list[CriterionChange]:
    """Every criterion of either state, in the order they come now (then those gone), with what changed."""
    changes = []
    for criterion in [*now, *(c for c in before if c not in now)]:
        old, new = before.get(criterion), now.get(criterion)
        if old is None:
            assert new is not None
            changes.append(CriterionChange(criterion, ChangeKind.NEW, "", new.status, (), tuple(new.evidence.values()),
                                           (), 0))  # fmt: skip
            continue
        if new is None:
            changes.append(CriterionChange(criterion, ChangeKind.GONE, old.status, "", (), (),
                                           tuple(old.evidence.values()), 0))  # fmt: skip
            continue
        added = tuple(title for sha, title in new.evidence.items() if sha not in old.evidence)
        removed = tuple(title for sha, title in old.evidence.items() if sha not in new.evidence)
        kept = sum(1 for sha in new.evidence if sha in old.evidence)
        narrative = _diff(old.narrative, new.narrative)
        same = old.status == new.status and not narrative and not added and not removed
        kind = ChangeKind.SAME if same else ChangeKind.CHANGED
        changes.append(CriterionChange(criterion, kind, old.status, new.status, narrative, added, removed, kept))
    return changes
