"""Moving to a new version of the framework: first what changes for this organisation, then the move, by choice.

``preview_move`` compares the current self-assessment's framework with the new version (``core/framework_diff.py``)
for this organisation's profile and target level, and says which of the two moves is open:

- ``move_current_cycle`` — the self-assessment has not been sent yet: a new cycle on the new version takes its
  answers, evidence links, actions and declaration, and the old cycle is kept exactly as it was, marked
  superseded, so every old answer (those of criteria the new version dropped too) can still be read;
- ``start_next_cycle_on`` — it has been sent: the next self-assessment starts on the new version with the answers,
  evidence links and unfinished actions, and the old cycle is closed (as ``review_import.start_next_cycle``).

Answers are carried by stable id and through ``replaces`` (``core/framework_carry.py``); an answer on a criterion
that changed is flagged for the organisation to check, until it confirms the answer still answers the criterion.
Each of these takes the new framework's source text — a draft YAML file read by the CLI or the window, or the text
the signed-framework install has verified — never a path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from kitemark_app.core.framework import Framework, FrameworkError, parse_framework
from kitemark_app.core.framework_carry import Answer, carried_answer, carry_plan
from kitemark_app.core.framework_diff import FrameworkDiff, diff
from kitemark_app.core.status import ActionStatus, CycleStatus, ResponseStatus
from kitemark_app.db.models import ActionItem, AssessmentCycle, Evidence, Response, Signatory
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say
from kitemark_app.services.workspace import Workspace, profile_of


class MoveRefused(KitemarkError):
    """This move cannot be made (the sentence says why, and what to do instead)."""


@dataclass(frozen=True)
class MovePreview:
    organisation: str
    framework_title: str
    current_version: str
    new_version: str
    #: The new version's levels, and the target level a move keeps ("" when the new version does not have it).
    levels: tuple[str, ...]
    target_level: str
    diff: FrameworkDiff
    #: Why the current self-assessment cannot be moved ("" when it can), and why no next one can start on it.
    current_refused: str
    next_refused: str
    #: The new version itself, for showing its words (title, level names) in the language of the GUI.
    framework: Framework | None = field(default=None, compare=False, repr=False)

    def as_json(self) -> dict[str, object]:
        changes = self.diff.as_json()
        return {
            "organisation": self.organisation,
            "framework": self.framework_title,
            "current_version": self.current_version,
            "new_version": self.new_version,
            "target_level": self.target_level,
            "levels": list(self.levels),
            "can_move_current": not self.current_refused,
            "can_start_next_cycle": not self.next_refused,
            "refusals": {"current": self.current_refused, "next_cycle": self.next_refused},
            "changes": changes["changes"],
            "for_you": changes["for_you"],
            "notes": changes["notes"],
        }


@dataclass(frozen=True)
class MoveResult:
    cycle_id: int
    previous_cycle_id: int
    #: What the old cycle became: "superseded" (kept as it was beside the moved one) or "closed".
    previous_status: str
    version: str
    target_level: str
    #: Answers carried to the new version, and how many of them are flagged to be checked.
    carried: int
    flagged: int
    actions: int
    #: Old criteria with an answer that no new criterion continues: the answers stay in the old cycle only.
    left_behind: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "cycle": self.cycle_id,
            "previous_cycle": self.previous_cycle_id,
            "previous_status": self.previous_status,
            "version": self.version,
            "target_level": self.target_level,
            "carried": self.carried,
            "flagged": self.flagged,
            "actions": self.actions,
            "left_behind": list(self.left_behind),
        }


def _parsed(source: str) -> Framework:
    try:
        return parse_framework(source)
    except FrameworkError as error:
        raise MoveRefused(say("The new framework is not valid: {problem}.", problem=error)) from None


def _same_framework(old: Framework, new: Framework) -> None:
    if new.id != old.id:
        raise MoveRefused(
            say(
                "This is a different framework ('{title}', id {id}), not a new version of '{old_title}' (id {old_id}); "
                "check you chose the file the council sent for this Kitemark.",
                title=new.title,
                id=new.id,
                old_title=old.title,
                old_id=old.id,
            )
        )
    if new.version == old.version:
        raise MoveRefused(
            say(
                "Your self-assessment already uses version {version} of '{title}'; a new version has a new version "
                "number.",
                version=old.version,
                title=old.title,
            )
        )


def _refusals(cycle: AssessmentCycle, old: Framework) -> tuple[str, str]:
    if cycle.exported_packs:
        return (
            say(
                "This self-assessment was sent to the council on version {version}, so it stays as it was sent; "
                "start your next self-assessment on the new version instead.",
                version=old.version,
            ),
            "",
        )
    return (
        "",
        say(
            "This self-assessment has not been sent yet, so there is no next one to start; move it to the new "
            "version instead."
        ),
    )


def _target(new: Framework, current: str, chosen: str | None) -> str:
    level = chosen if chosen is not None else current
    if level not in new.level_names:
        levels = ", ".join(new.level_names)
        if chosen is not None:
            raise MoveRefused(
                say(
                    "'{level}' is not a level of version {version} (its levels are: {levels}); choose one of them.",
                    level=level,
                    version=new.version,
                    levels=levels,
                )
            )
        raise MoveRefused(
            say(
                "Your target level '{level}' is not a level of version {version} (its levels are: {levels}); "
                "choose one of them.",
                level=level,
                version=new.version,
                levels=levels,
            )
        )
    return level


def preview_move(workspace: Workspace, source: str) -> MovePreview:
    """What moving the current self-assessment to the framework ``source`` would change for this organisation."""
    new = _parsed(source)
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        old = workspace.framework(cycle)
        _same_framework(old, new)
        level = cycle.target_level if cycle.target_level in new.level_names else ""
        found = diff(old, new, profile_of(cycle.organisation), cycle.target_level, level or None)
        current_refused, next_refused = _refusals(cycle, old)
        return MovePreview(
            cycle.organisation.name,
            new.title,
            old.version,
            new.version,
            tuple(new.level_names),
            level,
            found,
            current_refused,
            next_refused,
            new,
        )


def move_current_cycle(workspace: Workspace, source: str, *, target_level: str | None = None) -> MoveResult:
    """Move the self-assessment not yet sent to the new version; the old cycle stays, superseded, as it was."""
    return _move(workspace, source, target_level, next_cycle=False)


def start_next_cycle_on(workspace: Workspace, source: str, *, target_level: str | None = None) -> MoveResult:
    """Start the next self-assessment, after the one sent, on the new version; the sent one is closed."""
    return _move(workspace, source, target_level, next_cycle=True)


def _move(workspace: Workspace, source: str, chosen_level: str | None, *, next_cycle: bool) -> MoveResult:
    from kitemark_app.services import backup

    new = _parsed(source)
    _checked(workspace, new, chosen_level, next_cycle=next_cycle)  # refuse before the backup, with nothing done
    backup.backup_before(workspace, "framework-move")
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        old, level = _checked_in(session, workspace, cycle, new, chosen_level, next_cycle=next_cycle)
        found = diff(old, new, profile_of(cycle.organisation), cycle.target_level, level)
        moved = AssessmentCycle(
            organisation_id=cycle.organisation_id,
            framework_id=new.id,
            framework_version=new.version,
            framework_source=source,
            target_level=level,
            # A moved cycle answers what the old one answered; a next one follows the one that was sent.
            follows_cycle_id=cycle.id if next_cycle else cycle.follows_cycle_id,
            started_on=date.today() if next_cycle else cycle.started_on,
        )
        if not next_cycle:
            moved.resolution_date = cycle.resolution_date
            moved.resolution_minute_ref = cycle.resolution_minute_ref
        session.add(moved)
        session.flush()
        carried, flagged, left_behind = _carry_answers(session, cycle, moved, old, found)
        actions = _carry_actions(session, cycle, moved, found, unfinished_only=next_cycle)
        if not next_cycle:
            session.add_all(
                Signatory(cycle_id=moved.id, name=s.name, role=s.role, signed_on=s.signed_on) for s in cycle.signatories
            )
        cycle.status = (CycleStatus.CLOSED if next_cycle else CycleStatus.SUPERSEDED).value
        session.flush()
        return MoveResult(
            moved.id,
            cycle.id,
            cycle.status,
            new.version,
            level,
            carried,
            flagged,
            actions,
            left_behind,
        )


def _checked(workspace: Workspace, new: Framework, chosen_level: str | None, *, next_cycle: bool) -> None:
    with workspace.session() as session:
        _checked_in(session, workspace, workspace.current_cycle(session), new, chosen_level, next_cycle=next_cycle)


def _checked_in(
    session: Session,
    workspace: Workspace,
    cycle: AssessmentCycle,
    new: Framework,
    chosen_level: str | None,
    *,
    next_cycle: bool,
) -> tuple[Framework, str]:
    """The current framework and the target level to use, or MoveRefused saying why this move cannot be made."""
    old = workspace.framework(cycle)
    _same_framework(old, new)
    current_refused, next_refused = _refusals(cycle, old)
    if refused := (next_refused if next_cycle else current_refused):
        raise MoveRefused(refused)
    return old, _target(new, cycle.target_level, chosen_level)


def _carry_answers(
    session: Session, cycle: AssessmentCycle, moved: AssessmentCycle, old: Framework, found: FrameworkDiff
) -> tuple[int, int, tuple[str, ...]]:
    evidence: dict[int, Evidence] = {}
    answers: dict[str, Answer] = {}
    for response in cycle.responses:
        evidence.update((item.id, item) for item in response.evidence)
        answers[response.criterion_id] = Answer(
            response.criterion_id,
            ResponseStatus(response.status),
            response.narrative,
            response.na_reason,
            tuple(item.id for item in response.evidence),
            response.needs_recheck,
        )
    labels = {criterion.id: f"{criterion.id} '{criterion.title}'" for _, criterion in old.criteria()}
    carried = flagged = 0
    for carry in carry_plan(found):
        answer = carried_answer(carry, answers, labels)
        if answer is None:
            continue
        session.add(
            Response(
                cycle_id=moved.id,
                criterion_id=answer.criterion,
                status=answer.status.value,
                narrative=answer.narrative,
                na_reason=answer.na_reason,
                needs_recheck=answer.needs_recheck,
                evidence=[evidence[i] for i in answer.evidence_ids],
            )
        )
        carried += 1
        flagged += bool(answer.needs_recheck)
    taken = {old_id for sources in found.sources.values() for old_id in sources}
    left_behind = tuple(i for i, answer in answers.items() if i not in taken and answer.has_content)
    return carried, flagged, left_behind


def _carry_actions(
    session: Session, cycle: AssessmentCycle, moved: AssessmentCycle, found: FrameworkDiff, *, unfinished_only: bool
) -> int:
    """Copy the actions; one for a renamed, split or merged criterion goes with its (first) continuation, one for a
    criterion the new version dropped keeps its old id (the action plan still lists it)."""
    successor: dict[str, str] = {}
    for new_id, sources in found.sources.items():
        for old_id in sources:
            successor.setdefault(old_id, new_id)
    copied = 0
    for action in cycle.actions:
        if unfinished_only and action.status == ActionStatus.DONE.value:
            continue
        session.add(
            ActionItem(
                cycle_id=moved.id,
                criterion_id=successor.get(action.criterion_id, action.criterion_id),
                description=action.description,
                owner=action.owner,
                due_date=action.due_date,
                status=action.status,
                source=action.source,
                created_at=action.created_at,
            )
        )
        copied += 1
    return copied
