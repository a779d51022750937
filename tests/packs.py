"""A small builder of signed packs for the verifier's tests (docs/pack-format.md), independent of the exporter.

The tamper and fuzz suites use packs from the real exporter; this builder makes the unusual ones the exporter
never would (a compression bomb inside the signed pack, a filespec the manifest does not name, a DocMDP level
that allows changes, a signing certificate without nonRepudiation…). Keys are throw-away test keys made with
``cryptography``: an organisation root (self-signed CA) and a signing certificate it issued.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore

FIELD_NAME = "KitemarkSubmission"


@dataclass(frozen=True)
class OrgKeys:
    """Test keys of one organisation: its root and the signing certificate the root issued."""

    name: str
    root_cert: x509.Certificate
    root_key: ec.EllipticCurvePrivateKey
    signing_cert: x509.Certificate
    signing_key: ec.EllipticCurvePrivateKey

    @property
    def fingerprint(self) -> str:
        return self.root_cert.fingerprint(hashes.SHA256()).hex()

    def root_pem(self) -> bytes:
        return self.root_cert.public_bytes(serialization.Encoding.PEM)

    def signer(self) -> signers.SimpleSigner:
        der_key = self.signing_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return signers.SimpleSigner(
            signing_cert=asn1_x509.Certificate.load(self.signing_cert.public_bytes(serialization.Encoding.DER)),
            signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
            cert_registry=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(self.root_cert.public_bytes(serialization.Encoding.DER))]
            ),
        )


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_org_keys(
    name: str = "Riverside Community Hub (test key)",
    *,
    non_repudiation: bool = True,
    valid_from: datetime | None = None,
    valid_days: int = 3650,
) -> OrgKeys:
    start = valid_from or datetime.now(UTC) - timedelta(days=1)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{name} root"))
        .issuer_name(_name(f"{name} root"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    signing_key = ec.generate_private_key(ec.SECP256R1())
    signing_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{name} signing"))
        .issuer_name(root_cert.subject)
        .public_key(signing_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, non_repudiation, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA256())
    )
    return OrgKeys(name, root_cert, root_key, signing_cert, signing_key)


@cache
def default_keys() -> OrgKeys:
    return make_org_keys()


@cache
def other_keys() -> OrgKeys:
    return make_org_keys("Other Organisation (test key)")


def page_pdf(text: str = "Kitemark submission pack (test)") -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@dataclass
class PackFile:
    name: str
    data: bytes
    media_type: str = "application/octet-stream"
    compress: bool = False
    in_manifest: bool = True


def default_files() -> list[PackFile]:
    return [
        PackFile("E001-constitution.txt", b"Our constitution.\n" * 200, "text/plain", compress=True),
        PackFile("E002-accounts.bin", bytes(range(256)) * 40, "application/octet-stream"),
    ]


def manifest_for(
    files: list[PackFile], fingerprint: str, organisation: str = "Riverside Community Hub"
) -> dict[str, Any]:
    listed = [f for f in files if f.in_manifest]
    return {
        "schema": "kitemark-pack/1",
        "app_version": "0.1.0",
        "created_at": "2026-11-26T10:00:00+00:00",
        "framework": {"id": "borough-vco-kitemark", "version": "2026.1", "title": "Borough VCO Kitemark"},
        "organisation": {
            "name": organisation,
            "legal_form": "cio",
            "charity_number": "1234567",
            "company_number": "",
            "address": "1 High Street",
            "contact_name": "A Person",
            "contact_email": "a@example.org",
            "income_band": "100k-250k",
            "staff_count": 4,
            "volunteer_count": 30,
            "activities": ["employs-staff"],
        },
        "cycle": {"id": 1, "target_level": "Foundation", "started_on": "2026-09-01", "follows": None},
        "responses": [
            {
                "criterion": "GOV-01",
                "area": "GOV",
                "mandatory": True,
                "status": "met",
                "na_reason": "",
                "narrative": "We have a constitution.",
                "evidence": [f.name for f in listed],
            }
        ],
        "evidence": [
            {
                "attachment": f.name,
                "title": f.name,
                "original_name": f.name.split("-", 1)[-1],
                "media_type": f.media_type,
                "size": len(f.data),
                "sha256": hashlib.sha256(f.data).hexdigest(),
                "document_date": "2026-06-01",
                "review_by": None,
                "criteria": ["GOV-01"],
            }
            for f in listed
        ],
        "actions": [],
        "declaration": {
            "signatories": [{"name": "A Trustee", "role": "Chair", "date": "2026-11-20"}],
            "resolution_date": "2026-11-18",
            "minute_ref": "TM-2026-11 item 6",
        },
        "signer": {"root_fingerprint": fingerprint},
    }


def _embed(writer: IncrementalPdfFileWriter, name: str, data: bytes, media_type: str, compress: bool, rel: str) -> None:
    stream = EmbeddedFileObject.from_file_data(
        writer,
        data,
        compress=compress,
        params=EmbeddedFileParams(embed_size=True, embed_checksum=False),
        mime_type=media_type,
    )
    spec = FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=stream,
        description=name,
        af_relationship=generic.pdf_name("/" + rel),
    )
    embed_file(writer, spec)


@dataclass
class PackOptions:
    keys: OrgKeys | None = None
    files: list[PackFile] | None = None
    manifest: dict[str, Any] | None = None  # replaces the generated manifest
    edit_manifest: Callable[[dict[str, Any]], None] | None = None
    manifest_bytes: bytes | None = None  # raw manifest content, e.g. not JSON at all
    include_manifest: bool = True
    certify: bool = True
    docmdp: MDPPerm = MDPPerm.NO_CHANGES
    field_name: str = FIELD_NAME
    extra_revision: Callable[[IncrementalPdfFileWriter], None] | None = None  # before signing
    md_algorithm: str = "sha256"


def build_pack(path: Path, options: PackOptions | None = None) -> Path:
    """Write a signed test pack to ``path``: page, attachments + manifest (one update), certification signature."""
    options = options or PackOptions()
    keys = options.keys or default_keys()
    files = options.files if options.files is not None else default_files()
    writer = IncrementalPdfFileWriter(io.BytesIO(page_pdf()))
    for item in files:
        _embed(writer, item.name, item.data, item.media_type, item.compress, "Source")
    if options.include_manifest:
        if options.manifest_bytes is not None:
            manifest = options.manifest_bytes
        else:
            content = options.manifest or manifest_for(files, keys.fingerprint)
            if options.edit_manifest:
                options.edit_manifest(content)
            manifest = json.dumps(content, indent=2).encode("utf-8")
        _embed(writer, "manifest.json", manifest, "application/json", True, "Data")
    with_attachments = io.BytesIO()
    writer.write(with_attachments)
    if options.extra_revision is not None:
        extra = IncrementalPdfFileWriter(with_attachments)
        options.extra_revision(extra)
        again = io.BytesIO()
        extra.write(again)
        with_attachments = again
    sign_into(with_attachments, path, keys, options)
    return path


def sign_into(unsigned: io.BytesIO, path: Path, keys: OrgKeys, options: PackOptions | None = None) -> None:
    options = options or PackOptions()
    meta = signers.PdfSignatureMetadata(
        field_name=options.field_name,
        certify=options.certify,
        docmdp_permissions=options.docmdp,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm=options.md_algorithm,
    )
    writer = IncrementalPdfFileWriter(unsigned)
    signer = keys.signer()
    with path.open("wb") as out:
        signers.sign_pdf(writer, meta, signer=signer, output=out)


def approve_again(source: Path, target: Path, keys: OrgKeys | None = None) -> Path:
    """A second, approval signature added to an existing pack (as another tool might)."""
    keys = keys or other_keys()
    meta = signers.PdfSignatureMetadata(field_name="SecondSignature", subfilter=SigSeedSubFilter.PADES)
    writer = IncrementalPdfFileWriter(io.BytesIO(source.read_bytes()))
    with target.open("wb") as out:
        signers.sign_pdf(writer, meta, signer=keys.signer(), output=out)
    return target
