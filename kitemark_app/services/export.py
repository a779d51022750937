"""Export the signed submission pack: readiness check → keys → document → attachments → signature → rename.

``export_pack`` takes plain data (the data folder, the destination, the passphrase) plus ``report(done, total)``
and ``cancelled()``, so the CLI and the GUI's background task call it the same way. The pack is written to a
hidden temporary file next to the destination and renamed only when complete; on cancel or any failure that
file is removed, so a pack either exists whole under its final name or not at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kitemark_app import __version__
from kitemark_app.core.framework import Translation, translation_in
from kitemark_app.core.profile import Activity, IncomeBand, LegalForm
from kitemark_app.core.readiness import Problem
from kitemark_app.core.status import CycleStatus, ResponseStatus
from kitemark_app.db.models import ExportedPack, Response, Setting
from kitemark_app.errors import KitemarkError
from kitemark_app.evidence.store import EvidenceError, fsync_directory
from kitemark_app.pack import keys
from kitemark_app.pack.attachments import Attachment, ExportCancelled, append_attachments
from kitemark_app.pack.encryption import PackEncryption
from kitemark_app.pack.manifest import (
    ActionInfo,
    AreaInfo,
    DeclarationInfo,
    EvidenceInfo,
    OrganisationInfo,
    PackContent,
    ResponseInfo,
    SignatoryInfo,
    manifest_bytes,
)
from kitemark_app.pack.names import MANIFEST_NAME, attachment_names
from kitemark_app.services.backup import backup_before
from kitemark_app.services.declaration import declaration_problems, load_declaration
from kitemark_app.services.export_checks import check_destination, missing_evidence, not_ready, write_failure
from kitemark_app.services.export_copies import EvidenceCopies, damaged_evidence
from kitemark_app.services.export_options import BILINGUAL as BILINGUAL
from kitemark_app.services.export_options import CouncilEncryption as CouncilEncryption
from kitemark_app.services.export_options import bilingual_problem, encryption_for
from kitemark_app.services.export_options import bilingual_refusal as bilingual_refusal
from kitemark_app.services.export_options import can_be_bilingual as can_be_bilingual
from kitemark_app.services.export_options import council_encryption as council_encryption
from kitemark_app.services.framework_files import council_of_source
from kitemark_app.services.overview import ACTIVITY_COLUMNS
from kitemark_app.services.report import status_report
from kitemark_app.services.workspace import Workspace

Report = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
FINGERPRINT_SETTING = "signing.root_fingerprint"
PERSONAL_DATA = "personal-data"  # the kind of readiness problem for a file that names people (core/readiness.py)
READ_CHUNK = 1024 * 1024
#: Progress weight of building the document and of signing, as a fraction of the evidence bytes.
SIGN_WEIGHT = 0.25
#: The share of the progress bar for making redacted copies, when there are any (a page takes ~0.1 s to redraw,
#: about as long as copying 100 MB).
REDACTION_SHARE = 0.5
PROGRESS_STEPS = 1_000_000


@dataclass(frozen=True)
class ExportResult:
    pack: Path
    sha256: str
    size: int
    attachments: int  # embedded files, the manifest included
    signer_root_fingerprint: str
    key_created: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)
    #: SHA-256 of the council encryption certificate the pack is encrypted for; "" when it is not encrypted.
    encrypted_for: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "pack": str(self.pack),
            "sha256": self.sha256,
            "size": self.size,
            "attachments": self.attachments,
            "signer_root_fingerprint": self.signer_root_fingerprint,
            "encrypted_for": self.encrypted_for,
        }


@dataclass(frozen=True)
class KeyStatus:
    exists: bool
    root_fingerprint: str  # "" until the first export creates (or an import brings) a key


def key_status(root: Path) -> KeyStatus:
    with Workspace.open(root) as workspace:
        exists = keys.has_signing_key(workspace.layout.keys)
        with workspace.session() as session:
            setting = session.get(Setting, FINGERPRINT_SETTING)
            return KeyStatus(exists, setting.value if (setting and exists) else "")


def readiness(workspace: Workspace, today: date | None = None) -> list[Problem]:
    """Every problem between the workspace and a pack: the status report's, the declaration's, then those of
    evidence whose hidden parts must be checked again."""
    return (
        status_report(workspace, today).problems
        + declaration_problems(load_declaration(workspace), today)
        + redaction_problems(workspace)
    )


def redaction_problems(workspace: Workspace) -> list[Problem]:
    """Evidence of the next pack whose hidden parts must be checked again (its file was replaced): must fix."""
    from kitemark_app.services import redaction_ops
    from kitemark_app.services.export_copies import pack_evidence

    return redaction_ops.problems(workspace, [item[0] for item in pack_evidence(workspace)])


def import_council_key(root: Path, source: Path, passphrase: str) -> str:
    """Use a PKCS#12 file issued by the council from now on; returns its root fingerprint."""
    with Workspace.open(root) as workspace:
        signing = keys.import_pkcs12(workspace.layout.keys, source, passphrase)
        _remember_fingerprint(workspace, signing.root_fingerprint)
        return signing.root_fingerprint


def ensure_signing_key(root: Path, passphrase: str) -> tuple[str, bool]:
    """Open the signing key, or create one if there is none; returns (root fingerprint, created)."""
    with Workspace.open(root) as workspace:
        with workspace.session() as session:
            organisation_name = workspace.organisation(session).name
        signing, created = _signing_key(workspace, organisation_name, passphrase)
        return signing.root_fingerprint, created


def _remember_fingerprint(workspace: Workspace, value: str) -> None:
    with workspace.session() as session:
        session.merge(Setting(key=FINGERPRINT_SETTING, value=value))


def _signing_key(workspace: Workspace, organisation: str, passphrase: str) -> tuple[keys.SigningKey, bool]:
    folder = workspace.layout.keys
    if keys.has_signing_key(folder):
        return keys.load_signing_key(folder, passphrase), False
    signing, root_key = keys.create_signing_key(organisation)
    keys.save_keys(folder, signing, passphrase, root_key)
    _remember_fingerprint(workspace, signing.root_fingerprint)
    return signing, True


def _content(
    workspace: Workspace, root_fingerprint: str, notes: list[str], now: datetime, second_language: str = ""
) -> tuple[PackContent, list[Any]]:
    """Everything the pack shows, read in one transaction; also the evidence rows' (sha256, title) to embed."""
    with workspace.session() as session:
        cycle = workspace.current_cycle(session)
        org = cycle.organisation
        framework = workspace.framework(cycle)
        applicable = workspace.applicable(session)
        rows = {
            r.criterion_id: r
            for r in session.scalars(
                select(Response).where(Response.cycle_id == cycle.id).options(selectinload(Response.evidence))
            )
        }
        evidence_rows = sorted(
            {e.id: e for item in applicable if item.id in rows for e in rows[item.id].evidence}.values(),
            key=lambda e: e.id,
        )
        names = dict(
            zip((e.id for e in evidence_rows), attachment_names([e.original_name for e in evidence_rows]), strict=True)
        )
        linked: dict[int, list[str]] = {e.id: [] for e in evidence_rows}
        responses = []
        for item in applicable:
            row = rows.get(item.id)
            status = ResponseStatus(row.status) if row else ResponseStatus.NOT_STARTED
            evidence = tuple(names[e.id] for e in row.evidence) if row else ()
            for e in row.evidence if row else ():
                linked[e.id].append(item.id)
            words = translation_in(item.criterion.translations, second_language) if second_language else None
            responses.append(
                ResponseInfo(
                    criterion=item.id,
                    area=item.area.id,
                    title=item.criterion.title,
                    mandatory=item.mandatory,
                    status=status.value,
                    status_label=status.label,
                    na_reason=row.na_reason if row else "",
                    narrative=row.narrative if row else "",
                    evidence=evidence,
                    guidance=item.criterion.guidance if second_language else "",
                    title_translated=words.title if words else "",
                    guidance_translated=words.guidance if words else "",
                )
            )
        activities = [a for a, column in ACTIVITY_COLUMNS.items() if getattr(org, column)]
        declaration = load_declaration(workspace)
        assert declaration.resolution_date is not None  # the readiness check made sure
        content = PackContent(
            app_version=__version__,
            created_at=now,
            framework_id=framework.id,
            framework_version=framework.version,
            framework_title=framework.title,
            organisation=OrganisationInfo(
                name=org.name,
                legal_form=org.legal_form,
                legal_form_label=LegalForm(org.legal_form).label,
                charity_number=org.charity_number,
                company_number=org.company_number,
                address=org.address,
                contact_name=org.contact_name,
                contact_email=org.contact_email,
                income_band=org.income_band,
                income_band_label=IncomeBand(org.income_band).label,
                staff_count=org.staff_count,
                volunteer_count=org.volunteer_count,
                activities=tuple(a.value for a in activities),
                activity_labels=tuple(Activity(a).label for a in activities),
            ),
            cycle_id=cycle.id,
            target_level=cycle.target_level,
            started_on=cycle.started_on,
            follows_cycle=cycle.follows_cycle_id,
            areas=tuple(AreaInfo(a.id, a.title, _area_title(a.translations, second_language)) for a in framework.areas),
            responses=tuple(responses),
            evidence=tuple(
                EvidenceInfo(
                    attachment=names[e.id],
                    title=e.title,
                    original_name=e.original_name,
                    media_type=e.media_type,
                    size=e.size,
                    sha256=e.sha256,
                    document_date=e.document_date,
                    review_by=e.review_by,
                    criteria=tuple(linked[e.id]),
                )
                for e in evidence_rows
            ),
            actions=tuple(
                ActionInfo(a.criterion_id, a.description, a.owner, a.due_date, a.status) for a in cycle.actions
            ),
            declaration=DeclarationInfo(
                tuple(SignatoryInfo(s.name, s.role, s.signed_on) for s in declaration.signatories),
                declaration.resolution_date,
                declaration.minute_ref,
            ),
            root_fingerprint=root_fingerprint,
            notes=tuple(notes),
            key_change=stored_key_change(workspace.layout.keys, root_fingerprint),
            framework_council=council_of_source(session, cycle.framework_source),
            follows_pack=_last_pack_sha256(session),
            second_language=second_language,
        )
        return content, [(e.id, e.title) for e in evidence_rows]


def _area_title(translations: tuple[Translation, ...], language: str) -> str:
    words = translation_in(translations, language) if language else None
    return words.title if words else ""


def _last_pack_sha256(session: Session) -> str:
    """The organisation's last exported pack (any cycle), which the new one names as the one it follows."""
    last = session.scalars(
        select(ExportedPack).order_by(ExportedPack.created_at.desc(), ExportedPack.id.desc())
    ).first()
    return last.sha256 if last is not None else ""


def stored_key_change(keys_dir: Path, root_fingerprint: str) -> dict[str, Any] | None:
    """The old key's statement handing over to ``root_fingerprint``, when ``kitemark key renew`` made one."""
    import base64
    import json

    from kitemark_app.pack.key_change import FILE

    try:
        stored = json.loads((keys_dir / FILE).read_text(encoding="utf-8"))
        statement = json.loads(base64.b64decode(stored["statement"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return stored if isinstance(stored, dict) and statement.get("new_root") == root_fingerprint else None


def _evidence_chunks(workspace: Workspace, sha256: str, title: str) -> Callable[[], Iterator[bytes]]:
    def chunks() -> Iterator[bytes]:
        try:
            yield from workspace.store.open_verified(sha256)
        except EvidenceError:
            raise EvidenceError(damaged_evidence(title)) from None

    return chunks


def _hash_of(handle: BinaryIO) -> Any:
    digest = hashlib.sha256()
    handle.seek(0)
    while chunk := handle.read(READ_CHUNK):
        digest.update(chunk)
    return digest


def export_pack(
    root: Path,
    out: Path,
    passphrase: str,
    *,
    report: Report | None = None,
    cancelled: IsCancelled | None = None,
    now: datetime | None = None,
    encrypt: bool | None = None,
    second_language: str = "",
) -> ExportResult:
    """Write the signed pack for the current cycle to ``out``. Problems that need not be fixed become warnings.

    ``encrypt``: True encrypts the pack for the council's certificate in the framework (refused if there is none),
    False never does, None (the default) does when the framework carries one (``council_encryption``).
    The pack is in English, for the council; with ``second_language`` (``BILINGUAL``, "bn") the charity chose a
    bilingual one: each criterion's title and guidance in English and then in that language, from the
    framework's translations (refused with a sentence when the framework has none in it)."""
    report = report or (lambda done, total: None)
    cancelled = cancelled or (lambda: False)
    now = now or datetime.now(UTC).replace(microsecond=0)
    out = Path(out).expanduser().absolute()
    with Workspace.open(root) as workspace, EvidenceCopies(workspace) as copies:
        problems = readiness(workspace, now.date())
        if must_fix := [p for p in problems if p.must_fix]:
            raise not_ready(must_fix)
        if second_language and (refusal := bilingual_problem(workspace, second_language)):
            raise KitemarkError(refusal)
        warnings = [p.message for p in problems if not p.must_fix]
        # Advice to the charity about its own files, not points for the assessor: not printed in the pack.
        notes = [p.message for p in problems if not p.must_fix and p.kind != PERSONAL_DATA]
        with workspace.session() as session:
            council = workspace.framework(workspace.current_cycle(session)).council
        encryption = encryption_for(council, encrypt, now)  # before the slow part: a refusal comes at once
        backup_before(workspace, "export")  # the data as it was sent stays recoverable
        with workspace.session() as session:
            organisation_name = workspace.organisation(session).name
        signing, key_created = _signing_key(workspace, organisation_name, passphrase)
        content, evidence_rows = _content(workspace, signing.root_fingerprint, notes, now, second_language)
        missing = [
            title
            for (eid, title), e in zip(evidence_rows, content.evidence, strict=True)
            if not workspace.store.contains(e.sha256)
        ]
        if missing:
            raise EvidenceError(missing_evidence(len(missing), ", ".join(missing[:5])))
        from kitemark_app.services import redaction_ops

        hidden_by_id = redaction_ops.for_items(workspace, [eid for eid, _title in evidence_rows])
        hidden = {
            e.attachment: hidden_by_id[eid]
            for (eid, _title), e in zip(evidence_rows, content.evidence, strict=True)
            if eid in hidden_by_id
        }
        # Evidence without personal details, and with the parts the organisation hid (services/export_copies.py).
        # Redacting takes the first part of the progress bar (page by page), writing the pack the rest.
        share = REDACTION_SHARE if hidden else 0.0
        overall = report

        def redacting(fraction: float) -> None:
            overall(int(fraction * share * PROGRESS_STEPS), PROGRESS_STEPS)

        def writing(done: int, total: int) -> None:
            written = min(1.0, done / max(total, 1))  # the bytes written may pass the estimate a little
            overall(int((share + (1 - share) * written) * PROGRESS_STEPS), PROGRESS_STEPS)

        content = copies.prepare(content, cancelled, hidden, redacting)
        if hidden:
            report = writing
        evidence_bytes = sum(e.size for e in content.evidence)
        check_destination(out, evidence_bytes + 10_000_000)
        manifest = manifest_bytes(content)
        attachments = [
            Attachment(
                e.attachment,
                e.title,
                e.media_type,
                e.size,
                "Source",
                copies.chunks(e) or _evidence_chunks(workspace, e.sha256, e.title),
            )
            for e in content.evidence
        ]
        attachments.append(
            Attachment(
                MANIFEST_NAME, "Kitemark manifest", "application/json", len(manifest), "Data", lambda: iter([manifest])
            )
        )
        total = int(evidence_bytes * (1 + SIGN_WEIGHT)) + 1
        pack_sha256, size = _write_pack(out, content, attachments, signing, total, report, cancelled, encryption)
        report(total, total)
        try:
            with workspace.session() as session:
                cycle = workspace.current_cycle(session)
                session.add(
                    ExportedPack(
                        cycle_id=cycle.id,
                        file_name=out.name,
                        sha256=pack_sha256,
                        size=size,
                        created_at=now,
                        signer_fingerprint=signing.root_fingerprint,
                        manifest_json=manifest.decode("utf-8"),
                    )
                )
                cycle.submitted_at = now
                cycle.status = CycleStatus.SUBMITTED.value
        except BaseException:
            out.unlink(missing_ok=True)  # a pack we did not record must not look sent
            raise
    return ExportResult(
        out,
        pack_sha256,
        size,
        len(attachments),
        signing.root_fingerprint,
        key_created,
        tuple(warnings),
        encryption.certificate.fingerprint if encryption is not None else "",
    )


def _temporary_file(out: Path) -> tuple[int, str]:
    """A hidden file beside ``out``, so the final rename stays on one file system (and so is atomic)."""
    return tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)


def _write_pack(
    out: Path,
    content: PackContent,
    attachments: list[Attachment],
    signing: keys.SigningKey,
    total: int,
    report: Report,
    cancelled: IsCancelled,
    encryption: PackEncryption | None = None,
) -> tuple[str, int]:
    import io

    from kitemark_app.pack.document import write_document
    from kitemark_app.pack.sign import HashedPrefix, certify_in_place

    try:
        handle, temp_name = _temporary_file(out)
    except OSError as error:
        raise write_failure(error, out.parent) from None
    temp = Path(temp_name)
    renamed = False
    try:
        with os.fdopen(handle, "w+b") as pack:
            if encryption is None:
                write_document(content, pack)
            else:  # the document is small: made in memory, then written encrypted
                plain = io.BytesIO()
                write_document(content, plain)
                encryption.write_document(plain.getvalue(), pack)
            pack.flush()
            digest = _hash_of(pack)  # the document is small; the attachments are hashed as they are written
            done = 0

            def advance(count: int) -> None:
                nonlocal done
                done += count
                report(done, total)

            append_attachments(
                pack, attachments, done=advance, cancelled=cancelled, digest=digest, encryption=encryption
            )
            if cancelled():
                raise ExportCancelled()
            pack.flush()
            signed_from = pack.tell()
            certify_in_place(
                pack,
                signing,
                signer_name=content.organisation.name,
                reason="Kitemark submission",
                prefix=HashedPrefix(digest.copy(), signed_from),
                encryption=encryption,
            )
            pack.flush()
            pack.seek(signed_from)  # signing only appended: finish the file's hash from where it stopped
            while chunk := pack.read(READ_CHUNK):
                digest.update(chunk)
            size = pack.seek(0, os.SEEK_END)
            os.fsync(pack.fileno())
        if cancelled():
            raise ExportCancelled()
        os.replace(temp, out)
        renamed = True
        fsync_directory(out.parent)
        return digest.hexdigest(), size
    except OSError as error:
        raise write_failure(error, out.parent) from None
    finally:
        if not renamed:
            temp.unlink(missing_ok=True)


def exported_packs(root: Path) -> list[dict[str, Any]]:
    """What this organisation has sent, newest first (file name, SHA-256, time, fingerprint, manifest)."""
    with Workspace.open(root) as workspace, workspace.session() as session:
        cycle = workspace.current_cycle(session)
        return [
            {
                "file_name": p.file_name,
                "sha256": p.sha256,
                "size": p.size,
                "created_at": p.created_at.isoformat(),
                "signer_fingerprint": p.signer_fingerprint,
                "manifest": json.loads(p.manifest_json),
            }
            for p in reversed(cycle.exported_packs)
        ]
