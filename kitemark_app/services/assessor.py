"""The assessor's operations: their signing key, opening a received pack, recording the review, exporting it.

Plain data in, plain data out, for the assessor window, the CLI and tests alike. The register of organisations,
the packs received and the reviews written live in the council register (``kitemark_app.register``: a SQLite file
in the data folder, or the team's PostgreSQL named by ``register=`` / ``KITEMARK_REGISTER_URL``); the assessor's
name and own signing key stay in their data folder (``<data>/keys/assessor/``, made and protected exactly as a
VCO's, ``pack.keys``). The team's workflow (assignment, moderation, the queue) is ``services/council.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from kitemark_app import __version__
from kitemark_app.core.framework import load_default_framework
from kitemark_app.db.models import Setting
from kitemark_app.errors import KitemarkError
from kitemark_app.pack import keys
from kitemark_app.register import archive, audit, workflow
from kitemark_app.register.models import AssessorReview, CriterionVerdict, ReceivedPack
from kitemark_app.register.store import ConcurrentEdit, Register, RegisterError, open_register, refused_by_server
from kitemark_app.review.model import (
    Assessor,
    CriterionReview,
    Decision,
    FrameworkRef,
    Outcome,
    Review,
    ReviewedOrganisation,
    Verdict,
)
from kitemark_app.services.previous_pack import PreviousPack, previous_pack
from kitemark_app.services.workspace import Workspace
from kitemark_app.verify import Verdict as PackVerdict
from kitemark_app.verify import verify_pack
from kitemark_app.verify.encryption import DecryptionKey
from kitemark_app.verify.register import TrustRegister, file_sha256
from kitemark_app.verify.trust import RegisteredOrg

ASSESSOR_KEYS = "assessor"
NAME_SETTING = "assessor.name"
ORGANISATION_SETTING = "assessor.organisation"
AWARD_YEARS = 3

Report = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


# --- the assessor and their key ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessorIdentity:
    name: str
    organisation: str
    has_key: bool
    root_fingerprint: str  # "" until the key exists


def _keys_dir(workspace: Workspace) -> Path:
    return workspace.layout.keys / ASSESSOR_KEYS


def assessor_identity(root: Path) -> AssessorIdentity:
    with Workspace.open(root) as workspace:
        return _identity(workspace)


def _identity(workspace: Workspace) -> AssessorIdentity:
    folder = _keys_dir(workspace)
    fingerprint = ""
    if keys.has_signing_key(folder) and (folder / keys.ROOT_PEM).is_file():
        from cryptography import x509

        fingerprint = keys.fingerprint(x509.load_pem_x509_certificate((folder / keys.ROOT_PEM).read_bytes()))
    with workspace.session() as session:
        name = session.get(Setting, NAME_SETTING)
        organisation = session.get(Setting, ORGANISATION_SETTING)
        return AssessorIdentity(
            name.value if name else "",
            organisation.value if organisation else "",
            keys.has_signing_key(folder),
            fingerprint,
        )


def create_assessor_key(root: Path, name: str, organisation: str, passphrase: str) -> str:
    """Make the assessor's signing key (first time only); returns its root fingerprint."""
    name, organisation = name.strip(), organisation.strip()
    if not name:
        raise KitemarkError("Give your name: it is shown on every review you sign.")
    with Workspace.open(root) as workspace:
        folder = _keys_dir(workspace)
        if keys.has_signing_key(folder):
            raise KitemarkError("You already have a signing key; use its passphrase to sign reviews.")
        signing, root_key = keys.create_signing_key(f"{name}, {organisation}" if organisation else name)
        keys.save_keys(folder, signing, passphrase, root_key)
        with workspace.session() as session:
            session.merge(Setting(key=NAME_SETTING, value=name))
            session.merge(Setting(key=ORGANISATION_SETTING, value=organisation))
        return signing.root_fingerprint


def passphrase_opens_key(root: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the assessor's signing key (checked before signing, so a typo asks again)."""
    with Workspace.open(root) as workspace:
        try:
            keys.load_signing_key(_keys_dir(workspace), passphrase)
        except keys.WrongPassphraseError:
            return False
    return True


# --- the register --------------------------------------------------------------------------------------------


def register_organisation(
    root: Path,
    name: str,
    fingerprint: str,
    *,
    replace: bool = False,
    register: str | None = None,
    numbers: tuple[str, str] = ("", ""),
) -> RegisteredOrg:
    """Register ``name`` with the root ``fingerprint`` the assessor compared (``TrustRegister`` rules: a name
    registered with another root is refused unless ``replace``). Packs already received from that root, intact
    but unregistered until now, become valid in the register. ``numbers``: its charity and company numbers.
    """
    with open_register(root, register) as opened:
        if not opened.single_officer and opened.role != "lead":
            raise workflow.WorkflowRefused("Only a lead registers an organisation; ask your lead.")
        entry = TrustRegister(opened.sessions, opened.officer).register_organisation(
            name, fingerprint, replace=replace, numbers=numbers
        )
        with opened.session() as session:
            for pack in session.scalars(
                select(ReceivedPack).where(
                    ReceivedPack.signer_fingerprint == entry.root_fingerprint, ReceivedPack.verdict == "unregistered"
                )
            ):
                pack.verdict = "valid"
                pack.registered_organisation_id = entry.id
                audit.record(session, opened.officer, "verdict-now-valid", "pack", pack.id, pack_id=pack.id)
        return entry


# --- opening a pack ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionView:
    """One answer in the pack, for the review list."""

    criterion: str
    area: str
    title: str
    mandatory: bool
    status: str
    na_reason: str
    narrative: str
    evidence: tuple[str, ...]


@dataclass
class VerdictEntry:
    verdict: str = ""  # "" until the assessor chooses
    condition: str = ""
    deadline: date | None = None
    comment: str = ""


@dataclass
class OutcomeEntry:
    decision: str = ""
    level: str = ""
    valid_until: date | None = None
    resubmit_by: date | None = None
    summary: str = ""


@dataclass
class ReviewDraft:
    verdicts: dict[str, VerdictEntry] = field(default_factory=dict)
    outcome: OutcomeEntry = field(default_factory=OutcomeEntry)
    exported_at: datetime | None = None
    #: The stored review's version this draft was read from (0: none stored yet); a save checks it.
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class OpenedPack:
    verdict: PackVerdict
    received_pack_id: int
    sha256: str
    criteria: tuple[CriterionView, ...] = ()
    evidence_titles: dict[str, str] = field(default_factory=dict)
    target_level: str = ""
    draft: ReviewDraft = field(default_factory=ReviewDraft)
    #: The organisation's previous pack (the one this pack names), with what changed since, when received here.
    previous: PreviousPack | None = None


def criterion_titles(framework_id: str, framework_version: str) -> dict[str, str]:
    """Criterion titles from the bundled framework when the pack used it; else none (ids are shown)."""
    framework = load_default_framework()
    if framework.id != framework_id or framework.version != framework_version:
        return {}
    return {criterion.id: criterion.title for _area, criterion in framework.criteria()}


def open_received_pack(
    root: Path,
    path: Path,
    *,
    report: Report | None = None,
    cancelled: IsCancelled | None = None,
    register: str | None = None,
    decryption: DecryptionKey | None = None,
) -> OpenedPack:
    """Verify the pack against the register, record it as received (its file kept once in the pack archive), and
    return what the review needs. ``decryption`` opens a pack encrypted for the council (services/
    council_decryption.py); without it such a pack raises ``DecryptionRefused`` and nothing is recorded."""
    path = Path(path)
    with open_register(root, register) as opened:
        trust = TrustRegister(opened.sessions, opened.officer)
        verdict = verify_pack(
            path, register=trust, file_sha256=True, progress=report, cancelled=cancelled, decryption=decryption
        )
        sha256 = verdict.file_sha256 or file_sha256(path)
        manifest = verdict.manifest
        with opened.session() as session:
            # The same file opened again is the same receipt, so a review in progress carries on.
            pack = session.scalars(
                select(ReceivedPack).where(ReceivedPack.sha256 == sha256).order_by(ReceivedPack.id.desc())
            ).first()
            registered_id = verdict.registered.id if verdict.registered else None
            if pack is not None and (pack.verdict, pack.registered_organisation_id) != (verdict.verdict, registered_id):
                pack.verdict = verdict.verdict
                pack.registered_organisation_id = registered_id
        pack_id = _record(trust, verdict) if pack is None else pack.id
        _archive(opened, root, pack_id, path, sha256)
        with opened.session() as session:
            draft = _draft(_received(session, pack_id))
        if manifest is None or not verdict.intact:
            return OpenedPack(verdict, pack_id, sha256, draft=draft)
        titles = criterion_titles(manifest.framework.id, manifest.framework.version)
        criteria = tuple(
            CriterionView(
                r.criterion, r.area, titles.get(r.criterion, ""), r.mandatory, r.status, r.na_reason, r.narrative,
                tuple(r.evidence),
            )
            for r in manifest.responses
        )  # fmt: skip
        if not draft.outcome.level:
            draft.outcome.level = manifest.cycle.target_level
        earlier = previous_pack(
            opened, pack_id, json.loads(verdict.manifest_bytes or b"{}"), verdict.signer_fingerprint or "",
            verdict.registered.id if verdict.registered else None,
        )  # fmt: skip
        return OpenedPack(
            verdict,
            pack_id,
            sha256,
            criteria,
            {e.attachment: e.title for e in manifest.evidence},
            manifest.cycle.target_level,
            draft,
            earlier,
        )


def _record(trust: TrustRegister, verdict: PackVerdict) -> int:
    try:
        return trust.record_received(verdict).id
    except DBAPIError as error:
        if (refused := refused_by_server(error)) is not None:
            raise RegisterError(refused) from None
        raise


def archive_folder(register: Register, root: Path) -> Path:
    """The pack archive: ``KITEMARK_PACK_ARCHIVE``, else the register's setting, else ``<data>/packs``."""
    import os

    from kitemark_app.register.models import RegisterSetting

    chosen = os.environ.get(archive.ARCHIVE_ENV)
    if not chosen:
        with register.session() as session:
            setting = session.get(RegisterSetting, archive.ARCHIVE_SETTING)
            chosen = setting.value if setting else ""
    return Path(chosen).expanduser() if chosen else root / "packs"


def _archive(register: Register, root: Path, pack_id: int, path: Path, sha256: str) -> None:
    """Keep the received file in the archive once (by its hash), and note where in the register."""
    folder = archive_folder(register, root)
    try:
        name = archive.store(folder, path, sha256)
    except OSError as error:
        raise KitemarkError(
            f"Kitemark could not keep a copy of the pack in the archive folder '{folder}' ({error.strerror or error}); "
            "check the folder exists and you may write to it."
        ) from None
    with register.session() as session:
        pack = _received(session, pack_id)
        if pack.archive_name != name:
            pack.archive_name = name
            pack.size = path.stat().st_size


def default_valid_until(today: date | None = None) -> date:
    today = today or date.today()
    try:
        return today.replace(year=today.year + AWARD_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + AWARD_YEARS, day=28)


# --- the review ----------------------------------------------------------------------------------------------


def _draft(pack: ReceivedPack) -> ReviewDraft:
    review = pack.review
    if review is None:
        return ReviewDraft()
    return ReviewDraft(
        {v.criterion_id: VerdictEntry(v.verdict, v.condition, v.deadline, v.comment) for v in review.verdicts},
        OutcomeEntry(review.outcome, review.awarded_level, review.valid_until, review.resubmit_by, review.summary),
        review.exported_at,
        review.version,
        review.updated_by,
        review.updated_at,
    )


def load_review(root: Path, received_pack_id: int, *, register: str | None = None) -> ReviewDraft:
    with open_register(root, register) as opened, opened.session() as session:
        return _draft(_received(session, received_pack_id))


def _received(session: Session, received_pack_id: int) -> ReceivedPack:
    pack = session.get(ReceivedPack, received_pack_id)
    if pack is None:
        raise KitemarkError("That pack is no longer in your register; open it again.")
    return pack


def save_review(root: Path, received_pack_id: int, draft: ReviewDraft, *, register: str | None = None) -> None:
    """Store the verdicts and outcome as they stand (a draft may be incomplete; export checks it).

    Refused with ``ConcurrentEdit`` (carrying both versions) when another officer saved the review after this
    draft was read: nothing is overwritten. On success ``draft.version`` is the stored version.
    """
    with open_register(root, register) as opened:
        try:
            with opened.session() as session:
                _save(session, opened, received_pack_id, draft)
        except IntegrityError:  # another officer created the review at the same moment
            raise _conflict(opened, received_pack_id, draft) from None
        except ConcurrentEdit:
            raise _conflict(opened, received_pack_id, draft) from None


def _conflict(register: Register, received_pack_id: int, draft: ReviewDraft) -> ConcurrentEdit:
    with register.session() as session:
        theirs = _draft(_received(session, received_pack_id))
    who = theirs.updated_by or "another officer"
    when = f" at {theirs.updated_at.astimezone():%H:%M on %d %b %Y}" if theirs.updated_at else ""
    return ConcurrentEdit(
        f"{who} saved this review{when}, after you opened it, so your changes were not saved over theirs; "
        "both versions are shown: look at theirs, then make your changes again.",
        mine=draft,
        theirs=theirs,
    )


def _save(session: Session, register: Register, received_pack_id: int, draft: ReviewDraft) -> None:
    pack = _received(session, received_pack_id)
    if pack.verdict == "rejected":
        raise KitemarkError("This pack was rejected, so it cannot be reviewed; ask the organisation to send it again.")
    who = register.actor
    if refusal := workflow.may_edit_review(pack.state, who, pack.assigned_to):
        raise workflow.WorkflowRefused(refusal)
    review = pack.review
    stored_version = review.version if review is not None else 0
    if stored_version != draft.version:
        raise ConcurrentEdit("stale draft")
    before = audit.review_state(review)
    if review is None:
        review = AssessorReview(received_pack_id=pack.id)
        session.add(review)
    outcome = draft.outcome
    review.outcome = outcome.decision
    review.awarded_level = outcome.level
    review.valid_until = outcome.valid_until
    review.resubmit_by = outcome.resubmit_by
    review.summary = outcome.summary
    existing = {v.criterion_id: v for v in review.verdicts}
    for criterion, entry in draft.verdicts.items():
        row = existing.get(criterion)
        if not entry.verdict:
            if row is not None:
                review.verdicts.remove(row)
            continue
        if row is None:
            row = CriterionVerdict(criterion_id=criterion, verdict=entry.verdict)
            review.verdicts.append(row)
        row.verdict = entry.verdict
        row.condition = entry.condition
        row.deadline = entry.deadline
        row.comment = entry.comment
    review.updated_at = datetime.now(UTC)
    review.updated_by = register.officer
    if pack.state in {workflow.State.RECEIVED, workflow.State.ASSIGNED}:
        pack.state = workflow.State.IN_REVIEW
        pack.assigned_to = pack.assigned_to or register.officer
    session.flush()
    audit.record(
        session, register.officer, "review-saved", "review", review.id, pack_id=pack.id,
        before=before, after=audit.review_state(review),
    )  # fmt: skip
    draft.version = review.version
    draft.updated_by = review.updated_by
    draft.updated_at = review.updated_at


def review_problems(draft: ReviewDraft, criteria: list[str]) -> list[str]:
    """What must be completed before the review can be signed, in plain sentences."""
    problems = []
    missing = [c for c in criteria if not draft.verdicts.get(c, VerdictEntry()).verdict]
    if missing:
        more = ", …" if len(missing) > 6 else ""
        problems.append(f"{len(missing)} criteria have no verdict yet ({', '.join(missing[:6])}{more}).")
    for criterion in criteria:
        entry = draft.verdicts.get(criterion)
        if entry and entry.verdict == Verdict.MET_WITH_CONDITIONS and not (entry.condition.strip() and entry.deadline):
            problems.append(f"{criterion} is met with conditions: write the condition and choose its deadline.")
    outcome = draft.outcome
    if outcome.decision not in {d.value for d in Decision}:
        problems.append("Choose the outcome: award, ask for a resubmission, or not awarded.")
    elif outcome.decision == Decision.AWARDED and not (outcome.level.strip() and outcome.valid_until):
        problems.append("An award needs the level and the date it is valid until.")
    elif outcome.decision == Decision.RESUBMIT and outcome.resubmit_by is None:
        problems.append("A request to resubmit needs the date to resubmit by.")
    return problems


@dataclass(frozen=True)
class ReviewExportResult:
    path: Path
    sha256: str
    size: int
    signer_fingerprint: str


def export_review(
    root: Path,
    received_pack_id: int,
    out: Path,
    passphrase: str,
    *,
    now: datetime | None = None,
    register: str | None = None,
) -> ReviewExportResult:
    """Sign and write the review of a received pack; refuses an incomplete review or an unregistered signer, and
    on a team's register a review no second officer has approved."""
    from kitemark_app.review.write import write_signed_review

    now = now or datetime.now(UTC).replace(microsecond=0)
    identity = assessor_identity(root)
    with open_register(root, register) as opened:
        with opened.session() as session:
            pack = _received(session, received_pack_id)
            if pack.verdict != "valid":
                raise KitemarkError(
                    "Only a verified pack from a registered organisation can be reviewed; register the organisation's "
                    "fingerprint first (after comparing it with the one they gave you)."
                )
            if refusal := workflow.may_send(pack.state, opened.actor):
                raise workflow.WorkflowRefused(refusal)
            manifest = json.loads(pack.manifest_json)
            draft = _draft(pack)
            file_name, sha256, org_fingerprint = pack.file_name, pack.sha256, pack.signer_fingerprint
        criteria = [r["criterion"] for r in manifest["responses"]]
        if problems := review_problems(draft, criteria):
            raise KitemarkError(f"The review is not complete: {problems[0]}")
        if not identity.has_key:
            raise KitemarkError("You have no signing key yet; create one (Review → Create my signing key…).")
        with Workspace.open(root) as workspace:
            signing = keys.load_signing_key(_keys_dir(workspace), passphrase)
        review = _review_document(
            manifest, draft, now, identity, (signing.root_fingerprint, org_fingerprint), (file_name, sha256)
        )
        titles = criterion_titles(manifest["framework"]["id"], manifest["framework"]["version"])
        review_sha, size = write_signed_review(review, out, signing, titles)
        with opened.session() as session:
            pack = _received(session, received_pack_id)
            stored = pack.review
            assert stored is not None
            stored.exported_at = now
            before = audit.pack_state(pack)
            pack.state = workflow.State.SENT
            audit.record(
                session, opened.officer, "review-sent", "pack", pack.id, pack_id=pack.id,
                before=before, after={**audit.pack_state(pack), "review_sha256": review_sha},
            )  # fmt: skip
        return ReviewExportResult(Path(out), review_sha, size, signing.root_fingerprint)


def _review_document(
    manifest: dict[str, Any],
    draft: ReviewDraft,
    now: datetime,
    identity: AssessorIdentity,
    roots: tuple[str, str],
    pack: tuple[str, str],
) -> Review:
    """The review as signed: ``roots`` are the assessor's and the organisation's, ``pack`` its file name and hash."""
    assessor_root, org_fingerprint = roots
    file_name, sha256 = pack
    criteria = [r["criterion"] for r in manifest["responses"]]
    outcome = draft.outcome
    decision = Decision(outcome.decision)
    return Review(
        app_version=__version__,
        created_at=now,
        pack_sha256=sha256,
        pack_file_name=file_name,
        organisation=ReviewedOrganisation(name=manifest["organisation"]["name"], root_fingerprint=org_fingerprint),
        framework=FrameworkRef(**{k: manifest["framework"][k] for k in ("id", "version", "title")}),
        assessor=Assessor(
            name=identity.name or "Assessor",
            organisation=identity.organisation,
            root_fingerprint=assessor_root,
        ),
        verdicts=[
            CriterionReview(
                criterion=c,
                verdict=Verdict(draft.verdicts[c].verdict),
                condition=draft.verdicts[c].condition.strip(),
                deadline=draft.verdicts[c].deadline,
                comment=draft.verdicts[c].comment.strip(),
            )
            for c in criteria
        ],
        outcome=Outcome(
            decision=decision,
            level=outcome.level.strip() if decision is Decision.AWARDED else "",
            valid_until=outcome.valid_until if decision is Decision.AWARDED else None,
            resubmit_by=outcome.resubmit_by if decision is Decision.RESUBMIT else None,
            summary=outcome.summary.strip(),
        ),
    )
