"""Tell us once: an answer given for one framework offered to the criteria of another that ask the same.

The crosswalks in the framework files (``core/crosswalk.py``) say which criteria correspond. On a criterion's page
the organisation is offered the answers it already gave to the corresponding criteria of its other frameworks —
to use as they are or to adapt — and nothing is ever copied without that choice. A used answer links the same
evidence items (one file in the library, counted once there and in each framework's own readiness) and remembers
where it came from, so a page can say where else its answer is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from kitemark_app.core.crosswalk import counterparts
from kitemark_app.core.framework import Framework
from kitemark_app.core.status import ResponseStatus
from kitemark_app.db.models import AssessmentCycle, Response
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class Offer:
    """An answer of another framework that corresponds to the criterion on screen."""

    framework_id: str
    framework_title: str
    criterion_id: str
    criterion_title: str
    strength: str  # "same" or "partial"
    status: ResponseStatus
    narrative: str
    evidence: tuple[str, ...]  # the titles of the evidence linked to it
    #: This criterion's answer was taken from it and still reads the same.
    in_use: bool = False

    @property
    def key(self) -> str:
        return reuse_key(self.framework_id, self.criterion_id)


@dataclass(frozen=True)
class SharedUse:
    """Another framework's criterion whose answer came from this one, or that this one came from."""

    framework_title: str
    criterion_id: str
    criterion_title: str
    taken_from_here: bool


def reuse_key(framework_id: str, criterion_id: str) -> str:
    return f"{framework_id}:{criterion_id}"


def _frameworks(
    workspace: Workspace, session: Session, language: str = "en"
) -> dict[str, tuple[AssessmentCycle, Framework]]:
    """Each framework in use, as shown in ``language`` (the same ids and crosswalks; titles translated)."""
    from kitemark_app.core.framework_text import localised

    return {
        cycle.framework_id: (cycle, localised(workspace.framework(cycle), language))
        for cycle in workspace.current_cycles(session)
    }


def _answer(session: Session, cycle: AssessmentCycle, criterion_id: str) -> Response | None:
    return next((r for r in cycle.responses if r.criterion_id == criterion_id), None)


def offers(workspace: Workspace, criterion_id: str, language: str = "en") -> list[Offer]:
    """The answers the organisation gave to the criteria of its other frameworks that correspond to this one (their
    titles in ``language`` where those frameworks have them).

    Left out: an answer with neither words nor evidence, and one marked not applicable (a reason to leave a
    criterion out elsewhere says nothing about this one).
    """
    with workspace.session() as session:
        current = workspace.current_cycle(session)
        frameworks = _frameworks(workspace, session, language)
        mine = _answer(session, current, criterion_id)
        found = []
        links = counterparts(framework for _, framework in frameworks.values())
        for link in links.get((current.framework_id, criterion_id), []):
            cycle, framework = frameworks[link.framework_id]
            answer = _answer(session, cycle, link.criterion_id)
            if answer is None or answer.status == ResponseStatus.NOT_APPLICABLE.value:
                continue
            if not answer.narrative.strip() and not answer.evidence:
                continue
            key = reuse_key(link.framework_id, link.criterion_id)
            found.append(
                Offer(
                    framework_id=link.framework_id,
                    framework_title=framework.title,
                    criterion_id=link.criterion_id,
                    criterion_title=framework.criterion(link.criterion_id).title,
                    strength=link.strength,
                    status=ResponseStatus(answer.status),
                    narrative=answer.narrative,
                    evidence=tuple(item.title for item in answer.evidence),
                    in_use=mine is not None and mine.reused_from == key and mine.narrative == answer.narrative,
                )
            )
        return found


def use_offer(workspace: Workspace, criterion_id: str, source: str, *, narrative: str | None = None) -> None:
    """Answer ``criterion_id`` with the other framework's answer ``source`` ("framework-id:CRITERION-ID").

    ``narrative`` is the adapted text (None: the other answer's words as they are). The other answer's evidence is
    linked too (the same items, not copies). A criterion not yet answered takes the other answer's status — no
    better than "partly met" when the crosswalk says the two correspond only in part; one already answered keeps
    its own.
    """
    framework_id, _, source_criterion = source.partition(":")
    with workspace.session() as session:
        frameworks = _frameworks(workspace, session)
        current = workspace.current_cycle(session)
        links = counterparts(framework for _, framework in frameworks.values())
        link = next(
            (
                item
                for item in links.get((current.framework_id, criterion_id), [])
                if (item.framework_id, item.criterion_id) == (framework_id, source_criterion)
            ),
            None,
        )
        if link is None:
            raise KitemarkError(
                say(
                    "{source} of '{framework}' does not correspond to {criterion}.",
                    source=source_criterion,
                    framework=framework_id,
                    criterion=criterion_id,
                )
            )
        other = _answer(session, frameworks[framework_id][0], source_criterion)
        if other is None:
            raise KitemarkError(say("{criterion} has no answer to use yet.", criterion=source_criterion))
        response = workspace.response(session, criterion_id)
        assert response is not None
        response.narrative = other.narrative if narrative is None else narrative
        for item in other.evidence:
            if item not in response.evidence:
                response.evidence.append(item)
        if response.status == ResponseStatus.NOT_STARTED.value:
            status = ResponseStatus(other.status)
            if link.strength == "partial" and status == ResponseStatus.MET:
                status = ResponseStatus.PARTLY_MET
            response.status = status.value
        response.reused_from = source


def shared_uses(workspace: Workspace, criterion_id: str, language: str = "en") -> list[SharedUse]:
    """Where else this criterion's answer is used: answers taken from it, and the one it was taken from."""
    with workspace.session() as session:
        current = workspace.current_cycle(session)
        frameworks = _frameworks(workspace, session, language)
        here = reuse_key(current.framework_id, criterion_id)
        uses: list[SharedUse] = []
        mine = _answer(session, current, criterion_id)
        if mine is not None and mine.reused_from:
            framework_id, _, other_id = mine.reused_from.partition(":")
            if framework_id in frameworks:
                framework = frameworks[framework_id][1]
                title = framework.criterion(other_id).title if _has(framework, other_id) else ""
                uses.append(SharedUse(framework.title, other_id, title, taken_from_here=False))
        for framework_id, (cycle, framework) in frameworks.items():
            if framework_id == current.framework_id:
                continue
            for answer in cycle.responses:
                if answer.reused_from == here and _has(framework, answer.criterion_id):
                    title = framework.criterion(answer.criterion_id).title
                    uses.append(SharedUse(framework.title, answer.criterion_id, title, taken_from_here=True))
        return uses


def _has(framework: Framework, criterion_id: str) -> bool:
    try:
        framework.criterion(criterion_id)
    except KeyError:
        return False
    return True
