"""The council team's operations on the register: search, the queue, assignment, moderation, history, export.

Plain data in and out, for the assessor window, ``kitemark register …`` and tests alike. Every change goes
through ``register.workflow`` (who may move a pack where) and into the audit log in the same transaction; on
PostgreSQL the server checks the same rules again (``register.roles``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from kitemark_app.core.safe_text import csv_text
from kitemark_app.errors import KitemarkError
from kitemark_app.register import audit, workflow
from kitemark_app.register.models import AssessorReview, Moderation, ReceivedPack, RegisteredOrganisation
from kitemark_app.register.search import as_fingerprint_prefix, as_number, fold, like_pattern
from kitemark_app.register.store import Register, open_register

QUEUE_FILTERS = ("all", "mine", "unassigned", "overdue", "moderation", "expiring")
#: The most rows a search or the queue returns: enough for a screen, bounded for 10,000 packs.
MAX_ROWS = 500


@dataclass(frozen=True)
class RegisteredRow:
    id: int
    name: str
    root_fingerprint: str
    registered_at: datetime
    packs: int
    charity_number: str = ""
    company_number: str = ""
    latest_outcome: str = ""
    latest_level: str = ""
    valid_until: date | None = None


@dataclass(frozen=True)
class ReceivedRow:
    id: int
    received_at: datetime
    organisation: str
    file_name: str
    verdict: str
    outcome: str
    level: str
    valid_until: date | None
    resubmit_by: date | None
    reviewed_at: datetime | None
    state: str = "received"
    assigned_to: str = ""
    due_by: date | None = None


@dataclass(frozen=True)
class RegisterView:
    organisations: list[RegisteredRow]
    packs: list[ReceivedRow]


# --- search --------------------------------------------------------------------------------------------------


def _organisation_match(text: str) -> list[ColumnElement[bool]]:
    """Conditions, one per word of ``text``: each word in the folded name, a number, or the fingerprint."""
    conditions: list[ColumnElement[bool]] = []
    for word in text.split():
        options: list[ColumnElement[bool]] = [
            RegisteredOrganisation.name_key.like(like_pattern(fold(word)), escape="\\")
        ]
        number = as_number(word)
        options += [RegisteredOrganisation.charity_number == number, RegisteredOrganisation.company_number == number]
        if (prefix := as_fingerprint_prefix(word)) and len(prefix) >= 4:
            options.append(RegisteredOrganisation.root_fingerprint.like(f"{prefix}%"))
        conditions.append(or_(*options))
    return conditions


def search_organisations(
    root: Path, text: str = "", *, register: str | None = None, limit: int = MAX_ROWS
) -> list[RegisteredRow]:
    """Registered organisations matching every word of ``text`` (name without accents or case, a charity or
    company number, or the start of the fingerprint), with their packs and latest outcome, by name."""
    with open_register(root, register, read_only=True) as opened, opened.session() as session:
        return _search(session, text, limit)


def _search(session: Session, text: str, limit: int) -> list[RegisteredRow]:
    organisations = session.scalars(
        select(RegisteredOrganisation)
        .where(and_(true(), *_organisation_match(text)))
        .order_by(RegisteredOrganisation.name_key)
        .limit(limit)
    ).all()
    ids = [row.id for row in organisations]
    if not ids:
        return []
    counts = dict(
        session.execute(
            select(ReceivedPack.registered_organisation_id, func.count())
            .where(ReceivedPack.registered_organisation_id.in_(ids))
            .group_by(ReceivedPack.registered_organisation_id)
        ).all()
    )
    latest: dict[int | None, AssessorReview] = {}
    for organisation_id, outcome_review in session.execute(
        select(ReceivedPack.registered_organisation_id, AssessorReview)
        .join(AssessorReview, AssessorReview.received_pack_id == ReceivedPack.id)
        .where(ReceivedPack.registered_organisation_id.in_(ids), AssessorReview.outcome != "")
        .order_by(ReceivedPack.received_at)
    ).all():
        latest[organisation_id] = outcome_review  # the last one wins: newest pack with an outcome
    rows = []
    for org in organisations:
        review = latest.get(org.id)
        rows.append(
            RegisteredRow(
                org.id, org.name, org.root_fingerprint, org.registered_at,
                counts.get(org.id, 0), org.charity_number, org.company_number,
                review.outcome if review else "", review.awarded_level if review else "",
                review.valid_until if review else None,
            )
        )  # fmt: skip
    return rows


def register_view(root: Path, search: str = "", *, register: str | None = None) -> RegisterView:
    """Registered organisations and received packs (newest first) matching every word of ``search``."""
    with open_register(root, register, read_only=True) as opened, opened.session() as session:
        organisations = _search(session, search, MAX_ROWS)
        query = _packs_query().order_by(ReceivedPack.received_at.desc()).limit(MAX_ROWS)
        for word in search.split():
            pattern = like_pattern(fold(word))
            options = [
                ReceivedPack.name_key.like(pattern, escape="\\"),
                func.lower(ReceivedPack.file_name).like(like_pattern(word.casefold()), escape="\\"),
                AssessorReview.outcome == word.casefold(),
            ]
            if (prefix := as_fingerprint_prefix(word)) and len(prefix) >= 4:
                options.append(ReceivedPack.signer_fingerprint.like(f"{prefix}%"))
            query = query.where(or_(*options))
        return RegisterView(organisations, [_received_row(p, r) for p, r in session.execute(query).all()])


def _packs_query() -> Any:  # Select of (pack, review or None); its generic form differs between SQLAlchemy 2.0 and 2.1
    return select(ReceivedPack, AssessorReview).outerjoin(
        AssessorReview, AssessorReview.received_pack_id == ReceivedPack.id
    )


def _received_row(pack: ReceivedPack, review: AssessorReview | None) -> ReceivedRow:
    return ReceivedRow(
        pack.id, pack.received_at, pack.organisation_name, pack.file_name, pack.verdict,
        review.outcome if review else "", review.awarded_level if review else "",
        review.valid_until if review else None, review.resubmit_by if review else None,
        review.exported_at if review else None, pack.state, pack.assigned_to, pack.due_by,
    )  # fmt: skip


# --- the queue -----------------------------------------------------------------------------------------------


def queue(
    root: Path, which: str = "all", *, register: str | None = None, today: date | None = None
) -> list[ReceivedRow]:
    """The team's packs for one filter of ``QUEUE_FILTERS``, the most urgent (earliest due) first."""
    if which not in QUEUE_FILTERS:
        raise KitemarkError(f"There is no queue '{which}'; choose one of {', '.join(QUEUE_FILTERS)}.")
    today = today or date.today()
    with open_register(root, register, read_only=True) as opened, opened.session() as session:
        query = _packs_query().where(ReceivedPack.verdict != "rejected")
        not_sent = ReceivedPack.state != workflow.State.SENT
        if which == "all":
            query = query.where(not_sent)
        elif which == "mine":
            query = query.where(ReceivedPack.assigned_to == opened.officer, not_sent)
        elif which == "unassigned":
            query = query.where(ReceivedPack.state == workflow.State.RECEIVED)
        elif which == "overdue":
            query = query.where(ReceivedPack.due_by < today, not_sent)
        elif which == "moderation":
            query = query.where(ReceivedPack.state == workflow.State.READY)
        else:  # expiring
            horizon = date.fromordinal(today.toordinal() + workflow.EXPIRY_WARNING_DAYS)
            query = query.where(
                AssessorReview.outcome == "awarded",
                AssessorReview.valid_until >= today,
                AssessorReview.valid_until <= horizon,
            )
        query = query.order_by(ReceivedPack.due_by, ReceivedPack.id).limit(MAX_ROWS)
        return [_received_row(p, r) for p, r in session.execute(query).all()]


# --- moves ---------------------------------------------------------------------------------------------------


def current_actor(root: Path, *, register: str | None = None) -> workflow.Actor:
    """Who is using the register here, with which role: what the queue offers them (each move checks again)."""
    with open_register(root, register, read_only=True) as opened:
        return opened.actor


def _move(
    root: Path, pack_id: int, action: str, *, register: str | None, assignee: str = "", note: str = ""
) -> ReceivedRow:
    with open_register(root, register) as opened, opened.session() as session:
        pack = session.get(ReceivedPack, pack_id)
        if pack is None:
            raise KitemarkError(f"There is no pack {pack_id} in the register; check the number with 'register list'.")
        if pack.verdict == "rejected":
            raise workflow.WorkflowRefused("This pack was rejected by the verifier, so it is not reviewed.")
        assigned_to = pack.assigned_to
        new_state = workflow.next_state(action, pack.state, opened.actor, assigned_to)
        before = audit.pack_state(pack)
        if action == "assign":
            if not assignee.strip():
                raise KitemarkError("Name the officer (their login) to assign the pack to.")
            _check_officer(session, opened, assignee.strip())
            pack.assigned_to = assignee.strip()
        if action == "submit":
            _check_review_complete(pack)
        if action in {"approve", "return"}:
            if action == "return" and not note.strip():
                raise KitemarkError("Say what the assessor should change: a returned review needs a note.")
            session.add(Moderation(received_pack_id=pack.id, decision="approved" if action == "approve" else
                                   "returned", note=note.strip(), decided_by=opened.officer))  # fmt: skip
            pack.return_note = note.strip() if action == "return" else ""
        pack.state = new_state
        session.flush()
        audit.record(
            session, opened.officer, action, "pack", pack.id, pack_id=pack.id,
            before=before, after={**audit.pack_state(pack), **({"note": note.strip()} if note.strip() else {})},
        )  # fmt: skip
        return _received_row(pack, pack.review)


def _check_officer(session: Session, register: Register, login: str) -> None:
    """On a server, a pack goes only to a login that holds a Kitemark role there (a typo is said, not stored)."""
    if register.backend != "postgresql":
        return
    from sqlalchemy import text

    from kitemark_app.register.roles import role_of

    connection = session.connection()
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": login}).first() is None:
        raise KitemarkError(f"There is no login '{login}' on this register's server; check the officer's login name.")
    if role_of(connection, login) not in {"lead", "assessor"}:
        raise KitemarkError(f"'{login}' has no assessor or lead role on this register, so cannot review a pack.")


def _check_review_complete(pack: ReceivedPack) -> None:
    import json

    from kitemark_app.services.assessor import _draft, review_problems

    criteria = [r["criterion"] for r in json.loads(pack.manifest_json or "{}").get("responses", [])]
    if problems := review_problems(_draft(pack), criteria):
        raise KitemarkError(f"The review is not complete, so it cannot go to moderation yet: {problems[0]}")


def assign(root: Path, pack_id: int, officer: str, *, register: str | None = None) -> ReceivedRow:
    return _move(root, pack_id, "assign", register=register, assignee=officer)


def start_review(root: Path, pack_id: int, *, register: str | None = None) -> ReceivedRow:
    return _move(root, pack_id, "start", register=register)


def submit_for_moderation(root: Path, pack_id: int, *, register: str | None = None) -> ReceivedRow:
    return _move(root, pack_id, "submit", register=register)


def approve(root: Path, pack_id: int, note: str = "", *, register: str | None = None) -> ReceivedRow:
    return _move(root, pack_id, "approve", register=register, note=note)


def return_to_assessor(root: Path, pack_id: int, note: str, *, register: str | None = None) -> ReceivedRow:
    return _move(root, pack_id, "return", register=register, note=note)


def history(root: Path, pack_id: int, *, register: str | None = None) -> list[audit.AuditLine]:
    with open_register(root, register, read_only=True) as opened, opened.session() as session:
        return audit.history(session, pack_id)


@dataclass(frozen=True)
class PackDetail:
    pack: ReceivedRow
    history: list[audit.AuditLine]
    #: "" when the archived file is exactly the pack received, else the sentence saying what is wrong.
    archive_problem: str
    return_note: str


def pack_detail(root: Path, pack_id: int, *, register: str | None = None) -> PackDetail:
    """One pack with its review, its history, and a fresh check of its archived file against the register."""
    from kitemark_app.register.archive import ArchiveProblem, checked_copy
    from kitemark_app.services.assessor import archive_folder

    with open_register(root, register, read_only=True) as opened:
        with opened.session() as session:
            pack = session.get(ReceivedPack, pack_id)
            if pack is None:
                raise KitemarkError(
                    f"There is no pack {pack_id} in the register; check the number with 'register queue'."
                )
            row = _received_row(pack, pack.review)
            lines = audit.history(session, pack_id)
            name, sha256, size, note = pack.archive_name, pack.sha256, pack.size, pack.return_note
        problem = ""
        try:
            checked_copy(archive_folder(opened, root), name, sha256, size)
        except ArchiveProblem as error:
            problem = str(error)
        return PackDetail(row, lines, problem, note)


def archived_pack(root: Path, pack_id: int, *, register: str | None = None) -> Path:
    """The archived file of a received pack, after checking it is exactly what was received (``ArchiveProblem``)."""
    from kitemark_app.register.archive import checked_copy
    from kitemark_app.services.assessor import archive_folder

    with open_register(root, register, read_only=True) as opened:
        with opened.session() as session:
            pack = session.get(ReceivedPack, pack_id)
            if pack is None:
                raise KitemarkError(f"There is no pack {pack_id} in the register.")
            name, sha256, size = pack.archive_name, pack.sha256, pack.size
        return checked_copy(archive_folder(opened, root), name, sha256, size)


# --- export --------------------------------------------------------------------------------------------------

AWARD_COLUMNS = (
    "organisation", "charity_number", "company_number", "root_fingerprint", "level", "valid_until",
    "review_sent", "pack_sha256",
)  # fmt: skip


def export_awards(root: Path, out: Path, *, register: str | None = None) -> int:
    """A CSV of every award sent (for the council's own records); returns how many rows. Written whole or not."""
    import os
    import tempfile

    with open_register(root, register, read_only=True) as opened, opened.session() as session:
        rows = session.execute(
            select(ReceivedPack, AssessorReview, RegisteredOrganisation)
            .join(AssessorReview, AssessorReview.received_pack_id == ReceivedPack.id)
            .outerjoin(RegisteredOrganisation, RegisteredOrganisation.id == ReceivedPack.registered_organisation_id)
            .where(AssessorReview.outcome == "awarded", AssessorReview.exported_at.is_not(None))
            .order_by(ReceivedPack.organisation_name, AssessorReview.exported_at)
        ).all()
        records = [
            (
                csv_text(pack.organisation_name), org.charity_number if org else "",
                org.company_number if org else "", pack.signer_fingerprint, csv_text(review.awarded_level),
                review.valid_until.isoformat() if review.valid_until else "",
                _sent_day(review.exported_at), pack.sha256,
            )
            for pack, review, org in rows
        ]  # fmt: skip
    out = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=".awards-", suffix=".csv", dir=out.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(AWARD_COLUMNS)
            writer.writerows(records)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(records)


def _sent_day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else ""
