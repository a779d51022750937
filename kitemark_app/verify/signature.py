"""The pack's one signature: find it and its attachments (``open_pack``), then validate it (``check_signature``).

Validation is pyHanko's (``validate_pdf_signature``: the CMS signature, the certificate path to the organisation
root with no network access, coverage and modification analysis — never skipped), given the document digest we
computed in the single hashing pass, plus the checks pyHanko's overall verdict does not make for us.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import BinaryIO

from asn1crypto import x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from kitemark_app.verify.active_content import active_content_problems
from kitemark_app.verify.crossref import check_cross_references
from kitemark_app.verify.digest import FileIdentity
from kitemark_app.verify.encryption import DecryptionKey, open_encrypted
from kitemark_app.verify.limits import ReadingLimits
from kitemark_app.verify.structure import (
    EmbeddedEntry,
    PackProblem,
    certification_problems,
    embedded_files,
    resolved,
    signature_problems,
)
from kitemark_app.verify.trust import der_fingerprint

FIELD_NAME = "KitemarkSubmission"
SUBFILTER = "/ETSI.CAdES.detached"
REQUIRED_KEY_USAGE = frozenset({"digital_signature", "non_repudiation"})
MAX_FORM_FIELDS = 8  # our packs and reviews have 1


@dataclass
class OpenedPack:
    reader: PdfFileReader
    signature: EmbeddedPdfSignature | None
    byte_range: Sequence[int]
    md_algorithm: str
    entries: list[EmbeddedEntry]
    problems: list[str]
    encrypted: bool = False  # encrypted for the council, and opened with its key


#: The other Kitemark document a file may be, by its signature field: said plainly, with where it belongs.
WRONG_KIND = {
    "KitemarkReview": "this is an assessor's signed review, not a submission pack; "
    "the organisation imports it with 'Import assessor review' or 'kitemark review import'",
    "KitemarkSubmission": "this is an organisation's submission pack, not an assessor's review; "
    "the assessor opens it with 'Open an assessor pack' or 'kitemark open'",
    "KitemarkFramework": "this is the council's signed criteria framework, not a pack or a review; "
    "a charity installs it with 'Install framework' or 'kitemark framework install'",
}


def open_pack(
    handle: BinaryIO,
    identity: FileIdentity,
    limits: ReadingLimits,
    field_name: str = FIELD_NAME,
    *,
    decryption: DecryptionKey | None = None,
) -> OpenedPack:
    """Parse the pack and check the signature's shape and coverage; cheap, reads no attachment data.

    A submission pack may be encrypted for the council (``decryption`` is then its key: ``NeedsDecryptionKey``
    without one, ``WrongDecryptionKey`` for another); a review or a framework never is."""
    check_cross_references(handle, identity.size, limits)  # before a reader builds what they claim
    handle.seek(0)
    try:
        reader = PdfFileReader(handle, strict=True, decode_limits=limits.pyhanko_limits)
    except Exception:
        raise PackProblem("damaged or not a Kitemark pack (its PDF structure cannot be read)") from None
    file_key = None
    if "/Encrypt" in reader.trailer:  # before pyHanko builds a security handler from what it says
        if field_name != FIELD_NAME:
            raise PackProblem("the file is encrypted, which a Kitemark review or framework never is")
        file_key = open_encrypted(reader, decryption)
    _check_form_size(reader)
    fields = list(enumerate_sig_fields(reader, filled_status=True))
    if not fields:
        raise PackProblem("the file has no signature, so it is not a signed Kitemark pack")
    if len(fields) > 1:
        raise PackProblem(f"the file has {len(fields)} signatures, but a Kitemark pack has exactly one")
    perms = resolved(reader.root, "/Perms")
    if perms is not None and set(perms.keys()) - {"/DocMDP"}:
        raise PackProblem("the file carries another kind of signature (usage rights), which a pack never has")
    name, _value, field_ref = fields[0]
    try:
        signature = EmbeddedPdfSignature(reader, field_ref, name)
    except Exception:
        raise PackProblem("the signature is damaged: its /Contents or /ByteRange cannot be read") from None
    problems = []
    if name != field_name:
        problems.append(WRONG_KIND.get(name) or f"the signature is in the field '{name}', not '{field_name}'")
    if signature.sig_object_type != "/Sig":
        problems.append("the signature is not an ordinary document signature")
    if resolved(signature.sig_object, "/SubFilter") != SUBFILTER:
        problems.append("the signature is not a PAdES signature (/ETSI.CAdES.detached)")
    if signature.external_md_algorithm != signature.md_algorithm:
        problems.append("the signature is not over the document's bytes")
    problems.extend(signature_problems(reader, signature, handle, identity.size))
    byte_range = [int(x) for x in signature.byte_range]
    if problems:
        return OpenedPack(reader, signature, byte_range, signature.md_algorithm, [], problems)
    problems.extend(certification_problems(reader, signature))
    entries = embedded_files(reader, handle, limits, file_key)
    problems.extend(active_content_problems(reader, limits))
    return OpenedPack(reader, signature, byte_range, signature.md_algorithm, entries, problems, file_key is not None)


def _check_form_size(reader: PdfFileReader) -> None:
    """A pack's form holds its one signature field: a longer list (or a field with kids) is refused before the
    fields are walked, so that a list naming one field a million times costs nothing."""
    form = resolved(reader.root, "/AcroForm")
    if not isinstance(form, generic.DictionaryObject):
        return
    listed = resolved(form, "/Fields")
    if isinstance(listed, generic.ArrayObject) and len(listed) > MAX_FORM_FIELDS:
        raise PackProblem(f"the file's form lists {len(listed)} fields, but a Kitemark pack has one signature field")


def cms_shape_problems(signature: EmbeddedPdfSignature, signer: x509.Certificate, root: x509.Certificate) -> list[str]:
    """Only the CMS structure our writer makes, so that a valid file has exactly one byte representation: one
    signer, no unsigned attributes (where anything could be carried unsigned), exactly the signing certificate
    and its root, no revocation data, and DER throughout."""
    problems = []
    signed_data = signature.signed_data
    if len(signed_data["signer_infos"]) != 1:
        problems.append("the signature has more than one signer")
    if signature.signer_info["unsigned_attrs"].native:
        problems.append("the signature carries unsigned attributes, which a Kitemark signature never has")
    carried = sorted(cert.chosen.dump() for cert in signed_data["certificates"] or [])
    if carried != sorted([signer.dump(), root.dump()]):
        problems.append("the signature carries certificates other than the signing certificate and its root")
    if signed_data["crls"].native:
        problems.append("the signature carries revocation lists, which a Kitemark signature never has")
    return problems


@dataclass(frozen=True)
class SignatureCheck:
    problems: list[str]
    fingerprint: str | None
    subject: str | None
    signed_at: datetime | None
    checks: tuple[str, ...]


def _organisation_root(signer: x509.Certificate, others: list[x509.Certificate]) -> x509.Certificate | None:
    candidates = [
        cert for cert in others if cert.ca and cert.self_signed in ("maybe", "yes") and cert.subject == signer.issuer
    ]
    return candidates[0] if len(candidates) == 1 else None


def check_signature(pack: OpenedPack, document_digest: bytes, *, now: datetime, skew: timedelta) -> SignatureCheck:
    """Validate the signature with pyHanko against the organisation root the pack carries."""
    signature = pack.signature
    assert signature is not None
    problems: list[str] = []
    signer = signature.signer_cert
    root = _organisation_root(signer, signature.other_embedded_certs)
    subject = signer.subject.human_friendly
    signed_at = signature.self_reported_timestamp
    if root is None:
        return SignatureCheck(
            ["the signature does not carry the organisation's root certificate that issued the signing certificate"],
            None,
            subject,
            signed_at,
            (),
        )
    fingerprint = der_fingerprint(root.dump())
    problems.extend(cms_shape_problems(signature, signer, root))
    usage = set(signer.key_usage_value.native) if signer.key_usage_value is not None else set()
    if not usage >= REQUIRED_KEY_USAGE:
        problems.append("the signing certificate is not for signatures (it lacks digitalSignature or nonRepudiation)")
    if signed_at is None:
        problems.append("the signature has no signing time")
    elif signed_at > now + skew:
        problems.append("the signature's signing time is in the future")

    # pyHanko would otherwise hash the whole file again: hand it the digest of the single pass.
    signature.external_digests[signature.external_md_algorithm] = document_digest
    context = ValidationContext(
        trust_roots=[root],
        allow_fetching=False,
        revocation_mode="soft-fail",  # PAdES B-B offline: no revocation data exists
        moment=min(signed_at, now) if signed_at else now,
    )
    try:
        status = validate_pdf_signature(
            signature,
            context,
            key_usage_settings=KeyUsageConstraints(key_usage=set(REQUIRED_KEY_USAGE)),
        )
    except Exception as error:
        problems.append(f"the signature could not be validated ({type(error).__name__})")
        return SignatureCheck(problems, fingerprint, subject, signed_at, ())
    if not status.intact:
        problems.append("the pack's content does not match its signature: it was changed after signing")
    elif not status.valid:
        problems.append("the signature value is not valid for the signing certificate")
    if status.intact and status.valid and not status.trusted:  # pyHanko checks the path only for a sound signature
        problems.append(
            "the signing certificate does not chain to the organisation's root, or was not valid when it signed"
        )
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        problems.append("pyHanko finds that the signature does not cover the entire file")
    if status.docmdp_ok is not True or status.modification_level != ModificationLevel.NONE:
        problems.append("pyHanko's modification analysis finds changes after signing")
    checks = (
        "Exactly one signature: a certification signature that allows no changes, with no later revision",
        "The signature covers every byte of the file (nothing appended, nothing removed)",
        "pyHanko: the signature is intact and cryptographically valid; no modifications",
        "The signing certificate has digitalSignature and nonRepudiation and chains to the organisation's root",
    )
    return SignatureCheck(problems, fingerprint, subject, signed_at, checks)
