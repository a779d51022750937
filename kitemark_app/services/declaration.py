"""The declaration that goes into the pack: who signs it, and the trustees' resolution to submit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete

from kitemark_app.core.readiness import Problem
from kitemark_app.db.models import Signatory
from kitemark_app.errors import KitemarkError
from kitemark_app.sentences import say
from kitemark_app.services.workspace import Workspace

MAX_MINUTE_REF = 100


@dataclass(frozen=True)
class SignatoryEntry:
    name: str
    role: str
    signed_on: date


@dataclass(frozen=True)
class Declaration:
    signatories: tuple[SignatoryEntry, ...] = field(default_factory=tuple)
    resolution_date: date | None = None
    minute_ref: str = ""


class DeclarationError(KitemarkError):
    """The declaration as entered cannot be stored."""


def declaration_problems(declaration: Declaration, today: date | None = None) -> list[Problem]:
    """What stops this declaration going into a pack; all must be fixed (it is what the trustees sign)."""
    today = today or date.today()
    problems: list[str] = []
    if not declaration.signatories:
        problems.append(say("The declaration has no signatory; add at least one trustee who signs it."))
    for number, person in enumerate(declaration.signatories, start=1):
        if not person.name.strip() or not person.role.strip():
            problems.append(say("Signatory {number} needs both a name and a role.", number=number))
        if person.signed_on > today:
            problems.append(
                say(
                    "Signatory {number}'s date ({day}) is in the future.", number=number, day=person.signed_on
                )
            )
    if declaration.resolution_date is None:
        problems.append(say("The declaration needs the date of the trustees' resolution to submit."))
    elif declaration.resolution_date > today:
        problems.append(say("The resolution date ({day}) is in the future.", day=declaration.resolution_date))
    if not declaration.minute_ref.strip():
        problems.append(say("The declaration needs the minute reference of the trustees' resolution."))
    return [Problem("declaration", message, True) for message in problems]


def load_declaration(workspace: Workspace) -> Declaration:
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        return Declaration(
            tuple(SignatoryEntry(s.name, s.role, s.signed_on) for s in cycle.signatories),
            cycle.resolution_date,
            cycle.resolution_minute_ref or "",
        )


def save_declaration(workspace: Workspace, declaration: Declaration) -> None:
    """Replace the current cycle's declaration. Blank rows are dropped; half-filled ones are refused."""
    signatories = [
        SignatoryEntry(s.name.strip(), s.role.strip(), s.signed_on)
        for s in declaration.signatories
        if s.name.strip() or s.role.strip()
    ]
    for number, person in enumerate(signatories, start=1):
        if not person.name or not person.role:
            raise DeclarationError(say("Signatory {number} needs both a name and a role.", number=number))
    minute_ref = declaration.minute_ref.strip()
    if len(minute_ref) > MAX_MINUTE_REF:
        raise DeclarationError(
            say("The minute reference is too long; keep it under {limit} characters.", limit=MAX_MINUTE_REF)
        )
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        session.execute(delete(Signatory).where(Signatory.cycle_id == cycle.id))
        session.expire(cycle, ["signatories"])
        for person in signatories:
            session.add(Signatory(cycle_id=cycle.id, name=person.name, role=person.role, signed_on=person.signed_on))
        cycle.resolution_date = declaration.resolution_date
        cycle.resolution_minute_ref = minute_ref
