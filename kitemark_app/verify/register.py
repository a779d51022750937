"""The assessor's trust register: organisations with the root fingerprint they confirmed, and packs received.

An organisation is registered only after the assessor has compared the fingerprint a pack shows with the one the
organisation gave them by another channel (phone, letter, meeting). A registered organisation that later signs
with a different root is never re-registered silently: ``register_organisation`` refuses, and only an explicit
``replace=True`` (the assessor confirmed the change with the organisation) changes the stored root, keeping the
old one in the notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kitemark_app.core.names import invisible_characters_problem, looks_like, same_name
from kitemark_app.errors import KitemarkError
from kitemark_app.register import audit, workflow
from kitemark_app.register.models import ReceivedPack, RegisteredOrganisation
from kitemark_app.register.search import as_number, fold
from kitemark_app.verify.digest import FileIdentity, open_same, read_range
from kitemark_app.verify.trust import (
    FingerprintError,
    RegisteredOrg,
    display_fingerprint,
    normalise_fingerprint,
)
from kitemark_app.verify.verifier import Verdict


class RegisterConflict(KitemarkError):
    """Registering would silently change which root the register trusts for an organisation."""


@dataclass(frozen=True)
class ReceivedPackInfo:
    id: int
    organisation_name: str
    file_name: str
    sha256: str
    signer_fingerprint: str
    verdict: str
    received_at: datetime | None
    registered_organisation_id: int | None


def _plain(row: RegisteredOrganisation) -> RegisteredOrg:
    return RegisteredOrg(row.id, row.name, row.root_fingerprint, row.registered_at, row.notes)


class EmptyRegister:
    """The register of a data folder that does not exist yet: it knows nobody."""

    def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
        return None

    def by_name(self, name: str) -> list[RegisteredOrg]:
        return []


class TrustRegister:
    """The register in one data folder's database (``Workspace.sessions`` or any session factory for it)."""

    def __init__(self, sessions: sessionmaker[Session], officer: str = "") -> None:
        self.sessions = sessions
        self.officer = officer

    # --- lookups (what the verifier asks) -----------------------------------------------------------------

    def by_fingerprint(self, fingerprint: str) -> RegisteredOrg | None:
        with self.sessions() as session:
            row = session.scalars(
                select(RegisteredOrganisation).where(RegisteredOrganisation.root_fingerprint == fingerprint)
            ).first()
            return _plain(row) if row else None

    def by_name(self, name: str) -> list[RegisteredOrg]:
        return [org for org in self.organisations() if looks_like(org.name, name)]

    def organisations(self, search: str = "") -> list[RegisteredOrg]:
        """Every registered organisation whose folded name (or fingerprint) contains ``search``, by name."""
        needle = fold(search)
        with self.sessions() as session:
            rows = session.scalars(select(RegisteredOrganisation).order_by(RegisteredOrganisation.name)).all()
            return [_plain(row) for row in rows if needle in row.name_key or needle in row.root_fingerprint]

    # --- changes -------------------------------------------------------------------------------------------

    def register_organisation(
        self,
        name: str,
        fingerprint: str,
        notes: str = "",
        *,
        replace: bool = False,
        numbers: tuple[str, str] = ("", ""),
    ) -> RegisteredOrg:
        """Register ``name`` with the root ``fingerprint`` the assessor has confirmed with the organisation.

        Registering the same pair again changes nothing. Raises ``RegisterConflict`` when the fingerprint belongs
        to another organisation, or when ``name`` is registered with a different root and ``replace`` is False.
        """
        if problem := invisible_characters_problem(name):
            raise KitemarkError(problem)
        name = " ".join(name.split())
        if not name:
            raise KitemarkError("Give the organisation's name to register it.")
        try:
            fingerprint = normalise_fingerprint(fingerprint)
        except FingerprintError as error:
            raise KitemarkError(f"{error}; copy it again from the pack's cover or the verification details.") from None
        with self.sessions.begin() as session:
            holder = session.scalars(
                select(RegisteredOrganisation).where(RegisteredOrganisation.root_fingerprint == fingerprint)
            ).first()
            if holder is not None:
                if same_name(holder.name, name):
                    return _plain(holder)
                raise RegisterConflict(
                    f"This root fingerprint is already registered to '{holder.name}'; two organisations cannot "
                    "share a root, so check which one the pack really comes from."
                )
            rows = session.scalars(select(RegisteredOrganisation)).all()
            lookalikes = [row for row in rows if looks_like(row.name, name) and not same_name(row.name, name)]
            if lookalikes:
                raise RegisterConflict(
                    f"'{name}' looks like '{lookalikes[0].name}', which is already registered with another root "
                    f"({display_fingerprint(lookalikes[0].root_fingerprint)}); someone may be impersonating it, so "
                    "check with that organisation by a channel you already trust before registering this one."
                )
            existing = [row for row in rows if same_name(row.name, name)]
            if existing and not replace:
                raise RegisterConflict(
                    f"'{existing[0].name}' is already registered with a different root "
                    f"({display_fingerprint(existing[0].root_fingerprint)}); confirm the change with the "
                    "organisation by a channel you trust, then choose to replace its root."
                )
            if existing:
                row = existing[0]
                stamp = datetime.now(UTC).date().isoformat()
                change = f"{stamp}: root changed from {row.root_fingerprint} after confirmation by the assessor."
                row.notes = "\n".join(part for part in (row.notes, notes, change) if part)
                before = {"root_fingerprint": row.root_fingerprint}
                row.root_fingerprint = fingerprint
                action = "root-replaced"
            else:
                charity, company = (as_number(n) for n in numbers)
                row = RegisteredOrganisation(
                    name=name, name_key=fold(name), root_fingerprint=fingerprint, notes=notes,
                    charity_number=charity, company_number=company, registered_by=self.officer,
                )  # fmt: skip
                session.add(row)
                before, action = None, "registered"
            session.flush()
            audit.record(
                session, self.officer, action, "organisation", row.id,
                before=before, after={"name": row.name, "root_fingerprint": row.root_fingerprint},
            )  # fmt: skip
            return _plain(row)

    def record_received(self, verdict: Verdict, file_name: str | None = None) -> ReceivedPackInfo:
        """Record a pack the assessor opened, whatever its verdict (computes its SHA-256 if the verdict lacks it)."""
        sha256 = verdict.file_sha256 or file_sha256(verdict.path)
        registered = verdict.registered
        if registered is None and verdict.verdict != "rejected" and verdict.signer_fingerprint:
            registered = self.by_fingerprint(verdict.signer_fingerprint)
        with self.sessions.begin() as session:
            row = ReceivedPack(
                registered_organisation_id=registered.id if registered else None,
                organisation_name=(verdict.organisation or "")[:200],
                name_key=fold(verdict.organisation or "")[:200],
                received_by=self.officer,
                due_by=workflow.due_by(datetime.now(UTC).date()),
                file_name=(file_name or verdict.path.name)[:500],
                sha256=sha256,
                signer_fingerprint=verdict.signer_fingerprint or "",
                verdict=verdict.verdict,
                manifest_json=verdict.manifest_bytes.decode("utf-8") if verdict.manifest_bytes else "",
            )
            session.add(row)
            session.flush()
            audit.record(
                session, self.officer, "received", "pack", row.id, pack_id=row.id,
                after={"file_name": row.file_name, "sha256": row.sha256, "verdict": row.verdict},
            )  # fmt: skip
            return _received(row)

    def received_packs(self, search: str = "") -> list[ReceivedPackInfo]:
        needle = search.casefold().strip()
        with self.sessions() as session:
            rows = session.scalars(select(ReceivedPack).order_by(ReceivedPack.received_at.desc())).all()
            return [
                _received(row)
                for row in rows
                if needle in row.organisation_name.casefold() or needle in row.file_name.casefold()
            ]


def _received(row: ReceivedPack) -> ReceivedPackInfo:
    return ReceivedPackInfo(
        row.id,
        row.organisation_name,
        row.file_name,
        row.sha256,
        row.signer_fingerprint,
        row.verdict,
        row.received_at,
        row.registered_organisation_id,
    )


def file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as probe:
        identity = FileIdentity.of(probe)
    with open_same(path, identity) as handle:
        for chunk in read_range(handle, 0, identity.size, 4 * 1024 * 1024, lambda: False):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def register_for_reading(root: Path, url: str | None = None) -> Iterator[TrustRegister | EmptyRegister]:
    """The register in force for the data folder ``root`` (or ``url``), for lookups only.

    A SQLite register is read with SQLite refusing every write; a data folder with neither a register nor an older
    data folder's register tables to import is an empty register (nothing is created): verifying changes nothing.
    """
    from kitemark_app.paths import DATABASE_NAME
    from kitemark_app.register.legacy import read_workspace_tables
    from kitemark_app.register.store import REGISTER_FILE, open_register, register_url

    nothing_yet = register_url(root, url).startswith("sqlite") and not (root / REGISTER_FILE).exists()
    if nothing_yet and not any(read_workspace_tables(root / DATABASE_NAME).values()):
        yield EmptyRegister()
        return
    with open_register(root, url, read_only=True) as opened:
        yield TrustRegister(opened.sessions, opened.officer)
