"""The frameworks an organisation works with at once — the Kitemark and, say, a funder's due-diligence checklist —
sharing one evidence library, one profile and one action plan; each has its own cycle, answers and readiness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kitemark_app.core.framework import Framework, parse_framework
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say
from kitemark_app.services.workspace import Workspace


@dataclass(frozen=True)
class FrameworkInUse:
    id: str
    version: str
    title: str
    target_level: str
    applicable: int
    answered: int
    must_fix: int
    in_focus: bool

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "applicable": self.applicable,
            "answered": self.answered,
        }


def frameworks_in_use(workspace: Workspace, today: date | None = None, language: str = "en") -> list[FrameworkInUse]:
    """Each framework's progress, in the order the organisation began them (the same rules as ``status``); its
    title in ``language`` where the framework has one."""
    from kitemark_app.services.report import status_report

    with workspace.session() as session:
        focus = workspace.current_cycle(session).framework_id
        ids = [cycle.framework_id for cycle in workspace.current_cycles(session)]
    chosen = workspace.framework_choice
    found = []
    try:
        for framework_id in ids:
            workspace.framework_choice = framework_id
            report = status_report(workspace, today, language)
            found.append(
                FrameworkInUse(
                    framework_id, report.framework_version, report.framework_title, report.target_level,
                    report.criteria_applicable, report.answered, len(report.must_fix), framework_id == focus,
                )
            )  # fmt: skip
    finally:
        workspace.framework_choice = chosen
    return found


def bundled_frameworks() -> list[Framework]:
    """The frameworks shipped with the app, the borough Kitemark first."""
    from kitemark_app.paths import bundled_framework_texts

    return [parse_framework(text) for text in bundled_framework_texts().values()]


def known_frameworks(workspace: Workspace | None) -> dict[str, Framework]:
    """The frameworks a crosswalk may name: those shipped, and those the organisation works with (theirs win)."""
    known = {framework.id: framework for framework in bundled_frameworks()}
    if workspace is not None:
        with workspace.session() as session:
            for cycle in workspace.current_cycles(session):
                known[cycle.framework_id] = workspace.framework(cycle)
    return known


def start_framework(workspace: Workspace, source: str, target_level: str | None = None) -> int:
    """Begin a self-assessment against another framework, alongside those in use; returns the new cycle's id.

    Refused when the organisation already works with that framework (a new version of it is a move, see
    ``kitemark framework move``). A crosswalk target the organisation's versions lack is no reason to refuse (a
    later Kitemark may have renamed a criterion): it is simply not offered (``core/crosswalk.counterparts``).
    """
    framework = parse_framework(source)
    with workspace.session() as session:
        in_use = {cycle.framework_id for cycle in workspace.current_cycles(session)}
    if framework.id in in_use:
        raise KitemarkError(
            say(
                "You already work with {title}; a new version of it is installed with 'kitemark framework install' "
                "and moved to with 'kitemark framework move'.",
                title=framework.title,
            )
        )
    return workspace.start_cycle(source, target_level or framework.level_names[0])
