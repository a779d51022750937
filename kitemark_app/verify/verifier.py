"""Verify a Kitemark submission pack: is this file exactly what the organisation signed? Fail closed.

``verify_pack`` returns a ``Verdict`` (plain data): ``valid`` (intact and signed by a trusted root),
``unregistered`` (intact, but the root is not one the assessor has registered) or ``rejected`` (tampered,
damaged, or not a pack), with the reasons. A pack is intact only if every rule in docs/pack-format.md holds:

* exactly one signature, in the field ``KitemarkSubmission``, ``/ETSI.CAdES.detached``;
* its ``/ByteRange`` covers every byte of the file except its own ``/Contents`` (nothing appended, nothing cut),
  and the revision it signs is the last one;
* it is the certification signature (catalog ``/Perms /DocMDP``) with DocMDP permission 1;
* pyHanko finds it intact and valid, the signing certificate chains to the organisation root carried in the CMS,
  has digitalSignature + nonRepudiation, and pyHanko's coverage and modification analysis (never skipped) report
  the entire file with no modification;
* the manifest is present, well-formed, and names the root that signed;
* every attachment the manifest names is present with the same size and SHA-256, and there is no other.

Any exception while reading is a rejection ("damaged or not a Kitemark pack"), never a crash.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO, Literal

from kitemark_app.core.names import invisible_characters, same_name
from kitemark_app.errors import KitemarkError, UsageError
from kitemark_app.pack.key_change import KeyChangeProblem, check_key_change
from kitemark_app.verify import signature as sig
from kitemark_app.verify.digest import (
    AttachmentJob,
    Cancelled,
    FileIdentity,
    HashResult,
    PackChanged,
    Progress,
    decoded_chunks,
    hash_pack,
    open_same,
)
from kitemark_app.verify.encryption import DecryptionKey, DecryptionRefused
from kitemark_app.verify.isolation import TooComplex, WorkLimits, run_limited
from kitemark_app.verify.limits import LimitExceeded, ReadingLimits, check_total_ratio
from kitemark_app.verify.manifest_model import (
    MANIFEST_NAME,
    ManifestProblem,
    PackManifest,
    RedactionEntry,
    parse_manifest,
)
from kitemark_app.verify.structure import EmbeddedEntry, PackProblem, StreamLocation
from kitemark_app.verify.trust import (
    FingerprintError,
    RegisteredOrg,
    TrustLookup,
    decide_trust,
    normalise_fingerprint,
)

log = logging.getLogger(__name__)

FIELD_NAME = "KitemarkSubmission"
SUBFILTER = "/ETSI.CAdES.detached"
DAMAGED = "damaged or not a Kitemark pack"
CLOCK_SKEW = timedelta(days=1)

VerdictKind = Literal["valid", "unregistered", "rejected"]


class UnreadablePackError(KitemarkError):
    """The pack file cannot be opened at all (missing, a folder, no permission)."""

    exit_code = 2


@dataclass(frozen=True)
class VerifiedAttachment:
    """An attachment whose size and SHA-256 matched the manifest."""

    name: str
    size: int
    sha256: str
    media_type: str
    relationship: str | None
    location: StreamLocation = field(repr=False)
    #: Set when the organisation sent a redacted copy: what it hid (the manifest's ``redaction``).
    redaction: RedactionEntry | None = None


@dataclass(frozen=True)
class Verdict:
    """The outcome of verifying one pack, as plain data (``as_json`` is the CLI's JSON)."""

    verdict: VerdictKind
    reasons: tuple[str, ...]
    path: Path
    organisation: str | None = None
    signer_fingerprint: str | None = None  # SHA-256 of the organisation root's DER, 64 lowercase hex
    signer_subject: str | None = None
    signed_at: datetime | None = None
    attachments_checked: int = 0
    checks: tuple[str, ...] = ()  # what was checked and held, for the details panel
    manifest: PackManifest | None = None
    manifest_bytes: bytes | None = field(default=None, repr=False)
    attachments: tuple[VerifiedAttachment, ...] = ()
    registered: RegisteredOrg | None = None
    warning: str | None = None  # loud: a registered organisation signed with a different root
    file_sha256: str | None = None
    identity: FileIdentity | None = field(default=None, repr=False)
    key_change_from: str | None = None  # the old root whose key vouched for this one (pack/key_change.py)
    handed_over_by: RegisteredOrg | None = None  # that old root's registered organisation
    encrypted: bool = False  # the pack was encrypted for the council and opened with its key

    @property
    def intact(self) -> bool:
        return self.verdict != "rejected"

    def as_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "reasons": list(self.reasons),
            "organisation": self.organisation,
            "signer_fingerprint": self.signer_fingerprint,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "attachments_checked": self.attachments_checked,
            "encrypted": self.encrypted,
        }

    def manifest_dict(self) -> dict[str, Any] | None:
        return json.loads(self.manifest_bytes) if self.manifest_bytes is not None else None

    def attachment(self, name: str) -> VerifiedAttachment:
        for item in self.attachments:
            if item.name == name:
                return item
        raise KeyError(name)

    # --- reading an attachment after verification (the assessor's viewer) ------------------------------------

    def iter_attachment(self, name: str, limits: ReadingLimits | None = None) -> Iterator[bytes | memoryview]:
        """The attachment's bytes in chunks, read from the pack again. Raises ``PackChanged`` (at the latest after
        the last chunk) if the file is no longer the one verified. Each chunk is valid until the next is asked for.
        """
        if not self.intact or self.identity is None:
            raise KitemarkError("This pack was rejected, so its attachments cannot be opened.")
        item = self.attachment(name)
        limits = limits or ReadingLimits()
        digest = hashlib.sha256()
        size = 0
        with open_same(self.path, self.identity) as handle:
            for chunk in decoded_chunks(handle, name, item.location, item.size, limits, lambda: False):
                digest.update(chunk)
                size += len(chunk)
                yield chunk
        if size != item.size or digest.hexdigest() != item.sha256:
            raise PackChanged()

    def read_attachment(self, name: str, max_bytes: int = 256 * 1024 * 1024) -> bytes:
        """The whole attachment in memory (for a viewer), refused if larger than ``max_bytes``; checked first."""
        item = self.attachment(name)
        if item.size > max_bytes:
            raise KitemarkError(
                f"'{name}' is {item.size // (1024 * 1024)} MiB, too large to show here; save it to open it instead."
            )
        buffer = io.BytesIO()
        for chunk in self.iter_attachment(name):
            buffer.write(chunk)
        return buffer.getvalue()

    def save_attachment(self, name: str, target: Path) -> None:
        """Copy the attachment to ``target`` through a temporary file; nothing is left behind if it fails."""
        temporary = target.with_name(f".{target.name}.part")
        try:
            with temporary.open("wb") as out:
                for chunk in self.iter_attachment(name):
                    out.write(chunk)
            temporary.replace(target)
        finally:
            temporary.unlink(missing_ok=True)


def rejected(path: Path, reasons: list[str], **details: Any) -> Verdict:
    return Verdict("rejected", tuple(reasons) or (DAMAGED,), path, **details)


def verify_pack(
    path: Path | str,
    trusted_roots: set[str] | None = None,
    register: TrustLookup | None = None,
    *,
    limits: ReadingLimits | None = None,
    file_sha256: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    work: WorkLimits | None = None,
    decryption: DecryptionKey | None = None,
) -> Verdict:
    """Verify the pack at ``path``. Trust: its root fingerprint is in ``trusted_roots`` or in ``register``.

    A pack encrypted for the council is opened with ``decryption`` (the council's key), inside the same limited
    child process; without it, or with another key, ``DecryptionRefused`` says so in one sentence.

    ``file_sha256`` also computes the whole file's SHA-256 (for recording the pack; costs a third hashing job).
    ``progress(done, total)`` is called as the file is hashed; ``cancelled()`` is polled at every stage and raises
    ``VerifyCancelled``. Raises ``UnreadablePackError`` if the file cannot be opened at all. The file is read in a
    child process within ``work``'s time and memory (``isolation.py``); the register is asked here, afterwards.
    """
    path = Path(path)
    limits = limits or ReadingLimits()
    if trusted_roots is not None:
        try:
            trusted_roots = {normalise_fingerprint(root) for root in trusted_roots}
        except FingerprintError as error:
            raise UsageError(f"{error}; give a root's SHA-256 fingerprint.") from None
    try:
        verdict = run_limited(
            check_pack, (path, limits, file_sha256, decryption), limits=work, progress=progress, cancelled=cancelled
        )
    except TooComplex as error:
        return rejected(path, [str(error)])
    if not verdict.intact:
        return verdict
    return _with_trust(verdict, trusted_roots, register)


def check_pack(
    path: Path,
    limits: ReadingLimits,
    file_sha256: bool,
    decryption: DecryptionKey | None = None,
    *,
    progress: Progress | None = None,
) -> Verdict:
    """Everything but trust: a rejected verdict, or an intact one (``unregistered``, no reasons yet) for the
    register to decide. Runs in the child process."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise UnreadablePackError(
            f"Could not read '{path}' ({error.strerror or error}); check the file name."
        ) from None
    with handle:
        try:
            return _verify(path, handle, limits, file_sha256, progress, decryption)
        except (PackChanged, DecryptionRefused):
            raise
        except (PackProblem, LimitExceeded, ManifestProblem) as problem:
            return rejected(path, [str(problem)])
        except MemoryError:
            raise
        except Exception as error:  # fail closed: whatever went wrong, this is not a pack we can accept
            log.info("pack %s could not be read: %s: %s", path.name, type(error).__name__, error, exc_info=True)
            return rejected(path, [DAMAGED])


def _verify(
    path: Path,
    handle: BinaryIO,
    limits: ReadingLimits,
    file_sha256: bool,
    progress: Progress | None,
    decryption: DecryptionKey | None = None,
) -> Verdict:
    identity = FileIdentity.of(handle)
    if identity.size == 0:
        return rejected(path, ["the file is empty"])
    if identity.size > limits.max_file_size:
        return rejected(path, [f"the file is larger than the {limits.max_file_size >> 30} GiB a pack may be"])
    if b"%PDF-" not in handle.read(1024):
        return rejected(path, ["the file is not a PDF, so it is not a Kitemark pack"])

    pack = sig.open_pack(handle, identity, limits, decryption=decryption)
    problems = list(pack.problems)
    if problems:  # the signature's shape is wrong: nothing else can make the pack valid
        return rejected(path, problems)
    manifest_entry, evidence_entries = _split_entries(pack.entries)
    manifest_bytes = _read_manifest(handle, manifest_entry, limits)
    if manifest_entry.stream.params_size not in (None, len(manifest_bytes)):
        return rejected(path, ["manifest.json is not the size it declares"])
    manifest = parse_manifest(manifest_bytes)
    jobs, mismatch = _plan_attachments(manifest, manifest_entry, evidence_entries, limits)
    if mismatch:
        return rejected(path, mismatch, organisation=manifest.organisation.name)

    hashed = hash_pack(
        path, identity, pack.byte_range, pack.md_algorithm, jobs, limits, file_sha256=file_sha256, progress=progress
    )
    attachments, attachment_problems = _compare_attachments(manifest, manifest_entry, evidence_entries, hashed)
    problems.extend(attachment_problems)

    checked = sig.check_signature(pack, hashed.document_digest, now=datetime.now(UTC), skew=CLOCK_SKEW)
    problems.extend(checked.problems)
    if checked.fingerprint and checked.fingerprint != manifest.signer.root_fingerprint:
        problems.append("the manifest names a different root from the one that signed the pack")
    if hidden := invisible_characters(manifest.organisation.name):
        problems.append(f"the organisation's name in the manifest holds characters that cannot be seen ({hidden[0]})")
    key_change_from = None
    if manifest.signer.key_change is not None and checked.fingerprint:
        try:
            change = check_key_change(manifest.signer.key_change.model_dump(), checked.fingerprint)
        except KeyChangeProblem as problem:
            problems.append(f"the key change in the manifest does not check out: {problem}")
        else:
            if not same_name(change.organisation, manifest.organisation.name):
                problems.append("the key change in the manifest is for another organisation")
            key_change_from = change.old_root
    details: dict[str, Any] = {
        "organisation": manifest.organisation.name,
        "signer_fingerprint": checked.fingerprint,
        "signer_subject": checked.subject,
        "signed_at": checked.signed_at,
        "file_sha256": hashed.file_sha256,
        "encrypted": pack.encrypted,
    }
    if problems:
        return rejected(path, problems, **details)
    checks = (
        *(("Encrypted for the council (AES-256, public key) and opened with the council's key",) * pack.encrypted),
        *checked.checks,
        "The manifest is well-formed and lies inside the signed revision",
        f"All {len(attachments)} evidence files named in the manifest are present with the same size and SHA-256, "
        "and there is no other attachment",
    )
    return Verdict(
        "unregistered",
        (),
        path,
        key_change_from=key_change_from,
        attachments_checked=len(attachments),
        checks=checks,
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        attachments=tuple(attachments),
        identity=identity,
        **details,
    )


def _with_trust(verdict: Verdict, trusted_roots: set[str] | None, register: TrustLookup | None) -> Verdict:
    """The intact verdict with the register's (or ``--trust``'s) decision: the name shown is the registered one."""
    assert verdict.manifest is not None
    decision = decide_trust(
        verdict.signer_fingerprint or "",
        verdict.manifest.organisation.name,
        trusted_roots,
        register,
        previous_root=verdict.key_change_from,
    )
    if decision.rejected:
        return replace(verdict, verdict="rejected", reasons=decision.reasons, manifest=None, manifest_bytes=None,
                       attachments=(), attachments_checked=0, checks=(), identity=None)  # fmt: skip
    return replace(
        verdict,
        verdict="valid" if decision.trusted else "unregistered",
        reasons=decision.reasons,
        organisation=decision.registered.name if decision.registered is not None else verdict.organisation,
        registered=decision.registered,
        warning=decision.warning,
        handed_over_by=decision.handed_over_by,
    )


def _split_entries(entries: list[EmbeddedEntry]) -> tuple[EmbeddedEntry, list[EmbeddedEntry]]:
    manifests = [entry for entry in entries if entry.name == MANIFEST_NAME]
    if not manifests:
        raise PackProblem("the pack has no manifest.json, so it is not a Kitemark pack")
    return manifests[0], [entry for entry in entries if entry.name != MANIFEST_NAME]


def _read_manifest(handle: BinaryIO, entry: EmbeddedEntry, limits: ReadingLimits) -> bytes:
    location = entry.stream
    if location.length > limits.max_manifest_size:
        raise LimitExceeded("the manifest is larger than any real manifest")
    if entry.relationship != "Data":
        raise PackProblem("manifest.json is not attached as the pack's data (/AFRelationship /Data)")
    out = io.BytesIO()
    for chunk in decoded_chunks(handle, MANIFEST_NAME, location, limits.max_manifest_size, limits, lambda: False):
        out.write(chunk)
    return out.getvalue()


def _plan_attachments(
    manifest: PackManifest, manifest_entry: EmbeddedEntry, entries: list[EmbeddedEntry], limits: ReadingLimits
) -> tuple[list[AttachmentJob], list[str]]:
    """Match the manifest against the attachments found, before reading any of them."""
    problems: list[str] = []
    found = {entry.name: entry for entry in entries}
    listed = {item.attachment: item for item in manifest.evidence}
    problems.extend(f"attachment '{name}' is named in the manifest but missing" for name in listed if name not in found)
    problems.extend(
        f"the pack has an attachment the manifest does not name: '{name}'" for name in found if name not in listed
    )
    jobs = []
    for name, item in listed.items():
        entry = found.get(name)
        if entry is None:
            continue
        location = entry.stream
        if entry.relationship != "Source":
            problems.append(f"attachment '{name}' is not attached as evidence (/AFRelationship /Source)")
        if location.params_size is not None and location.params_size != item.size:
            problems.append(
                f"attachment '{name}' declares {location.params_size} bytes but the manifest says {item.size}"
            )
        if not location.deflated and location.length != location.stored_length(item.size):
            problems.append(f"attachment '{name}' holds {location.length} bytes but the manifest says {item.size}")
        try:
            if location.deflated:
                limits.check_ratio(name, location.length, item.size)
            elif item.size > limits.max_attachment_size:
                raise LimitExceeded(f"attachment '{name}' is larger than the limit for one attachment")
        except LimitExceeded as error:
            problems.append(str(error))
        jobs.append(AttachmentJob(name, location, item.size))
    deflated = [(job.location.length, job.expected_size) for job in jobs if job.location.deflated]
    try:
        check_total_ratio(sum(encoded for encoded, _ in deflated), sum(size for _, size in deflated), limits)
    except LimitExceeded as error:
        problems.append(str(error))
    return jobs, problems


def _compare_attachments(
    manifest: PackManifest, manifest_entry: EmbeddedEntry, entries: list[EmbeddedEntry], hashed: HashResult
) -> tuple[list[VerifiedAttachment], list[str]]:
    problems: list[str] = []
    verified: list[VerifiedAttachment] = []
    found = {entry.name: entry for entry in entries}
    results = {result.name: result for result in hashed.attachments}
    for item in manifest.evidence:
        result = results[item.attachment]
        if result.problem:
            problems.append(result.problem)
        elif result.size != item.size:
            problems.append(f"attachment '{item.attachment}' has {result.size} bytes but the manifest says {item.size}")
        elif result.sha256 != item.sha256:
            problems.append(f"attachment '{item.attachment}' is not the file the manifest describes (SHA-256 differs)")
        else:
            entry = found[item.attachment]
            verified.append(
                VerifiedAttachment(
                    item.attachment,
                    item.size,
                    item.sha256,
                    item.media_type,
                    entry.relationship,
                    entry.stream,
                    item.redaction,
                )
            )
    return verified, problems
